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

use serde_json::{json, Map, Value};

use crate::diag::{join, Diagnostics};

/// The OpenAPI version written into the lowered document.
const TARGET_VERSION: &str = "3.0.3";

/// The marker that replaces `type: "null"`: a schema that only admits `null`.
const NULL_MARKER: &str = "x-null";

/// HTTP methods that name operations inside a path item.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Schema keywords removed without a diagnostic (no meaning for the generator, or unknown to 3.0).
const SILENTLY_DROPPED: &[&str] = &[
    "$schema",
    "$id",
    "$anchor",
    "$comment",
    "unevaluatedProperties",
    "unevaluatedItems",
    "dependentRequired",
    "dependentSchemas",
];

/// Groups of schema keywords removed with one warning per group and schema.
const WARNED_GROUPS: &[&[&str]] = &[&["if", "then", "else"], &["$dynamicRef", "$dynamicAnchor"]];

/// Schema keywords whose value is a single subschema.
const SINGLE_SUBSCHEMAS: &[&str] = &["not", "propertyNames", "contains"];

/// Schema keywords whose value is a list of subschemas.
const LIST_SUBSCHEMAS: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];

/// Schema keywords whose value is a map of subschemas.
const MAP_SUBSCHEMAS: &[&str] = &["properties", "patternProperties", "definitions", "$defs"];

