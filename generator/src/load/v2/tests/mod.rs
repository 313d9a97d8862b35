//! The Swagger 2.0 → 3.0 pass on documents: servers, top-level fields, components, security schemes,
//! references and degraded shapes; the shared helpers and fixture. Operations are in `operations.rs`,
//! whole documents in `documents.rs`.

use super::*;
use crate::diag::{Diagnostic, Severity};

mod documents;
mod operations;

/// Runs the pass over `input`, returning the output and the diagnostics.
pub(super) fn run(input: Value) -> (Value, Vec<Diagnostic>) {
    let mut diags = Diagnostics::new("test.yaml");
    let mut doc = input;
    lower(&mut doc, &mut diags);
    (doc, diags.into_vec())
}

/// Runs the pass, checks that `openapiv3` accepts the output, and returns it with the diagnostics.
pub(super) fn run_valid(input: Value) -> (Value, Vec<Diagnostic>) {
    let (out, diags) = run(input);
    if let Err(e) = serde_json::from_value::<openapiv3::OpenAPI>(out.clone()) {
        panic!("openapiv3 rejects the output: {e}\n{out:#}");
    }
    (out, diags)
}

/// A minimal Swagger 2.0 document around `paths`, plus the extra top-level fields in `extra`.
pub(super) fn swagger(paths: Value, extra: Value) -> Value {
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
pub(super) fn messages(diags: &[Diagnostic]) -> Vec<String> {
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

/// A fixture exercising formData and collectionFormat together.
pub(super) fn form_fixture() -> Value {
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
