// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhooks` operations: request builders and error types.
use crate::runtime as rt;
/// The `webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Webhooks;
    /// `GET /api/v2/webhooks.json`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.webhooks().list_webhooks().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_webhooks();
    /// The arguments of [`Webhooks::list_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListWebhooks {}
    get("listWebhooks", "/api/v2/webhooks.json") -> (), ListWebhooksError, rt::Empty {}
}
rt::errors! {
    /// The documented error responses of `list_webhooks`, chosen by status code.
    pub enum ListWebhooksError {}
}
