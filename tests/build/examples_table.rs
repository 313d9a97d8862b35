//! Every `example` / `examples` value attached to a schema, parameter or media type of a
//! document, with the generated Rust type it belongs to (found through the generator's IR).
//!
//! Used by `tests/build.rs` (the five specs → `$OUT_DIR/spec_examples.rs`). The walk is over the
//! document as written (so 3.1 `examples` arrays and Swagger 2.0 response `examples` count too);
//! each place that holds an example gets its type from the IR: component schemas by their
//! `origin`, parameters, bodies and responses through the operation, and from there down through
//! `properties`, `items`, `additionalProperties`, union branches and `$ref`s that point somewhere
//! other than a component (into properties, `definitions`, parameters, paths).

use std::collections::{BTreeMap, BTreeSet};

use generator::diag::escape_token;
use generator::ir::{Api, Field, Location, Operation, Response, StatusSpec, TypeKind, TypeRef};
use serde_json::Value;

/// One example with its type.
pub struct Typed {
    /// JSON pointer (into the document as written) of the example value.
    pub pointer: String,
    /// The Rust type, as a path.
    pub rust_type: String,
    /// The example.
    pub value: Value,
    /// What the example should encode back to: the example without the properties the
    /// generator declares read-only (those are `skip_serializing`, by design).
    pub expected: Value,
    /// `expected` without the properties the schema does not declare either (on objects that
    /// keep no additional properties): the generated structs decode such properties and drop
    /// them, as a hand-written serde struct does.
    pub declared: Value,
}

/// The examples of one document: those with a type and those without (and why).
pub struct Table {
    /// Examples with their type.
    pub typed: Vec<Typed>,
    /// Examples no type was found for: (pointer, reason).
    pub untyped: Vec<(String, String)>,
}

fn join(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", escape_token(key))
}

/// The pointer a local `$ref` points to.
fn target(reference: &str) -> Option<String> {
    let tokens = generator::load::refs::decode(reference)?;
    Some(
        tokens
            .iter()
            .map(|t| format!("/{}", escape_token(t)))
            .collect(),
    )
}

/// The example value of an Example Object at `pointer` (following a `$ref` to
/// `components/examples`): the pointer of its `value` and the value.
fn example_object(doc: &Value, pointer: &str) -> Option<(String, Value)> {
    let mut pointer = pointer.to_owned();
    for _ in 0..8 {
        let object = doc.pointer(&pointer)?.as_object()?;
        if let Some(Value::String(reference)) = object.get("$ref") {
            pointer = target(reference)?;
            continue;
        }
        let value = object.get("value")?;
        return Some((join(&pointer, "value"), value.clone()));
    }
    None
}

/// Maps whose keys are names (a property called `example` is not an example).
const NAME_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "definitions",
    "$defs",
    "paths",
    "content",
    "headers",
    "mapping",
    "encoding",
    "securityDefinitions",
    "responses",
    "parameters",
];

