// @generated
// Generated from tests/fixtures/types/default_response.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `jobs` operations: request builders and error types.
use crate::runtime as rt;
/// The `jobs` operations. Get it with [`Client::jobs`](super::Client::jobs).
#[derive(Debug, Clone, Copy)]
pub struct Jobs<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Jobs<'a> {
    /// `GET /jobs/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::default_response;
    /// let client = default_response::Client::builder().build();
    /// let response = client.jobs().get_job("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_job(&self, id: impl Into<String>) -> rt::Call<'a, GetJob> {
        self.client.core().call(GetJob { id: id.into() })
    }
}
/// The arguments of [`Jobs::get_job`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetJob {
    id: String,
}
impl rt::Operation for GetJob {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getJob", "/jobs/{id}");
    type Output = super::types::Job;
    type Error = GetJobError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
/// The documented error responses of `get_job`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetJobError {
    /// Status 4XX.
    ///
    /// A client error.
    ClientError(super::types::Problem),
    /// Status 404.
    ///
    /// No such job.
    NotFound,
    /// Status any other status (`default`).
    ///
    /// Anything else.
    Default(super::types::Problem),
}
impl rt::Errors for GetJobError {
    fn decode(response: rt::Response) -> rt::Error<Self> {
        match response.status.as_u16() {
            404 => response.error(Self::NotFound),
            400..=499 => response.json_error(Self::ClientError),
            _ => response.json_error(Self::Default),
        }
    }
}
