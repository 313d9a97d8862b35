//! Whether a value contradicts a schema of its document, by a JSON Schema validator: used by
//! the example walk (`examples.rs`) and the contract expectations (`contract_evidence.rs`).

/// Whether `example` contradicts the schema at the pointer `schema` of `doc`: the validator's first
/// errors if a JSON Schema validator rejects it, `None` if it accepts it (then the failed round
/// trip is the generator's fault).
///
/// The schema is the document itself with a root `$ref` to the example's schema, so every `$ref`
/// resolves as in the document. OpenAPI 3.1 schemas are JSON Schema 2020-12; Swagger 2.0 and
/// OpenAPI 3.0 schemas are read as draft 4 (their base) with `nullable` / `x-nullable` turned
/// into a `null` type. Formats are checked only with `formats`. As in the generator (and in OpenAPI tools
/// generally), a schema with `properties` and no `type` describes an object: JSON Schema alone
/// would let any non-object value through it.
pub fn contradiction(
    doc: &serde_json::Value,
    example: &serde_json::Value,
    schema: &str,
    formats: bool,
) -> Option<String> {
    use serde_json::{json, Value};
    doc.pointer(schema)?;
    let v31 = doc
        .get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with("3.1"));
    fn as_generated(v: &mut Value, v31: bool) {
        match v {
            Value::Array(items) => items.iter_mut().for_each(|v| as_generated(v, v31)),
            Value::Object(map) => {
                map.values_mut().for_each(|v| as_generated(v, v31));
                if map.get("properties").is_some_and(Value::is_object) && !map.contains_key("type")
                {
                    map.insert("type".into(), json!("object"));
                }
                if v31 {
                    return;
                }
                let flagged = ["nullable", "x-nullable"]
                    .iter()
                    .any(|k| map.get(*k) == Some(&Value::Bool(true)));
                if !flagged {
                    return;
                }
                map.remove("nullable");
                map.remove("x-nullable");
                if let Some(Value::Array(values)) = map.get_mut("enum") {
                    values.push(Value::Null);
                }
                match map.get("type").cloned() {
                    Some(Value::String(t)) => {
                        map.insert("type".into(), json!([t, "null"]));
                    }
                    _ => {
                        let rest = Value::Object(std::mem::take(map));
                        map.insert("anyOf".into(), json!([rest, {"type": "null"}]));
                    }
                }
            }
            _ => {}
        }
    }
    let mut root = doc.clone();
    as_generated(&mut root, v31);
    let Value::Object(map) = &mut root else {
        return None;
    };
    // A URI fragment: JSON pointer characters a URI does not allow (`{`, `}`, spaces) escaped.
    let fragment: String = schema
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    map.insert("$ref".into(), Value::String(format!("#{fragment}")));
    let draft = if v31 {
        jsonschema::Draft::Draft202012
    } else {
        jsonschema::Draft::Draft4
    };
    let validator = match jsonschema::options()
        .with_draft(draft)
        .should_validate_formats(formats)
        .build(&root)
    {
        Ok(v) => v,
        Err(e) => {
            eprintln!("  (the validator cannot read {schema}: {e})");
            return None;
        }
    };
    let errors: Vec<String> = validator
        .iter_errors(example)
        .take(3)
        .map(|e| format!("at `{}`: {e}", e.instance_path()))
        .collect();
    (!errors.is_empty()).then(|| errors.join("; "))
}
