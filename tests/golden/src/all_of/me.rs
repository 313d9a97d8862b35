// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `me` operations: request builders and error types.
/// The `me` operations. Get it with [`Client::me`](super::Client::me).
#[derive(Debug, Clone, Copy)]
pub struct Me<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Me<'a> {
    /// `GET /me`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.me().get_current_user().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_current_user(&self) -> GetCurrentUser<'a> {
        GetCurrentUser {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /me/open`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.me().get_current_user_open().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_current_user_open(&self) -> GetCurrentUserOpen<'a> {
        GetCurrentUserOpen {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Me::get_current_user`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetCurrentUser<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetCurrentUser<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetCurrentUserError>> {
        let mut request = crate::runtime::Request::new(
            "getCurrentUser",
            crate::runtime::Method::GET,
            "/me",
            "/me".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::CurrentUser, crate::runtime::Error<GetCurrentUserError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::CurrentUser, crate::runtime::Error<GetCurrentUserError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetCurrentUserError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_current_user`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentUserError {}
/// The request of [`Me::get_current_user_open`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetCurrentUserOpen<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetCurrentUserOpen<'a> {
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
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<GetCurrentUserOpenError>,
    > {
        let mut request = crate::runtime::Request::new(
            "getCurrentUserOpen",
            crate::runtime::Method::GET,
            "/me/open",
            "/me/open".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::CurrentUserOpen,
        crate::runtime::Error<GetCurrentUserOpenError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::CurrentUserOpen,
        crate::runtime::Error<GetCurrentUserOpenError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetCurrentUserOpenError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_current_user_open`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentUserOpenError {}
