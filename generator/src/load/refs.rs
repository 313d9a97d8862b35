//! `$ref` normalization, so later passes only ever see `#/components/<section>/<name>`.
//!
//! - Percent-encoded and `~`-escaped pointers are decoded.
//! - A ref to anything that is not a component of the right kind (a property, a nested
//!   `definitions` block, a parameter's schema, an operation's parameter) is "hoisted": its
//!   target is copied once into `components/<section>` under a name derived from where it sat,
//!   and the ref is pointed there.
//! - A schema ref with sibling keys (`description`, `nullable`, ...) becomes
//!   `allOf: [{$ref}]` plus the siblings, so nothing the author wrote is lost.
//! - A dangling ref is an error naming the ref's location; an external ref degrades (schemas) or
//!   is an error (other objects).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::kind::{child, Item, Kind};
use super::par;
use crate::diag::{escape_token, push_index, push_token, Diagnostics};

const MAX_DEPTH: usize = 200;

struct Site {
    pointer: String,
    item: Item,
    reference: String,
}

/// Collects the ref sites under `value` (at `pointer` in `root`). A ref that already reads
/// `#/components/<its section>/<name>`, alone in its object and with an existing target, is left
/// out: rewriting it would change nothing (most refs of a big document are such).
fn collect(
    root: &Value,
    value: &Value,
    kind: Kind,
    pointer: &mut String,
    depth: usize,
    out: &mut Vec<Site>,
    diags: &mut Diagnostics,
) {
    if depth > MAX_DEPTH {
        diags.warn(
            pointer.clone(),
            "nesting deeper than 200 levels; not looked into",
        );
        return;
    }
    match value {
        Value::Object(map) => {
            if let (Kind::One(item), Some(Value::String(reference))) = (kind, map.get("$ref")) {
                if map.len() == 1 && canonical(root, item, reference) {
                    return;
                }
                out.push(Site {
                    pointer: pointer.clone(),
                    item,
                    reference: reference.clone(),
                });
            }
            let members = map.iter().filter_map(|(key, value)| {
                let child_kind = child(kind, key);
                (child_kind != Kind::Other).then_some((key, value, child_kind))
            });
            if par::splits(depth) {
                let base: &str = pointer;
                let found = par::each(members.collect(), diags, |(key, value, kind), diags| {
                    let mut pointer = base.to_owned();
                    push_token(&mut pointer, key);
                    let mut out = Vec::new();
                    collect(root, value, kind, &mut pointer, depth + 1, &mut out, diags);
                    out
                });
                out.extend(found.into_iter().flatten());
                return;
            }
            for (key, child_value, child_kind) in members {
                let len = pointer.len();
                push_token(pointer, key);
                collect(
                    root,
                    child_value,
                    child_kind,
                    pointer,
                    depth + 1,
                    out,
                    diags,
                );
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = pointer.len();
                push_index(pointer, i);
                collect(root, item, child(kind, ""), pointer, depth + 1, out, diags);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// Whether `reference` is `#/components/<item's section>/<name>` with a name that needs no
/// decoding (no `~`, `/` or `%`), and `root` has that component.
fn canonical(root: &Value, item: Item, reference: &str) -> bool {
    let Some((section, name)) = reference
        .strip_prefix("#/components/")
        .and_then(|rest| rest.split_once('/'))
    else {
        return false;
    };
    item.section() == Some(section)
        && !name.contains(['~', '/', '%'])
        && root
            .get("components")
            .and_then(|c| c.get(section))
            .and_then(|s| s.get(name))
            .is_some()
}

/// Decodes the fragment of a local ref into JSON pointer tokens.
pub fn decode(reference: &str) -> Option<Vec<String>> {
    let fragment = reference.strip_prefix('#')?;
    let fragment = percent_encoding::percent_decode_str(fragment)
        .decode_utf8()
        .ok()?;
    if fragment.is_empty() {
        return Some(Vec::new());
    }
    let rest = fragment.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

/// The component name of a canonical ref `#/components/<section>/<name>`.
pub fn component_name<'r>(reference: &'r str, section: &str) -> Option<Cow<'r, str>> {
    // The spelling every ref is normalized to, with nothing to decode: the name as it is.
    let plain = reference
        .strip_prefix("#/components/")
        .and_then(|rest| rest.strip_prefix(section))
        .and_then(|rest| rest.strip_prefix('/'))
        .filter(|name| !name.contains(['~', '/', '%']));
    if let Some(name) = plain {
        return Some(Cow::Borrowed(name));
    }
    let tokens = decode(reference)?;
    match tokens.as_slice() {
        [c, s, name] if c == "components" && s == section => Some(Cow::Owned(name.clone())),
        _ => None,
    }
}

fn lookup<'v>(doc: &'v Value, tokens: &[String]) -> Option<&'v Value> {
    tokens.iter().try_fold(doc, |v, t| match v {
        Value::Object(m) => m.get(t),
        Value::Array(a) => t.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    })
}

const STRUCTURAL: [&str; 12] = [
    "components",
    "schemas",
    "properties",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "schema",
    "content",
    "paths",
    "parameters",
    "additionalProperties",
];

fn synthetic_name(tokens: &[String]) -> String {
    if let Some(pos) = tokens
        .iter()
        .rposition(|t| t == "definitions" || t == "$defs")
    {
        if let Some(last) = tokens.get(pos + 1..).and_then(|rest| rest.last()) {
            return last.clone();
        }
    }
    let parts: Vec<&str> = tokens
        .iter()
        .map(String::as_str)
        .filter(|t| !STRUCTURAL.contains(t) && !t.contains('/') && t.parse::<usize>().is_err())
        .collect();
    if parts.is_empty() {
        "Ref".to_owned()
    } else {
        parts.join("_")
    }
}

fn section_mut<'d>(doc: &'d mut Value, section: &str) -> Option<&'d mut Map<String, Value>> {
    let root = doc.as_object_mut()?;
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()?;
    components
        .entry(section.to_owned())
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
}