/// Every example in the document, by pointer (the untyped census).
fn census(doc: &Value, v2: bool) -> BTreeMap<String, Value> {
    fn walk(
        doc: &Value,
        value: &Value,
        pointer: &str,
        names: bool,
        v2: bool,
        out: &mut BTreeMap<String, Value>,
    ) {
        let Value::Object(map) = value else {
            if let Value::Array(items) = value {
                for (i, item) in items.iter().enumerate() {
                    walk(doc, item, &format!("{pointer}/{i}"), false, v2, out);
                }
            }
            return;
        };
        for (key, child) in map {
            let p = join(pointer, key);
            if names {
                walk(doc, child, &p, false, v2, out);
                continue;
            }
            if key.starts_with("x-") || matches!(key.as_str(), "enum" | "const" | "default") {
                continue;
            }
            match key.as_str() {
                "example" => {
                    out.insert(p, child.clone());
                }
                "examples" => match child {
                    Value::Array(list) => {
                        for (i, v) in list.iter().enumerate() {
                            out.insert(format!("{p}/{i}"), v.clone());
                        }
                    }
                    Value::Object(named) => {
                        let in_v2_response = v2 && pointer.rsplit('/').nth(1) == Some("responses");
                        for (name, entry) in named {
                            if in_v2_response {
                                out.insert(join(&p, name), entry.clone());
                            } else if let Some((at, v)) = example_object(doc, &join(&p, name)) {
                                out.insert(at, v);
                            }
                        }
                    }
                    _ => {}
                },
                // Example Objects count where they are used.
                "components" => {
                    if let Value::Object(sections) = child {
                        for (section, entries) in sections {
                            if section != "examples" {
                                walk(doc, entries, &join(&p, section), true, v2, out);
                            }
                        }
                    }
                }
                k if NAME_MAPS.contains(&k) && child.is_object() => {
                    walk(doc, child, &p, true, v2, out)
                }
                _ => walk(doc, child, &p, false, v2, out),
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(doc, doc, "", false, v2, &mut out);
    out
}

struct Walker<'a> {
    doc: &'a Value,
    api: &'a Api,
    crate_path: &'a str,
    v2: bool,
    typed: BTreeMap<String, Typed>,
    reasons: BTreeMap<String, String>,
    visited: BTreeSet<String>,
    /// Schemas reached through a `$ref` to somewhere other than a component: (pointer, type,
    /// whether the target is one member of an `allOf`).
    queue: Vec<(String, TypeRef, bool)>,
}

impl<'a> Walker<'a> {
    /// `ty` through aliases and `Option`.
    fn resolve(&self, ty: &TypeRef) -> TypeRef {
        let mut ty = ty.clone();
        for _ in 0..64 {
            match &ty {
                TypeRef::Nullable(inner) => ty = (**inner).clone(),
                TypeRef::Named(id) => match &self.api.types[*id].kind {
                    TypeKind::Alias(inner) => ty = inner.clone(),
                    _ => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    fn fields(&self, ty: &TypeRef) -> Option<(&'a [Field], Option<&'a TypeRef>)> {
        match self.resolve(ty) {
            TypeRef::Named(id) => match &self.api.types[id].kind {
                TypeKind::Struct {
                    fields, additional, ..
                } => Some((fields, additional.as_ref())),
                _ => None,
            },
            _ => None,
        }
    }

    fn rust(&self, ty: &TypeRef) -> Option<String> {
        Some(match ty {
            TypeRef::Any => "serde_json::Value".into(),
            TypeRef::String => "String".into(),
            TypeRef::I32 => "i32".into(),
            TypeRef::I64 => "i64".into(),
            TypeRef::U32 => "u32".into(),
            TypeRef::U64 => "u64".into(),
            TypeRef::F64 => "f64".into(),
            TypeRef::Bool => "bool".into(),
            TypeRef::Unit | TypeRef::Bytes | TypeRef::Upload => return None,
            TypeRef::Array(inner) => format!("Vec<{}>", self.rust(inner)?),
            TypeRef::Map(inner) => {
                format!("std::collections::BTreeMap<String, {}>", self.rust(inner)?)
            }
            TypeRef::Nullable(inner) => format!("Option<{}>", self.rust(inner)?),
            TypeRef::Named(id) => format!(
                "{}::{}::types::{}",
                self.crate_path, self.api.module, self.api.types[*id].rust_name
            ),
        })
    }

    /// Whether `value` has the shape of `ty` (to pick a union branch); `strict` also asks that
    /// a struct declares every property the value has (or keeps additional properties).
    fn fits(&self, value: &Value, ty: &TypeRef, strict: bool, depth: usize) -> bool {
        if depth > 16 {
            return true;
        }
        match (self.resolve(ty), value) {
            (_, Value::Null) => matches!(ty, TypeRef::Nullable(_) | TypeRef::Any),
            (TypeRef::Any, _) => true,
            (TypeRef::String, Value::String(_)) | (TypeRef::Bool, Value::Bool(_)) => true,
            (TypeRef::I32 | TypeRef::I64, Value::Number(n)) => n.is_i64(),
            (TypeRef::U32 | TypeRef::U64, Value::Number(n)) => n.is_u64(),
            (TypeRef::F64, Value::Number(_)) => true,
            (TypeRef::Array(inner), Value::Array(items)) => items
                .iter()
                .all(|v| self.fits(v, &inner, strict, depth + 1)),
            (TypeRef::Map(inner), Value::Object(map)) => map
                .values()
                .all(|v| self.fits(v, &inner, strict, depth + 1)),
            (TypeRef::Named(id), value) => match (&self.api.types[id].kind, value) {
                (
                    TypeKind::Struct {
                        fields, additional, ..
                    },
                    Value::Object(map),
                ) => {
                    fields
                        .iter()
                        .filter(|f| f.required && !f.read_only)
                        .all(|f| map.contains_key(&f.wire_name))
                        && map.iter().all(|(k, v)| {
                            match fields.iter().find(|f| &f.wire_name == k) {
                                Some(f) => self.fits(v, &f.ty, strict, depth + 1),
                                None => match additional {
                                    Some(a) => self.fits(v, a, strict, depth + 1),
                                    None => !strict,
                                },
                            }
                        })
                }
                (TypeKind::Enum { .. }, Value::String(_) | Value::Number(_)) => true,
                (TypeKind::Union { variants, .. }, value) => variants
                    .iter()
                    .any(|variant| self.fits(value, &variant.ty, strict, depth + 1)),
                _ => false,
            },
            _ => false,
        }
    }

    /// `value` without the read-only properties of `ty`, at any depth; with `undeclared`, also
    /// without the properties a struct neither declares nor keeps as additional properties.
    fn strip(&self, value: &Value, ty: &TypeRef, undeclared: bool, depth: usize) -> Value {
        if depth > 64 {
            return value.clone();
        }
        match (self.resolve(ty), value) {
            (TypeRef::Array(inner), Value::Array(items)) => Value::Array(
                items
                    .iter()
                    .map(|v| self.strip(v, &inner, undeclared, depth + 1))
                    .collect(),
            ),
            (TypeRef::Map(inner), Value::Object(map)) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), self.strip(v, &inner, undeclared, depth + 1)))
                    .collect(),
            ),
            (TypeRef::Named(id), Value::Object(map)) => match &self.api.types[id].kind {
                TypeKind::Struct {
                    fields, additional, ..
                } => Value::Object(
                    map.iter()
                        .filter_map(|(k, v)| match fields.iter().find(|f| &f.wire_name == k) {
                            Some(f) if f.read_only => None,
                            Some(f) => {
                                Some((k.clone(), self.strip(v, &f.ty, undeclared, depth + 1)))
                            }
                            None => match additional {
                                Some(a) => {
                                    Some((k.clone(), self.strip(v, a, undeclared, depth + 1)))
                                }
                                None if undeclared => None,
                                None => Some((k.clone(), v.clone())),
                            },
                        })
                        .collect(),
                ),
                TypeKind::Union { variants, tag } => {
                    let tag_value = tag
                        .as_ref()
                        .and_then(|t| map.get(t))
                        .and_then(Value::as_str);
                    let chosen = variants
                        .iter()
                        .find(|v| tag_value.is_some_and(|t| v.tag_values.iter().any(|x| x == t)))
                        .or_else(|| variants.iter().find(|v| self.fits(value, &v.ty, true, 0)))
                        .or_else(|| variants.iter().find(|v| self.fits(value, &v.ty, false, 0)));
                    match chosen {
                        Some(v) => self.strip(value, &v.ty, undeclared, depth + 1),
                        None => value.clone(),
                    }
                }
                _ => value.clone(),
            },
            _ => value.clone(),
        }
    }

    fn record(&mut self, pointer: String, value: &Value, ty: Option<&TypeRef>, why: &str) {
        let Some(ty) = ty else {
            self.reasons
                .entry(pointer)
                .or_insert_with(|| why.to_owned());
            return;
        };
        match self.rust(ty) {
            Some(rust_type) => {
                let expected = self.strip(value, ty, false, 0);
                let declared = self.strip(value, ty, true, 0);
                self.typed.entry(pointer.clone()).or_insert(Typed {
                    pointer,
                    rust_type,
                    value: value.clone(),
                    expected,
                    declared,
                });
            }
            None => {
                self.reasons
                    .entry(pointer)
                    .or_insert_with(|| "a raw body (bytes) or no body".to_owned());
            }
        }
    }

    /// Whether `pointer` is a whole component schema (walked on its own).
    fn is_component_schema(&self, pointer: &str) -> bool {
        let parts: Vec<&str> = pointer.split('/').skip(1).collect();
        matches!(
            parts.as_slice(),
            ["components", "schemas", _] | ["definitions", _]
        )
    }

    fn schema(&mut self, pointer: &str, ty: Option<TypeRef>, why: &str) {
        self.schema_in(pointer, ty, why, false);
    }

    /// Walks the schema at `pointer` of type `ty`; `member`: it is one of several `allOf`
    /// members, so its properties are the merged type's but an example of it alone is not one
    /// of the merged type.
    fn schema_in(&mut self, pointer: &str, ty: Option<TypeRef>, why: &str, member: bool) {
        if ty.is_some() && !self.visited.insert(format!("{pointer}#{member}")) {
            return;
        }
        let Some(Value::Object(s)) = self.doc.pointer(pointer) else {
            return;
        };
        let why = if ty.is_some() { "" } else { why };
        let own = if member { None } else { ty.as_ref() };
        let own_why = if member {
            "an example of one allOf member"
        } else {
            why
        };
        if let Some(v) = s.get("example") {
            self.record(join(pointer, "example"), v, own, own_why);
        }
        if let Some(Value::Array(list)) = s.get("examples") {
            for (i, v) in list.iter().enumerate() {
                self.record(format!("{pointer}/examples/{i}"), v, own, own_why);
            }
        }
        if let (Some(Value::String(reference)), Some(ty)) = (s.get("$ref"), &ty) {
            if let Some(to) = target(reference) {
                if !self.is_component_schema(&to) {
                    self.queue.push((to, ty.clone(), member));
                }
            }
        }
        if let Some(Value::Object(props)) = s.get("properties") {
            for key in props.keys() {
                let field = ty
                    .as_ref()
                    .and_then(|t| self.fields(t))
                    .and_then(|(fields, _)| fields.iter().find(|f| &f.wire_name == key))
                    .map(|f| f.ty.clone());
                let why = if ty.is_some() {
                    "a property the generated struct does not have"
                } else {
                    why
                };
                self.schema(&join(&join(pointer, "properties"), key), field, why);
            }
        }
        if let Some(Value::Object(_)) = s.get("items") {
            let inner = ty.as_ref().and_then(|t| match self.resolve(t) {
                TypeRef::Array(inner) => Some(*inner),
                _ => None,
            });
            self.schema(&join(pointer, "items"), inner, "items of a non-array type");
        }
        if let Some(Value::Object(_)) = s.get("additionalProperties") {
            let inner = ty.as_ref().and_then(|t| match self.resolve(t) {
                TypeRef::Map(inner) => Some(*inner),
                other => self.fields(&other).and_then(|(_, a)| a.cloned()),
            });
            self.schema(
                &join(pointer, "additionalProperties"),
                inner,
                "additionalProperties the generated type does not keep",
            );
        }
        if let Some(Value::Array(members)) = s.get("allOf") {
            // One member is the whole type; of several, each contributes properties.
            let several = members.len() > 1;
            for i in 0..members.len() {
                self.schema_in(
                    &format!("{pointer}/allOf/{i}"),
                    ty.clone(),
                    "an allOf member of a type with no generated counterpart",
                    several,
                );
            }
        }
        for key in ["oneOf", "anyOf"] {
            let Some(Value::Array(branches)) = s.get(key) else {
                continue;
            };
            let is_null = |b: &Value| {
                b.get("type").and_then(Value::as_str) == Some("null")
                    || b.get("enum") == Some(&Value::Array(vec![Value::Null]))
            };
            let live: Vec<usize> = (0..branches.len())
                .filter(|&i| !is_null(&branches[i]))
                .collect();
            let variant_types: Option<Vec<TypeRef>> = ty.as_ref().map(|t| match self.resolve(t) {
                TypeRef::Named(id) => match &self.api.types[id].kind {
                    TypeKind::Union { variants, .. } => {
                        variants.iter().map(|v| v.ty.clone()).collect()
                    }
                    _ => vec![TypeRef::Named(id)],
                },
                other => vec![other],
            });
            for (n, &i) in live.iter().enumerate() {
                let branch_ty = match &variant_types {
                    _ if member => None,
                    Some(types) if types.len() == live.len() => Some(types[n].clone()),
                    Some(types) if types.len() == 1 => Some(types[0].clone()),
                    // Branches merged into fewer variants: a branch's value is the union's.
                    Some(_) => ty.clone(),
                    None => None,
                };
                self.schema(
                    &format!("{pointer}/{key}/{i}"),
                    branch_ty,
                    "a union branch inside an allOf member",
                );
            }
        }
        for key in ["not", "prefixItems"] {
            match s.get(key) {
                Some(Value::Object(_)) => self.schema(&join(pointer, key), None, "inside `not`"),
                Some(Value::Array(list)) => {
                    for i in 0..list.len() {
                        self.schema(
                            &format!("{pointer}/{key}/{i}"),
                            None,
                            "a tuple element (prefixItems are not typed)",
                        );
                    }
                }
                _ => {}
            }
        }
    }

    fn media(&mut self, pointer: &str, ty: Option<TypeRef>, why: &str) {
        let Some(Value::Object(m)) = self.doc.pointer(pointer) else {
            return;
        };
        if m.contains_key("schema") {
            self.schema(&join(pointer, "schema"), ty.clone(), why);
        }
        if let Some(v) = m.get("example") {
            self.record(join(pointer, "example"), v, ty.as_ref(), why);
        }
        if let Some(Value::Object(named)) = m.get("examples") {
            for name in named.keys() {
                if let Some((at, v)) =
                    example_object(self.doc, &join(&join(pointer, "examples"), name))
                {
                    self.record(at, &v, ty.as_ref(), why);
                }
            }
        }
    }

    /// Follows `$ref`s of non-schema objects (parameters, bodies, responses).
    fn deref(&self, pointer: &str) -> String {
        let mut pointer = pointer.to_owned();
        for _ in 0..8 {
            match self.doc.pointer(&pointer).and_then(|v| v.get("$ref")) {
                Some(Value::String(r)) => match target(r) {
                    Some(t) => pointer = t,
                    None => break,
                },
                _ => break,
            }
        }
        pointer
    }

    fn parameter(&mut self, pointer: &str, op: Option<&Operation>) {
        let pointer = self.deref(pointer);
        let Some(Value::Object(p)) = self.doc.pointer(&pointer) else {
            return;
        };
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        let location = p.get("in").and_then(Value::as_str).unwrap_or_default();
        let ty = op.and_then(|op| {
            if self.v2 && matches!(location, "body" | "formData") {
                return op.body.as_ref().map(|b| b.ty.clone());
            }
            let location = match location {
                "path" => Location::Path,
                "query" => Location::Query,
                "header" => Location::Header,
                "cookie" => Location::Cookie,
                _ => return None,
            };
            op.params
                .iter()
                .find(|x| x.wire_name == name && x.location == location)
                .map(|x| x.ty.clone())
        });
        let why = "a parameter the client does not have";
        if p.contains_key("schema") {
            self.schema(&join(&pointer, "schema"), ty.clone(), why);
        }
        if let Some(v) = p.get("example") {
            self.record(join(&pointer, "example"), v, ty.as_ref(), why);
        }
        if let Some(Value::Object(named)) = p.get("examples") {
            for ex in named.keys() {
                if let Some((at, v)) =
                    example_object(self.doc, &join(&join(&pointer, "examples"), ex))
                {
                    self.record(at, &v, ty.as_ref(), why);
                }
            }
        }
        if let Some(Value::Object(content)) = p.get("content") {
            for mt in content.keys() {
                self.media(&join(&join(&pointer, "content"), mt), ty.clone(), why);
            }
        }
    }

    fn response_of<'o>(op: &'o Operation, code: &str) -> Option<&'o Response> {
        let matches = |r: &&Response| match &r.status {
            StatusSpec::Code(c) => c.to_string() == code,
            StatusSpec::Range(c) => format!("{c}XX").eq_ignore_ascii_case(code),
            StatusSpec::Default => code == "default",
        };
        let found = std::iter::once(&op.success).chain(&op.errors).find(matches);
        // The client decodes every 2xx response as the success type (the first 2xx).
        let success = code.len() == 3 && code.starts_with('2') && code.parse::<u16>().is_ok();
        found.or(success.then_some(&op.success))
    }

    fn operation(&mut self, path: &str, method: &str, item_pointer: &str) {
        let op_pointer = join(item_pointer, method);
        let api = self.api;
        let op = api
            .groups
            .iter()
            .flat_map(|g| &g.operations)
            .find(|o| o.path == path && o.method.eq_ignore_ascii_case(method));
        for params_at in [item_pointer.to_owned(), op_pointer.clone()] {
            if let Some(Value::Array(list)) = self.doc.pointer(&join(&params_at, "parameters")) {
                for i in 0..list.len() {
                    self.parameter(&format!("{params_at}/parameters/{i}"), op);
                }
            }
        }
        let body_pointer = self.deref(&join(&op_pointer, "requestBody"));
        if let Some(Value::Object(content)) = self.doc.pointer(&join(&body_pointer, "content")) {
            for mt in content.keys() {
                let ty = op
                    .and_then(|o| o.body.as_ref())
                    .filter(|b| &b.content_type == mt)
                    .map(|b| b.ty.clone());
                self.media(
                    &join(&join(&body_pointer, "content"), mt),
                    ty,
                    "a request media type the client does not send",
                );
            }
        }
        let Some(Value::Object(responses)) = self.doc.pointer(&join(&op_pointer, "responses"))
        else {
            return;
        };
        for code in responses.keys() {
            let r_pointer = self.deref(&join(&join(&op_pointer, "responses"), code));
            let response = op.and_then(|o| Self::response_of(o, code));
            let why = "a response the client does not decode";
            if self.v2 {
                let ty = response.and_then(|r| r.ty.clone());
                self.schema(&join(&r_pointer, "schema"), ty.clone(), why);
                if let Some(Value::Object(named)) = self.doc.pointer(&join(&r_pointer, "examples"))
                {
                    for mime in named.keys() {
                        let at = join(&join(&r_pointer, "examples"), mime);
                        if let Some(v) = self.doc.pointer(&at) {
                            let json = mime.contains("json");
                            self.record(at, &v.clone(), ty.as_ref().filter(|_| json), why);
                        }
                    }
                }
                continue;
            }
            if let Some(Value::Object(content)) = self.doc.pointer(&join(&r_pointer, "content")) {
                for mt in content.keys() {
                    let ty = response
                        .filter(|r| r.content_type.as_deref() == Some(mt.as_str()))
                        .and_then(|r| r.ty.clone());
                    self.media(&join(&join(&r_pointer, "content"), mt), ty, why);
                }
            }
        }
    }
}

