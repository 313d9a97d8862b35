// @generated
// Generated from tests/fixtures/types/tuples.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `tracks` operations: request builders and error types.
/// The `tracks` operations. Get it with [`Client::tracks`](super::Client::tracks).
#[derive(Debug, Clone, Copy)]
pub struct Tracks<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Tracks<'a> {
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
    pub fn get_track(&self) -> GetTrack<'a> {
        GetTrack {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Tracks::get_track`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetTrack<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetTrack<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetTrackError>> {
        let mut request = crate::runtime::Request::new(
            "getTrack",
            crate::runtime::Method::GET,
            "/tracks",
            "/tracks".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Track, crate::runtime::Error<GetTrackError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Track, crate::runtime::Error<GetTrackError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetTrackError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_track`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTrackError {}
