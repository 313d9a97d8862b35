// @generated
// Generated from tests/fixtures/types/no_content.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/ErrorMessage` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorMessage {
    /// The `error` property.
    pub error: Option<String>,
}
impl ::serde::Serialize for ErrorMessage {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
        map.end()
    }
}
rt::object_deserialize!(ErrorMessage);
impl<'de> rt::FromMap<'de> for ErrorMessage {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "error" => map.set(&mut value.error),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
