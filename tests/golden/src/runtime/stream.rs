// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Response bodies read as they arrive: raw chunks (downloads), server-sent events and JSON
//! lines, each item decoded into the operation's type. Part of the run time copied into every
//! generated crate (`src/runtime/stream.rs`); its items are re-exported by `runtime`.

use std::pin::Pin;
use std::time::Duration;

use eventsource_stream::Eventsource;
use futures_util::{Stream, StreamExt, TryStreamExt};

use super::{Error, StatusCode};

/// The body of a response as a stream of chunks.
pub type ByteStream<E> = Pin<Box<dyn Stream<Item = Result<bytes::Bytes, Error<E>>> + Send>>;

/// A stream of decoded items: events or lines.
pub type ItemStream<T, E> = Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send>>;

/// One server-sent event (`text/event-stream`).
#[derive(Debug, Clone, PartialEq)]
pub struct ServerEvent<T> {
    /// `event:`; empty for the default `message` type.
    pub event: String,
    /// `data:` (lines joined with `\n`), decoded: JSON into the declared schema, else as text.
    pub data: T,
    /// `id:`, the last one seen.
    pub id: String,
    /// `retry:`, the reconnection time the server asks for.
    pub retry: Option<Duration>,
}

/// The stream of server-sent events of a response.
pub type EventStream<T, E> = ItemStream<ServerEvent<T>, E>;

/// The response body as chunks.
pub fn byte_stream<E: 'static>(response: reqwest::Response) -> ByteStream<E> {
    Box::pin(response.bytes_stream().map_err(|e| Error::Transport(e.without_url())))
}

fn decode<T: serde::de::DeserializeOwned, E>(status: StatusCode, text: &str, json: bool) -> Result<T, Error<E>> {
    let result = if json {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(&mut deserializer).map_err(|e| (e.path().to_string(), e.into_inner()))
    } else {
        serde_path_to_error::deserialize(serde_json::Value::String(text.to_owned()))
            .map_err(|e| (e.path().to_string(), e.into_inner()))
    };
    result.map_err(|(path, source)| Error::Decode {
        status,
        body: bytes::Bytes::copy_from_slice(text.as_bytes()),
        path,
        source,
    })
}

/// The server-sent events of a response, framed as the SSE standard says (`event`, `data` over
/// several lines, `id`, `retry`; comments ignored), each `data` decoded into `T`: as JSON when
/// `json`, else as text.
pub fn events<T, E>(response: reqwest::Response, json: bool) -> EventStream<T, E>
where
    T: serde::de::DeserializeOwned + Send + 'static,
    E: Send + 'static,
{
    let status = response.status();
    Box::pin(response.bytes_stream().eventsource().map(move |event| {
        let event = event.map_err(|e| match e {
            eventsource_stream::EventStreamError::Transport(e) => Error::Transport(e.without_url()),
            other => Error::InvalidRequest(format!("malformed event stream: {other}")),
        })?;
        Ok(ServerEvent {
            data: decode(status, &event.data, json)?,
            event: event.event,
            id: event.id,
            retry: event.retry,
        })
    }))
}

/// The items of a JSON Lines / NDJSON response, one per non-empty line, decoded into `T`.
pub fn json_lines<T, E>(response: reqwest::Response) -> ItemStream<T, E>
where
    T: serde::de::DeserializeOwned + Send + 'static,
    E: Send + 'static,
{
    let status = response.status();
    let chunks = response.bytes_stream();
    let lines = futures_util::stream::unfold(
        (chunks, Vec::<u8>::new(), false),
        move |(mut chunks, mut buffer, mut done)| async move {
            loop {
                if let Some(end) = buffer.iter().position(|b| *b == b'\n') {
                    let line: Vec<u8> = buffer.drain(..=end).collect();
                    return Some((Ok(line), (chunks, buffer, done)));
                }
                if done {
                    if buffer.is_empty() {
                        return None;
                    }
                    let line = std::mem::take(&mut buffer);
                    return Some((Ok(line), (chunks, buffer, done)));
                }
                match chunks.next().await {
                    Some(Ok(chunk)) => buffer.extend_from_slice(&chunk),
                    Some(Err(e)) => return Some((Err(Error::Transport(e.without_url())), (chunks, buffer, true))),
                    None => done = true,
                }
            }
        },
    );
    Box::pin(lines.filter_map(move |line| async move {
        match line {
            Err(e) => Some(Err(e)),
            Ok(line) => {
                let text = String::from_utf8_lossy(&line);
                let text = text.trim();
                (!text.is_empty()).then(|| decode(status, text, true))
            }
        }
    }))
}
