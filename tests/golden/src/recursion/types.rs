// @generated
// Generated from tests/fixtures/types/recursion.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Query` in the spec.
    #[derive(Default)]
    pub struct Query {
        /// The `filter` property.
        filter: Option<Filter> = optional("filter", set),
        /// The `graph` property.
        graph: Option<Node> = optional("graph", set),
        /// The `list` property.
        list: Option<LinkedList> = optional("list", set),
        /// The `expression` property.
        expression: Option<Expression> = optional("expression", set),
        /// The `a` property.
        a: Option<A> = optional("a", set),
    }
    /// A Filter-like recursive schema (conditions combined with $and / $or / $not).
    #[derive(Default)]
    pub struct Filter {
        /// The `$and` property.
        and: Option<Vec<Filter>> = optional("$and", set),
        /// The `$or` property.
        or: Option<Vec<Filter>> = optional("$or", set),
        /// The `$not` property.
        not: Option<Box<Filter>> = optional("$not", set),
        /// The `attribute` property.
        attribute: Option<String> = optional("attribute", set),
        /// The `$eq` property.
        eq: Option<Option<FilterEq>> = optional("$eq", put),
        ..additional_properties: Filter,
    }
}
rt::scored_union! {
    /// Recursion through a union.
    pub enum Expression {
        /// A `Literal`.
        Literal(Literal) = ["value"],
        /// A `BinaryOp`.
        BinaryOp(Box<BinaryOp>) = ["op", "left", "right"],
        /// A `Negation`.
        Negation(Box<Negation>) = ["not"],
    }
}
rt::object! {
    /// The schema at `/components/schemas/Literal` in the spec.
    pub struct Literal {
        /// The `value` property.
        value: f64 = field("value", must),
    }
    /// The schema at `/components/schemas/BinaryOp` in the spec.
    pub struct BinaryOp {
        /// The `op` property.
        op: BinaryOpOp = field("op", must),
        /// The `left` property.
        left: Box<Expression> = field("left", must),
        /// The `right` property.
        right: Box<Expression> = field("right", must),
    }
    /// The schema at `/components/schemas/Negation` in the spec.
    pub struct Negation {
        /// The `not` property.
        not: Box<Expression> = field("not", must),
    }
    /// Mutual recursion through an array.
    pub struct Node {
        /// The `id` property.
        id: String = field("id", must),
        /// The `edges` property.
        edges: Option<Vec<Edge>> = optional("edges", set),
    }
    /// The schema at `/components/schemas/Edge` in the spec.
    pub struct Edge {
        /// The `weight` property.
        weight: Option<f64> = optional("weight", set),
        /// The `target` property.
        target: Node = field("target", must),
    }
    /// Direct self reference, nullable.
    pub struct LinkedList {
        /// The `value` property.
        value: i64 = field("value", must),
        /// The `next` property.
        next: Option<Box<LinkedList>> = field("next", set),
    }
    /// Mutual recursion through required, non-array fields.
    pub struct A {
        /// The `name` property.
        name: String = field("name", must),
        /// The `b` property.
        b: Option<Box<B>> = optional("b", set),
    }
    /// The schema at `/components/schemas/B` in the spec.
    pub struct B {
        /// The `a` property.
        a: Box<A> = field("a", must),
    }
    /// Recursion through a map.
    pub struct Tree {
        /// The `name` property.
        name: String = field("name", must),
        /// The `children` property.
        children: Option<::std::collections::BTreeMap<String, Tree>> = optional("children", set),
    }
}
/// The schema at `/components/schemas/Filter/properties/$eq` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum FilterEq {
    /// A `String`.
    String(String),
    /// A `Number`.
    Number(f64),
    /// A `Boolean`.
    Boolean(bool),
}
rt::string_enum! {
    /// The schema at `/components/schemas/BinaryOp/properties/op` in the spec.
    pub enum BinaryOpOp {
        /// `add`
        Add = "add",
        /// `sub`
        Sub = "sub",
        /// `mul`
        Mul = "mul",
    }
}
