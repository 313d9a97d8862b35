// @generated
// Generated from tests/fixtures/types/nulls_v31.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `nulls` operations: request builders and error types.
use crate::runtime as rt;
/// The `nulls` operations. Get it with [`Client::nulls`](super::Client::nulls).
#[derive(Debug, Clone, Copy)]
pub struct Nulls<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Nulls;
    /// `GET /nulls`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::nulls_v31;
    /// let client = nulls_v31::Client::builder().build();
    /// let response = client.nulls().get_nulls().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_nulls();
    /// The arguments of [`Nulls::get_nulls`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetNulls {}
    get("getNulls", "/nulls") -> super::types::Nulls31, GetNullsError, rt::Json {}
}
rt::errors! {
    /// The documented error responses of `get_nulls`, chosen by status code.
    pub enum GetNullsError {}
}
