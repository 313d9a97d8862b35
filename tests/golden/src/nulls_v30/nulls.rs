// @generated
// Generated from tests/fixtures/types/nulls_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `nulls` operations: request builders and error types.
/// The `nulls` operations. Get it with [`Client::nulls`](super::Client::nulls).
#[derive(Debug, Clone, Copy)]
pub struct Nulls<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Nulls<'a> {
    /// `GET /nulls`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::nulls_v30;
    /// let client = nulls_v30::Client::builder().build();
    /// let response = client.nulls().get_nulls().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_nulls(&self) -> GetNulls<'a> {
        GetNulls {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Nulls::get_nulls`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetNulls<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetNulls<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetNullsError>> {
        let mut request = crate::runtime::Request::new(
            "getNulls",
            crate::runtime::Method::GET,
            "/nulls",
            "/nulls".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Nulls30, crate::runtime::Error<GetNullsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Nulls30, crate::runtime::Error<GetNullsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetNullsError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_nulls`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetNullsError {}
