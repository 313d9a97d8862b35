// @generated
// Generated from tests/fixtures/types/objects.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `settings` operations: request builders and error types.
use crate::runtime as rt;
/// The `settings` operations. Get it with [`Client::settings`](super::Client::settings).
#[derive(Debug, Clone, Copy)]
pub struct Settings<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Settings;
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
    pub fn get_settings();
    /// The arguments of [`Settings::get_settings`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetSettings {}
    get("getSettings", "/settings") -> super::types::Settings, GetSettingsError, rt::Json {}
}
rt::errors! {
    /// The documented error responses of `get_settings`, chosen by status code.
    pub enum GetSettingsError {}
}
