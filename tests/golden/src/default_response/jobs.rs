// @generated
// Generated from tests/fixtures/types/default_response.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `jobs` operations: request builders and error types.
use crate::runtime as rt;
/// The `jobs` operations. Get it with [`Client::jobs`](super::Client::jobs).
#[derive(Debug, Clone, Copy)]
pub struct Jobs<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Jobs;
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
    pub fn get_job(id: impl Into<String> = into);
    /// The arguments of [`Jobs::get_job`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetJob {
        id: String = path_param("id"),
    }
    get("getJob", "/jobs/{id}") -> super::types::Job, GetJobError, rt::Json;
}
rt::errors! {
    /// The documented error responses of `get_job`, chosen by status code.
    pub enum GetJobError {
        /// Status 404.
        ///
        /// No such job.
        404 => NotFound = error,
        /// Status 4XX.
        ///
        /// A client error.
        400..=499 => ClientError(super::types::Problem) = json_error,
        /// Status any other status (`default`).
        ///
        /// Anything else.
        _ => Default(super::types::Problem) = json_error,
    }
}
