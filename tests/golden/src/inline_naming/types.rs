// @generated
// Generated from tests/fixtures/types/inline_naming.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// An object property and an array property whose singular is the same name.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Problem {
        /// The `error` property.
        error: Option<ProblemError> = optional("error", set),
        /// The `errors` property.
        errors: Option<Vec<ProblemErrorsItem>> = optional("errors", set),
    }
    required();
}
rt::object! {
    /// The schema at `/components/schemas/Problem/properties/error` in the spec.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ProblemError {
        /// The `message` property.
        message: Option<String> = optional("message", set),
    }
    required();
}
rt::object! {
    /// The schema at `/components/schemas/Problem/properties/errors/items` in the spec.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ProblemErrorsItem {
        /// The `field` property.
        field: Option<String> = optional("field", set),
    }
    required();
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
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ListOrdersFilter {
        /// The `customer` property.
        customer: Option<String> = optional("customer", set),
    }
    required();
}
rt::object! {
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ListOrdersResponse {
        /// The `data` property.
        data: Vec<ListOrdersResponseDataItem> = field("data", put),
        /// The `categories` property.
        categories: Option<Vec<ListOrdersResponseCategory>> = optional("categories", set),
    }
    required(data = "data");
}
rt::object! {
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ListOrdersResponseDataItem {
        /// The `id` property.
        id: String = field("id", put),
        /// The `shipping` property.
        shipping: ListOrdersResponseDataItemShipping = field("shipping", put),
        /// The `billing` property.
        billing: Option<ListOrdersResponseDataItemBilling> = optional("billing", set),
        /// The `entries` property.
        entries: Option<Vec<ListOrdersResponseDataItemEntry>> = optional("entries", set),
    }
    required(id = "id", shipping = "shipping");
}
rt::object! {
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ListOrdersResponseDataItemShipping {
        /// The `address` property.
        address: Address = field("address", put),
        /// The `carrier` property.
        carrier: Option<ListOrdersResponseDataItemShippingCarrier> = optional("carrier", set),
    }
    required(address = "address");
}
rt::object! {
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping/properties/address` in the spec.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Address {
        /// The `line1` property.
        line1: Option<String> = optional("line1", set),
    }
    required();
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
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ListOrdersResponseDataItemBilling {
        /// The `address` property.
        address: Option<Address> = optional("address", set),
    }
    required();
}
rt::object! {
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/entries/items` in the spec.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ListOrdersResponseDataItemEntry {
        /// The `sku` property.
        sku: Option<String> = optional("sku", set),
    }
    required();
}
rt::object! {
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/categories/items` in the spec.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ListOrdersResponseCategory {
        /// The `name` property.
        name: Option<String> = optional("name", set),
    }
    required();
}
rt::object! {
    /// The schema at `/paths/~1orders/get/responses/422/content/application~1json/schema` in the spec.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ListOrdersUnprocessableEntity {
        /// The `errors` property.
        errors: Option<Vec<String>> = optional("errors", set),
    }
    required();
}
rt::object! {
    /// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateOrderRequest {
        /// The `items` property.
        items: Vec<CreateOrderRequestItem> = field("items", put),
    }
    required(items = "items");
}
rt::object! {
    /// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema/properties/items/items` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateOrderRequestItem {
        /// The `sku` property.
        sku: String = field("sku", put),
        /// The `quantity` property.
        quantity: i64 = field("quantity", put),
    }
    required(sku = "sku", quantity = "quantity");
}
rt::object! {
    /// The schema at `/paths/~1orders/post/responses/201/content/application~1json/schema` in the spec.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct CreateOrderResponse {
        /// The `id` property.
        id: Option<String> = optional("id", set),
    }
    required();
}
