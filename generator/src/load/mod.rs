//! Reading a document: bytes → JSON value → one OpenAPI 3.0 model (`openapiv3`).
//!
//! Swagger 2.0 and OpenAPI 3.1 are lowered into 3.0 shape as JSON values first ([`v2`], [`v31`]),
//! then `$ref`s are normalized ([`refs`]), then the value is deserialized into `openapiv3`. A
//! schema `openapiv3` cannot represent is replaced by "any value" with a warning, never an abort.

mod annotations;
mod callbacks;
mod deserialize;
pub(crate) use deserialize::drop_aside;
pub(crate) use deserialize::pool;
pub mod kind;
mod par;
mod path;
pub mod refs;
pub mod sanity;
mod schema;
/// Every JSON object of every document at hand, for tests that check readers on real input.
#[cfg(test)]
pub(crate) use schema::tests::every_object;
pub mod v2;
pub mod v31;

use serde_json::Value;

use crate::diag::Diagnostics;

/// Parses bytes as JSON (when they look like JSON) or YAML into a JSON value.
pub fn parse(bytes: &[u8], diags: &mut Diagnostics) -> Option<Value> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            diags.error(
                "",
                format!(
                    "the file is not valid UTF-8 (invalid byte at offset {})",
                    e.valid_up_to()
                ),
            );
            return None;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        diags.error("", "the document is empty");
        return None;
    }
    let value = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        match serde_json::from_str::<Value>(text) {
            Ok(v) => v,
            Err(e) => {
                diags.error(
                    "",
                    format!(
                        "invalid JSON at line {} column {}: {e}",
                        e.line(),
                        e.column()
                    ),
                );
                return None;
            }
        }
    } else {
        if let Some(line) = too_deep(text) {
            diags.error(
                "",
                format!("nesting deeper than {MAX_NESTING} levels (at line {line})"),
            );
            return None;
        }
        match serde_yaml::from_str::<serde_yaml::Value>(text) {
            Ok(mut v) => {
                if let Err(e) = v.apply_merge() {
                    diags.error("", format!("invalid YAML merge key: {e}"));
                    return None;
                }
                yaml_to_json(v, 0)
            }
            Err(e) => {
                let at = e
                    .location()
                    .map(|l| format!(" at line {} column {}", l.line(), l.column()))
                    .unwrap_or_default();
                diags.error("", format!("invalid YAML{at}: {e}"));
                return None;
            }
        }
    };
    if !value.is_object() {
        diags.error(
            "",
            "the document is not an object (mapping) at the top level",
        );
        return None;
    }
    Some(value)
}

const MAX_NESTING: usize = 200;

/// The line where flow collections (`[`, `{`) nest deeper than [`MAX_NESTING`], if they do. The
/// YAML parser would take time quadratic in the depth before refusing it.
fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut line, mut quote) = (0usize, 1usize, None::<char>);
    let mut previous = ' ';
    for c in text.chars() {
        match (quote, c) {
            (_, '\n') => {
                line += 1;
                if quote == Some('\'') {
                    quote = None;
                }
            }
            (Some(q), c) if c == q && previous != '\\' => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') if previous.is_whitespace() || "[{,:".contains(previous) => {
                quote = Some(c)
            }
            (None, '#') if previous.is_whitespace() => quote = Some('\n'),
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(line);
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        if quote == Some('\n') && c == '\n' {
            quote = None;
        }
        previous = c;
    }
    None
}

/// Converts YAML to JSON: non-string keys become strings, tags are dropped.
fn yaml_to_json(value: serde_yaml::Value, depth: usize) -> Value {
    use serde_yaml::Value as Y;
    if depth > 512 {
        return Value::Null;
    }
    match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Value::Null, Value::Number)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(|v| yaml_to_json(v, depth + 1))
                .collect(),
        ),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::new();
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Bool(b) => b.to_string(),
                    Y::Number(n) => n.to_string(),
                    Y::Null => "null".to_owned(),
                    other => serde_yaml::to_string(&other)
                        .unwrap_or_default()
                        .trim()
                        .to_owned(),
                };
                out.insert(key, yaml_to_json(v, depth + 1));
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value, depth + 1),
    }
}

