// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `orders` operations: request builders and error types.
/// The `orders` operations. Get it with [`Client::orders`](super::Client::orders).
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Orders<'a> {
    /// `GET /2024-01-01/{tenant}/orders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.orders().list_orders("<tenant>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_orders(&self, tenant: impl Into<String>) -> ListOrders<'a> {
        ListOrders {
            client: self.client,
            tenant: tenant.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Orders::list_orders`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListOrders<'a> {
    client: &'a super::Client,
    tenant: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListOrders<'a> {
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListOrdersError>> {
        let mut request = crate::runtime::Request::new(
            "listOrders",
            crate::runtime::Method::GET,
            "/2024-01-01/{tenant}/orders",
            format!(
                "/2024-01-01/{}/orders", crate ::runtime::path_value("tenant", & self
                .tenant).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<ListOrdersError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<ListOrdersError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListOrdersError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_orders`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersError {}
