//! A valid value of a JSON schema (the loaded document's 3.0 shapes), for contract tests.
//!
//! The schema's own `example` first, then `const`/`enum`, `default`, else a value built from the
//! keywords: `format` (uuid, date, date-time, email, uri, ...), bounds, lengths, `minItems`,
//! `pattern` (a string generated from the regular expression by `rand_regex`, seeded from the
//! pattern, so output is byte-identical across runs), required properties (read-only ones are
//! never sent), `allOf` merged, the first `oneOf`/`anyOf` branch with its discriminator value.
//! Never panics: a cycle or a dangling `$ref` gives the simplest value of the type.

use rand::{RngExt as _, SeedableRng};
use serde_json::{Map, Number, Value};

/// How deep a sample may nest before optional structure is dropped.
const MAX_DEPTH: usize = 12;

/// Samples schemas of one document.
pub struct Sampler<'a> {
    root: &'a Value,
    examples: bool,
}

impl<'a> Sampler<'a> {
    /// A sampler resolving `$ref`s against `root` (the whole document).
    pub fn new(root: &'a Value) -> Self {
        Sampler {
            root,
            examples: true,
        }
    }

    /// A sampler that ignores the schemas' `example`s (for when an example does not fit).
    pub fn without_examples(root: &'a Value) -> Self {
        Sampler {
            root,
            examples: false,
        }
    }

    /// Follows `$ref`s (local JSON pointers only) to the schema they name.
    pub fn resolve(&self, mut value: &'a Value) -> &'a Value {
        for _ in 0..32 {
            let Some(target) = value.get("$ref").and_then(Value::as_str) else {
                return value;
            };
            match target
                .strip_prefix('#')
                .and_then(|pointer| self.root.pointer(pointer))
            {
                Some(next) => value = next,
                None => return &Value::Null,
            }
        }
        value
    }

    /// A value valid against `schema`, as a request sends it (read-only properties left out).
    pub fn sample(&self, schema: &'a Value) -> Value {
        self.value(schema, 0, &mut Vec::new())
    }

    fn value(&self, schema: &'a Value, depth: usize, refs: &mut Vec<String>) -> Value {
        if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            if refs.iter().any(|r| r == target) || depth > MAX_DEPTH {
                return self.shallow(self.resolve(schema));
            }
            refs.push(target.to_owned());
            let value = self.value(self.resolve(schema), depth + 1, refs);
            refs.pop();
            return value;
        }
        let Some(object) = schema.as_object() else {
            return Value::String("string".into());
        };
        if let Some(example) = object.get("example").filter(|_| self.examples) {
            if !example.is_null() {
                return example.clone();
            }
        }
        if let Some(value) = object.get("const") {
            return value.clone();
        }
        if let Some(values) = object.get("enum").and_then(Value::as_array) {
            if let Some(first) = values.iter().find(|v| !v.is_null()) {
                return first.clone();
            }
        }
        if let Some(default) = object.get("default") {
            if !default.is_null() {
                return default.clone();
            }
        }
        if let Some(members) = object.get("allOf").and_then(Value::as_array) {
            return self.all_of(schema, members, depth, refs);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(branches) = object.get(key).and_then(Value::as_array) {
                return self.union(object, branches, depth, refs);
            }
        }
        match type_of(object) {
            Some("string") => string(object),
            Some("integer") => integer(object),
            Some("number") => number(object),
            Some("boolean") => Value::Bool(true),
            Some("array") => self.array(object, depth, refs),
            Some("object") => self.object(object, &[], depth, refs),
            _ if object.contains_key("properties") => self.object(object, &[], depth, refs),
            _ if object.contains_key("items") => self.array(object, depth, refs),
            _ => Value::String("string".into()),
        }
    }

    /// The simplest value of a schema's type, for cycles and depth limits.
    fn shallow(&self, schema: &Value) -> Value {
        let Some(object) = schema.as_object() else {
            return Value::Null;
        };
        match type_of(object) {
            Some("string") => string(object),
            Some("integer") => integer(object),
            Some("number") => number(object),
            Some("boolean") => Value::Bool(true),
            Some("array") => Value::Array(Vec::new()),
            _ => Value::Object(Map::new()),
        }
    }

