// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The run-time support shared by every generated client: credentials, retry configuration,
//! typed errors, and (in the submodules, re-exported here) request execution, the request builder
//! of every operation, wire encodings, files, streamed responses and pagination.
//!
//! Every generated operation implements [`Operation`]; its method returns a [`Call`], which builds
//! a [`Request`] and hands it to [`Core::execute`], then decodes the [`Response`] by status code.

use std::fmt;
use std::time::Duration;

pub use reqwest::header::HeaderMap;
pub use reqwest::{Method, StatusCode};

mod args;
mod call;
pub mod de;
mod exec;
mod encode;
mod enums;
pub mod json;
mod list;
mod multipart;
mod object;
mod pagination;
mod response;
pub mod ser;
mod stream;
mod unions;
mod walk;
pub use exec::*;
pub use call::*;
pub use de::{Fields, FromMap, MapAccess};
pub use ser::Serializer;
pub use encode::*;
pub use list::List;
#[allow(unused_imports)]
pub(crate) use de::{extends, object_deserialize};
#[allow(unused_imports)]
pub(crate) use ser::object_serialize;
#[allow(unused_imports)]
pub(crate) use object::object;
#[allow(unused_imports)]
pub(crate) use call::{errors, operations};
#[allow(unused_imports)]
pub(crate) use enums::{integer_enum, integer_enum_impls, string_enum, string_enum_impls};
#[allow(unused_imports)]
pub(crate) use unions::{scored_union, tagged_union};
pub use multipart::*;
pub use pagination::*;
pub use response::*;
pub use stream::*;
pub use walk::*;

/// A secret value (token, password, API key). Its `Debug` output never shows the value.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret value itself.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(\"***\")")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

/// Where an API key is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// In a request header.
    Header,
    /// In a query parameter.
    Query,
    /// In a cookie.
    Cookie,
}

/// A credential for one of the spec's security schemes.
#[derive(Clone, Debug)]
pub enum Credential {
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth2 and OpenID Connect access tokens).
    Bearer(Secret),
    /// `Authorization: Basic <base64(username:password)>`.
    Basic {
        /// The user name.
        username: String,
        /// The password or API token.
        password: Secret,
    },
    /// An API key in a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// The header, parameter or cookie name.
        name: &'static str,
        /// The key.
        value: Secret,
    },
}

/// How failed requests are retried: exponential backoff with jitter.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryConfig {
    /// Total attempts, the first one included; `1` disables retries.
    pub max_attempts: u32,
    /// The wait before the first retry.
    pub initial_interval: Duration,
    /// The longest single wait, `Retry-After` included.
    pub max_interval: Duration,
    /// Growth factor of the wait between attempts.
    pub multiplier: f64,
    /// No retry starts once this much time has passed since the first attempt.
    pub max_elapsed: Duration,
    /// Randomise each wait between half and all of its value.
    pub jitter: bool,
    /// Retry when the connection fails or the attempt times out.
    pub retry_connection_errors: bool,
    /// Retry non-idempotent methods (POST, PATCH) too.
    pub retry_non_idempotent: bool,
    /// Status codes that are retried.
    pub statuses: Vec<u16>,
    /// Status classes that are retried: `5` retries every 5xx status.
    pub status_classes: Vec<u16>,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_interval: Duration::from_millis(500),
            max_interval: Duration::from_secs(30),
            multiplier: 2.0,
            max_elapsed: Duration::from_secs(120),
            jitter: true,
            retry_connection_errors: true,
            retry_non_idempotent: false,
            statuses: vec![408, 429, 500, 502, 503, 504],
            status_classes: Vec::new(),
        }
    }
}

