// @generated
// Generated from tests/fixtures/types/nulls_v30.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `nulls` operations: request builders and error types.
use crate::runtime as rt;
/// The `nulls` operations. Get it with [`Client::nulls`](super::Client::nulls).
#[derive(Debug, Clone, Copy)]
pub struct Nulls<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Nulls<'a> {
    /// `GET /nulls`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::nulls_v30;
    /// let client = nulls_v30::Client::builder().build();
    /// let response = client.nulls().get_nulls().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_nulls(&self) -> rt::Call<'a, GetNulls> {
        self.client.core().call(GetNulls {})
    }
}
/// The arguments of [`Nulls::get_nulls`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetNulls {}
impl rt::Operation for GetNulls {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getNulls", "/nulls");
    type Output = super::types::Nulls30;
    type Error = GetNullsError;
    type Decoder = rt::Json;
}
rt::errors! {
    /// The documented error responses of `get_nulls`, chosen by status code.
    pub enum GetNullsError {}
}
