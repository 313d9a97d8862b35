//! The schema rewrites of the 3.1 → 3.0 pass (see the parent module): a schema's subschemas
//! first, then its own keywords.

use serde_json::{json, Map, Value};

use super::{array_or_warn, for_each_entry, kind, Ctx};
use crate::diag::join;

/// The marker that replaces `type: "null"`: a schema that only admits `null`.
const NULL_MARKER: &str = "x-null";

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
/// Rewrites one schema (any JSON value in a schema position) into 3.0 form. `depth` is the schema nesting depth.
pub(super) fn lower_schema(schema: &mut Value, ptr: &str, depth: usize, cx: &mut Ctx<'_>) {
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
    let has = Keywords::of(map);
    if has.items {
        lower_items(map, ptr, depth, cx);
    }
    lower_subschemas(map, ptr, depth, cx);
    if has.unsupported {
        drop_unsupported(map, ptr, cx);
    }
    if has.constant {
        lower_const(map);
    }
    if has.ty {
        lower_type(map, ptr, cx);
    }
    if has.examples {
        lower_examples(map, ptr, cx);
    }
    if has.exclusive {
        lower_exclusive(map, ptr, "exclusiveMinimum", "minimum", cx);
        lower_exclusive(map, ptr, "exclusiveMaximum", "maximum", cx);
    }
    if has.prefix_items {
        lower_prefix_items(map);
    }
    if has.pattern_properties && map.get("patternProperties").is_some_and(Value::is_object) {
        rename_key(map, "patternProperties", "x-pattern-properties");
    }
    if has.content {
        lower_content_keywords(map);
    }
}

/// Which of the keywords rewritten by [`lower_schema_object`] a schema has, found in one look at
/// its keys: each rewrite does nothing without its keyword, and most schemas have none but
/// `type`, so looking each one up (hashing its name) would be most of this pass's time.
#[derive(Default)]
struct Keywords {
    items: bool,
    unsupported: bool,
    constant: bool,
    ty: bool,
    examples: bool,
    exclusive: bool,
    prefix_items: bool,
    pattern_properties: bool,
    content: bool,
}

impl Keywords {
    fn of(map: &Map<String, Value>) -> Self {
        let mut has = Self::default();
        for key in map.keys() {
            match key.as_str() {
                "items" => has.items = true,
                "const" => has.constant = true,
                "type" => has.ty = true,
                "examples" => has.examples = true,
                "exclusiveMinimum" | "exclusiveMaximum" => has.exclusive = true,
                "prefixItems" => has.prefix_items = true,
                "patternProperties" => has.pattern_properties = true,
                "contentEncoding" | "contentMediaType" => has.content = true,
                key if SILENTLY_DROPPED.contains(&key)
                    || WARNED_GROUPS.iter().any(|g| g.contains(&key)) =>
                {
                    has.unsupported = true
                }
                _ => {}
            }
        }
        has
    }
}

/// Rewrites the subschemas under every schema-valued keyword except `items`.
fn lower_subschemas(map: &mut Map<String, Value>, ptr: &str, depth: usize, cx: &mut Ctx<'_>) {
    for (key, value) in map.iter_mut() {
        let key = key.as_str();
        let p = || join(ptr, &[key]);
        if SINGLE_SUBSCHEMAS.contains(&key) {
            lower_schema(value, &p(), depth + 1, cx);
        } else if LIST_SUBSCHEMAS.contains(&key) {
            lower_schema_list(value, &p(), depth, cx);
        } else if MAP_SUBSCHEMAS.contains(&key) {
            for_each_entry(value, &p(), false, cx, |v, p, cx| {
                lower_schema(v, p, depth + 1, cx)
            });
        } else if key == "additionalProperties" {
            lower_additional_properties(value, &p(), depth, cx);
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
    let (names, has_null) = match map.get("type") {
        None => return,
        Some(Value::String(name)) if name == "null" => (Vec::new(), true),
        Some(Value::String(_)) => return,
        Some(Value::Array(list)) => type_names(list, &join(ptr, &["type"]), cx),
        Some(other) => {
            let p = join(ptr, &["type"]);
            cx.dropped(&p, "a type name or a list of them", other);
            map.shift_remove("type");
            return;
        }
    };
    let p = join(ptr, &["type"]);
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
