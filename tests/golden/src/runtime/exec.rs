// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Request execution: the request type, the client core (base URL, credentials,
//! retries with backoff and `Retry-After`, timeouts) and its builder. Part of the run time copied
//! into every generated crate (`src/runtime/exec.rs`); its items are re-exported by `runtime`.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::{encode, ApiKeyLocation, Body, Credential, Error, HeaderMap, Method, RequestOptions, Response, RetryConfig, Secret, StatusCode};

/// The header an idempotency key is sent in.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

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
    /// The operation's own server (operation- or path-level `servers`, variables at their
    /// defaults); used instead of the client's default base URL unless the user set one.
    pub server: Option<&'static str>,
    /// Query parameters (by index in `query`) whose values keep reserved characters as they are
    /// (`allowReserved`).
    pub reserved_query: Vec<usize>,
    /// Per-call overrides.
    pub options: RequestOptions,
    /// Why an argument written so far cannot be sent (the first such reason): [`Call`] reports
    /// it as [`Error::InvalidRequest`](super::Error::InvalidRequest) instead of sending.
    ///
    /// [`Call`]: super::Call
    pub invalid: Option<String>,
}

impl Request {
    /// A request with no parameters yet: its path is the template until path parameters are
    /// written into it ([`Request::path_param`]).
    pub fn new(operation_id: &'static str, method: Method, path_template: &'static str) -> Self {
        Self {
            operation_id,
            method,
            path_template,
            path: path_template.to_owned(),
            url: None,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            security: &[],
            retry_non_idempotent: false,
            retry: None,
            server: None,
            reserved_query: Vec::new(),
            options: RequestOptions::default(),
            invalid: None,
        }
    }
}

struct Inner {
    base_url: String,
    /// The user chose the base URL: operation-level servers do not replace it.
    base_url_set: bool,
    http: reqwest::Client,
    credentials: Vec<(&'static str, Credential)>,
    /// Headers sent with every request (credentials of the API's own origin).
    headers: Vec<(String, Secret)>,
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
    base_url_set: bool,
    http: Option<reqwest::Client>,
    credentials: Vec<(&'static str, Credential)>,
    headers: Vec<(String, Secret)>,
    retry: Option<RetryConfig>,
    timeout: Option<Duration>,
    user_agent: String,
}

impl CoreBuilder {
    /// A builder with the given default base URL and `User-Agent`.
    pub fn new(base_url: impl Into<String>, user_agent: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            base_url_set: false,
            http: None,
            credentials: Vec::new(),
            headers: Vec::new(),
            retry: None,
            timeout: Some(DEFAULT_TIMEOUT),
            user_agent: user_agent.into(),
        }
    }

    /// Overrides the base URL, for every operation (operation-level servers included).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self.base_url_set = true;
        self
    }

