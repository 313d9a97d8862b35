// @generated
// Generated from tests/fixtures/types/client_names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Records` operations: request builders and error types.
/// The `Records` operations. Get it with [`Client::records`](super::Client::records).
#[derive(Debug, Clone, Copy)]
pub struct Records<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Records<'a> {
    /// `GET /records/{recordId}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::client_names;
    /// let client = client_names::Client::builder().build();
    /// let response = client.records().get_record("<recordId>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_record(&self, id: impl Into<String>) -> GetRecord<'a> {
        GetRecord {
            client: self.client,
            id: id.into(),
            filter: None,
            api_version_string: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Records::get_record`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetRecord<'a> {
    client: &'a super::Client,
    id: String,
    filter: Option<String>,
    api_version_string: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetRecord<'a> {
    /// Sets the `$filter` parameter.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Sets the `api-version` parameter.
    pub fn api_version_string(mut self, value: impl Into<String>) -> Self {
        self.api_version_string = Some(value.into());
        self
    }
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetRecordError>> {
        let mut request = crate::runtime::Request::new(
            "getRecord",
            crate::runtime::Method::GET,
            "/records/{recordId}",
            format!(
                "/records/{}", crate ::runtime::path_value("recordId", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "$filter",
                &self.filter,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "api-version",
                &self.api_version_string,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Record, crate::runtime::Error<GetRecordError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Record, crate::runtime::Error<GetRecordError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetRecordError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_record`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRecordError {}
