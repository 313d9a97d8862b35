// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `targets` operations: request builders and error types.
/// The `targets` operations. Get it with [`Client::targets`](super::Client::targets).
#[derive(Debug, Clone, Copy)]
pub struct Targets<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Targets<'a> {
    /// `GET /targets/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.targets().get_target("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_target(&self, id: impl Into<String>) -> GetTarget<'a> {
        GetTarget {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Targets::get_target`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetTarget<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetTarget<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetTargetError>> {
        let mut request = crate::runtime::Request::new(
            "getTarget",
            crate::runtime::Method::GET,
            "/targets/{id}",
            format!(
                "/targets/{}", crate ::runtime::path_value("id", & self.id).map_err(crate
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
    ) -> Result<super::types::Target, crate::runtime::Error<GetTargetError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Target, crate::runtime::Error<GetTargetError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetTargetError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_target`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTargetError {}
