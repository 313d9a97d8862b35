//! The intermediate model: everything the emitters need, decided and named.
//!
//! Architecture invariant: no `openapiv3` types and no `TokenStream`s in here. Every Rust
//! identifier is final (decided by the naming pass in `lower`); emitters never invent names
//! that could clash.

use serde::Serialize;

mod bases;
mod merge;
#[cfg(test)]
mod testing;
mod webhooks;
pub use webhooks::*;

/// One API (one spec document → one provider module).
#[derive(Debug, Serialize)]
pub struct Api {
    /// The Rust module name (`polar`).
    pub module: String,
    /// The spec file, as given (`specs/polar.yaml`).
    pub source: String,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// Servers, in spec order; the first is the default.
    pub servers: Vec<Server>,
    /// Security schemes, in spec order.
    pub security_schemes: Vec<SecurityScheme>,
    /// Operation groups (from the first tag), in order of first appearance.
    pub groups: Vec<Group>,
    /// Every named type.
    pub types: Vec<TypeDef>,
    /// Incoming webhooks: the spec's `webhooks` events and `x-rust-webhooks` signature scheme.
    pub webhooks: Option<Webhooks>,
    /// Lists of the API's objects (structs and unions) inside `types` are `runtime::List`s, not
    /// `Vec`s: set when its types chain too deep for rustc's drop check to walk them cheaply
    /// ([`crate::emit::reach::needs_object_lists`]).
    pub object_lists: bool,
}

impl Api {
    /// The type `id` names through aliases of other named types (`id` itself when it is not
    /// such an alias; a cycle of aliases ends where it started).
    pub fn canonical(&self, mut id: usize) -> usize {
        for _ in 0..=self.types.len() {
            match self.types.get(id).map(|t| &t.kind) {
                Some(TypeKind::Alias(TypeRef::Named(next))) => id = *next,
                _ => break,
            }
        }
        id
    }
}

/// A server URL, possibly with `{variables}`.
#[derive(Debug, Serialize)]
pub struct Server {
    /// The URL template.
    pub url: String,
    /// Its description.
    pub description: Option<String>,
    /// Its variables.
    pub variables: Vec<ServerVariable>,
}

/// A server variable.
#[derive(Debug, Serialize)]
pub struct ServerVariable {
    /// The name in the template.
    pub name: String,
    /// The Rust name of the builder method argument.
    pub rust_name: String,
    /// The default value.
    pub default: String,
    /// Allowed values (empty when free).
    pub allowed: Vec<String>,
    /// Its description.
    pub description: Option<String>,
}

/// A security scheme.
#[derive(Debug, Serialize)]
pub struct SecurityScheme {
    /// The key in `securitySchemes`.
    pub key: String,
    /// The Rust name of the client builder method that sets it.
    pub rust_name: String,
    /// What it is.
    pub kind: SecurityKind,
    /// Its description.
    pub description: Option<String>,
}

/// The kinds of security scheme.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SecurityKind {
    /// `Authorization: Bearer` (HTTP bearer, OAuth2, OpenID Connect).
    Bearer {
        /// Where it comes from: `http`, `oauth2` or `openIdConnect`.
        origin: String,
    },
    /// HTTP basic.
    Basic,
    /// An API key.
    ApiKey {
        /// `header`, `query` or `cookie`.
        location: String,
        /// The header/parameter/cookie name.
        name: String,
    },
}

/// Operations sharing a tag, exposed as `client.<rust_name>()`.
#[derive(Debug, Serialize)]
pub struct Group {
    /// The Rust module and accessor name (`webhooks`).
    pub rust_name: String,
    /// The Rust type of the accessor (`Webhooks`).
    pub type_name: String,
    /// The tag it comes from.
    pub tag: Option<String>,
    /// The tag's description.
    pub description: Option<String>,
    /// Its operations, in spec order.
    pub operations: Vec<Operation>,
}

