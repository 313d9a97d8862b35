// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `customer_portal.customers` operations: request builders and error types.
/// The `customer_portal.customers` operations. Get it with [`Client::customer_portal_customers`](super::Client::customer_portal_customers).
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalCustomers<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> CustomerPortalCustomers<'a> {
    /// `GET /v1/portal/customers`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client
    ///     .customer_portal_customers()
    ///     .list_portal_customers()
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_portal_customers(&self) -> ListPortalCustomers<'a> {
        ListPortalCustomers {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`CustomerPortalCustomers::list_portal_customers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListPortalCustomers<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListPortalCustomers<'a> {
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
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<ListPortalCustomersError>,
    > {
        let mut request = crate::runtime::Request::new(
            "listPortalCustomers",
            crate::runtime::Method::GET,
            "/v1/portal/customers",
            "/v1/portal/customers".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<(), crate::runtime::Error<ListPortalCustomersError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<ListPortalCustomersError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListPortalCustomersError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_portal_customers`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPortalCustomersError {}
