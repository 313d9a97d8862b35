//! Responses: `schema` → `content` per produced media type, header keywords → header `schema`.

use serde_json::{json, Map, Value};

use super::params::collection_style;
use super::schema::{convert_schema, is_array_schema, split_schema};
use super::{convert_ref, is_status_code};
use crate::diag::{join, Diagnostics};

/// Converts an operation's `responses` object.
pub(super) fn convert_responses(
    v: &Value,
    ptr: &str,
    produces: &[String],
    diags: &mut Diagnostics,
) -> Value {
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
pub(super) fn convert_response(
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
