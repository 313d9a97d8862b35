// @generated
// Generated from tests/fixtures/types/nulls_v31.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Nulls31` in the spec.
    pub struct Nulls31 {
        /// The `type_list` property.
        type_list: Option<String> = field("type_list", set),
        /// The `null_first` property.
        null_first: Option<i64> = field("null_first", set),
        /// The `any_of` property.
        any_of: Option<String> = field("any_of", set),
        /// The `any_of_ref` property.
        any_of_ref: Option<Money> = field("any_of_ref", set),
        /// The `one_of` property.
        one_of: Option<Money> = field("one_of", set),
        /// The 3.0 keyword inside a 3.1 document.
        nullable_keyword: Option<String> = field("nullable_keyword", set),
        /// The `opt_type_list` property.
        opt_type_list: Option<Option<i64>> = optional("opt_type_list", put),
        /// The `opt_any_of` property.
        opt_any_of: Option<Option<Money>> = optional("opt_any_of", put),
        /// The `opt_one_of_number` property.
        opt_one_of_number: Option<Option<f64>> = optional("opt_one_of_number", put),
        /// The `opt_nullable_keyword` property.
        opt_nullable_keyword: Option<Option<i64>> = optional("opt_nullable_keyword", put),
        /// The `opt_array_of_nullable` property.
        opt_array_of_nullable: Option<Vec<Option<String>>> = optional("opt_array_of_nullable", set),
        /// The `opt_nullable_array` property.
        opt_nullable_array: Option<Option<Vec<String>>> = optional("opt_nullable_array", put),
        /// The `opt_nullable_object` property.
        opt_nullable_object: Option<Option<Nulls31OptNullableObject>> = optional("opt_nullable_object", put),
        /// The `opt_enum_with_null` property.
        opt_enum_with_null: Option<Option<Nulls31OptEnumWithNull>> = optional("opt_enum_with_null", put),
        /// The `opt_const_null` property.
        opt_const_null: Option<Option<::serde_json::Value>> = optional("opt_const_null", put),
        /// The `opt_only_null` property.
        opt_only_null: Option<Option<::serde_json::Value>> = optional("opt_only_null", put),
        /// The `opt_string_or_integer` property.
        opt_string_or_integer: Option<Nulls31OptStringOrInteger> = optional("opt_string_or_integer", set),
        /// The `opt_string_or_integer_or_null` property.
        opt_string_or_integer_or_null: Option<Option<Nulls31OptStringOrIntegerOrNull>> = optional("opt_string_or_integer_or_null", put),
        /// The `opt_nullable_alias` property.
        opt_nullable_alias: Option<Option<NullableAlias>> = optional("opt_nullable_alias", put),
        /// The `opt_nullable_component` property.
        opt_nullable_component: Option<Option<NullableMoney>> = optional("opt_nullable_component", put),
        /// The `opt_nullable_union` property.
        opt_nullable_union: Option<Option<NullableUnion>> = optional("opt_nullable_union", put),
    }
    /// The schema at `/components/schemas/Money` in the spec.
    pub struct Money {
        /// The `amount` property.
        amount: i64 = field("amount", must),
        /// The `currency` property.
        currency: String = field("currency", must),
    }
}
/// A component that is only a nullable string.
pub type NullableAlias = String;
rt::object! {
    /// A component object that admits null.
    pub struct NullableMoney {
        /// The `amount` property.
        amount: i64 = field("amount", must),
    }
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
rt::object! {
    /// The schema at `/components/schemas/Nulls31/properties/opt_nullable_object` in the spec.
    #[derive(Default)]
    pub struct Nulls31OptNullableObject {
        /// The `label` property.
        label: Option<String> = optional("label", set),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/Nulls31/properties/opt_enum_with_null` in the spec.
    pub enum Nulls31OptEnumWithNull {
        /// `low`
        Low = "low",
        /// `high`
        High = "high",
    }
}
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
pub type Nulls31OptStringOrIntegerOrNull = Nulls31OptStringOrInteger;
