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
    pub fn get_old_settings(&self) -> crate::runtime::Call<'a, GetOldSettings> {
        crate::runtime::Call::new(self.client.core(), GetOldSettings {})
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
    pub fn get_plain_settings(&self) -> crate::runtime::Call<'a, GetPlainSettings> {
        crate::runtime::Call::new(self.client.core(), GetPlainSettings {})
    }
}
/// The arguments of [`Settings::get_old_settings`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetOldSettings {}
impl crate::runtime::Operation for GetOldSettings {
    type Output = ();
    type Error = GetOldSettingsError;
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
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        let _ = response;
        Ok(())
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
/// The documented error responses of `get_old_settings`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOldSettingsError {}
/// The arguments of [`Settings::get_plain_settings`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetPlainSettings {}
impl crate::runtime::Operation for GetPlainSettings {
    type Output = ();
    type Error = GetPlainSettingsError;
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
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        let _ = response;
        Ok(())
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
/// The documented error responses of `get_plain_settings`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPlainSettingsError {}
