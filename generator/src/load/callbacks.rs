//! `callbacks` entries that are `$ref`s into `components/callbacks` are replaced by the callback
//! they name: the 3.0 model (`openapiv3`) only reads callbacks written in place. Clients do not
//! call callbacks; this keeps a document that references them loadable.

use serde_json::Value;

use crate::diag::{escape_token, Diagnostics};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Inlines referenced callbacks in every operation of `paths`, `webhooks` and
/// `components/pathItems`. A reference that leads nowhere drops that callback, with a warning.
pub fn inline(doc: &mut Value, diags: &mut Diagnostics) {
    let components = doc
        .pointer("/components/callbacks")
        .cloned()
        .unwrap_or(Value::Null);
    for root in ["paths", "webhooks"] {
        inline_items(doc, &format!("/{root}"), &components, diags);
    }
    inline_items(doc, "/components/pathItems", &components, diags);
}

fn inline_items(doc: &mut Value, base: &str, components: &Value, diags: &mut Diagnostics) {
    let Some(Value::Object(items)) = doc.pointer_mut(base) else {
        return;
    };
    for (path, item) in items.iter_mut() {
        for method in METHODS {
            let Some(Value::Object(callbacks)) =
                item.get_mut(method).and_then(|op| op.get_mut("callbacks"))
            else {
                continue;
            };
            let pointer = format!("{base}/{}/{method}/callbacks", escape_token(path));
            callbacks.retain(|name, callback| {
                match resolve(callback, components) {
                    Ok(Some(target)) => *callback = target,
                    Ok(None) => {}
                    Err(reference) => {
                        diags.warn(
                            format!("{pointer}/{}", escape_token(name)),
                            format!(
                                "callback `$ref` `{reference}` leads nowhere; callback left out"
                            ),
                        );
                        return false;
                    }
                }
                true
            });
        }
    }
}

/// The callback a `$ref` names (following chains), `None` when `callback` is no reference, or
/// the reference that cannot be followed.
fn resolve(callback: &Value, components: &Value) -> Result<Option<Value>, String> {
    let mut current = callback;
    let mut followed = false;
    for _ in 0..16 {
        let Some(reference) = current.get("$ref").and_then(Value::as_str) else {
            return Ok(followed.then(|| current.clone()));
        };
        let name = reference
            .strip_prefix("#/components/callbacks/")
            .ok_or_else(|| reference.to_owned())?;
        current = components
            .get(name.replace("~1", "/").replace("~0", "~"))
            .ok_or_else(|| reference.to_owned())?;
        followed = true;
    }
    Err(current
        .get("$ref")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn referenced_callbacks_are_written_in_place() {
        let callback = json!({"{$request.body#/url}": {"post": {"responses": {"200": {"description": "ok"}}}}});
        let mut doc = json!({
            "paths": {"/s": {"post": {"callbacks": {
                "a": {"$ref": "#/components/callbacks/A"},
                "b": {"$ref": "#/components/callbacks/Missing"}
            }}}},
            "components": {"callbacks": {"A": {"$ref": "#/components/callbacks/B"}, "B": callback.clone()}}
        });
        let mut diags = Diagnostics::new("t.yaml");
        inline(&mut doc, &mut diags);
        assert_eq!(
            doc["paths"]["/s"]["post"]["callbacks"],
            json!({"a": callback})
        );
        let warnings = diags.into_vec();
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].message.contains("Missing"),
            "{}",
            warnings[0].message
        );
    }
}
