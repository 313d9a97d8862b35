// @generated
// Generated from tests/fixtures/types/inline_naming.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// An object property and an array property whose singular is the same name.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Problem {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ProblemError>,
    /// The `errors` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ProblemErrorsItem>>,
}
/// The schema at `/components/schemas/Problem/properties/error` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProblemError {
    /// The `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// The schema at `/components/schemas/Problem/properties/errors/items` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProblemErrorsItem {
    /// The `field` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}
/// The schema at `/paths/~1orders/get/parameters/0/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListOrdersStatus {
    /// `pending`
    Pending,
    /// `shipped`
    Shipped,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ListOrdersStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Shipped => "shipped",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ListOrdersStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "shipped" => Self::Shipped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(ListOrdersStatus);
/// The schema at `/paths/~1orders/get/parameters/1/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersFilter {
    /// The `customer` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersResponse {
    /// The `data` property.
    pub data: Vec<ListOrdersResponseDataItem>,
    /// The `categories` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<ListOrdersResponseCategory>>,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersResponseDataItem {
    /// The `id` property.
    pub id: String,
    /// The `shipping` property.
    pub shipping: ListOrdersResponseDataItemShipping,
    /// The `billing` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<ListOrdersResponseDataItemBilling>,
    /// The `entries` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<ListOrdersResponseDataItemEntry>>,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersResponseDataItemShipping {
    /// The `address` property.
    pub address: Address,
    /// The `carrier` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<ListOrdersResponseDataItemShippingCarrier>,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping/properties/address` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Address {
    /// The `line1` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping/properties/carrier` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListOrdersResponseDataItemShippingCarrier {
    /// `ups`
    Ups,
    /// `dhl`
    Dhl,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ListOrdersResponseDataItemShippingCarrier {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ups => "ups",
            Self::Dhl => "dhl",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ListOrdersResponseDataItemShippingCarrier {
    fn from(value: &str) -> Self {
        match value {
            "ups" => Self::Ups,
            "dhl" => Self::Dhl,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(ListOrdersResponseDataItemShippingCarrier);
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/billing` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersResponseDataItemBilling {
    /// The `address` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/entries/items` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersResponseDataItemEntry {
    /// The `sku` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/categories/items` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersResponseCategory {
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// The schema at `/paths/~1orders/get/responses/422/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersUnprocessableEntity {
    /// The `errors` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
}
/// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateOrderRequest {
    /// The `items` property.
    pub items: Vec<CreateOrderRequestItem>,
}
/// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema/properties/items/items` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateOrderRequestItem {
    /// The `sku` property.
    pub sku: String,
    /// The `quantity` property.
    pub quantity: i64,
}
/// The schema at `/paths/~1orders/post/responses/201/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateOrderResponse {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
