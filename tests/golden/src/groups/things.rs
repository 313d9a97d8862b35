// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `things` operations: request builders and error types.
/// The `things` operations. Get it with [`Client::things`](super::Client::things).
#[derive(Debug, Clone, Copy)]
pub struct Things<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Things<'a> {
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
    pub fn post_misc(&self) -> crate::runtime::Call<'a, PostMisc> {
        crate::runtime::Call::new(self.client.core(), PostMisc {})
    }
}
/// The arguments of [`Things::post_misc`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct PostMisc {}
impl crate::runtime::Operation for PostMisc {
    type Output = ();
    type Error = PostMiscError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<PostMiscError>> {
        let mut request = crate::runtime::Request::new(
            "postMisc",
            crate::runtime::Method::POST,
            "/v1/misc",
            "/v1/misc".to_owned(),
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
/// The documented error responses of `post_misc`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PostMiscError {}
