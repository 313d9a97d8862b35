// @generated
// Generated from tests/fixtures/types/maps.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `maps` operations: request builders and error types.
/// The `maps` operations. Get it with [`Client::maps`](super::Client::maps).
#[derive(Debug, Clone, Copy)]
pub struct Maps<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Maps<'a> {
    /// `GET /maps`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::maps;
    /// let client = maps::Client::builder().build();
    /// let response = client.maps().get_maps().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_maps(&self) -> crate::runtime::Call<'a, GetMaps> {
        crate::runtime::Call::new(self.client.core(), GetMaps {})
    }
}
/// The arguments of [`Maps::get_maps`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetMaps {}
impl crate::runtime::Operation for GetMaps {
    type Output = super::types::Maps;
    type Error = GetMapsError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetMapsError>> {
        let mut request = crate::runtime::Request::new(
            "getMaps",
            crate::runtime::Method::GET,
            "/maps",
            "/maps".to_owned(),
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
/// The documented error responses of `get_maps`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetMapsError {}
