use std::collections::hash_map::{Entry, HashMap};

use openapiv3::Schema;
use serde_json::json;

use super::write;

fn key(schema: &Schema) -> Vec<u8> {
    let mut out = Vec::new();
    write(schema, &mut out);
    out
}

fn schema(value: serde_json::Value) -> Schema {
    serde_json::from_value(value).expect("a schema")
}

/// Pairs that differ in one place only, some of them where a key without lengths or tags would
/// run together: each pair gets two keys.
#[test]
fn schemas_that_differ_get_different_keys() {
    let pairs = [
        (
            json!({"type": "object", "properties": {"ab": {"type": "string"}, "c": {"type": "string"}}}),
            json!({"type": "object", "properties": {"a": {"type": "string"}, "bc": {"type": "string"}}}),
        ),
        (json!({"title": "x"}), json!({"description": "x"})),
        (
            json!({"externalDocs": {"description": "ab", "url": "c"}}),
            json!({"externalDocs": {"description": "a", "url": "bc"}}),
        ),
        (
            json!({"type": "string", "enum": ["a", null]}),
            json!({"type": "string", "enum": ["a"]}),
        ),
        (
            json!({"type": "string", "example": 0}),
            json!({"type": "string", "example": false}),
        ),
        (
            json!({"type": "integer", "minimum": 1}),
            json!({"type": "integer", "maximum": 1}),
        ),
        (
            json!({"type": "number", "minimum": 1.5}),
            json!({"type": "number", "minimum": 1.25}),
        ),
        (
            json!({"oneOf": [{"$ref": "#/a"}]}),
            json!({"anyOf": [{"$ref": "#/a"}]}),
        ),
        (
            json!({"type": "array", "items": {"type": "string"}}),
            json!({"type": "array", "items": {"type": "string"}, "uniqueItems": true}),
        ),
        (json!({"x-a": 1}), json!({"x-a": "1"})),
        (json!({"x-a": [1, 2]}), json!({"x-a": [12]})),
        (json!({"x-a": -1}), json!({"x-a": 1})),
        (json!({"x-a": {"b": 1}}), json!({"x-a": {"b": 2}})),
        (
            json!({"type": "string", "format": "date"}),
            json!({"type": "string", "format": "date-time"}),
        ),
        (
            json!({"type": "string", "format": "uuid"}),
            json!({"type": "string"}),
        ),
        (
            json!({"type": "object", "additionalProperties": true}),
            json!({"type": "object", "additionalProperties": {}}),
        ),
        (
            json!({"type": "object", "required": ["a"], "properties": {"a": {}}}),
            json!({"type": "object", "properties": {"a": {}}}),
        ),
        (json!({"nullable": true}), json!({"readOnly": true})),
        (
            json!({"type": "object", "discriminator": {"propertyName": "a"}}),
            json!({"type": "object", "discriminator": {"propertyName": "b"}}),
        ),
    ];
    for (a, b) in pairs {
        let (a, b) = (schema(a), schema(b));
        assert!(a != b, "{a:?}");
        assert_ne!(key(&a), key(&b), "{a:?} / {b:?}");
        assert_eq!(key(&a), key(&a.clone()));
    }
}

/// Every object of every document at hand that reads as a schema: schemas with the same key are
/// equal (so sharing a type by key never joins two different schemas), and the documents do
/// repeat schemas.
#[test]
fn equal_keys_only_for_equal_schemas_of_real_documents() {
    let mut by_key: HashMap<Vec<u8>, Schema> = HashMap::new();
    let (mut schemas, mut repeated) = (0usize, 0usize);
    crate::load::every_object(|path, value| {
        let Ok(schema) = serde_json::from_value::<Schema>(value.clone()) else {
            return;
        };
        schemas += 1;
        match by_key.entry(key(&schema)) {
            Entry::Occupied(seen) => {
                repeated += 1;
                assert!(*seen.get() == schema, "{}: {value}", path.display());
            }
            Entry::Vacant(slot) => {
                slot.insert(schema);
            }
        }
    });
    assert!(schemas > 10_000, "only {schemas} schemas");
    assert!(repeated > 1_000, "only {repeated} repeated");
}
