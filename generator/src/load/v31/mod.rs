//! Lowering pass: OpenAPI 3.1 → OpenAPI 3.0.3.
//!
//! Rewrites a 3.1 document (already read into a [`serde_json::Value`]) in place into the shape of an OpenAPI
//! 3.0.3 document that the `openapiv3` crate deserializes. Only shapes are rewritten; `$ref`s are left for the
//! later passes, including `$ref` objects with sibling keys.
//!
//! Schema rewrites (applied to every schema reachable from components, parameters, headers, media types,
//! path items, webhooks, callbacks and `components.pathItems`, and recursively inside schemas):
//! - `type` lists → `type` + `nullable`, an `anyOf` of single types, or the `x-null` marker;
//! - `const` → a one-value `enum` (with an inferred `type` when none is given);
//! - `examples` (array) → `example`;
//! - numeric `exclusiveMinimum`/`exclusiveMaximum` → `minimum`/`maximum` + boolean flag;
//! - `prefixItems` → `x-prefix-items`, `patternProperties` → `x-pattern-properties`;
//! - `contentEncoding`/`contentMediaType` → `format: byte`/`format: binary`;
//! - boolean schemas → `{}` / `{"not": {}}`;
//! - JSON Schema keywords with no 3.0 meaning are removed.
//!
//! Diagnostics carry JSON pointers into the original input document, whatever keys this pass renamed.

use serde_json::{Map, Value};

use crate::diag::{join, Diagnostics};

mod schema;
#[cfg(test)]
mod tests;

use schema::lower_schema;

/// The OpenAPI version written into the lowered document.
const TARGET_VERSION: &str = "3.0.3";

/// HTTP methods that name operations inside a path item.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Rewrites the document in place. Problems are reported with `diags.warn(pointer, msg)` (construct dropped or
/// degraded, generation goes on) or `diags.error(pointer, msg)` (cannot go on). Never panics on any input:
/// every field may be missing or of the wrong JSON type; then report and skip.
pub fn lower(doc: &mut Value, diags: &mut Diagnostics) {
    let Some(root) = doc.as_object_mut() else {
        diags.error("", format!("the document is {}, not an object", kind(doc)));
        return;
    };
    let mut cx = Ctx {
        diags,
        dropped_schemes: Vec::new(),
    };
    lower_root(root, &mut cx);
}

/// State shared by the whole pass.
struct Ctx<'a> {
    /// Where problems go.
    diags: &'a mut Diagnostics,
    /// Names of security schemes removed from `components.securitySchemes` (`mutualTLS`).
    dropped_schemes: Vec<String>,
}

impl Ctx<'_> {
    /// Records a warning.
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.diags.warn(pointer, message);
    }

    /// Warns that the value at `pointer` is not of the expected JSON type and was left unchanged.
    fn wrong_type(&mut self, pointer: &str, expected: &str, found: &Value) {
        let message = format!("expected {expected}, found {}; left unchanged", kind(found));
        self.diags.warn(pointer, message);
    }

    /// Warns that the value at `pointer` is not of the expected JSON type and was dropped.
    fn dropped(&mut self, pointer: &str, expected: &str, found: &Value) {
        let message = format!("expected {expected}, found {}; dropped", kind(found));
        self.diags.warn(pointer, message);
    }
}

/// A short description of a JSON value's type, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Document structure
// ---------------------------------------------------------------------------------------------------------------

/// Rewrites the top-level object.
fn lower_root(root: &mut Map<String, Value>, cx: &mut Ctx<'_>) {
    root.insert(
        "openapi".to_owned(),
        Value::String(TARGET_VERSION.to_owned()),
    );
    root.shift_remove("jsonSchemaDialect");
    if let Some(info) = root.get_mut("info") {
        lower_info(info, "/info", cx);
    }
    // Components first: the security schemes dropped there are then removed from security requirements.
    if let Some(components) = root.get_mut("components") {
        lower_components(components, "/components", cx);
    }
    match root.get_mut("paths") {
        Some(paths) => lower_path_map(paths, "/paths", true, cx),
        None => {
            root.insert("paths".to_owned(), Value::Object(Map::new()));
        }
    }
    if let Some(webhooks) = root.get_mut("webhooks") {
        lower_path_map(webhooks, "/webhooks", false, cx);
    }
    if let Some(security) = root.get_mut("security") {
        lower_security(security, "/security", cx);
    }
}

