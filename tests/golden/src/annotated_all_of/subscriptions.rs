// @generated
// Generated from tests/fixtures/types/annotated_all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `subscriptions` operations: request builders and error types.
/// The `subscriptions` operations. Get it with [`Client::subscriptions`](super::Client::subscriptions).
#[derive(Debug, Clone, Copy)]
pub struct Subscriptions<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Subscriptions<'a> {
    /// `POST /subscriptions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::annotated_all_of;
    /// let client = annotated_all_of::Client::builder().build();
    /// let response = client
    ///     .subscriptions()
    ///     .subscribe(annotated_all_of::types::Subscription {
    ///         url: "<url>".to_owned(),
    ///         id: None,
    ///         retries: None,
    ///         note: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn subscribe(&self, body: super::types::Subscription) -> Subscribe<'a> {
        Subscribe {
            client: self.client,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Subscriptions::subscribe`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct Subscribe<'a> {
    client: &'a super::Client,
    body: super::types::Subscription,
    options: crate::runtime::RequestOptions,
}
impl<'a> Subscribe<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<SubscribeError>> {
        let mut request = crate::runtime::Request::new(
            "subscribe",
            crate::runtime::Method::POST,
            "/subscriptions",
            "/subscriptions".to_owned(),
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
    ) -> Result<super::types::Subscription, crate::runtime::Error<SubscribeError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Subscription, crate::runtime::Error<SubscribeError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<SubscribeError> {
        response.unexpected()
    }
}
/// The documented error responses of `subscribe`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum SubscribeError {}
