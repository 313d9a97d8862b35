// @generated
// Generated from tests/fixtures/types/maps.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Maps` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Maps {
    /// The `any_values` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any_values: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// The `string_values` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub string_values: Option<::std::collections::BTreeMap<String, String>>,
    /// The `ref_values` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_values: Option<::std::collections::BTreeMap<String, Limit>>,
    /// The `nullable_values` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nullable_values: Option<::std::collections::BTreeMap<String, Option<i64>>>,
    /// The `array_values` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub array_values: Option<::std::collections::BTreeMap<String, Vec<String>>>,
    /// The `closed` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Closed>,
    /// The `open` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<Open>,
    /// The `typed_extra` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed_extra: Option<TypedExtra>,
    /// The `patterned` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patterned: Option<Patterned>,
    /// The `no_keywords` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_keywords: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// The `nested` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nested: Option<
        ::std::collections::BTreeMap<String, ::std::collections::BTreeMap<String, i64>>,
    >,
}
/// The schema at `/components/schemas/Limit` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Limit {
    /// The `max` property.
    pub max: i64,
    /// The `window` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<String>,
}
/// The schema at `/components/schemas/Closed` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Closed {
    /// The `name` property.
    pub name: String,
}
/// The schema at `/components/schemas/Open` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Open {
    /// The `name` property.
    pub name: String,
    /// Properties not listed in the spec.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
/// Declared properties plus typed extra ones.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TypedExtra {
    /// The `id` property.
    pub id: String,
    /// Properties not listed in the spec.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, i64>,
}
/// patternProperties.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Patterned {
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Properties not listed in the spec.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
