// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `me` operations: request builders and error types.
use crate::runtime as rt;
/// The `me` operations. Get it with [`Client::me`](super::Client::me).
#[derive(Debug, Clone, Copy)]
pub struct Me<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Me;
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
    pub fn get_current_user();
    /// The arguments of [`Me::get_current_user`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetCurrentUser {}
    get("getCurrentUser", "/me") -> super::types::CurrentUser, GetCurrentUserError, rt::Json {}
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
    pub fn get_current_user_open();
    /// The arguments of [`Me::get_current_user_open`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetCurrentUserOpen {}
    get("getCurrentUserOpen", "/me/open")
        -> super::types::CurrentUserOpen, GetCurrentUserOpenError, rt::Json {}
}
rt::errors! {
    /// The documented error responses of `get_current_user`, chosen by status code.
    pub enum GetCurrentUserError {}
}
/// The documented error responses of `get_current_user_open`: the same as [`GetCurrentUserError`]'s.
pub type GetCurrentUserOpenError = GetCurrentUserError;
