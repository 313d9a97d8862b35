// @generated
// Generated from tests/fixtures/types/client_names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Record` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Record {
    /// The `properties` property.
    #[serde(rename = "properties")]
    pub record_properties: String,
    /// The `etag` property.
    #[serde(rename = "etag")]
    pub e_tag: Option<String>,
    /// The `displayName` property.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `parent` property.
    #[serde(
        rename = "parent",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub parent_record: Option<Option<Parent>>,
}
/// The schema at `/components/schemas/Parent` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Parent {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
