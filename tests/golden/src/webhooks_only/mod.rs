// @generated
// Generated from tests/fixtures/types/webhooks_only.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Client for the Webhooks only (version 1).
//!
//! A document of webhooks and no operations (as GitHub publishes its webhook payloads apart): the crate has the events and their types, and a client no operation uses.
//!
//! Build a [`Client`](crate::webhooks_only::Client) with [`Client::builder`](crate::webhooks_only::Client::builder); the default server is `/`.
//! Operations are grouped as in the API's documentation:
//!
pub mod types;
/// Incoming webhooks: the `Event` enum and, for signed deliveries, `verify`.
pub mod events;
/// The servers the spec lists, as URL templates; the first is the default.
///
/// - `/`
pub const SERVERS: [&str; 1usize] = ["/"];
/// The default base URL (the first server, variables at their defaults).
pub const DEFAULT_BASE_URL: &str = "/";
/// A client for this API. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    core: crate::runtime::Core,
}
impl Default for Client {
    fn default() -> Self {
        Self::new()
    }
}
impl Client {
    /// A client for the default server, without credentials.
    pub fn new() -> Self {
        Self::builder().build()
    }
    /// Starts building a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.core.base_url()
    }
}
/// Configures a [`Client`]: server, credentials, retries, timeout, HTTP client.
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    core: crate::runtime::CoreBuilder,
    base_url: Option<String>,
}
impl Default for ClientBuilder {
    fn default() -> Self {
        Self::new()
    }
}
impl ClientBuilder {
    /// A builder for the default server.
    pub fn new() -> Self {
        Self {
            core: crate::runtime::CoreBuilder::new(DEFAULT_BASE_URL, crate::USER_AGENT),
            base_url: None,
        }
    }
    /// Sends requests to `base_url` instead of the spec's server (for example a sandbox or a test server).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }
    /// Sends `token` as `Authorization: Bearer <token>` with every request (the document
    /// declares no bearer scheme; for APIs that take one anyway).
    pub fn bearer_token(mut self, token: impl Into<crate::runtime::Secret>) -> Self {
        let token = token.into();
        self.core = self
            .core
            .header("authorization", format!("Bearer {}", token.expose()));
        self
    }
    /// Uses a `reqwest::Client` you built (proxies, TLS settings, connection pool size).
    pub fn http_client(mut self, http: ::reqwest::Client) -> Self {
        self.core = self.core.http_client(http);
        self
    }
    /// Sets the default retry configuration (calls can override it).
    pub fn retry(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.core = self.core.retry(retry);
        self
    }
    /// Sets the default timeout of each attempt (calls can override it).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.core = self.core.timeout(timeout);
        self
    }
    /// Sends the header `name: value` with every request (an account header, a key the
    /// document declares no scheme for); its value is treated as a secret.
    pub fn header(
        mut self,
        name: impl Into<String>,
        value: impl Into<crate::runtime::Secret>,
    ) -> Self {
        self.core = self.core.header(name, value);
        self
    }
    /// Waits as long as the server takes: no timeout (the default is
    /// [`DEFAULT_TIMEOUT`](crate::runtime::DEFAULT_TIMEOUT) per attempt).
    pub fn no_timeout(mut self) -> Self {
        self.core = self.core.no_timeout();
        self
    }
    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.core = self.core.user_agent(user_agent);
        self
    }
    /// Builds the client.
    pub fn build(self) -> Client {
        let core = match &self.base_url {
            Some(url) => self.core.base_url(url.clone()),
            None => self.core.default_base_url("/".to_owned()),
        };
        Client { core: core.build() }
    }
}
