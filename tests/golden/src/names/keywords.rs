// @generated
// Generated from tests/fixtures/types/names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `keywords` operations: request builders and error types.
/// The `keywords` operations. Get it with [`Client::keywords`](super::Client::keywords).
#[derive(Debug, Clone, Copy)]
pub struct Keywords<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Keywords<'a> {
    /// `GET /keywords`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::names;
    /// let client = names::Client::builder().build();
    /// let response = client.keywords().get_keywords().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_keywords(&self) -> GetKeywords<'a> {
        GetKeywords {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Keywords::get_keywords`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetKeywords<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetKeywords<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetKeywordsError>> {
        let mut request = crate::runtime::Request::new(
            "getKeywords",
            crate::runtime::Method::GET,
            "/keywords",
            "/keywords".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Everything, crate::runtime::Error<GetKeywordsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Everything, crate::runtime::Error<GetKeywordsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetKeywordsError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_keywords`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetKeywordsError {}
