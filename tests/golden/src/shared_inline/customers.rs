// @generated
// Generated from tests/fixtures/types/shared_inline.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Customers` operations: request builders and error types.
/// The `Customers` operations. Get it with [`Client::customers`](super::Client::customers).
#[derive(Debug, Clone, Copy)]
pub struct Customers<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Customers<'a> {
    /// `POST /customers`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::shared_inline;
    /// let client = shared_inline::Client::builder().build();
    /// let response = client
    ///     .customers()
    ///     .create_customer(shared_inline::types::CreateCustomerRequest {
    ///         name: "<name>".to_owned(),
    ///         metadata: None,
    ///         billing: None,
    ///         tag: None,
    ///         extra: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_customer(
        &self,
        body: super::types::CreateCustomerRequest,
    ) -> CreateCustomer<'a> {
        CreateCustomer {
            client: self.client,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Customers::create_customer`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct CreateCustomer<'a> {
    client: &'a super::Client,
    body: super::types::CreateCustomerRequest,
    options: crate::runtime::RequestOptions,
}
impl<'a> CreateCustomer<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateCustomerError>> {
        let mut request = crate::runtime::Request::new(
            "createCustomer",
            crate::runtime::Method::POST,
            "/customers",
            "/customers".to_owned(),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<CreateCustomerError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<CreateCustomerError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CreateCustomerError> {
        response.unexpected()
    }
}
/// The documented error responses of `create_customer`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateCustomerError {}
