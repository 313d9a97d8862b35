use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::*;

/// What serde makes of `value` as a schema (`None`: it refuses it).
fn by_serde_alone(value: &Value) -> Option<ReferenceOr<Schema>> {
    ReferenceOr::<Schema>::deserialize(value).ok()
}

/// The reader's promise: it reads what serde reads, and gives up where serde refuses.
fn agrees(value: &Value) -> bool {
    reference_or(value.clone()) == by_serde_alone(value)
}

#[test]
fn reads_each_kind_as_serde_does() {
    let cases = [
        json!({"type": "string", "format": "date-time", "enum": ["a", null], "maxLength": 3}),
        json!({"type": "string", "format": "uuid", "pattern": "^x$", "nullable": true}),
        json!({"type": "string", "minimum": 1}),
        json!({"type": "string", "enum": [1]}),
        json!({"type": "number", "format": "double", "minimum": 0.5, "multipleOf": 2}),
        json!({"type": "number", "enum": [1, 2.5, null], "exclusiveMaximum": true}),
        json!({"type": "integer", "format": "int64", "minimum": -3, "maximum": 9}),
        json!({"type": "integer", "minimum": 1.0}),
        json!({"type": "integer", "enum": [18446744073709551615u64]}),
        json!({"type": "integer", "pattern": "x"}),
        json!({"type": "boolean", "enum": [true, null], "default": false}),
        json!({"type": "boolean", "format": "x"}),
        json!({"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"},
            "b": {"type": "array", "items": {"type": "string"}}}, "required": ["a"],
            "additionalProperties": {"type": "integer"}, "minProperties": 1}),
        json!({"type": "object", "additionalProperties": false, "enum": [{}]}),
        json!({"type": "object", "properties": {"a": {"type": "string"}}, "allOf": [{}]}),
        json!({"type": "array", "items": {"$ref": "#/x", "description": "ignored"},
            "uniqueItems": true, "maxItems": 4}),
        json!({"type": "array", "items": {"type": "string"}, "format": "csv"}),
        json!({"type": "weird", "x-kind": 1}),
        json!({"oneOf": [{"type": "string"}, {"$ref": "#/a"}], "discriminator":
            {"propertyName": "kind", "mapping": {"a": "#/a"}}}),
        json!({"allOf": [{"$ref": "#/a"}], "title": "T", "description": "d",
            "readOnly": true, "writeOnly": false, "deprecated": true}),
        json!({"anyOf": [{"type": "integer"}], "nullable": true}),
        json!({"not": {"type": "string"}}),
        json!({"oneOf": [{}], "anyOf": [{}]}),
        json!({"oneOf": [{}], "properties": {}}),
        json!({"$ref": 5, "type": "string"}),
        json!({"$ref": "#/a", "type": "string"}),
        json!({"example": null, "default": null, "title": null, "enum": null, "items": null}),
        json!({"externalDocs": {"url": "https://x", "x-a": 1}, "x-b": [1], "x-a": null}),
        json!({}),
        json!({"properties": {"a": true}}),
        json!({"nullable": null}),
        json!({"minLength": -1}),
        json!({"minLength": 1.5}),
        json!({"required": ["a", 1]}),
        json!({"externalDocs": {}}),
        json!({"discriminator": {"mapping": {}}}),
        json!({"additionalProperties": 3}),
        json!({"items": [{"type": "string"}]}),
        json!({"type": ["string", "null"]}),
        json!("a string"),
    ];
    for case in &cases {
        assert!(agrees(case), "differs from serde: {case}");
    }
    // Those serde refuses are given up, so serde is asked and says why.
    for refused in [
        json!({"properties": {"a": true}}),
        json!({"nullable": null}),
        json!({"minLength": -1}),
        json!({"type": ["string", "null"]}),
    ] {
        assert!(by_serde_alone(&refused).is_none(), "{refused}");
        assert!(reference_or(refused.clone()).is_none(), "{refused}");
    }
    // And the common ones are read, not given up.
    for read in &cases[..3] {
        assert!(reference_or(read.clone()).is_some(), "{read}");
    }
}

/// The documents at hand: ours, the fixtures, and the providers' published ones when
/// `../shared` is beside the project.
pub(in crate::load) fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found = Vec::new();
    for dir in ["specs", "tests/fixtures/types", "../shared/upstream"] {
        walk(&root.join(dir), &mut found);
    }
    found.sort();
    found
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, found);
        } else if path
            .extension()
            .is_some_and(|e| e == "json" || e == "yaml" || e == "yml")
        {
            found.push(path);
        }
    }
}

/// Calls `visit` with every object of every document at hand (and the document's path).
pub(crate) fn every_object(mut visit: impl FnMut(&Path, &Value)) {
    for path in documents() {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let mut diags = crate::diag::Diagnostics::new("test");
        let Some(doc) = crate::load::parse(&bytes, &mut diags) else {
            continue;
        };
        let mut stack = vec![&doc];
        while let Some(value) = stack.pop() {
            match value {
                Value::Object(map) => {
                    visit(&path, value);
                    stack.extend(map.values());
                }
                Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
    }
}

/// Every object of every document, read as a schema both ways: the same schema, or refused by
/// both.
#[test]
fn agrees_with_serde_on_every_object_of_real_documents() {
    let (mut objects, mut read) = (0usize, 0usize);
    every_object(|path, value| {
        objects += 1;
        let mine = reference_or(value.clone());
        read += usize::from(mine.is_some());
        assert!(mine == by_serde_alone(value), "{}: {value}", path.display());
    });
    assert!(objects > 1_000, "only {objects} objects found");
    assert!(read * 2 > objects, "{read} of {objects} objects read");
}
