// @generated
// Generated from tests/fixtures/types/names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `keywords` operations: request builders and error types.
use crate::runtime as rt;
/// The `keywords` operations. Get it with [`Client::keywords`](super::Client::keywords).
#[derive(Debug, Clone, Copy)]
pub struct Keywords<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Keywords;
    /// `GET /keywords`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::names;
    /// let client = names::Client::builder().build();
    /// let response = client.keywords().get_keywords().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_keywords();
    /// The arguments of [`Keywords::get_keywords`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetKeywords {}
    get("getKeywords", "/keywords") -> super::types::Everything, GetKeywordsError, rt::Json {}
}
rt::errors! {
    /// The documented error responses of `get_keywords`, chosen by status code.
    pub enum GetKeywordsError {}
}
