// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `core` operations: request builders and error types.
use crate::runtime as rt;
/// The `core` operations. Get it with [`Client::core_api`](super::Client::core_api).
#[derive(Debug, Clone, Copy)]
pub struct CoreApi<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl CoreApi;
    /// `GET /core/status`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.core_api().get_status().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_status();
    /// The arguments of [`CoreApi::get_status`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetStatus {}
    get("getStatus", "/core/status") -> (), GetStatusError, rt::Empty {}
}
rt::errors! {
    /// The documented error responses of `get_status`, chosen by status code.
    pub enum GetStatusError {}
}
