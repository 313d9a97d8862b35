// @generated
// Generated from tests/fixtures/types/tuples.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `tracks` operations: request builders and error types.
use crate::runtime as rt;
/// The `tracks` operations. Get it with [`Client::tracks`](super::Client::tracks).
#[derive(Debug, Clone, Copy)]
pub struct Tracks<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Tracks;
    /// `GET /tracks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::tuples;
    /// let client = tuples::Client::builder().build();
    /// let response = client.tracks().get_track().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_track();
    /// The arguments of [`Tracks::get_track`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetTrack {}
    get("getTrack", "/tracks") -> super::types::Track, GetTrackError, rt::Json {}
}
rt::errors! {
    /// The documented error responses of `get_track`, chosen by status code.
    pub enum GetTrackError {}
}
