// @generated
// Generated from tests/fixtures/types/deprecations.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Settings` operations: request builders and error types.
#![allow(deprecated)]
/// The `Settings` operations. Get it with [`Client::settings`](super::Client::settings).
#[derive(Debug, Clone, Copy)]
pub struct Settings<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Settings<'a> {
    /// Replaced by an operation this document does not have.
    ///
    /// `GET /settings/old`
    ///
    /// **Deprecated**: the API marks this operation as deprecated.
    ///
    /// Use the operation `get-settings-v2` instead.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::deprecations;
    /// let client = deprecations::Client::builder().build();
    /// #[allow(deprecated)]
    /// let response = client.settings().get_old_settings().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "the API marks this operation as deprecated. Use the operation `get-settings-v2` instead."
    )]
    pub fn get_old_settings(&self) -> GetOldSettings<'a> {
        GetOldSettings {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Deprecated with a message only.
    ///
    /// `GET /settings/plain`
    ///
    /// **Deprecated**: Going away in 2027!
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::deprecations;
    /// let client = deprecations::Client::builder().build();
    /// #[allow(deprecated)]
    /// let response = client.settings().get_plain_settings().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(note = "Going away in 2027!")]
    pub fn get_plain_settings(&self) -> GetPlainSettings<'a> {
        GetPlainSettings {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Settings::get_old_settings`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetOldSettings<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetOldSettings<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetOldSettingsError>> {
        let mut request = crate::runtime::Request::new(
            "get-old-settings",
            crate::runtime::Method::GET,
            "/settings/old",
            "/settings/old".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<GetOldSettingsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<GetOldSettingsError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetOldSettingsError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_old_settings`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOldSettingsError {}
/// The request of [`Settings::get_plain_settings`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetPlainSettings<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetPlainSettings<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetPlainSettingsError>> {
        let mut request = crate::runtime::Request::new(
            "get-plain-settings",
            crate::runtime::Method::GET,
            "/settings/plain",
            "/settings/plain".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<GetPlainSettingsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<GetPlainSettingsError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetPlainSettingsError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_plain_settings`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPlainSettingsError {}
