// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Client for the Groups (version 1).
//!
//! A document without tags: operations are grouped by the first meaningful path segment; no group or method is named like a trait method (`default`, `clone`, `from`).
//!
//! Build a [`Client`](crate::groups::Client) with [`Client::builder`](crate::groups::Client::builder); the default server is `/`.
//! Operations are grouped as in the API's documentation:
//!
//! - [`Client::default_api`](crate::groups::Client::default_api): 1 operation
//! - [`Client::customers`](crate::groups::Client::customers): 3 operations
//! - [`Client::webhooks`](crate::groups::Client::webhooks): 1 operation
//! - [`Client::orders`](crate::groups::Client::orders): 1 operation
//! - [`Client::customer_portal_customers`](crate::groups::Client::customer_portal_customers): 1 operation
//! - [`Client::core_api`](crate::groups::Client::core_api): 1 operation
//! - [`Client::other`](crate::groups::Client::other): 1 operation
//! - [`Client::things`](crate::groups::Client::things): 1 operation
pub mod types;
#[cfg(feature = "groups-default-api")]
pub mod default_api;
#[cfg(feature = "groups-customers")]
pub mod customers;
#[cfg(feature = "groups-webhooks")]
pub mod webhooks;
#[cfg(feature = "groups-orders")]
pub mod orders;
#[cfg(feature = "groups-customer-portal-customers")]
pub mod customer_portal_customers;
#[cfg(feature = "groups-core-api")]
pub mod core_api;
#[cfg(feature = "groups-other")]
pub mod other;
#[cfg(feature = "groups-things")]
pub mod things;
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
    pub(crate) fn core(&self) -> &crate::runtime::Core {
        &self.core
    }
    /// The `default` operations.
    #[cfg(feature = "groups-default-api")]
    pub fn default_api(&self) -> default_api::DefaultApi<'_> {
        default_api::DefaultApi {
            client: self,
        }
    }
    /// The `customers` operations.
    #[cfg(feature = "groups-customers")]
    pub fn customers(&self) -> customers::Customers<'_> {
        customers::Customers {
            client: self,
        }
    }
    /// The `webhooks` operations.
    #[cfg(feature = "groups-webhooks")]
    pub fn webhooks(&self) -> webhooks::Webhooks<'_> {
        webhooks::Webhooks { client: self }
    }
    /// The `orders` operations.
    #[cfg(feature = "groups-orders")]
    pub fn orders(&self) -> orders::Orders<'_> {
        orders::Orders { client: self }
    }
    /// The `customer_portal.customers` operations.
    #[cfg(feature = "groups-customer-portal-customers")]
    pub fn customer_portal_customers(
        &self,
    ) -> customer_portal_customers::CustomerPortalCustomers<'_> {
        customer_portal_customers::CustomerPortalCustomers {
            client: self,
        }
    }
    /// The `core` operations.
    #[cfg(feature = "groups-core-api")]
    pub fn core_api(&self) -> core_api::CoreApi<'_> {
        core_api::CoreApi { client: self }
    }
    /// The `other` operations.
    #[cfg(feature = "groups-other")]
    pub fn other(&self) -> other::Other<'_> {
        other::Other { client: self }
    }
    /// The `things` operations.
    #[cfg(feature = "groups-things")]
    pub fn things(&self) -> things::Things<'_> {
        things::Things { client: self }
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
