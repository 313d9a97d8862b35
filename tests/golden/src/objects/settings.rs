// @generated
// Generated from tests/fixtures/types/objects.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `settings` operations: request builders and error types.
/// The `settings` operations. Get it with [`Client::settings`](super::Client::settings).
#[derive(Debug, Clone, Copy)]
pub struct Settings<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Settings<'a> {
    /// `GET /settings`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::objects;
    /// let client = objects::Client::builder().build();
    /// let response = client.settings().get_settings().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_settings(&self) -> GetSettings<'a> {
        GetSettings {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Settings::get_settings`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetSettings<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetSettings<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetSettingsError>> {
        let mut request = crate::runtime::Request::new(
            "getSettings",
            crate::runtime::Method::GET,
            "/settings",
            "/settings".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Settings, crate::runtime::Error<GetSettingsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Settings, crate::runtime::Error<GetSettingsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetSettingsError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_settings`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSettingsError {}
