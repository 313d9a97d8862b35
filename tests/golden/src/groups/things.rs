// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `things` operations: request builders and error types.
use crate::runtime as rt;
/// The `things` operations. Get it with [`Client::things`](super::Client::things).
#[derive(Debug, Clone, Copy)]
pub struct Things<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Things;
    /// `POST /v1/misc`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.things().post_misc().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn post_misc();
    /// The arguments of [`Things::post_misc`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct PostMisc {}
    post("postMisc", "/v1/misc") -> (), PostMiscError, rt::Empty {}
}
rt::errors! {
    /// The documented error responses of `post_misc`, chosen by status code.
    pub enum PostMiscError {}
}
