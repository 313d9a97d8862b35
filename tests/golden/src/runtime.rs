// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The run-time support shared by every generated client: credentials, request execution with
//! retries and timeouts, typed errors, parameter encoding and pagination.
//!
//! Generated operation methods build a [`Request`] and hand it to [`Core::execute`]; they decode the
//! [`Response`] by status code with the helpers on it.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use reqwest::header::HeaderMap;

pub mod json;
mod pagination;
pub use pagination::*;
pub use reqwest::{Method, StatusCode};

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

/// A request body, already encoded.
#[derive(Clone, Debug)]
pub struct Body {
    /// The `Content-Type` header value.
    pub content_type: &'static str,
    /// The encoded bytes.
    pub bytes: bytes::Bytes,
}

impl Body {
    /// Encodes `value` as JSON.
    pub fn json<T: serde::Serialize + ?Sized>(content_type: &'static str, value: &T) -> Result<Self, String> {
        json::to_vec(value)
            .map(|bytes| Self {
                content_type,
                bytes: bytes.into(),
            })
            .map_err(|e| format!("could not encode the request body: {e}"))
    }
}

impl Body {
    /// Encodes `value` as `application/x-www-form-urlencoded`.
    pub fn form<T: serde::Serialize + ?Sized>(content_type: &'static str, value: &T) -> Result<Self, String> {
        let value = serde_json::to_value(value).map_err(|e| format!("could not encode the request body: {e}"))?;
        let mut pairs = Vec::new();
        if let serde_json::Value::Object(map) = &value {
            for (key, item) in map {
                let name: &'static str = "form";
                let mut one = Vec::new();
                push_query(&mut one, name, item, QueryStyle::Form { explode: true })?;
                for (_, v) in one {
                    pairs.push(format!(
                        "{}={}",
                        percent_encoding::utf8_percent_encode(key, percent_encoding::NON_ALPHANUMERIC),
                        percent_encoding::utf8_percent_encode(&v, percent_encoding::NON_ALPHANUMERIC)
                    ));
                }
            }
        }
        Ok(Self {
            content_type,
            bytes: pairs.join("&").into_bytes().into(),
        })
    }
}

/// A request as built by a generated operation method.
#[derive(Debug)]
pub struct Request {
    /// The spec's operation id (or the method name when the spec has none).
    pub operation_id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The spec's path template (`/v1/items/{id}`), for tracing.
    pub path_template: &'static str,
    /// The path, with path parameters already encoded.
    pub path: String,
    /// An absolute URL that replaces the base URL, `path` and `query` (a next-page link). The
    /// client's credentials go with it only when its origin (scheme, host, port) is the base
    /// URL's; any other origin gets the request without them.
    pub url: Option<String>,
    /// Query parameters, in order.
    pub query: Vec<(Cow<'static, str>, String)>,
    /// Header parameters, in order.
    pub headers: Vec<(&'static str, String)>,
    /// The request body.
    pub body: Option<Body>,
    /// Alternatives of security schemes (each an AND of scheme names); empty means no auth.
    pub security: &'static [&'static [&'static str]],
    /// The spec allows retrying this operation even though its method is not idempotent.
    pub retry_non_idempotent: bool,
    /// The retry policy the spec declares for this operation; the client's configured retry and
    /// per-call overrides win over it.
    pub retry: Option<RetryConfig>,
    /// Per-call overrides.
    pub options: RequestOptions,
}

impl Request {
    /// A request with no parameters yet.
    pub fn new(operation_id: &'static str, method: Method, path_template: &'static str, path: String) -> Self {
        Self {
            operation_id,
            method,
            path_template,
            path,
            url: None,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            security: &[],
            retry_non_idempotent: false,
            retry: None,
            options: RequestOptions::default(),
        }
    }
}

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

    fn decode_error<E>(&self, path: String, source: serde_json::Error) -> Error<E> {
        Error::Decode {
            status: self.status,
            body: self.body.clone(),
            path,
            source,
        }
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
}

struct Inner {
    base_url: String,
    http: reqwest::Client,
    credentials: Vec<(&'static str, Credential)>,
    /// Set by the user: wins over the operations' declared policies.
    retry: Option<RetryConfig>,
    timeout: Option<Duration>,
    user_agent: String,
}

/// The shared, cheaply clonable core of a generated `Client`: one connection pool, the base URL,
/// credentials and default retry/timeout settings.
#[derive(Clone)]
pub struct Core {
    inner: Arc<Inner>,
}

impl fmt::Debug for Core {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let schemes: Vec<&str> = self.inner.credentials.iter().map(|(name, _)| *name).collect();
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &schemes)
            .field("retry", &self.inner.retry)
            .field("timeout", &self.inner.timeout)
            .finish()
    }
}

/// Builds a [`Core`]; generated `ClientBuilder`s wrap it.
#[derive(Clone, Debug)]
pub struct CoreBuilder {
    base_url: String,
    http: Option<reqwest::Client>,
    credentials: Vec<(&'static str, Credential)>,
    retry: Option<RetryConfig>,
    timeout: Option<Duration>,
    user_agent: String,
}

impl CoreBuilder {
    /// A builder with the given default base URL and `User-Agent`.
    pub fn new(base_url: impl Into<String>, user_agent: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            http: None,
            credentials: Vec::new(),
            retry: None,
            timeout: None,
            user_agent: user_agent.into(),
        }
    }

    /// Overrides the base URL.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Uses a `reqwest::Client` built by the caller (proxies, TLS roots, pools...).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Sets the credential for the security scheme `scheme`, replacing an earlier one.
    pub fn credential(mut self, scheme: &'static str, credential: Credential) -> Self {
        self.credentials.retain(|(name, _)| *name != scheme);
        self.credentials.push((scheme, credential));
        self
    }

    /// Sets the retry configuration of every call, replacing the policies the spec declares for
    /// some operations (without it: the operation's declared policy, else [`RetryConfig::default`]).
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Sets the default timeout of each attempt.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Builds the core.
    pub fn build(self) -> Core {
        Core {
            inner: Arc::new(Inner {
                base_url: self.base_url.trim_end_matches('/').to_owned(),
                http: self.http.unwrap_or_default(),
                credentials: self.credentials,
                retry: self.retry,
                timeout: self.timeout,
                user_agent: self.user_agent,
            }),
        }
    }
}

fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE | Method::TRACE
    )
}

