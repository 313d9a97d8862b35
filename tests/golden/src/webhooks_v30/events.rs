// @generated
// Generated from tests/fixtures/types/webhooks_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Webhook events of the Webhooks in 3.0: [`Event`](crate::webhooks_v30::events::Event) has one variant per event of the spec, decoded by the payload's `type` property.
//!
//! The spec does not say how deliveries are signed: decode bodies with [`Event::from_slice`](crate::webhooks_v30::events::Event::from_slice).
/// A webhook delivery's event.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Event {
    /// `order.created`:
    /// An order was created.
    OrderCreated(super::types::OrderEvent),
    /// `order.refunded`:
    /// An order was refunded.
    OrderRefunded(super::types::OrderRefundedEvent),
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
            Self::OrderCreated(_) => Some("order.created"),
            Self::OrderRefunded(_) => Some("order.refunded"),
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
            Some("order.created") => {
                ::serde_json::from_value(value)
                    .map(Self::OrderCreated)
                    .map_err(::serde::de::Error::custom)
            }
            Some("order.refunded") => {
                ::serde_json::from_value(value)
                    .map(Self::OrderRefunded)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
