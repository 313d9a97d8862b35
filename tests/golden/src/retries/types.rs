// @generated
// Generated from tests/fixtures/types/retries.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Item` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The `id` property.
    pub id: String,
}
impl ::serde::Serialize for Item {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.end()
    }
}
rt::object_deserialize!(Item);
impl<'de> rt::FromMap<'de> for Item {
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
