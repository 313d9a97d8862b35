// @generated
// Generated from tests/fixtures/types/field_flags.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Account` in the spec.
    pub struct Account {
        /// Required and read-only.
        ///
        /// Set by the server (read-only); never sent.
        id: Option<String> = skip("id", set),
        /// The `name` property.
        name: String = field("name", must),
        /// Required and write-only.
        password: Option<String> = optional("password", set),
        /// The `plan` property.
        plan: AccountPlan = field("plan", must),
        /// The `seats` property.
        seats: Option<i64> = optional("seats", set),
        /// The `created_at` property.
        ///
        /// Set by the server (read-only); never sent.
        created_at: Option<String> = skip("created_at", set),
        /// Old numeric identifier.
        ///
        /// **Deprecated** in the spec.
        legacy_id: Option<i64> = optional("legacy_id", set),
        /// The `old_plan` property.
        old_plan: Option<OldPlan> = optional("old_plan", set),
        /// The `flags` property.
        flags: Option<Vec<String>> = optional("flags", set),
        /// The `limits` property.
        limits: Option<AccountLimits> = optional("limits", set),
        /// The `nullable_read_only` property.
        ///
        /// Set by the server (read-only); never sent.
        nullable_read_only: Option<Option<String>> = skip("nullable_read_only", put),
        /// The `api_key` property.
        api_key: Option<String> = optional("api_key", set),
    }
    /// A deprecated schema.
    ///
    /// **Deprecated** in the spec.
    #[derive(Default)]
    pub struct OldPlan {
        /// The `name` property.
        name: Option<String> = optional("name", set),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/Account/properties/plan` in the spec.
    pub enum AccountPlan {
        /// `free`
        Free = "free",
        /// `pro`
        Pro = "pro",
    }
}
rt::object! {
    /// The schema at `/components/schemas/Account/properties/limits` in the spec.
    #[derive(Default)]
    pub struct AccountLimits {
        /// The `max` property.
        max: Option<i64> = optional("max", set),
    }
}
