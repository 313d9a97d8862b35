//! Operations: parameters and their references, request bodies, formData, responses, operation fields.

use super::*;

#[test]
fn parameter_references_are_redirected() {
    let (out, diags) = run_valid(swagger(
        json!({ "/pets": {
            "post": {
                "parameters": [
                    { "$ref": "#/parameters/limit" },
                    { "$ref": "#/parameters/pet" },
                    { "$ref": "#/parameters/upload" },
                ],
                "responses": {
                    "200": { "$ref": "#/responses/Ok" },
                    "default": { "$ref": "#/responses/Ok" },
                },
            },
        }}),
        json!({
            "parameters": {
                "limit": { "name": "limit", "in": "query", "type": "integer" },
                "pet": { "name": "pet", "in": "body", "schema": { "type": "object" } },
                "upload": { "name": "file", "in": "formData", "type": "file" },
            },
            "responses": { "Ok": { "description": "ok" } },
        }),
    ));
    // body and formData together: the body wins.
    assert_eq!(
        messages(&diags),
        ["/paths/~1pets/post: the operation has both body and formData parameters; formData parameters dropped"]
    );
    assert_eq!(
        out["paths"]["/pets"]["post"],
        json!({
            "parameters": [{ "$ref": "#/components/parameters/limit" }],
            "requestBody": { "$ref": "#/components/requestBodies/pet" },
            "responses": {
                "200": { "$ref": "#/components/responses/Ok" },
                "default": { "$ref": "#/components/responses/Ok" },
            },
        })
    );
}

#[test]
fn form_data_reference_is_inlined() {
    let (out, diags) = run_valid(swagger(
        json!({ "/upload": { "post": {
            "parameters": [{ "$ref": "#/parameters/upload" }, { "name": "note", "in": "formData", "type": "string" }],
            "responses": { "204": { "description": "done" } },
        }}}),
        json!({ "parameters": { "upload": { "name": "file", "in": "formData", "type": "file", "required": true } } }),
    ));
    assert!(diags.is_empty(), "{:?}", messages(&diags));
    assert_eq!(
        out["paths"]["/upload"]["post"]["requestBody"],
        json!({ "required": true, "content": { "multipart/form-data": { "schema": {
            "type": "object",
            "properties": {
                "file": { "type": "string", "format": "binary" },
                "note": { "type": "string" },
            },
            "required": ["file"],
        }}}})
    );
    assert!(out["components"].get("parameters").is_none());
}

#[test]
fn escaped_body_reference_resolves() {
    let (out, diags) = run_valid(swagger(
        json!({ "/n": { "post": {
            "parameters": [{ "$ref": "#/parameters/new%20pet~1v2" }],
            "responses": { "204": { "description": "done" } },
        }}}),
        json!({ "parameters": { "new pet/v2": { "name": "p", "in": "body", "schema": { "type": "object" } } } }),
    ));
    assert!(diags.is_empty(), "{:?}", messages(&diags));
    assert_eq!(
        out["paths"]["/n"]["post"]["requestBody"],
        json!({ "$ref": "#/components/requestBodies/new pet~1v2" })
    );
    assert!(out["components"]["requestBodies"]
        .get("new pet/v2")
        .is_some());
}

#[test]
fn body_reference_with_own_consumes_warns() {
    let (out, diags) = run_valid(swagger(
        json!({ "/pets": { "put": {
            "consumes": ["application/xml"],
            "parameters": [{ "$ref": "#/parameters/pet" }],
            "responses": { "204": { "description": "done" } },
        }}}),
        json!({ "parameters": { "pet": { "name": "pet", "in": "body", "schema": { "type": "object" } } } }),
    ));
    assert_eq!(
        messages(&diags),
        ["/paths/~1pets/put/parameters/0: the operation's `consumes` differs from the document's; shared request body `pet` keeps the document's media types"]
    );
    assert_eq!(
        out["paths"]["/pets"]["put"]["requestBody"],
        json!({ "$ref": "#/components/requestBodies/pet" })
    );
}

