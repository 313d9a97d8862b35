// @generated
// Generated from tests/fixtures/types/webhooks_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Hooks` operations: request builders and error types.
use crate::runtime as rt;
/// The `Hooks` operations. Get it with [`Client::hooks`](super::Client::hooks).
#[derive(Debug, Clone, Copy)]
pub struct Hooks<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Hooks;
    /// `GET /hooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::webhooks_v30;
    /// let client = webhooks_v30::Client::builder().build();
    /// let response = client.hooks().list_hooks().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_hooks();
    /// The arguments of [`Hooks::list_hooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListHooks {}
    get("listHooks", "/hooks") -> (), ListHooksError, rt::Empty {}
}
rt::errors! {
    /// The documented error responses of `list_hooks`, chosen by status code.
    pub enum ListHooksError {}
}
