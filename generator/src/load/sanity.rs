//! Schema keywords of the wrong JSON type are dropped (with a warning) before `openapiv3` sees
//! the document. `openapiv3` reads schemas through untagged enums, which retry every variant at
//! every level: one bad keyword deep in a schema would cost time exponential in its depth, and
//! would turn the whole enclosing schema into "any value". `x-nullable: true` (Swagger 2.0's
//! spelling, kept by many converted 3.0 documents) becomes `nullable: true` here.

use serde_json::{Map, Value};

use super::kind::{child, Item, Kind};
use super::par;
use crate::diag::{escape_token, push_index, push_token, Diagnostics};

const MAX_DEPTH: usize = 200;

/// What a keyword's value must be.
#[derive(Clone, Copy)]
enum Expect {
    String,
    Bool,
    Number,
    Count,
    Array,
    Object,
    StringArray,
    SchemaOrBool,
}

fn expectation(keyword: &str) -> Option<Expect> {
    use Expect::*;
    Some(match keyword {
        "type" | "format" | "pattern" | "title" | "description" | "$ref" => String,
        "nullable" | "readOnly" | "writeOnly" | "deprecated" | "uniqueItems"
        | "exclusiveMinimum" | "exclusiveMaximum" => Bool,
        "minimum" | "maximum" | "multipleOf" => Number,
        "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties" => {
            Count
        }
        "enum" | "allOf" | "anyOf" | "oneOf" => Array,
        "properties" | "discriminator" | "externalDocs" | "xml" | "items" | "not" => Object,
        "required" => StringArray,
        "additionalProperties" => SchemaOrBool,
        _ => return None,
    })
}

fn fits(value: &Value, expect: Expect) -> bool {
    match expect {
        Expect::String => value.is_string(),
        Expect::Bool => value.is_boolean(),
        Expect::Number => value.is_number(),
        Expect::Count => value.as_u64().is_some(),
        Expect::Array => value.is_array(),
        Expect::Object => value.is_object(),
        Expect::StringArray => value
            .as_array()
            .is_some_and(|a| a.iter().all(Value::is_string)),
        Expect::SchemaOrBool => value.is_object() || value.is_boolean(),
    }
}

/// Drops mistyped keywords of every schema, and replaces non-object schemas by `{}`.
pub fn check(doc: &mut Value, diags: &mut Diagnostics) {
    walk(doc, Kind::Root, &mut String::new(), 0, diags);
}

fn schema(map: &mut Map<String, Value>, pointer: &str, diags: &mut Diagnostics) {
    let bad: Vec<String> = map
        .iter()
        .filter(|(k, v)| expectation(k).is_some_and(|e| !fits(v, e)))
        .map(|(k, _)| k.clone())
        .collect();
    for keyword in bad {
        diags.warn(
            format!("{pointer}/{}", escape_token(&keyword)),
            format!("schema keyword `{keyword}` has a value of the wrong type; ignored"),
        );
        map.remove(&keyword);
    }
    // Swagger 2.0's `x-nullable`, which 3.0 documents converted from 2.0 often keep: `nullable`.
    if map.get("x-nullable") == Some(&Value::Bool(true)) && !map.contains_key("nullable") {
        map.insert("nullable".into(), Value::Bool(true));
    }
    if let Some(Value::Object(d)) = map.get("discriminator") {
        if !d.get("propertyName").is_some_and(Value::is_string) {
            diags.warn(
                format!("{pointer}/discriminator"),
                "`discriminator` without a string `propertyName`; ignored",
            );
            map.remove("discriminator");
        }
    }
}

fn walk(
    value: &mut Value,
    kind: Kind,
    pointer: &mut String,
    depth: usize,
    diags: &mut Diagnostics,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let is_schema = kind == Kind::One(Item::Schema);
    // `additionalProperties: true/false` stay; any other non-object schema becomes `{}`.
    let boolean_allowed = value.is_boolean() && pointer.ends_with("/additionalProperties");
    if is_schema && !value.is_object() && !boolean_allowed {
        if value != &Value::Bool(true) {
            diags.warn(
                pointer.clone(),
                "a schema must be an object; using any JSON value",
            );
        }
        *value = Value::Object(Map::new());
        return;
    }
    match value {
        Value::Object(map) => {
            if is_schema {
                schema(map, pointer, diags);
            }
            let members = map.iter_mut().filter_map(|(key, value)| {
                let child_kind = child(kind, key);
                (child_kind != Kind::Other).then_some((key, value, child_kind))
            });
            if par::splits(depth) {
                let base: &str = pointer;
                par::each(members.collect(), diags, |(key, value, kind), diags| {
                    let mut pointer = base.to_owned();
                    push_token(&mut pointer, key);
                    walk(value, kind, &mut pointer, depth + 1, diags);
                });
                return;
            }
            for (key, child_value, child_kind) in members {
                let len = pointer.len();
                push_token(pointer, key);
                walk(child_value, child_kind, pointer, depth + 1, diags);
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let len = pointer.len();
                push_index(pointer, i);
                walk(item, child(kind, ""), pointer, depth + 1, diags);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn drops_mistyped_keywords() {
        let mut doc = json!({"components": {"schemas": {
            "A": {"type": "object", "description": 5, "required": {"x": 1},
                  "properties": {"b": 7, "c": {"type": "string", "maxLength": -1}}}
        }}});
        let mut diags = Diagnostics::new("t");
        check(&mut doc, &mut diags);
        assert_eq!(
            doc,
            json!({"components": {"schemas": {"A": {"type": "object", "properties": {"b": {}, "c": {"type": "string"}}}}}})
        );
        assert_eq!(diags.into_vec().len(), 4);
    }

    #[test]
    fn warnings_of_members_walked_in_parallel_come_in_document_order() {
        let bad = json!({"type": "object", "description": 5, "title": 6});
        let mut schemas = serde_json::Map::new();
        for name in ["Z", "A", "M", "B", "Y", "C", "X", "D"] {
            schemas.insert(name.to_owned(), bad.clone());
        }
        let mut doc = json!({
            "paths": {"/b": {"get": {"parameters": [{"name": "p", "in": "query", "schema": 7}]}},
                      "/a": {"get": {"parameters": [{"name": "q", "in": "query", "schema": 8}]}}},
            "components": {"schemas": schemas}
        });
        let mut diags = Diagnostics::new("t");
        check(&mut doc, &mut diags);
        let pointers: Vec<String> = diags.into_vec().into_iter().map(|d| d.pointer).collect();
        let mut want = vec![
            "/paths/~1b/get/parameters/0/schema".to_owned(),
            "/paths/~1a/get/parameters/0/schema".to_owned(),
        ];
        for name in ["Z", "A", "M", "B", "Y", "C", "X", "D"] {
            want.push(format!("/components/schemas/{name}/description"));
            want.push(format!("/components/schemas/{name}/title"));
        }
        assert_eq!(pointers, want);
    }

    #[test]
    fn x_nullable_means_nullable() {
        let mut doc = json!({"components": {"schemas": {
            "A": {"type": "object", "properties": {"b": {"type": "string", "x-nullable": true},
                                                   "c": {"type": "string", "x-nullable": false}}}
        }}});
        let mut diags = Diagnostics::new("t");
        check(&mut doc, &mut diags);
        let props = &doc["components"]["schemas"]["A"]["properties"];
        assert_eq!(props["b"]["nullable"], true);
        assert!(props["c"].get("nullable").is_none());
    }
}
