// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Client for the Wire formats (version 1).
//!
//! Every body and response kind a client must put on the wire or read from it: form bodies following `encoding` (nested objects and lists in brackets, JSON in a field), query `deepObject` and `allowReserved` and JSON `content` parameters, multipart uploads, raw and text bodies, an operation's own server, several success statuses with different bodies, downloads, a redirect to a download, server-sent events and JSON lines.
//!
//! Build a [`Client`](crate::wire_formats::Client) with [`Client::builder`](crate::wire_formats::Client::builder); the default server is `https://api.example.com`.
//! Operations are grouped as in the API's documentation:
//!
//! - [`Client::customers`](crate::wire_formats::Client::customers): 1 operation
//! - [`Client::search`](crate::wire_formats::Client::search): 1 operation
//! - [`Client::files`](crate::wire_formats::Client::files): 1 operation
//! - [`Client::blobs`](crate::wire_formats::Client::blobs): 2 operations
//! - [`Client::notes`](crate::wire_formats::Client::notes): 1 operation
//! - [`Client::exports`](crate::wire_formats::Client::exports): 1 operation
//! - [`Client::events`](crate::wire_formats::Client::events): 1 operation
//! - [`Client::lines`](crate::wire_formats::Client::lines): 1 operation
//! - [`Client::status`](crate::wire_formats::Client::status): 1 operation
pub mod types;
#[cfg(feature = "wire_formats-customers")]
pub mod customers;
#[cfg(feature = "wire_formats-search")]
pub mod search;
#[cfg(feature = "wire_formats-files")]
pub mod files;
#[cfg(feature = "wire_formats-blobs")]
pub mod blobs;
#[cfg(feature = "wire_formats-notes")]
pub mod notes;
#[cfg(feature = "wire_formats-exports")]
pub mod exports;
#[cfg(feature = "wire_formats-events")]
pub mod events;
#[cfg(feature = "wire_formats-lines")]
pub mod lines;
#[cfg(feature = "wire_formats-status")]
pub mod status;
/// The servers the spec lists, as URL templates; the first is the default.
///
/// - `https://api.example.com`
pub const SERVERS: [&str; 1usize] = ["https://api.example.com"];
/// The default base URL (the first server, variables at their defaults).
pub const DEFAULT_BASE_URL: &str = "https://api.example.com";
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
    pub(crate) fn core(&self) -> &crate::runtime::Core {
        &self.core
    }
    /// The `customers` operations.
    #[cfg(feature = "wire_formats-customers")]
    pub fn customers(&self) -> customers::Customers<'_> {
        customers::Customers {
            client: self,
        }
    }
    /// The `search` operations.
    #[cfg(feature = "wire_formats-search")]
    pub fn search(&self) -> search::Search<'_> {
        search::Search { client: self }
    }
    /// The `files` operations.
    #[cfg(feature = "wire_formats-files")]
    pub fn files(&self) -> files::Files<'_> {
        files::Files { client: self }
    }
    /// The `blobs` operations.
    #[cfg(feature = "wire_formats-blobs")]
    pub fn blobs(&self) -> blobs::Blobs<'_> {
        blobs::Blobs { client: self }
    }
    /// The `notes` operations.
    #[cfg(feature = "wire_formats-notes")]
    pub fn notes(&self) -> notes::Notes<'_> {
        notes::Notes { client: self }
    }
    /// The `exports` operations.
    #[cfg(feature = "wire_formats-exports")]
    pub fn exports(&self) -> exports::Exports<'_> {
        exports::Exports { client: self }
    }
    /// The `events` operations.
    #[cfg(feature = "wire_formats-events")]
    pub fn events(&self) -> events::Events<'_> {
        events::Events { client: self }
    }
    /// The `lines` operations.
    #[cfg(feature = "wire_formats-lines")]
    pub fn lines(&self) -> lines::Lines<'_> {
        lines::Lines { client: self }
    }
    /// The `status` operations.
    #[cfg(feature = "wire_formats-status")]
    pub fn status(&self) -> status::Status<'_> {
        status::Status { client: self }
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
            None => self.core.default_base_url("https://api.example.com".to_owned()),
        };
        Client { core: core.build() }
    }
}
