//! The 3.1 → 3.0 pass on documents: every place a schema sits, the document-level rewrites,
//! pointers into the input and garbage shapes; the schema keywords are in `schema.rs`.

use super::*;
use crate::diag::{Diagnostic, Severity};
use serde_json::json;

/// Lowers `input`, returning the output and the diagnostics.
pub(super) fn run(input: Value) -> (Value, Vec<Diagnostic>) {
    let mut doc = input;
    let mut diags = Diagnostics::new("test.yaml");
    lower(&mut doc, &mut diags);
    (doc, diags.into_vec())
}

/// Asserts that `openapiv3` deserializes the document, naming the failing path otherwise.
pub(super) fn assert_openapiv3(doc: &Value) {
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
pub(super) fn doc_with_schema(schema: Value) -> Value {
    json!({
        "openapi": "3.1.0",
        "info": { "title": "t", "version": "1" },
        "paths": {},
        "components": { "schemas": { "S": schema } }
    })
}

/// Lowers a document holding only `schema`; checks that openapiv3 accepts the result; returns the lowered
/// schema and the diagnostics.
pub(super) fn lower_one(schema: Value) -> (Value, Vec<Diagnostic>) {
    let (out, diags) = run(doc_with_schema(schema));
    assert_openapiv3(&out);
    let schema = out
        .pointer("/components/schemas/S")
        .cloned()
        .unwrap_or(Value::Null);
    (schema, diags)
}

/// The messages of the warnings, with their pointers.
pub(super) fn warnings(diags: &[Diagnostic]) -> Vec<(String, String)> {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| (d.pointer.clone(), d.message.clone()))
        .collect()
}

/// Whether any `type` keyword in the value (outside `x-` extensions) is a list (a 3.1 type list survived).
pub(super) fn has_type_list(value: &Value) -> bool {
    match value {
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| !k.starts_with("x-"))
            .any(|(k, v)| (k == "type" && v.is_array()) || has_type_list(v)),
        Value::Array(list) => list.iter().any(has_type_list),
        _ => false,
    }
}

mod schema;

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
