// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhooks` operations: request builders and error types.
/// The `webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Webhooks<'a> {
    /// `GET /api/v2/webhooks.json`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.webhooks().list_webhooks().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_webhooks(&self) -> ListWebhooks<'a> {
        ListWebhooks {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Webhooks::list_webhooks`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListWebhooks<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListWebhooks<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListWebhooksError>> {
        let mut request = crate::runtime::Request::new(
            "listWebhooks",
            crate::runtime::Method::GET,
            "/api/v2/webhooks.json",
            "/api/v2/webhooks.json".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<ListWebhooksError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<ListWebhooksError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListWebhooksError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_webhooks`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListWebhooksError {}
