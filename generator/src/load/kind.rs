//! What kind of object sits at a place in an OpenAPI 3.0 document (schema, parameter, ...),
//! known from the chain of keys that leads to it.

use serde_json::Value;

/// The kind of an object, as far as `$ref` handling cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The document root.
    Root,
    /// `paths` or `webhooks`.
    Paths,
    /// `components`.
    Components,
    /// A map of kinded objects (`components/schemas`, `properties`, ...), holding `Kind`.
    MapOf(Item),
    /// A list of kinded objects (`allOf`, `parameters`, ...).
    ListOf(Item),
    /// One kinded object.
    One(Item),
    /// `content` of a parameter, request body or response.
    Content,
    /// A media type object.
    MediaType,
    /// Something we do not look into.
    Other,
}

/// An object that can be the target of a `$ref`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// A schema.
    Schema,
    /// A parameter.
    Parameter,
    /// A request body.
    RequestBody,
    /// A response.
    Response,
    /// A response header.
    Header,
    /// A path item.
    PathItem,
    /// An operation.
    Operation,
    /// An example.
    Example,
    /// A security scheme.
    SecurityScheme,
}

impl Item {
    /// The `components` section holding this kind, if any.
    pub fn section(self) -> Option<&'static str> {
        Some(match self {
            Item::Schema => "schemas",
            Item::Parameter => "parameters",
            Item::RequestBody => "requestBodies",
            Item::Response => "responses",
            Item::Header => "headers",
            Item::Example => "examples",
            Item::SecurityScheme => "securitySchemes",
            Item::PathItem => "pathItems",
            Item::Operation => return None,
        })
    }
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The kind of `parent[key]`.
pub fn child(parent: Kind, key: &str) -> Kind {
    use Item::*;
    match parent {
        Kind::Root => match key {
            "paths" | "webhooks" => Kind::Paths,
            "components" => Kind::Components,
            _ => Kind::Other,
        },
        Kind::Paths => Kind::One(PathItem),
        Kind::Components => match key {
            "schemas" => Kind::MapOf(Schema),
            "parameters" => Kind::MapOf(Parameter),
            "requestBodies" => Kind::MapOf(RequestBody),
            "responses" => Kind::MapOf(Response),
            "headers" => Kind::MapOf(Header),
            "examples" => Kind::MapOf(Example),
            "securitySchemes" => Kind::MapOf(SecurityScheme),
            "pathItems" => Kind::MapOf(PathItem),
            _ => Kind::Other,
        },
        Kind::MapOf(item) | Kind::ListOf(item) => Kind::One(item),
        Kind::Content => Kind::MediaType,
        Kind::MediaType => match key {
            "schema" => Kind::One(Schema),
            "examples" => Kind::MapOf(Example),
            _ => Kind::Other,
        },
        Kind::One(item) => match (item, key) {
            (PathItem, "parameters") | (Operation, "parameters") => Kind::ListOf(Parameter),
            (PathItem, m) if METHODS.contains(&m) => Kind::One(Operation),
            (Operation, "requestBody") => Kind::One(RequestBody),
            (Operation, "responses") => Kind::MapOf(Response),
            (Parameter, "schema") | (Header, "schema") => Kind::One(Schema),
            (Parameter, "content")
            | (Header, "content")
            | (RequestBody, "content")
            | (Response, "content") => Kind::Content,
            (Parameter, "examples") | (Header, "examples") => Kind::MapOf(Example),
            (Response, "headers") => Kind::MapOf(Header),
            (
                Schema,
                "properties"
                | "patternProperties"
                | "definitions"
                | "$defs"
                | "x-pattern-properties",
            ) => Kind::MapOf(Schema),
            (Schema, "allOf" | "anyOf" | "oneOf" | "prefixItems" | "x-prefix-items") => {
                Kind::ListOf(Schema)
            }
            (Schema, "items" | "not" | "additionalProperties") => Kind::One(Schema),
            _ => Kind::Other,
        },
        Kind::Other => Kind::Other,
    }
}

/// The pointer of the deepest schema on the path `tokens` (a path into `doc`), if any.
pub fn deepest_schema(doc: &Value, tokens: &[String]) -> Option<String> {
    let mut kind = Kind::Root;
    let mut pointer = String::new();
    let mut best = None;
    let mut value = Some(doc);
    for token in tokens {
        kind = child(kind, token);
        crate::diag::push_token(&mut pointer, token);
        value = value.and_then(|v| match v {
            Value::Object(m) => m.get(token),
            Value::Array(a) => token.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        });
        if kind == Kind::One(Item::Schema) && value.is_some_and(Value::is_object) {
            best = Some(pointer.clone());
        }
    }
    best
}