/// The examples of the document `doc` (already parsed) whose IR is `api`; generated types are
/// spelled `<crate_path>::<module>::types::<Name>`.
pub fn table(doc: &Value, api: &Api, crate_path: &str) -> Table {
    let v2 = doc.get("swagger").is_some();
    let mut w = Walker {
        doc,
        api,
        crate_path,
        v2,
        typed: BTreeMap::new(),
        reasons: BTreeMap::new(),
        visited: BTreeSet::new(),
        queue: Vec::new(),
    };
    let (section, prefix) = if v2 {
        (doc.get("definitions"), "/definitions".to_owned())
    } else {
        (
            doc.pointer("/components/schemas"),
            "/components/schemas".to_owned(),
        )
    };
    if let Some(Value::Object(schemas)) = section {
        for name in schemas.keys() {
            let origin = join("/components/schemas", name);
            let ty = api
                .types
                .iter()
                .position(|t| t.origin == origin)
                .map(TypeRef::Named);
            w.schema(
                &join(&prefix, name),
                ty,
                "a component schema with no generated type",
            );
        }
    }
    if let Some(Value::Object(paths)) = doc.get("paths") {
        for (path, item) in paths {
            let item_pointer = join("/paths", path);
            let Value::Object(item) = item else { continue };
            for method in item.keys() {
                if matches!(
                    method.as_str(),
                    "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace"
                ) {
                    w.operation(path, method, &item_pointer);
                }
            }
        }
    }
    // Webhook events: the POST body of each `webhooks` entry is the event's payload type.
    if let Some(Value::Object(hooks)) = doc.get("webhooks") {
        for (key, item) in hooks {
            let item_pointer = join("/webhooks", key);
            let ty = api
                .webhooks
                .as_ref()
                .and_then(|h| h.events.iter().find(|e| &e.key == key))
                .map(|e| e.ty.clone());
            let Value::Object(item) = item else { continue };
            for method in item.keys() {
                let body = w.deref(&join(&join(&item_pointer, method), "requestBody"));
                let Some(Value::Object(content)) = doc.pointer(&join(&body, "content")) else {
                    continue;
                };
                for mt in content.keys() {
                    let typed = method == "post" && mt.contains("json");
                    w.media(
                        &join(&join(&body, "content"), mt),
                        ty.clone().filter(|_| typed),
                        "a webhook payload with no generated event type",
                    );
                }
            }
        }
    }
    while let Some((pointer, ty, member)) = w.queue.pop() {
        w.schema_in(&pointer, Some(ty), "", member);
    }
    let all = census(doc, v2);
    // An example in a part nothing uses has no generated type; if its schema is a plain scalar
    // it still has the type the generator gives such a schema wherever it is used.
    for pointer in all.keys() {
        if w.typed.contains_key(pointer) || w.reasons.get(pointer).is_some_and(|r| !r.is_empty()) {
            continue;
        }
        if let (Some(rust_type), Some(value)) = (scalar_type(doc, pointer), doc.pointer(pointer)) {
            w.typed.insert(
                pointer.clone(),
                Typed {
                    pointer: pointer.clone(),
                    rust_type: rust_type.to_owned(),
                    value: value.clone(),
                    expected: value.clone(),
                    declared: value.clone(),
                },
            );
        }
    }
    let typed: Vec<Typed> = all.keys().filter_map(|p| w.typed.remove(p)).collect();
    let untyped = all
        .keys()
        .filter(|p| !typed.iter().any(|t| &t.pointer == *p))
        .map(|p| {
            let why = w
                .reasons
                .get(p)
                .filter(|r| !r.is_empty())
                .cloned()
                .unwrap_or_else(|| {
                    if p.starts_with("/webhooks/") {
                        "a webhook payload (webhooks are not operations of the client)".into()
                    } else {
                        "in a part of the document no operation or schema uses".into()
                    }
                });
            (p.clone(), why)
        })
        .collect();
    Table { typed, untyped }
}

