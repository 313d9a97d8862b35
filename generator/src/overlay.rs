//! OpenAPI Overlay Specification 1.0.0: a list of actions, each a JSONPath `target` (RFC 9535)
//! and either an `update` merged into every node it selects or `remove: true`. Applied in order
//! to the parsed document, before version lowering, so a downloaded document stays as published
//! and the user's changes live beside it.
//!
//! Diagnostics name the overlay file (with line and column), never the document.

use serde_json::Value;
use serde_json_path::{JsonPath, PathElement};

use crate::diag::{Diagnostic, Diagnostics};

/// One step of a matched node's location, owned (so the document can be mutated afterwards).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Key(String),
    Index(usize),
}

/// One checked action.
struct Action {
    /// The action's place in the overlay (`/actions/2`).
    pointer: String,
    /// How a diagnostic names it: `action 2 ("description")`.
    name: String,
    target: JsonPath,
    target_text: String,
    edit: Edit,
}

enum Edit {
    Update(Value),
    Remove,
}

/// Applies every overlay in order to `doc`. Diagnostics go to `diags` with the overlay's file,
/// line and column.
pub fn apply_all(doc: &mut Value, overlays: &[(String, Vec<u8>)], diags: &mut Diagnostics) {
    for (label, bytes) in overlays {
        let mut own = Diagnostics::new(label);
        apply(doc, bytes, &mut own);
        diags.extend(locate(bytes, own.into_vec()));
    }
}

/// Applies one overlay (its bytes, YAML or JSON). A malformed overlay changes nothing.
pub fn apply(doc: &mut Value, bytes: &[u8], diags: &mut Diagnostics) {
    let Some(overlay) = crate::load::parse(bytes, diags) else {
        return;
    };
    let Some(actions) = check(&overlay, diags) else {
        return;
    };
    for action in actions {
        let mut found: Vec<Vec<Step>> = action
            .target
            .query_located(doc)
            .locations()
            .map(|path| {
                path.iter()
                    .map(|e| match e {
                        PathElement::Name(n) => Step::Key((*n).to_owned()),
                        PathElement::Index(i) => Step::Index(*i),
                    })
                    .collect()
            })
            .collect();
        if found.is_empty() {
            diags.warn(
                format!("{}/target", action.pointer),
                format!(
                    "{}: target `{}` matches nothing in the document",
                    action.name, action.target_text
                ),
            );
            continue;
        }
        match &action.edit {
            Edit::Update(update) => {
                for steps in &found {
                    if let Some(node) = node_mut(doc, steps) {
                        merge(node, update.clone());
                    }
                }
            }
            Edit::Remove => {
                // Deepest and last first, so earlier locations stay valid.
                found.sort();
                found.dedup();
                for steps in found.iter().rev() {
                    if steps.is_empty() {
                        diags.error(
                            format!("{}/target", action.pointer),
                            format!("{}: cannot remove the whole document", action.name),
                        );
                        return;
                    }
                    remove(doc, steps);
                }
            }
        }
    }
}

/// Validates the overlay's shape; every problem is reported, and any error means no actions.
fn check(overlay: &Value, diags: &mut Diagnostics) -> Option<Vec<Action>> {
    let before = diags.has_errors();
    match overlay.get("overlay") {
        Some(Value::String(v)) if v.starts_with("1.") => {}
        Some(other) => diags.error(
            "/overlay",
            format!("unsupported overlay version {other}; expected \"1.0.0\""),
        ),
        None => diags.error(
            "",
            "not an overlay: `overlay: 1.0.0` is missing (OpenAPI Overlay Specification 1.0.0)",
        ),
    }
    if !overlay.get("info").is_some_and(Value::is_object) {
        diags.warn("/info", "the overlay has no `info` object (title, version)");
    }
    let mut out = Vec::new();
    match overlay.get("actions") {
        Some(Value::Array(actions)) => {
            for (i, action) in actions.iter().enumerate() {
                if let Some(a) = check_action(i, action, diags) {
                    out.push(a);
                }
            }
        }
        Some(_) => diags.error("/actions", "`actions` must be a list of actions"),
        None => diags.error("", "the overlay has no `actions` list"),
    }
    (diags.has_errors() == before).then_some(out)
}

