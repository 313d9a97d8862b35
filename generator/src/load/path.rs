//! A path item read from the document's JSON straight into `openapiv3::PathItem`, giving
//! exactly what its `Deserialize` gives, without it. Every object between a path item and its
//! schemas (path item, operation, responses, response, request body, media type) has a
//! `flatten`ed map of extensions, and `ReferenceOr` is an untagged enum: serde copies each of
//! them, and again everything inside, into a buffer of its own first, once per level (GitHub:
//! most of what is left of the time deserializing takes once schemas are read by
//! [`super::schema`]). The JSON is consumed: its strings and values move into the model.
//!
//! It refuses exactly what serde refuses, and anything it is unsure of (then the document is
//! read again with serde, which says what it refuses). The smaller objects inside (parameters,
//! headers, servers, examples, links, encodings, security requirements, external docs) are read
//! by serde, from the JSON moved in.

use indexmap::IndexMap;
use openapiv3::{
    Callback, MediaType, Operation, Parameter, PathItem, ReferenceOr, RequestBody, Response,
    Responses, StatusCode,
};
use serde::Deserialize;
use serde_json::{Map, Value};

use super::schema::{optional, reference_or_with, string};

/// `ReferenceOr<PathItem>` as its `Deserialize` reads it; `None`: refused (by serde too, or
/// left to it).
pub(super) fn reference_or(value: Value) -> Option<ReferenceOr<PathItem>> {
    reference_or_with(value, path_item)
}

pub(super) fn path_item(value: Value) -> Option<PathItem> {
    let mut item = PathItem::default();
    for (key, value) in object(value)? {
        match key.as_str() {
            "summary" => item.summary = string(value)?,
            "description" => item.description = string(value)?,
            "get" => item.get = optional(value, operation)?,
            "put" => item.put = optional(value, operation)?,
            "post" => item.post = optional(value, operation)?,
            "delete" => item.delete = optional(value, operation)?,
            "options" => item.options = optional(value, operation)?,
            "head" => item.head = optional(value, operation)?,
            "patch" => item.patch = optional(value, operation)?,
            "trace" => item.trace = optional(value, operation)?,
            "servers" => item.servers = by_serde(value)?,
            "parameters" => item.parameters = parameters(value)?,
            _ => extension(&mut item.extensions, key, value),
        }
    }
    Some(item)
}

pub(super) fn operation(value: Value) -> Option<Operation> {
    let mut op = Operation::default();
    let mut responses = None;
    for (key, value) in object(value)? {
        match key.as_str() {
            "tags" => op.tags = by_serde(value)?,
            "summary" => op.summary = string(value)?,
            "description" => op.description = string(value)?,
            "externalDocs" => op.external_docs = by_serde(value)?,
            "operationId" => op.operation_id = string(value)?,
            "parameters" => op.parameters = parameters(value)?,
            "requestBody" => {
                op.request_body = optional(value, |v| reference_or_with(v, request_body))?;
            }
            "responses" => responses = Some(self::responses(value)?),
            "callbacks" => op.callbacks = map(value, callback)?,
            "deprecated" => op.deprecated = value.as_bool()?,
            "security" => op.security = by_serde(value)?,
            "servers" => op.servers = by_serde(value)?,
            _ => extension(&mut op.extensions, key, value),
        }
    }
    // Required: serde refuses an operation without it.
    op.responses = responses?;
    Some(op)
}

/// A list of parameters, each a reference or read by serde (from the JSON moved in: without
/// the copy serde's untagged `ReferenceOr` makes of each first).
fn parameters(value: Value) -> Option<Vec<ReferenceOr<Parameter>>> {
    match value {
        Value::Array(items) => items
            .into_iter()
            .map(|v| reference_or_with(v, by_serde))
            .collect(),
        _ => None,
    }
}

fn callback(value: Value) -> Option<Callback> {
    map(value, path_item)
}

/// `Responses`: `default`, then every key that reads as a status code (the others skipped, as
/// openapiv3's predicate skips them), and the extensions.
pub(super) fn responses(value: Value) -> Option<Responses> {
    let mut out = Responses::default();
    for (key, value) in object(value)? {
        if key == "default" {
            out.default = optional(value, |v| reference_or_with(v, response))?;
        } else if let Some(code) = status(&key) {
            out.responses
                .insert(code, reference_or_with(value, response)?);
        } else {
            extension(&mut out.extensions, key, value);
        }
    }
    Some(out)
}

/// A key as openapiv3's `StatusCode` reads it: three characters, a number from 100 to 999, or
/// a digit and `XX` (either case).
fn status(key: &str) -> Option<StatusCode> {
    if key.len() != 3 {
        return None;
    }
    if let Ok(number) = key.parse::<i64>() {
        return u16::try_from(number)
            .ok()
            .filter(|n| (100..1000).contains(n))
            .map(StatusCode::Code);
    }
    match key.as_bytes().to_ascii_uppercase()[..] {
        [n, b'X', b'X'] if n.is_ascii_digit() => Some(StatusCode::Range(u16::from(n - b'0'))),
        _ => None,
    }
}

pub(super) fn response(value: Value) -> Option<Response> {
    let mut out = Response::default();
    let mut description = None;
    for (key, value) in object(value)? {
        match key.as_str() {
            "description" => match value {
                Value::String(s) => description = Some(s),
                _ => return None,
            },
            "headers" => out.headers = by_serde(value)?,
            "content" => out.content = map(value, media_type)?,
            "links" => out.links = by_serde(value)?,
            _ => extension(&mut out.extensions, key, value),
        }
    }
    // Required: serde refuses a response without it.
    out.description = description?;
    Some(out)
}

pub(super) fn request_body(value: Value) -> Option<RequestBody> {
    let mut out = RequestBody::default();
    for (key, value) in object(value)? {
        match key.as_str() {
            "description" => out.description = string(value)?,
            "content" => out.content = map(value, media_type)?,
            "required" => out.required = value.as_bool()?,
            _ => extension(&mut out.extensions, key, value),
        }
    }
    Some(out)
}

pub(super) fn media_type(value: Value) -> Option<MediaType> {
    let mut out = MediaType::default();
    for (key, value) in object(value)? {
        match key.as_str() {
            "schema" => out.schema = optional(value, super::schema::reference_or)?,
            "example" => out.example = (!value.is_null()).then_some(value),
            "examples" => out.examples = by_serde(value)?,
            "encoding" => out.encoding = by_serde(value)?,
            _ => extension(&mut out.extensions, key, value),
        }
    }
    Some(out)
}

fn object(value: Value) -> Option<Map<String, Value>> {
    match value {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

/// A map whose values `read` reads, in order (a later equal key cannot occur: the JSON's keys
/// are unique).
fn map<T>(value: Value, read: impl Fn(Value) -> Option<T>) -> Option<IndexMap<String, T>> {
    object(value)?
        .into_iter()
        .map(|(key, v)| Some((key, read(v)?)))
        .collect()
}

/// An unknown key: kept when it is an extension (`x-`), ignored otherwise (as serde does).
fn extension(extensions: &mut IndexMap<String, Value>, key: String, value: Value) {
    if key.starts_with("x-") {
        extensions.insert(key, value);
    }
}

/// A field of a small type, read by serde from the JSON moved in.
pub(super) fn by_serde<T: for<'de> Deserialize<'de>>(value: Value) -> Option<T> {
    T::deserialize(value).ok()
}

#[cfg(test)]
mod tests;