/// Reads a `Retry-After` header: delta seconds or an HTTP date.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
}

enum Attempt {
    Done(Response),
    Failed(reqwest::Error),
    TimedOut,
}

impl Core {
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The URL `request` goes to, without credentials (next-page links are resolved against it).
    pub fn request_url(&self, request: &Request) -> Result<reqwest::Url, String> {
        self.url(request, &[])
    }

    fn url(&self, request: &Request, extra_query: &[(&'static str, &str)]) -> Result<reqwest::Url, String> {
        let (mut url, query) = match &request.url {
            Some(url) => (reqwest::Url::parse(url).map_err(|e| format!("bad next-page URL: {e}"))?, &[][..]),
            None => (
                reqwest::Url::parse(&format!("{}{}", self.inner.base_url, request.path))
                    .map_err(|e| format!("bad URL `{}{}`: {e}", self.inner.base_url, request.path))?,
                &request.query[..],
            ),
        };
        if !query.is_empty() || !extra_query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in query {
                pairs.append_pair(name, value);
            }
            for (name, value) in extra_query {
                pairs.append_pair(name, value);
            }
        }
        Ok(url)
    }

    /// Whether `url` has the base URL's origin (scheme, host and port).
    fn same_origin(&self, url: &str) -> bool {
        match (reqwest::Url::parse(url), reqwest::Url::parse(&self.inner.base_url)) {
            (Ok(url), Ok(base)) => url.origin() == base.origin(),
            _ => false,
        }
    }

    /// The credentials to send: the first alternative whose schemes all have a credential; none
    /// for a next-page URL on another origin than the base URL's.
    fn credentials_for(&self, request: &Request) -> Vec<&Credential> {
        if request.url.as_deref().is_some_and(|url| !self.same_origin(url)) {
            return Vec::new();
        }
        for alternative in request.security {
            let found: Option<Vec<&Credential>> = alternative
                .iter()
                .map(|scheme| {
                    self.inner
                        .credentials
                        .iter()
                        .find(|(name, _)| name == scheme)
                        .map(|(_, c)| c)
                })
                .collect();
            if let Some(found) = found {
                return found;
            }
        }
        Vec::new()
    }

    fn build(&self, request: &Request, timeout: Option<Duration>) -> Result<reqwest::Request, String> {
        let credentials = self.credentials_for(request);
        let query_keys: Vec<(&'static str, &str)> = credentials
            .iter()
            .filter_map(|c| match c {
                Credential::ApiKey {
                    location: ApiKeyLocation::Query,
                    name,
                    value,
                } => Some((*name, value.expose())),
                _ => None,
            })
            .collect();
        let url = self.url(request, &query_keys)?;
        let mut builder = self
            .inner
            .http
            .request(request.method.clone(), url)
            .header(reqwest::header::USER_AGENT, &self.inner.user_agent);
        for (name, value) in &request.headers {
            let value = reqwest::header::HeaderValue::from_str(value)
                .map_err(|_| format!("header `{name}` has a value that is not allowed in a header (control characters such as CR or LF)"))?;
            builder = builder.header(*name, value);
        }
        let mut cookies = Vec::new();
        for credential in credentials {
            builder = match credential {
                Credential::Bearer(token) => builder.bearer_auth(token.expose()),
                Credential::Basic { username, password } => builder.basic_auth(username, Some(password.expose())),
                Credential::ApiKey {
                    location: ApiKeyLocation::Header,
                    name,
                    value,
                } => {
                    let mut value = reqwest::header::HeaderValue::from_str(value.expose())
                        .map_err(|_| format!("the credential for header `{name}` has characters not allowed in a header"))?;
                    value.set_sensitive(true);
                    builder.header(*name, value)
                }
                Credential::ApiKey {
                    location: ApiKeyLocation::Cookie,
                    name,
                    value,
                } => {
                    cookies.push(format!("{name}={}", value.expose()));
                    builder
                }
                Credential::ApiKey { .. } => builder,
            };
        }
        if !cookies.is_empty() {
            let mut value = reqwest::header::HeaderValue::from_str(&cookies.join("; "))
                .map_err(|_| "a cookie credential has characters not allowed in a header".to_owned())?;
            value.set_sensitive(true);
            builder = builder.header(reqwest::header::COOKIE, value);
        }
        if let Some(body) = &request.body {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, body.content_type)
                .body(body.bytes.clone());
        }
        if let Some(timeout) = timeout {
            builder = builder.timeout(timeout);
        }
        builder.build().map_err(|e| e.without_url().to_string())
    }

    async fn attempt(&self, request: reqwest::Request, timeout: Option<Duration>) -> Attempt {
        let run = async {
            let response = self.inner.http.execute(request).await?;
            let status = response.status();
            let headers = response.headers().clone();
            let body = response.bytes().await?;
            Ok::<_, reqwest::Error>(Response { status, headers, body })
        };
        let result = match timeout {
            // reqwest's own timeout covers the whole exchange; this guards the body read too.
            Some(limit) => match tokio::time::timeout(limit, run).await {
                Ok(result) => result,
                Err(_) => return Attempt::TimedOut,
            },
            None => run.await,
        };
        match result {
            Ok(response) => Attempt::Done(response),
            Err(e) if e.is_timeout() => Attempt::TimedOut,
            Err(e) => Attempt::Failed(e.without_url()),
        }
    }

    /// Sends `request`, retrying as configured, and returns the final response whatever its
    /// status. Generated methods decode it.
    ///
    /// With the `tracing` feature, each call is one `request` span (operation, method, path
    /// template, then status, attempts and elapsed milliseconds) with an event per attempt; no
    /// header values, credentials or bodies are recorded.
    pub async fn execute<E>(&self, request: Request) -> Result<Response, Error<E>> {
        #[cfg(feature = "tracing")]
        {
            use tracing::Instrument;
            let span = tracing::info_span!(
                "request",
                operation = request.operation_id,
                method = %request.method,
                path = request.path_template,
                status = tracing::field::Empty,
                attempts = tracing::field::Empty,
                elapsed_ms = tracing::field::Empty,
            );
            self.execute_traced(request).instrument(span).await
        }
        #[cfg(not(feature = "tracing"))]
        self.execute_traced(request).await
    }

    async fn execute_traced<E>(&self, request: Request) -> Result<Response, Error<E>> {
        static DEFAULT_RETRY: std::sync::OnceLock<RetryConfig> = std::sync::OnceLock::new();
        // Per call, then the client's own, then the spec's policy for the operation.
        let retry = request
            .options
            .retry
            .as_ref()
            .or(self.inner.retry.as_ref())
            .or(request.retry.as_ref())
            .unwrap_or_else(|| DEFAULT_RETRY.get_or_init(RetryConfig::default));
        let timeout = request.options.timeout.or(self.inner.timeout);
        let may_retry =
            is_idempotent(&request.method) || request.retry_non_idempotent || retry.retry_non_idempotent;
        let started = Instant::now();
        let mut attempt = 1u32;
        loop {
            let built = self.build(&request, timeout).map_err(Error::InvalidRequest)?;
            let outcome = self.attempt(built, timeout).await;
            #[cfg(feature = "tracing")]
            {
                let span = tracing::Span::current();
                span.record("attempts", attempt);
                span.record("elapsed_ms", started.elapsed().as_millis() as u64);
                match &outcome {
                    Attempt::Done(response) => {
                        span.record("status", response.status.as_u16());
                        tracing::debug!(attempt, status = response.status.as_u16(), "attempt answered");
                    }
                    Attempt::Failed(e) => tracing::debug!(attempt, error = %e, "attempt failed"),
                    Attempt::TimedOut => tracing::debug!(attempt, "attempt timed out"),
                }
            }
            let retryable = match &outcome {
                Attempt::Done(response) => retry.retries_status(response.status.as_u16()),
                Attempt::Failed(e) => retry.retry_connection_errors && (e.is_connect() || e.is_request()),
                Attempt::TimedOut => retry.retry_connection_errors,
            };
            if retryable && may_retry && attempt < retry.max_attempts {
                let mut wait = retry.wait_before(attempt);
                if retry.jitter {
                    wait = wait.mul_f64(0.5 + fastrand::f64() * 0.5);
                }
                if let Attempt::Done(response) = &outcome {
                    if let Some(after) = retry_after(&response.headers) {
                        wait = after;
                    }
                }
                let wait = wait.min(retry.max_interval);
                if started.elapsed() + wait <= retry.max_elapsed {
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                    continue;
                }
            }
            return match outcome {
                Attempt::Done(response) => Ok(response),
                Attempt::Failed(e) => Err(Error::Transport(e)),
                Attempt::TimedOut => Err(Error::Timeout),
            };
        }
    }
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

/// Deserializes an optional, nullable field: absent stays `None` (through `#[serde(default)]`),
/// `null` becomes `Some(None)`, a value `Some(Some(value))`. Serializing `Some(None)` sends `null`.
pub fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
}

/// How a query parameter's value is spelled (OpenAPI `style` and `explode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryStyle {
    /// `style: form` (the default).
    Form {
        /// `explode`: arrays as repeated parameters, objects as one parameter per property.
        explode: bool,
    },
    /// `style: spaceDelimited`.
    SpaceDelimited,
    /// `style: pipeDelimited`.
    PipeDelimited,
    /// `style: deepObject`: `name[prop]=value`.
    DeepObject,
}