    fn all_of(
        &self,
        schema: &'a Value,
        members: &'a [Value],
        depth: usize,
        refs: &mut Vec<String>,
    ) -> Value {
        let mut merged = Map::new();
        let mut other = None;
        // The holder's own properties (beside `allOf`) count too.
        let mut parts: Vec<Value> = members
            .iter()
            .map(|m| self.value(m, depth + 1, refs))
            .collect();
        if let Some(object) = schema.as_object() {
            if object.contains_key("properties") {
                parts.push(self.object(object, &[], depth, refs));
            }
        }
        for part in parts {
            match part {
                Value::Object(map) => merge(&mut merged, map),
                value => other = other.or(Some(value)),
            }
        }
        match other {
            Some(value) if merged.is_empty() => value,
            _ => Value::Object(merged),
        }
    }

    fn union(
        &self,
        holder: &'a Map<String, Value>,
        branches: &'a [Value],
        depth: usize,
        refs: &mut Vec<String>,
    ) -> Value {
        // Among scalar branches, a plain string (`"string"`) is the value no other branch also
        // accepts, even where a server reads `1` in a path or query as a number and a string.
        let plain_string = branches.iter().find(|b| {
            let b = self.resolve(b);
            b.get("type").and_then(Value::as_str) == Some("string")
                && [
                    "format",
                    "pattern",
                    "enum",
                    "const",
                    "minLength",
                    "maxLength",
                ]
                .iter()
                .all(|k| b.get(*k).is_none())
        });
        let scalars = branches.iter().all(|b| {
            matches!(
                self.resolve(b).get("type").and_then(Value::as_str),
                Some("string" | "integer" | "number" | "boolean" | "null")
            )
        });
        let Some(branch) = plain_string
            .filter(|_| scalars)
            .or_else(|| branches.iter().find(|b| !is_null_type(self.resolve(b))))
            .or(branches.first())
        else {
            return Value::Object(Map::new());
        };
        let mut value = self.value(branch, depth + 1, refs);
        let discriminator = holder
            .get("discriminator")
            .or_else(|| self.resolve(branch).get("discriminator"));
        if let (Some(discriminator), Value::Object(map)) = (discriminator, &mut value) {
            if let Some(property) = discriminator.get("propertyName").and_then(Value::as_str) {
                if let Some(tag) = tag_value(discriminator, branch) {
                    map.insert(property.to_owned(), Value::String(tag));
                }
            }
        }
        value
    }

    fn array(&self, object: &'a Map<String, Value>, depth: usize, refs: &mut Vec<String>) -> Value {
        let min = object.get("minItems").and_then(Value::as_u64).unwrap_or(1);
        let max = object
            .get("maxItems")
            .and_then(Value::as_u64)
            .unwrap_or(u64::MAX);
        let count = min.max(1).min(max).min(16);
        if depth > MAX_DEPTH && min == 0 {
            return Value::Array(Vec::new());
        }
        let Some(items) = object.get("items") else {
            return Value::Array(vec![Value::String("string".into()); count as usize]);
        };
        let first = self.value(items, depth + 1, refs);
        let unique = object.get("uniqueItems").and_then(Value::as_bool) == Some(true);
        let values = (0..count)
            .map(|i| match (&first, unique && i > 0) {
                (Value::String(s), true) => Value::String(format!("{s}{i}")),
                (Value::Number(n), true) => n
                    .as_i64()
                    .map(|n| Value::from(n + i as i64))
                    .unwrap_or_else(|| first.clone()),
                _ => first.clone(),
            })
            .collect();
        Value::Array(values)
    }

    fn object(
        &self,
        object: &'a Map<String, Value>,
        extra_required: &[String],
        depth: usize,
        refs: &mut Vec<String>,
    ) -> Value {
        let mut map = Map::new();
        let required: Vec<&str> = object
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .chain(extra_required.iter().map(String::as_str))
            .collect();
        let Some(properties) = object.get("properties").and_then(Value::as_object) else {
            return Value::Object(map);
        };
        for (name, property) in properties {
            if !required.contains(&name.as_str()) {
                continue;
            }
            let resolved = self.resolve(property);
            if resolved.get("readOnly").and_then(Value::as_bool) == Some(true)
                || property.get("readOnly").and_then(Value::as_bool) == Some(true)
            {
                continue;
            }
            map.insert(name.clone(), self.value(property, depth + 1, refs));
        }
        Value::Object(map)
    }
}