/// The spec versions we read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// Swagger 2.0.
    V2,
    /// OpenAPI 3.0.x.
    V30,
    /// OpenAPI 3.1.x.
    V31,
}

fn version(doc: &Value, diags: &mut Diagnostics) -> Option<Version> {
    if let Some(v) = doc.get("swagger") {
        return match v.as_str() {
            Some(s) if s.starts_with("2.") => Some(Version::V2),
            _ => {
                diags.error(
                    "/swagger",
                    format!("unsupported Swagger version {v}; expected \"2.0\""),
                );
                None
            }
        };
    }
    match doc.get("openapi") {
        Some(Value::String(s)) if s.starts_with("3.0") => Some(Version::V30),
        Some(Value::String(s)) if s.starts_with("3.1") || s.starts_with("3.2") => {
            Some(Version::V31)
        }
        Some(other) => {
            diags.error(
                "/openapi",
                format!("unsupported OpenAPI version {other}; expected 3.0.x or 3.1.x"),
            );
            None
        }
        None => {
            diags.error(
                "",
                "not an OpenAPI document: neither `openapi` nor `swagger` is set",
            );
            None
        }
    }
}

/// The document lowered into the 3.0 model, plus the normalized JSON it came from.
#[derive(Debug)]
pub struct Loaded {
    /// The document as `openapiv3` sees it.
    pub api: openapiv3::OpenAPI,
    /// The original spec version.
    pub version: Version,
    /// The OpenAPI 3.1 `webhooks` object (which `openapiv3` does not model), lowered to 3.0
    /// shapes like `paths`, by event key in spec order. Entries that do not deserialize are
    /// left out with a warning.
    pub webhooks: indexmap::IndexMap<String, openapiv3::PathItem>,
}

/// Reads, lowers and deserializes a document.
pub fn load(bytes: &[u8], diags: &mut Diagnostics) -> Option<Loaded> {
    load_with(bytes, &mut |_, _| {}, diags)
}

/// [`load`], with `prepare` run on the parsed document before anything else (before version
/// lowering): overlays and configured per-operation switches go in there. An error it records
/// stops the load.
pub fn load_with(
    bytes: &[u8],
    prepare: &mut (dyn FnMut(&mut Value, &mut Diagnostics) + Send),
    diags: &mut Diagnostics,
) -> Option<Loaded> {
    match deserialize::pool() {
        Some(pool) => pool.install(|| loaded(bytes, prepare, diags)),
        None => loaded(bytes, prepare, diags),
    }
}

/// [`load_with`]'s work, on the threads it runs on.
fn loaded(
    bytes: &[u8],
    prepare: &mut (dyn FnMut(&mut Value, &mut Diagnostics) + Send),
    diags: &mut Diagnostics,
) -> Option<Loaded> {
    let (doc, version, webhooks) = prepared(bytes, prepare, diags)?;
    let api = match deserialize::fast(doc) {
        Some(api) => api,
        None => {
            // openapiv3 rejects something, and the fast reading consumed the document: it is
            // prepared again (the same way: its diagnostics are those already kept) and read
            // with serde, what it rejects replaced one by one.
            let mut again = Diagnostics::new(diags.file());
            let (doc, ..) = prepared(bytes, prepare, &mut again)?;
            deserialize::with_retries(doc, diags)?
        }
    };
    Some(Loaded {
        api,
        version,
        webhooks,
    })
}

