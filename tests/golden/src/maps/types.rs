// @generated
// Generated from tests/fixtures/types/maps.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Maps` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Maps {
    /// The `any_values` property.
    pub any_values: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// The `string_values` property.
    pub string_values: Option<::std::collections::BTreeMap<String, String>>,
    /// The `ref_values` property.
    pub ref_values: Option<::std::collections::BTreeMap<String, Limit>>,
    /// The `nullable_values` property.
    pub nullable_values: Option<::std::collections::BTreeMap<String, Option<i64>>>,
    /// The `array_values` property.
    pub array_values: Option<::std::collections::BTreeMap<String, Vec<String>>>,
    /// The `closed` property.
    pub closed: Option<Closed>,
    /// The `open` property.
    pub open: Option<Open>,
    /// The `typed_extra` property.
    pub typed_extra: Option<TypedExtra>,
    /// The `patterned` property.
    pub patterned: Option<Patterned>,
    /// The `no_keywords` property.
    pub no_keywords: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// The `nested` property.
    pub nested: Option<::std::collections::BTreeMap<String, ::std::collections::BTreeMap<String, i64>>>,
}
impl ::serde::Serialize for Maps {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("any_values", &self.any_values);
        map.optional("string_values", &self.string_values);
        map.optional("ref_values", &self.ref_values);
        map.optional("nullable_values", &self.nullable_values);
        map.optional("array_values", &self.array_values);
        map.optional("closed", &self.closed);
        map.optional("open", &self.open);
        map.optional("typed_extra", &self.typed_extra);
        map.optional("patterned", &self.patterned);
        map.optional("no_keywords", &self.no_keywords);
        map.optional("nested", &self.nested);
        map.end()
    }
}
rt::object_deserialize!(Maps);
impl<'de> rt::FromMap<'de> for Maps {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "any_values" => map.set(&mut value.any_values),
                "string_values" => map.set(&mut value.string_values),
                "ref_values" => map.set(&mut value.ref_values),
                "nullable_values" => map.set(&mut value.nullable_values),
                "array_values" => map.set(&mut value.array_values),
                "closed" => map.set(&mut value.closed),
                "open" => map.set(&mut value.open),
                "typed_extra" => map.set(&mut value.typed_extra),
                "patterned" => map.set(&mut value.patterned),
                "no_keywords" => map.set(&mut value.no_keywords),
                "nested" => map.set(&mut value.nested),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Limit` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Limit {
    /// The `max` property.
    pub max: i64,
    /// The `window` property.
    pub window: Option<String>,
}
impl ::serde::Serialize for Limit {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("max", &self.max);
        map.optional("window", &self.window);
        map.end()
    }
}
rt::object_deserialize!(Limit);
impl<'de> rt::FromMap<'de> for Limit {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut max = None;
        let mut window = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "max" => map.put(&mut max),
                "window" => map.set(&mut window),
                _ => map.skip(),
            }
        }
        match max {
            Some(max) => map.done(Self { max, window }),
            None => map.missing(&[("max", true)]),
        }
    }
}
/// The schema at `/components/schemas/Closed` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Closed {
    /// The `name` property.
    pub name: String,
}
impl ::serde::Serialize for Closed {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.end()
    }
}
rt::object_deserialize!(Closed);
impl<'de> rt::FromMap<'de> for Closed {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Open` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Open {
    /// The `name` property.
    pub name: String,
    /// Properties not listed in the spec.
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl ::serde::Serialize for Open {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.flatten(&self.additional_properties);
        map.end()
    }
}
rt::object_deserialize!(Open);
impl<'de> rt::FromMap<'de> for Open {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut additional_properties = ::std::collections::BTreeMap::new();
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                _ => map.keep(key, &mut additional_properties),
            }
        }
        match name {
            Some(name) => map.done(Self { name, additional_properties }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// Declared properties plus typed extra ones.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedExtra {
    /// The `id` property.
    pub id: String,
    /// Properties not listed in the spec.
    pub additional_properties: ::std::collections::BTreeMap<String, i64>,
}
impl ::serde::Serialize for TypedExtra {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.flatten(&self.additional_properties);
        map.end()
    }
}
rt::object_deserialize!(TypedExtra);
impl<'de> rt::FromMap<'de> for TypedExtra {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut additional_properties = ::std::collections::BTreeMap::new();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                _ => map.keep(key, &mut additional_properties),
            }
        }
        match id {
            Some(id) => map.done(Self { id, additional_properties }),
            None => map.missing(&[("id", true)]),
        }
    }
}
/// patternProperties.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Patterned {
    /// The `name` property.
    pub name: Option<String>,
    /// Properties not listed in the spec.
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl ::serde::Serialize for Patterned {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("name", &self.name);
        map.flatten(&self.additional_properties);
        map.end()
    }
}
rt::object_deserialize!(Patterned);
impl<'de> rt::FromMap<'de> for Patterned {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.set(&mut value.name),
                _ => map.keep(key, &mut value.additional_properties),
            }
        }
        map.done(value)
    }
}
