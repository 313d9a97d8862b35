// @generated
// Generated from tests/fixtures/types/recursion.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Query` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Query {
    /// The `filter` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<Filter>,
    /// The `graph` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graph: Option<Node>,
    /// The `list` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<LinkedList>,
    /// The `expression` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<Expression>,
    /// The `a` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<A>,
}
/// A Filter-like recursive schema (conditions combined with $and / $or / $not).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Filter {
    /// The `$and` property.
    #[serde(rename = "$and", default, skip_serializing_if = "Option::is_none")]
    pub and: Option<Vec<Filter>>,
    /// The `$or` property.
    #[serde(rename = "$or", default, skip_serializing_if = "Option::is_none")]
    pub or: Option<Vec<Filter>>,
    /// The `$not` property.
    #[serde(rename = "$not", default, skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Filter>>,
    /// The `attribute` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// The `$eq` property.
    #[serde(
        rename = "$eq",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub eq: Option<Option<FilterEq>>,
    /// Properties not listed in the spec.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, Filter>,
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Literal {
    /// The `value` property.
    pub value: f64,
}
/// The schema at `/components/schemas/BinaryOp` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BinaryOp {
    /// The `op` property.
    pub op: BinaryOpOp,
    /// The `left` property.
    pub left: Box<Expression>,
    /// The `right` property.
    pub right: Box<Expression>,
}
/// The schema at `/components/schemas/Negation` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Negation {
    /// The `not` property.
    pub not: Box<Expression>,
}
/// Mutual recursion through an array.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Node {
    /// The `id` property.
    pub id: String,
    /// The `edges` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edges: Option<Vec<Edge>>,
}
/// The schema at `/components/schemas/Edge` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Edge {
    /// The `weight` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// The `target` property.
    pub target: Node,
}
/// Direct self reference, nullable.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkedList {
    /// The `value` property.
    pub value: i64,
    /// The `next` property.
    pub next: Option<Box<LinkedList>>,
}
/// Mutual recursion through required, non-array fields.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct A {
    /// The `name` property.
    pub name: String,
    /// The `b` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<Box<B>>,
}
/// The schema at `/components/schemas/B` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct B {
    /// The `a` property.
    pub a: Box<A>,
}
/// Recursion through a map.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tree {
    /// The `name` property.
    pub name: String,
    /// The `children` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<::std::collections::BTreeMap<String, Tree>>,
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
