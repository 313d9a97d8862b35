//! `allOf` members that only annotate (a description, a title, `readOnly`, `nullable`, …) are
//! folded into the schema that holds them.
//!
//! Large generated documents attach a description to a property by wrapping its type:
//! `{"allOf": [{"$ref": "#/components/schemas/String"}, {"description": "…"}]}`. Such an `allOf`
//! is the one type, annotated; read as the merge of two members it would become an open object.
//! So the annotation-only members leave the list and their keywords move to the holding schema
//! (where the holder says the same thing itself, the holder wins). What is left, one member, is
//! that member's type.

use rayon::prelude::*;
use serde_json::{Map, Value};

/// Keywords that describe a value without constraining its shape.
const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "nullable",
    "default",
    "externalDocs",
];

/// Keys whose values are data, not schemas: never walked.
const DATA: &[&str] = &["example", "examples", "default", "enum", "const"];

/// Folds annotation-only `allOf` members into their holders, everywhere in the document.
pub fn fold(doc: &mut Value) {
    walk(doc, 0);
}

fn walk(value: &mut Value, depth: usize) {
    if depth > 256 {
        return;
    }
    match value {
        Value::Object(map) => {
            fold_all_of(map);
            let members = map
                .iter_mut()
                .filter(|(key, _)| !DATA.contains(&key.as_str()) && !key.starts_with("x-"))
                .map(|(_, child)| child);
            if super::par::splits(depth) {
                members
                    .collect::<Vec<_>>()
                    .into_par_iter()
                    .for_each(|child| walk(child, depth + 1));
            } else {
                members.for_each(|child| walk(child, depth + 1));
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, depth + 1);
            }
        }
        _ => {}
    }
}

fn is_annotation_only(member: &Value) -> bool {
    member.as_object().is_some_and(|m| {
        !m.is_empty()
            && m.keys()
                .all(|k| ANNOTATIONS.contains(&k.as_str()) || k.starts_with("x-"))
    })
}

fn fold_all_of(map: &mut Map<String, Value>) {
    let Some(Value::Array(members)) = map.get("allOf") else {
        return;
    };
    let (annotations, rest): (Vec<&Value>, Vec<&Value>) =
        members.iter().partition(|m| is_annotation_only(m));
    // Only when annotations sit beside at most one real member: a merge of several objects stays
    // a merge (the annotations are harmless there).
    if annotations.is_empty() || rest.len() > 1 {
        return;
    }
    let rest: Vec<Value> = rest.into_iter().cloned().collect();
    let mut moved = Vec::new();
    for member in annotations {
        for (k, v) in member.as_object().into_iter().flatten() {
            if !k.starts_with("x-") {
                moved.push((k.clone(), v.clone()));
            }
        }
    }
    for (k, v) in moved {
        map.entry(k).or_insert(v);
    }
    if rest.is_empty() {
        map.remove("allOf");
    } else {
        map.insert("allOf".into(), Value::Array(rest));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_ref_plus_a_description_is_the_ref_described() {
        let mut doc = json!({"properties": {"name": {"allOf": [
            {"$ref": "#/components/schemas/String"},
            {"description": "The name.", "readOnly": true}
        ]}}});
        fold(&mut doc);
        assert_eq!(
            doc,
            json!({"properties": {"name": {
                "allOf": [{"$ref": "#/components/schemas/String"}],
                "description": "The name.",
                "readOnly": true
            }}})
        );
    }

    #[test]
    fn the_holder_wins_and_merges_of_objects_are_left_alone() {
        let mut doc = json!({
            "a": {"description": "mine", "allOf": [{"type": "string"}, {"description": "theirs"}]},
            "b": {"allOf": [{"type": "object"}, {"type": "object"}, {"description": "d"}]},
            "example": {"allOf": [{"type": "string"}, {"description": "data"}]}
        });
        let before_b = doc["b"].clone();
        let before_example = doc["example"].clone();
        fold(&mut doc);
        assert_eq!(
            doc["a"],
            json!({"description": "mine", "allOf": [{"type": "string"}]})
        );
        assert_eq!(doc["b"], before_b);
        assert_eq!(doc["example"], before_example);
    }
}
