// @generated
// Generated from tests/fixtures/types/nulls_v31.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `nulls` operations: request builders and error types.
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
    /// use golden_types::nulls_v31;
    /// let client = nulls_v31::Client::builder().build();
    /// let response = client.nulls().get_nulls().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_nulls(&self) -> crate::runtime::Call<'a, GetNulls> {
        crate::runtime::Call::new(self.client.core(), GetNulls {})
    }
}
/// The arguments of [`Nulls::get_nulls`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetNulls {}
impl crate::runtime::Operation for GetNulls {
    type Output = super::types::Nulls31;
    type Error = GetNullsError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetNullsError>> {
        let mut request = crate::runtime::Request::new(
            "getNulls",
            crate::runtime::Method::GET,
            "/nulls",
            "/nulls".to_owned(),
        );
        request.security = &[];
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        response.json()
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
/// The documented error responses of `get_nulls`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetNullsError {}
