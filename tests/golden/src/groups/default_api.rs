// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `default` operations: request builders and error types.
use crate::runtime as rt;
/// The `default` operations. Get it with [`Client::default_api`](super::Client::default_api).
#[derive(Debug, Clone, Copy)]
pub struct DefaultApi<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl DefaultApi;
    /// `GET /`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.default_api().default_().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn default_();
    /// The arguments of [`DefaultApi::default_`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct DefaultRequest {}
    get("default", "/") -> (), DefaultRequestError, rt::Empty {}
}
rt::errors! {
    /// The documented error responses of `default_`, chosen by status code.
    pub enum DefaultRequestError {}
}