/// Rewrites every `$ref` in the document as described in the module docs.
pub fn normalize(doc: &mut Value, diags: &mut Diagnostics) {
    // The document as it was before the first rewrite, for the refs of later rounds (found in
    // hoisted copies). Each round resolves all its sites before rewriting any, so it is copied
    // only when a rewrite happens and another round follows: most documents never copy it.
    let mut original: Option<Value> = None;
    let mut hoisted: BTreeMap<(String, Vec<String>), String> = BTreeMap::new();
    let mut sites = Vec::new();
    collect(
        doc,
        doc,
        Kind::Root,
        &mut String::new(),
        0,
        &mut sites,
        diags,
    );
    let mut rounds = 0;
    while !sites.is_empty() && rounds < 64 {
        rounds += 1;
        let mut new_components: Vec<(Item, String)> = Vec::new();
        let mut rewrites = Vec::new();
        for site in std::mem::take(&mut sites) {
            let rewritten = resolve_site(
                doc,
                original.as_ref(),
                &site,
                &mut hoisted,
                &mut new_components,
                diags,
            );
            rewrites.push((site, rewritten));
        }
        let another_round = !new_components.is_empty();
        for (site, rewritten) in rewrites {
            apply(
                doc,
                another_round.then_some(&mut original),
                &site,
                rewritten,
            );
        }
        for (item, name) in new_components {
            let Some(section) = item.section() else {
                continue;
            };
            let pointer = format!("/components/{section}/{}", escape_token(&name));
            let mut found = Vec::new();
            if let Some(value) = doc.pointer(&pointer) {
                let mut p = pointer.clone();
                collect(doc, value, Kind::One(item), &mut p, 0, &mut found, diags);
            }
            sites.extend(found);
        }
    }
}