#[test]
fn path_level_parameters_are_merged_operation_wins() {
    let (out, diags) = run_valid(swagger(
        json!({ "/pets/{id}": {
            "parameters": [
                { "name": "id", "in": "path", "required": true, "type": "string" },
                { "name": "verbose", "in": "query", "type": "boolean" },
                { "$ref": "#/parameters/trace" },
            ],
            "get": {
                "parameters": [
                    { "name": "verbose", "in": "query", "type": "integer", "description": "level" },
                    { "name": "id", "in": "header", "type": "string" },
                ],
                "responses": { "200": { "description": "ok" } },
            },
            "delete": {
                "parameters": [{ "name": "X-Trace", "in": "header", "type": "integer" }],
                "responses": { "204": { "description": "gone" } },
            },
        }}),
        json!({ "parameters": { "trace": { "name": "X-Trace", "in": "header", "type": "string" } } }),
    ));
    assert!(diags.is_empty(), "{:?}", messages(&diags));
    let item = &out["paths"]["/pets/{id}"];
    assert!(item.get("parameters").is_none());
    assert_eq!(
        item["get"]["parameters"],
        json!([
            { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } },
            { "$ref": "#/components/parameters/trace" },
            { "name": "verbose", "in": "query", "description": "level", "schema": { "type": "integer" } },
            { "name": "id", "in": "header", "schema": { "type": "string" } },
        ])
    );
    assert_eq!(
        item["delete"]["parameters"],
        json!([
            { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } },
            { "name": "verbose", "in": "query", "schema": { "type": "boolean" } },
            { "name": "X-Trace", "in": "header", "schema": { "type": "integer" } },
        ])
    );
}

#[test]
fn parameter_keywords_move_into_schema() {
    let (out, diags) = run_valid(swagger(
        json!({ "/items": { "get": {
            "parameters": [{
                "name": "size", "in": "query", "description": "Page size.", "required": false,
                "type": "integer", "format": "int64", "minimum": 1, "maximum": 100, "default": 20,
                "enum": [10, 20, 50], "multipleOf": 10, "exclusiveMinimum": false,
                "allowEmptyValue": true, "x-nullable": true, "x-rust-name": "page_size",
            }],
            "responses": { "200": { "description": "ok" } },
        }}}),
        json!({}),
    ));
    assert!(diags.is_empty(), "{:?}", messages(&diags));
    assert_eq!(
        out["paths"]["/items"]["get"]["parameters"][0],
        json!({
            "name": "size", "in": "query", "description": "Page size.", "required": false,
            "allowEmptyValue": true, "x-rust-name": "page_size",
            "schema": {
                "type": "integer", "format": "int64", "minimum": 1, "maximum": 100, "default": 20,
                "enum": [10, 20, 50], "multipleOf": 10, "exclusiveMinimum": false, "nullable": true,
            },
        })
    );
}

#[test]
fn collection_formats_map_to_style_and_explode() {
    let param = |name: &str, loc: &str, cf: Option<&str>| {
        let mut p =
            json!({ "name": name, "in": loc, "type": "array", "items": { "type": "string" } });
        if let (Some(m), Some(cf)) = (p.as_object_mut(), cf) {
            m.insert("collectionFormat".into(), json!(cf));
        }
        if loc == "path" {
            p["required"] = json!(true);
        }
        p
    };
    let (out, diags) = run_valid(swagger(
        json!({ "/c/{p}": { "get": {
            "parameters": [
                param("dflt", "query", None),
                param("csv", "query", Some("csv")),
                param("multi", "query", Some("multi")),
                param("ssv", "query", Some("ssv")),
                param("pipes", "query", Some("pipes")),
                param("tsv", "query", Some("tsv")),
                param("p", "path", Some("csv")),
                param("h", "header", Some("pipes")),
                { "name": "scalar", "in": "query", "type": "string", "collectionFormat": "multi" },
            ],
            "responses": { "200": { "description": "ok" } },
        }}}),
        json!({}),
    ));
    assert_eq!(
        messages(&diags),
        [
            "/paths/~1c~1{p}/get/parameters/5/collectionFormat: `collectionFormat: tsv` has no OpenAPI 3 equivalent; treated as csv",
            "/paths/~1c~1{p}/get/parameters/7/collectionFormat: `collectionFormat: pipes` has no OpenAPI 3 equivalent for header values; treated as csv",
        ]
    );
    let params = &out["paths"]["/c/{p}"]["get"]["parameters"];
    let style = |i: usize| {
        (
            params[i].get("style").cloned(),
            params[i].get("explode").cloned(),
        )
    };
    let s = |st: &str, ex: bool| (Some(json!(st)), Some(json!(ex)));
    assert_eq!(style(0), s("form", false));
    assert_eq!(style(1), s("form", false));
    assert_eq!(style(2), s("form", true));
    assert_eq!(style(3), s("spaceDelimited", false));
    assert_eq!(style(4), s("pipeDelimited", false));
    assert_eq!(style(5), s("form", false));
    assert_eq!(style(6), (None, None));
    assert_eq!(style(7), (None, None));
    assert_eq!(style(8), (None, None));
    assert_eq!(
        params[2],
        json!({ "name": "multi", "in": "query", "schema": { "type": "array", "items": { "type": "string" } }, "style": "form", "explode": true })
    );
}

