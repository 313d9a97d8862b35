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
    pub fn get_maps(&self) -> GetMaps<'a> {
        GetMaps {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Maps::get_maps`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetMaps<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetMaps<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetMapsError>> {
        let mut request = crate::runtime::Request::new(
            "getMaps",
            crate::runtime::Method::GET,
            "/maps",
            "/maps".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Maps, crate::runtime::Error<GetMapsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Maps, crate::runtime::Error<GetMapsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetMapsError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_maps`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetMapsError {}
