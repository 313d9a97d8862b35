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
rt::object! {
    /// The schema at `/components/schemas/Cat` in the spec.
    pub struct Cat {
        /// The `pet_type` property.
        pet_type: String = field("pet_type", must),
        /// The `name` property.
        name: String = field("name", must),
        /// The `indoor` property.
        indoor: Option<bool> = optional("indoor", set),
    }
    /// The schema at `/components/schemas/Dog` in the spec.
    pub struct Dog {
        /// The `pet_type` property.
        pet_type: String = field("pet_type", must),
        /// The `name` property.
        name: String = field("name", must),
        /// The `good_boy` property.
        good_boy: Option<bool> = optional("good_boy", set),
    }
    /// The schema at `/components/schemas/Lizard` in the spec.
    pub struct Lizard {
        /// The `pet_type` property.
        pet_type: String = field("pet_type", must),
        /// The `scales` property.
        scales: Option<i64> = optional("scales", set),
    }
}
