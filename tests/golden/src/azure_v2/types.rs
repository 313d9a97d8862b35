// @generated
// Generated from tests/fixtures/types/azure_v2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Vault` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Vault {
    /// The `id` property.
    pub resource_id: String,
    /// The `location` property.
    pub location: Option<String>,
    /// The `state` property.
    pub state: Option<VaultState>,
    /// The `owner` property.
    pub owner: Option<Option<Owner>>,
}
impl ::serde::Serialize for Vault {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.resource_id);
        map.field("location", &self.location);
        map.optional("state", &self.state);
        map.optional("owner", &self.owner);
        map.end()
    }
}
rt::object_deserialize!(Vault);
impl<'de> rt::FromMap<'de> for Vault {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut resource_id = None;
        let mut location = None;
        let mut state = None;
        let mut owner = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut resource_id),
                "location" => map.set(&mut location),
                "state" => map.set(&mut state),
                "owner" => map.put(&mut owner),
                _ => map.skip(),
            }
        }
        match resource_id {
            Some(resource_id) => map.done(Self { resource_id, location, state, owner }),
            None => map.missing(&[("id", true)]),
        }
    }
}
/// The schema at `/components/schemas/Owner` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Owner {
    /// The `email` property.
    pub email: Option<String>,
}
impl ::serde::Serialize for Owner {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("email", &self.email);
        map.end()
    }
}
rt::object_deserialize!(Owner);
impl<'de> rt::FromMap<'de> for Owner {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "email" => map.set(&mut value.email),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Vault/properties/state` in the spec.
#[derive(Debug, Clone)]
pub enum VaultState {
    /// `on`
    On,
    /// `off`
    Off,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl VaultState {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for VaultState {
    fn from(value: &str) -> Self {
        match value {
            "on" => Self::On,
            "off" => Self::Off,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(VaultState);
/// The schema at `/paths/~1vaults~1{vaultName}/get/parameters/1/schema` in the spec.
#[derive(Debug, Clone)]
pub enum VaultTier {
    /// `std`
    Standard,
    /// The costly one.
    ///
    /// `prem`
    Premium,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl VaultTier {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "std",
            Self::Premium => "prem",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for VaultTier {
    fn from(value: &str) -> Self {
        match value {
            "std" => Self::Standard,
            "prem" => Self::Premium,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(VaultTier);
