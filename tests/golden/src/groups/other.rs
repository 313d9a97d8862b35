// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `other` operations: request builders and error types.
/// The `other` operations. Get it with [`Client::other`](super::Client::other).
#[derive(Debug, Clone, Copy)]
pub struct Other<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Other<'a> {
    /// `GET /v1/misc`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.other().get_misc().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_misc(&self) -> GetMisc<'a> {
        GetMisc {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Other::get_misc`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetMisc<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetMisc<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetMiscError>> {
        let mut request = crate::runtime::Request::new(
            "getMisc",
            crate::runtime::Method::GET,
            "/v1/misc",
            "/v1/misc".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<GetMiscError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<GetMiscError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetMiscError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_misc`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetMiscError {}
