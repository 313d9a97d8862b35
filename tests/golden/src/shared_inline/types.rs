// @generated
// Generated from tests/fixtures/types/shared_inline.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[cfg(feature = "shared_inline")]
/// A component that has the name the shared inline `tag` would get.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    /// The `label` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}
#[cfg(feature = "shared_inline-customers")]
/// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCustomerRequest {
    /// The `name` property.
    pub name: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Postal address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<PostalAddress>,
    /// The `tag` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<CreateCustomerRequestTag>,
    /// The `extra` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<CreateCustomerRequestExtra>,
}
/// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema/properties/metadata` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Metadata {
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The `labels` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
}
/// Postal address
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PostalAddress {
    /// The `line1` property.
    pub line1: String,
    /// The `city` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}
/// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema/properties/tag` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCustomerRequestTag {
    /// The `key` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}
/// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema/properties/extra` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCustomerRequestExtra {
    /// The `note` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
#[cfg(feature = "shared_inline-orders")]
/// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateOrderRequest {
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Postal address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<PostalAddress>,
    /// The `tag` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<CreateCustomerRequestTag>,
    /// The `details` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<CreateCustomerRequestExtra>,
    /// The `once` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub once: Option<CreateOrderRequestOnce>,
}
#[cfg(feature = "shared_inline-orders")]
/// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema/properties/once` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateOrderRequestOnce {
    /// The `only` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only: Option<bool>,
}
#[cfg(feature = "shared_inline-orders")]
/// The schema at `/paths/~1orders/post/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateOrderResponse {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
