// @generated
// Generated from tests/fixtures/types/nulls_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Nulls30` in the spec.
#[derive(Debug, Clone, PartialEq)]
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
    pub opt_string: Option<Option<String>>,
    /// The `opt_object` property.
    pub opt_object: Option<Option<Nulls30OptObject>>,
    /// The `opt_items_nullable` property.
    pub opt_items_nullable: Option<Vec<Option<String>>>,
    /// The `opt_map_nullable_values` property.
    pub opt_map_nullable_values: Option<::std::collections::BTreeMap<String, Option<i64>>>,
    /// The `opt_nullable_point` property.
    pub opt_nullable_point: Option<Option<NullablePoint>>,
    /// The `req_nullable_point` property.
    pub req_nullable_point: Option<NullablePoint>,
}
impl ::serde::Serialize for Nulls30 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("req_string", &self.req_string);
        map.field("req_integer", &self.req_integer);
        map.field("req_ref", &self.req_ref);
        map.field("req_array", &self.req_array);
        map.field("req_enum", &self.req_enum);
        map.optional("opt_string", &self.opt_string);
        map.optional("opt_object", &self.opt_object);
        map.optional("opt_items_nullable", &self.opt_items_nullable);
        map.optional("opt_map_nullable_values", &self.opt_map_nullable_values);
        map.optional("opt_nullable_point", &self.opt_nullable_point);
        map.field("req_nullable_point", &self.req_nullable_point);
        map.end()
    }
}
rt::object_deserialize!(Nulls30);
impl<'de> rt::FromMap<'de> for Nulls30 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut req_string = None;
        let mut req_integer = None;
        let mut req_ref = None;
        let mut req_array = None;
        let mut req_enum = None;
        let mut opt_string = None;
        let mut opt_object = None;
        let mut opt_items_nullable = None;
        let mut opt_map_nullable_values = None;
        let mut opt_nullable_point = None;
        let mut req_nullable_point = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "req_string" => map.set(&mut req_string),
                "req_integer" => map.set(&mut req_integer),
                "req_ref" => map.set(&mut req_ref),
                "req_array" => map.set(&mut req_array),
                "req_enum" => map.set(&mut req_enum),
                "opt_string" => map.put(&mut opt_string),
                "opt_object" => map.put(&mut opt_object),
                "opt_items_nullable" => map.set(&mut opt_items_nullable),
                "opt_map_nullable_values" => map.set(&mut opt_map_nullable_values),
                "opt_nullable_point" => map.put(&mut opt_nullable_point),
                "req_nullable_point" => map.set(&mut req_nullable_point),
                _ => map.skip(),
            }
        }
        map.done(Self {
            req_string,
            req_integer,
            req_ref,
            req_array,
            req_enum,
            opt_string,
            opt_object,
            opt_items_nullable,
            opt_map_nullable_values,
            opt_nullable_point,
            req_nullable_point,
        })
    }
}
/// The schema at `/components/schemas/Point` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The `x` property.
    pub x: f64,
    /// The `y` property.
    pub y: f64,
}
impl ::serde::Serialize for Point {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("x", &self.x);
        map.field("y", &self.y);
        map.end()
    }
}
rt::object_deserialize!(Point);
impl<'de> rt::FromMap<'de> for Point {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut x = None;
        let mut y = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "x" => map.put(&mut x),
                "y" => map.put(&mut y),
                _ => map.skip(),
            }
        }
        match (x, y) {
            (Some(x), Some(y)) => map.done(Self { x, y }),
            (x, y) => map.missing(&[("x", x.is_none()), ("y", y.is_none())]),
        }
    }
}
/// A component that is itself nullable.
#[derive(Debug, Clone, PartialEq)]
pub struct NullablePoint {
    /// The `x` property.
    pub x: i64,
    /// The `y` property.
    pub y: i64,
}
impl ::serde::Serialize for NullablePoint {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("x", &self.x);
        map.field("y", &self.y);
        map.end()
    }
}
rt::object_deserialize!(NullablePoint);
impl<'de> rt::FromMap<'de> for NullablePoint {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut x = None;
        let mut y = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "x" => map.put(&mut x),
                "y" => map.put(&mut y),
                _ => map.skip(),
            }
        }
        match (x, y) {
            (Some(x), Some(y)) => map.done(Self { x, y }),
            (x, y) => map.missing(&[("x", x.is_none()), ("y", y.is_none())]),
        }
    }
}
/// The schema at `/components/schemas/Nulls30/properties/req_enum` in the spec.
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Nulls30OptObject {
    /// The `x` property.
    pub x: Option<i64>,
}
impl ::serde::Serialize for Nulls30OptObject {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("x", &self.x);
        map.end()
    }
}
rt::object_deserialize!(Nulls30OptObject);
impl<'de> rt::FromMap<'de> for Nulls30OptObject {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "x" => map.set(&mut value.x),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
