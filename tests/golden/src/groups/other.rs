// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `other` operations: request builders and error types.
use crate::runtime as rt;
/// The `other` operations. Get it with [`Client::other`](super::Client::other).
#[derive(Debug, Clone, Copy)]
pub struct Other<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Other;
    /// `GET /v1/misc`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.other().get_misc().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_misc();
    /// The arguments of [`Other::get_misc`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetMisc {}
    get("getMisc", "/v1/misc") -> (), GetMiscError, rt::Empty {}
}
rt::errors! {
    /// The documented error responses of `get_misc`, chosen by status code.
    pub enum GetMiscError {}
}