/// The discriminator value selecting `branch`: its key in `mapping`, else its component name.
fn tag_value(discriminator: &Value, branch: &Value) -> Option<String> {
    let target = branch.get("$ref").and_then(Value::as_str)?;
    if let Some(mapping) = discriminator.get("mapping").and_then(Value::as_object) {
        if let Some((key, _)) = mapping.iter().find(|(_, v)| {
            v.as_str()
                .is_some_and(|v| v == target || target.ends_with(&format!("/{v}")))
        }) {
            return Some(key.clone());
        }
    }
    target.rsplit('/').next().map(str::to_owned)
}

fn merge(into: &mut Map<String, Value>, from: Map<String, Value>) {
    for (key, value) in from {
        match (into.get_mut(&key), value) {
            (Some(Value::Object(existing)), Value::Object(more)) => merge(existing, more),
            (Some(_), _) => {}
            (None, value) => {
                into.insert(key, value);
            }
        }
    }
}

fn type_of(object: &Map<String, Value>) -> Option<&str> {
    match object.get("type") {
        Some(Value::String(t)) => Some(t.as_str()),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null"),
        _ => None,
    }
}

fn is_null_type(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
}

fn bound(object: &Map<String, Value>, key: &str) -> Option<f64> {
    object.get(key).and_then(Value::as_f64)
}

/// Whether `exclusiveMinimum`/`exclusiveMaximum` is set (3.0: a boolean beside the bound).
fn exclusive(object: &Map<String, Value>, key: &str) -> bool {
    object.get(key).and_then(Value::as_bool) == Some(true)
}

fn integer(object: &Map<String, Value>) -> Value {
    let (low, high) = match object.get("format").and_then(Value::as_str) {
        Some("int32") => (i32::MIN as f64, i32::MAX as f64),
        Some("uint32" | "uint64") => (0.0, i64::MAX as f64),
        _ => (i64::MIN as f64, i64::MAX as f64),
    };
    let mut min = bound(object, "minimum").unwrap_or(low).max(low);
    let mut max = bound(object, "maximum").unwrap_or(high).min(high);
    if exclusive(object, "exclusiveMinimum") {
        min = min.floor() + 1.0;
    }
    if exclusive(object, "exclusiveMaximum") {
        max = max.ceil() - 1.0;
    }
    let mut value = 1f64.max(min.ceil()).min(max.floor());
    if let Some(step) = bound(object, "multipleOf").filter(|s| *s >= 1.0) {
        value = (value / step).ceil() * step;
        if value > max {
            value -= step;
        }
    }
    Value::from(value as i64)
}

fn number(object: &Map<String, Value>) -> Value {
    let min = bound(object, "minimum");
    let max = bound(object, "maximum");
    let mut value = match (min, max) {
        (Some(min), Some(max)) => (min + max) / 2.0,
        (Some(min), None) => min + 1.0,
        (None, Some(max)) => max.min(1.5) - if max <= 1.5 { 1.0 } else { 0.0 },
        (None, None) => 1.5,
    };
    if let Some(step) = bound(object, "multipleOf").filter(|s| *s > 0.0) {
        value = (value / step).round() * step;
    }
    Number::from_f64(value)
        .map(Value::Number)
        .unwrap_or_else(|| Value::from(1))
}

