// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `status` operations: request builders and error types.
use crate::runtime as rt;
/// The `status` operations. Get it with [`Client::status`](super::Client::status).
#[derive(Debug, Clone, Copy)]
pub struct Status<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Status;
    /// `GET /status`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let response = client.status().get_status().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_status();
    /// The arguments of [`Status::get_status`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetStatus {}
    get("getStatus", "/status") -> String, GetStatusError, rt::ByContentType {}
}
rt::errors! {
    /// The documented error responses of `get_status`, chosen by status code.
    pub enum GetStatusError {}
}
