// @generated
// Generated from tests/fixtures/types/recursion.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `records` operations: request builders and error types.
/// The `records` operations. Get it with [`Client::records`](super::Client::records).
#[derive(Debug, Clone, Copy)]
pub struct Records<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Records<'a> {
    /// `POST /records/query`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::recursion;
    /// let client = recursion::Client::builder().build();
    /// let response = client
    ///     .records()
    ///     .query_records(recursion::types::Query {
    ///         filter: None,
    ///         graph: None,
    ///         list: None,
    ///         expression: None,
    ///         a: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn query_records(&self, body: super::types::Query) -> QueryRecords<'a> {
        QueryRecords {
            client: self.client,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Records::query_records`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct QueryRecords<'a> {
    client: &'a super::Client,
    body: super::types::Query,
    options: crate::runtime::RequestOptions,
}
impl<'a> QueryRecords<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<QueryRecordsError>> {
        let mut request = crate::runtime::Request::new(
            "queryRecords",
            crate::runtime::Method::POST,
            "/records/query",
            "/records/query".to_owned(),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Tree, crate::runtime::Error<QueryRecordsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Tree, crate::runtime::Error<QueryRecordsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<QueryRecordsError> {
        response.unexpected()
    }
}
/// The documented error responses of `query_records`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryRecordsError {}
