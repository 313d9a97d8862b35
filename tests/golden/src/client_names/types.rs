// @generated
// Generated from tests/fixtures/types/client_names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Record` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The `properties` property.
    pub record_properties: String,
    /// The `etag` property.
    pub e_tag: Option<String>,
    /// The `displayName` property.
    pub title: Option<String>,
    /// The `parent` property.
    pub parent_record: Option<Option<Parent>>,
}
impl ::serde::Serialize for Record {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("properties", &self.record_properties);
        map.field("etag", &self.e_tag);
        map.optional("displayName", &self.title);
        map.optional("parent", &self.parent_record);
        map.end()
    }
}
rt::object_deserialize!(Record);
impl<'de> rt::FromMap<'de> for Record {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut record_properties = None;
        let mut e_tag = None;
        let mut title = None;
        let mut parent_record = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "properties" => map.put(&mut record_properties),
                "etag" => map.set(&mut e_tag),
                "displayName" => map.set(&mut title),
                "parent" => map.put(&mut parent_record),
                _ => map.skip(),
            }
        }
        match record_properties {
            Some(record_properties) => {
                map.done(Self { record_properties, e_tag, title, parent_record })
            }
            None => map.missing(&[("properties", true)]),
        }
    }
}
/// The schema at `/components/schemas/Parent` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parent {
    /// The `id` property.
    pub id: Option<String>,
}
impl ::serde::Serialize for Parent {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.end()
    }
}
rt::object_deserialize!(Parent);
impl<'de> rt::FromMap<'de> for Parent {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
