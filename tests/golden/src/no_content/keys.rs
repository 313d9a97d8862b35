// @generated
// Generated from tests/fixtures/types/no_content.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `keys` operations: request builders and error types.
/// The `keys` operations. Get it with [`Client::keys`](super::Client::keys).
#[derive(Debug, Clone, Copy)]
pub struct Keys<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Keys<'a> {
    /// `DELETE /keys/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::no_content;
    /// let client = no_content::Client::builder().build();
    /// let response = client.keys().delete_key("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_key(&self, id: impl Into<String>) -> DeleteKey<'a> {
        DeleteKey {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Keys::delete_key`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct DeleteKey<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> DeleteKey<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<DeleteKeyError>> {
        let mut request = crate::runtime::Request::new(
            "deleteKey",
            crate::runtime::Method::DELETE,
            "/keys/{id}",
            format!(
                "/keys/{}", crate ::runtime::path_value("id", & self.id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<DeleteKeyError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<DeleteKeyError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<DeleteKeyError> {
        match response.status.as_u16() {
            429 => {
                let decoded = response.json().map(DeleteKeyError::TooManyRequests);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `delete_key`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteKeyError {
    /// Status 429.
    ///
    /// Too many requests.
    TooManyRequests(super::types::ErrorMessage),
}
