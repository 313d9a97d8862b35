// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! How arguments go on the wire: request bodies (JSON, form, text, bytes, multipart, uploads),
//! query, header and path parameters in their OpenAPI styles. Part of the run time copied into
//! every generated crate (`src/runtime/encode.rs`); its items are re-exported by `runtime`.

use std::borrow::Cow;

use serde_json::Value;

use super::json;
use super::multipart::{Multipart, Upload};

/// A request body, ready to be sent (again, on a retry).
#[derive(Clone, Debug)]
pub enum Body {
    /// Encoded bytes and their `Content-Type`.
    Bytes {
        /// The `Content-Type` header value.
        content_type: Cow<'static, str>,
        /// The encoded bytes.
        bytes: bytes::Bytes,
    },
    /// `multipart/form-data`, encoded at each attempt (the boundary is chosen then).
    Multipart(Multipart),
    /// Raw content from an [`Upload`]: bytes, a file opened at each attempt, or a one-shot stream.
    Upload {
        /// The `Content-Type` header value.
        content_type: Cow<'static, str>,
        /// The content.
        upload: Upload,
    },
}

impl Body {
    /// Encodes `value` as JSON.
    pub fn json<T: serde::Serialize + ?Sized>(content_type: &'static str, value: &T) -> Result<Self, String> {
        json::to_vec(value)
            .map(|bytes| Self::Bytes {
                content_type: Cow::Borrowed(content_type),
                bytes: bytes.into(),
            })
            .map_err(|e| format!("could not encode the request body: {e}"))
    }

    /// Text as it is.
    pub fn text(content_type: &'static str, text: &str) -> Self {
        Self::Bytes {
            content_type: Cow::Borrowed(content_type),
            bytes: bytes::Bytes::copy_from_slice(text.as_bytes()),
        }
    }

    /// Raw content; its own content type (when set) wins over the declared one.
    pub fn upload(content_type: &'static str, upload: &Upload) -> Self {
        Self::Upload {
            content_type: upload.content_type_or(content_type),
            upload: upload.clone(),
        }
    }

    /// Encodes `value` as `application/x-www-form-urlencoded`: each top-level property as its
    /// `encoding` entry in `fields` says, the others by [`FormStyle::Default`].
    pub fn form<T: serde::Serialize + ?Sized>(
        content_type: &'static str,
        value: &T,
        fields: &[(&str, FormStyle)],
    ) -> Result<Self, String> {
        let value = serde_json::to_value(value).map_err(|e| format!("could not encode the request body: {e}"))?;
        let Value::Object(map) = &value else {
            return Err("a form body must be an object".into());
        };
        let mut pairs = Vec::new();
        for (key, item) in map {
            let style = fields
                .iter()
                .find(|(name, _)| name == key)
                .map_or(FormStyle::Default, |(_, style)| *style);
            form_pairs(&mut pairs, key, item, style)?;
        }
        let encoded: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", form_key(k), form_component(v)))
            .collect();
        Ok(Self::Bytes {
            content_type: Cow::Borrowed(content_type),
            bytes: encoded.join("&").into_bytes().into(),
        })
    }

    /// Whether the body can be sent again (everything but a one-shot stream).
    pub fn repeatable(&self) -> bool {
        match self {
            Body::Bytes { .. } => true,
            Body::Multipart(multipart) => multipart.repeatable(),
            Body::Upload { upload, .. } => upload.repeatable(),
        }
    }

    pub(crate) fn apply(&self, builder: reqwest::RequestBuilder) -> Result<reqwest::RequestBuilder, String> {
        Ok(match self {
            Body::Bytes { content_type, bytes } => builder
                .header(reqwest::header::CONTENT_TYPE, content_type.as_ref())
                .body(bytes.clone()),
            Body::Multipart(multipart) => builder.multipart(multipart.form()?),
            Body::Upload { content_type, upload } => builder
                .header(reqwest::header::CONTENT_TYPE, content_type.as_ref())
                .body(upload.body()?),
        })
    }
}

/// How one property of a form body is written: its `encoding` entry's `style` and `explode`, or
/// its `contentType` when that is JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormStyle {
    /// No `encoding` entry: scalars as they are, lists of scalars as repeated fields, anything
    /// holding an object in brackets (`a[b][0][c]=v`), as form-based APIs expect.
    Default,
    /// `style: form`: lists repeated (`explode`) or comma-joined; an object's properties as
    /// fields of their own (`explode`) or comma-joined.
    Form {
        /// `explode`.
        explode: bool,
    },
    /// `style: spaceDelimited`.
    SpaceDelimited,
    /// `style: pipeDelimited`.
    PipeDelimited,
    /// `style: deepObject`: brackets to any depth, lists with indices (`a[b][0][c]=v`).
    DeepObject,
    /// `contentType: application/json`: the value's JSON text.
    Json,
}

/// Keys keep brackets; everything else is percent-encoded as in an HTML form (space as `%20`).
const FORM: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'*');
const FORM_KEY: &percent_encoding::AsciiSet = &FORM.remove(b'[').remove(b']');
/// `allowReserved`: RFC 3986 reserved characters stay as they are.
const RESERVED: &percent_encoding::AsciiSet = &FORM
    .remove(b'~')
    .remove(b':')
    .remove(b'/')
    .remove(b'?')
    .remove(b'#')
    .remove(b'[')
    .remove(b']')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=');

/// A form or query component, percent-encoded.
pub fn form_component(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, FORM).to_string()
}

fn form_key(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, FORM_KEY).to_string()
}

/// A query value that keeps reserved characters (`allowReserved: true`).
pub fn reserved_component(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, RESERVED).to_string()
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

