//! Schemas: the Swagger 2.0 dialect rewritten (`type: file`, `x-nullable`, string `discriminator`,
//! `$ref`s), and the JSON-schema keywords of non-body parameters, items objects and headers split into
//! a `schema`.

use serde_json::{json, Map, Value};

use super::rewrite_ref;
use crate::diag::{join, Diagnostics};

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

/// Rewrites a Swagger 2.0 schema (and every nested schema) in place: `type: file` → binary string,
/// `x-nullable` → `nullable`, string `discriminator` → `{propertyName}`, `$ref`s redirected into components.
pub(super) fn convert_schema(v: &mut Value, ptr: &str, diags: &mut Diagnostics) {
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
pub(super) fn split_schema(
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
pub(super) fn is_array_schema(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("array")
}