#[test]
fn body_parameter_becomes_request_body_with_consumes() {
    let body = json!({ "name": "pet", "in": "body", "required": true, "description": "A pet.", "schema": { "$ref": "#/definitions/Pet" } });
    let paths = json!({ "/pets": {
        "post": { "consumes": ["application/xml"], "parameters": [body.clone()], "responses": { "201": { "description": "made" } } },
        "put": { "parameters": [body], "responses": { "204": { "description": "done" } } },
    }});
    let (out, _) = run_valid(swagger(
        paths.clone(),
        json!({ "consumes": ["text/plain"] }),
    ));
    let pets = &out["paths"]["/pets"];
    let schema = json!({ "$ref": "#/components/schemas/Pet" });
    assert_eq!(
        pets["post"]["requestBody"],
        json!({ "required": true, "description": "A pet.", "content": { "application/xml": { "schema": schema } } })
    );
    assert_eq!(
        pets["put"]["requestBody"]["content"],
        json!({ "text/plain": { "schema": schema } })
    );
    assert!(pets["put"].get("parameters").is_none());
    assert!(pets["post"].get("consumes").is_none());

    let (out, _) = run_valid(swagger(paths, json!({})));
    assert_eq!(
        out["paths"]["/pets"]["put"]["requestBody"]["content"],
        json!({ "application/json": { "schema": schema } })
    );
}

#[test]
fn form_data_becomes_one_object_body() {
    let fields = json!([
        { "name": "name", "in": "formData", "type": "string", "required": true, "description": "Pet name." },
        { "name": "tags", "in": "formData", "type": "array", "items": { "type": "string" }, "collectionFormat": "multi" },
        { "name": "id", "in": "query", "type": "integer" },
    ]);
    let (out, diags) = run_valid(swagger(
        json!({ "/form": { "post": { "parameters": fields.clone(), "responses": { "200": { "description": "ok" } } } } }),
        json!({}),
    ));
    assert!(diags.is_empty(), "{:?}", messages(&diags));
    let op = &out["paths"]["/form"]["post"];
    assert_eq!(
        op["parameters"],
        json!([{ "name": "id", "in": "query", "schema": { "type": "integer" } }])
    );
    assert_eq!(
        op["requestBody"],
        json!({ "required": true, "content": { "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object",
                "properties": {
                    "name": { "type": "string", "description": "Pet name." },
                    "tags": { "type": "array", "items": { "type": "string" } },
                },
                "required": ["name"],
            },
            "encoding": { "tags": { "style": "form", "explode": true } },
        }}})
    );

    // consumes listing multipart/form-data selects it.
    let (out, _) = run_valid(swagger(
        json!({ "/form": { "post": { "consumes": ["multipart/form-data"], "parameters": fields, "responses": { "200": { "description": "ok" } } } } }),
        json!({}),
    ));
    let content = &out["paths"]["/form"]["post"]["requestBody"]["content"];
    assert!(content.get("multipart/form-data").is_some(), "{content}");
}

