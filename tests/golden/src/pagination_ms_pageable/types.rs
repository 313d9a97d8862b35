// @generated
// Generated from tests/fixtures/types/pagination_ms_pageable.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Vault` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Vault {
    /// The `id` property.
    pub id: String,
}
impl ::serde::Serialize for Vault {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.end()
    }
}
rt::object_deserialize!(Vault);
impl<'de> rt::FromMap<'de> for Vault {
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
/// The schema at `/paths/~1vaults/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VaultsListResponse {
    /// The `value` property.
    pub value: Option<Vec<Vault>>,
    /// The `@odata.nextLink` property.
    pub odata_next_link: Option<String>,
}
impl ::serde::Serialize for VaultsListResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("value", &self.value);
        map.optional("@odata.nextLink", &self.odata_next_link);
        map.end()
    }
}
rt::object_deserialize!(VaultsListResponse);
impl<'de> rt::FromMap<'de> for VaultsListResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "value" => map.set(&mut value.value),
                "@odata.nextLink" => map.set(&mut value.odata_next_link),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1keys/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeysListResponse {
    /// The `keys` property.
    pub keys: Option<Vec<Vault>>,
    /// The `nextLink` property.
    pub next_link: Option<String>,
}
impl ::serde::Serialize for KeysListResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("keys", &self.keys);
        map.optional("nextLink", &self.next_link);
        map.end()
    }
}
rt::object_deserialize!(KeysListResponse);
impl<'de> rt::FromMap<'de> for KeysListResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "keys" => map.set(&mut value.keys),
                "nextLink" => map.set(&mut value.next_link),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1regions/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegionsListResponse {
    /// The `value` property.
    pub value: Option<Vec<Vault>>,
    /// The `nextLink` property.
    pub next_link: Option<String>,
}
impl ::serde::Serialize for RegionsListResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("value", &self.value);
        map.optional("nextLink", &self.next_link);
        map.end()
    }
}
rt::object_deserialize!(RegionsListResponse);
impl<'de> rt::FromMap<'de> for RegionsListResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "value" => map.set(&mut value.value),
                "nextLink" => map.set(&mut value.next_link),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
