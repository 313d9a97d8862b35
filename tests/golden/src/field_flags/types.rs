// @generated
// Generated from tests/fixtures/types/field_flags.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Account` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    /// Required and read-only.
    ///
    /// Set by the server (read-only); never sent.
    pub id: Option<String>,
    /// The `name` property.
    pub name: String,
    /// Required and write-only.
    pub password: Option<String>,
    /// The `plan` property.
    pub plan: AccountPlan,
    /// The `seats` property.
    pub seats: Option<i64>,
    /// The `created_at` property.
    ///
    /// Set by the server (read-only); never sent.
    pub created_at: Option<String>,
    /// Old numeric identifier.
    ///
    /// **Deprecated** in the spec.
    pub legacy_id: Option<i64>,
    /// The `old_plan` property.
    pub old_plan: Option<OldPlan>,
    /// The `flags` property.
    pub flags: Option<Vec<String>>,
    /// The `limits` property.
    pub limits: Option<AccountLimits>,
    /// The `nullable_read_only` property.
    ///
    /// Set by the server (read-only); never sent.
    pub nullable_read_only: Option<Option<String>>,
    /// The `api_key` property.
    pub api_key: Option<String>,
}
impl ::serde::Serialize for Account {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("password", &self.password);
        map.field("plan", &self.plan);
        map.optional("seats", &self.seats);
        map.optional("legacy_id", &self.legacy_id);
        map.optional("old_plan", &self.old_plan);
        map.optional("flags", &self.flags);
        map.optional("limits", &self.limits);
        map.optional("api_key", &self.api_key);
        map.end()
    }
}
rt::object_deserialize!(Account);
impl<'de> rt::FromMap<'de> for Account {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut password = None;
        let mut plan = None;
        let mut seats = None;
        let mut created_at = None;
        let mut legacy_id = None;
        let mut old_plan = None;
        let mut flags = None;
        let mut limits = None;
        let mut nullable_read_only = None;
        let mut api_key = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut id),
                "name" => map.put(&mut name),
                "password" => map.set(&mut password),
                "plan" => map.put(&mut plan),
                "seats" => map.set(&mut seats),
                "created_at" => map.set(&mut created_at),
                "legacy_id" => map.set(&mut legacy_id),
                "old_plan" => map.set(&mut old_plan),
                "flags" => map.set(&mut flags),
                "limits" => map.set(&mut limits),
                "nullable_read_only" => map.put(&mut nullable_read_only),
                "api_key" => map.set(&mut api_key),
                _ => map.skip(),
            }
        }
        match (name, plan) {
            (Some(name), Some(plan)) => {
                map.done(Self {
                    id,
                    name,
                    password,
                    plan,
                    seats,
                    created_at,
                    legacy_id,
                    old_plan,
                    flags,
                    limits,
                    nullable_read_only,
                    api_key,
                })
            }
            (name, plan) => map.missing(&[("name", name.is_none()), ("plan", plan.is_none())]),
        }
    }
}
/// A deprecated schema.
///
/// **Deprecated** in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OldPlan {
    /// The `name` property.
    pub name: Option<String>,
}
impl ::serde::Serialize for OldPlan {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("name", &self.name);
        map.end()
    }
}
rt::object_deserialize!(OldPlan);
impl<'de> rt::FromMap<'de> for OldPlan {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.set(&mut value.name),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Account/properties/plan` in the spec.
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountLimits {
    /// The `max` property.
    pub max: Option<i64>,
}
impl ::serde::Serialize for AccountLimits {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("max", &self.max);
        map.end()
    }
}
rt::object_deserialize!(AccountLimits);
impl<'de> rt::FromMap<'de> for AccountLimits {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "max" => map.set(&mut value.max),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
