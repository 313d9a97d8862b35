// @generated
// Generated from tests/fixtures/types/objects.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
#[cfg(feature = "objects-contacts")]
rt::object! {
    /// A person in the address book.
    pub struct Contact {
        /// The `id` property.
        id: String = field("id", must),
        /// The `name` property.
        name: String = field("name", must),
        /// Required and not nullable.
        email: String = field("email", must),
        /// Optional and not nullable.
        phone: Option<String> = optional("phone", set),
        /// Required but nullable.
        manager_id: Option<String> = field("manager_id", set),
        /// Optional and nullable.
        notes: Option<Option<String>> = optional("notes", put),
        /// The `age` property.
        age: Option<i64> = optional("age", set),
        /// The `score` property.
        score: Option<f64> = optional("score", set),
        /// The `active` property.
        active: Option<bool> = optional("active", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
        /// The `address` property.
        address: Option<Address> = optional("address", set),
        /// A nullable reference, spelled the 3.0 way.
        billing_address: Option<Option<Address>> = optional("billing_address", put),
        /// The `created_at` property.
        created_at: String = field("created_at", must),
    }
    /// The schema at `/components/schemas/Address` in the spec.
    pub struct Address {
        /// The `line1` property.
        line1: String = field("line1", must),
        /// The `line2` property.
        line2: Option<Option<String>> = optional("line2", put),
        /// The `city` property.
        city: Option<String> = optional("city", set),
        /// The `postal_code` property.
        postal_code: Option<String> = optional("postal_code", set),
        /// The `country` property.
        country: String = field("country", must),
    }
    /// A PATCH body; an absent property is left alone, `null` clears it.
    #[derive(Default)]
    pub struct ContactPatch {
        /// The `name` property.
        name: Option<String> = optional("name", set),
        /// The `phone` property.
        phone: Option<Option<String>> = optional("phone", put),
        /// The `manager_id` property.
        manager_id: Option<Option<String>> = optional("manager_id", put),
        /// The `notes` property.
        notes: Option<Option<String>> = optional("notes", put),
        /// The `tags` property.
        tags: Option<Option<Vec<String>>> = optional("tags", put),
        /// The `address` property.
        address: Option<Option<Address>> = optional("address", put),
    }
}
#[cfg(feature = "objects-settings")]
/// An object with no declared properties.
pub type Settings = ::std::collections::BTreeMap<String, ::serde_json::Value>;
