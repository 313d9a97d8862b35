//! Swagger 2.0 → OpenAPI 3.0.3 lowering.
//!
//! The loader reads a document into a `serde_json::Value`; when the document says `swagger: "2.0"`, this pass
//! rewrites it in place into an OpenAPI 3.0.3-shaped document that the `openapiv3` crate can deserialize:
//!
//! * `schemes`/`host`/`basePath` become one `servers` entry;
//! * `definitions`, `parameters`, `responses` and `securityDefinitions` become `components`;
//! * path-level parameters are merged into every operation; body and formData parameters become a
//!   `requestBody`; the JSON-schema keywords of other parameters and of response headers move into `schema`;
//! * response `schema`s become `content` keyed by the `produces` media types;
//! * `$ref`s to `#/definitions`, `#/responses` and `#/parameters` are redirected into `#/components`;
//! * schema dialect differences (`type: file`, `x-nullable`, string `discriminator`) are rewritten.
//!
//! Every problem is reported to [`Diagnostics`] with a JSON pointer into the original document; the pass never
//! panics, whatever the shape of its input.

use serde_json::{json, Map, Value};

use crate::diag::{escape_token, join, Diagnostics};

/// The HTTP methods a Swagger 2.0 path item may hold.
const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

/// The media type used when neither the operation nor the document lists any.
const DEFAULT_MEDIA_TYPE: &str = "application/json";

/// The keys of a non-body parameter, items object or header that describe its value and so move into `schema`
/// (the vendor extensions naming enum members too: they describe the value's `enum`).
const SCHEMA_KEYWORDS: [&str; 32] = [
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "title",
    "properties",
    "additionalProperties",
    "maxProperties",
    "minProperties",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "nullable",
    "x-nullable",
    "x-ms-enum",
    "x-speakeasy-enums",
    "x-enum-varnames",
    "x-enumNames",
    "x-enum-descriptions",
];

/// Rewrites the Swagger 2.0 document `doc` in place into an OpenAPI 3.0.3 document.
///
/// Problems are reported with `diags.warn(pointer, msg)` (construct dropped or degraded, generation goes on) or
/// `diags.error(pointer, msg)` (cannot go on). Never panics on any input: every field may be missing or of the
/// wrong JSON type; then the pass reports and skips it.
pub fn lower(doc: &mut Value, diags: &mut Diagnostics) {
    let Some(top) = doc.as_object_mut() else {
        diags.error("", "the document is not an object");
        return;
    };
    let top = std::mem::take(top);
    check_version(&top, diags);
    let ctx = Ctx::new(&top);
    let mut out = Map::new();
    out.insert("openapi".into(), json!("3.0.3"));
    match top.get("info") {
        Some(info) => {
            out.insert("info".into(), info.clone());
        }
        None => diags.warn("", "the document has no `info`"),
    }
    out.insert("servers".into(), build_servers(&top, diags));
    let mut components = build_components(&top, &ctx, diags);
    let mut saw_paths = false;
    for (key, value) in top {
        match key.as_str() {
            "swagger" | "info" | "host" | "basePath" | "schemes" | "consumes" | "produces" => {}
            "definitions" | "parameters" | "responses" | "securityDefinitions" => {
                if let Some(c) = components.take() {
                    out.insert("components".into(), c);
                }
            }
            "paths" => {
                saw_paths = true;
                out.insert(key, convert_paths(&ctx, &value, diags));
            }
            "openapi" | "servers" | "components" => diags.warn(
                join("", &[&key]),
                format!("`{key}` is not a Swagger 2.0 field; dropped"),
            ),
            _ => {
                out.insert(key, value);
            }
        }
    }
    if !saw_paths {
        diags.warn("", "the document has no `paths`; it has no operations");
        out.insert("paths".into(), json!({}));
    }
    *doc = Value::Object(out);
}

/// What operations need to know about the whole document.
struct Ctx {
    /// The document's `consumes` list (possibly empty).
    consumes: Vec<String>,
    /// The document's `produces` list (possibly empty).
    produces: Vec<String>,
    /// The document's top-level `parameters`, unconverted, for resolving `#/parameters/X` references.
    params: Map<String, Value>,
}

impl Ctx {
    /// Collects the document-wide settings from the top-level object. Type problems are reported later, where
    /// the fields are converted.
    fn new(top: &Map<String, Value>) -> Self {
        let mut quiet = Diagnostics::default();
        Self {
            consumes: media_list(top.get("consumes"), "/consumes", &mut quiet),
            produces: media_list(top.get("produces"), "/produces", &mut quiet),
            params: top
                .get("parameters")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default(),
        }
    }
}

/// Warns unless the document declares `swagger: "2.0"`.
fn check_version(top: &Map<String, Value>, diags: &mut Diagnostics) {
    if top.get("swagger").and_then(Value::as_str) != Some("2.0") {
        diags.warn(
            "/swagger",
            "expected `swagger: \"2.0\"`; converting as Swagger 2.0 anyway",
        );
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

/// `m[key]` as a string; warns (and yields `None`) when it is present but not a string.
fn opt_str<'a>(
    m: &'a Map<String, Value>,
    key: &str,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<&'a str> {
    let v = m.get(key)?;
    if v.is_null() {
        return None;
    }
    let s = v.as_str();
    if s.is_none() {
        diags.warn(
            join(ptr, &[key]),
            format!("`{key}` is not a string; ignored"),
        );
    }
    s
}

/// `m[key]` as an object; warns (and yields `None`) when it is present but not an object.
fn opt_object<'a>(
    m: &'a Map<String, Value>,
    key: &str,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<&'a Map<String, Value>> {
    let v = m.get(key)?;
    if v.is_null() {
        return None;
    }
    let o = v.as_object();
    if o.is_none() {
        diags.warn(
            join(ptr, &[key]),
            format!("`{key}` is not an object; ignored"),
        );
    }
    o
}

/// A `consumes`/`produces` list; non-string entries and non-list values are reported and skipped.
fn media_list(v: Option<&Value>, ptr: &str, diags: &mut Diagnostics) -> Vec<String> {
    match v {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let s = item.as_str();
                if s.is_none() {
                    diags.warn(
                        join(ptr, &[&i.to_string()]),
                        "entry is not a string; ignored",
                    );
                }
                s.map(str::to_owned)
            })
            .collect(),
        Some(_) => {
            diags.warn(ptr, "not a list; ignored");
            Vec::new()
        }
    }
}

/// The media types that apply: the operation's own list, else the document's, else `application/json`.
fn effective_media(own: &[String], global: &[String]) -> Vec<String> {
    if !own.is_empty() {
        own.to_vec()
    } else if !global.is_empty() {
        global.to_vec()
    } else {
        vec![DEFAULT_MEDIA_TYPE.to_owned()]
    }
}

/// Whether a media type (parameters such as `; charset=` ignored) is `multipart/form-data`.
fn is_multipart(media: &str) -> bool {
    media
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .eq_ignore_ascii_case("multipart/form-data")
}

/// Decodes one JSON pointer token taken from a reference (percent-decoding, then `~1` → `/`, `~0` → `~`).
fn unescape_token(token: &str) -> String {
    let decoded = percent_encoding::percent_decode_str(token).decode_utf8_lossy();
    decoded.replace("~1", "/").replace("~0", "~")
}

/// Redirects a Swagger 2.0 reference into `components` (`#/definitions/X` → `#/components/schemas/X`, and
/// likewise for responses and parameters). The file part of external references is kept; other references are
/// returned unchanged.
fn rewrite_ref(r: &str) -> String {
    let Some((file, fragment)) = r.split_once('#') else {
        return r.to_owned();
    };
    const MOVES: [(&str, &str); 3] = [
        ("/definitions/", "/components/schemas/"),
        ("/responses/", "/components/responses/"),
        ("/parameters/", "/components/parameters/"),
    ];
    for (old, new) in MOVES {
        if let Some(rest) = fragment.strip_prefix(old) {
            return format!("{file}#{new}{rest}");
        }
    }
    r.to_owned()
}

/// `{"$ref": <rewritten>}` for an object holding a `$ref`; `None` (reported) when the `$ref` is not a string.
fn convert_ref(v: &Value, ptr: &str, diags: &mut Diagnostics) -> Option<Value> {
    match v {
        Value::String(r) => Some(json!({ "$ref": rewrite_ref(r) })),
        _ => {
            diags.warn(join(ptr, &["$ref"]), "`$ref` is not a string; dropped");
            None
        }
    }
}

/// Copies the `x-*` extensions of `from` into `to`.
fn copy_extensions(from: &Map<String, Value>, to: &mut Map<String, Value>) {
    for (k, v) in from {
        if k.starts_with("x-") {
            to.insert(k.clone(), v.clone());
        }
    }
}