/// Removes the 3.1-only `info.summary` and `info.license.identifier`.
fn lower_info(info: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(info) = object_or_warn(info, ptr, cx) else {
        return;
    };
    info.shift_remove("summary");
    let license_ptr = join(ptr, &["license"]);
    if let Some(license) = info.get_mut("license") {
        if let Some(license) = object_or_warn(license, &license_ptr, cx) {
            license.shift_remove("identifier");
        }
    }
}

/// Rewrites everything under `components`.
fn lower_components(components: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(components) = object_or_warn(components, ptr, cx) else {
        return;
    };
    if let Some(schemes) = components.get_mut("securitySchemes") {
        drop_mutual_tls(schemes, &join(ptr, &["securitySchemes"]), cx);
    }
    for (key, value) in components.iter_mut() {
        let p = join(ptr, &[key]);
        match key.as_str() {
            "schemas" => for_each_entry(value, &p, false, cx, |v, p, cx| lower_schema(v, p, 0, cx)),
            "parameters" | "headers" => for_each_entry(value, &p, false, cx, lower_parameter),
            "responses" => for_each_entry(value, &p, false, cx, lower_response),
            "requestBodies" => for_each_entry(value, &p, false, cx, lower_request_body),
            "callbacks" => for_each_entry(value, &p, false, cx, lower_callback),
            "pathItems" => lower_path_map(value, &p, false, cx),
            _ => {}
        }
    }
}

/// Removes `mutualTLS` security schemes (no 3.0 equivalent), remembering their names.
fn drop_mutual_tls(schemes: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(schemes) = object_or_warn(schemes, ptr, cx) else {
        return;
    };
    let dropped: Vec<String> = schemes
        .iter()
        .filter(|(_, scheme)| scheme.get("type").and_then(Value::as_str) == Some("mutualTLS"))
        .map(|(name, _)| name.clone())
        .collect();
    for name in dropped {
        schemes.shift_remove(&name);
        cx.warn(
            &join(ptr, &[&name]),
            "mutualTLS security scheme is not supported; dropped",
        );
        cx.dropped_schemes.push(name);
    }
}

/// Removes dropped security schemes from a list of security requirements; requirements left empty are removed
/// (a client cannot satisfy them anyway).
fn lower_security(security: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    if cx.dropped_schemes.is_empty() {
        return;
    }
    let Some(requirements) = array_or_warn(security, ptr, cx) else {
        return;
    };
    let dropped = &cx.dropped_schemes;
    requirements.retain_mut(|requirement| {
        let Some(requirement) = requirement.as_object_mut() else {
            return true;
        };
        let before = requirement.len();
        requirement.retain(|name, _| !dropped.contains(name));
        before == 0 || !requirement.is_empty()
    });
}

/// Rewrites a map of path items (`paths`, `webhooks`, `components.pathItems`). `extensions` tells whether `x-`
/// keys are extensions (as in `paths`) rather than names.
fn lower_path_map(map: &mut Value, ptr: &str, extensions: bool, cx: &mut Ctx<'_>) {
    for_each_entry(map, ptr, extensions, cx, lower_path_item);
}

/// Rewrites one path item: its parameters and operations.
fn lower_path_item(item: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(item) = object_or_warn(item, ptr, cx) else {
        return;
    };
    for (key, value) in item.iter_mut() {
        let p = join(ptr, &[key]);
        if key == "parameters" {
            lower_parameter_list(value, &p, cx);
        } else if METHODS.contains(&key.as_str()) {
            lower_operation(value, &p, cx);
        }
    }
}

/// Rewrites one operation.
fn lower_operation(op: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(op) = object_or_warn(op, ptr, cx) else {
        return;
    };
    for (key, value) in op.iter_mut() {
        let p = join(ptr, &[key]);
        match key.as_str() {
            "parameters" => lower_parameter_list(value, &p, cx),
            "requestBody" => lower_request_body(value, &p, cx),
            "responses" => for_each_entry(value, &p, true, cx, lower_response),
            "callbacks" => for_each_entry(value, &p, false, cx, lower_callback),
            "security" => lower_security(value, &p, cx),
            _ => {}
        }
    }
    // 3.1 makes `responses` optional; 3.0 (and `openapiv3`) require it.
    if !op.contains_key("responses") {
        op.insert("responses".to_owned(), Value::Object(Map::new()));
    }
}

/// Rewrites a list of parameters (or references to parameters).
fn lower_parameter_list(list: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(list) = array_or_warn(list, ptr, cx) else {
        return;
    };
    for (i, param) in list.iter_mut().enumerate() {
        lower_parameter(param, &join(ptr, &[&i.to_string()]), cx);
    }
}

