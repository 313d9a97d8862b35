// @generated
// Generated from tests/fixtures/types/nulls_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Nulls30` in the spec.
    pub struct Nulls30 {
        /// The `req_string` property.
        req_string: Option<String> = field("req_string", set),
        /// The `req_integer` property.
        req_integer: Option<i64> = field("req_integer", set),
        /// The `req_ref` property.
        req_ref: Option<Point> = field("req_ref", set),
        /// The `req_array` property.
        req_array: Option<Vec<i64>> = field("req_array", set),
        /// The `req_enum` property.
        req_enum: Option<Nulls30ReqEnum> = field("req_enum", set),
        /// The `opt_string` property.
        opt_string: Option<Option<String>> = optional("opt_string", put),
        /// The `opt_object` property.
        opt_object: Option<Option<Nulls30OptObject>> = optional("opt_object", put),
        /// The `opt_items_nullable` property.
        opt_items_nullable: Option<Vec<Option<String>>> = optional("opt_items_nullable", set),
        /// The `opt_map_nullable_values` property.
        opt_map_nullable_values: Option<::std::collections::BTreeMap<String, Option<i64>>> = optional("opt_map_nullable_values", set),
        /// The `opt_nullable_point` property.
        opt_nullable_point: Option<Option<NullablePoint>> = optional("opt_nullable_point", put),
        /// The `req_nullable_point` property.
        req_nullable_point: Option<NullablePoint> = field("req_nullable_point", set),
    }
    /// The schema at `/components/schemas/Point` in the spec.
    pub struct Point {
        /// The `x` property.
        x: f64 = field("x", must),
        /// The `y` property.
        y: f64 = field("y", must),
    }
    /// A component that is itself nullable.
    pub struct NullablePoint {
        /// The `x` property.
        x: i64 = field("x", must),
        /// The `y` property.
        y: i64 = field("y", must),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/Nulls30/properties/req_enum` in the spec.
    pub enum Nulls30ReqEnum {
        /// `open`
        Open = "open",
        /// `closed`
        Closed = "closed",
    }
}
rt::object! {
    /// The schema at `/components/schemas/Nulls30/properties/opt_object` in the spec.
    #[derive(Default)]
    pub struct Nulls30OptObject {
        /// The `x` property.
        x: Option<i64> = optional("x", set),
    }
}