/// What to do with one ref site.
enum Rewrite {
    Keep(String),
    Any,
    Leave,
}

/// Keeps a copy of the document before it is changed for the first time.
fn snapshot(doc: &Value, original: &mut Option<Value>) {
    if original.is_none() {
        *original = Some(doc.clone());
    }
}

fn resolve_site(
    doc: &mut Value,
    original: Option<&Value>,
    site: &Site,
    hoisted: &mut BTreeMap<(String, Vec<String>), String>,
    new_components: &mut Vec<(Item, String)>,
    diags: &mut Diagnostics,
) -> Rewrite {
    let external = !site.reference.starts_with('#');
    let Some(tokens) = (!external).then(|| decode(&site.reference)).flatten() else {
        let what = if external {
            "external `$ref`s (to other files or URLs) are not supported"
        } else {
            "malformed `$ref`"
        };
        if site.item == Item::Schema {
            diags.warn(
                site.pointer.clone(),
                format!("{what}: `{}`; using any JSON value instead", site.reference),
            );
            return Rewrite::Any;
        }
        diags.error(
            site.pointer.clone(),
            format!("{what}: `{}`", site.reference),
        );
        return Rewrite::Leave;
    };
    let Some(section) = site.item.section() else {
        return Rewrite::Leave;
    };
    // Resolve against the document as it is now (hoisted components included), then the original.
    let exists =
        lookup(doc, &tokens).is_some() || original.is_some_and(|o| lookup(o, &tokens).is_some());
    if !exists {
        diags.error(
            site.pointer.clone(),
            format!(
                "`$ref` points to `{}`, which does not exist in the document",
                site.reference
            ),
        );
        return Rewrite::Leave;
    }
    if let [c, s, name] = tokens.as_slice() {
        if c == "components" && s == section {
            return Rewrite::Keep(format!("#/components/{section}/{}", escape_token(name)));
        }
    }
    if tokens.is_empty() {
        diags.error(
            site.pointer.clone(),
            "`$ref` to the whole document is not supported",
        );
        return Rewrite::Leave;
    }
    let key = (section.to_owned(), tokens.clone());
    let name = match hoisted.get(&key) {
        Some(name) => name.clone(),
        None => {
            let Some(target) = lookup(doc, &tokens)
                .or_else(|| original.and_then(|o| lookup(o, &tokens)))
                .cloned()
            else {
                return Rewrite::Leave;
            };
            let base = synthetic_name(&tokens);
            let Some(components) = section_mut(doc, section) else {
                return Rewrite::Leave;
            };
            let mut name = base.clone();
            let mut n = 2;
            while components.contains_key(&name) {
                name = format!("{base}_{n}");
                n += 1;
            }
            components.insert(name.clone(), target);
            hoisted.insert(key, name.clone());
            new_components.push((site.item, name.clone()));
            name
        }
    };
    Rewrite::Keep(format!("#/components/{section}/{}", escape_token(&name)))
}

