// @generated
// Generated from tests/fixtures/types/webhooks_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/OrderEvent` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderEvent {
    /// The `type` property.
    pub type_: OrderEventType,
    /// The `order_id` property.
    pub order_id: String,
}
impl ::serde::Serialize for OrderEvent {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("order_id", &self.order_id);
        map.end()
    }
}
rt::object_deserialize!(OrderEvent);
impl<'de> rt::FromMap<'de> for OrderEvent {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut order_id = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "order_id" => map.put(&mut order_id),
                _ => map.skip(),
            }
        }
        match (type_, order_id) {
            (Some(type_), Some(order_id)) => map.done(Self { type_, order_id }),
            (type_, order_id) => {
                map.missing(&[("type", type_.is_none()), ("order_id", order_id.is_none())])
            }
        }
    }
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
/// The schema at `/webhooks/order.refunded/post/requestBody/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderRefundedEvent {
    /// The `type` property.
    pub type_: OrderRefundedEventType,
    /// The `amount` property.
    pub amount: i64,
}
impl ::serde::Serialize for OrderRefundedEvent {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("amount", &self.amount);
        map.end()
    }
}
rt::object_deserialize!(OrderRefundedEvent);
impl<'de> rt::FromMap<'de> for OrderRefundedEvent {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut amount = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "amount" => map.put(&mut amount),
                _ => map.skip(),
            }
        }
        match (type_, amount) {
            (Some(type_), Some(amount)) => map.done(Self { type_, amount }),
            (type_, amount) => {
                map.missing(&[("type", type_.is_none()), ("amount", amount.is_none())])
            }
        }
    }
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
