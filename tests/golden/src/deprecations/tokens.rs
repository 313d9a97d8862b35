// @generated
// Generated from tests/fixtures/types/deprecations.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Tokens` operations: request builders and error types.
#![allow(deprecated)]
/// The `Tokens` operations. Get it with [`Client::tokens`](super::Client::tokens).
#[derive(Debug, Clone, Copy)]
pub struct Tokens<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Tokens<'a> {
    /// Get a token (old).
    ///
    /// `GET /tokens/old`
    ///
    /// **Deprecated**: This endpoint has been deprecated.
    /// Use the global token instead.
    ///
    /// Use `client.tokens().get_token()` instead.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::deprecations;
    /// let client = deprecations::Client::builder().build();
    /// #[allow(deprecated)]
    /// let response = client.tokens().get_old_token().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "This endpoint has been deprecated. Use the global token instead. Use `client.tokens().get_token()` instead."
    )]
    pub fn get_old_token(&self) -> GetOldToken<'a> {
        GetOldToken {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Get a token.
    ///
    /// `GET /tokens`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::deprecations;
    /// let client = deprecations::Client::builder().build();
    /// let response = client.tokens().get_token().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_token(&self) -> GetToken<'a> {
        GetToken {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Tokens::get_old_token`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetOldToken<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetOldToken<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetOldTokenError>> {
        let mut request = crate::runtime::Request::new(
            "get-old-token",
            crate::runtime::Method::GET,
            "/tokens/old",
            "/tokens/old".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<String, crate::runtime::Error<GetOldTokenError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<String, crate::runtime::Error<GetOldTokenError>> {
        if response.status.is_success() {
            response.text()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetOldTokenError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_old_token`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOldTokenError {}
/// The request of [`Tokens::get_token`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetToken<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetToken<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetTokenError>> {
        let mut request = crate::runtime::Request::new(
            "get-token",
            crate::runtime::Method::GET,
            "/tokens",
            "/tokens".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<String, crate::runtime::Error<GetTokenError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<String, crate::runtime::Error<GetTokenError>> {
        if response.status.is_success() {
            response.text()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetTokenError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_token`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTokenError {}