/// Deepest schema nesting that is rewritten (guards the stack against pathological input).
const MAX_SCHEMA_DEPTH: usize = 200;

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
    if let Some(headers) = response.get_mut("headers") {
        for_each_entry(
            headers,
            &join(ptr, &["headers"]),
            false,
            cx,
            lower_parameter,
        );
    }
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
    if let Some(headers) = encoding.get_mut("headers") {
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

// ---------------------------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------------------------

/// Rewrites one schema (any JSON value in a schema position) into 3.0 form. `depth` is the schema nesting depth.
fn lower_schema(schema: &mut Value, ptr: &str, depth: usize, cx: &mut Ctx<'_>) {
    match schema {
        Value::Bool(admits_all) => *schema = boolean_schema(*admits_all),
        Value::Object(map) if map.contains_key("$ref") => {}
        Value::Object(_) if depth >= MAX_SCHEMA_DEPTH => {
            cx.warn(ptr, "schema nested too deeply; not rewritten");
        }
        Value::Object(map) => lower_schema_object(map, ptr, depth, cx),
        other => cx.wrong_type(ptr, "a schema (an object or a boolean)", other),
    }
}

/// The 3.0 equivalent of a boolean schema: `{}` for `true`, `{"not": {}}` for `false`.
fn boolean_schema(admits_all: bool) -> Value {
    if admits_all {
        json!({})
    } else {
        json!({ "not": {} })
    }
}

/// Rewrites a schema object that is not a reference: subschemas first, then its own keywords.
fn lower_schema_object(map: &mut Map<String, Value>, ptr: &str, depth: usize, cx: &mut Ctx<'_>) {
    lower_items(map, ptr, depth, cx);
    lower_subschemas(map, ptr, depth, cx);
    drop_unsupported(map, ptr, cx);
    lower_const(map);
    lower_type(map, ptr, cx);
    lower_examples(map, ptr, cx);
    lower_exclusive(map, ptr, "exclusiveMinimum", "minimum", cx);
    lower_exclusive(map, ptr, "exclusiveMaximum", "maximum", cx);
    lower_prefix_items(map);
    if map.get("patternProperties").is_some_and(Value::is_object) {
        rename_key(map, "patternProperties", "x-pattern-properties");
    }
    lower_content_keywords(map);
}

/// Rewrites the subschemas under every schema-valued keyword except `items`.
fn lower_subschemas(map: &mut Map<String, Value>, ptr: &str, depth: usize, cx: &mut Ctx<'_>) {
    for (key, value) in map.iter_mut() {
        let key = key.as_str();
        let p = join(ptr, &[key]);
        if SINGLE_SUBSCHEMAS.contains(&key) {
            lower_schema(value, &p, depth + 1, cx);
        } else if LIST_SUBSCHEMAS.contains(&key) {
            lower_schema_list(value, &p, depth, cx);
        } else if MAP_SUBSCHEMAS.contains(&key) {
            for_each_entry(value, &p, false, cx, |v, p, cx| {
                lower_schema(v, p, depth + 1, cx)
            });
        } else if key == "additionalProperties" {
            lower_additional_properties(value, &p, depth, cx);
        }
    }
}

/// Rewrites every schema of a list-valued keyword (`allOf`, `anyOf`, `oneOf`, `prefixItems`).
fn lower_schema_list(list: &mut Value, ptr: &str, depth: usize, cx: &mut Ctx<'_>) {
    let Some(list) = array_or_warn(list, ptr, cx) else {
        return;
    };
    for (i, schema) in list.iter_mut().enumerate() {
        lower_schema(schema, &join(ptr, &[&i.to_string()]), depth + 1, cx);
    }
}

/// Rewrites `additionalProperties` when it is a schema; booleans are valid 3.0 and stay.
fn lower_additional_properties(value: &mut Value, ptr: &str, depth: usize, cx: &mut Ctx<'_>) {
    match value {
        Value::Bool(_) => {}
        Value::Object(_) => lower_schema(value, ptr, depth + 1, cx),
        other => cx.wrong_type(ptr, "a schema or a boolean", other),
    }
}

/// Rewrites `items`. `items: false` next to `prefixItems` closes the tuple: it becomes `items: {}` plus a
/// `maxItems` of the tuple length. An array-valued `items` (the old tuple form) is moved to `x-prefix-items`.
fn lower_items(map: &mut Map<String, Value>, ptr: &str, depth: usize, cx: &mut Ctx<'_>) {
    let has_prefix = map.contains_key("prefixItems");
    let p = join(ptr, &["items"]);
    match map.get_mut("items") {
        None => {}
        Some(Value::Bool(false)) if has_prefix => {
            map.insert("items".to_owned(), json!({}));
            close_tuple(map);
        }
        Some(items @ Value::Array(_)) => {
            lower_schema_list(items, &p, depth, cx);
            if has_prefix {
                map.insert("items".to_owned(), json!({}));
                cx.warn(&p, "array-valued `items` next to `prefixItems` ignored");
            } else {
                rename_key(map, "items", "x-prefix-items");
                map.insert("items".to_owned(), json!({}));
                cx.warn(
                    &p,
                    "array-valued `items` (tuple form) moved to `x-prefix-items`",
                );
            }
        }
        Some(items) => lower_schema(items, &p, depth + 1, cx),
    }
}

/// Caps `maxItems` at the length of `prefixItems` (the 3.0 reading of `items: false` in a tuple).
fn close_tuple(map: &mut Map<String, Value>) {
    let Some(len) = map
        .get("prefixItems")
        .and_then(Value::as_array)
        .map(Vec::len)
    else {
        return;
    };
    let len = len as u64;
    let max = match map.get("maxItems").and_then(Value::as_u64) {
        Some(existing) => existing.min(len),
        None => len,
    };
    map.insert("maxItems".to_owned(), Value::from(max));
}

/// Removes keywords with no 3.0 meaning; warns once per group for `if`/`then`/`else` and dynamic references.
fn drop_unsupported(map: &mut Map<String, Value>, ptr: &str, cx: &mut Ctx<'_>) {
    for key in SILENTLY_DROPPED {
        map.shift_remove(*key);
    }
    for group in WARNED_GROUPS {
        let mut first_present = None;
        for key in *group {
            if map.shift_remove(*key).is_some() && first_present.is_none() {
                first_present = Some(*key);
            }
        }
        if let Some(key) = first_present {
            cx.warn(
                ptr,
                format!("unsupported JSON Schema keyword `{key}` ignored"),
            );
        }
    }
}

/// `const: v` → `enum: [v]`; without a `type`, one is inferred from `v` (`null` gives the `x-null` marker).
fn lower_const(map: &mut Map<String, Value>) {
    let Some(value) = map.get("const").cloned() else {
        return;
    };
    replace_key(map, "const", "enum", Value::Array(vec![value.clone()]));
    if map.contains_key("type") {
        return;
    }
    let inferred = match &value {
        Value::String(_) => "string",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Null => {
            map.insert(NULL_MARKER.to_owned(), Value::Bool(true));
            return;
        }
        Value::Array(_) | Value::Object(_) => return,
    };
    map.insert("type".to_owned(), Value::String(inferred.to_owned()));
}

/// Rewrites `type` into 3.0 form: a single type name, `nullable`, an `anyOf` of type names, or the `x-null`
/// marker.
fn lower_type(map: &mut Map<String, Value>, ptr: &str, cx: &mut Ctx<'_>) {
    let p = join(ptr, &["type"]);
    let (names, has_null) = match map.get("type") {
        None => return,
        Some(Value::String(name)) if name == "null" => (Vec::new(), true),
        Some(Value::String(_)) => return,
        Some(Value::Array(list)) => type_names(list, &p, cx),
        Some(other) => {
            cx.dropped(&p, "a type name or a list of them", other);
            map.shift_remove("type");
            return;
        }
    };
    match names.as_slice() {
        [] if has_null => replace_key(map, "type", NULL_MARKER, Value::Bool(true)),
        [] => {
            map.shift_remove("type");
            cx.warn(&p, "empty `type` list ignored");
        }
        [single] => {
            map.insert("type".to_owned(), Value::String(single.clone()));
        }
        several => type_union(map, several, &p, cx),
    }
    if has_null && !names.is_empty() {
        map.insert("nullable".to_owned(), Value::Bool(true));
    }
}

/// The distinct non-null type names of a `type` list, and whether `"null"` is among them. Entries that are not
/// strings are reported and skipped.
fn type_names(list: &[Value], ptr: &str, cx: &mut Ctx<'_>) -> (Vec<String>, bool) {
    let mut names: Vec<String> = Vec::new();
    let mut has_null = false;
    for (i, entry) in list.iter().enumerate() {
        match entry.as_str() {
            Some("null") => has_null = true,
            Some(name) => {
                if !names.iter().any(|n| n == name) {
                    names.push(name.to_owned());
                }
            }
            None => cx.dropped(&join(ptr, &[&i.to_string()]), "a type name", entry),
        }
    }
    (names, has_null)
}

/// Replaces `type: [A, B, ...]` by `anyOf: [{type: A}, {type: B}, ...]`. When the schema already has an
/// `anyOf`, the new one is added to `allOf` instead (both must hold).
fn type_union(map: &mut Map<String, Value>, names: &[String], ptr: &str, cx: &mut Ctx<'_>) {
    let branches: Vec<Value> = names.iter().map(|name| json!({ "type": name })).collect();
    if !map.contains_key("anyOf") {
        replace_key(map, "type", "anyOf", Value::Array(branches));
        return;
    }
    let union = json!({ "anyOf": branches });
    match map.get_mut("allOf") {
        None => replace_key(map, "type", "allOf", Value::Array(vec![union])),
        Some(Value::Array(all_of)) => {
            all_of.push(union);
            map.shift_remove("type");
        }
        Some(_) => {
            map.shift_remove("type");
            cx.warn(
                ptr,
                "`type` list could not be combined with `anyOf` and `allOf`; ignored",
            );
        }
    }
}

/// `examples: [a, ...]` → `example: a` (an existing `example` wins); `examples` is removed.
fn lower_examples(map: &mut Map<String, Value>, ptr: &str, cx: &mut Ctx<'_>) {
    let Some(examples) = map.get("examples") else {
        return;
    };
    let first = match examples {
        Value::Array(list) => list.first().cloned(),
        other => {
            let message = format!(
                "schema `examples` is {}, not an array; dropped",
                kind(other)
            );
            cx.warn(&join(ptr, &["examples"]), message);
            None
        }
    };
    match first {
        Some(first) if !map.contains_key("example") => {
            replace_key(map, "examples", "example", first)
        }
        _ => {
            map.shift_remove("examples");
        }
    }
}

/// Numeric `exclusiveMinimum: n` → `minimum: n, exclusiveMinimum: true` (same for the maximum). When an
/// inclusive bound is also given, the tighter of the two is kept.
fn lower_exclusive(
    map: &mut Map<String, Value>,
    ptr: &str,
    exclusive: &str,
    inclusive: &str,
    cx: &mut Ctx<'_>,
) {
    let bound = match map.get(exclusive) {
        None | Some(Value::Bool(_)) => return,
        Some(Value::Number(n)) => n.clone(),
        Some(other) => {
            cx.dropped(&join(ptr, &[exclusive]), "a number or a boolean", other);
            map.shift_remove(exclusive);
            return;
        }
    };
    let is_min = exclusive == "exclusiveMinimum";
    let inclusive_is_tighter = match (map.get(inclusive).and_then(Value::as_f64), bound.as_f64()) {
        (Some(incl), Some(excl)) if is_min => incl > excl,
        (Some(incl), Some(excl)) => incl < excl,
        _ => false,
    };
    if inclusive_is_tighter {
        map.shift_remove(exclusive);
        return;
    }
    map.insert(exclusive.to_owned(), Value::Bool(true));
    if map.contains_key(inclusive) {
        map.insert(inclusive.to_owned(), Value::Number(bound));
    } else {
        insert_before(map, exclusive, inclusive, Value::Number(bound));
    }
}

/// `prefixItems` (already rewritten) → `x-prefix-items`, adding `items: {}` when there is no `items`. A
/// `prefixItems` that is not an array was reported while rewriting subschemas and stays.
fn lower_prefix_items(map: &mut Map<String, Value>) {
    if !map.get("prefixItems").is_some_and(Value::is_array) {
        return;
    }
    rename_key(map, "prefixItems", "x-prefix-items");
    if !map.contains_key("items") {
        map.insert("items".to_owned(), json!({}));
    }
}

/// `contentEncoding: base64` on a string → `format: byte`; `contentMediaType: application/octet-stream` →
/// `format: binary` (an existing `format` wins); both keywords are removed.
fn lower_content_keywords(map: &mut Map<String, Value>) {
    let encoding = map.shift_remove("contentEncoding");
    let media_type = map.shift_remove("contentMediaType");
    if map.contains_key("format") {
        return;
    }
    let ty = map.get("type").and_then(Value::as_str);
    let format =
        if encoding.as_ref().and_then(Value::as_str) == Some("base64") && ty == Some("string") {
            "byte"
        } else if media_type.as_ref().and_then(Value::as_str) == Some("application/octet-stream")
            && matches!(ty, None | Some("string"))
        {
            "binary"
        } else {
            return;
        };
    map.insert("format".to_owned(), Value::String(format.to_owned()));
}

// ---------------------------------------------------------------------------------------------------------------
// Order-preserving map edits
// ---------------------------------------------------------------------------------------------------------------

/// The position of `key` in the map.
fn position(map: &Map<String, Value>, key: &str) -> Option<usize> {
    map.keys().position(|k| k == key)
}

/// Replaces the entry `old` by `new: value` at the same position (appends when `old` is absent).
fn replace_key(map: &mut Map<String, Value>, old: &str, new: &str, value: Value) {
    match position(map, old) {
        Some(index) => {
            map.shift_remove(old);
            map.shift_remove(new);
            let index = index.min(map.len());
            map.shift_insert(index, new.to_owned(), value);
        }
        None => {
            map.insert(new.to_owned(), value);
        }
    }
}

/// Renames the entry `old` to `new`, keeping its value and position (replacing any entry `new`).
fn rename_key(map: &mut Map<String, Value>, old: &str, new: &str) {
    let Some(index) = position(map, old) else {
        return;
    };
    let Some(value) = map.shift_remove(old) else {
        return;
    };
    map.shift_remove(new);
    let index = index.min(map.len());
    map.shift_insert(index, new.to_owned(), value);
}

/// Inserts `key: value` just before `anchor` (appends when `anchor` is absent).
fn insert_before(map: &mut Map<String, Value>, anchor: &str, key: &str, value: Value) {
    map.shift_remove(key);
    match position(map, anchor) {
        Some(index) => {
            map.shift_insert(index, key.to_owned(), value);
        }
        None => {
            map.insert(key.to_owned(), value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Diagnostic, Severity};

    /// Lowers `input`, returning the output and the diagnostics.
    fn run(input: Value) -> (Value, Vec<Diagnostic>) {
        let mut doc = input;
        let mut diags = Diagnostics::new("test.yaml");
        lower(&mut doc, &mut diags);
        (doc, diags.into_vec())
    }

    /// Asserts that `openapiv3` deserializes the document, naming the failing path otherwise.
    fn assert_openapiv3(doc: &Value) {
        let result: Result<openapiv3::OpenAPI, _> = serde_path_to_error::deserialize(doc);
        if let Err(e) = result {
            panic!(
                "openapiv3 rejects the output at {}: {}",
                e.path(),
                e.inner()
            );
        }
    }

    /// A minimal 3.1 document with one component schema `S`.
    fn doc_with_schema(schema: Value) -> Value {
        json!({
            "openapi": "3.1.0",
            "info": { "title": "t", "version": "1" },
            "paths": {},
            "components": { "schemas": { "S": schema } }
        })
    }

    /// Lowers a document holding only `schema`; checks that openapiv3 accepts the result; returns the lowered
    /// schema and the diagnostics.
    fn lower_one(schema: Value) -> (Value, Vec<Diagnostic>) {
        let (out, diags) = run(doc_with_schema(schema));
        assert_openapiv3(&out);
        let schema = out
            .pointer("/components/schemas/S")
            .cloned()
            .unwrap_or(Value::Null);
        (schema, diags)
    }

    /// The messages of the warnings, with their pointers.
    fn warnings(diags: &[Diagnostic]) -> Vec<(String, String)> {
        diags
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .map(|d| (d.pointer.clone(), d.message.clone()))
            .collect()
    }

    /// Whether any `type` keyword in the value (outside `x-` extensions) is a list (a 3.1 type list survived).
    fn has_type_list(value: &Value) -> bool {
        match value {
            Value::Object(map) => map
                .iter()
                .filter(|(k, _)| !k.starts_with("x-"))
                .any(|(k, v)| (k == "type" && v.is_array()) || has_type_list(v)),
            Value::Array(list) => list.iter().any(has_type_list),
            _ => false,
        }
    }

    #[test]
    fn type_with_null_becomes_nullable() {
        let (s, d) = lower_one(json!({ "type": ["string", "null"], "description": "d" }));
        assert_eq!(
            s,
            json!({ "type": "string", "nullable": true, "description": "d" })
        );
        assert!(d.is_empty());
        let (s, _) = lower_one(json!({ "type": ["null", "object"], "properties": {} }));
        assert_eq!(
            s,
            json!({ "type": "object", "nullable": true, "properties": {} })
        );
    }

    #[test]
    fn null_type_becomes_marker_in_place() {
        let (s, _) = lower_one(json!({ "title": "T", "type": "null", "description": "d" }));
        assert_eq!(
            s.to_string(),
            r#"{"title":"T","x-null":true,"description":"d"}"#
        );
        let (s, _) = lower_one(json!({ "type": ["null"] }));
        assert_eq!(s, json!({ "x-null": true }));
    }

    #[test]
    fn one_element_type_list_becomes_that_type() {
        let (s, _) = lower_one(json!({ "type": ["integer"], "minimum": 1 }));
        assert_eq!(s, json!({ "type": "integer", "minimum": 1 }));
    }

    #[test]
    fn several_types_become_any_of() {
        let (s, _) = lower_one(json!({ "type": ["string", "integer", "string"] }));
        assert_eq!(
            s,
            json!({ "anyOf": [{ "type": "string" }, { "type": "integer" }] })
        );
        let (s, _) = lower_one(json!({ "type": ["string", "null", "boolean"] }));
        assert_eq!(
            s,
            json!({ "anyOf": [{ "type": "string" }, { "type": "boolean" }], "nullable": true })
        );
        // An existing `anyOf` must hold as well: the type union goes to `allOf`.
        let (s, _) =
            lower_one(json!({ "type": ["string", "integer"], "anyOf": [{ "minimum": 1 }] }));
        assert_eq!(
            s,
            json!({
                "allOf": [{ "anyOf": [{ "type": "string" }, { "type": "integer" }] }],
                "anyOf": [{ "minimum": 1 }]
            })
        );
    }

    #[test]
    fn bad_type_values_are_dropped_with_warnings() {
        let (s, d) = lower_one(json!({ "type": ["string", 3] }));
        assert_eq!(s, json!({ "type": "string" }));
        assert_eq!(
            warnings(&d),
            [(
                "/components/schemas/S/type/1".to_owned(),
                "expected a type name, found a number; dropped".to_owned()
            )]
        );
        let (s, d) = lower_one(json!({ "type": [] }));
        assert_eq!(s, json!({}));
        assert_eq!(warnings(&d)[0].1, "empty `type` list ignored");
        let (s, d) = lower_one(json!({ "type": 7 }));
        assert_eq!(s, json!({}));
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn const_becomes_enum_with_inferred_type() {
        let cases = [
            (
                json!({ "const": "a" }),
                json!({ "enum": ["a"], "type": "string" }),
            ),
            (
                json!({ "const": 3 }),
                json!({ "enum": [3], "type": "integer" }),
            ),
            (
                json!({ "const": 1.5 }),
                json!({ "enum": [1.5], "type": "number" }),
            ),
            (
                json!({ "const": true }),
                json!({ "enum": [true], "type": "boolean" }),
            ),
            (
                json!({ "const": null }),
                json!({ "enum": [null], "x-null": true }),
            ),
            (
                json!({ "const": { "a": 1 } }),
                json!({ "enum": [{ "a": 1 }] }),
            ),
            (
                json!({ "type": "string", "const": "x", "enum": ["x", "y"] }),
                json!({ "type": "string", "enum": ["x"] }),
            ),
            (
                json!({ "type": ["string", "null"], "const": "x" }),
                json!({ "type": "string", "nullable": true, "enum": ["x"] }),
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(lower_one(input).0, expected);
        }
    }

    #[test]
    fn examples_become_example() {
        let (s, _) = lower_one(json!({ "type": "string", "examples": ["a", "b"] }));
        assert_eq!(s, json!({ "type": "string", "example": "a" }));
        let (s, _) = lower_one(json!({ "type": "string", "example": "z", "examples": ["a"] }));
        assert_eq!(s, json!({ "type": "string", "example": "z" }));
        let (s, _) = lower_one(json!({ "type": "string", "examples": [] }));
        assert_eq!(s, json!({ "type": "string" }));
        let (s, d) = lower_one(json!({ "type": "string", "examples": { "a": 1 } }));
        assert_eq!(s, json!({ "type": "string" }));
        assert_eq!(
            warnings(&d),
            [(
                "/components/schemas/S/examples".to_owned(),
                "schema `examples` is an object, not an array; dropped".to_owned()
            )]
        );
    }

    #[test]
    fn numeric_exclusive_bounds_become_flags() {
        let (s, _) =
            lower_one(json!({ "type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10 }));
        assert_eq!(
            s,
            json!({
                "type": "integer",
                "minimum": 0, "exclusiveMinimum": true,
                "maximum": 10, "exclusiveMaximum": true
            })
        );
        // The tighter bound wins when both are given.
        let (s, _) = lower_one(json!({ "type": "number", "minimum": 5, "exclusiveMinimum": 0 }));
        assert_eq!(s, json!({ "type": "number", "minimum": 5 }));
        let (s, _) = lower_one(json!({ "type": "number", "minimum": 0, "exclusiveMinimum": 5 }));
        assert_eq!(
            s,
            json!({ "type": "number", "minimum": 5, "exclusiveMinimum": true })
        );
        let (s, _) = lower_one(json!({ "type": "number", "maximum": 3, "exclusiveMaximum": 10 }));
        assert_eq!(s, json!({ "type": "number", "maximum": 3 }));
        // 3.0 style stays.
        let (s, _) = lower_one(json!({ "type": "number", "minimum": 1, "exclusiveMinimum": true }));
        assert_eq!(
            s,
            json!({ "type": "number", "minimum": 1, "exclusiveMinimum": true })
        );
        let (s, d) = lower_one(json!({ "type": "number", "exclusiveMinimum": "1" }));
        assert_eq!(s, json!({ "type": "number" }));
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn prefix_items_move_to_extension() {
        let (s, _) = lower_one(json!({
            "type": "array",
            "prefixItems": [{ "type": ["string", "null"] }, { "const": 1 }]
        }));
        assert_eq!(
            s,
            json!({
                "type": "array",
                "x-prefix-items": [{ "type": "string", "nullable": true }, { "enum": [1], "type": "integer" }],
                "items": {}
            })
        );
        let (s, _) = lower_one(
            json!({ "type": "array", "prefixItems": [true], "items": { "type": "string" } }),
        );
        assert_eq!(
            s,
            json!({ "type": "array", "x-prefix-items": [{}], "items": { "type": "string" } })
        );
    }

    #[test]
    fn items_false_closes_a_tuple() {
        let (s, _) = lower_one(json!({ "type": "array", "prefixItems": [{}, {}], "items": false }));
        assert_eq!(
            s,
            json!({ "type": "array", "x-prefix-items": [{}, {}], "items": {}, "maxItems": 2 })
        );
        let (s, _) = lower_one(json!({ "type": "array", "items": false }));
        assert_eq!(s, json!({ "type": "array", "items": { "not": {} } }));
    }

    #[test]
    fn tuple_form_items_move_to_extension() {
        let (s, d) = lower_one(json!({ "type": "array", "items": [{ "const": "a" }] }));
        assert_eq!(
            s,
            json!({ "type": "array", "x-prefix-items": [{ "enum": ["a"], "type": "string" }], "items": {} })
        );
        assert_eq!(
            warnings(&d),
            [(
                "/components/schemas/S/items".to_owned(),
                "array-valued `items` (tuple form) moved to `x-prefix-items`".to_owned()
            )]
        );
    }

    #[test]
    fn pattern_properties_move_to_extension() {
        let (s, _) = lower_one(json!({
            "type": "object",
            "patternProperties": { "^x": { "type": ["integer", "null"] } }
        }));
        assert_eq!(
            s,
            json!({
                "type": "object",
                "x-pattern-properties": { "^x": { "type": "integer", "nullable": true } }
            })
        );
    }

    #[test]
    fn content_keywords_become_formats() {
        let (s, _) = lower_one(json!({ "type": "string", "contentEncoding": "base64" }));
        assert_eq!(s, json!({ "type": "string", "format": "byte" }));
        let (s, _) =
            lower_one(json!({ "type": "string", "contentMediaType": "application/octet-stream" }));
        assert_eq!(s, json!({ "type": "string", "format": "binary" }));
        let (s, _) = lower_one(json!({ "contentMediaType": "application/octet-stream" }));
        assert_eq!(s, json!({ "format": "binary" }));
        let (s, _) = lower_one(json!({
            "type": "string", "contentEncoding": "base64", "contentMediaType": "application/octet-stream"
        }));
        assert_eq!(s, json!({ "type": "string", "format": "byte" }));
        let (s, _) = lower_one(json!({ "type": "string", "contentMediaType": "image/png" }));
        assert_eq!(s, json!({ "type": "string" }));
        let (s, _) =
            lower_one(json!({ "type": "string", "format": "uri", "contentEncoding": "base64" }));
        assert_eq!(s, json!({ "type": "string", "format": "uri" }));
        let (s, _) = lower_one(json!({ "type": ["string", "null"], "contentEncoding": "base64" }));
        assert_eq!(
            s,
            json!({ "type": "string", "nullable": true, "format": "byte" })
        );
    }

    #[test]
    fn unsupported_keywords_are_removed() {
        let (s, d) = lower_one(json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "x", "$anchor": "a", "$comment": "c",
            "$dynamicAnchor": "n", "$dynamicRef": "#n",
            "unevaluatedProperties": false, "unevaluatedItems": false,
            "dependentRequired": {}, "dependentSchemas": {},
            "if": {}, "then": {}, "else": {},
            "type": "object"
        }));
        assert_eq!(s, json!({ "type": "object" }));
        let p = "/components/schemas/S".to_owned();
        assert_eq!(
            warnings(&d),
            [
                (
                    p.clone(),
                    "unsupported JSON Schema keyword `if` ignored".to_owned()
                ),
                (
                    p,
                    "unsupported JSON Schema keyword `$dynamicRef` ignored".to_owned()
                ),
            ]
        );
        let (_, d) = lower_one(json!({ "then": {}, "else": {} }));
        assert_eq!(
            warnings(&d)[0].1,
            "unsupported JSON Schema keyword `then` ignored"
        );
    }

    #[test]
    fn boolean_schemas_become_objects() {
        let (s, _) = lower_one(json!({
            "type": "object",
            "properties": { "any": true, "none": false },
            "additionalProperties": false
        }));
        assert_eq!(
            s,
            json!({
                "type": "object",
                "properties": { "any": {}, "none": { "not": {} } },
                "additionalProperties": false
            })
        );
        assert_eq!(lower_one(json!(true)).0, json!({}));
        assert_eq!(lower_one(json!(false)).0, json!({ "not": {} }));
        assert_eq!(lower_one(json!({ "not": true })).0, json!({ "not": {} }));
    }

    #[test]
    fn refs_nullable_and_extensions_are_kept() {
        let input = json!({
            "type": "object",
            "nullable": true,
            "x-foo": { "type": ["string", "null"] },
            "properties": {
                "a": { "$ref": "#/components/schemas/A", "type": ["string", "null"], "examples": [1] },
                "b": { "$ref": "#/components/schemas/B", "description": "d" }
            }
        });
        let (s, d) = lower_one(input.clone());
        assert_eq!(s, input);
        assert!(d.is_empty());
    }

    #[test]
    fn nested_schemas_are_rewritten() {
        let n = json!({ "type": ["string", "null"] });
        let (s, _) = lower_one(json!({
            "type": "object",
            "properties": { "p": n },
            "additionalProperties": n,
            "propertyNames": { "const": "k" },
            "definitions": { "D": n },
            "$defs": { "E": { "type": "array", "items": n } },
            "allOf": [n], "anyOf": [n], "oneOf": [n], "not": n
        }));
        let l = json!({ "type": "string", "nullable": true });
        assert_eq!(
            s,
            json!({
                "type": "object",
                "properties": { "p": l },
                "additionalProperties": l,
                "propertyNames": { "enum": ["k"], "type": "string" },
                "definitions": { "D": l },
                "$defs": { "E": { "type": "array", "items": l } },
                "allOf": [l], "anyOf": [l], "oneOf": [l], "not": l
            })
        );
    }

    #[test]
    fn every_schema_position_of_the_document_is_rewritten() {
        let n = json!({ "type": ["integer", "null"] });
        let op = json!({
            "parameters": [{ "name": "q", "in": "query", "schema": n }],
            "requestBody": {
                "content": {
                    "multipart/form-data": {
                        "schema": n,
                        "encoding": { "f": { "headers": { "X-E": { "schema": n } } } }
                    }
                }
            },
            "responses": {
                "200": {
                    "description": "ok",
                    "headers": { "X-H": { "schema": n } },
                    "content": { "application/json": { "schema": n } }
                },
                "x-ext": { "type": ["a", "b"] }
            },
            "callbacks": { "cb": { "{$request.body#/url}": { "post": { "requestBody": {
                "content": { "application/json": { "schema": n } } } } } } }
        });
        let item = json!({
            "parameters": [{ "name": "id", "in": "path", "required": true, "schema": n }],
            "get": op
        });
        let input = json!({
            "openapi": "3.1.0",
            "info": { "title": "t", "version": "1" },
            "paths": { "/a/{id}": item },
            "webhooks": { "hook": { "post": op } },
            "components": {
                "schemas": { "S": n },
                "parameters": { "P": { "name": "p", "in": "header", "content": {
                    "application/json": { "schema": n } } } },
                "headers": { "H": { "schema": n } },
                "responses": { "R": { "description": "r", "content": { "application/json": { "schema": n } } } },
                "requestBodies": { "B": { "content": { "application/json": { "schema": n } } } },
                "callbacks": { "C": { "{$url}": { "get": op } } },
                "pathItems": { "I": item }
            }
        });
        let (out, d) = run(input);
        assert_openapiv3(&out);
        assert!(d.is_empty(), "{d:?}");
        // The `x-ext` extension is not a response and keeps its list.
        let ext = out.pointer("/paths/~1a~1{id}/get/responses/x-ext").cloned();
        assert_eq!(ext, Some(json!({ "type": ["a", "b"] })));
        assert!(!has_type_list(&out), "{out:#}");
        let l = json!({ "type": "integer", "nullable": true });
        assert_eq!(
            out.pointer("/paths/~1a~1{id}/parameters/0/schema"),
            Some(&l)
        );
        assert_eq!(
            out.pointer("/webhooks/hook/post/parameters/0/schema"),
            Some(&l)
        );
    }

    #[test]
    fn document_level_rewrites() {
        let (out, d) = run(json!({
            "openapi": "3.1.1",
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
            "info": {
                "title": "t", "version": "1", "summary": "s",
                "license": { "name": "MIT", "identifier": "MIT" }
            },
            "webhooks": { "w": { "post": { "summary": "no responses" } } }
        }));
        assert_openapiv3(&out);
        assert!(d.is_empty());
        assert_eq!(
            out,
            json!({
                "openapi": "3.0.3",
                "info": { "title": "t", "version": "1", "license": { "name": "MIT" } },
                "webhooks": { "w": { "post": { "summary": "no responses", "responses": {} } } },
                "paths": {}
            })
        );
    }

    #[test]
    fn mutual_tls_schemes_are_dropped() {
        let (out, d) = run(json!({
            "openapi": "3.1.0",
            "info": { "title": "t", "version": "1" },
            "security": [{ "mtls": [] }, { "key": [] }, { "mtls": [], "key": [] }],
            "paths": { "/a": { "get": {
                "security": [{ "mtls": [] }],
                "responses": { "200": { "description": "ok" } }
            } } },
            "components": { "securitySchemes": {
                "mtls": { "type": "mutualTLS" },
                "key": { "type": "apiKey", "name": "k", "in": "header" }
            } }
        }));
        assert_openapiv3(&out);
        assert_eq!(
            warnings(&d),
            [(
                "/components/securitySchemes/mtls".to_owned(),
                "mutualTLS security scheme is not supported; dropped".to_owned()
            )]
        );
        assert_eq!(out["security"], json!([{ "key": [] }, { "key": [] }]));
        assert_eq!(out.pointer("/paths/~1a/get/security"), Some(&json!([])));
        assert_eq!(
            out.pointer("/components/securitySchemes"),
            Some(&json!({ "key": { "type": "apiKey", "name": "k", "in": "header" } }))
        );
    }

    #[test]
    fn parameter_and_media_type_examples_maps_are_kept() {
        let param = json!({
            "name": "q", "in": "query",
            "schema": { "type": "string", "examples": ["s"] },
            "examples": { "one": { "value": "1" } }
        });
        let (out, _) = run(json!({
            "openapi": "3.1.0",
            "info": { "title": "t", "version": "1" },
            "paths": { "/a": { "get": {
                "parameters": [param],
                "responses": { "200": { "description": "ok", "content": { "application/json": {
                    "schema": { "type": "string" },
                    "examples": { "two": { "value": "2" } }
                } } } }
            } } }
        }));
        assert_openapiv3(&out);
        assert_eq!(
            out.pointer("/paths/~1a/get/parameters/0"),
            Some(&json!({
                "name": "q", "in": "query",
                "schema": { "type": "string", "example": "s" },
                "examples": { "one": { "value": "1" } }
            }))
        );
        assert_eq!(
            out.pointer("/paths/~1a/get/responses/200/content/application~1json/examples"),
            Some(&json!({ "two": { "value": "2" } }))
        );
    }

    #[test]
    fn pointers_name_the_original_keys() {
        let (out, d) = run(json!({
            "openapi": "3.1.0",
            "info": { "title": "t", "version": "1" },
            "paths": { "/p/{x}": { "get": {
                "parameters": [{ "name": "x", "in": "path", "required": true, "schema": {
                    "type": "array",
                    "prefixItems": [{ "patternProperties": { "a/b": { "if": {} } } }]
                } }],
                "responses": {}
            } } }
        }));
        assert_openapiv3(&out);
        assert_eq!(
            warnings(&d),
            [(
                "/paths/~1p~1{x}/get/parameters/0/schema/prefixItems/0/patternProperties/a~1b"
                    .to_owned(),
                "unsupported JSON Schema keyword `if` ignored".to_owned()
            )]
        );
    }

    #[test]
    fn non_object_document_is_an_error() {
        for input in [json!(null), json!([1]), json!("openapi"), json!(3)] {
            let (_, d) = run(input);
            assert_eq!(d.len(), 1);
            assert_eq!(d[0].severity, Severity::Error);
        }
    }

    #[test]
    fn garbage_shapes_do_not_panic() {
        let garbage = [
            json!(null),
            json!(true),
            json!(1),
            json!("s"),
            json!([]),
            json!([null, 1]),
            json!({}),
        ];
        let keys = [
            "openapi",
            "info",
            "license",
            "paths",
            "webhooks",
            "components",
            "schemas",
            "parameters",
            "headers",
            "responses",
            "requestBodies",
            "callbacks",
            "pathItems",
            "securitySchemes",
            "security",
            "get",
            "post",
            "schema",
            "content",
            "encoding",
            "requestBody",
            "type",
            "const",
            "examples",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "minimum",
            "prefixItems",
            "items",
            "maxItems",
            "patternProperties",
            "properties",
            "additionalProperties",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "definitions",
            "$defs",
            "if",
            "contentEncoding",
            "contentMediaType",
            "format",
            "example",
            "$ref",
            "nullable",
            "x-null",
        ];
        // Every key with every garbage value, at the root and inside a schema.
        for key in keys {
            for value in &garbage {
                let mut root = Map::new();
                root.insert(key.to_owned(), value.clone());
                let _ = run(Value::Object(root.clone()));
                let _ = run(doc_with_schema(Value::Object(root.clone())));
                let _ = run(
                    json!({ "paths": { "/a": { "get": { "parameters": [{ "schema": root }] } } } }),
                );
            }
        }
        // Pseudo-random documents built from the same vocabulary.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let doc = random_value(&mut seed, &keys, 6);
            let _ = run(doc);
        }
    }

    /// A deterministic pseudo-random number (xorshift).
    fn next(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    /// A pseudo-random JSON value whose object keys come from `keys`.
    fn random_value(seed: &mut u64, keys: &[&str], depth: usize) -> Value {
        let choice = next(seed) % if depth == 0 { 6 } else { 9 };
        match choice {
            0 => Value::Null,
            1 => Value::Bool(next(seed) & 1 == 0),
            2 => json!(next(seed) % 7),
            3 => json!(-1.5),
            4 => json!(["string", "null", "integer", "mutualTLS"][(next(seed) % 4) as usize]),
            5 => json!("application/octet-stream"),
            6 => Value::Array(
                (0..next(seed) % 4)
                    .map(|_| random_value(seed, keys, depth - 1))
                    .collect(),
            ),
            _ => {
                let mut map = Map::new();
                for _ in 0..next(seed) % 6 {
                    let key = keys[(next(seed) % keys.len() as u64) as usize];
                    map.insert(key.to_owned(), random_value(seed, keys, depth - 1));
                }
                Value::Object(map)
            }
        }
    }

    #[test]
    fn project_specs_deserialize_after_lowering() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
        for name in ["polar.yaml", "codat.yaml", "attio.yaml"] {
            let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
                eprintln!("skipping {name}: not found");
                continue;
            };
            let parsed: Result<Value, _> = serde_yaml::from_str(&text);
            let Ok(doc) = parsed else {
                panic!("{name} is not valid YAML");
            };
            let (out, diags) = run(doc);
            assert!(
                !diags.iter().any(|d| d.severity == Severity::Error),
                "{name}: {diags:?}"
            );
            assert_eq!(out["openapi"], json!("3.0.3"));
            assert!(!has_type_list(&out), "{name} still has a type list");
            assert_openapiv3(&out);
        }
    }
}
