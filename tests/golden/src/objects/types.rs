// @generated
// Generated from tests/fixtures/types/objects.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[cfg(feature = "objects-contacts")]
/// A person in the address book.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Contact {
    /// The `id` property.
    pub id: String,
    /// The `name` property.
    pub name: String,
    /// Required and not nullable.
    pub email: String,
    /// Optional and not nullable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Required but nullable.
    pub manager_id: Option<String>,
    /// Optional and nullable.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub notes: Option<Option<String>>,
    /// The `age` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    /// The `score` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The `active` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The `tags` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `address` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// A nullable reference, spelled the 3.0 way.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub billing_address: Option<Option<Address>>,
    /// The `created_at` property.
    pub created_at: String,
}
#[cfg(feature = "objects-contacts")]
/// The schema at `/components/schemas/Address` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Address {
    /// The `line1` property.
    pub line1: String,
    /// The `line2` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub line2: Option<Option<String>>,
    /// The `city` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The `postal_code` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The `country` property.
    pub country: String,
}
#[cfg(feature = "objects-contacts")]
/// A PATCH body; an absent property is left alone, `null` clears it.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContactPatch {
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `phone` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub phone: Option<Option<String>>,
    /// The `manager_id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub manager_id: Option<Option<String>>,
    /// The `notes` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub notes: Option<Option<String>>,
    /// The `tags` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub tags: Option<Option<Vec<String>>>,
    /// The `address` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub address: Option<Option<Address>>,
}
#[cfg(feature = "objects-settings")]
/// An object with no declared properties.
pub type Settings = ::std::collections::BTreeMap<String, ::serde_json::Value>;