fn scalar(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        serde_json::Value::Number(n) => json::number(n),
        other => other.to_string(),
    }
}

/// Appends query parameter `name` with `value`, spelled as `style` says.
pub fn push_query<T: serde::Serialize + ?Sized>(
    query: &mut Vec<(Cow<'static, str>, String)>,
    name: &'static str,
    value: &T,
    style: QueryStyle,
) -> Result<(), String> {
    let value = serde_json::to_value(value).map_err(|e| format!("query parameter `{name}`: {e}"))?;
    match (&value, style) {
        (serde_json::Value::Null, _) => {}
        (serde_json::Value::Array(items), QueryStyle::Form { explode: true }) => {
            for item in items {
                query.push((Cow::Borrowed(name), scalar(item)));
            }
        }
        (serde_json::Value::Array(items), _) => {
            let separator = match style {
                QueryStyle::SpaceDelimited => " ",
                QueryStyle::PipeDelimited => "|",
                _ => ",",
            };
            let joined: Vec<String> = items.iter().map(scalar).collect();
            query.push((Cow::Borrowed(name), joined.join(separator)));
        }
        (serde_json::Value::Object(map), QueryStyle::DeepObject) => {
            for (key, item) in map {
                query.push((Cow::Owned(format!("{name}[{key}]")), scalar(item)));
            }
        }
        (serde_json::Value::Object(map), QueryStyle::Form { explode: true }) => {
            for (key, item) in map {
                query.push((Cow::Owned(key.clone()), scalar(item)));
            }
        }
        (serde_json::Value::Object(map), _) => {
            let joined: Vec<String> = map.iter().flat_map(|(k, v)| [k.clone(), scalar(v)]).collect();
            query.push((Cow::Borrowed(name), joined.join(",")));
        }
        (scalar_value, _) => query.push((Cow::Borrowed(name), scalar(scalar_value))),
    }
    Ok(())
}

/// Spells a header parameter's value (`style: simple`).
pub fn header_value<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<String, String> {
    let value = serde_json::to_value(value).map_err(|e| format!("header `{name}`: {e}"))?;
    Ok(match &value {
        serde_json::Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(","),
        serde_json::Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [k.clone(), scalar(v)])
            .collect::<Vec<_>>()
            .join(","),
        other => scalar(other),
    })
}

/// Spells a path parameter's value (`style: simple`) and percent-encodes it.
pub fn path_value<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<String, String> {
    path_param(name, &header_value(name, value)?)
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
    fn path_params_stay_one_segment() {
        assert_eq!(path_param("id", "../admin").unwrap(), "..%2Fadmin");
        assert_eq!(path_param("id", "a/b?c#d").unwrap(), "a%2Fb%3Fc%23d");
        assert!(path_param("id", "..").is_err());
        assert!(path_param("id", "").is_err());
    }



    #[test]
    fn secrets_are_not_debug_printed() {
        let c = Credential::Basic { username: "me".into(), password: Secret::new("hunter2") };
        assert!(!format!("{c:?}").contains("hunter2"));
    }
}
