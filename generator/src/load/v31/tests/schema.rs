//! The 3.1 → 3.0 rewrites of schema keywords, one by one.

use super::*;

#[test]
fn type_with_null_becomes_nullable() {
    let (s, d) = lower_one(json!({ "type": ["string", "null"], "description": "d" }));
    assert_eq!(
        s,
        json!({ "type": "string", "nullable": true, "description": "d" })
    );
    assert!(d.is_empty());
    let (s, _) = lower_one(json!({ "type": ["null", "object"], "properties": {} }));
    assert_eq!(
        s,
        json!({ "type": "object", "nullable": true, "properties": {} })
    );
}

#[test]
fn null_type_becomes_marker_in_place() {
    let (s, _) = lower_one(json!({ "title": "T", "type": "null", "description": "d" }));
    assert_eq!(
        s.to_string(),
        r#"{"title":"T","x-null":true,"description":"d"}"#
    );
    let (s, _) = lower_one(json!({ "type": ["null"] }));
    assert_eq!(s, json!({ "x-null": true }));
}

#[test]
fn one_element_type_list_becomes_that_type() {
    let (s, _) = lower_one(json!({ "type": ["integer"], "minimum": 1 }));
    assert_eq!(s, json!({ "type": "integer", "minimum": 1 }));
}

#[test]
fn several_types_become_any_of() {
    let (s, _) = lower_one(json!({ "type": ["string", "integer", "string"] }));
    assert_eq!(
        s,
        json!({ "anyOf": [{ "type": "string" }, { "type": "integer" }] })
    );
    let (s, _) = lower_one(json!({ "type": ["string", "null", "boolean"] }));
    assert_eq!(
        s,
        json!({ "anyOf": [{ "type": "string" }, { "type": "boolean" }], "nullable": true })
    );
    // An existing `anyOf` must hold as well: the type union goes to `allOf`.
    let (s, _) = lower_one(json!({ "type": ["string", "integer"], "anyOf": [{ "minimum": 1 }] }));
    assert_eq!(
        s,
        json!({
            "allOf": [{ "anyOf": [{ "type": "string" }, { "type": "integer" }] }],
            "anyOf": [{ "minimum": 1 }]
        })
    );
}

#[test]
fn bad_type_values_are_dropped_with_warnings() {
    let (s, d) = lower_one(json!({ "type": ["string", 3] }));
    assert_eq!(s, json!({ "type": "string" }));
    assert_eq!(
        warnings(&d),
        [(
            "/components/schemas/S/type/1".to_owned(),
            "expected a type name, found a number; dropped".to_owned()
        )]
    );
    let (s, d) = lower_one(json!({ "type": [] }));
    assert_eq!(s, json!({}));
    assert_eq!(warnings(&d)[0].1, "empty `type` list ignored");
    let (s, d) = lower_one(json!({ "type": 7 }));
    assert_eq!(s, json!({}));
    assert_eq!(d.len(), 1);
}

