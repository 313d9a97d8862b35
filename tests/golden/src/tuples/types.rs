// @generated
// Generated from tests/fixtures/types/tuples.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Track` in the spec.
    pub struct Track {
        /// The `points` property.
        points: Vec<Point> = field("points", must),
        /// The `bounds` property.
        bounds: Option<Vec<::serde_json::Value>> = optional("bounds", set),
        /// The `label` property.
        label: Option<Label> = optional("label", set),
        /// The `range` property.
        range: Option<Vec<::serde_json::Value>> = optional("range", set),
    }
}
/// A \[longitude, latitude\] pair.
pub type Point = Vec<::serde_json::Value>;
/// A heterogeneous tuple followed by any number of strings.
pub type Label = Vec<::serde_json::Value>;
