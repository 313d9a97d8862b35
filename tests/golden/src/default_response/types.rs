// @generated
// Generated from tests/fixtures/types/default_response.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Job` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The `id` property.
    pub id: String,
}
impl ::serde::Serialize for Job {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.end()
    }
}
rt::object_deserialize!(Job);
impl<'de> rt::FromMap<'de> for Job {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                _ => map.skip(),
            }
        }
        match id {
            Some(id) => map.done(Self { id }),
            None => map.missing(&[("id", true)]),
        }
    }
}
/// The schema at `/components/schemas/Problem` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The `message` property.
    pub message: Option<String>,
}
impl ::serde::Serialize for Problem {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("message", &self.message);
        map.end()
    }
}
rt::object_deserialize!(Problem);
impl<'de> rt::FromMap<'de> for Problem {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "message" => map.set(&mut value.message),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