/// One operation.
#[derive(Debug, Serialize)]
pub struct Operation {
    /// The spec's operationId, or the method name when it has none.
    pub id: String,
    /// The Rust method name (`list_webhook_endpoints`).
    pub rust_name: String,
    /// The request builder type (`ListWebhookEndpoints`).
    pub builder_name: String,
    /// The error enum type (`ListWebhookEndpointsError`).
    pub error_name: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// The path template (`/v1/webhooks/endpoints/{id}`).
    pub path: String,
    /// `summary`.
    pub summary: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `deprecated`.
    pub deprecated: bool,
    /// Parameters, path ones first in path order, then the rest in spec order.
    pub params: Vec<Param>,
    /// The request body.
    pub body: Option<Body>,
    /// The success response used as the return type (the first 2xx).
    pub success: Response,
    /// Every documented success response, when they differ in body: the operation then returns
    /// the enum `success_enum` with one variant per status (`Response::variant`). Empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub successes: Vec<Response>,
    /// The name of the success enum (see `successes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success_enum: Option<String>,
    /// The operation's own server URL (operation-, else path-level `servers`, variables at their
    /// defaults), used instead of the API's unless the user sets the base URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// Documented non-2xx responses (each one a variant of the error enum).
    pub errors: Vec<Response>,
    /// Security alternatives; each an AND of scheme keys with scopes. Empty: no auth.
    pub security: Vec<Vec<(String, Vec<String>)>>,
    /// Pagination: from `x-pagination`, else `x-speakeasy-pagination` or `x-ms-pageable`, else
    /// inferred from the response shape (`lower/pagination/`).
    pub pagination: Option<Pagination>,
    /// The spec opts this non-idempotent operation into retries (`x-retry: true`, or a declared
    /// retry policy).
    pub retry_non_idempotent: bool,
    /// The retry policy the spec declares for it (`x-speakeasy-retries` on the operation, else
    /// on the document); the client's configured retry and per-call overrides win over it.
    pub retry: Option<RetryPolicy>,
    /// Why it is deprecated and what replaces it (`x-speakeasy-deprecation-message`/`-replacement`).
    pub deprecation: Option<Deprecation>,
}

/// A retry policy declared by the spec: exponential backoff.
#[derive(Debug, Serialize, Clone, PartialEq)]
pub struct RetryPolicy {
    /// The wait before the first retry, in milliseconds.
    pub initial_interval_ms: u64,
    /// The longest single wait, in milliseconds.
    pub max_interval_ms: u64,
    /// No retry starts once this many milliseconds have passed since the first attempt.
    pub max_elapsed_ms: u64,
    /// Growth factor of the wait.
    pub exponent: f64,
    /// Status codes retried.
    pub statuses: Vec<u16>,
    /// Status classes retried (`5` for `5XX`).
    pub status_classes: Vec<u16>,
    /// Whether connection errors and timeouts are retried.
    pub connection_errors: bool,
}

/// What the spec says about a deprecated operation beyond `deprecated: true`.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct Deprecation {
    /// The deprecation message.
    pub message: Option<String>,
    /// The operationId of the operation replacing it, as the spec gives it.
    pub replacement: Option<String>,
    /// The replacing method when that operationId names an operation of this API:
    /// (group accessor, method).
    pub replacement_method: Option<(String, String)>,
}

/// Where a parameter goes.
#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In a cookie.
    Cookie,
}

