// @generated
// Generated from tests/fixtures/types/shared_inline.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Orders` operations: request builders and error types.
/// The `Orders` operations. Get it with [`Client::orders`](super::Client::orders).
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Orders<'a> {
    /// `POST /orders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::shared_inline;
    /// let client = shared_inline::Client::builder().build();
    /// let response = client
    ///     .orders()
    ///     .create_order(shared_inline::types::CreateOrderRequest {
    ///         metadata: None,
    ///         shipping: None,
    ///         tag: None,
    ///         details: None,
    ///         once: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_order(
        &self,
        body: super::types::CreateOrderRequest,
    ) -> CreateOrder<'a> {
        CreateOrder {
            client: self.client,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Orders::create_order`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct CreateOrder<'a> {
    client: &'a super::Client,
    body: super::types::CreateOrderRequest,
    options: crate::runtime::RequestOptions,
}
impl<'a> CreateOrder<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateOrderError>> {
        let mut request = crate::runtime::Request::new(
            "createOrder",
            crate::runtime::Method::POST,
            "/orders",
            "/orders".to_owned(),
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
    pub async fn send(
        self,
    ) -> Result<
        super::types::CreateOrderResponse,
        crate::runtime::Error<CreateOrderError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::CreateOrderResponse,
        crate::runtime::Error<CreateOrderError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CreateOrderError> {
        response.unexpected()
    }
}
/// The documented error responses of `create_order`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrderError {}
