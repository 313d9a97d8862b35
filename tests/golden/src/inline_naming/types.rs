// @generated
// Generated from tests/fixtures/types/inline_naming.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// An object property and an array property whose singular is the same name.
    #[derive(Default)]
    pub struct Problem {
        /// The `error` property.
        error: Option<ProblemError> = optional("error", set),
        /// The `errors` property.
        errors: Option<Vec<ProblemErrorsItem>> = optional("errors", set),
    }
    /// The schema at `/components/schemas/Problem/properties/error` in the spec.
    #[derive(Default)]
    pub struct ProblemError {
        /// The `message` property.
        message: Option<String> = optional("message", set),
    }
    /// The schema at `/components/schemas/Problem/properties/errors/items` in the spec.
    #[derive(Default)]
    pub struct ProblemErrorsItem {
        /// The `field` property.
        field: Option<String> = optional("field", set),
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1orders/get/parameters/0/schema` in the spec.
    pub enum ListOrdersStatus {
        /// `pending`
        Pending = "pending",
        /// `shipped`
        Shipped = "shipped",
    }
}
rt::object! {
    /// The schema at `/paths/~1orders/get/parameters/1/schema` in the spec.
    #[derive(Default)]
    pub struct ListOrdersFilter {
        /// The `customer` property.
        customer: Option<String> = optional("customer", set),
    }
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
    pub struct ListOrdersResponse {
        /// The `data` property.
        data: Vec<ListOrdersResponseDataItem> = field("data", must),
        /// The `categories` property.
        categories: Option<Vec<ListOrdersResponseCategory>> = optional("categories", set),
    }
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items` in the spec.
    pub struct ListOrdersResponseDataItem {
        /// The `id` property.
        id: String = field("id", must),
        /// The `shipping` property.
        shipping: ListOrdersResponseDataItemShipping = field("shipping", must),
        /// The `billing` property.
        billing: Option<ListOrdersResponseDataItemBilling> = optional("billing", set),
        /// The `entries` property.
        entries: Option<Vec<ListOrdersResponseDataItemEntry>> = optional("entries", set),
    }
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping` in the spec.
    pub struct ListOrdersResponseDataItemShipping {
        /// The `address` property.
        address: Address = field("address", must),
        /// The `carrier` property.
        carrier: Option<ListOrdersResponseDataItemShippingCarrier> = optional("carrier", set),
    }
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping/properties/address` in the spec.
    #[derive(Default)]
    pub struct Address {
        /// The `line1` property.
        line1: Option<String> = optional("line1", set),
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping/properties/carrier` in the spec.
    pub enum ListOrdersResponseDataItemShippingCarrier {
        /// `ups`
        Ups = "ups",
        /// `dhl`
        Dhl = "dhl",
    }
}
rt::object! {
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/billing` in the spec.
    #[derive(Default)]
    pub struct ListOrdersResponseDataItemBilling {
        /// The `address` property.
        address: Option<Address> = optional("address", set),
    }
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/entries/items` in the spec.
    #[derive(Default)]
    pub struct ListOrdersResponseDataItemEntry {
        /// The `sku` property.
        sku: Option<String> = optional("sku", set),
    }
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/categories/items` in the spec.
    #[derive(Default)]
    pub struct ListOrdersResponseCategory {
        /// The `name` property.
        name: Option<String> = optional("name", set),
    }
    /// The schema at `/paths/~1orders/get/responses/422/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListOrdersUnprocessableEntity {
        /// The `errors` property.
        errors: Option<Vec<String>> = optional("errors", set),
    }
    /// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema` in the spec.
    pub struct CreateOrderRequest {
        /// The `items` property.
        items: Vec<CreateOrderRequestItem> = field("items", must),
    }
    /// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema/properties/items/items` in the spec.
    pub struct CreateOrderRequestItem {
        /// The `sku` property.
        sku: String = field("sku", must),
        /// The `quantity` property.
        quantity: i64 = field("quantity", must),
    }
    /// The schema at `/paths/~1orders/post/responses/201/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct CreateOrderResponse {
        /// The `id` property.
        id: Option<String> = optional("id", set),
    }
}
