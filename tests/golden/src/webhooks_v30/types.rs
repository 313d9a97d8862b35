// @generated
// Generated from tests/fixtures/types/webhooks_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/OrderEvent` in the spec.
    pub struct OrderEvent {
        /// The `type` property.
        type_: OrderEventType = field("type", must),
        /// The `order_id` property.
        order_id: String = field("order_id", must),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/OrderEvent/properties/type` in the spec.
    pub enum OrderEventType {
        /// `order.created`
        OrderCreated = "order.created",
    }
}
rt::object! {
    /// The schema at `/webhooks/order.refunded/post/requestBody/content/application~1json/schema` in the spec.
    pub struct OrderRefundedEvent {
        /// The `type` property.
        type_: OrderRefundedEventType = field("type", must),
        /// The `amount` property.
        amount: i64 = field("amount", must),
    }
}
rt::string_enum! {
    /// The schema at `/webhooks/order.refunded/post/requestBody/content/application~1json/schema/properties/type` in the spec.
    pub enum OrderRefundedEventType {
        /// `order.refunded`
        OrderRefunded = "order.refunded",
    }
}
