// @generated
// Generated from tests/fixtures/types/pagination_ms_pageable.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Vault` in the spec.
    pub struct Vault {
        /// The `id` property.
        id: String = field("id", must),
    }
    /// The schema at `/paths/~1vaults/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct VaultsListResponse {
        /// The `value` property.
        value: Option<Vec<Vault>> = optional("value", set),
        /// The `@odata.nextLink` property.
        odata_next_link: Option<String> = optional("@odata.nextLink", set),
    }
    /// The schema at `/paths/~1keys/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct KeysListResponse {
        /// The `keys` property.
        keys: Option<Vec<Vault>> = optional("keys", set),
        /// The `nextLink` property.
        next_link: Option<String> = optional("nextLink", set),
    }
    /// The schema at `/paths/~1regions/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct RegionsListResponse {
        /// The `value` property.
        value: Option<Vec<Vault>> = optional("value", set),
        /// The `nextLink` property.
        next_link: Option<String> = optional("nextLink", set),
    }
}
