// @generated
// Generated from tests/fixtures/types/webhooks_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/OrderEvent` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct OrderEvent {
        /// The `type` property.
        type_: OrderEventType = field("type", put),
        /// The `order_id` property.
        order_id: String = field("order_id", put),
    }
    required(type_ = "type", order_id = "order_id");
}
/// The schema at `/components/schemas/OrderEvent/properties/type` in the spec.
#[derive(Debug, Clone)]
pub enum OrderEventType {
    /// `order.created`
    OrderCreated,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl OrderEventType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrderCreated => "order.created",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for OrderEventType {
    fn from(value: &str) -> Self {
        match value {
            "order.created" => Self::OrderCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(OrderEventType);
rt::object! {
    /// The schema at `/webhooks/order.refunded/post/requestBody/content/application~1json/schema` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct OrderRefundedEvent {
        /// The `type` property.
        type_: OrderRefundedEventType = field("type", put),
        /// The `amount` property.
        amount: i64 = field("amount", put),
    }
    required(type_ = "type", amount = "amount");
}
/// The schema at `/webhooks/order.refunded/post/requestBody/content/application~1json/schema/properties/type` in the spec.
#[derive(Debug, Clone)]
pub enum OrderRefundedEventType {
    /// `order.refunded`
    OrderRefunded,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl OrderRefundedEventType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrderRefunded => "order.refunded",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for OrderRefundedEventType {
    fn from(value: &str) -> Self {
        match value {
            "order.refunded" => Self::OrderRefunded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(OrderRefundedEventType);
