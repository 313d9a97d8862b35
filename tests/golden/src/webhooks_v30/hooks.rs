// @generated
// Generated from tests/fixtures/types/webhooks_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Hooks` operations: request builders and error types.
/// The `Hooks` operations. Get it with [`Client::hooks`](super::Client::hooks).
#[derive(Debug, Clone, Copy)]
pub struct Hooks<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Hooks<'a> {
    /// `GET /hooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::webhooks_v30;
    /// let client = webhooks_v30::Client::builder().build();
    /// let response = client.hooks().list_hooks().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_hooks(&self) -> ListHooks<'a> {
        ListHooks {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Hooks::list_hooks`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListHooks<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListHooks<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListHooksError>> {
        let mut request = crate::runtime::Request::new(
            "listHooks",
            crate::runtime::Method::GET,
            "/hooks",
            "/hooks".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<ListHooksError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<ListHooksError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListHooksError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_hooks`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListHooksError {}