/// Whether `code` is an HTTP status code (`200`) or range (`2XX`), as OpenAPI 3 accepts them.
fn is_status_code(code: &str) -> bool {
    let b = code.as_bytes();
    match b {
        [first, rest @ ..] if b.len() == 3 && (b'1'..=b'9').contains(first) => {
            rest.iter().all(u8::is_ascii_digit) || rest.eq_ignore_ascii_case(b"XX")
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Servers
// ---------------------------------------------------------------------------------------------------------------

/// The `servers` list built from `schemes`, `host` and `basePath`.
fn build_servers(top: &Map<String, Value>, diags: &mut Diagnostics) -> Value {
    let scheme = pick_scheme(top.get("schemes"), diags);
    let host = opt_str(top, "host", "", diags)
        .map(|h| h.trim_end_matches('/'))
        .filter(|h| !h.is_empty());
    let base = opt_str(top, "basePath", "", diags)
        .map(normalize_base_path)
        .unwrap_or_default();
    let url = match host {
        Some(h) if h.contains("://") => {
            diags.warn("/host", "`host` includes a scheme; used as given");
            format!("{h}{base}")
        }
        Some(h) => format!("{scheme}://{h}{base}"),
        None if base.is_empty() => "/".to_owned(),
        None => base,
    };
    json!([{ "url": url }])
}

/// The scheme to use: `https` if listed, else the first listed, else `https`.
fn pick_scheme(schemes: Option<&Value>, diags: &mut Diagnostics) -> String {
    let listed = media_list(schemes, "/schemes", diags);
    if listed.iter().any(|s| s.eq_ignore_ascii_case("https")) {
        return "https".to_owned();
    }
    listed
        .into_iter()
        .next()
        .unwrap_or_else(|| "https".to_owned())
}

/// `basePath` with exactly one leading slash and no trailing slash (`""` for the root).
fn normalize_base_path(p: &str) -> String {
    let trimmed = p.trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------------------------------------------

/// `components`, from `definitions`, `responses`, `parameters` and `securityDefinitions`; `None` when empty.
fn build_components(top: &Map<String, Value>, ctx: &Ctx, diags: &mut Diagnostics) -> Option<Value> {
    let mut c = Map::new();
    let schemas = component_schemas(top, diags);
    let responses = component_responses(top, ctx, diags);
    let (parameters, bodies) = component_parameters(top, ctx, diags);
    let schemes = component_security(top, diags);
    for (key, map) in [
        ("schemas", schemas),
        ("responses", responses),
        ("parameters", parameters),
        ("requestBodies", bodies),
        ("securitySchemes", schemes),
    ] {
        if !map.is_empty() {
            c.insert(key.into(), Value::Object(map));
        }
    }
    (!c.is_empty()).then_some(Value::Object(c))
}

/// `definitions` → `components.schemas`.
fn component_schemas(top: &Map<String, Value>, diags: &mut Diagnostics) -> Map<String, Value> {
    let mut out = Map::new();
    for (name, schema) in opt_object(top, "definitions", "", diags)
        .into_iter()
        .flatten()
    {
        let mut schema = schema.clone();
        convert_schema(&mut schema, &join("/definitions", &[name]), diags);
        out.insert(name.clone(), schema);
    }
    out
}

/// Top-level `responses` → `components.responses`, with the document's `produces`.
fn component_responses(
    top: &Map<String, Value>,
    ctx: &Ctx,
    diags: &mut Diagnostics,
) -> Map<String, Value> {
    let produces = effective_media(&[], &ctx.produces);
    let mut out = Map::new();
    for (name, response) in opt_object(top, "responses", "", diags)
        .into_iter()
        .flatten()
    {
        let ptr = join("/responses", &[name]);
        if let Some(r) = convert_response(response, &ptr, &produces, diags) {
            out.insert(name.clone(), r);
        }
    }
    out
}

/// Top-level `parameters` → `components.parameters` (non-body) and `components.requestBodies` (body).
/// formData parameters have no component form; they are inlined where they are referenced.
fn component_parameters(
    top: &Map<String, Value>,
    ctx: &Ctx,
    diags: &mut Diagnostics,
) -> (Map<String, Value>, Map<String, Value>) {
    let consumes = effective_media(&[], &ctx.consumes);
    let mut params = Map::new();
    let mut bodies = Map::new();
    for (name, p) in opt_object(top, "parameters", "", diags)
        .into_iter()
        .flatten()
    {
        let ptr = join("/parameters", &[name]);
        let Some(m) = p.as_object() else {
            diags.warn(ptr, "parameter is not an object; dropped");
            continue;
        };
        if let Some(r) = m.get("$ref") {
            if let Some(v) = convert_ref(r, &ptr, diags) {
                params.insert(name.clone(), v);
            }
            continue;
        }
        match m.get("in").and_then(Value::as_str) {
            Some("body") => {
                bodies.insert(name.clone(), body_request(m, &ptr, &consumes, diags));
            }
            Some("formData") => {}
            _ => {
                if let Some(v) = convert_param(m, &ptr, diags) {
                    params.insert(name.clone(), v);
                }
            }
        }
    }
    (params, bodies)
}

/// `securityDefinitions` → `components.securitySchemes`.
fn component_security(top: &Map<String, Value>, diags: &mut Diagnostics) -> Map<String, Value> {
    let mut out = Map::new();
    for (name, def) in opt_object(top, "securityDefinitions", "", diags)
        .into_iter()
        .flatten()
    {
        let ptr = join("/securityDefinitions", &[name]);
        if let Some(s) = convert_security_scheme(def, &ptr, diags) {
            out.insert(name.clone(), s);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// Security schemes
// ---------------------------------------------------------------------------------------------------------------

/// One security definition → one security scheme; `None` (reported) when it cannot be converted.
fn convert_security_scheme(def: &Value, ptr: &str, diags: &mut Diagnostics) -> Option<Value> {
    let Some(m) = def.as_object() else {
        diags.warn(ptr, "security definition is not an object; dropped");
        return None;
    };
    match m.get("type").and_then(Value::as_str) {
        Some("basic") => {
            let mut out = Map::new();
            out.insert("type".into(), json!("http"));
            out.insert("scheme".into(), json!("basic"));
            copy_description_and_extensions(m, &mut out);
            Some(Value::Object(out))
        }
        Some("apiKey") => Some(def.clone()),
        Some("oauth2") => convert_oauth2(m, ptr, diags),
        Some(other) => {
            diags.warn(
                join(ptr, &["type"]),
                format!("unknown security type `{other}`; security definition dropped"),
            );
            None
        }
        None => {
            diags.warn(ptr, "security definition has no `type`; dropped");
            None
        }
    }
}

/// Copies `description` and the `x-*` extensions of `from` into `to`.
fn copy_description_and_extensions(from: &Map<String, Value>, to: &mut Map<String, Value>) {
    if let Some(d) = from.get("description") {
        to.insert("description".into(), d.clone());
    }
    copy_extensions(from, to);
}

/// An `oauth2` security definition (one `flow`) → an `oauth2` scheme with one entry in `flows`.
fn convert_oauth2(m: &Map<String, Value>, ptr: &str, diags: &mut Diagnostics) -> Option<Value> {
    let flow = m.get("flow").and_then(Value::as_str).unwrap_or_default();
    let (name, needs_auth_url, needs_token_url) = match flow {
        "implicit" => ("implicit", true, false),
        "password" => ("password", false, true),
        "application" => ("clientCredentials", false, true),
        "accessCode" => ("authorizationCode", true, true),
        _ => {
            diags.warn(
                join(ptr, &["flow"]),
                format!("unknown oauth2 `flow` `{flow}`; security definition dropped"),
            );
            return None;
        }
    };
    let mut f = Map::new();
    for (key, needed) in [
        ("authorizationUrl", needs_auth_url),
        ("tokenUrl", needs_token_url),
    ] {
        if !needed {
            continue;
        }
        let Some(url) = m.get(key).and_then(Value::as_str) else {
            diags.warn(
                ptr,
                format!("oauth2 flow `{flow}` needs a string `{key}`; security definition dropped"),
            );
            return None;
        };
        f.insert(key.into(), json!(url));
    }
    f.insert("scopes".into(), convert_scopes(m.get("scopes"), ptr, diags));
    let mut out = Map::new();
    out.insert("type".into(), json!("oauth2"));
    out.insert("flows".into(), json!({ name: f }));
    copy_description_and_extensions(m, &mut out);
    Some(Value::Object(out))
}

/// An oauth2 `scopes` map with string descriptions; missing becomes `{}`, other shapes are reported.
fn convert_scopes(v: Option<&Value>, ptr: &str, diags: &mut Diagnostics) -> Value {
    let sptr = join(ptr, &["scopes"]);
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return json!({});
    };
    let Some(m) = v.as_object() else {
        diags.warn(sptr, "`scopes` is not an object; no scopes");
        return json!({});
    };
    let mut out = Map::new();
    for (scope, desc) in m {
        let desc = match desc {
            Value::String(s) => s.clone(),
            _ => {
                diags.warn(
                    join(&sptr, &[scope]),
                    "scope description is not a string; left empty",
                );
                String::new()
            }
        };
        out.insert(scope.clone(), Value::String(desc));
    }
    Value::Object(out)
}

// ---------------------------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------------------------

/// Rewrites a Swagger 2.0 schema (and every nested schema) in place: `type: file` → binary string,
/// `x-nullable` → `nullable`, string `discriminator` → `{propertyName}`, `$ref`s redirected into components.
fn convert_schema(v: &mut Value, ptr: &str, diags: &mut Diagnostics) {
    let Value::Object(m) = v else {
        diags.warn(ptr, "schema is not an object; any value accepted");
        *v = json!({});
        return;
    };
    let old = std::mem::take(m);
    let mut out = Map::new();
    let mut is_file = false;
    for (key, value) in old {
        let kptr = join(ptr, &[&key]);
        match key.as_str() {
            "$ref" => match value {
                Value::String(r) => {
                    out.insert(key, Value::String(rewrite_ref(&r)));
                }
                _ => diags.warn(kptr, "`$ref` is not a string; dropped"),
            },
            "type" => is_file |= convert_type(value, &kptr, &mut out, diags),
            "x-nullable" => match value {
                Value::Bool(true) => {
                    out.insert("nullable".into(), Value::Bool(true));
                }
                Value::Bool(false) => {}
                _ => diags.warn(kptr, "`x-nullable` is not a boolean; ignored"),
            },
            "discriminator" => convert_discriminator(value, &kptr, &mut out, diags),
            "required" if !value.is_array() => {
                diags.warn(kptr, "`required` is not a list of property names; dropped");
            }
            _ => {
                let value = convert_schema_member(&key, value, &kptr, diags);
                if let Some(value) = value {
                    out.insert(key, value);
                }
            }
        }
    }
    if is_file {
        out.insert("format".into(), json!("binary"));
    }
    *m = out;
}

/// Converts the subschemas held by one schema keyword (`properties`, `items`, `allOf`, nested `definitions`...);
/// other keywords are returned unchanged. `None` (reported) drops a keyword whose value has the wrong shape.
fn convert_schema_member(
    key: &str,
    mut value: Value,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<Value> {
    match key {
        "properties" | "definitions" => {
            let Value::Object(props) = &mut value else {
                diags.warn(ptr, format!("`{key}` is not an object; dropped"));
                return None;
            };
            for (name, prop) in props.iter_mut() {
                convert_schema(prop, &join(ptr, &[name]), diags);
            }
        }
        "additionalProperties" if !value.is_boolean() => convert_schema(&mut value, ptr, diags),
        "items" if value.is_array() => {
            diags.warn(
                ptr,
                "tuple-style `items` (a list) is not supported; items accept any value",
            );
            value = json!({});
        }
        "items" | "not" => convert_schema(&mut value, ptr, diags),
        "allOf" | "anyOf" | "oneOf" => {
            let Value::Array(list) = &mut value else {
                diags.warn(ptr, format!("`{key}` is not a list; dropped"));
                return None;
            };
            for (i, sub) in list.iter_mut().enumerate() {
                convert_schema(sub, &join(ptr, &[&i.to_string()]), diags);
            }
        }
        _ => {}
    }
    Some(value)
}

/// Writes a schema's `type` into `out`: `file` becomes `string` (the caller adds `format: binary`; returns
/// `true`), a list with `"null"` becomes `nullable`, other lists and non-strings are reported and dropped.
fn convert_type(
    value: Value,
    ptr: &str,
    out: &mut Map<String, Value>,
    diags: &mut Diagnostics,
) -> bool {
    let (types, nullable) = match value {
        Value::String(t) => (vec![t], false),
        Value::Array(list) if list.iter().all(Value::is_string) => {
            let nullable = list.iter().any(|t| t == "null");
            let types = list
                .into_iter()
                .filter_map(|t| match t {
                    Value::String(s) if s != "null" => Some(s),
                    _ => None,
                })
                .collect();
            (types, nullable)
        }
        _ => {
            diags.warn(ptr, "`type` is not a string; dropped");
            return false;
        }
    };
    if nullable {
        out.insert("nullable".into(), Value::Bool(true));
    }
    match types.as_slice() {
        [] => false,
        [t] if t == "file" => {
            out.insert("type".into(), json!("string"));
            true
        }
        [t] => {
            out.insert("type".into(), json!(t));
            false
        }
        _ => {
            diags.warn(
                ptr,
                format!(
                    "several types ({}) are not supported in OpenAPI 3.0; `type` dropped",
                    types.join(", ")
                ),
            );
            false
        }
    }
}

/// Writes a schema's `discriminator` into `out`: a property name becomes `{propertyName}`; an object is kept.
fn convert_discriminator(
    value: Value,
    ptr: &str,
    out: &mut Map<String, Value>,
    diags: &mut Diagnostics,
) {
    match value {
        Value::String(p) => {
            out.insert("discriminator".into(), json!({ "propertyName": p }));
        }
        Value::Object(d) if d.get("propertyName").is_some_and(Value::is_string) => {
            out.insert("discriminator".into(), Value::Object(d));
        }
        _ => diags.warn(ptr, "`discriminator` is not a property name; dropped"),
    }
}

/// Splits a non-body parameter, items object or header into its JSON-schema keywords (returned as a converted
/// `schema`) and everything else except `collectionFormat` (returned as the first element).
fn split_schema(
    m: &Map<String, Value>,
    ptr: &str,
    what: &str,
    diags: &mut Diagnostics,
) -> (Map<String, Value>, Value) {
    let mut rest = Map::new();
    let mut schema = Map::new();
    for (k, v) in m {
        if SCHEMA_KEYWORDS.contains(&k.as_str()) {
            schema.insert(k.clone(), v.clone());
        } else if k != "collectionFormat" {
            rest.insert(k.clone(), v.clone());
        }
    }
    if schema.is_empty() {
        diags.warn(ptr, format!("{what} has no `type`; any value accepted"));
    }
    if let Some(items) = schema.get_mut("items") {
        strip_nested_collection_formats(items, &join(ptr, &["items"]), diags);
    }
    let mut schema = Value::Object(schema);
    convert_schema(&mut schema, ptr, diags);
    (rest, schema)
}

/// Removes `collectionFormat` from nested items objects (OpenAPI 3 cannot express nested serialization).
fn strip_nested_collection_formats(items: &mut Value, ptr: &str, diags: &mut Diagnostics) {
    let Some(m) = items.as_object_mut() else {
        return;
    };
    if m.contains_key("collectionFormat") {
        let cf = m.get("collectionFormat").cloned();
        m.retain(|k, _| k != "collectionFormat");
        if cf.as_ref().and_then(Value::as_str) != Some("csv") {
            diags.warn(
                join(ptr, &["collectionFormat"]),
                "nested `collectionFormat` is not supported in OpenAPI 3; dropped",
            );
        }
    }
    if let Some(inner) = m.get_mut("items") {
        strip_nested_collection_formats(inner, &join(ptr, &["items"]), diags);
    }
}

/// Whether a converted schema is an array schema.
fn is_array_schema(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("array")
}

// ---------------------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------------------

/// A non-body, non-formData parameter (`query`, `header`, `path`) → an OpenAPI 3 parameter; `None` (reported)
/// when it cannot be converted.
fn convert_param(m: &Map<String, Value>, ptr: &str, diags: &mut Diagnostics) -> Option<Value> {
    let loc = match m.get("in").and_then(Value::as_str) {
        Some(loc @ ("query" | "header" | "path" | "cookie")) => loc,
        Some(other) => {
            diags.warn(
                join(ptr, &["in"]),
                format!("unknown parameter location `{other}`; parameter dropped"),
            );
            return None;
        }
        None => {
            diags.warn(ptr, "parameter has no `in`; dropped");
            return None;
        }
    };
    if !m.get("name").is_some_and(Value::is_string) {
        diags.warn(ptr, "parameter has no `name`; dropped");
        return None;
    }
    let (mut out, schema) = split_schema(m, ptr, "parameter", diags);
    let array = is_array_schema(&schema);
    out.insert("schema".into(), schema);
    if array {
        if let Some((style, explode)) = collection_style(loc, m.get("collectionFormat"), ptr, diags)
        {
            out.insert("style".into(), json!(style));
            out.insert("explode".into(), json!(explode));
        }
    }
    Some(Value::Object(out))
}

/// The OpenAPI 3 `style`/`explode` for an array parameter's Swagger 2.0 `collectionFormat` (default `csv`) at
/// location `loc` (`formData` behaves like `query`). `None` when the location's defaults already match.
fn collection_style(
    loc: &str,
    cf: Option<&Value>,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<(&'static str, bool)> {
    let cptr = join(ptr, &["collectionFormat"]);
    let cf = match cf {
        None | Some(Value::Null) => "csv",
        Some(Value::String(s)) => s.as_str(),
        Some(_) => {
            diags.warn(&cptr, "`collectionFormat` is not a string; treated as csv");
            "csv"
        }
    };
    let query_like = matches!(loc, "query" | "formData");
    match (cf, query_like) {
        ("csv", true) => Some(("form", false)),
        ("multi", true) => Some(("form", true)),
        ("ssv", true) => Some(("spaceDelimited", false)),
        ("pipes", true) => Some(("pipeDelimited", false)),
        ("csv", false) => None,
        ("tsv", true) => {
            diags.warn(
                cptr,
                "`collectionFormat: tsv` has no OpenAPI 3 equivalent; treated as csv",
            );
            Some(("form", false))
        }
        (other, true) => {
            diags.warn(
                cptr,
                format!("unknown `collectionFormat` `{other}`; treated as csv"),
            );
            Some(("form", false))
        }
        (other, false) => {
            diags.warn(
                cptr,
                format!("`collectionFormat: {other}` has no OpenAPI 3 equivalent for {loc} values; treated as csv"),
            );
            None
        }
    }
}

/// A body parameter → a request body with one `content` entry per media type.
fn body_request(
    m: &Map<String, Value>,
    ptr: &str,
    media: &[String],
    diags: &mut Diagnostics,
) -> Value {
    let mut schema = match m.get("schema") {
        Some(s) => s.clone(),
        None => {
            diags.warn(ptr, "body parameter has no `schema`; any value accepted");
            json!({})
        }
    };
    convert_schema(&mut schema, &join(ptr, &["schema"]), diags);
    let mut out = Map::new();
    match m.get("required") {
        None | Some(Value::Null) => {}
        Some(r @ Value::Bool(_)) => {
            out.insert("required".into(), r.clone());
        }
        Some(_) => diags.warn(
            join(ptr, &["required"]),
            "`required` is not a boolean; ignored",
        ),
    }
    if let Some(d) = m.get("description") {
        out.insert("description".into(), d.clone());
    }
    let content: Map<String, Value> = media
        .iter()
        .map(|mt| (mt.clone(), json!({ "schema": schema.clone() })))
        .collect();
    out.insert("content".into(), Value::Object(content));
    copy_extensions(m, &mut out);
    Value::Object(out)
}

/// One formData parameter, ready to become a property of the form request body.
struct FormField {
    /// The field name.
    name: String,
    /// The property schema (description and extensions included).
    schema: Value,
    /// Whether the parameter was required.
    required: bool,
    /// Whether the parameter was `type: file`.
    is_file: bool,
    /// The encoding (`style`/`explode`) for array fields.
    encoding: Option<Value>,
}

/// A formData parameter → a [`FormField`]; `None` (reported) when it has no name.
fn form_field(m: &Map<String, Value>, ptr: &str, diags: &mut Diagnostics) -> Option<FormField> {
    let Some(name) = m.get("name").and_then(Value::as_str) else {
        diags.warn(ptr, "parameter has no `name`; dropped");
        return None;
    };
    let is_file = m.get("type").and_then(Value::as_str) == Some("file");
    let (rest, mut schema) = split_schema(m, ptr, "parameter", diags);
    if let Value::Object(s) = &mut schema {
        copy_description_and_extensions(&rest, s);
    }
    let encoding = is_array_schema(&schema)
        .then(|| collection_style("formData", m.get("collectionFormat"), ptr, diags))
        .flatten()
        .map(|(style, explode)| json!({ "style": style, "explode": explode }));
    Some(FormField {
        name: name.to_owned(),
        schema,
        required: m.get("required") == Some(&Value::Bool(true)),
        is_file,
        encoding,
    })
}

/// The request body made of an operation's formData parameters: one object schema, sent as
/// `multipart/form-data` when `consumes` lists it or a field is a file, else form-urlencoded.
fn form_body(fields: Vec<FormField>, consumes: &[String]) -> Value {
    let multipart = fields.iter().any(|f| f.is_file) || consumes.iter().any(|c| is_multipart(c));
    let media = if multipart {
        "multipart/form-data"
    } else {
        "application/x-www-form-urlencoded"
    };
    let any_required = fields.iter().any(|f| f.required);
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut encoding = Map::new();
    for f in fields {
        if f.required {
            required.push(Value::String(f.name.clone()));
        }
        if let Some(e) = f.encoding {
            encoding.insert(f.name.clone(), e);
        }
        properties.insert(f.name, f.schema);
    }
    let mut schema = Map::new();
    schema.insert("type".into(), json!("object"));
    schema.insert("properties".into(), Value::Object(properties));
    if !required.is_empty() {
        schema.insert("required".into(), Value::Array(required));
    }
    let mut media_obj = Map::new();
    media_obj.insert("schema".into(), Value::Object(schema));
    if !encoding.is_empty() {
        media_obj.insert("encoding".into(), Value::Object(encoding));
    }
    let mut body = Map::new();
    if any_required {
        body.insert("required".into(), Value::Bool(true));
    }
    body.insert("content".into(), json!({ media: media_obj }));
    Value::Object(body)
}

// ---------------------------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------------------------

/// The top-level parameter named by a local `#/parameters/X` reference in `v`, with its name `X`.
fn referenced_param<'a>(ctx: &'a Ctx, v: &Value) -> Option<(&'a str, &'a Value)> {
    let r = v.get("$ref")?.as_str()?;
    let name = unescape_token(r.strip_prefix("#/parameters/")?);
    ctx.params
        .get_key_value(&name)
        .map(|(k, p)| (k.as_str(), p))
}

/// The `(name, in)` identity of a parameter (resolving a local reference); `None` when it has none.
fn param_identity(ctx: &Ctx, v: &Value) -> Option<(String, String)> {
    let target = referenced_param(ctx, v).map_or(v, |(_, p)| p);
    let name = target.get("name")?.as_str()?;
    let loc = target.get("in")?.as_str()?;
    Some((name.to_owned(), loc.to_owned()))
}

/// The entries of a `parameters` list with their pointers; a non-list is reported and yields nothing.
fn param_list<'a>(
    v: Option<&'a Value>,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Vec<(&'a Value, String)> {
    match v {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list
            .iter()
            .enumerate()
            .map(|(i, p)| (p, join(ptr, &[&i.to_string()])))
            .collect(),
        Some(_) => {
            diags.warn(ptr, "`parameters` is not a list; ignored");
            Vec::new()
        }
    }
}

/// The path item's parameters not overridden (same name and `in`) by the operation's, followed by the
/// operation's own.
fn merged_params<'a>(
    ctx: &Ctx,
    path_level: Vec<(&'a Value, String)>,
    own: Vec<(&'a Value, String)>,
) -> Vec<(&'a Value, String)> {
    let own_ids: Vec<(String, String)> = own
        .iter()
        .filter_map(|(p, _)| param_identity(ctx, p))
        .collect();
    let mut out: Vec<(&Value, String)> = path_level
        .into_iter()
        .filter(|(p, _)| match param_identity(ctx, p) {
            Some(id) => !own_ids.contains(&id),
            None => true,
        })
        .collect();
    out.extend(own);
    out
}

/// An operation parameter after lowering.
enum Lowered {
    /// An OpenAPI 3 parameter (or reference to one).
    Param(Value),
    /// A request body (or reference to one).
    Body(Value),
    /// A field of the form request body.
    Form(FormField),
}

/// The media types in effect for one operation.
struct OpMedia {
    /// The operation's own `consumes` (possibly empty).
    own_consumes: Vec<String>,
    /// The `consumes` in effect (own, else document's, else JSON).
    consumes: Vec<String>,
    /// The `produces` in effect (own, else document's, else JSON).
    produces: Vec<String>,
}

/// Lowers one operation parameter; `None` (reported) drops it.
fn lower_param(
    ctx: &Ctx,
    v: &Value,
    ptr: &str,
    media: &OpMedia,
    diags: &mut Diagnostics,
) -> Option<Lowered> {
    let Some(m) = v.as_object() else {
        diags.warn(ptr, "parameter is not an object; dropped");
        return None;
    };
    if let Some(r) = m.get("$ref") {
        return lower_param_ref(ctx, v, r, ptr, media, diags);
    }
    match m.get("in").and_then(Value::as_str) {
        Some("body") => Some(Lowered::Body(body_request(m, ptr, &media.consumes, diags))),
        Some("formData") => form_field(m, ptr, diags).map(Lowered::Form),
        _ => convert_param(m, ptr, diags).map(Lowered::Param),
    }
}

/// Lowers a parameter reference: to a body parameter → a request body reference; to a formData parameter → the
/// inlined field; otherwise a parameter reference into components.
fn lower_param_ref(
    ctx: &Ctx,
    v: &Value,
    r: &Value,
    ptr: &str,
    media: &OpMedia,
    diags: &mut Diagnostics,
) -> Option<Lowered> {
    if let Some((name, target)) = referenced_param(ctx, v) {
        let tptr = join("/parameters", &[name]);
        match (target.get("in").and_then(Value::as_str), target.as_object()) {
            (Some("body"), _) => {
                if !media.own_consumes.is_empty()
                    && media.own_consumes != effective_media(&[], &ctx.consumes)
                {
                    diags.warn(
                        ptr,
                        format!(
                            "the operation's `consumes` differs from the document's; shared request body `{name}` keeps the document's media types"
                        ),
                    );
                }
                let target = format!("#/components/requestBodies/{}", escape_token(name));
                return Some(Lowered::Body(json!({ "$ref": target })));
            }
            (Some("formData"), Some(m)) => return form_field(m, &tptr, diags).map(Lowered::Form),
            _ => {}
        }
    }
    convert_ref(r, ptr, diags).map(Lowered::Param)
}

/// The lowered parameters of an operation and its request body, if any.
fn assemble(
    lowered: Vec<(Lowered, String)>,
    consumes: &[String],
    op_ptr: &str,
    diags: &mut Diagnostics,
) -> (Vec<Value>, Option<Value>) {
    let mut params = Vec::new();
    let mut body = None;
    let mut fields = Vec::new();
    for (l, ptr) in lowered {
        match l {
            Lowered::Param(p) => params.push(p),
            Lowered::Body(b) if body.is_none() => body = Some(b),
            Lowered::Body(_) => diags.warn(ptr, "more than one body parameter; dropped"),
            Lowered::Form(f) => fields.push(f),
        }
    }
    if !fields.is_empty() {
        if body.is_some() {
            diags.warn(
                op_ptr,
                "the operation has both body and formData parameters; formData parameters dropped",
            );
        } else {
            body = Some(form_body(fields, consumes));
        }
    }
    (params, body)
}

/// Converts one operation; `path_params` are the path item's `parameters`.
fn convert_operation(
    ctx: &Ctx,
    op: &Value,
    ptr: &str,
    path_params: Vec<(&Value, String)>,
    diags: &mut Diagnostics,
) -> Option<Value> {
    let Some(m) = op.as_object() else {
        diags.warn(ptr, "operation is not an object; dropped");
        return None;
    };
    let own_consumes = media_list(m.get("consumes"), &join(ptr, &["consumes"]), diags);
    let own_produces = media_list(m.get("produces"), &join(ptr, &["produces"]), diags);
    let media = OpMedia {
        consumes: effective_media(&own_consumes, &ctx.consumes),
        produces: effective_media(&own_produces, &ctx.produces),
        own_consumes,
    };
    let own_params = param_list(m.get("parameters"), &join(ptr, &["parameters"]), diags);
    let lowered = merged_params(ctx, path_params, own_params)
        .into_iter()
        .filter_map(|(p, pptr)| lower_param(ctx, p, &pptr, &media, diags).map(|l| (l, pptr)))
        .collect();
    let (params, body) = assemble(lowered, &media.consumes, ptr, diags);
    let mut pending = Some((params, body));
    let mut out = Map::new();
    for (k, v) in m {
        match k.as_str() {
            "consumes" | "produces" | "schemes" => {}
            "parameters" => place_params(&mut out, pending.take()),
            "responses" => {
                place_params(&mut out, pending.take());
                let converted =
                    convert_responses(v, &join(ptr, &["responses"]), &media.produces, diags);
                out.insert(k.clone(), converted);
            }
            "requestBody" => diags.warn(
                join(ptr, &[k]),
                "`requestBody` is not a Swagger 2.0 field; dropped",
            ),
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    place_params(&mut out, pending.take());
    if !m.contains_key("responses") {
        diags.warn(ptr, "the operation has no `responses`; assuming none");
        out.insert("responses".into(), json!({}));
    }
    Some(Value::Object(out))
}

/// Inserts `parameters` (when not empty) and `requestBody` (when present) into an operation.
fn place_params(out: &mut Map<String, Value>, pending: Option<(Vec<Value>, Option<Value>)>) {
    let Some((params, body)) = pending else {
        return;
    };
    if !params.is_empty() {
        out.insert("parameters".into(), Value::Array(params));
    }
    if let Some(b) = body {
        out.insert("requestBody".into(), b);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------------------------

/// Converts the `paths` object.
fn convert_paths(ctx: &Ctx, paths: &Value, diags: &mut Diagnostics) -> Value {
    let Some(m) = paths.as_object() else {
        diags.warn("/paths", "`paths` is not an object; no operations");
        return json!({});
    };
    let mut out = Map::new();
    for (path, item) in m {
        let ptr = join("/paths", &[path]);
        if path.starts_with("x-") {
            out.insert(path.clone(), item.clone());
        } else if !path.starts_with('/') {
            diags.warn(ptr, "path does not start with `/`; dropped");
        } else if let Some(item) = convert_path_item(ctx, item, &ptr, diags) {
            out.insert(path.clone(), item);
        }
    }
    Value::Object(out)
}

/// Converts one path item: every operation gets the path-level parameters merged in.
fn convert_path_item(ctx: &Ctx, item: &Value, ptr: &str, diags: &mut Diagnostics) -> Option<Value> {
    let Some(m) = item.as_object() else {
        diags.warn(ptr, "path item is not an object; dropped");
        return None;
    };
    let params_ptr = join(ptr, &["parameters"]);
    let mut out = Map::new();
    for (k, v) in m {
        let kptr = join(ptr, &[k]);
        if METHODS.contains(&k.as_str()) {
            let path_params = param_list(m.get("parameters"), &params_ptr, diags);
            if let Some(op) = convert_operation(ctx, v, &kptr, path_params, diags) {
                out.insert(k.clone(), op);
            }
        } else if k == "$ref" {
            match v {
                Value::String(r) => {
                    out.insert(k.clone(), Value::String(rewrite_ref(r)));
                }
                _ => diags.warn(kptr, "`$ref` is not a string; dropped"),
            }
        } else if k.starts_with("x-") {
            out.insert(k.clone(), v.clone());
        } else if k != "parameters" {
            diags.warn(
                kptr,
                format!("`{k}` is not a Swagger 2.0 path item field; dropped"),
            );
        }
    }
    Some(Value::Object(out))
}

// ---------------------------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------------------------

/// Converts an operation's `responses` object.
fn convert_responses(v: &Value, ptr: &str, produces: &[String], diags: &mut Diagnostics) -> Value {
    let Some(m) = v.as_object() else {
        diags.warn(ptr, "`responses` is not an object; assuming none");
        return json!({});
    };
    let mut out = Map::new();
    for (code, r) in m {
        let rptr = join(ptr, &[code]);
        if code.starts_with("x-") {
            out.insert(code.clone(), r.clone());
        } else if code != "default" && !is_status_code(code) {
            diags.warn(
                rptr,
                format!("`{code}` is not a status code; response dropped"),
            );
        } else if let Some(r) = convert_response(r, &rptr, produces, diags) {
            out.insert(code.clone(), r);
        }
    }
    Value::Object(out)
}

/// Converts one response: `schema` → `content` per produced media type, header keywords → header `schema`,
/// `examples` dropped. `None` (reported) drops it.
fn convert_response(
    r: &Value,
    ptr: &str,
    produces: &[String],
    diags: &mut Diagnostics,
) -> Option<Value> {
    let m = match r {
        Value::Object(m) => m,
        Value::Null => {
            diags.warn(ptr, "response is empty; given an empty description");
            return Some(json!({ "description": "" }));
        }
        _ => {
            diags.warn(ptr, "response is not an object; dropped");
            return None;
        }
    };
    if let Some(reference) = m.get("$ref") {
        return convert_ref(reference, ptr, diags);
    }
    let mut out = Map::new();
    for (k, v) in m {
        let kptr = join(ptr, &[k]);
        match k.as_str() {
            "description" => {
                let d = v.as_str().unwrap_or_else(|| {
                    diags.warn(&kptr, "`description` is not a string; left empty");
                    ""
                });
                out.insert(k.clone(), json!(d));
            }
            "schema" => {
                let mut schema = v.clone();
                convert_schema(&mut schema, &kptr, diags);
                let content: Map<String, Value> = produces
                    .iter()
                    .map(|mt| (mt.clone(), json!({ "schema": schema.clone() })))
                    .collect();
                out.insert("content".into(), Value::Object(content));
            }
            "headers" => {
                if let Some(h) = convert_headers(v, &kptr, diags) {
                    out.insert(k.clone(), h);
                }
            }
            "examples" => {}
            _ if k.starts_with("x-") => {
                out.insert(k.clone(), v.clone());
            }
            _ => diags.warn(
                kptr,
                format!("`{k}` is not a Swagger 2.0 response field; dropped"),
            ),
        }
    }
    if !out.contains_key("description") {
        diags.warn(ptr, "response has no `description`; given an empty one");
        out.insert("description".into(), json!(""));
    }
    Some(Value::Object(out))
}

/// Converts a response's `headers`; `None` (reported) when it is not an object.
fn convert_headers(v: &Value, ptr: &str, diags: &mut Diagnostics) -> Option<Value> {
    let Some(m) = v.as_object() else {
        diags.warn(ptr, "`headers` is not an object; dropped");
        return None;
    };
    let mut out = Map::new();
    for (name, h) in m {
        let hptr = join(ptr, &[name]);
        let Some(hm) = h.as_object() else {
            diags.warn(hptr, "header is not an object; dropped");
            continue;
        };
        let (mut header, schema) = split_schema(hm, &hptr, "header", diags);
        if is_array_schema(&schema) {
            collection_style("header", hm.get("collectionFormat"), &hptr, diags);
        }
        header.insert("schema".into(), schema);
        out.insert(name.clone(), Value::Object(header));
    }
    Some(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Diagnostic, Severity};

    /// Runs the pass over `input`, returning the output and the diagnostics.
    fn run(input: Value) -> (Value, Vec<Diagnostic>) {
        let mut diags = Diagnostics::new("test.yaml");
        let mut doc = input;
        lower(&mut doc, &mut diags);
        (doc, diags.into_vec())
    }

    /// Runs the pass, checks that `openapiv3` accepts the output, and returns it with the diagnostics.
    fn run_valid(input: Value) -> (Value, Vec<Diagnostic>) {
        let (out, diags) = run(input);
        if let Err(e) = serde_json::from_value::<openapiv3::OpenAPI>(out.clone()) {
            panic!("openapiv3 rejects the output: {e}\n{out:#}");
        }
        (out, diags)
    }

    /// A minimal Swagger 2.0 document around `paths`, plus the extra top-level fields in `extra`.
    fn swagger(paths: Value, extra: Value) -> Value {
        let mut doc = json!({
            "swagger": "2.0",
            "info": { "title": "T", "version": "1" },
            "paths": paths,
        });
        if let (Some(d), Some(e)) = (doc.as_object_mut(), extra.as_object()) {
            for (k, v) in e {
                d.insert(k.clone(), v.clone());
            }
        }
        doc
    }

    /// The messages of the warnings, for assertions.
    fn messages(diags: &[Diagnostic]) -> Vec<String> {
        diags
            .iter()
            .map(|d| format!("{}: {}", d.pointer, d.message))
            .collect()
    }

    #[test]
    fn servers_prefer_https_then_first_then_https() {
        let (out, diags) = run_valid(swagger(
            json!({}),
            json!({ "schemes": ["http", "https"], "host": "api.example.com", "basePath": "/v1/" }),
        ));
        assert_eq!(
            out["servers"],
            json!([{ "url": "https://api.example.com/v1" }])
        );
        assert!(diags.is_empty(), "{:?}", messages(&diags));

        let (out, _) = run_valid(swagger(
            json!({}),
            json!({ "schemes": ["http", "ws"], "host": "h" }),
        ));
        assert_eq!(out["servers"], json!([{ "url": "http://h" }]));

        let (out, _) = run_valid(swagger(json!({}), json!({ "host": "h", "basePath": "/" })));
        assert_eq!(out["servers"], json!([{ "url": "https://h" }]));
    }

    #[test]
    fn servers_without_host_use_base_path_or_root() {
        let (out, _) = run_valid(swagger(json!({}), json!({ "basePath": "/api" })));
        assert_eq!(out["servers"], json!([{ "url": "/api" }]));
        let (out, _) = run_valid(swagger(json!({}), json!({})));
        assert_eq!(out["servers"], json!([{ "url": "/" }]));
    }

    #[test]
    fn top_level_fields_dropped_and_kept() {
        let (out, diags) = run_valid(swagger(
            json!({}),
            json!({
                "host": "h", "basePath": "/b", "schemes": ["https"],
                "consumes": ["application/json"], "produces": ["application/json"],
                "tags": [{ "name": "pets" }],
                "security": [{ "key": [] }],
                "externalDocs": { "url": "https://docs" },
                "x-vendor": { "a": 1 },
            }),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        assert_eq!(
            out,
            json!({
                "openapi": "3.0.3",
                "info": { "title": "T", "version": "1" },
                "servers": [{ "url": "https://h/b" }],
                "paths": {},
                "tags": [{ "name": "pets" }],
                "security": [{ "key": [] }],
                "externalDocs": { "url": "https://docs" },
                "x-vendor": { "a": 1 },
            })
        );
        let keys: Vec<&String> = out
            .as_object()
            .map(|m| m.keys().collect())
            .unwrap_or_default();
        assert_eq!(keys[..3], ["openapi", "info", "servers"]);
    }

    #[test]
    fn definitions_become_component_schemas() {
        let (out, _) = run_valid(swagger(
            json!({}),
            json!({ "definitions": {
                "Pet": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": { "type": "string" },
                        "owner": { "$ref": "#/definitions/Person" },
                        "tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } },
                    },
                },
                "Person": { "type": "object" },
                "Tag": { "type": "string" },
            }}),
        ));
        assert_eq!(
            out["components"],
            json!({ "schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": { "type": "string" },
                        "owner": { "$ref": "#/components/schemas/Person" },
                        "tags": { "type": "array", "items": { "$ref": "#/components/schemas/Tag" } },
                    },
                },
                "Person": { "type": "object" },
                "Tag": { "type": "string" },
            }})
        );
    }

    #[test]
    fn schema_dialect_rewrites_reach_nested_schemas() {
        let (out, diags) = run_valid(swagger(
            json!({}),
            json!({ "definitions": {
                "Animal": {
                    "type": "object",
                    "discriminator": "kind",
                    "x-nullable": true,
                    "properties": {
                        "kind": { "type": "string" },
                        "photo": { "type": "file" },
                        "notes": { "type": "string", "x-nullable": false },
                        "extra": { "type": "object", "additionalProperties": { "type": "file", "x-nullable": true } },
                        "list": { "type": "array", "items": { "type": "string", "x-nullable": true } },
                    },
                },
                "Dog": { "allOf": [ { "$ref": "#/definitions/Animal" }, { "type": "object", "properties": { "bark": { "type": "file" } } } ] },
                "Maybe": { "type": ["string", "null"] },
            }}),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        assert_eq!(
            out["components"]["schemas"],
            json!({
                "Animal": {
                    "type": "object",
                    "discriminator": { "propertyName": "kind" },
                    "nullable": true,
                    "properties": {
                        "kind": { "type": "string" },
                        "photo": { "type": "string", "format": "binary" },
                        "notes": { "type": "string" },
                        "extra": { "type": "object", "additionalProperties": { "type": "string", "format": "binary", "nullable": true } },
                        "list": { "type": "array", "items": { "type": "string", "nullable": true } },
                    },
                },
                "Dog": { "allOf": [ { "$ref": "#/components/schemas/Animal" }, { "type": "object", "properties": { "bark": { "type": "string", "format": "binary" } } } ] },
                "Maybe": { "type": "string", "nullable": true },
            })
        );
    }

    #[test]
    fn security_definitions_become_security_schemes() {
        let (out, diags) = run_valid(swagger(
            json!({}),
            json!({ "securityDefinitions": {
                "basicAuth": { "type": "basic", "description": "user/pass" },
                "key": { "type": "apiKey", "name": "X-Key", "in": "header" },
                "imp": { "type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a", "scopes": { "r": "read" } },
                "pw": { "type": "oauth2", "flow": "password", "tokenUrl": "https://t", "scopes": {} },
                "app": { "type": "oauth2", "flow": "application", "tokenUrl": "https://t", "scopes": { "w": "write" } },
                "code": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": { "r": "read" }, "x-extra": 1 },
            }}),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        assert_eq!(
            out["components"]["securitySchemes"],
            json!({
                "basicAuth": { "type": "http", "scheme": "basic", "description": "user/pass" },
                "key": { "type": "apiKey", "name": "X-Key", "in": "header" },
                "imp": { "type": "oauth2", "flows": { "implicit": { "authorizationUrl": "https://a", "scopes": { "r": "read" } } } },
                "pw": { "type": "oauth2", "flows": { "password": { "tokenUrl": "https://t", "scopes": {} } } },
                "app": { "type": "oauth2", "flows": { "clientCredentials": { "tokenUrl": "https://t", "scopes": { "w": "write" } } } },
                "code": { "type": "oauth2", "flows": { "authorizationCode": { "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": { "r": "read" } } }, "x-extra": 1 },
            })
        );
    }

    #[test]
    fn broken_security_definitions_are_dropped_with_warnings() {
        let (out, diags) = run_valid(swagger(
            json!({}),
            json!({ "securityDefinitions": {
                "a": { "type": "oauth2", "flow": "accessCode", "tokenUrl": "https://t" },
                "b": { "type": "magic" },
                "c": { "type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a", "scopes": { "r": 3 } },
            }}),
        ));
        assert_eq!(
            messages(&diags),
            [
                "/securityDefinitions/a: oauth2 flow `accessCode` needs a string `authorizationUrl`; security definition dropped",
                "/securityDefinitions/b/type: unknown security type `magic`; security definition dropped",
                "/securityDefinitions/c/scopes/r: scope description is not a string; left empty",
            ]
        );
        assert_eq!(
            out["components"]["securitySchemes"],
            json!({ "c": { "type": "oauth2", "flows": { "implicit": { "authorizationUrl": "https://a", "scopes": { "r": "" } } } } })
        );
    }

    #[test]
    fn top_level_parameters_and_responses_become_components() {
        let (out, diags) = run_valid(swagger(
            json!({}),
            json!({
                "consumes": ["application/json", "application/xml"],
                "produces": ["application/json"],
                "parameters": {
                    "limit": { "name": "limit", "in": "query", "type": "integer", "format": "int32", "default": 10 },
                    "pet": { "name": "pet", "in": "body", "required": true, "description": "The pet.", "schema": { "$ref": "#/definitions/Pet" } },
                    "upload": { "name": "file", "in": "formData", "type": "file" },
                },
                "responses": {
                    "NotFound": { "description": "Not found.", "schema": { "$ref": "#/definitions/Error" } },
                    "Empty": { "description": "Nothing." },
                },
            }),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        assert_eq!(
            out["components"],
            json!({
                "responses": {
                    "NotFound": { "description": "Not found.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    "Empty": { "description": "Nothing." },
                },
                "parameters": {
                    "limit": { "name": "limit", "in": "query", "schema": { "type": "integer", "format": "int32", "default": 10 } },
                },
                "requestBodies": {
                    "pet": {
                        "required": true,
                        "description": "The pet.",
                        "content": {
                            "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } },
                            "application/xml": { "schema": { "$ref": "#/components/schemas/Pet" } },
                        },
                    },
                },
            })
        );
    }

    #[test]
    fn parameter_references_are_redirected() {
        let (out, diags) = run_valid(swagger(
            json!({ "/pets": {
                "post": {
                    "parameters": [
                        { "$ref": "#/parameters/limit" },
                        { "$ref": "#/parameters/pet" },
                        { "$ref": "#/parameters/upload" },
                    ],
                    "responses": {
                        "200": { "$ref": "#/responses/Ok" },
                        "default": { "$ref": "#/responses/Ok" },
                    },
                },
            }}),
            json!({
                "parameters": {
                    "limit": { "name": "limit", "in": "query", "type": "integer" },
                    "pet": { "name": "pet", "in": "body", "schema": { "type": "object" } },
                    "upload": { "name": "file", "in": "formData", "type": "file" },
                },
                "responses": { "Ok": { "description": "ok" } },
            }),
        ));
        // body and formData together: the body wins.
        assert_eq!(
            messages(&diags),
            ["/paths/~1pets/post: the operation has both body and formData parameters; formData parameters dropped"]
        );
        assert_eq!(
            out["paths"]["/pets"]["post"],
            json!({
                "parameters": [{ "$ref": "#/components/parameters/limit" }],
                "requestBody": { "$ref": "#/components/requestBodies/pet" },
                "responses": {
                    "200": { "$ref": "#/components/responses/Ok" },
                    "default": { "$ref": "#/components/responses/Ok" },
                },
            })
        );
    }

    #[test]
    fn form_data_reference_is_inlined() {
        let (out, diags) = run_valid(swagger(
            json!({ "/upload": { "post": {
                "parameters": [{ "$ref": "#/parameters/upload" }, { "name": "note", "in": "formData", "type": "string" }],
                "responses": { "204": { "description": "done" } },
            }}}),
            json!({ "parameters": { "upload": { "name": "file", "in": "formData", "type": "file", "required": true } } }),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        assert_eq!(
            out["paths"]["/upload"]["post"]["requestBody"],
            json!({ "required": true, "content": { "multipart/form-data": { "schema": {
                "type": "object",
                "properties": {
                    "file": { "type": "string", "format": "binary" },
                    "note": { "type": "string" },
                },
                "required": ["file"],
            }}}})
        );
        assert!(out["components"].get("parameters").is_none());
    }

    #[test]
    fn escaped_body_reference_resolves() {
        let (out, diags) = run_valid(swagger(
            json!({ "/n": { "post": {
                "parameters": [{ "$ref": "#/parameters/new%20pet~1v2" }],
                "responses": { "204": { "description": "done" } },
            }}}),
            json!({ "parameters": { "new pet/v2": { "name": "p", "in": "body", "schema": { "type": "object" } } } }),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        assert_eq!(
            out["paths"]["/n"]["post"]["requestBody"],
            json!({ "$ref": "#/components/requestBodies/new pet~1v2" })
        );
        assert!(out["components"]["requestBodies"]
            .get("new pet/v2")
            .is_some());
    }

    #[test]
    fn body_reference_with_own_consumes_warns() {
        let (out, diags) = run_valid(swagger(
            json!({ "/pets": { "put": {
                "consumes": ["application/xml"],
                "parameters": [{ "$ref": "#/parameters/pet" }],
                "responses": { "204": { "description": "done" } },
            }}}),
            json!({ "parameters": { "pet": { "name": "pet", "in": "body", "schema": { "type": "object" } } } }),
        ));
        assert_eq!(
            messages(&diags),
            ["/paths/~1pets/put/parameters/0: the operation's `consumes` differs from the document's; shared request body `pet` keeps the document's media types"]
        );
        assert_eq!(
            out["paths"]["/pets"]["put"]["requestBody"],
            json!({ "$ref": "#/components/requestBodies/pet" })
        );
    }

    #[test]
    fn path_level_parameters_are_merged_operation_wins() {
        let (out, diags) = run_valid(swagger(
            json!({ "/pets/{id}": {
                "parameters": [
                    { "name": "id", "in": "path", "required": true, "type": "string" },
                    { "name": "verbose", "in": "query", "type": "boolean" },
                    { "$ref": "#/parameters/trace" },
                ],
                "get": {
                    "parameters": [
                        { "name": "verbose", "in": "query", "type": "integer", "description": "level" },
                        { "name": "id", "in": "header", "type": "string" },
                    ],
                    "responses": { "200": { "description": "ok" } },
                },
                "delete": {
                    "parameters": [{ "name": "X-Trace", "in": "header", "type": "integer" }],
                    "responses": { "204": { "description": "gone" } },
                },
            }}),
            json!({ "parameters": { "trace": { "name": "X-Trace", "in": "header", "type": "string" } } }),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        let item = &out["paths"]["/pets/{id}"];
        assert!(item.get("parameters").is_none());
        assert_eq!(
            item["get"]["parameters"],
            json!([
                { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } },
                { "$ref": "#/components/parameters/trace" },
                { "name": "verbose", "in": "query", "description": "level", "schema": { "type": "integer" } },
                { "name": "id", "in": "header", "schema": { "type": "string" } },
            ])
        );
        assert_eq!(
            item["delete"]["parameters"],
            json!([
                { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } },
                { "name": "verbose", "in": "query", "schema": { "type": "boolean" } },
                { "name": "X-Trace", "in": "header", "schema": { "type": "integer" } },
            ])
        );
    }

    #[test]
    fn parameter_keywords_move_into_schema() {
        let (out, diags) = run_valid(swagger(
            json!({ "/items": { "get": {
                "parameters": [{
                    "name": "size", "in": "query", "description": "Page size.", "required": false,
                    "type": "integer", "format": "int64", "minimum": 1, "maximum": 100, "default": 20,
                    "enum": [10, 20, 50], "multipleOf": 10, "exclusiveMinimum": false,
                    "allowEmptyValue": true, "x-nullable": true, "x-rust-name": "page_size",
                }],
                "responses": { "200": { "description": "ok" } },
            }}}),
            json!({}),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        assert_eq!(
            out["paths"]["/items"]["get"]["parameters"][0],
            json!({
                "name": "size", "in": "query", "description": "Page size.", "required": false,
                "allowEmptyValue": true, "x-rust-name": "page_size",
                "schema": {
                    "type": "integer", "format": "int64", "minimum": 1, "maximum": 100, "default": 20,
                    "enum": [10, 20, 50], "multipleOf": 10, "exclusiveMinimum": false, "nullable": true,
                },
            })
        );
    }

    #[test]
    fn collection_formats_map_to_style_and_explode() {
        let param = |name: &str, loc: &str, cf: Option<&str>| {
            let mut p =
                json!({ "name": name, "in": loc, "type": "array", "items": { "type": "string" } });
            if let (Some(m), Some(cf)) = (p.as_object_mut(), cf) {
                m.insert("collectionFormat".into(), json!(cf));
            }
            if loc == "path" {
                p["required"] = json!(true);
            }
            p
        };
        let (out, diags) = run_valid(swagger(
            json!({ "/c/{p}": { "get": {
                "parameters": [
                    param("dflt", "query", None),
                    param("csv", "query", Some("csv")),
                    param("multi", "query", Some("multi")),
                    param("ssv", "query", Some("ssv")),
                    param("pipes", "query", Some("pipes")),
                    param("tsv", "query", Some("tsv")),
                    param("p", "path", Some("csv")),
                    param("h", "header", Some("pipes")),
                    { "name": "scalar", "in": "query", "type": "string", "collectionFormat": "multi" },
                ],
                "responses": { "200": { "description": "ok" } },
            }}}),
            json!({}),
        ));
        assert_eq!(
            messages(&diags),
            [
                "/paths/~1c~1{p}/get/parameters/5/collectionFormat: `collectionFormat: tsv` has no OpenAPI 3 equivalent; treated as csv",
                "/paths/~1c~1{p}/get/parameters/7/collectionFormat: `collectionFormat: pipes` has no OpenAPI 3 equivalent for header values; treated as csv",
            ]
        );
        let params = &out["paths"]["/c/{p}"]["get"]["parameters"];
        let style = |i: usize| {
            (
                params[i].get("style").cloned(),
                params[i].get("explode").cloned(),
            )
        };
        let s = |st: &str, ex: bool| (Some(json!(st)), Some(json!(ex)));
        assert_eq!(style(0), s("form", false));
        assert_eq!(style(1), s("form", false));
        assert_eq!(style(2), s("form", true));
        assert_eq!(style(3), s("spaceDelimited", false));
        assert_eq!(style(4), s("pipeDelimited", false));
        assert_eq!(style(5), s("form", false));
        assert_eq!(style(6), (None, None));
        assert_eq!(style(7), (None, None));
        assert_eq!(style(8), (None, None));
        assert_eq!(
            params[2],
            json!({ "name": "multi", "in": "query", "schema": { "type": "array", "items": { "type": "string" } }, "style": "form", "explode": true })
        );
    }

    #[test]
    fn body_parameter_becomes_request_body_with_consumes() {
        let body = json!({ "name": "pet", "in": "body", "required": true, "description": "A pet.", "schema": { "$ref": "#/definitions/Pet" } });
        let paths = json!({ "/pets": {
            "post": { "consumes": ["application/xml"], "parameters": [body.clone()], "responses": { "201": { "description": "made" } } },
            "put": { "parameters": [body], "responses": { "204": { "description": "done" } } },
        }});
        let (out, _) = run_valid(swagger(
            paths.clone(),
            json!({ "consumes": ["text/plain"] }),
        ));
        let pets = &out["paths"]["/pets"];
        let schema = json!({ "$ref": "#/components/schemas/Pet" });
        assert_eq!(
            pets["post"]["requestBody"],
            json!({ "required": true, "description": "A pet.", "content": { "application/xml": { "schema": schema } } })
        );
        assert_eq!(
            pets["put"]["requestBody"]["content"],
            json!({ "text/plain": { "schema": schema } })
        );
        assert!(pets["put"].get("parameters").is_none());
        assert!(pets["post"].get("consumes").is_none());

        let (out, _) = run_valid(swagger(paths, json!({})));
        assert_eq!(
            out["paths"]["/pets"]["put"]["requestBody"]["content"],
            json!({ "application/json": { "schema": schema } })
        );
    }

    #[test]
    fn form_data_becomes_one_object_body() {
        let fields = json!([
            { "name": "name", "in": "formData", "type": "string", "required": true, "description": "Pet name." },
            { "name": "tags", "in": "formData", "type": "array", "items": { "type": "string" }, "collectionFormat": "multi" },
            { "name": "id", "in": "query", "type": "integer" },
        ]);
        let (out, diags) = run_valid(swagger(
            json!({ "/form": { "post": { "parameters": fields.clone(), "responses": { "200": { "description": "ok" } } } } }),
            json!({}),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        let op = &out["paths"]["/form"]["post"];
        assert_eq!(
            op["parameters"],
            json!([{ "name": "id", "in": "query", "schema": { "type": "integer" } }])
        );
        assert_eq!(
            op["requestBody"],
            json!({ "required": true, "content": { "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "name": { "type": "string", "description": "Pet name." },
                        "tags": { "type": "array", "items": { "type": "string" } },
                    },
                    "required": ["name"],
                },
                "encoding": { "tags": { "style": "form", "explode": true } },
            }}})
        );

        // consumes listing multipart/form-data selects it.
        let (out, _) = run_valid(swagger(
            json!({ "/form": { "post": { "consumes": ["multipart/form-data"], "parameters": fields, "responses": { "200": { "description": "ok" } } } } }),
            json!({}),
        ));
        let content = &out["paths"]["/form"]["post"]["requestBody"]["content"];
        assert!(content.get("multipart/form-data").is_some(), "{content}");
    }

    #[test]
    fn form_data_file_selects_multipart() {
        let (out, _) = run_valid(swagger(
            json!({ "/up": { "post": {
                "consumes": ["application/x-www-form-urlencoded"],
                "parameters": [{ "name": "f", "in": "formData", "type": "file" }],
                "responses": { "200": { "description": "ok" } },
            }}}),
            json!({}),
        ));
        assert_eq!(
            out["paths"]["/up"]["post"]["requestBody"],
            json!({ "content": { "multipart/form-data": { "schema": {
                "type": "object", "properties": { "f": { "type": "string", "format": "binary" } },
            }}}})
        );
    }

    #[test]
    fn responses_get_content_and_header_schemas() {
        let (out, diags) = run_valid(swagger(
            json!({ "/r": { "get": {
                "produces": ["application/json", "application/xml"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "schema": { "type": "array", "items": { "$ref": "#/definitions/Pet" } },
                        "headers": {
                            "X-Rate": { "type": "integer", "format": "int32", "description": "Calls left." },
                            "X-Ids": { "type": "array", "items": { "type": "string" }, "collectionFormat": "csv" },
                        },
                        "examples": { "application/json": [{ "id": 1 }] },
                        "x-note": "kept",
                    },
                    "204": { "description": "nothing" },
                    "default": { "description": "error", "schema": { "$ref": "#/definitions/Error" } },
                },
            }}}),
            json!({ "produces": ["text/plain"] }),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        let pets = json!({ "type": "array", "items": { "$ref": "#/components/schemas/Pet" } });
        let error = json!({ "$ref": "#/components/schemas/Error" });
        assert_eq!(
            out["paths"]["/r"]["get"]["responses"],
            json!({
                "200": {
                    "description": "ok",
                    "content": { "application/json": { "schema": pets }, "application/xml": { "schema": pets } },
                    "headers": {
                        "X-Rate": { "description": "Calls left.", "schema": { "type": "integer", "format": "int32" } },
                        "X-Ids": { "schema": { "type": "array", "items": { "type": "string" } } },
                    },
                    "x-note": "kept",
                },
                "204": { "description": "nothing" },
                "default": {
                    "description": "error",
                    "content": { "application/json": { "schema": error }, "application/xml": { "schema": error } },
                },
            })
        );
    }

    #[test]
    fn responses_use_global_produces_then_json() {
        let paths = json!({ "/r": { "get": { "responses": { "200": { "description": "ok", "schema": { "type": "string" } } } } } });
        let (out, _) = run_valid(swagger(paths.clone(), json!({ "produces": ["text/csv"] })));
        assert_eq!(
            out["paths"]["/r"]["get"]["responses"]["200"]["content"],
            json!({ "text/csv": { "schema": { "type": "string" } } })
        );
        let (out, _) = run_valid(swagger(paths, json!({})));
        assert_eq!(
            out["paths"]["/r"]["get"]["responses"]["200"]["content"],
            json!({ "application/json": { "schema": { "type": "string" } } })
        );
    }

    #[test]
    fn operation_fields_dropped_and_kept() {
        let (out, diags) = run_valid(swagger(
            json!({ "/ops": {
                "x-path-ext": true,
                "get": {
                    "tags": ["t"], "summary": "s", "description": "d", "operationId": "listOps",
                    "externalDocs": { "url": "https://d" }, "deprecated": true,
                    "schemes": ["http"], "consumes": ["application/json"], "produces": ["application/json"],
                    "security": [{ "oauth": ["read"] }],
                    "x-rust-name": "ops_list",
                    "x-pagination": { "style": "offset", "items": "ops" },
                    "responses": { "200": { "description": "ok" } },
                },
            }}),
            json!({}),
        ));
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        assert_eq!(
            out["paths"]["/ops"],
            json!({
                "x-path-ext": true,
                "get": {
                    "tags": ["t"], "summary": "s", "description": "d", "operationId": "listOps",
                    "externalDocs": { "url": "https://d" }, "deprecated": true,
                    "security": [{ "oauth": ["read"] }],
                    "x-rust-name": "ops_list",
                    "x-pagination": { "style": "offset", "items": "ops" },
                    "responses": { "200": { "description": "ok" } },
                },
            })
        );
    }

    #[test]
    fn refs_rewritten_with_file_part_kept() {
        assert_eq!(rewrite_ref("#/definitions/Pet"), "#/components/schemas/Pet");
        assert_eq!(
            rewrite_ref("#/responses/NotFound"),
            "#/components/responses/NotFound"
        );
        assert_eq!(
            rewrite_ref("#/parameters/limit"),
            "#/components/parameters/limit"
        );
        assert_eq!(
            rewrite_ref("common.yaml#/definitions/Err"),
            "common.yaml#/components/schemas/Err"
        );
        assert_eq!(
            rewrite_ref("#/definitions/Pet/properties/id"),
            "#/components/schemas/Pet/properties/id"
        );
        assert_eq!(rewrite_ref("other.yaml"), "other.yaml");
        assert_eq!(rewrite_ref("#/x-things/A"), "#/x-things/A");
    }

    #[test]
    fn degraded_shapes_are_reported() {
        let (out, diags) = run_valid(swagger(
            json!({
                "/a": { "get": {
                    "parameters": [
                        { "name": "q", "in": "query" },
                        { "name": "b", "in": "body" },
                        { "name": "b2", "in": "body", "schema": { "type": "string" } },
                        { "name": "c", "in": "nowhere", "type": "string" },
                        { "in": "query", "type": "string" },
                        "junk",
                    ],
                    "responses": { "200": null, "201": { "schema": { "type": "string" } }, "bad": { "description": "x" } },
                }},
                "/b": { "post": {} },
                "nope": {},
            }),
            json!({ "definitions": { "D": { "type": ["string", "integer"], "required": true, "items": [{ "type": "string" }] } } }),
        ));
        assert_eq!(
            messages(&diags),
            [
                "/definitions/D/type: several types (string, integer) are not supported in OpenAPI 3.0; `type` dropped",
                "/definitions/D/required: `required` is not a list of property names; dropped",
                "/definitions/D/items: tuple-style `items` (a list) is not supported; items accept any value",
                "/paths/~1a/get/parameters/0: parameter has no `type`; any value accepted",
                "/paths/~1a/get/parameters/1: body parameter has no `schema`; any value accepted",
                "/paths/~1a/get/parameters/3/in: unknown parameter location `nowhere`; parameter dropped",
                "/paths/~1a/get/parameters/4: parameter has no `name`; dropped",
                "/paths/~1a/get/parameters/5: parameter is not an object; dropped",
                "/paths/~1a/get/parameters/2: more than one body parameter; dropped",
                "/paths/~1a/get/responses/200: response is empty; given an empty description",
                "/paths/~1a/get/responses/201: response has no `description`; given an empty one",
                "/paths/~1a/get/responses/bad: `bad` is not a status code; response dropped",
                "/paths/~1b/post: the operation has no `responses`; assuming none",
                "/paths/nope: path does not start with `/`; dropped",
            ]
        );
        assert!(diags.iter().all(|d| d.severity == Severity::Warning));
        assert_eq!(out["components"]["schemas"]["D"], json!({ "items": {} }));
        assert_eq!(
            out["paths"]["/a"]["get"]["parameters"],
            json!([{ "name": "q", "in": "query", "schema": {} }])
        );
        assert_eq!(
            out["paths"]["/a"]["get"]["requestBody"],
            json!({ "content": { "application/json": { "schema": {} } } })
        );
    }

    #[test]
    fn non_object_document_is_an_error() {
        let (out, diags) = run(json!([1, 2]));
        assert_eq!(out, json!([1, 2]));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].severity, Severity::Error);
    }

    /// Wrong JSON types in every position the pass looks at.
    #[test]
    fn garbage_shapes_do_not_panic() {
        let garbage = [
            json!(null),
            json!("swagger"),
            json!({}),
            json!({ "swagger": 2, "info": 3, "host": [], "basePath": {}, "schemes": "https", "consumes": 1, "produces": {},
                    "definitions": [], "parameters": "x", "responses": 4, "securityDefinitions": true, "paths": [] }),
            json!({ "swagger": "2.0", "schemes": [1, null], "host": "", "basePath": 7,
                    "definitions": { "A": 1, "B": { "type": 5, "properties": [], "items": "x", "allOf": {}, "discriminator": 3,
                                                  "x-nullable": "yes", "$ref": 2, "additionalProperties": "no", "not": [] } },
                    "parameters": { "p": 1, "q": { "in": 1 }, "r": { "$ref": 5 }, "s": { "in": "body", "schema": 3, "required": "y" } },
                    "responses": { "a": [], "b": { "headers": 3, "schema": "s", "description": 1 }, "c": { "headers": { "h": 1, "i": { "type": [] } } } },
                    "securityDefinitions": { "a": 1, "b": { "type": 1 }, "c": { "type": "oauth2", "flow": 3, "scopes": 1 },
                                            "d": { "type": "oauth2", "flow": "implicit", "authorizationUrl": "u", "scopes": [] } },
                    "paths": { "/a": 1, "/b": { "parameters": 1, "get": 1, "put": { "parameters": {}, "responses": [] },
                               "post": { "parameters": [1, [], { "$ref": 1 }, { "$ref": "#/parameters/s" }, { "$ref": "#/parameters/q" },
                                                        { "in": "formData" }, { "in": "formData", "name": 1 },
                                                        { "in": "query", "name": "a", "type": "array", "items": 1, "collectionFormat": 5 }],
                                         "consumes": "x", "produces": [1], "responses": { "200": 1, "default": { "$ref": [] } } },
                               "$ref": 3, "trace": {} } } }),
        ];
        for doc in garbage {
            let _ = run(doc);
        }
    }

    /// A small deterministic generator of random JSON built from Swagger vocabulary, to shake out panics.
    struct Noise(u64);

    impl Noise {
        /// The next pseudo-random number.
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }

        /// A random value of at most `depth` levels.
        fn value(&mut self, depth: u32) -> Value {
            const KEYS: [&str; 40] = [
                "swagger",
                "info",
                "host",
                "basePath",
                "schemes",
                "consumes",
                "produces",
                "paths",
                "definitions",
                "parameters",
                "responses",
                "securityDefinitions",
                "/p",
                "/q/{id}",
                "get",
                "post",
                "put",
                "name",
                "in",
                "type",
                "items",
                "schema",
                "$ref",
                "required",
                "collectionFormat",
                "headers",
                "description",
                "flow",
                "scopes",
                "properties",
                "allOf",
                "x-nullable",
                "discriminator",
                "additionalProperties",
                "200",
                "default",
                "authorizationUrl",
                "tokenUrl",
                "format",
                "examples",
            ];
            const STRINGS: [&str; 16] = [
                "2.0",
                "body",
                "formData",
                "query",
                "path",
                "header",
                "file",
                "array",
                "object",
                "multi",
                "tsv",
                "oauth2",
                "accessCode",
                "#/parameters/a",
                "#/definitions/a",
                "multipart/form-data",
            ];
            let pick = |n: &mut Self, len: usize| usize::try_from(n.next()).unwrap_or(0) % len;
            match (self.next() % if depth == 0 { 4 } else { 6 }, depth) {
                (0, _) => Value::Null,
                (1, _) => json!(self.next() & 1 == 1),
                (2, _) => json!(self.next() % 300),
                (3, _) => json!(STRINGS[pick(self, STRINGS.len())]),
                (4, d) => {
                    let n = self.next() % 4;
                    Value::Array((0..n).map(|_| self.value(d - 1)).collect())
                }
                (_, d) => {
                    let n = self.next() % 6;
                    let mut m = Map::new();
                    for _ in 0..n {
                        let k = KEYS[pick(self, KEYS.len())];
                        m.insert(k.to_owned(), self.value(d - 1));
                    }
                    if m.contains_key("a") || self.next() % 3 == 1 {
                        m.insert("a".into(), self.value(d - 1));
                    }
                    Value::Object(m)
                }
            }
        }
    }

    #[test]
    fn random_shapes_do_not_panic() {
        let mut noise = Noise(42);
        for _ in 0..3000 {
            let mut doc = noise.value(6);
            if let Some(m) = doc.as_object_mut() {
                m.insert("swagger".into(), json!("2.0"));
            }
            let _ = run(doc);
        }
    }

    /// Replaces one random node of `v` (found by a random walk) with noise.
    fn mutate(v: &mut Value, noise: &mut Noise) {
        let len = match v {
            Value::Object(m) => m.len(),
            Value::Array(a) => a.len(),
            _ => 0,
        };
        if len == 0 || noise.next() % 4 == 1 {
            *v = noise.value(3);
            return;
        }
        let i = usize::try_from(noise.next()).unwrap_or(0) % len;
        let child = match v {
            Value::Object(m) => m.values_mut().nth(i),
            Value::Array(a) => a.get_mut(i),
            _ => None,
        };
        if let Some(child) = child {
            mutate(child, noise);
        }
    }

    #[test]
    fn mutated_documents_do_not_panic() {
        let mut noise = Noise(7);
        let base = form_fixture();
        for _ in 0..3000 {
            let mut doc = base.clone();
            for _ in 0..3 {
                mutate(&mut doc, &mut noise);
            }
            let _ = run(doc);
        }
    }

    /// A fixture exercising formData and collectionFormat together.
    fn form_fixture() -> Value {
        json!({
            "swagger": "2.0",
            "info": { "title": "Pet uploads", "version": "1.0" },
            "host": "pets.example.com",
            "basePath": "/api",
            "schemes": ["http", "https"],
            "consumes": ["application/x-www-form-urlencoded"],
            "produces": ["application/json"],
            "parameters": {
                "petId": { "name": "petId", "in": "path", "required": true, "type": "integer", "format": "int64" },
                "caption": { "name": "caption", "in": "formData", "type": "string", "maxLength": 80 },
            },
            "paths": {
                "/pets/{petId}/photos": {
                    "parameters": [{ "$ref": "#/parameters/petId" }],
                    "post": {
                        "operationId": "uploadPhoto",
                        "x-rust-name": "upload_photo",
                        "parameters": [
                            { "name": "photo", "in": "formData", "type": "file", "required": true },
                            { "$ref": "#/parameters/caption" },
                            { "name": "labels", "in": "formData", "type": "array", "items": { "type": "string" }, "collectionFormat": "pipes" },
                        ],
                        "responses": { "201": { "description": "Stored.", "schema": { "$ref": "#/definitions/Photo" } } },
                    },
                    "get": {
                        "operationId": "listPhotos",
                        "parameters": [
                            { "name": "sizes", "in": "query", "type": "array", "items": { "type": "integer", "format": "int32" }, "collectionFormat": "multi" },
                            { "name": "fields", "in": "query", "type": "array", "items": { "type": "string" }, "collectionFormat": "ssv" },
                            { "name": "X-Tags", "in": "header", "type": "array", "items": { "type": "string" } },
                        ],
                        "responses": { "200": { "description": "Photos.", "schema": { "type": "array", "items": { "$ref": "#/definitions/Photo" } } } },
                    },
                },
                "/pets/{petId}/rename": {
                    "put": {
                        "parameters": [
                            { "$ref": "#/parameters/petId" },
                            { "name": "name", "in": "formData", "type": "string", "required": true },
                            { "name": "aliases", "in": "formData", "type": "array", "items": { "type": "string" } },
                        ],
                        "responses": { "204": { "description": "Renamed." } },
                    },
                },
            },
            "definitions": {
                "Photo": { "type": "object", "required": ["id"], "properties": { "id": { "type": "integer", "format": "int64" }, "caption": { "type": "string", "x-nullable": true } } },
            },
        })
    }

    /// The formData/collectionFormat fixture, end to end.
    #[test]
    fn fixture_form_upload_and_collection_formats() {
        let (out, diags) = run_valid(form_fixture());
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        let photos = &out["paths"]["/pets/{petId}/photos"];
        let pet_id = json!({ "$ref": "#/components/parameters/petId" });
        assert_eq!(
            out["servers"],
            json!([{ "url": "https://pets.example.com/api" }])
        );
        assert_eq!(
            photos["post"],
            json!({
                "operationId": "uploadPhoto",
                "x-rust-name": "upload_photo",
                "parameters": [pet_id],
                "requestBody": { "required": true, "content": { "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "photo": { "type": "string", "format": "binary" },
                            "caption": { "type": "string", "maxLength": 80 },
                            "labels": { "type": "array", "items": { "type": "string" } },
                        },
                        "required": ["photo"],
                    },
                    "encoding": { "labels": { "style": "pipeDelimited", "explode": false } },
                }}},
                "responses": { "201": { "description": "Stored.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Photo" } } } } },
            })
        );
        assert_eq!(
            photos["get"]["parameters"],
            json!([
                pet_id,
                { "name": "sizes", "in": "query", "schema": { "type": "array", "items": { "type": "integer", "format": "int32" } }, "style": "form", "explode": true },
                { "name": "fields", "in": "query", "schema": { "type": "array", "items": { "type": "string" } }, "style": "spaceDelimited", "explode": false },
                { "name": "X-Tags", "in": "header", "schema": { "type": "array", "items": { "type": "string" } } },
            ])
        );
        assert_eq!(
            out["paths"]["/pets/{petId}/rename"]["put"]["requestBody"],
            json!({ "required": true, "content": { "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": { "name": { "type": "string" }, "aliases": { "type": "array", "items": { "type": "string" } } },
                    "required": ["name"],
                },
                "encoding": { "aliases": { "style": "form", "explode": false } },
            }}})
        );
        assert_eq!(
            out["components"]["parameters"],
            json!({ "petId": { "name": "petId", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } } })
        );
        assert_eq!(
            out["components"]["schemas"]["Photo"]["properties"]["caption"],
            json!({ "type": "string", "nullable": true })
        );
    }

    /// The real UltraCart document (Swagger 2.0) converts cleanly and `openapiv3` accepts it.
    #[test]
    fn ultracart_document_converts() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/ultracart.yaml");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let input: Value = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let (out, diags) = run(input);
        assert!(diags.is_empty(), "{:?}", messages(&diags));
        let api: openapiv3::OpenAPI = serde_json::from_value(out.clone())
            .unwrap_or_else(|e| panic!("openapiv3 rejects the output: {e}"));
        let operations = api.operations().count();
        let schemas = api.components.as_ref().map_or(0, |c| c.schemas.len());
        assert_eq!(operations, 7);
        assert!(schemas >= 15, "{schemas}");
        assert_eq!(
            api.servers.first().map(|s| s.url.as_str()),
            Some("https://secure.ultracart.com/rest/v2")
        );
        let list = &out["paths"]["/webhook/webhooks"]["get"];
        assert_eq!(list["x-rust-name"], json!("webhook_webhooks_get"));
        assert_eq!(list["x-pagination"]["style"], json!("offset"));
        let insert = &out["paths"]["/webhook/webhooks"]["post"]["requestBody"];
        assert_eq!(
            insert["content"]["application/json; charset=UTF-8"]["schema"],
            json!({ "$ref": "#/components/schemas/Webhook" })
        );
        eprintln!("ultracart: {operations} operations, {schemas} schemas");
    }
}