/// The document parsed, prepared, lowered to 3.0 shapes and normalized, its webhooks taken
/// aside: everything before deserializing.
fn prepared(
    bytes: &[u8],
    prepare: &mut (dyn FnMut(&mut Value, &mut Diagnostics) + Send),
    diags: &mut Diagnostics,
) -> Option<(
    Value,
    Version,
    indexmap::IndexMap<String, openapiv3::PathItem>,
)> {
    let mut doc = parse(bytes, diags)?;
    prepare(&mut doc, diags);
    if diags.has_errors() {
        return None;
    }
    let version = version(&doc, diags)?;
    if version != Version::V2 {
        webhooks_from_extension(&mut doc, diags);
    }
    match version {
        Version::V2 => v2::lower(&mut doc, diags),
        Version::V31 => v31::lower(&mut doc, diags),
        Version::V30 => {}
    }
    if diags.has_errors() {
        return None;
    }
    refs::normalize(&mut doc, diags);
    sanity::check(&mut doc, diags);
    annotations::fold(&mut doc);
    callbacks::inline(&mut doc, diags);
    if diags.has_errors() {
        return None;
    }
    let webhooks = take_webhooks(&mut doc, diags);
    Some((doc, version, webhooks))
}

/// The keys only a path item has: an HTTP method or `$ref`.
const PATH_ITEM_KEYS: [&str; 9] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "$ref",
];

/// Whether `value` looks like a path item: an object with an HTTP method or `$ref` in it.
fn is_path_item(value: &Value) -> bool {
    value
        .as_object()
        .is_some_and(|m| PATH_ITEM_KEYS.iter().any(|k| m.contains_key(*k)))
}

/// A root `x-webhooks` whose entries are path items is the widely used 3.0 spelling (Redocly and
/// several webhook vendors) of 3.1's `webhooks`: it becomes the `webhooks` object (when the
/// document has none), so its entries are events. An `x-webhooks` holding our own receive-side
/// fields (`event_type`, `signature`: the old spelling of `x-rust-webhooks`) stays as it is.
fn webhooks_from_extension(doc: &mut Value, diags: &mut Diagnostics) {
    let Some(map) = doc.as_object_mut() else {
        return;
    };
    let Some(Value::Object(entries)) = map.get("x-webhooks") else {
        return;
    };
    if !entries.values().any(is_path_item) {
        return;
    }
    if map.contains_key("webhooks") {
        diags.warn(
            "/x-webhooks",
            "the document has both `webhooks` and path items in `x-webhooks`; `x-webhooks` ignored",
        );
        return;
    }
    let Some(Value::Object(entries)) = map.remove("x-webhooks") else {
        return;
    };
    let mut events = serde_json::Map::new();
    for (key, entry) in entries {
        if is_path_item(&entry) {
            events.insert(key, entry);
        } else {
            diags.warn(
                format!("/x-webhooks/{}", crate::diag::escape_token(&key)),
                "not a path item (no HTTP method) in a webhooks `x-webhooks`; ignored",
            );
        }
    }
    map.insert("webhooks".into(), Value::Object(events));
}

