//! The example payloads of a document's `webhooks` and the webhook key an event-type value
//! selects, shared by `tests/webhooks.rs` (our specs, against `generated/`) and
//! `tests/upstream_webhooks.rs` (the full upstream documents, against crates generated on the
//! fly).

use std::collections::BTreeMap;

use serde_json::Value;

/// One example payload.
pub struct Example {
    /// Where it is in the document (`company.created (examples/Company created)`,
    /// `#/components/schemas/CompanyWebhook example`).
    pub place: String,
    /// The webhook keys it documents: the one whose media type holds it, or every key whose
    /// payload schema (a `$ref`) holds it.
    pub using: Vec<String>,
    /// The payload.
    pub value: Value,
}

/// What [`collect`] found.
#[derive(Default)]
pub struct Collected {
    pub examples: Vec<Example>,
    /// What could not be read (a webhook without a POST body, an example without a value).
    pub problems: Vec<String>,
}

/// The value a local `$ref` (`#/components/...`) points to, following chains of references;
/// the value itself when it is no reference, `None` when a reference dangles.
pub fn resolve<'a>(doc: &'a Value, mut value: &'a Value) -> Option<&'a Value> {
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) if r.starts_with('#') => value = doc.pointer(&r[1..])?,
            _ => return Some(value),
        }
    }
    None
}

/// The media types of the POST request body of webhook `item` (through `$ref`s).
pub fn post_content<'a>(
    doc: &'a Value,
    item: &'a Value,
) -> Option<&'a serde_json::Map<String, Value>> {
    resolve(doc, item)
        .and_then(|item| item.pointer("/post/requestBody"))
        .and_then(|body| resolve(doc, body))
        .and_then(|body| body.get("content"))
        .and_then(Value::as_object)
}

/// Every example payload in `doc`'s `webhooks`: each POST body's media-type `example` and
/// `examples` (`$ref`'d ones included), and the `example`/`examples` of the payload schemas the
/// media types reference.
pub fn collect(doc: &Value) -> Collected {
    let mut out = Collected::default();
    let Some(webhooks) = doc.get("webhooks").and_then(Value::as_object) else {
        return out;
    };
    // Payload schema ref → the webhook keys using it.
    let mut users: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, item) in webhooks {
        let Some(content) = post_content(doc, item) else {
            out.problems.push(format!("{key} has no POST body"));
            continue;
        };
        for media in content.values() {
            if let Some(e) = media.get("example") {
                out.examples.push(Example {
                    place: format!("{key} (media example)"),
                    using: vec![key.clone()],
                    value: e.clone(),
                });
            }
            for (name, e) in media
                .get("examples")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                match resolve(doc, e).and_then(|e| e.get("value")) {
                    Some(value) => out.examples.push(Example {
                        place: format!("{key} (examples/{name})"),
                        using: vec![key.clone()],
                        value: value.clone(),
                    }),
                    None => out
                        .problems
                        .push(format!("{key}: example {name} has no value")),
                }
            }
            if let Some(r) = media.pointer("/schema/$ref").and_then(Value::as_str) {
                users.entry(r.to_owned()).or_default().push(key.clone());
            }
        }
    }
    for (reference, using) in &users {
        let Some(schema) = doc.pointer(reference.trim_start_matches('#')) else {
            out.problems.push(format!("{reference} does not resolve"));
            continue;
        };
        let listed = schema
            .get("examples")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for e in schema.get("example").into_iter().chain(&listed) {
            out.examples.push(Example {
                place: format!("{reference} example"),
                using: using.clone(),
                value: e.clone(),
            });
        }
    }
    out
}

/// The keys of a document's `webhooks`, and which of them an event-type value selects, as the
/// generated `Event` decodes it: exact keys first, then keys with `{placeholders}` in document
/// order (a placeholder stands for one or more characters). Written with `regex`, apart from the
/// generator's own matcher, so that the two check each other.
pub struct Keys {
    /// Each key with the pattern of a key with placeholders (`None`: matched exactly).
    keys: Vec<(String, Option<regex::Regex>)>,
}

impl Keys {
    pub fn new<'a>(keys: impl IntoIterator<Item = &'a String>) -> Keys {
        Keys {
            keys: keys.into_iter().map(|k| (k.clone(), pattern(k))).collect(),
        }
    }

    /// Every key, in document order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(|(k, _)| k.as_str())
    }

    /// The key `tag` selects.
    pub fn matching(&self, tag: &str) -> Option<&str> {
        let exact = self.keys.iter().find(|(k, p)| p.is_none() && k == tag);
        exact
            .or_else(|| {
                self.keys
                    .iter()
                    .find(|(_, p)| p.as_ref().is_some_and(|p| p.is_match(tag)))
            })
            .map(|(k, _)| k.as_str())
    }

    /// The key `example`'s event-type property (`field`) selects; why not, when it selects none.
    pub fn event_of(&self, example: &Value, field: &str) -> Result<&str, String> {
        let tag = example
            .get(field)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("has no `{field}`"))?;
        self.matching(tag)
            .ok_or_else(|| format!("`{tag}` is no webhook key"))
    }
}

/// `{dataType}.write.successful` → `^(?s:.+)\.write\.successful$`; `None` for a key without a
/// closed `{...}` (matched exactly).
fn pattern(key: &str) -> Option<regex::Regex> {
    let placeholder = regex::Regex::new(r"\{[^}]*\}").expect("regex");
    if !placeholder.is_match(key) {
        return None;
    }
    let mut source = String::from("^");
    let mut last = 0;
    for m in placeholder.find_iter(key) {
        source.push_str(&regex::escape(&key[last..m.start()]));
        source.push_str("(?s:.+)");
        last = m.end();
    }
    source.push_str(&regex::escape(&key[last..]));
    source.push('$');
    regex::Regex::new(&source).ok()
}
