// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Files and `multipart/form-data`: [`Upload`] (bytes, a file streamed from disk, or a stream) and
//! [`Multipart`], the parts of a form encoded by reqwest at each attempt. Part of the run time
//! copied into every generated crate (`src/runtime/multipart.rs`); re-exported by `runtime`.

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use futures_util::Stream;
use serde_json::Value;

use super::encode::scalar;

type ByteStream = Pin<Box<dyn Stream<Item = Result<bytes::Bytes, std::io::Error>> + Send>>;

#[derive(Clone)]
enum Source {
    Bytes(bytes::Bytes),
    /// Opened and streamed at each attempt, never read into memory whole.
    Path(PathBuf),
    /// Sent once: a request with it is not retried.
    Stream(Arc<Mutex<Option<ByteStream>>>),
}

/// Content sent as a file (a `format: binary` value): bytes in memory, a file on disk streamed at
/// each attempt, or a stream sent once. A file name, a content type and part headers are optional.
#[derive(Clone)]
pub struct Upload {
    source: Source,
    file_name: Option<String>,
    content_type: Option<String>,
    headers: Vec<(String, String)>,
}

impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let source = match &self.source {
            Source::Bytes(b) => format!("{} bytes", b.len()),
            Source::Path(p) => format!("file {}", p.display()),
            Source::Stream(_) => "stream".into(),
        };
        f.debug_struct("Upload")
            .field("source", &source)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl PartialEq for Upload {
    fn eq(&self, other: &Self) -> bool {
        let same = match (&self.source, &other.source) {
            (Source::Bytes(a), Source::Bytes(b)) => a == b,
            (Source::Path(a), Source::Path(b)) => a == b,
            (Source::Stream(a), Source::Stream(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        same && self.file_name == other.file_name && self.content_type == other.content_type
    }
}

impl Upload {
    fn of(source: Source) -> Self {
        Self {
            source,
            file_name: None,
            content_type: None,
            headers: Vec::new(),
        }
    }

    /// Content held in memory.
    pub fn bytes(bytes: impl Into<bytes::Bytes>) -> Self {
        Self::of(Source::Bytes(bytes.into()))
    }

    /// A file on disk, opened and streamed at each attempt; its name is the file name sent.
    pub fn path(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        Self {
            file_name,
            ..Self::of(Source::Path(path))
        }
    }

    /// A stream of chunks, sent once: a request carrying it is not retried.
    pub fn stream<S>(stream: S) -> Self
    where
        S: Stream<Item = Result<bytes::Bytes, std::io::Error>> + Send + 'static,
    {
        Self::of(Source::Stream(Arc::new(Mutex::new(Some(Box::pin(stream))))))
    }

    /// Sets the file name sent with it.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// Sets its content type (else the declared one, else `application/octet-stream`).
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// Adds a header to its part of a multipart body.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub(crate) fn content_type_or(&self, declared: &'static str) -> Cow<'static, str> {
        match &self.content_type {
            Some(ct) => Cow::Owned(ct.clone()),
            None => Cow::Borrowed(declared),
        }
    }

    pub(crate) fn repeatable(&self) -> bool {
        !matches!(self.source, Source::Stream(_))
    }

    /// The content as a request body: bytes, the file as a stream, or the stream (taken).
    pub(crate) fn body(&self) -> Result<reqwest::Body, String> {
        Ok(match &self.source {
            Source::Bytes(bytes) => reqwest::Body::from(bytes.clone()),
            Source::Path(path) => {
                let file = std::fs::File::open(path).map_err(|e| format!("cannot open `{}`: {e}", path.display()))?;
                let file = tokio::fs::File::from_std(file);
                reqwest::Body::wrap_stream(tokio_util::io::ReaderStream::new(file))
            }
            Source::Stream(stream) => {
                let taken = stream.lock().map_err(|_| "an upload stream was poisoned".to_owned())?.take();
                let stream = taken.ok_or("an upload stream can be sent only once")?;
                reqwest::Body::wrap_stream(stream)
            }
        })
    }

    fn part(&self, declared: Option<&'static str>) -> Result<reqwest::multipart::Part, String> {
        let body = self.body()?;
        let mut part = match (&self.source, std::fs::metadata(self.path_or_empty())) {
            (Source::Bytes(bytes), _) => reqwest::multipart::Part::stream_with_length(body, bytes.len() as u64),
            (Source::Path(_), Ok(meta)) => reqwest::multipart::Part::stream_with_length(body, meta.len()),
            _ => reqwest::multipart::Part::stream(body),
        };
        if let Some(name) = &self.file_name {
            part = part.file_name(name.clone());
        }
        let content_type = self
            .content_type
            .as_deref()
            .or(declared)
            .unwrap_or("application/octet-stream");
        part = part.mime_str(content_type).map_err(|_| format!("`{content_type}` is not a media type"))?;
        with_headers(part, &self.headers)
    }

    fn path_or_empty(&self) -> PathBuf {
        match &self.source {
            Source::Path(p) => p.clone(),
            _ => PathBuf::new(),
        }
    }
}

impl serde::Serialize for Upload {
    /// In-memory content as text (a `format: binary` property outside a file upload).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.source {
            Source::Bytes(bytes) => serializer.serialize_str(&String::from_utf8_lossy(bytes)),
            _ => Err(serde::ser::Error::custom("a file or stream upload can only be sent as a file")),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Upload {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Upload::bytes)
    }
}

fn with_headers(mut part: reqwest::multipart::Part, headers: &[(String, String)]) -> Result<reqwest::multipart::Part, String> {
    if headers.is_empty() {
        return Ok(part);
    }
    let mut map = reqwest::header::HeaderMap::new();
    for (name, value) in headers {
        let name = reqwest::header::HeaderName::from_bytes(name.as_bytes()).map_err(|_| format!("`{name}` is not a header name"))?;
        let value = reqwest::header::HeaderValue::from_str(value).map_err(|_| format!("header `{name}` has a bad value"))?;
        map.append(name, value);
    }
    part = part.headers(map);
    Ok(part)
}

#[derive(Clone, Debug)]
enum PartValue {
    Text { value: String, content_type: Option<&'static str> },
    File { upload: Upload, content_type: Option<&'static str> },
}

/// The parts of a `multipart/form-data` body, in order; encoded at each attempt.
#[derive(Clone, Debug, Default)]
pub struct Multipart {
    parts: Vec<(String, PartValue)>,
}

impl Multipart {
    /// No parts yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file part; `content_type` is the one declared in the part's `encoding`.
    pub fn file(&mut self, name: &str, upload: &Upload, content_type: Option<&'static str>) {
        self.parts.push((
            name.to_owned(),
            PartValue::File {
                upload: upload.clone(),
                content_type,
            },
        ));
    }

    /// Adds the parts of a value: a scalar as a text part, a list as one part per item, an
    /// object as a JSON part (or with the declared `content_type`); `null` adds nothing.
    pub fn value<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        content_type: Option<&'static str>,
    ) -> Result<(), String> {
        let value = serde_json::to_value(value).map_err(|e| format!("multipart part `{name}`: {e}"))?;
        let items = match value {
            Value::Null => return Ok(()),
            Value::Array(items) => items,
            other => vec![other],
        };
        for item in items {
            let declared_json = content_type.is_some_and(|ct| ct.contains("json"));
            let part = match &item {
                Value::Object(_) | Value::Array(_) => PartValue::Text {
                    value: super::json::to_string(&item).map_err(|e| e.to_string())?,
                    content_type: Some(content_type.unwrap_or("application/json")),
                },
                _ if declared_json => PartValue::Text {
                    value: super::json::to_string(&item).map_err(|e| e.to_string())?,
                    content_type,
                },
                leaf => PartValue::Text {
                    value: scalar(leaf),
                    content_type,
                },
            };
            self.parts.push((name.to_owned(), part));
        }
        Ok(())
    }

    /// Adds every top-level property of `value` (an object) as [`Multipart::value`] does.
    pub fn entries<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), String> {
        match serde_json::to_value(value).map_err(|e| format!("multipart body: {e}"))? {
            Value::Object(map) => map.iter().try_for_each(|(name, item)| self.value(name, item, None)),
            Value::Null => Ok(()),
            _ => Err("a multipart body must be an object".into()),
        }
    }

    pub(crate) fn repeatable(&self) -> bool {
        self.parts.iter().all(|(_, part)| match part {
            PartValue::File { upload, .. } => upload.repeatable(),
            PartValue::Text { .. } => true,
        })
    }

    pub(crate) fn form(&self) -> Result<reqwest::multipart::Form, String> {
        let mut form = reqwest::multipart::Form::new();
        for (name, part) in &self.parts {
            let part = match part {
                PartValue::Text { value, content_type } => {
                    let mut part = reqwest::multipart::Part::text(value.clone());
                    if let Some(ct) = content_type {
                        part = part.mime_str(ct).map_err(|_| format!("`{ct}` is not a media type"))?;
                    }
                    part
                }
                PartValue::File { upload, content_type } => upload.part(*content_type)?,
            };
            form = form.part(name.clone(), part);
        }
        Ok(form)
    }
}