impl RetryConfig {
    /// No retries at all.
    pub fn disabled() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Exponential backoff bounded by time rather than attempts (the shape of a spec's
    /// `x-speakeasy-retries`): waits start at `initial`, grow by `exponent`, never exceed `max`,
    /// and no retry starts after `max_elapsed`. Retries nothing until statuses or connection
    /// errors are added.
    pub fn backoff(initial: Duration, max: Duration, max_elapsed: Duration, exponent: f64) -> Self {
        Self {
            max_attempts: u32::MAX,
            initial_interval: initial,
            max_interval: max,
            multiplier: exponent,
            max_elapsed,
            jitter: true,
            retry_connection_errors: false,
            retry_non_idempotent: false,
            statuses: Vec::new(),
            status_classes: Vec::new(),
        }
    }

    /// Sets the status codes retried.
    pub fn statuses(mut self, statuses: &[u16]) -> Self {
        self.statuses = statuses.to_vec();
        self
    }

    /// Sets the status classes retried (`5` for every 5xx).
    pub fn status_classes(mut self, classes: &[u16]) -> Self {
        self.status_classes = classes.to_vec();
        self
    }

    /// Sets whether connection errors and timed-out attempts are retried.
    pub fn retry_connection_errors(mut self, retry: bool) -> Self {
        self.retry_connection_errors = retry;
        self
    }

    /// Whether a response with `status` is retried.
    pub fn retries_status(&self, status: u16) -> bool {
        self.statuses.contains(&status) || self.status_classes.contains(&(status / 100))
    }

    /// Sets the total number of attempts.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the first wait and the longest single wait.
    pub fn intervals(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_interval = initial;
        self.max_interval = max;
        self
    }

    /// Sets the time after which no retry starts.
    pub fn max_elapsed(mut self, max_elapsed: Duration) -> Self {
        self.max_elapsed = max_elapsed;
        self
    }

    /// Turns jitter on or off.
    pub fn jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// Allows retrying non-idempotent methods.
    pub fn retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = retry;
        self
    }

    /// The wait before retry number `retry` (1-based), without jitter.
    fn wait_before(&self, retry: u32) -> Duration {
        let factor = self.multiplier.max(1.0).powi(retry.saturating_sub(1).min(1_000) as i32);
        let secs = (self.initial_interval.as_secs_f64() * factor).min(self.max_interval.as_secs_f64());
        Duration::from_secs_f64(secs.max(0.0))
    }
}

/// Per-call settings that override the client's.
#[derive(Clone, Debug, Default)]
pub struct RequestOptions {
    /// Overrides the client's retry configuration.
    pub retry: Option<RetryConfig>,
    /// Overrides the client's timeout (per attempt).
    pub timeout: Option<Duration>,
    /// Headers sent with this call, replacing any of the same name.
    pub headers: Vec<(String, String)>,
    /// The `Idempotency-Key` of this call, the same on every retry.
    pub idempotency_key: Option<String>,
}

/// Every way a call can fail. `E` is the operation's enum of documented error responses.
#[derive(Debug, thiserror::Error)]
pub enum Error<E> {
    /// The server answered with a documented error status; its body is decoded into `error`.
    #[error("the server answered {status} (a documented error response)")]
    Api {
        /// The status code.
        status: StatusCode,
        /// The response headers.
        headers: HeaderMap,
        /// The decoded error, chosen by status code.
        error: E,
    },
    /// The server answered with a status the spec does not document for this operation.
    #[error("the server answered with the undocumented status {status}")]
    UnexpectedStatus {
        /// The status code.
        status: StatusCode,
        /// The response headers.
        headers: HeaderMap,
        /// The raw response body.
        body: bytes::Bytes,
    },
    /// The response body could not be decoded into the documented type.
    #[error("could not decode the response body at `{path}` (status {status}): {source}")]
    Decode {
        /// The status code.
        status: StatusCode,
        /// The raw response body.
        body: bytes::Bytes,
        /// Where in the body decoding failed (`data[2].url`; `.` for the top level).
        path: String,
        /// What went wrong.
        #[source]
        source: serde_json::Error,
    },
    /// The request (or one attempt of it) took longer than the timeout.
    #[error("the request timed out")]
    Timeout,
    /// The connection failed or broke, for example in the middle of the body.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request could not be built from the given arguments.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
}

impl<E> Error<E> {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. }
            | Error::UnexpectedStatus { status, .. }
            | Error::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The documented error, when the server sent one.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api { error, .. } => Some(error),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_is_send_sync_clone() {
        fn check<T: Send + Sync + Clone>() {}
        check::<Core>();
    }

    #[test]
    fn secrets_are_not_debug_printed() {
        let c = Credential::Basic { username: "me".into(), password: Secret::new("hunter2") };
        assert!(!format!("{c:?}").contains("hunter2"));
    }
}