/// The pointer of the schema the example at `pointer` belongs to: the schema holding the
/// `example` / `examples`, or the `schema` of the parameter, media type or (Swagger 2.0) response
/// holding them.
pub fn example_schema(doc: &Value, pointer: &str) -> Option<String> {
    let tokens: Vec<&str> = pointer.split('/').collect();
    let at = tokens
        .iter()
        .rposition(|t| *t == "example" || *t == "examples")?;
    let holder = tokens[..at].join("/");
    if doc.pointer(&holder)?.get("schema").is_some() {
        Some(format!("{holder}/schema"))
    } else {
        Some(holder)
    }
}

/// The Rust type of the scalar schema (`type: string | integer | number | boolean`) the example
/// at `pointer` belongs to.
fn scalar_type(doc: &Value, pointer: &str) -> Option<&'static str> {
    let schema = doc.pointer(&example_schema(doc, pointer)?)?;
    if schema.get("$ref").is_some() {
        return None;
    }
    let format = schema.get("format").and_then(Value::as_str);
    Some(
        match (schema.get("type").and_then(Value::as_str)?, format) {
            ("string", _) => "String",
            ("integer", Some("int32")) => "i32",
            ("integer", Some("uint32")) => "u32",
            ("integer", Some("uint64")) => "u64",
            ("integer", _) => "i64",
            ("number", _) => "f64",
            ("boolean", _) => "bool",
            _ => return None,
        },
    )
}