/// Rewrites a parameter or a header (same shape for our purposes): its `schema` and `content`.
fn lower_parameter(param: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(param) = non_ref_object(param, ptr, cx) else {
        return;
    };
    if let Some(schema) = param.get_mut("schema") {
        lower_schema(schema, &join(ptr, &["schema"]), 0, cx);
    }
    if let Some(content) = param.get_mut("content") {
        lower_content(content, &join(ptr, &["content"]), cx);
    }
}

/// Rewrites a request body: its `content`.
fn lower_request_body(body: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(body) = non_ref_object(body, ptr, cx) else {
        return;
    };
    if let Some(content) = body.get_mut("content") {
        lower_content(content, &join(ptr, &["content"]), cx);
    }
}

/// Rewrites a response: its `headers` and `content`.
fn lower_response(response: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(response) = non_ref_object(response, ptr, cx) else {
        return;
    };
    lower_headers(response, ptr, cx);
    if let Some(content) = response.get_mut("content") {
        lower_content(content, &join(ptr, &["content"]), cx);
    }
}

/// Rewrites a callback: a map of expressions to path items.
fn lower_callback(callback: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    if is_ref(callback) {
        return;
    }
    for_each_entry(callback, ptr, true, cx, lower_path_item);
}

/// Rewrites a content map (media type → media type object).
fn lower_content(content: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    for_each_entry(content, ptr, false, cx, lower_media_type);
}

/// Rewrites a media type object: its `schema` and the headers of its `encoding`s.
fn lower_media_type(media: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(media) = object_or_warn(media, ptr, cx) else {
        return;
    };
    if let Some(schema) = media.get_mut("schema") {
        lower_schema(schema, &join(ptr, &["schema"]), 0, cx);
    }
    if let Some(encodings) = media.get_mut("encoding") {
        for_each_entry(
            encodings,
            &join(ptr, &["encoding"]),
            false,
            cx,
            lower_encoding,
        );
    }
}

/// Rewrites an encoding object: its `headers`.
fn lower_encoding(encoding: &mut Value, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(encoding) = object_or_warn(encoding, ptr, cx) else {
        return;
    };
    lower_headers(encoding, ptr, cx);
}

/// Rewrites the `headers` of a response or an encoding (each one shaped like a parameter).
fn lower_headers(object: &mut Map<String, Value>, ptr: &str, cx: &mut Ctx<'_>) {
    if let Some(headers) = object.get_mut("headers") {
        for_each_entry(
            headers,
            &join(ptr, &["headers"]),
            false,
            cx,
            lower_parameter,
        );
    }
}

/// Calls `f` on every entry of the object `map` (warning if it is not an object). With `extensions`, `x-` keys are
/// specification extensions and are skipped.
fn for_each_entry(
    map: &mut Value,
    ptr: &str,
    extensions: bool,
    cx: &mut Ctx<'_>,
    mut f: impl FnMut(&mut Value, &str, &mut Ctx<'_>),
) {
    let Some(map) = object_or_warn(map, ptr, cx) else {
        return;
    };
    for (key, value) in map.iter_mut() {
        if extensions && key.starts_with("x-") {
            continue;
        }
        f(value, &join(ptr, &[key]), cx);
    }
}

/// The value as an object, or `None` after a warning.
fn object_or_warn<'v>(
    value: &'v mut Value,
    ptr: &str,
    cx: &mut Ctx<'_>,
) -> Option<&'v mut Map<String, Value>> {
    if !value.is_object() {
        cx.wrong_type(ptr, "an object", value);
    }
    value.as_object_mut()
}

/// The value as an array, or `None` after a warning.
fn array_or_warn<'v>(
    value: &'v mut Value,
    ptr: &str,
    cx: &mut Ctx<'_>,
) -> Option<&'v mut Vec<Value>> {
    if !value.is_array() {
        cx.wrong_type(ptr, "an array", value);
    }
    value.as_array_mut()
}

/// The value as an object unless it is a reference object (left for the reference pass).
fn non_ref_object<'v>(
    value: &'v mut Value,
    ptr: &str,
    cx: &mut Ctx<'_>,
) -> Option<&'v mut Map<String, Value>> {
    if is_ref(value) {
        return None;
    }
    object_or_warn(value, ptr, cx)
}

/// Whether the value is a reference object (an object with a `$ref` key).
fn is_ref(value: &Value) -> bool {
    value.get("$ref").is_some()
}