/// A scalar as text: strings as they are, numbers as JSON writes them, `null` empty.
pub(crate) fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Number(n) => json::number(n),
        other => other.to_string(),
    }
}

/// `prefix[key]...=value` for every leaf of `value`, lists with indices.
fn brackets(out: &mut Vec<(String, String)>, prefix: String, value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                brackets(out, format!("{prefix}[{key}]"), item);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                brackets(out, format!("{prefix}[{i}]"), item);
            }
        }
        leaf => out.push((prefix, scalar(leaf))),
    }
}

fn joined(name: &str, items: &[Value], separator: &str) -> Result<String, String> {
    if let Some(bad) = items.iter().find(|v| !is_scalar(v)) {
        return Err(format!(
            "`{name}` holds `{bad}`, which its style cannot write (only lists of scalars); declare `style: deepObject` or a JSON `contentType`"
        ));
    }
    Ok(items.iter().map(scalar).collect::<Vec<_>>().join(separator))
}

/// The `(key, value)` pairs of one form field or query parameter, not yet percent-encoded.
fn form_pairs(out: &mut Vec<(String, String)>, name: &str, value: &Value, style: FormStyle) -> Result<(), String> {
    let not_nested = |map: &serde_json::Map<String, Value>| match map.values().find(|v| !is_scalar(v)) {
        Some(bad) => Err(format!(
            "`{name}` holds the nested value `{bad}`, which `style: form` cannot write; declare `style: deepObject` or a JSON `contentType`"
        )),
        None => Ok(()),
    };
    match (value, style) {
        (Value::Null, FormStyle::Default | FormStyle::Form { .. }) => {}
        (_, FormStyle::Json) => out.push((name.to_owned(), json::to_string(value).map_err(|e| e.to_string())?)),
        (_, FormStyle::DeepObject) => brackets(out, name.to_owned(), value),
        (Value::Array(items), FormStyle::Default) if items.iter().all(is_scalar) => {
            out.extend(items.iter().map(|v| (name.to_owned(), scalar(v))));
        }
        (Value::Array(_) | Value::Object(_), FormStyle::Default) => brackets(out, name.to_owned(), value),
        (Value::Array(items), FormStyle::Form { explode: true }) => {
            joined(name, items, ",")?;
            out.extend(items.iter().map(|v| (name.to_owned(), scalar(v))));
        }
        (Value::Array(items), FormStyle::Form { explode: false }) => out.push((name.to_owned(), joined(name, items, ",")?)),
        (Value::Array(items), FormStyle::SpaceDelimited) => out.push((name.to_owned(), joined(name, items, " ")?)),
        (Value::Array(items), FormStyle::PipeDelimited) => out.push((name.to_owned(), joined(name, items, "|")?)),
        (Value::Object(map), FormStyle::Form { explode: true }) => {
            not_nested(map)?;
            out.extend(map.iter().map(|(k, v)| (k.clone(), scalar(v))));
        }
        (Value::Object(map), _) => {
            not_nested(map)?;
            let flat: Vec<String> = map.iter().flat_map(|(k, v)| [k.clone(), scalar(v)]).collect();
            out.push((name.to_owned(), flat.join(",")));
        }
        (leaf, _) => out.push((name.to_owned(), scalar(leaf))),
    }
    Ok(())
}

/// Percent-encodes a path parameter so that it stays one path segment whatever it contains.
pub fn path_param(name: &str, value: &str) -> Result<String, String> {
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    if value.is_empty() || value == "." || value == ".." {
        return Err(format!("path parameter `{name}` must not be empty, `.` or `..`"));
    }
    Ok(percent_encoding::utf8_percent_encode(value, SEGMENT).to_string())
}

/// How a query parameter's value is spelled: the same styles as a form field's.
pub type QueryStyle = FormStyle;

/// Appends query parameter `name` with `value`, spelled as `style` says. A value the style
/// cannot write (an object nested in `style: form`) is an error, never JSON text in disguise.
pub fn push_query<T: serde::Serialize + ?Sized>(
    query: &mut Vec<(Cow<'static, str>, String)>,
    name: &'static str,
    value: &T,
    style: QueryStyle,
) -> Result<(), String> {
    let value = serde_json::to_value(value).map_err(|e| format!("query parameter `{name}`: {e}"))?;
    if value.is_null() {
        return Ok(());
    }
    let mut pairs = Vec::new();
    form_pairs(&mut pairs, name, &value, style).map_err(|e| format!("query parameter {e}"))?;
    query.extend(pairs.into_iter().map(|(k, v)| {
        let key = if k == name { Cow::Borrowed(name) } else { Cow::Owned(k) };
        (key, v)
    }));
    Ok(())
}

/// Spells a header parameter's value (`style: simple`).
pub fn header_value<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<String, String> {
    let value = serde_json::to_value(value).map_err(|e| format!("header `{name}`: {e}"))?;
    Ok(match &value {
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(","),
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [k.clone(), scalar(v)])
            .collect::<Vec<_>>()
            .join(","),
        other => scalar(other),
    })
}

/// A header or query parameter declared with `content: application/json`: its JSON text.
pub fn json_value<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<String, String> {
    json::to_string(value).map_err(|e| format!("parameter `{name}`: {e}"))
}

/// Spells a path parameter's value (`style: simple`) and percent-encodes it.
pub fn path_value<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<String, String> {
    path_param(name, &header_value(name, value)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_params_stay_one_segment() {
        assert_eq!(path_param("id", "../admin").unwrap(), "..%2Fadmin");
        assert_eq!(path_param("id", "a/b?c#d").unwrap(), "a%2Fb%3Fc%23d");
        assert!(path_param("id", "..").is_err());
        assert!(path_param("id", "").is_err());
    }
}
