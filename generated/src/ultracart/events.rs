// @generated
// Generated from specs/ultracart.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Webhook deliveries of the UltraCart Rest API V2: the spec lists no events, so [`Event`](crate::ultracart::events::Event) keeps every delivery as raw JSON.
//!
//! Deliveries are not signed: authenticate them another way, then decode the body with `Event::from_slice`. Instead, a webhook can send HTTP basic credentials (authentication_type basic, with basic_username and basic_password) for the receiver to check.
//!
//! The provider's documentation: <https://www.ultracart.com/api/resource_webhook.html>.
/// A webhook delivery's event.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Event {
    /// An event this version of the spec does not list (by its `type`), kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl Event {
    /// The payload property naming the event: `type`.
    pub const EVENT_TYPE_FIELD: &'static str = "type";
    /// Decodes a delivery's body, without checking where it comes from.
    pub fn from_slice(body: &[u8]) -> Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    /// The event's key in the spec's `webhooks` (keys with `{placeholders}` as written);
    /// `None` for `Unknown`.
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Self::Unknown(_) => None,
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Event {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)
            .map(Self::Unknown)
    }
}
