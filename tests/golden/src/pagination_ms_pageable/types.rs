// @generated
// Generated from tests/fixtures/types/pagination_ms_pageable.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Vault` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Vault {
    /// The `id` property.
    pub id: String,
}
/// The schema at `/paths/~1vaults/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct VaultsListResponse {
    /// The `value` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Vec<Vault>>,
    /// The `@odata.nextLink` property.
    #[serde(
        rename = "@odata.nextLink",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub odata_next_link: Option<String>,
}
/// The schema at `/paths/~1keys/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct KeysListResponse {
    /// The `keys` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<Vault>>,
    /// The `nextLink` property.
    #[serde(rename = "nextLink", default, skip_serializing_if = "Option::is_none")]
    pub next_link: Option<String>,
}
/// The schema at `/paths/~1regions/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegionsListResponse {
    /// The `value` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Vec<Vault>>,
    /// The `nextLink` property.
    #[serde(rename = "nextLink", default, skip_serializing_if = "Option::is_none")]
    pub next_link: Option<String>,
}
