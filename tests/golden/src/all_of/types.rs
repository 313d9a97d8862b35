// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[cfg(feature = "all_of")]
/// The schema at `/components/schemas/Resource` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Resource {
    /// The `id` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub id: Option<String>,
    /// The `created_at` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub created_at: Option<String>,
    /// The `updated_at` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(
        default,
        skip_serializing,
        deserialize_with = "crate::runtime::double_option",
    )]
    pub updated_at: Option<Option<String>>,
}
#[cfg(feature = "all_of-invoices")]
/// The schema at `/components/schemas/InvoiceCreate` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvoiceCreate {
    /// The `customer_id` property.
    pub customer_id: String,
    /// The `currency` property.
    pub currency: String,
    /// The `memo` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub memo: Option<Option<String>>,
}
#[cfg(feature = "all_of-invoices")]
/// Resource fields merged with the create fields.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Invoice {
    /// The `id` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub id: Option<String>,
    /// The `created_at` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub created_at: Option<String>,
    /// The `updated_at` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(
        default,
        skip_serializing,
        deserialize_with = "crate::runtime::double_option",
    )]
    pub updated_at: Option<Option<String>>,
    /// The `customer_id` property.
    pub customer_id: String,
    /// The `currency` property.
    pub currency: String,
    /// The `memo` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub memo: Option<Option<String>>,
    /// The `status` property.
    pub status: InvoiceStatus,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
#[cfg(feature = "all_of-invoices")]
/// Nested allOf with a bare readOnly marker overriding an inherited property.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvoiceWithLines {
    /// The `id` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub id: Option<String>,
    /// The `created_at` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub created_at: Option<String>,
    /// The `updated_at` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(
        default,
        skip_serializing,
        deserialize_with = "crate::runtime::double_option",
    )]
    pub updated_at: Option<Option<String>>,
    /// The `customer_id` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub customer_id: Option<String>,
    /// The `currency` property.
    pub currency: String,
    /// The `memo` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub memo: Option<Option<String>>,
    /// The `status` property.
    pub status: InvoiceStatus,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// The `lines` property.
    pub lines: Vec<Line>,
}
#[cfg(feature = "all_of-invoices")]
/// The schema at `/components/schemas/Line` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Line {
    /// The `description` property.
    pub description: String,
    /// The `amount` property.
    pub amount: i64,
    /// A single-member allOf used to attach a description to a reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<Discount>,
}
#[cfg(feature = "all_of-invoices")]
/// The schema at `/components/schemas/Discount` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Discount {
    /// The `percent` property.
    pub percent: f64,
}
#[cfg(feature = "all_of")]
/// A union of two user shapes.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum User {
    /// A `AdminUser`.
    AdminUser(AdminUser),
    /// A `EndUser`.
    EndUser(EndUser),
}
#[cfg(feature = "all_of")]
impl<'de> ::serde::Deserialize<'de> for User {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let keys: Vec<&str> = value
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut best: Option<(usize, Self)> = None;
        if let Ok(decoded) = ::serde_json::from_value::<AdminUser>(value.clone()) {
            let score = keys
                .iter()
                .filter(|k| ["id", "name", "role"].contains(k))
                .count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::AdminUser(decoded)));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<EndUser>(value.clone()) {
            let score = keys
                .iter()
                .filter(|k| ["id", "name", "organization_id"].contains(k))
                .count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::EndUser(decoded)));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches none of the shapes of `User`",
            ))
    }
}
#[cfg(feature = "all_of")]
/// The schema at `/components/schemas/AdminUser` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminUser {
    /// The `id` property.
    pub id: i64,
    /// The `name` property.
    pub name: String,
    /// The `role` property.
    pub role: AdminUserRole,
}
#[cfg(feature = "all_of")]
/// The schema at `/components/schemas/EndUser` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndUser {
    /// The `id` property.
    pub id: i64,
    /// The `name` property.
    pub name: String,
    /// The `organization_id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub organization_id: Option<Option<i64>>,
}
#[cfg(feature = "all_of-me")]
/// allOf of a union component and an object (Zendesk's current-user response).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CurrentUser {
    /// The `locale` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The `authenticity_token` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub authenticity_token: Option<String>,
    /// Properties not listed in the spec.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "all_of")]
/// The schema at `/components/schemas/TargetCommon` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetCommon {
    /// The `id` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub id: Option<i64>,
    /// The `title` property.
    pub title: String,
    /// The `active` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}
#[cfg(feature = "all_of")]
/// The schema at `/components/schemas/EmailTarget` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailTarget {
    /// The `email` property.
    pub email: String,
    /// The `subject` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}
#[cfg(feature = "all_of")]
/// The schema at `/components/schemas/UrlTarget` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UrlTarget {
    /// The `target_url` property.
    pub target_url: String,
    /// The `method` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}
#[cfg(feature = "all_of-targets")]
/// allOf of an object and an inline anyOf (Zendesk's TargetObject).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Target {
    /// The `id` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub id: Option<i64>,
    /// The `title` property.
    pub title: String,
    /// The `active` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Properties not listed in the spec.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "all_of")]
/// The same union with `additionalProperties` next to `anyOf` (Zendesk's UserObject).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum OpenUser {
    /// A `AdminUser`.
    AdminUser(AdminUser),
    /// A `EndUser`.
    EndUser(EndUser),
}
#[cfg(feature = "all_of")]
impl<'de> ::serde::Deserialize<'de> for OpenUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let keys: Vec<&str> = value
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut best: Option<(usize, Self)> = None;
        if let Ok(decoded) = ::serde_json::from_value::<AdminUser>(value.clone()) {
            let score = keys
                .iter()
                .filter(|k| ["id", "name", "role"].contains(k))
                .count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::AdminUser(decoded)));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<EndUser>(value.clone()) {
            let score = keys
                .iter()
                .filter(|k| ["id", "name", "organization_id"].contains(k))
                .count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::EndUser(decoded)));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches none of the shapes of `OpenUser`",
            ))
    }
}
#[cfg(feature = "all_of-me")]
/// allOf of that union and an object (Zendesk's CurrentUserResponse.user).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CurrentUserOpen {
    /// The `locale` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The `authenticity_token` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub authenticity_token: Option<String>,
    /// Properties not listed in the spec.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "all_of-invoices")]
/// The schema at `/components/schemas/Invoice/properties/status` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceStatus {
    /// `draft`
    Draft,
    /// `open`
    Open,
    /// `paid`
    Paid,
    /// A value this version of the spec does not list.
    Unknown(String),
}
#[cfg(feature = "all_of-invoices")]
impl InvoiceStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
#[cfg(feature = "all_of-invoices")]
impl From<&str> for InvoiceStatus {
    fn from(value: &str) -> Self {
        match value {
            "draft" => Self::Draft,
            "open" => Self::Open,
            "paid" => Self::Paid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "all_of-invoices")]
crate::runtime::string_enum_impls!(InvoiceStatus);
#[cfg(feature = "all_of")]
/// The schema at `/components/schemas/AdminUser/properties/role` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AdminUserRole {
    /// `admin`
    Admin,
    /// `agent`
    Agent,
    /// A value this version of the spec does not list.
    Unknown(String),
}
#[cfg(feature = "all_of")]
impl AdminUserRole {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "admin",
            Self::Agent => "agent",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
#[cfg(feature = "all_of")]
impl From<&str> for AdminUserRole {
    fn from(value: &str) -> Self {
        match value {
            "admin" => Self::Admin,
            "agent" => Self::Agent,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "all_of")]
crate::runtime::string_enum_impls!(AdminUserRole);
