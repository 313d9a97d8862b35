// @generated
// Generated from tests/fixtures/types/azure_v2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Vault` in the spec.
    pub struct Vault {
        /// The `id` property.
        resource_id: String = field("id", must),
        /// The `location` property.
        location: Option<String> = field("location", set),
        /// The `state` property.
        state: Option<VaultState> = optional("state", set),
        /// The `owner` property.
        owner: Option<Option<Owner>> = optional("owner", put),
    }
    /// The schema at `/components/schemas/Owner` in the spec.
    #[derive(Default)]
    pub struct Owner {
        /// The `email` property.
        email: Option<String> = optional("email", set),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/Vault/properties/state` in the spec.
    pub enum VaultState {
        /// `on`
        On = "on",
        /// `off`
        Off = "off",
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1vaults~1{vaultName}/get/parameters/1/schema` in the spec.
    pub enum VaultTier {
        /// `std`
        Standard = "std",
        /// The costly one.
        ///
        /// `prem`
        Premium = "prem",
    }
}