    /// Sets the base URL of the default server without overriding operation-level servers (a
    /// generated client's server and server-variable setters).
    pub fn default_base_url(mut self, base_url: impl Into<String>) -> Self {
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

    /// Sends the header `name: value` with every request (an account header, a token the
    /// document declares no scheme for); like credentials, never to another origin, and its
    /// value is never printed.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<Secret>) -> Self {
        let name = name.into();
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(&name));
        self.headers.push((name, value.into()));
        self
    }

    /// Sets the retry configuration of every call, replacing the policies the spec declares for
    /// some operations (without it: the operation's declared policy, else [`RetryConfig::default`]).
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Sets the default timeout of each attempt ([`DEFAULT_TIMEOUT`] unless set). For a
    /// streamed response it bounds the wait for the status and headers, not the body.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// No timeout at all (waits as long as the server takes).
    pub fn no_timeout(mut self) -> Self {
        self.timeout = None;
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
                base_url_set: self.base_url_set,
                http: self.http.unwrap_or_default(),
                credentials: self.credentials,
                headers: self.headers,
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

/// The timeout of each attempt unless the client sets another one (or none).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// What one attempt received: the whole response, or (streaming) its head with the body unread.
enum Received {
    Full(Response),
    Streaming(reqwest::Response),
}

impl Received {
    fn status(&self) -> StatusCode {
        match self {
            Received::Full(r) => r.status,
            Received::Streaming(r) => r.status(),
        }
    }

    fn headers(&self) -> &HeaderMap {
        match self {
            Received::Full(r) => &r.headers,
            Received::Streaming(r) => r.headers(),
        }
    }
}

enum Attempt {
    Done(Received),
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

    /// The base URL of `request`: the operation's own server unless the user chose the base URL.
    fn base_of<'r>(&'r self, request: &'r Request) -> &'r str {
        match request.server {
            Some(server) if !self.inner.base_url_set => server.trim_end_matches('/'),
            _ => &self.inner.base_url,
        }
    }

    fn url(&self, request: &Request, extra_query: &[(&'static str, &str)]) -> Result<reqwest::Url, String> {
        let base = self.base_of(request);
        let (mut url, query) = match &request.url {
            Some(url) => (reqwest::Url::parse(url).map_err(|e| format!("bad next-page URL: {e}"))?, &[][..]),
            None => (
                reqwest::Url::parse(&format!("{base}{}", request.path))
                    .map_err(|e| format!("bad URL `{base}{}`: {e}", request.path))?,
                &request.query[..],
            ),
        };
        for (i, (name, value)) in query.iter().enumerate() {
            if request.url.is_none() && request.reserved_query.contains(&i) {
                // `allowReserved`: reserved characters go as they are.
                let pair = format!("{}={}", encode::form_component(name), encode::reserved_component(value));
                let joined = match url.query() {
                    Some(q) if !q.is_empty() => format!("{q}&{pair}"),
                    _ => pair,
                };
                url.set_query(Some(&joined));
            } else {
                url.query_pairs_mut().append_pair(name, value);
            }
        }
        if !extra_query.is_empty() {
            let mut pairs = url.query_pairs_mut();
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

    fn build(&self, request: &Request, timeout: Option<Duration>, streaming: bool) -> Result<reqwest::Request, String> {
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
        if request.url.as_deref().is_none_or(|url| self.same_origin(url)) {
            for (name, value) in &self.inner.headers {
                let mut value = reqwest::header::HeaderValue::from_str(value.expose())
                    .map_err(|_| format!("the value of header `{name}` has characters not allowed in a header"))?;
                value.set_sensitive(true);
                builder = builder.header(name.as_str(), value);
            }
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
            builder = body.apply(builder)?;
        }
        if let Some(key) = &request.options.idempotency_key {
            builder = builder.header(IDEMPOTENCY_KEY, key.as_str());
        }
        if let (Some(timeout), false) = (timeout, streaming) {
            builder = builder.timeout(timeout);
        }
        let mut built = builder.build().map_err(|e| e.without_url().to_string())?;
        // Per-call headers replace any header of the same name.
        for (name, value) in &request.options.headers {
            let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| format!("`{name}` is not a valid header name"))?;
            let value = reqwest::header::HeaderValue::from_str(value)
                .map_err(|_| format!("header `{name}` has a value that is not allowed in a header"))?;
            built.headers_mut().insert(name, value);
        }
        Ok(built)
    }

    async fn attempt(&self, request: reqwest::Request, timeout: Option<Duration>, streaming: bool) -> Attempt {
        let run = async {
            let response = self.inner.http.execute(request).await?;
            if streaming {
                return Ok(Received::Streaming(response));
            }
            let status = response.status();
            let headers = response.headers().clone();
            let body = response.bytes().await?;
            Ok::<_, reqwest::Error>(Received::Full(Response { status, headers, body }))
        };
        let result = match timeout {
            // reqwest's own timeout covers the whole exchange; this guards the body read too (or,
            // streaming, the wait for the head).
            Some(limit) => match tokio::time::timeout(limit, run).await {
                Ok(result) => result,
                Err(_) => return Attempt::TimedOut,
            },
            None => run.await,
        };
        match result {
            Ok(received) => Attempt::Done(received),
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
        match self.execute_with(request, false).await? {
            Received::Full(response) => Ok(response),
            Received::Streaming(response) => Response::read(response).await,
        }
    }

    /// Sends `request` like [`Core::execute`], but returns as soon as the status and headers
    /// arrive: the body is left to be read as a stream. The timeout bounds only that wait.
    pub async fn execute_streaming<E>(&self, request: Request) -> Result<reqwest::Response, Error<E>> {
        match self.execute_with(request, true).await? {
            Received::Streaming(response) => Ok(response),
            Received::Full(_) => Err(Error::InvalidRequest("internal: a streamed response was read whole".into())),
        }
    }

    async fn execute_with<E>(&self, request: Request, streaming: bool) -> Result<Received, Error<E>> {
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
            self.execute_traced(request, streaming).instrument(span).await
        }
        #[cfg(not(feature = "tracing"))]
        self.execute_traced(request, streaming).await
    }

    async fn execute_traced<E>(&self, request: Request, streaming: bool) -> Result<Received, Error<E>> {
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
        // An idempotency key makes any method safe to repeat; a one-shot stream body is not.
        let may_retry = (is_idempotent(&request.method)
            || request.retry_non_idempotent
            || retry.retry_non_idempotent
            || request.options.idempotency_key.is_some())
            && request.body.as_ref().is_none_or(Body::repeatable);
        let started = Instant::now();
        let mut attempt = 1u32;
        loop {
            let built = self.build(&request, timeout, streaming).map_err(Error::InvalidRequest)?;
            let outcome = self.attempt(built, timeout, streaming).await;
            #[cfg(feature = "tracing")]
            {
                let span = tracing::Span::current();
                span.record("attempts", attempt);
                span.record("elapsed_ms", started.elapsed().as_millis() as u64);
                match &outcome {
                    Attempt::Done(received) => {
                        span.record("status", received.status().as_u16());
                        tracing::debug!(attempt, status = received.status().as_u16(), "attempt answered");
                    }
                    Attempt::Failed(e) => tracing::debug!(attempt, error = %e, "attempt failed"),
                    Attempt::TimedOut => tracing::debug!(attempt, "attempt timed out"),
                }
            }
            let retryable = match &outcome {
                Attempt::Done(received) => retry.retries_status(received.status().as_u16()),
                Attempt::Failed(e) => retry.retry_connection_errors && (e.is_connect() || e.is_request()),
                Attempt::TimedOut => retry.retry_connection_errors,
            };
            if retryable && may_retry && attempt < retry.max_attempts {
                let mut wait = retry.wait_before(attempt);
                if retry.jitter {
                    wait = wait.mul_f64(0.5 + fastrand::f64() * 0.5);
                }
                if let Attempt::Done(received) = &outcome {
                    if let Some(after) = retry_after(received.headers()) {
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
                Attempt::Done(received) => Ok(received),
                Attempt::Failed(e) => Err(Error::Transport(e)),
                Attempt::TimedOut => Err(Error::Timeout),
            };
        }
    }
}
