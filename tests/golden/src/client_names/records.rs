// @generated
// Generated from tests/fixtures/types/client_names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Records` operations: request builders and error types.
use crate::runtime as rt;
/// The `Records` operations. Get it with [`Client::records`](super::Client::records).
#[derive(Debug, Clone, Copy)]
pub struct Records<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Records;
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
    pub fn get_record(id: impl Into<String> = into);
    /// The arguments of [`Records::get_record`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetRecord {
        id: String = path_param("recordId"),
        filter: Option<String> = query("$filter"),
        api_version_string: Option<String> = query("api-version"),
    }
    get("getRecord", "/records/{recordId}") -> super::types::Record, GetRecordError, rt::Json;
    setters {
        /// Sets the `$filter` parameter.
        filter: impl Into<String> = into,
        /// Sets the `api-version` parameter.
        api_version_string: impl Into<String> = into,
    }
}
rt::errors! {
    /// The documented error responses of `get_record`, chosen by status code.
    pub enum GetRecordError {}
}
