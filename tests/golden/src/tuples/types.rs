// @generated
// Generated from tests/fixtures/types/tuples.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Track` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    /// The `points` property.
    pub points: Vec<Point>,
    /// The `bounds` property.
    pub bounds: Option<Vec<::serde_json::Value>>,
    /// The `label` property.
    pub label: Option<Label>,
    /// The `range` property.
    pub range: Option<Vec<::serde_json::Value>>,
}
impl ::serde::Serialize for Track {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("points", &self.points);
        map.optional("bounds", &self.bounds);
        map.optional("label", &self.label);
        map.optional("range", &self.range);
        map.end()
    }
}
rt::object_deserialize!(Track);
impl<'de> rt::FromMap<'de> for Track {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut points = None;
        let mut bounds = None;
        let mut label = None;
        let mut range = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "points" => map.put(&mut points),
                "bounds" => map.set(&mut bounds),
                "label" => map.set(&mut label),
                "range" => map.set(&mut range),
                _ => map.skip(),
            }
        }
        match points {
            Some(points) => map.done(Self { points, bounds, label, range }),
            None => map.missing(&[("points", true)]),
        }
    }
}
/// A \[longitude, latitude\] pair.
pub type Point = Vec<::serde_json::Value>;
/// A heterogeneous tuple followed by any number of strings.
pub type Label = Vec<::serde_json::Value>;
