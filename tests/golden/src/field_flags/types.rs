// @generated
// Generated from tests/fixtures/types/field_flags.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Account` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Account {
    /// Required and read-only.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub id: Option<String>,
    /// The `name` property.
    pub name: String,
    /// Required and write-only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The `plan` property.
    pub plan: AccountPlan,
    /// The `seats` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<i64>,
    /// The `created_at` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub created_at: Option<String>,
    /// Old numeric identifier.
    ///
    /// **Deprecated** in the spec.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_id: Option<i64>,
    /// The `old_plan` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_plan: Option<OldPlan>,
    /// The `flags` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<Vec<String>>,
    /// The `limits` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<AccountLimits>,
    /// The `nullable_read_only` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(
        default,
        skip_serializing,
        deserialize_with = "crate::runtime::double_option",
    )]
    pub nullable_read_only: Option<Option<String>>,
    /// The `api_key` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
}
/// A deprecated schema.
///
/// **Deprecated** in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OldPlan {
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// The schema at `/components/schemas/Account/properties/plan` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountPlan {
    /// `free`
    Free,
    /// `pro`
    Pro,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl AccountPlan {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::Pro => "pro",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for AccountPlan {
    fn from(value: &str) -> Self {
        match value {
            "free" => Self::Free,
            "pro" => Self::Pro,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(AccountPlan);
/// The schema at `/components/schemas/Account/properties/limits` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountLimits {
    /// The `max` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
}