/// Query parameter spelling.
#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum Style {
    /// `form` with `explode: true`.
    FormExploded,
    /// `form` with `explode: false`.
    Form,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`.
    DeepObject,
    /// `simple` (path and header).
    Simple,
    /// `content: application/json`: the value's JSON text.
    Json,
}

/// One parameter.
#[derive(Debug, Serialize)]
pub struct Param {
    /// The name on the wire.
    pub wire_name: String,
    /// The Rust name (argument or setter).
    pub rust_name: String,
    /// Where it goes.
    pub location: Location,
    /// Required parameters are method arguments; optional ones are builder setters.
    pub required: bool,
    /// Its type.
    pub ty: TypeRef,
    /// Its description.
    pub description: Option<String>,
    /// `deprecated`.
    pub deprecated: bool,
    /// How it is spelled.
    pub style: Style,
    /// `allowReserved`: reserved characters are sent as they are (query only).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub allow_reserved: bool,
}

/// A request body.
#[derive(Debug, Serialize)]
pub struct Body {
    /// The content type sent.
    pub content_type: String,
    /// How it is encoded.
    pub encoding: Encoding,
    /// Its type.
    pub ty: TypeRef,
    /// Whether it is required.
    pub required: bool,
    /// Its description.
    pub description: Option<String>,
    /// The Rust name of the argument or setter (`body`).
    pub rust_name: String,
    /// The media type's `encoding` entries (form and multipart bodies), in spec order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldEncoding>,
}

/// How one property of a form or multipart body is written (its `encoding` entry).
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct FieldEncoding {
    /// The property's name.
    pub name: String,
    /// `style`/`explode` (form bodies); `Json` for a JSON `contentType`.
    pub style: Option<Style>,
    /// `contentType` (multipart parts; JSON in a form field).
    pub content_type: Option<String>,
}

/// How a body is encoded or decoded.
#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// JSON.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// Plain text.
    Text,
    /// Raw bytes.
    Binary,
    /// `multipart/form-data`.
    Multipart,
    /// `text/event-stream`: server-sent events, read as they arrive.
    EventStream,
    /// `application/x-ndjson`, JSON Lines: one JSON value per line, read as they arrive.
    JsonLines,
    /// No body.
    Empty,
}

/// Which statuses a response covers.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum StatusSpec {
    /// One code.
    Code(u16),
    /// `4XX`: a class.
    Range(u16),
    /// `default`.
    Default,
}

/// One documented response.
#[derive(Debug, Serialize, Clone)]
pub struct Response {
    /// The statuses it covers.
    pub status: StatusSpec,
    /// The error enum variant name (error responses only).
    pub variant: String,
    /// Its description.
    pub description: Option<String>,
    /// The content type.
    pub content_type: Option<String>,
    /// How the body is decoded.
    pub encoding: Encoding,
    /// The body type (`None`: no body).
    pub ty: Option<TypeRef>,
    /// The status also documents media types of another kind (JSON and text): the response's
    /// `Content-Type` picks the decoder at run time.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub by_content_type: bool,
}

/// How a list operation is walked page by page (`x-pagination`).
#[derive(Debug, Serialize, Clone)]
#[serde(tag = "style", rename_all = "snake_case")]
pub enum Pagination {
    /// Page numbers.
    Page {
        /// Dotted path to the items; `None`: the response declares no items array (only an
        /// extension can say such a list pages), the items are the body's only array-valued
        /// top-level property, found at run time.
        items: Option<String>,
        /// Rust name of the page parameter.
        page: String,
        /// Dotted path to the number of pages.
        total_pages: Option<String>,
        /// Dotted path to a next link.
        next_link: Option<String>,
        /// Rust name of the page size parameter.
        limit: Option<String>,
        /// Dotted path to the total number of items (with `limit`, gives the last page).
        #[serde(skip_serializing_if = "Option::is_none")]
        total_items: Option<String>,
        /// The item type.
        item: TypeRef,
    },
    /// Offset and limit.
    Offset {
        /// Dotted path to the items; `None`: the response declares no items array (only an
        /// extension can say such a list pages), the items are the body's only array-valued
        /// top-level property, found at run time.
        items: Option<String>,
        /// Rust name of the offset parameter.
        offset: String,
        /// Rust name of the limit parameter.
        limit: Option<String>,
        /// Dotted path to "more pages" boolean.
        has_more: Option<String>,
        /// Dotted path to the next offset.
        next_offset: Option<String>,
        /// Dotted path to the total number of items.
        #[serde(skip_serializing_if = "Option::is_none")]
        total: Option<String>,
        /// The item type.
        item: TypeRef,
    },
    /// Opaque cursor.
    Cursor {
        /// Dotted path to the items; `None`: the response declares no items array (only an
        /// extension can say such a list pages), the items are the body's only array-valued
        /// top-level property, found at run time.
        items: Option<String>,
        /// Rust name of the cursor parameter.
        cursor: String,
        /// Dotted path to the next cursor: in the body, or in the last item when `from_last_item`.
        next_cursor: String,
        /// The cursor is a field of the page's last item (`id` → `starting_after`).
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        from_last_item: bool,
        /// Dotted path to "more pages" boolean.
        has_more: Option<String>,
        /// Rust names of parameters dropped once the walk follows a cursor (`page[before]`).
        clear: Vec<String>,
        /// The response declares no cursor: where to look for it at run time (`next_cursor` is
        /// then empty and `has_more` none).
        #[serde(skip_serializing_if = "Option::is_none")]
        search: Option<CursorSearch>,
        /// The item type.
        item: TypeRef,
    },
    /// The response gives the URL of the next page, followed as is.
    NextUrl {
        /// Dotted path to the items; `None`: the response declares no items array (only an
        /// extension can say such a list pages), the items are the body's only array-valued
        /// top-level property, found at run time.
        items: Option<String>,
        /// Where the URL is.
        from: UrlSource,
        /// The item type.
        item: TypeRef,
    },
}

/// Where the cursor of a page is looked for at run time, when the response declares none.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct CursorSearch {
    /// Dotted paths of the next cursor, tried in order; the first non-empty string wins.
    pub cursors: Vec<String>,
    /// Dotted paths of a "more pages" boolean, tried in order; the first boolean found decides.
    pub has_more: Vec<String>,
}

/// Where a next-page URL is found.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
#[serde(tag = "in", content = "path", rename_all = "snake_case")]
pub enum UrlSource {
    /// The `Link` response header, `rel="next"` (RFC 8288).
    LinkHeader,
    /// A string at this dotted path of the body, or an object there with an `href`.
    Body(String),
}

/// A reference to a type: a built-in or a named type.
#[derive(Debug, Serialize, Clone, PartialEq, Eq, PartialOrd, Ord)]
#[serde(tag = "kind", content = "of", rename_all = "snake_case")]
pub enum TypeRef {
    /// Any JSON value.
    Any,
    /// `String`.
    String,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `u32` (`format: uint32`).
    U32,
    /// `u64` (`format: uint64`): the whole unsigned range, above `i64::MAX` too.
    U64,
    /// `f64`.
    F64,
    /// `bool`.
    Bool,
    /// `()`: a response with no body.
    Unit,
    /// Raw bytes.
    Bytes,
    /// A file to send (`format: binary`): bytes, a file on disk or a stream.
    Upload,
    /// `Vec<T>`.
    Array(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// `Option<T>`: the value may be `null`.
    Nullable(Box<TypeRef>),
    /// A named type, by index into `Api::types`.
    Named(usize),
}

/// A named type.
#[derive(Debug, Serialize)]
pub struct TypeDef {
    /// The Rust name.
    pub rust_name: String,
    /// Where it comes from (a JSON pointer).
    pub origin: String,
    /// Its description.
    pub description: Option<String>,
    /// `deprecated`.
    pub deprecated: bool,
    /// What it is.
    pub kind: TypeKind,
    /// An `example` from the spec, as JSON.
    pub example: Option<serde_json::Value>,
}

/// The shapes of named types.
#[derive(Debug, Serialize)]
#[serde(tag = "shape", rename_all = "snake_case")]
pub enum TypeKind {
    /// A struct.
    Struct {
        /// Its fields.
        fields: Vec<Field>,
        /// Extra properties (`additionalProperties`), kept in a flattened map.
        additional: Option<TypeRef>,
        /// The struct this one extends (`allOf` with a component as a member): it holds that
        /// one in a field instead of repeating its fields, which `fields` still lists (every
        /// property, inherited or not). Lowering proposes it; [`Api::settle_bases`] keeps it
        /// only where the other's fields are exactly the inherited ones.
        base: Option<usize>,
        /// Whether a struct extends this one (set by [`Api::settle_bases`]).
        extended: bool,
    },
    /// An enum of constant values, with an `Unknown` catch-all variant.
    Enum {
        /// What the values are.
        base: EnumBase,
        /// The values.
        variants: Vec<EnumVariant>,
    },
    /// A union (`oneOf`/`anyOf`).
    Union {
        /// The branches, tried in order when untagged.
        variants: Vec<UnionVariant>,
        /// `discriminator.propertyName`.
        tag: Option<String>,
    },
    /// Another name for a type.
    Alias(TypeRef),
}

/// A struct field.
#[derive(Debug, Serialize)]
pub struct Field {
    /// The JSON name.
    pub wire_name: String,
    /// The Rust name.
    pub rust_name: String,
    /// Its type (without the `Option` that optionality adds).
    pub ty: TypeRef,
    /// Whether the property is required.
    pub required: bool,
    /// Its description.
    pub description: Option<String>,
    /// `deprecated`.
    pub deprecated: bool,
    /// `readOnly`.
    pub read_only: bool,
    /// `writeOnly`: sent, never received, so it is an `Option` even when required.
    pub write_only: bool,
}

/// The base type of an enum.
#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum EnumBase {
    /// Strings.
    String,
    /// Integers.
    Integer,
    /// Booleans or floats or mixed: kept as JSON values.
    Json,
}

/// An enum value.
#[derive(Debug, Serialize)]
pub struct EnumVariant {
    /// The Rust variant name.
    pub rust_name: String,
    /// The value.
    pub value: serde_json::Value,
    /// Its description (`x-enum-descriptions`, `x-ms-enum` values).
    pub description: Option<String>,
}

/// A union branch.
#[derive(Debug, Serialize)]
pub struct UnionVariant {
    /// The Rust variant name.
    pub rust_name: String,
    /// Its type.
    pub ty: TypeRef,
    /// The discriminator value(s) selecting it (tagged unions).
    pub tag_values: Vec<String>,
}
