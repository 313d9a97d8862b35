// @generated
// Generated from tests/fixtures/types/default_response.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Job` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Job {
    /// The `id` property.
    pub id: String,
}
/// The schema at `/components/schemas/Problem` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Problem {
    /// The `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
