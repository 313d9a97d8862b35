// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `things` operations: request builders and error types.
/// The `things` operations. Get it with [`Client::things`](super::Client::things).
#[derive(Debug, Clone, Copy)]
pub struct Things<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Things<'a> {
    /// `POST /v1/misc`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.things().post_misc().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn post_misc(&self) -> PostMisc<'a> {
        PostMisc {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Things::post_misc`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct PostMisc<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> PostMisc<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<PostMiscError>> {
        let mut request = crate::runtime::Request::new(
            "postMisc",
            crate::runtime::Method::POST,
            "/v1/misc",
            "/v1/misc".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<PostMiscError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<PostMiscError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<PostMiscError> {
        response.unexpected()
    }
}
/// The documented error responses of `post_misc`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PostMiscError {}
