// @generated
// Generated from tests/fixtures/types/default_response.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `jobs` operations: request builders and error types.
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
    pub fn get_job(&self, id: impl Into<String>) -> crate::runtime::Call<'a, GetJob> {
        crate::runtime::Call::new(self.client.core(), GetJob { id: id.into() })
    }
}
/// The arguments of [`Jobs::get_job`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetJob {
    id: String,
}
impl crate::runtime::Operation for GetJob {
    type Output = super::types::Job;
    type Error = GetJobError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetJobError>> {
        let mut request = crate::runtime::Request::new(
            "getJob",
            crate::runtime::Method::GET,
            "/jobs/{id}",
            format!(
                "/jobs/{}", crate ::runtime::path_value("id", & self.id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
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
        match response.status.as_u16() {
            404 => response.api_error(Ok(GetJobError::NotFound)),
            400..=499 => {
                let decoded = response.json().map(GetJobError::ClientError);
                response.api_error(decoded)
            }
            _ => {
                let decoded = response.json().map(GetJobError::Default);
                response.api_error(decoded)
            }
        }
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
