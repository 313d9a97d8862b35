// @generated
// Generated from tests/fixtures/types/maps.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `maps` operations: request builders and error types.
use crate::runtime as rt;
/// The `maps` operations. Get it with [`Client::maps`](super::Client::maps).
#[derive(Debug, Clone, Copy)]
pub struct Maps<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Maps;
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
    pub fn get_maps();
    /// The arguments of [`Maps::get_maps`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetMaps {}
    get("getMaps", "/maps") -> super::types::Maps, GetMapsError, rt::Json {}
}
rt::errors! {
    /// The documented error responses of `get_maps`, chosen by status code.
    pub enum GetMapsError {}
}