fn check_action(index: usize, action: &Value, diags: &mut Diagnostics) -> Option<Action> {
    let pointer = format!("/actions/{index}");
    let name = match action.get("description").and_then(Value::as_str) {
        Some(d) => format!("action {index} ({d:?})"),
        None => format!("action {index}"),
    };
    let Value::Object(fields) = action else {
        diags.error(pointer, format!("{name}: an action must be an object"));
        return None;
    };
    for key in fields.keys() {
        if !matches!(key.as_str(), "target" | "description" | "update" | "remove")
            && !key.starts_with("x-")
        {
            diags.warn(
                crate::diag::join(&pointer, &[key]),
                format!("{name}: unknown action field `{key}`; ignored"),
            );
        }
    }
    let target = match fields.get("target") {
        Some(Value::String(t)) => match JsonPath::parse(t) {
            Ok(path) => Some((path, t.clone())),
            Err(e) => {
                diags.error(
                    format!("{pointer}/target"),
                    format!("{name}: invalid JSONPath `{t}`: {e}"),
                );
                None
            }
        },
        Some(_) => {
            diags.error(
                format!("{pointer}/target"),
                format!("{name}: `target` must be a JSONPath string"),
            );
            None
        }
        None => {
            diags.error(pointer.clone(), format!("{name}: `target` is missing"));
            None
        }
    };
    let remove = match fields.get("remove") {
        None | Some(Value::Bool(false)) => false,
        Some(Value::Bool(true)) => true,
        Some(_) => {
            diags.error(
                format!("{pointer}/remove"),
                format!("{name}: `remove` must be true or false"),
            );
            return None;
        }
    };
    let edit = match (fields.get("update"), remove) {
        (Some(_), true) => {
            diags.error(
                format!("{pointer}/update"),
                format!("{name}: `update` and `remove: true` cannot be used together"),
            );
            return None;
        }
        (Some(update), false) => Edit::Update(update.clone()),
        (None, true) => Edit::Remove,
        (None, false) => {
            diags.error(
                format!("{pointer}/target"),
                format!("{name}: needs `update` or `remove: true`"),
            );
            return None;
        }
    };
    let (target, target_text) = target?;
    Some(Action {
        pointer,
        name,
        target,
        target_text,
        edit,
    })
}

fn node_mut<'a>(mut node: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    for step in steps {
        node = match (node, step) {
            (Value::Object(map), Step::Key(k)) => map.get_mut(k)?,
            (Value::Array(items), Step::Index(i)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(node)
}

fn remove(doc: &mut Value, steps: &[Step]) {
    let Some((last, parent)) = steps.split_last() else {
        return;
    };
    match (node_mut(doc, parent), last) {
        (Some(Value::Object(map)), Step::Key(k)) => {
            map.shift_remove(k);
        }
        (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
            items.remove(*i);
        }
        _ => {}
    }
}

/// The overlay merge: objects merged key by key (recursively), arrays appended to, anything else
/// replaced.
fn merge(target: &mut Value, update: Value) {
    match (target, update) {
        (Value::Object(target), Value::Object(update)) => {
            for (key, value) in update {
                match target.get_mut(&key) {
                    Some(existing) => merge(existing, value),
                    None => {
                        target.insert(key, value);
                    }
                }
            }
        }
        (Value::Array(target), Value::Array(items)) => target.extend(items),
        (Value::Array(target), item) => target.push(item),
        (target, update) => *target = update,
    }
}

/// Line and column in the overlay file for diagnostics that have a pointer.
fn locate(bytes: &[u8], mut items: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let wanted = items
        .iter()
        .filter(|d| d.line.is_none())
        .map(|d| d.pointer.as_str());
    let Some(locator) = std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| crate::locate::Locator::new(text, wanted))
    else {
        return items;
    };
    for d in items.iter_mut().filter(|d| d.line.is_none()) {
        // The whole overlay is where it starts (the locator puts a mapping after its first key).
        let found = match d.pointer.as_str() {
            "" => Some((1, 1)),
            pointer => locator.find(pointer),
        };
        if let Some((line, column)) = found {
            d.line = Some(line);
            d.column = Some(column);
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_semantics() {
        let mut doc = json!({"a": {"b": 1, "list": [1], "keep": true}});
        merge(&mut doc, json!({"a": {"b": 2, "list": [2, 3], "new": "x"}}));
        assert_eq!(
            doc,
            json!({"a": {"b": 2, "list": [1, 2, 3], "keep": true, "new": "x"}})
        );
    }
}