#[test]
fn const_becomes_enum_with_inferred_type() {
    let cases = [
        (
            json!({ "const": "a" }),
            json!({ "enum": ["a"], "type": "string" }),
        ),
        (
            json!({ "const": 3 }),
            json!({ "enum": [3], "type": "integer" }),
        ),
        (
            json!({ "const": 1.5 }),
            json!({ "enum": [1.5], "type": "number" }),
        ),
        (
            json!({ "const": true }),
            json!({ "enum": [true], "type": "boolean" }),
        ),
        (
            json!({ "const": null }),
            json!({ "enum": [null], "x-null": true }),
        ),
        (
            json!({ "const": { "a": 1 } }),
            json!({ "enum": [{ "a": 1 }] }),
        ),
        (
            json!({ "type": "string", "const": "x", "enum": ["x", "y"] }),
            json!({ "type": "string", "enum": ["x"] }),
        ),
        (
            json!({ "type": ["string", "null"], "const": "x" }),
            json!({ "type": "string", "nullable": true, "enum": ["x"] }),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(lower_one(input).0, expected);
    }
}

#[test]
fn examples_become_example() {
    let (s, _) = lower_one(json!({ "type": "string", "examples": ["a", "b"] }));
    assert_eq!(s, json!({ "type": "string", "example": "a" }));
    let (s, _) = lower_one(json!({ "type": "string", "example": "z", "examples": ["a"] }));
    assert_eq!(s, json!({ "type": "string", "example": "z" }));
    let (s, _) = lower_one(json!({ "type": "string", "examples": [] }));
    assert_eq!(s, json!({ "type": "string" }));
    let (s, d) = lower_one(json!({ "type": "string", "examples": { "a": 1 } }));
    assert_eq!(s, json!({ "type": "string" }));
    assert_eq!(
        warnings(&d),
        [(
            "/components/schemas/S/examples".to_owned(),
            "schema `examples` is an object, not an array; dropped".to_owned()
        )]
    );
}

#[test]
fn numeric_exclusive_bounds_become_flags() {
    let (s, _) =
        lower_one(json!({ "type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10 }));
    assert_eq!(
        s,
        json!({
            "type": "integer",
            "minimum": 0, "exclusiveMinimum": true,
            "maximum": 10, "exclusiveMaximum": true
        })
    );
    // The tighter bound wins when both are given.
    let (s, _) = lower_one(json!({ "type": "number", "minimum": 5, "exclusiveMinimum": 0 }));
    assert_eq!(s, json!({ "type": "number", "minimum": 5 }));
    let (s, _) = lower_one(json!({ "type": "number", "minimum": 0, "exclusiveMinimum": 5 }));
    assert_eq!(
        s,
        json!({ "type": "number", "minimum": 5, "exclusiveMinimum": true })
    );
    let (s, _) = lower_one(json!({ "type": "number", "maximum": 3, "exclusiveMaximum": 10 }));
    assert_eq!(s, json!({ "type": "number", "maximum": 3 }));
    // 3.0 style stays.
    let (s, _) = lower_one(json!({ "type": "number", "minimum": 1, "exclusiveMinimum": true }));
    assert_eq!(
        s,
        json!({ "type": "number", "minimum": 1, "exclusiveMinimum": true })
    );
    let (s, d) = lower_one(json!({ "type": "number", "exclusiveMinimum": "1" }));
    assert_eq!(s, json!({ "type": "number" }));
    assert_eq!(d.len(), 1);
}

#[test]
fn prefix_items_move_to_extension() {
    let (s, _) = lower_one(json!({
        "type": "array",
        "prefixItems": [{ "type": ["string", "null"] }, { "const": 1 }]
    }));
    assert_eq!(
        s,
        json!({
            "type": "array",
            "x-prefix-items": [{ "type": "string", "nullable": true }, { "enum": [1], "type": "integer" }],
            "items": {}
        })
    );
    let (s, _) =
        lower_one(json!({ "type": "array", "prefixItems": [true], "items": { "type": "string" } }));
    assert_eq!(
        s,
        json!({ "type": "array", "x-prefix-items": [{}], "items": { "type": "string" } })
    );
}

#[test]
fn items_false_closes_a_tuple() {
    let (s, _) = lower_one(json!({ "type": "array", "prefixItems": [{}, {}], "items": false }));
    assert_eq!(
        s,
        json!({ "type": "array", "x-prefix-items": [{}, {}], "items": {}, "maxItems": 2 })
    );
    let (s, _) = lower_one(json!({ "type": "array", "items": false }));
    assert_eq!(s, json!({ "type": "array", "items": { "not": {} } }));
}

#[test]
fn tuple_form_items_move_to_extension() {
    let (s, d) = lower_one(json!({ "type": "array", "items": [{ "const": "a" }] }));
    assert_eq!(
        s,
        json!({ "type": "array", "x-prefix-items": [{ "enum": ["a"], "type": "string" }], "items": {} })
    );
    assert_eq!(
        warnings(&d),
        [(
            "/components/schemas/S/items".to_owned(),
            "array-valued `items` (tuple form) moved to `x-prefix-items`".to_owned()
        )]
    );
}

#[test]
fn pattern_properties_move_to_extension() {
    let (s, _) = lower_one(json!({
        "type": "object",
        "patternProperties": { "^x": { "type": ["integer", "null"] } }
    }));
    assert_eq!(
        s,
        json!({
            "type": "object",
            "x-pattern-properties": { "^x": { "type": "integer", "nullable": true } }
        })
    );
}

#[test]
fn content_keywords_become_formats() {
    let (s, _) = lower_one(json!({ "type": "string", "contentEncoding": "base64" }));
    assert_eq!(s, json!({ "type": "string", "format": "byte" }));
    let (s, _) =
        lower_one(json!({ "type": "string", "contentMediaType": "application/octet-stream" }));
    assert_eq!(s, json!({ "type": "string", "format": "binary" }));
    let (s, _) = lower_one(json!({ "contentMediaType": "application/octet-stream" }));
    assert_eq!(s, json!({ "format": "binary" }));
    let (s, _) = lower_one(json!({
        "type": "string", "contentEncoding": "base64", "contentMediaType": "application/octet-stream"
    }));
    assert_eq!(s, json!({ "type": "string", "format": "byte" }));
    let (s, _) = lower_one(json!({ "type": "string", "contentMediaType": "image/png" }));
    assert_eq!(s, json!({ "type": "string" }));
    let (s, _) =
        lower_one(json!({ "type": "string", "format": "uri", "contentEncoding": "base64" }));
    assert_eq!(s, json!({ "type": "string", "format": "uri" }));
    let (s, _) = lower_one(json!({ "type": ["string", "null"], "contentEncoding": "base64" }));
    assert_eq!(
        s,
        json!({ "type": "string", "nullable": true, "format": "byte" })
    );
}

#[test]
fn unsupported_keywords_are_removed() {
    let (s, d) = lower_one(json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "x", "$anchor": "a", "$comment": "c",
        "$dynamicAnchor": "n", "$dynamicRef": "#n",
        "unevaluatedProperties": false, "unevaluatedItems": false,
        "dependentRequired": {}, "dependentSchemas": {},
        "if": {}, "then": {}, "else": {},
        "type": "object"
    }));
    assert_eq!(s, json!({ "type": "object" }));
    let p = "/components/schemas/S".to_owned();
    assert_eq!(
        warnings(&d),
        [
            (
                p.clone(),
                "unsupported JSON Schema keyword `if` ignored".to_owned()
            ),
            (
                p,
                "unsupported JSON Schema keyword `$dynamicRef` ignored".to_owned()
            ),
        ]
    );
    let (_, d) = lower_one(json!({ "then": {}, "else": {} }));
    assert_eq!(
        warnings(&d)[0].1,
        "unsupported JSON Schema keyword `then` ignored"
    );
}

#[test]
fn boolean_schemas_become_objects() {
    let (s, _) = lower_one(json!({
        "type": "object",
        "properties": { "any": true, "none": false },
        "additionalProperties": false
    }));
    assert_eq!(
        s,
        json!({
            "type": "object",
            "properties": { "any": {}, "none": { "not": {} } },
            "additionalProperties": false
        })
    );
    assert_eq!(lower_one(json!(true)).0, json!({}));
    assert_eq!(lower_one(json!(false)).0, json!({ "not": {} }));
    assert_eq!(lower_one(json!({ "not": true })).0, json!({ "not": {} }));
}

#[test]
fn refs_nullable_and_extensions_are_kept() {
    let input = json!({
        "type": "object",
        "nullable": true,
        "x-foo": { "type": ["string", "null"] },
        "properties": {
            "a": { "$ref": "#/components/schemas/A", "type": ["string", "null"], "examples": [1] },
            "b": { "$ref": "#/components/schemas/B", "description": "d" }
        }
    });
    let (s, d) = lower_one(input.clone());
    assert_eq!(s, input);
    assert!(d.is_empty());
}

#[test]
fn nested_schemas_are_rewritten() {
    let n = json!({ "type": ["string", "null"] });
    let (s, _) = lower_one(json!({
        "type": "object",
        "properties": { "p": n },
        "additionalProperties": n,
        "propertyNames": { "const": "k" },
        "definitions": { "D": n },
        "$defs": { "E": { "type": "array", "items": n } },
        "allOf": [n], "anyOf": [n], "oneOf": [n], "not": n
    }));
    let l = json!({ "type": "string", "nullable": true });
    assert_eq!(
        s,
        json!({
            "type": "object",
            "properties": { "p": l },
            "additionalProperties": l,
            "propertyNames": { "enum": ["k"], "type": "string" },
            "definitions": { "D": l },
            "$defs": { "E": { "type": "array", "items": l } },
            "allOf": [l], "anyOf": [l], "oneOf": [l], "not": l
        })
    );
}
