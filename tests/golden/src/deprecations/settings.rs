// @generated
// Generated from tests/fixtures/types/deprecations.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Settings` operations: request builders and error types.
#![allow(deprecated)]
use crate::runtime as rt;
/// The `Settings` operations. Get it with [`Client::settings`](super::Client::settings).
#[derive(Debug, Clone, Copy)]
pub struct Settings<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Settings;
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
    pub fn get_old_settings();
    /// The arguments of [`Settings::get_old_settings`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetOldSettings {}
    get("get-old-settings", "/settings/old") -> (), GetOldSettingsError, rt::Empty {}
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
    pub fn get_plain_settings();
    /// The arguments of [`Settings::get_plain_settings`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetPlainSettings {}
    get("get-plain-settings", "/settings/plain") -> (), GetPlainSettingsError, rt::Empty {}
}
rt::errors! {
    /// The documented error responses of `get_old_settings`, chosen by status code.
    pub enum GetOldSettingsError {}
}
/// The documented error responses of `get_plain_settings`: the same as [`GetOldSettingsError`]'s.
pub type GetPlainSettingsError = GetOldSettingsError;
