// @generated
// Generated from tests/fixtures/types/webhooks_only.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Webhook events of the Webhooks only: [`Event`](crate::webhooks_only::events::Event) has one variant per event of the spec, decoded by the payload's `type` property.
//!
//! The spec does not say how deliveries are signed: decode bodies with [`Event::from_slice`](crate::webhooks_only::events::Event::from_slice).
/// A webhook delivery's event.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Event {
    /// `ping`:
    /// The endpoint was registered.
    Ping(super::types::PingEvent),
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
            Self::Ping(_) => Some("ping"),
            Self::Unknown(_) => None,
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Event {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("ping") => {
                ::serde_json::from_value(value)
                    .map(Self::Ping)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
