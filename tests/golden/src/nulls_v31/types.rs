// @generated
// Generated from tests/fixtures/types/nulls_v31.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Nulls31` in the spec.
#[derive(Debug, Clone, PartialEq)]
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
    pub opt_type_list: Option<Option<i64>>,
    /// The `opt_any_of` property.
    pub opt_any_of: Option<Option<Money>>,
    /// The `opt_one_of_number` property.
    pub opt_one_of_number: Option<Option<f64>>,
    /// The `opt_nullable_keyword` property.
    pub opt_nullable_keyword: Option<Option<i64>>,
    /// The `opt_array_of_nullable` property.
    pub opt_array_of_nullable: Option<Vec<Option<String>>>,
    /// The `opt_nullable_array` property.
    pub opt_nullable_array: Option<Option<Vec<String>>>,
    /// The `opt_nullable_object` property.
    pub opt_nullable_object: Option<Option<Nulls31OptNullableObject>>,
    /// The `opt_enum_with_null` property.
    pub opt_enum_with_null: Option<Option<Nulls31OptEnumWithNull>>,
    /// The `opt_const_null` property.
    pub opt_const_null: Option<Option<::serde_json::Value>>,
    /// The `opt_only_null` property.
    pub opt_only_null: Option<Option<::serde_json::Value>>,
    /// The `opt_string_or_integer` property.
    pub opt_string_or_integer: Option<Nulls31OptStringOrInteger>,
    /// The `opt_string_or_integer_or_null` property.
    pub opt_string_or_integer_or_null: Option<Option<Nulls31OptStringOrIntegerOrNull>>,
    /// The `opt_nullable_alias` property.
    pub opt_nullable_alias: Option<Option<NullableAlias>>,
    /// The `opt_nullable_component` property.
    pub opt_nullable_component: Option<Option<NullableMoney>>,
    /// The `opt_nullable_union` property.
    pub opt_nullable_union: Option<Option<NullableUnion>>,
}
impl ::serde::Serialize for Nulls31 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type_list", &self.type_list);
        map.field("null_first", &self.null_first);
        map.field("any_of", &self.any_of);
        map.field("any_of_ref", &self.any_of_ref);
        map.field("one_of", &self.one_of);
        map.field("nullable_keyword", &self.nullable_keyword);
        map.optional("opt_type_list", &self.opt_type_list);
        map.optional("opt_any_of", &self.opt_any_of);
        map.optional("opt_one_of_number", &self.opt_one_of_number);
        map.optional("opt_nullable_keyword", &self.opt_nullable_keyword);
        map.optional("opt_array_of_nullable", &self.opt_array_of_nullable);
        map.optional("opt_nullable_array", &self.opt_nullable_array);
        map.optional("opt_nullable_object", &self.opt_nullable_object);
        map.optional("opt_enum_with_null", &self.opt_enum_with_null);
        map.optional("opt_const_null", &self.opt_const_null);
        map.optional("opt_only_null", &self.opt_only_null);
        map.optional("opt_string_or_integer", &self.opt_string_or_integer);
        map.optional("opt_string_or_integer_or_null", &self.opt_string_or_integer_or_null);
        map.optional("opt_nullable_alias", &self.opt_nullable_alias);
        map.optional("opt_nullable_component", &self.opt_nullable_component);
        map.optional("opt_nullable_union", &self.opt_nullable_union);
        map.end()
    }
}
rt::object_deserialize!(Nulls31);
impl<'de> rt::FromMap<'de> for Nulls31 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_list = None;
        let mut null_first = None;
        let mut any_of = None;
        let mut any_of_ref = None;
        let mut one_of = None;
        let mut nullable_keyword = None;
        let mut opt_type_list = None;
        let mut opt_any_of = None;
        let mut opt_one_of_number = None;
        let mut opt_nullable_keyword = None;
        let mut opt_array_of_nullable = None;
        let mut opt_nullable_array = None;
        let mut opt_nullable_object = None;
        let mut opt_enum_with_null = None;
        let mut opt_const_null = None;
        let mut opt_only_null = None;
        let mut opt_string_or_integer = None;
        let mut opt_string_or_integer_or_null = None;
        let mut opt_nullable_alias = None;
        let mut opt_nullable_component = None;
        let mut opt_nullable_union = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type_list" => map.set(&mut type_list),
                "null_first" => map.set(&mut null_first),
                "any_of" => map.set(&mut any_of),
                "any_of_ref" => map.set(&mut any_of_ref),
                "one_of" => map.set(&mut one_of),
                "nullable_keyword" => map.set(&mut nullable_keyword),
                "opt_type_list" => map.put(&mut opt_type_list),
                "opt_any_of" => map.put(&mut opt_any_of),
                "opt_one_of_number" => map.put(&mut opt_one_of_number),
                "opt_nullable_keyword" => map.put(&mut opt_nullable_keyword),
                "opt_array_of_nullable" => map.set(&mut opt_array_of_nullable),
                "opt_nullable_array" => map.put(&mut opt_nullable_array),
                "opt_nullable_object" => map.put(&mut opt_nullable_object),
                "opt_enum_with_null" => map.put(&mut opt_enum_with_null),
                "opt_const_null" => map.put(&mut opt_const_null),
                "opt_only_null" => map.put(&mut opt_only_null),
                "opt_string_or_integer" => map.set(&mut opt_string_or_integer),
                "opt_string_or_integer_or_null" => map.put(&mut opt_string_or_integer_or_null),
                "opt_nullable_alias" => map.put(&mut opt_nullable_alias),
                "opt_nullable_component" => map.put(&mut opt_nullable_component),
                "opt_nullable_union" => map.put(&mut opt_nullable_union),
                _ => map.skip(),
            }
        }
        map.done(Self {
            type_list,
            null_first,
            any_of,
            any_of_ref,
            one_of,
            nullable_keyword,
            opt_type_list,
            opt_any_of,
            opt_one_of_number,
            opt_nullable_keyword,
            opt_array_of_nullable,
            opt_nullable_array,
            opt_nullable_object,
            opt_enum_with_null,
            opt_const_null,
            opt_only_null,
            opt_string_or_integer,
            opt_string_or_integer_or_null,
            opt_nullable_alias,
            opt_nullable_component,
            opt_nullable_union,
        })
    }
}
/// The schema at `/components/schemas/Money` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// The `amount` property.
    pub amount: i64,
    /// The `currency` property.
    pub currency: String,
}
impl ::serde::Serialize for Money {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("amount", &self.amount);
        map.field("currency", &self.currency);
        map.end()
    }
}
rt::object_deserialize!(Money);
impl<'de> rt::FromMap<'de> for Money {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut amount = None;
        let mut currency = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "amount" => map.put(&mut amount),
                "currency" => map.put(&mut currency),
                _ => map.skip(),
            }
        }
        match (amount, currency) {
            (Some(amount), Some(currency)) => map.done(Self { amount, currency }),
            (amount, currency) => {
                map.missing(&[("amount", amount.is_none()), ("currency", currency.is_none())])
            }
        }
    }
}
/// A component that is only a nullable string.
pub type NullableAlias = String;
/// A component object that admits null.
#[derive(Debug, Clone, PartialEq)]
pub struct NullableMoney {
    /// The `amount` property.
    pub amount: i64,
}
impl ::serde::Serialize for NullableMoney {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("amount", &self.amount);
        map.end()
    }
}
rt::object_deserialize!(NullableMoney);
impl<'de> rt::FromMap<'de> for NullableMoney {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut amount = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "amount" => map.put(&mut amount),
                _ => map.skip(),
            }
        }
        match amount {
            Some(amount) => map.done(Self { amount }),
            None => map.missing(&[("amount", true)]),
        }
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
/// The schema at `/components/schemas/Nulls31/properties/opt_nullable_object` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Nulls31OptNullableObject {
    /// The `label` property.
    pub label: Option<String>,
}
impl ::serde::Serialize for Nulls31OptNullableObject {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("label", &self.label);
        map.end()
    }
}
rt::object_deserialize!(Nulls31OptNullableObject);
impl<'de> rt::FromMap<'de> for Nulls31OptNullableObject {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "label" => map.set(&mut value.label),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Nulls31/properties/opt_enum_with_null` in the spec.
#[derive(Debug, Clone)]
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
pub type Nulls31OptStringOrIntegerOrNull = Nulls31OptStringOrInteger;
