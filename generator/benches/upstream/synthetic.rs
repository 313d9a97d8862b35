//! The synthetic document of the benchmark: 20,000 operations and 5,000 schemas shaped like
//! large real descriptions: a base entity every schema inherits (`allOf` chains up to six
//! deep), references everywhere, and many small groups (2,000 tags of ten operations).

use serde_json::{json, Map, Value};

/// Operations in the document.
pub const OPERATIONS: usize = 20_000;
/// Schemas in `components/schemas` (the base entity included).
pub const SCHEMAS: usize = 5_000;
const OPS_PER_GROUP: usize = 10;

fn schema_name(i: usize) -> String {
    format!("Resource{i:04}")
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// The document, as JSON text.
pub fn document() -> Vec<u8> {
    let mut schemas = Map::new();
    schemas.insert(
        "Entity".into(),
        json!({
            "type": "object",
            "required": ["id", "created_at"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "created_at": {"type": "string", "format": "date-time"},
                "updated_at": {"type": "string", "format": "date-time", "nullable": true},
                "metadata": {"type": "object", "additionalProperties": {"type": "string"}}
            }
        }),
    );
    for i in 1..SCHEMAS {
        // Every sixth schema starts a chain on the base entity; the others extend the previous.
        let parent = if i % 6 == 1 {
            "Entity".to_owned()
        } else {
            schema_name(i - 1)
        };
        let sibling = schema_name(1 + (i * 7) % (SCHEMAS - 1));
        schemas.insert(
            schema_name(i),
            json!({
                "allOf": [
                    reference(&parent),
                    {
                        "type": "object",
                        "required": [format!("name_{i}")],
                        "properties": {
                            format!("name_{i}"): {"type": "string", "maxLength": 200},
                            format!("count_{i}"): {"type": "integer", "format": "int64"},
                            format!("status_{i}"): {"type": "string", "enum": ["active", "archived", "deleted"]},
                            format!("owner_{i}"): reference("Entity"),
                            format!("related_{i}"): {"type": "array", "items": reference(&sibling)}
                        }
                    }
                ]
            }),
        );
    }
    let mut paths = Map::new();
    for group in 0..OPERATIONS / OPS_PER_GROUP {
        let tag = format!("group{group:04}");
        // Two collections: list and create on each, get, update and delete on its items.
        for k in 0..OPS_PER_GROUP / 5 {
            let schema = schema_name(1 + (group * 5 + k) % (SCHEMAS - 1));
            let collection = format!("/{tag}/r{k}");
            let item = format!("{collection}/{{id}}");
            let ok = |body: Value| json!({"200": {"description": "OK", "content": {"application/json": {"schema": body}}}, "404": {"description": "Not found"}});
            paths.insert(
                collection,
                json!({
                    "get": {
                        "operationId": format!("list_{tag}_{k}"), "tags": [tag],
                        "parameters": [
                            {"name": "page", "in": "query", "schema": {"type": "integer"}},
                            {"name": "per_page", "in": "query", "schema": {"type": "integer"}}
                        ],
                        "responses": ok(json!({"type": "array", "items": reference(&schema)}))
                    },
                    "post": {
                        "operationId": format!("create_{tag}_{k}"), "tags": [tag],
                        "requestBody": {"required": true, "content": {"application/json": {"schema": reference(&schema)}}},
                        "responses": ok(reference(&schema))
                    }
                }),
            );
            paths.insert(
                item,
                json!({
                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "get": {"operationId": format!("get_{tag}_{k}"), "tags": [tag], "responses": ok(reference(&schema))},
                    "patch": {
                        "operationId": format!("update_{tag}_{k}"), "tags": [tag],
                        "requestBody": {"required": true, "content": {"application/json": {"schema": reference(&schema)}}},
                        "responses": ok(reference(&schema))
                    },
                    "delete": {"operationId": format!("delete_{tag}_{k}"), "tags": [tag], "responses": {"204": {"description": "Deleted"}}}
                }),
            );
        }
    }
    let doc = json!({
        "openapi": "3.0.3",
        "info": {"title": "Synthetic", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas}
    });
    serde_json::to_vec(&doc).expect("a JSON value serializes")
}
