// @generated
// Generated from tests/fixtures/types/nulls_v31.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Nulls31` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Nulls31 {
    /// The `type_list` property.
    pub type_list: Option<String>,
    /// The `null_first` property.
    pub null_first: Option<i64>,
    /// The `any_of` property.
    pub any_of: Option<String>,
    /// The `any_of_ref` property.
    pub any_of_ref: Option<Money>,
    /// The `one_of` property.
    pub one_of: Option<Money>,
    /// The 3.0 keyword inside a 3.1 document.
    pub nullable_keyword: Option<String>,
    /// The `opt_type_list` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_type_list: Option<Option<i64>>,
    /// The `opt_any_of` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_any_of: Option<Option<Money>>,
    /// The `opt_one_of_number` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_one_of_number: Option<Option<f64>>,
    /// The `opt_nullable_keyword` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_nullable_keyword: Option<Option<i64>>,
    /// The `opt_array_of_nullable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opt_array_of_nullable: Option<Vec<Option<String>>>,
    /// The `opt_nullable_array` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_nullable_array: Option<Option<Vec<String>>>,
    /// The `opt_nullable_object` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_nullable_object: Option<Option<Nulls31OptNullableObject>>,
    /// The `opt_enum_with_null` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_enum_with_null: Option<Option<Nulls31OptEnumWithNull>>,
    /// The `opt_const_null` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_const_null: Option<Option<::serde_json::Value>>,
    /// The `opt_only_null` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_only_null: Option<Option<::serde_json::Value>>,
    /// The `opt_string_or_integer` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opt_string_or_integer: Option<Nulls31OptStringOrInteger>,
    /// The `opt_string_or_integer_or_null` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_string_or_integer_or_null: Option<Option<Nulls31OptStringOrIntegerOrNull>>,
    /// The `opt_nullable_alias` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_nullable_alias: Option<Option<NullableAlias>>,
    /// The `opt_nullable_component` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_nullable_component: Option<Option<NullableMoney>>,
    /// The `opt_nullable_union` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_nullable_union: Option<Option<NullableUnion>>,
}
/// The schema at `/components/schemas/Money` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Money {
    /// The `amount` property.
    pub amount: i64,
    /// The `currency` property.
    pub currency: String,
}
/// A component that is only a nullable string.
pub type NullableAlias = String;
/// A component object that admits null.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NullableMoney {
    /// The `amount` property.
    pub amount: i64,
}
/// A component union that admits null.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum NullableUnion {
    /// A `String`.
    String(String),
    /// A `StringList`.
    StringList(Vec<String>),
}
/// The schema at `/components/schemas/Nulls31/properties/opt_nullable_object` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Nulls31OptNullableObject {
    /// The `label` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}
/// The schema at `/components/schemas/Nulls31/properties/opt_enum_with_null` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nulls31OptEnumWithNull {
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Nulls31OptEnumWithNull {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::High => "high",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Nulls31OptEnumWithNull {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Nulls31OptEnumWithNull);
/// The schema at `/components/schemas/Nulls31/properties/opt_string_or_integer` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum Nulls31OptStringOrInteger {
    /// A `String`.
    String(String),
    /// A `Integer`.
    Integer(i64),
}
/// The schema at `/components/schemas/Nulls31/properties/opt_string_or_integer_or_null` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum Nulls31OptStringOrIntegerOrNull {
    /// A `String`.
    String(String),
    /// A `Integer`.
    Integer(i64),
}
