// @generated
// Generated from tests/fixtures/types/union_mapping_declared_first.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// A tagged union with a discriminator and a mapping.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Pet {
    /// `pet_type` is `cat`.
    Cat(Cat),
    /// `pet_type` is `dog`.
    Dog(Dog),
    /// `pet_type` is `lizard` or `gecko`.
    Lizard(Lizard),
    /// A `pet_type` this version of the spec does not list, kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("pet_type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("cat") => {
                ::serde_json::from_value(value)
                    .map(Self::Cat)
                    .map_err(::serde::de::Error::custom)
            }
            Some("dog") => {
                ::serde_json::from_value(value)
                    .map(Self::Dog)
                    .map_err(::serde::de::Error::custom)
            }
            Some("lizard" | "gecko") => {
                ::serde_json::from_value(value)
                    .map(Self::Lizard)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
/// The schema at `/components/schemas/Cat` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Cat {
    /// The `pet_type` property.
    pub pet_type: String,
    /// The `name` property.
    pub name: String,
    /// The `indoor` property.
    pub indoor: Option<bool>,
}
impl ::serde::Serialize for Cat {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("pet_type", &self.pet_type);
        map.field("name", &self.name);
        map.optional("indoor", &self.indoor);
        map.end()
    }
}
rt::object_deserialize!(Cat);
impl<'de> rt::FromMap<'de> for Cat {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut pet_type = None;
        let mut name = None;
        let mut indoor = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "pet_type" => map.put(&mut pet_type),
                "name" => map.put(&mut name),
                "indoor" => map.set(&mut indoor),
                _ => map.skip(),
            }
        }
        match (pet_type, name) {
            (Some(pet_type), Some(name)) => map.done(Self { pet_type, name, indoor }),
            (pet_type, name) => {
                map.missing(&[("pet_type", pet_type.is_none()), ("name", name.is_none())])
            }
        }
    }
}
/// The schema at `/components/schemas/Dog` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Dog {
    /// The `pet_type` property.
    pub pet_type: String,
    /// The `name` property.
    pub name: String,
    /// The `good_boy` property.
    pub good_boy: Option<bool>,
}
impl ::serde::Serialize for Dog {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("pet_type", &self.pet_type);
        map.field("name", &self.name);
        map.optional("good_boy", &self.good_boy);
        map.end()
    }
}
rt::object_deserialize!(Dog);
impl<'de> rt::FromMap<'de> for Dog {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut pet_type = None;
        let mut name = None;
        let mut good_boy = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "pet_type" => map.put(&mut pet_type),
                "name" => map.put(&mut name),
                "good_boy" => map.set(&mut good_boy),
                _ => map.skip(),
            }
        }
        match (pet_type, name) {
            (Some(pet_type), Some(name)) => map.done(Self { pet_type, name, good_boy }),
            (pet_type, name) => {
                map.missing(&[("pet_type", pet_type.is_none()), ("name", name.is_none())])
            }
        }
    }
}
/// The schema at `/components/schemas/Lizard` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Lizard {
    /// The `pet_type` property.
    pub pet_type: String,
    /// The `scales` property.
    pub scales: Option<i64>,
}
impl ::serde::Serialize for Lizard {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("pet_type", &self.pet_type);
        map.optional("scales", &self.scales);
        map.end()
    }
}
rt::object_deserialize!(Lizard);
impl<'de> rt::FromMap<'de> for Lizard {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut pet_type = None;
        let mut scales = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "pet_type" => map.put(&mut pet_type),
                "scales" => map.set(&mut scales),
                _ => map.skip(),
            }
        }
        match pet_type {
            Some(pet_type) => map.done(Self { pet_type, scales }),
            None => map.missing(&[("pet_type", true)]),
        }
    }
}
