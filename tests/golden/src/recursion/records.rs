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
    pub fn query_records(
        &self,
        body: super::types::Query,
    ) -> crate::runtime::Call<'a, QueryRecords> {
        crate::runtime::Call::new(self.client.core(), QueryRecords { body })
    }
}
/// The arguments of [`Records::query_records`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct QueryRecords {
    body: super::types::Query,
}
impl crate::runtime::Operation for QueryRecords {
    type Output = super::types::Tree;
    type Error = QueryRecordsError;
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
        response.unexpected()
    }
}
/// The documented error responses of `query_records`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryRecordsError {}
