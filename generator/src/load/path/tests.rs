use serde_json::{json, Value};

use super::*;

/// Each reader against serde on `value`: the same result, or refused by both.
fn agree(value: &Value) -> Result<(), String> {
    fn check<T: PartialEq + std::fmt::Debug + for<'de> Deserialize<'de>>(
        what: &str,
        value: &Value,
        mine: Option<T>,
    ) -> Result<(), String> {
        let theirs = T::deserialize(value).ok();
        if mine == theirs {
            Ok(())
        } else {
            Err(format!("{what} differs from serde: {value}"))
        }
    }
    check("path item", value, reference_or(value.clone()))?;
    check("operation", value, operation(value.clone()))?;
    check("responses", value, responses(value.clone()))?;
    check("response", value, response(value.clone()))?;
    check("request body", value, request_body(value.clone()))?;
    check("media type", value, media_type(value.clone()))
}

#[test]
fn reads_as_serde_does_where_it_is_picky() {
    let op = |responses: Value| json!({"operationId": "a", "responses": responses});
    let cases = [
        // Status codes: numbers 100–999, a digit and XX in either case (0XX too), the rest
        // skipped; two keys for one code keep the first's place and the last's value.
        op(
            json!({"200": {"description": "a"}, "2xx": {"description": "b"},
                  "2XX": {"description": "c"}, "0XX": {"description": "d"},
                  "099": {"description": "e"}, "+20": {"description": "f"},
                  "1000": {"description": "g"}, "abc": {"description": "h"},
                  "x-a": 1, "default": {"$ref": "#/components/responses/D"}}),
        ),
        op(json!({"200": {"description": 5}})),
        op(json!({"200": {"content": {}}})),
        op(json!({"default": null})),
        op(json!(null)),
        json!({"operationId": "a"}),
        json!({"responses": {}, "deprecated": null}),
        json!({"responses": {}, "deprecated": true, "tags": ["t"], "security": null,
               "externalDocs": null, "summary": null, "x-b": {"c": [1, 2.5]}, "other": 1}),
        json!({"responses": {}, "tags": null}),
        json!({"responses": {}, "requestBody": {"$ref": 5, "content": {}}}),
        json!({"responses": {}, "requestBody": {"content": {"a/b": {"schema": null,
               "example": null, "x-c": null}}, "required": true}}),
        json!({"responses": {}, "callbacks": {"cb": {"{$url}": {"post": {"responses": {}}}}}}),
        json!({"responses": {}, "callbacks": {"cb": {"$ref": "#/x"}}}),
        json!({"get": {"responses": {}}, "parameters": [{"$ref": "#/p"}, {"$ref": 1, "name": "n",
               "in": "query", "schema": {"type": "string"}}], "$ref": "#/q",
               "servers": [{"url": "/"}], "summary": "s", "x-d": true}),
        json!({"get": null, "put": [], "description": "d"}),
        json!({"parameters": [5]}),
        json!({"parameters": null, "get": {"responses": {}, "parameters": {}}}),
        json!({"$ref": "#/components/pathItems/A", "get": 5}),
        json!({"description": "d", "content": {"a/b": {"schema": {"type": "string"},
               "examples": {"e": {"value": 1}}, "encoding": {"f": {"style": "form"}}}},
               "headers": {"h": {"schema": {"type": "integer"}}}, "links": {}}),
        json!({"description": "d", "content": {"a/b": {"schema": {"properties": {"a": true}}}}}),
        json!([{"responses": {}}]),
        json!("a string"),
    ];
    for case in &cases {
        agree(case).unwrap();
    }
    // The usual ones are read, not left to serde.
    assert!(operation(cases[0].clone()).is_some());
    assert!(path_item(cases[13].clone()).is_some());
    assert!(response(cases[18].clone()).is_some());
}

/// Every object of every document at hand, read as each of these objects both ways.
#[test]
fn agrees_with_serde_on_every_object_of_real_documents() {
    let (mut objects, mut operations) = (0usize, 0usize);
    crate::load::every_object(|path, value| {
        objects += 1;
        operations += usize::from(operation(value.clone()).is_some());
        if let Err(e) = agree(value) {
            panic!("{}: {e}", path.display());
        }
    });
    assert!(objects > 1_000, "only {objects} objects found");
    assert!(operations > 100, "only {operations} operations read");
}
