// @generated
// Generated from tests/fixtures/types/no_content.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/ErrorMessage` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorMessage {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}
