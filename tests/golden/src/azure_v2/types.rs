// @generated
// Generated from tests/fixtures/types/azure_v2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Vault` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Vault {
    /// The `id` property.
    #[serde(rename = "id")]
    pub resource_id: String,
    /// The `location` property.
    pub location: Option<String>,
    /// The `state` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<VaultState>,
    /// The `owner` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub owner: Option<Option<Owner>>,
}
/// The schema at `/components/schemas/Owner` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Owner {
    /// The `email` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
/// The schema at `/components/schemas/Vault/properties/state` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
