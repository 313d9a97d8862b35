// @generated
// Generated from tests/fixtures/types/tuples.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Track` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Track {
    /// The `points` property.
    pub points: Vec<Point>,
    /// The `bounds` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounds: Option<Vec<::serde_json::Value>>,
    /// The `label` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    /// The `range` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<Vec<::serde_json::Value>>,
}
/// A \[longitude, latitude\] pair.
pub type Point = Vec<::serde_json::Value>;
/// A heterogeneous tuple followed by any number of strings.
pub type Label = Vec<::serde_json::Value>;
