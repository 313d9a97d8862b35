// @generated
// Generated from tests/fixtures/types/client_names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Records` operations: request builders and error types.
use crate::runtime as rt;
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
    pub fn get_record(&self, id: impl Into<String>) -> rt::Call<'a, GetRecord> {
        self.client.core().call(GetRecord { id: id.into(), filter: None, api_version_string: None })
    }
}
/// The arguments of [`Records::get_record`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetRecord {
    id: String,
    filter: Option<String>,
    api_version_string: Option<String>,
}
impl rt::Operation for GetRecord {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getRecord", "/records/{recordId}");
    type Output = super::types::Record;
    type Error = GetRecordError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("recordId", &self.id);
        request.query("$filter", &self.filter);
        request.query("api-version", &self.api_version_string);
        Ok(())
    }
}
rt::setters! {
    GetRecord {
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
