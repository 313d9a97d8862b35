// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! How a generated operation writes its arguments into its [`Request`]: path, query, header and
//! cookie parameters spelled by their style, and JSON bodies. Each keeps the first reason an
//! argument cannot be sent in [`Request::invalid`], which `Call` reports as
//! [`Error::InvalidRequest`](super::Error::InvalidRequest): the generated code has no `?` (nor
//! its branches) per argument.
//! Part of the run time copied into every generated crate (`src/runtime/args.rs`).

use super::{header_value, json_value, path_value, push_query, Body, FormStyle, Request};

/// Whether `value` is absent (an unset optional argument serializes as JSON `null`).
fn absent<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<bool, String> {
    serde_json::to_value(value)
        .map(|v| v.is_null())
        .map_err(|e| format!("parameter `{name}`: {e}"))
}

impl Request {
    /// Writes path parameter `name` (`style: simple`, percent-encoded to stay one segment) in
    /// place of every `{name}` of the path.
    pub fn path_param<T: serde::Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        let result = self.try_path_param(name, value);
        self.keep(result);
    }

    fn try_path_param<T: serde::Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), String> {
        let value = path_value(name, value)?;
        self.path = self.path.replace(&format!("{{{name}}}"), &value);
        Ok(())
    }

    /// Appends query parameter `name` (nothing when `value` is `None`), `style: form` exploded:
    /// OpenAPI's default (`tag=a&tag=b`).
    pub fn query<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        let result = self.try_query(name, value);
        self.keep(result);
    }

    fn try_query<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), String> {
        push_query(&mut self.query, name, value, FormStyle::Form { explode: true })
    }

    /// Appends query parameter `name` (nothing when `value` is `None`), spelled as `style` says.
    pub fn query_with<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, style: FormStyle, value: &T) {
        let result = self.try_query_with(name, value, style);
        self.keep(result);
    }

    fn try_query_with<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T, style: FormStyle) -> Result<(), String> {
        push_query(&mut self.query, name, value, style)
    }

    /// Like [`Request::query`], keeping reserved characters as they are (`allowReserved`).
    pub fn query_reserved<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, style: FormStyle, value: &T) {
        let result = self.try_query_reserved(name, value, style);
        self.keep(result);
    }

    fn try_query_reserved<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T, style: FormStyle) -> Result<(), String> {
        let start = self.query.len();
        push_query(&mut self.query, name, value, style)?;
        self.reserved_query.extend(start..self.query.len());
        Ok(())
    }

    /// Sends header parameter `name` (nothing when `value` is `None`), spelled `style: simple`.
    pub fn header<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        let result = self.try_header(name, value);
        self.keep(result);
    }

    fn try_header<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), String> {
        if !absent(name, value)? {
            self.headers.push((name, header_value(name, value)?));
        }
        Ok(())
    }

    /// Sends header parameter `name` declared with `content: application/json` as JSON text.
    pub fn json_header<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        let result = self.try_json_header(name, value);
        self.keep(result);
    }

    fn try_json_header<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), String> {
        if !absent(name, value)? {
            self.headers.push((name, json_value(name, value)?));
        }
        Ok(())
    }

    /// Sends cookie parameter `name` (nothing when `value` is `None`).
    pub fn cookie<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        let result = self.try_cookie(name, value);
        self.keep(result);
    }

    fn try_cookie<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), String> {
        if !absent(name, value)? {
            let cookie = format!("{name}={}", header_value(name, value)?);
            self.headers.push(("cookie", cookie));
        }
        Ok(())
    }

    /// Sets the body to `value` as JSON with `Content-Type: content_type`.
    pub fn json_body<T: serde::Serialize + ?Sized>(&mut self, content_type: &'static str, value: &T) {
        match Body::json(content_type, value) {
            Ok(body) => self.body = Some(body),
            Err(reason) => self.keep(Err(reason)),
        }
    }

    /// As [`Request::json_body`] when there is a body; none is sent for `None`.
    pub fn optional_json_body<T: serde::Serialize>(&mut self, content_type: &'static str, value: &Option<T>) {
        if let Some(value) = value {
            self.json_body(content_type, value);
        }
    }

    /// Keeps the first reason an argument cannot be sent.
    fn keep(&mut self, result: Result<(), String>) {
        if let Err(reason) = result {
            self.invalid.get_or_insert(reason);
        }
    }
}
