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
    pub fn get_job(&self, id: impl Into<String>) -> GetJob<'a> {
        GetJob {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Jobs::get_job`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetJob<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetJob<'a> {
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
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
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Job, crate::runtime::Error<GetJobError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Job, crate::runtime::Error<GetJobError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetJobError> {
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
