// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[cfg(feature = "wire_formats-customers")]
/// The schema at `/components/schemas/Address` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Address {
    /// The `city` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The `line1` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
}
#[cfg(feature = "wire_formats-customers")]
/// The schema at `/components/schemas/Item` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Item {
    /// The `price` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    /// The `quantity` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}
#[cfg(feature = "wire_formats-customers")]
/// The schema at `/components/schemas/CustomerForm` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CustomerForm {
    /// The `email` property.
    pub email: String,
    /// The `address` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// The `items` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Item>>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<::std::collections::BTreeMap<String, String>>,
    /// The `expand` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// The `preferences` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferences: Option<CustomerFormPreferences>,
    /// The `tags` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
#[cfg(feature = "wire_formats-customers")]
/// The schema at `/components/schemas/Customer` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Customer {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
#[cfg(any(feature = "wire_formats-files", feature = "wire_formats-notes"))]
/// The schema at `/components/schemas/StoredFile` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StoredFile {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
#[cfg(any(feature = "wire_formats-events", feature = "wire_formats-lines"))]
/// The schema at `/components/schemas/Tick` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tick {
    /// The `n` property.
    pub n: i64,
}
#[cfg(feature = "wire_formats-customers")]
/// The schema at `/components/schemas/CustomerForm/properties/preferences` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CustomerFormPreferences {
    /// The `language` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}
#[cfg(feature = "wire_formats-search")]
/// The schema at `/paths/~1search/get/parameters/0/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchItemsFilter {
    /// The `status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The `created` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<SearchItemsFilterCreated>,
}
#[cfg(feature = "wire_formats-search")]
/// The schema at `/paths/~1search/get/parameters/0/schema/properties/created` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchItemsFilterCreated {
    /// The `gte` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<i64>,
    /// The `lt` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lt: Option<i64>,
}
#[cfg(feature = "wire_formats-files")]
/// The schema at `/paths/~1files/post/requestBody/content/multipart~1form-data/schema` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadFileRequest {
    /// The `file` property.
    pub file: crate::runtime::Upload,
    /// The `attachments` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<crate::runtime::Upload>>,
    /// The `purpose` property.
    pub purpose: String,
    /// The `tags` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `meta` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<UploadFileRequestMeta>,
}
#[cfg(feature = "wire_formats-files")]
/// The schema at `/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/meta` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadFileRequestMeta {
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