/// Rewrites one site; `original` (when another round follows) gets a copy of the document
/// before its first change.
fn apply(doc: &mut Value, original: Option<&mut Option<Value>>, site: &Site, rewrite: Rewrite) {
    let unchanged = |map: &Map<String, Value>| match &rewrite {
        Rewrite::Leave => true,
        Rewrite::Any => !map.contains_key("$ref"),
        Rewrite::Keep(reference) => {
            map.len() == 1 && map.get("$ref").and_then(Value::as_str) == Some(reference)
        }
    };
    match doc.pointer(&site.pointer).and_then(Value::as_object) {
        Some(map) if !unchanged(map) => {
            if let Some(original) = original {
                snapshot(doc, original);
            }
        }
        _ => return,
    }
    let Some(map) = doc
        .pointer_mut(&site.pointer)
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    match rewrite {
        Rewrite::Leave => {}
        Rewrite::Any => {
            map.remove("$ref");
        }
        Rewrite::Keep(reference) => {
            let siblings: Map<String, Value> = map
                .iter()
                .filter(|(k, _)| k.as_str() != "$ref")
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let mut reference_only = Map::new();
            reference_only.insert("$ref".into(), Value::String(reference));
            if site.item == Item::Schema && !siblings.is_empty() {
                let mut wrapped = siblings;
                wrapped.insert(
                    "allOf".into(),
                    Value::Array(vec![Value::Object(reference_only)]),
                );
                *map = wrapped;
            } else {
                *map = reference_only;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(mut doc: Value) -> (Value, Vec<crate::diag::Diagnostic>) {
        let mut diags = Diagnostics::new("t.yaml");
        normalize(&mut doc, &mut diags);
        (doc, diags.into_vec())
    }

    #[test]
    fn hoists_refs_into_properties_and_definitions() {
        let (doc, diags) = run(json!({
            "openapi": "3.0.3",
            "components": {"schemas": {
                "A": {"type": "object", "properties": {"id": {"type": "string"}},
                      "definitions": {"proto": {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/A/properties/id"}}}}},
                "B": {"$ref": "#/components/schemas/A/definitions/proto"}
            }}
        }));
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            doc["components"]["schemas"]["B"]["$ref"],
            "#/components/schemas/proto"
        );
        assert_eq!(
            doc["components"]["schemas"]["proto"]["properties"]["id"]["$ref"],
            "#/components/schemas/A_id"
        );
        assert_eq!(doc["components"]["schemas"]["A_id"]["type"], "string");
    }

    #[test]
    fn wraps_siblings_and_decodes_percent_encoding() {
        let (doc, diags) = run(json!({
            "openapi": "3.0.3",
            "components": {"schemas": {
                "A b": {"type": "string"},
                "C": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/A%20b", "nullable": true}}}
            }}
        }));
        assert!(diags.is_empty(), "{diags:?}");
        let x = &doc["components"]["schemas"]["C"]["properties"]["x"];
        assert_eq!(x["nullable"], true);
        assert_eq!(x["allOf"][0]["$ref"], "#/components/schemas/A b");
    }

    #[test]
    fn canonical_refs_stay_and_siblings_still_wrap() {
        let (doc, diags) = run(json!({
            "openapi": "3.0.3",
            "components": {"schemas": {
                "A": {"type": "string"},
                "C": {"type": "object", "properties": {
                    "plain": {"$ref": "#/components/schemas/A"},
                    "described": {"$ref": "#/components/schemas/A", "description": "d"},
                    "gone": {"$ref": "#/components/schemas/B"}
                }}
            }}
        }));
        let c = &doc["components"]["schemas"]["C"]["properties"];
        assert_eq!(c["plain"], json!({"$ref": "#/components/schemas/A"}));
        assert_eq!(c["described"]["allOf"][0]["$ref"], "#/components/schemas/A");
        assert_eq!(c["described"]["description"], "d");
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(diags[0].pointer, "/components/schemas/C/properties/gone");
    }

    #[test]
    fn dangling_ref_is_an_error_with_its_location() {
        let (_, diags) = run(json!({
            "openapi": "3.0.3",
            "paths": {"/a": {"get": {"responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nope"}}}}}}}}
        }));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].severity, crate::diag::Severity::Error);
        assert_eq!(
            diags[0].pointer,
            "/paths/~1a/get/responses/200/content/application~1json/schema"
        );
        assert!(diags[0].message.contains("#/components/schemas/Nope"));
    }

    #[test]
    fn external_schema_ref_degrades() {
        let (doc, diags) = run(json!({
            "openapi": "3.0.3",
            "components": {"schemas": {"A": {"$ref": "other.yaml#/B"}}}
        }));
        assert_eq!(diags[0].severity, crate::diag::Severity::Warning);
        assert_eq!(doc["components"]["schemas"]["A"], json!({}));
    }
}
