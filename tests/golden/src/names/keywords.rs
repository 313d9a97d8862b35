// @generated
// Generated from tests/fixtures/types/names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `keywords` operations: request builders and error types.
/// The `keywords` operations. Get it with [`Client::keywords`](super::Client::keywords).
#[derive(Debug, Clone, Copy)]
pub struct Keywords<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Keywords<'a> {
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
    pub fn get_keywords(&self) -> crate::runtime::Call<'a, GetKeywords> {
        crate::runtime::Call::new(self.client.core(), GetKeywords {})
    }
}
/// The arguments of [`Keywords::get_keywords`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetKeywords {}
impl crate::runtime::Operation for GetKeywords {
    type Output = super::types::Everything;
    type Error = GetKeywordsError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetKeywordsError>> {
        let mut request = crate::runtime::Request::new(
            "getKeywords",
            crate::runtime::Method::GET,
            "/keywords",
            "/keywords".to_owned(),
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
/// The documented error responses of `get_keywords`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetKeywordsError {}
