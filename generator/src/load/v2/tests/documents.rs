//! Whole documents: the formData/collectionFormat fixture and UltraCart end to end; garbage, random and
//! mutated documents that must not panic.

use super::*;

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
