// @generated
// Generated from tests/fixtures/types/webhooks_only.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/PingEvent` in the spec.
    pub struct PingEvent {
        /// The `type` property.
        type_: PingEventType = field("type", must),
        /// The `zen` property.
        zen: String = field("zen", must),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/PingEvent/properties/type` in the spec.
    pub enum PingEventType {
        /// `ping`
        Ping = "ping",
    }
}