#[test]
fn form_data_file_selects_multipart() {
    let (out, _) = run_valid(swagger(
        json!({ "/up": { "post": {
            "consumes": ["application/x-www-form-urlencoded"],
            "parameters": [{ "name": "f", "in": "formData", "type": "file" }],
            "responses": { "200": { "description": "ok" } },
        }}}),
        json!({}),
    ));
    assert_eq!(
        out["paths"]["/up"]["post"]["requestBody"],
        json!({ "content": { "multipart/form-data": { "schema": {
            "type": "object", "properties": { "f": { "type": "string", "format": "binary" } },
        }}}})
    );
}

#[test]
fn responses_get_content_and_header_schemas() {
    let (out, diags) = run_valid(swagger(
        json!({ "/r": { "get": {
            "produces": ["application/json", "application/xml"],
            "responses": {
                "200": {
                    "description": "ok",
                    "schema": { "type": "array", "items": { "$ref": "#/definitions/Pet" } },
                    "headers": {
                        "X-Rate": { "type": "integer", "format": "int32", "description": "Calls left." },
                        "X-Ids": { "type": "array", "items": { "type": "string" }, "collectionFormat": "csv" },
                    },
                    "examples": { "application/json": [{ "id": 1 }] },
                    "x-note": "kept",
                },
                "204": { "description": "nothing" },
                "default": { "description": "error", "schema": { "$ref": "#/definitions/Error" } },
            },
        }}}),
        json!({ "produces": ["text/plain"] }),
    ));
    assert!(diags.is_empty(), "{:?}", messages(&diags));
    let pets = json!({ "type": "array", "items": { "$ref": "#/components/schemas/Pet" } });
    let error = json!({ "$ref": "#/components/schemas/Error" });
    assert_eq!(
        out["paths"]["/r"]["get"]["responses"],
        json!({
            "200": {
                "description": "ok",
                "content": { "application/json": { "schema": pets }, "application/xml": { "schema": pets } },
                "headers": {
                    "X-Rate": { "description": "Calls left.", "schema": { "type": "integer", "format": "int32" } },
                    "X-Ids": { "schema": { "type": "array", "items": { "type": "string" } } },
                },
                "x-note": "kept",
            },
            "204": { "description": "nothing" },
            "default": {
                "description": "error",
                "content": { "application/json": { "schema": error }, "application/xml": { "schema": error } },
            },
        })
    );
}

#[test]
fn responses_use_global_produces_then_json() {
    let paths = json!({ "/r": { "get": { "responses": { "200": { "description": "ok", "schema": { "type": "string" } } } } } });
    let (out, _) = run_valid(swagger(paths.clone(), json!({ "produces": ["text/csv"] })));
    assert_eq!(
        out["paths"]["/r"]["get"]["responses"]["200"]["content"],
        json!({ "text/csv": { "schema": { "type": "string" } } })
    );
    let (out, _) = run_valid(swagger(paths, json!({})));
    assert_eq!(
        out["paths"]["/r"]["get"]["responses"]["200"]["content"],
        json!({ "application/json": { "schema": { "type": "string" } } })
    );
}

#[test]
fn operation_fields_dropped_and_kept() {
    let (out, diags) = run_valid(swagger(
        json!({ "/ops": {
            "x-path-ext": true,
            "get": {
                "tags": ["t"], "summary": "s", "description": "d", "operationId": "listOps",
                "externalDocs": { "url": "https://d" }, "deprecated": true,
                "schemes": ["http"], "consumes": ["application/json"], "produces": ["application/json"],
                "security": [{ "oauth": ["read"] }],
                "x-rust-name": "ops_list",
                "x-pagination": { "style": "offset", "items": "ops" },
                "responses": { "200": { "description": "ok" } },
            },
        }}),
        json!({}),
    ));
    assert!(diags.is_empty(), "{:?}", messages(&diags));
    assert_eq!(
        out["paths"]["/ops"],
        json!({
            "x-path-ext": true,
            "get": {
                "tags": ["t"], "summary": "s", "description": "d", "operationId": "listOps",
                "externalDocs": { "url": "https://d" }, "deprecated": true,
                "security": [{ "oauth": ["read"] }],
                "x-rust-name": "ops_list",
                "x-pagination": { "style": "offset", "items": "ops" },
                "responses": { "200": { "description": "ok" } },
            },
        })
    );
}