/// A string for `format`, else one matching `pattern`, fitted to `minLength`/`maxLength`.
fn string(object: &Map<String, Value>) -> Value {
    let format = object.get("format").and_then(Value::as_str).unwrap_or("");
    let fixed = match format {
        "uuid" => Some("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
        "date" => Some("2024-05-17"),
        "date-time" => Some("2024-05-17T09:41:17Z"),
        "time" => Some("09:41:17Z"),
        "email" | "idn-email" => Some("user@example.com"),
        "uri" | "url" | "iri" => Some("https://example.com/path"),
        "uri-reference" | "iri-reference" => Some("/path"),
        "hostname" | "idn-hostname" => Some("example.com"),
        "ipv4" => Some("192.0.2.1"),
        "ipv6" => Some("2001:db8::1"),
        "byte" => Some("c3RyaW5n"),
        "duration" => Some("P1D"),
        _ => None,
    };
    let min = object.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = object
        .get("maxLength")
        .and_then(Value::as_u64)
        .map(|m| m as usize);
    if let Some(fixed) = fixed {
        return Value::String(fixed.to_owned());
    }
    if let Some(pattern) = object.get("pattern").and_then(Value::as_str) {
        if let Some(matched) = matching(pattern, min, max) {
            return Value::String(matched);
        }
    }
    let mut text = "string".to_owned();
    while text.chars().count() < min {
        text.push('x');
    }
    if let Some(max) = max {
        text = text.chars().take(max.max(min)).collect();
    }
    Value::String(text)
}

/// A string matching the regular expression, within the lengths when one of 64 tries fits.
fn matching(pattern: &str, min: usize, max: Option<usize>) -> Option<String> {
    let body = pattern.strip_prefix('^').unwrap_or(pattern);
    let body = match body.strip_suffix('$') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => body,
    };
    let ascii = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(true)
        .build()
        .parse(body)
        .ok();
    let hir = match ascii {
        Some(hir) => hir,
        None => regex_syntax::Parser::new().parse(body).ok()?,
    };
    let generator = rand_regex::Regex::with_hir(hir, 8).ok()?;
    let seed = pattern.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut first = None;
    for _ in 0..64 {
        let text: String = rng.sample(&generator);
        let length = text.chars().count();
        if length >= min && max.is_none_or(|max| length <= max) {
            return Some(text);
        }
        first.get_or_insert(text);
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample(schema: Value) -> Value {
        let root = json!({"components": {"schemas": {"Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "id": {"type": "integer", "readOnly": true}}}}}});
        Sampler::new(&root).sample(&schema)
    }

    #[test]
    fn keywords() {
        assert_eq!(
            sample(json!({"type": "string", "format": "uuid"})),
            json!("3fa85f64-5717-4562-b3fc-2c963f66afa6")
        );
        assert_eq!(sample(json!({"type": "integer", "minimum": 5})), json!(5));
        assert_eq!(
            sample(json!({"type": "integer", "maximum": 0, "exclusiveMaximum": true})),
            json!(-1)
        );
        assert_eq!(
            sample(json!({"type": "string", "minLength": 10})),
            json!("stringxxxx")
        );
        assert_eq!(sample(json!({"enum": [null, "b"]})), json!("b"));
        assert_eq!(
            sample(
                json!({"type": "array", "minItems": 2, "items": {"$ref": "#/components/schemas/Pet"}})
            ),
            json!([{"name": "string"}, {"name": "string"}])
        );
        assert_eq!(
            sample(
                json!({"allOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "object", "required": ["a"], "properties": {"a": {"type": "boolean"}}}]})
            ),
            json!({"name": "string", "a": true})
        );
    }

    #[test]
    fn patterns_match_and_repeat() {
        let re = regex_syntax::Parser::new()
            .parse("^[A-Z]{3}-[0-9]{2}$")
            .unwrap();
        let _ = re;
        let a = sample(json!({"type": "string", "pattern": "^[A-Z]{3}-[0-9]{2}$"}));
        let b = sample(json!({"type": "string", "pattern": "^[A-Z]{3}-[0-9]{2}$"}));
        assert_eq!(a, b);
        let text = a.as_str().unwrap();
        assert_eq!(text.len(), 6);
        assert!(text.as_bytes()[3] == b'-');
    }

    #[test]
    fn discriminator_and_cycles() {
        let root = json!({"components": {"schemas": {
            "Node": {"type": "object", "required": ["next"], "properties": {"next": {"$ref": "#/components/schemas/Node"}}},
            "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}}
        }}});
        let sampler = Sampler::new(&root);
        let node = json!({"$ref": "#/components/schemas/Node"});
        assert_eq!(sampler.sample(&node), json!({"next": {}}));
        let union = json!({"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}}});
        assert_eq!(sampler.sample(&union), json!({"kind": "cat"}));
        let scalar = json!({"oneOf": [{"type": "integer"}, {"type": "string"}]});
        assert_eq!(sampler.sample(&scalar), json!("string"));
    }
}
