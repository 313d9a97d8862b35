// @generated
// Generated from tests/fixtures/types/nulls_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Nulls30` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Nulls30 {
    /// The `req_string` property.
    pub req_string: Option<String>,
    /// The `req_integer` property.
    pub req_integer: Option<i64>,
    /// The `req_ref` property.
    pub req_ref: Option<Point>,
    /// The `req_array` property.
    pub req_array: Option<Vec<i64>>,
    /// The `req_enum` property.
    pub req_enum: Option<Nulls30ReqEnum>,
    /// The `opt_string` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_string: Option<Option<String>>,
    /// The `opt_object` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_object: Option<Option<Nulls30OptObject>>,
    /// The `opt_items_nullable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opt_items_nullable: Option<Vec<Option<String>>>,
    /// The `opt_map_nullable_values` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opt_map_nullable_values: Option<
        ::std::collections::BTreeMap<String, Option<i64>>,
    >,
    /// The `opt_nullable_point` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub opt_nullable_point: Option<Option<NullablePoint>>,
    /// The `req_nullable_point` property.
    pub req_nullable_point: Option<NullablePoint>,
}
/// The schema at `/components/schemas/Point` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Point {
    /// The `x` property.
    pub x: f64,
    /// The `y` property.
    pub y: f64,
}
/// A component that is itself nullable.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NullablePoint {
    /// The `x` property.
    pub x: i64,
    /// The `y` property.
    pub y: i64,
}
/// The schema at `/components/schemas/Nulls30/properties/req_enum` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nulls30ReqEnum {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Nulls30ReqEnum {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Nulls30ReqEnum {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "closed" => Self::Closed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Nulls30ReqEnum);
/// The schema at `/components/schemas/Nulls30/properties/opt_object` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Nulls30OptObject {
    /// The `x` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<i64>,
}
