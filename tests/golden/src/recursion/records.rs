// @generated
// Generated from tests/fixtures/types/recursion.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `records` operations: request builders and error types.
use crate::runtime as rt;
/// The `records` operations. Get it with [`Client::records`](super::Client::records).
#[derive(Debug, Clone, Copy)]
pub struct Records<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Records;
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
    pub fn query_records(body: super::types::Query);
    /// The arguments of [`Records::query_records`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct QueryRecords {
        body: super::types::Query = json_body("application/json"),
    }
    post("queryRecords", "/records/query") -> super::types::Tree, QueryRecordsError, rt::Json;
}
rt::errors! {
    /// The documented error responses of `query_records`, chosen by status code.
    pub enum QueryRecordsError {}
}
