// @generated
// Generated from tests/fixtures/types/webhooks_only.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/PingEvent` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct PingEvent {
    /// The `type` property.
    pub type_: PingEventType,
    /// The `zen` property.
    pub zen: String,
}
impl ::serde::Serialize for PingEvent {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("zen", &self.zen);
        map.end()
    }
}
rt::object_deserialize!(PingEvent);
impl<'de> rt::FromMap<'de> for PingEvent {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut zen = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "zen" => map.put(&mut zen),
                _ => map.skip(),
            }
        }
        match (type_, zen) {
            (Some(type_), Some(zen)) => map.done(Self { type_, zen }),
            (type_, zen) => map.missing(&[("type", type_.is_none()), ("zen", zen.is_none())]),
        }
    }
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
