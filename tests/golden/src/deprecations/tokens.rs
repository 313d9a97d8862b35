// @generated
// Generated from tests/fixtures/types/deprecations.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Tokens` operations: request builders and error types.
#![allow(deprecated)]
use crate::runtime as rt;
/// The `Tokens` operations. Get it with [`Client::tokens`](super::Client::tokens).
#[derive(Debug, Clone, Copy)]
pub struct Tokens<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Tokens;
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
    pub fn get_old_token();
    /// The arguments of [`Tokens::get_old_token`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetOldToken {}
    get("get-old-token", "/tokens/old") -> String, GetOldTokenError, rt::Text {}
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
    pub fn get_token();
    /// The arguments of [`Tokens::get_token`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetToken {}
    get("get-token", "/tokens") -> String, GetTokenError, rt::Text {}
}
rt::errors! {
    /// The documented error responses of `get_old_token`, chosen by status code.
    pub enum GetOldTokenError {}
}
/// The documented error responses of `get_token`: the same as [`GetOldTokenError`]'s.
pub type GetTokenError = GetOldTokenError;
