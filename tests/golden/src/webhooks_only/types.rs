// @generated
// Generated from tests/fixtures/types/webhooks_only.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/PingEvent` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PingEvent {
        /// The `type` property.
        type_: PingEventType = field("type", put),
        /// The `zen` property.
        zen: String = field("zen", put),
    }
    required(type_ = "type", zen = "zen");
}
/// The schema at `/components/schemas/PingEvent/properties/type` in the spec.
#[derive(Debug, Clone)]
pub enum PingEventType {
    /// `ping`
    Ping,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl PingEventType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ping => "ping",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for PingEventType {
    fn from(value: &str) -> Self {
        match value {
            "ping" => Self::Ping,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(PingEventType);
