// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `me` operations: request builders and error types.
/// The `me` operations. Get it with [`Client::me`](super::Client::me).
#[derive(Debug, Clone, Copy)]
pub struct Me<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Me<'a> {
    /// `GET /me`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.me().get_current_user().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_current_user(&self) -> crate::runtime::Call<'a, GetCurrentUser> {
        crate::runtime::Call::new(self.client.core(), GetCurrentUser {})
    }
    /// `GET /me/open`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.me().get_current_user_open().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_current_user_open(&self) -> crate::runtime::Call<'a, GetCurrentUserOpen> {
        crate::runtime::Call::new(self.client.core(), GetCurrentUserOpen {})
    }
}
/// The arguments of [`Me::get_current_user`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetCurrentUser {}
impl crate::runtime::Operation for GetCurrentUser {
    type Output = super::types::CurrentUser;
    type Error = GetCurrentUserError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetCurrentUserError>> {
        let mut request = crate::runtime::Request::new(
            "getCurrentUser",
            crate::runtime::Method::GET,
            "/me",
            "/me".to_owned(),
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
/// The documented error responses of `get_current_user`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentUserError {}
/// The arguments of [`Me::get_current_user_open`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetCurrentUserOpen {}
impl crate::runtime::Operation for GetCurrentUserOpen {
    type Output = super::types::CurrentUserOpen;
    type Error = GetCurrentUserOpenError;
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<GetCurrentUserOpenError>,
    > {
        let mut request = crate::runtime::Request::new(
            "getCurrentUserOpen",
            crate::runtime::Method::GET,
            "/me/open",
            "/me/open".to_owned(),
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
/// The documented error responses of `get_current_user_open`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentUserOpenError {}
