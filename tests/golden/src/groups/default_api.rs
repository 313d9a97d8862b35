// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `default` operations: request builders and error types.
/// The `default` operations. Get it with [`Client::default_api`](super::Client::default_api).
#[derive(Debug, Clone, Copy)]
pub struct DefaultApi<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> DefaultApi<'a> {
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
    pub fn default_(&self) -> crate::runtime::Call<'a, DefaultRequest> {
        crate::runtime::Call::new(self.client.core(), DefaultRequest {})
    }
}
/// The arguments of [`DefaultApi::default_`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct DefaultRequest {}
impl crate::runtime::Operation for DefaultRequest {
    type Output = ();
    type Error = DefaultRequestError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<DefaultRequestError>> {
        let mut request = crate::runtime::Request::new(
            "default",
            crate::runtime::Method::GET,
            "/",
            "/".to_owned(),
        );
        request.security = &[];
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        let _ = response;
        Ok(())
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
/// The documented error responses of `default_`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultRequestError {}
