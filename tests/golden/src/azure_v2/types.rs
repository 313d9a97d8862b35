// @generated
// Generated from tests/fixtures/types/azure_v2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Vault` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Vault {
        /// The `id` property.
        resource_id: String = field("id", put),
        /// The `location` property.
        location: Option<String> = field("location", set),
        /// The `state` property.
        state: Option<VaultState> = optional("state", set),
        /// The `owner` property.
        owner: Option<Option<Owner>> = optional("owner", put),
    }
    required(resource_id = "id");
}
rt::object! {
    /// The schema at `/components/schemas/Owner` in the spec.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Owner {
        /// The `email` property.
        email: Option<String> = optional("email", set),
    }
    required();
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
