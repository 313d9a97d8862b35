//! Operation selection (`--tag`, `--operation`, `--path`): keep only the operations asked for,
//! and only the components they reach, so a 500-operation spec can yield a small crate.

use std::collections::BTreeSet;

use openapiv3::{OpenAPI, ReferenceOr};
use serde_json::Value;

use crate::diag::Diagnostics;

/// What to keep. Within one kind any match counts; every kind given must match.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Tags (case-insensitive).
    pub tags: Vec<String>,
    /// operationIds or Rust method names.
    pub operations: Vec<String>,
    /// Path prefixes, or patterns with `*` (any characters).
    pub paths: Vec<String>,
}

impl Selection {
    /// Whether nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty() && self.operations.is_empty() && self.paths.is_empty()
    }
}

/// `*` matches any run of characters; without `*`, `pattern` is a prefix.
fn path_matches(pattern: &str, path: &str) -> bool {
    if !pattern.contains('*') {
        return path.starts_with(pattern);
    }
    let parts: Vec<&str> = pattern.split('*').collect();
    let mut rest = path;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(part) else {
                return false;
            };
            rest = r;
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            let Some(at) = rest.find(part) else {
                return false;
            };
            rest = &rest[at + part.len()..];
        }
    }
    true
}

fn keep(sel: &Selection, path: &str, method: &str, op: &openapiv3::Operation) -> bool {
    let tag_ok = sel.tags.is_empty()
        || op
            .tags
            .iter()
            .any(|t| sel.tags.iter().any(|s| s.eq_ignore_ascii_case(t)));
    let name = crate::lower::method_name(op, method, path);
    let op_ok = sel.operations.is_empty()
        || sel
            .operations
            .iter()
            .any(|s| Some(s.as_str()) == op.operation_id.as_deref() || *s == name);
    let path_ok = sel.paths.is_empty() || sel.paths.iter().any(|p| path_matches(p, path));
    tag_ok && op_ok && path_ok
}

fn collect_refs(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                out.insert(r.clone());
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// Removes unselected operations and every component they do not reach.
pub fn apply(api: &mut OpenAPI, sel: &Selection, diags: &mut Diagnostics) {
    apply_keeping(api, sel, &Value::Null, diags);
}

/// [`apply`], also keeping every component that `roots` (the document's `webhooks`, say) reaches.
pub fn apply_keeping(api: &mut OpenAPI, sel: &Selection, roots: &Value, diags: &mut Diagnostics) {
    if sel.is_empty() {
        return;
    }
    let mut kept = 0;
    api.paths.paths.retain(|path, item| {
        let ReferenceOr::Item(item) = item else {
            return false;
        };
        for (method, slot) in [
            ("get", &mut item.get),
            ("put", &mut item.put),
            ("post", &mut item.post),
            ("delete", &mut item.delete),
            ("options", &mut item.options),
            ("head", &mut item.head),
            ("patch", &mut item.patch),
            ("trace", &mut item.trace),
        ] {
            if slot.as_ref().is_some_and(|op| !keep(sel, path, method, op)) {
                *slot = None;
            }
        }
        let n = item.iter().count();
        kept += n;
        n > 0
    });
    if kept == 0 {
        diags.error(
            "/paths",
            "the selection (--tag/--operation/--path) matches no operation",
        );
        return;
    }
    let Some(components) = api.components.as_mut() else {
        return;
    };
    let mut reached = BTreeSet::new();
    let mut pending = BTreeSet::new();
    collect_refs(
        &serde_json::to_value(&api.paths).unwrap_or(Value::Null),
        &mut pending,
    );
    collect_refs(roots, &mut pending);
    while let Some(reference) = pending.pop_first() {
        if !reached.insert(reference.clone()) {
            continue;
        }
        let Some(tokens) = crate::load::refs::decode(&reference) else {
            continue;
        };
        let [_, section, name] = tokens.as_slice() else {
            continue;
        };
        let value = match section.as_str() {
            "schemas" => components.schemas.get(name).map(serde_json::to_value),
            "parameters" => components.parameters.get(name).map(serde_json::to_value),
            "responses" => components.responses.get(name).map(serde_json::to_value),
            "requestBodies" => components
                .request_bodies
                .get(name)
                .map(serde_json::to_value),
            "headers" => components.headers.get(name).map(serde_json::to_value),
            _ => None,
        };
        if let Some(Ok(value)) = value {
            let mut found = BTreeSet::new();
            collect_refs(&value, &mut found);
            pending.extend(found.into_iter().filter(|r| !reached.contains(r)));
        }
    }
    let reachable = |section: &str, name: &str| {
        reached.contains(&format!(
            "#/components/{section}/{}",
            crate::diag::escape_token(name)
        ))
    };
    components.schemas.retain(|n, _| reachable("schemas", n));
    components
        .parameters
        .retain(|n, _| reachable("parameters", n));
    components
        .responses
        .retain(|n, _| reachable("responses", n));
    components
        .request_bodies
        .retain(|n, _| reachable("requestBodies", n));
    components.headers.retain(|n, _| reachable("headers", n));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert!(path_matches("/v1/webhooks", "/v1/webhooks/endpoints/{id}"));
        assert!(path_matches(
            "/v1/*/endpoints*",
            "/v1/webhooks/endpoints/{id}"
        ));
        assert!(!path_matches("/v2", "/v1/webhooks"));
        assert!(path_matches(
            "*/secret",
            "/v1/webhooks/endpoints/{id}/secret"
        ));
    }
}
