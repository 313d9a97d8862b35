// @generated
// Generated from tests/fixtures/types/recursion.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Query` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    /// The `filter` property.
    pub filter: Option<Filter>,
    /// The `graph` property.
    pub graph: Option<Node>,
    /// The `list` property.
    pub list: Option<LinkedList>,
    /// The `expression` property.
    pub expression: Option<Expression>,
    /// The `a` property.
    pub a: Option<A>,
}
impl ::serde::Serialize for Query {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("filter", &self.filter);
        map.optional("graph", &self.graph);
        map.optional("list", &self.list);
        map.optional("expression", &self.expression);
        map.optional("a", &self.a);
        map.end()
    }
}
rt::object_deserialize!(Query);
impl<'de> rt::FromMap<'de> for Query {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "filter" => map.set(&mut value.filter),
                "graph" => map.set(&mut value.graph),
                "list" => map.set(&mut value.list),
                "expression" => map.set(&mut value.expression),
                "a" => map.set(&mut value.a),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// A Filter-like recursive schema (conditions combined with $and / $or / $not).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// The `$and` property.
    pub and: Option<Vec<Filter>>,
    /// The `$or` property.
    pub or: Option<Vec<Filter>>,
    /// The `$not` property.
    pub not: Option<Box<Filter>>,
    /// The `attribute` property.
    pub attribute: Option<String>,
    /// The `$eq` property.
    pub eq: Option<Option<FilterEq>>,
    /// Properties not listed in the spec.
    pub additional_properties: ::std::collections::BTreeMap<String, Filter>,
}
impl ::serde::Serialize for Filter {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("$and", &self.and);
        map.optional("$or", &self.or);
        map.optional("$not", &self.not);
        map.optional("attribute", &self.attribute);
        map.optional("$eq", &self.eq);
        map.flatten(&self.additional_properties);
        map.end()
    }
}
rt::object_deserialize!(Filter);
impl<'de> rt::FromMap<'de> for Filter {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "$and" => map.set(&mut value.and),
                "$or" => map.set(&mut value.or),
                "$not" => map.set(&mut value.not),
                "attribute" => map.set(&mut value.attribute),
                "$eq" => map.put(&mut value.eq),
                _ => map.keep(key, &mut value.additional_properties),
            }
        }
        map.done(value)
    }
}
/// Recursion through a union.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Expression {
    /// A `Literal`.
    Literal(Literal),
    /// A `BinaryOp`.
    BinaryOp(Box<BinaryOp>),
    /// A `Negation`.
    Negation(Box<Negation>),
}
impl<'de> ::serde::Deserialize<'de> for Expression {
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
        if let Ok(decoded) = ::serde_json::from_value::<Literal>(value.clone()) {
            let score = keys.iter().filter(|k| ["value"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::Literal(decoded)));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<Box<BinaryOp>>(value.clone()) {
            let score = keys
                .iter()
                .filter(|k| ["op", "left", "right"].contains(k))
                .count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::BinaryOp(decoded)));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<Box<Negation>>(value.clone()) {
            let score = keys.iter().filter(|k| ["not"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::Negation(decoded)));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches none of the shapes of `Expression`",
            ))
    }
}
/// The schema at `/components/schemas/Literal` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Literal {
    /// The `value` property.
    pub value: f64,
}
impl ::serde::Serialize for Literal {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("value", &self.value);
        map.end()
    }
}
rt::object_deserialize!(Literal);
impl<'de> rt::FromMap<'de> for Literal {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "value" => map.put(&mut value),
                _ => map.skip(),
            }
        }
        match value {
            Some(value) => map.done(Self { value }),
            None => map.missing(&[("value", true)]),
        }
    }
}
/// The schema at `/components/schemas/BinaryOp` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct BinaryOp {
    /// The `op` property.
    pub op: BinaryOpOp,
    /// The `left` property.
    pub left: Box<Expression>,
    /// The `right` property.
    pub right: Box<Expression>,
}
impl ::serde::Serialize for BinaryOp {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("op", &self.op);
        map.field("left", &self.left);
        map.field("right", &self.right);
        map.end()
    }
}
rt::object_deserialize!(BinaryOp);
impl<'de> rt::FromMap<'de> for BinaryOp {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut op = None;
        let mut left = None;
        let mut right = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "op" => map.put(&mut op),
                "left" => map.put(&mut left),
                "right" => map.put(&mut right),
                _ => map.skip(),
            }
        }
        match (op, left, right) {
            (Some(op), Some(left), Some(right)) => map.done(Self { op, left, right }),
            (op, left, right) => {
                map.missing(&[
                    ("op", op.is_none()),
                    ("left", left.is_none()),
                    ("right", right.is_none()),
                ])
            }
        }
    }
}
/// The schema at `/components/schemas/Negation` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Negation {
    /// The `not` property.
    pub not: Box<Expression>,
}
impl ::serde::Serialize for Negation {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("not", &self.not);
        map.end()
    }
}
rt::object_deserialize!(Negation);
impl<'de> rt::FromMap<'de> for Negation {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut not = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "not" => map.put(&mut not),
                _ => map.skip(),
            }
        }
        match not {
            Some(not) => map.done(Self { not }),
            None => map.missing(&[("not", true)]),
        }
    }
}
/// Mutual recursion through an array.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The `id` property.
    pub id: String,
    /// The `edges` property.
    pub edges: Option<Vec<Edge>>,
}
impl ::serde::Serialize for Node {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.optional("edges", &self.edges);
        map.end()
    }
}
rt::object_deserialize!(Node);
impl<'de> rt::FromMap<'de> for Node {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut edges = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                "edges" => map.set(&mut edges),
                _ => map.skip(),
            }
        }
        match id {
            Some(id) => map.done(Self { id, edges }),
            None => map.missing(&[("id", true)]),
        }
    }
}
/// The schema at `/components/schemas/Edge` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The `weight` property.
    pub weight: Option<f64>,
    /// The `target` property.
    pub target: Node,
}
impl ::serde::Serialize for Edge {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("weight", &self.weight);
        map.field("target", &self.target);
        map.end()
    }
}
rt::object_deserialize!(Edge);
impl<'de> rt::FromMap<'de> for Edge {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut weight = None;
        let mut target = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "weight" => map.set(&mut weight),
                "target" => map.put(&mut target),
                _ => map.skip(),
            }
        }
        match target {
            Some(target) => map.done(Self { weight, target }),
            None => map.missing(&[("target", true)]),
        }
    }
}
/// Direct self reference, nullable.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedList {
    /// The `value` property.
    pub value: i64,
    /// The `next` property.
    pub next: Option<Box<LinkedList>>,
}
impl ::serde::Serialize for LinkedList {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("value", &self.value);
        map.field("next", &self.next);
        map.end()
    }
}
rt::object_deserialize!(LinkedList);
impl<'de> rt::FromMap<'de> for LinkedList {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = None;
        let mut next = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "value" => map.put(&mut value),
                "next" => map.set(&mut next),
                _ => map.skip(),
            }
        }
        match value {
            Some(value) => map.done(Self { value, next }),
            None => map.missing(&[("value", true)]),
        }
    }
}
/// Mutual recursion through required, non-array fields.
#[derive(Debug, Clone, PartialEq)]
pub struct A {
    /// The `name` property.
    pub name: String,
    /// The `b` property.
    pub b: Option<Box<B>>,
}
impl ::serde::Serialize for A {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("b", &self.b);
        map.end()
    }
}
rt::object_deserialize!(A);
impl<'de> rt::FromMap<'de> for A {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut b = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "b" => map.set(&mut b),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, b }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/B` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct B {
    /// The `a` property.
    pub a: Box<A>,
}
impl ::serde::Serialize for B {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("a", &self.a);
        map.end()
    }
}
rt::object_deserialize!(B);
impl<'de> rt::FromMap<'de> for B {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut a = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "a" => map.put(&mut a),
                _ => map.skip(),
            }
        }
        match a {
            Some(a) => map.done(Self { a }),
            None => map.missing(&[("a", true)]),
        }
    }
}
/// Recursion through a map.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    /// The `name` property.
    pub name: String,
    /// The `children` property.
    pub children: Option<::std::collections::BTreeMap<String, Tree>>,
}
impl ::serde::Serialize for Tree {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("children", &self.children);
        map.end()
    }
}
rt::object_deserialize!(Tree);
impl<'de> rt::FromMap<'de> for Tree {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut children = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "children" => map.set(&mut children),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, children }),
            None => map.missing(&[("name", true)]),
        }
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
/// The schema at `/components/schemas/BinaryOp/properties/op` in the spec.
#[derive(Debug, Clone)]
pub enum BinaryOpOp {
    /// `add`
    Add,
    /// `sub`
    Sub,
    /// `mul`
    Mul,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl BinaryOpOp {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Sub => "sub",
            Self::Mul => "mul",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for BinaryOpOp {
    fn from(value: &str) -> Self {
        match value {
            "add" => Self::Add,
            "sub" => Self::Sub,
            "mul" => Self::Mul,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(BinaryOpOp);