/// Removes `webhooks` from the document and deserializes each entry as a path item. A schema
/// `openapiv3` rejects is replaced by "any value" with a warning (as in [`deserialize`]); an entry
/// that still does not deserialize is left out with a warning.
fn take_webhooks(
    doc: &mut Value,
    diags: &mut Diagnostics,
) -> indexmap::IndexMap<String, openapiv3::PathItem> {
    let mut out = indexmap::IndexMap::new();
    let Some(webhooks) = doc.as_object_mut().and_then(|m| m.remove("webhooks")) else {
        return out;
    };
    let Value::Object(entries) = webhooks else {
        diags.warn("/webhooks", "`webhooks` is not an object; ignored");
        return out;
    };
    // Most entries read as they are: all at once, in parallel, each from a copy by
    // [`path::path_item`] (the entries are kept for the few that need the retries below).
    let first: Vec<(String, Option<openapiv3::PathItem>)> = {
        use rayon::prelude::*;
        let all: Vec<(&String, &Value)> = entries.iter().collect();
        all.into_par_iter()
            .map(|(key, entry)| (key.clone(), path::path_item(entry.clone())))
            .collect()
    };
    // The entries go back into a document of their own so schema pointers resolve as in the spec.
    let mut holder = serde_json::json!({ "webhooks": Value::Object(entries) });
    for (key, first) in first {
        if let Some(item) = first {
            out.insert(key, item);
            continue;
        }
        let base = format!("/webhooks/{}", crate::diag::escape_token(&key));
        let mut attempts = 0;
        while let Some(entry) = holder.pointer(&base) {
            let error = match serde_path_to_error::deserialize::<_, openapiv3::PathItem>(entry) {
                Ok(item) => {
                    out.insert(key.clone(), item);
                    break;
                }
                Err(e) => e,
            };
            attempts += 1;
            let mut tokens = vec!["webhooks".to_owned(), key.clone()];
            tokens.extend(error.path().iter().filter_map(|seg| match seg {
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                _ => None,
            }));
            let message = error.inner().to_string();
            let schema_pointer = kind::deepest_schema(&holder, &tokens);
            match schema_pointer.filter(|_| attempts < 1_000) {
                Some(pointer) => {
                    diags.warn(
                        pointer.clone(),
                        format!("unsupported schema ({message}); using any JSON value instead"),
                    );
                    let Some(slot) = holder.pointer_mut(&pointer) else {
                        break;
                    };
                    let mut any = serde_json::Map::new();
                    if let Some(d) = slot.get("description").cloned() {
                        any.insert("description".into(), d);
                    }
                    *slot = Value::Object(any);
                }
                None => {
                    diags.warn(
                        base.clone(),
                        format!("this webhook cannot be read ({message}); left out"),
                    );
                    break;
                }
            }
        }
    }
    deserialize::drop_aside(holder);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(doc: &str) -> (Option<Loaded>, Vec<crate::diag::Diagnostic>) {
        let mut diags = Diagnostics::new("t.yaml");
        let loaded = load(doc.as_bytes(), &mut diags);
        (loaded, diags.into_vec())
    }

    #[test]
    fn x_webhooks_of_path_items_is_the_webhooks_object() {
        let (loaded, diags) = loaded(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-webhooks:\n  \
             order.created:\n    post:\n      requestBody:\n        content:\n          \
             application/json:\n            schema: {type: object}\n      responses:\n        \
             '200': {description: ok}\n  note: {description: not a path item}\n",
        );
        let loaded = loaded.expect("loads");
        assert_eq!(
            loaded.webhooks.keys().collect::<Vec<_>>(),
            ["order.created"]
        );
        assert!(!loaded.api.extensions.contains_key("x-webhooks"));
        assert!(
            diags.iter().any(|d| d.pointer == "/x-webhooks/note"),
            "{diags:?}"
        );
    }

    #[test]
    fn webhooks_read_in_parallel_keep_their_order_and_retries() {
        // `b` is read once its `discriminator` is set aside (with a warning); `c` cannot be read
        // at all (the retries find no schema to replace) and is left out, with a warning.
        let (loaded, diags) = loaded(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-webhooks:\n  \
             z: {post: {responses: {'200': {description: ok}}}}\n  \
             b:\n    post:\n      requestBody:\n        content:\n          \
             application/json:\n            schema: {type: object, discriminator: {mapping: {}}}\n      \
             responses: {'200': {description: ok}}\n  \
             c: {post: {responses: 7}}\n  \
             a: {post: {responses: {'200': {description: ok}}}}\n",
        );
        let loaded = loaded.expect("loads");
        assert_eq!(
            loaded.webhooks.keys().collect::<Vec<_>>(),
            ["z", "b", "a"],
            "{diags:?}"
        );
        let warned: Vec<&str> = diags.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(
            warned,
            [
                "/webhooks/b/post/requestBody/content/application~1json/schema/discriminator",
                "/webhooks/c"
            ],
            "{diags:?}"
        );
    }

    #[test]
    fn x_webhooks_of_our_fields_stays_configuration() {
        let (loaded, _) = loaded(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-webhooks:\n  \
             event_type: type\n  signature: {scheme: standard-webhooks}\n",
        );
        let loaded = loaded.expect("loads");
        assert!(loaded.webhooks.is_empty());
        assert!(loaded.api.extensions.contains_key("x-webhooks"));
    }
}
