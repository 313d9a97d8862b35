// @generated
// Generated from specs/attio.yaml, specs/codat.yaml, specs/polar.yaml, specs/ultracart.yaml, specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The response of a request, read in full, and how generated operations decode it: success
//! bodies as JSON, text or bytes, documented error statuses into the operation's error enum.
//! Part of the run time copied into every generated crate (`src/runtime/response.rs`).

use super::{Error, HeaderMap, StatusCode};

/// A response, body read in full.
#[derive(Debug, Clone)]
pub struct Response {
    /// The status code.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The raw body.
    pub body: bytes::Bytes,
}

impl Response {
    /// Reads a streamed response's body in full.
    pub async fn read<E>(response: reqwest::Response) -> Result<Self, Error<E>> {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(|e| Error::Transport(e.without_url()))?;
        Ok(Self { status, headers, body })
    }

    /// Decodes a JSON body into `T`; an empty body decodes as JSON `null`.
    pub fn json<T: serde::de::DeserializeOwned, E>(&self) -> Result<T, Error<E>> {
        let body: &[u8] = if self.body.iter().all(u8::is_ascii_whitespace) {
            b"null"
        } else {
            &self.body
        };
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let value = serde_path_to_error::deserialize(&mut deserializer)
            .map_err(|e| self.decode_error(e.path().to_string(), e.into_inner()))?;
        deserializer.end().map_err(|e| self.decode_error(".".into(), e))?;
        Ok(value)
    }

    pub(crate) fn decode_error<E>(&self, path: String, source: serde_json::Error) -> Error<E> {
        Error::Decode {
            status: self.status,
            body: self.body.clone(),
            path,
            source,
        }
    }

    /// Decodes the body as its `Content-Type` says, for a status documented with several media
    /// types: JSON (or no `Content-Type`) as JSON, anything else as text into `T` (a `String`
    /// or a string enum).
    pub fn by_content_type<T: serde::de::DeserializeOwned, E>(&self) -> Result<T, Error<E>> {
        let content_type = self
            .headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/json")
            .to_ascii_lowercase();
        if content_type.contains("json") {
            return self.json();
        }
        let text = serde_json::Value::String(String::from_utf8_lossy(&self.body).into_owned());
        serde_path_to_error::deserialize(text).map_err(|e| self.decode_error(e.path().to_string(), e.into_inner()))
    }

    /// The body as text (lossy for invalid UTF-8).
    pub fn text<E>(&self) -> Result<String, Error<E>> {
        Ok(String::from_utf8_lossy(&self.body).into_owned())
    }

    /// The raw body.
    pub fn bytes<E>(&self) -> Result<bytes::Bytes, Error<E>> {
        Ok(self.body.clone())
    }

    /// A documented error response: `wrap` turns the decoded body into the operation's error enum.
    pub fn api_error<E>(self, error: Result<E, Error<E>>) -> Error<E> {
        match error {
            Ok(error) => Error::Api {
                status: self.status,
                headers: self.headers,
                error,
            },
            Err(e) => e,
        }
    }

    /// An undocumented status.
    pub fn unexpected<E>(self) -> Error<E> {
        Error::UnexpectedStatus {
            status: self.status,
            headers: self.headers,
            body: self.body,
        }
    }

    /// A documented error response whose body is JSON, decoded into the error variant `variant`.
    pub fn json_error<T: serde::de::DeserializeOwned, E>(self, variant: impl FnOnce(T) -> E) -> Error<E> {
        let decoded = self.json().map(variant);
        self.api_error(decoded)
    }

    /// A documented error response whose body is decoded as its `Content-Type` says.
    pub fn content_type_error<T: serde::de::DeserializeOwned, E>(self, variant: impl FnOnce(T) -> E) -> Error<E> {
        let decoded = self.by_content_type().map(variant);
        self.api_error(decoded)
    }

    /// A documented error response whose body is text.
    pub fn text_error<E>(self, variant: impl FnOnce(String) -> E) -> Error<E> {
        let decoded = self.text().map(variant);
        self.api_error(decoded)
    }

    /// A documented error response whose body is kept as bytes.
    pub fn bytes_error<E>(self, variant: impl FnOnce(bytes::Bytes) -> E) -> Error<E> {
        let decoded = self.bytes().map(variant);
        self.api_error(decoded)
    }

    /// A documented error response without a body.
    pub fn error<E>(self, error: E) -> Error<E> {
        self.api_error(Ok(error))
    }
}

/// How a success response read in full becomes an operation's output `T` (its
/// [`Operation::Decoder`](super::Operation::Decoder)).
pub trait Decode<T> {
    /// Whether the body is a stream (server-sent events, JSON lines): [`Call`](super::Call) then
    /// hands the response, unread, to
    /// [`Operation::decode_stream`](super::Operation::decode_stream) instead of
    /// [`Decode::decode`].
    const STREAMED: bool = false;

    /// Decodes `response`, or says why it cannot.
    fn decode<E>(response: Response) -> Result<T, Error<E>>;
}

/// A JSON body ([`Response::json`]).
#[derive(Debug)]
pub struct Json;

impl<T: serde::de::DeserializeOwned> Decode<T> for Json {
    fn decode<E>(response: Response) -> Result<T, Error<E>> {
        response.json()
    }
}

/// A body decoded as its `Content-Type` says ([`Response::by_content_type`]).
#[derive(Debug)]
pub struct ByContentType;

impl<T: serde::de::DeserializeOwned> Decode<T> for ByContentType {
    fn decode<E>(response: Response) -> Result<T, Error<E>> {
        response.by_content_type()
    }
}

/// A text body ([`Response::text`]).
#[derive(Debug)]
pub struct Text;

impl Decode<String> for Text {
    fn decode<E>(response: Response) -> Result<String, Error<E>> {
        response.text()
    }
}

/// A body kept as bytes ([`Response::bytes`]).
#[derive(Debug)]
pub struct Binary;

impl Decode<bytes::Bytes> for Binary {
    fn decode<E>(response: Response) -> Result<bytes::Bytes, Error<E>> {
        response.bytes()
    }
}

/// No body: whatever came is ignored.
#[derive(Debug)]
pub struct Empty;

impl Decode<()> for Empty {
    fn decode<E>(response: Response) -> Result<(), Error<E>> {
        let _ = response;
        Ok(())
    }
}

/// A streamed body, decoded as it arrives ([`Operation::decode_stream`](super::Operation::decode_stream)),
/// never read in full.
#[derive(Debug)]
pub struct Streamed;

impl<T> Decode<T> for Streamed {
    const STREAMED: bool = true;

    /// Never called: a streamed body is not read in full.
    fn decode<E>(response: Response) -> Result<T, Error<E>> {
        let _ = response;
        Err(Error::InvalidRequest("a streamed response is decoded as it arrives".into()))
    }
}
