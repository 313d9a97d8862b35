// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `exports` operations: request builders and error types.
use crate::runtime as rt;
/// The `exports` operations. Get it with [`Client::exports`](super::Client::exports).
#[derive(Debug, Clone, Copy)]
pub struct Exports<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Exports;
    /// `GET /exports/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let response = client.exports().get_export("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_export(id: impl Into<String> = into);
    /// The arguments of [`Exports::get_export`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetExport {
        id: String = path_param("id"),
    }
    get("getExport", "/exports/{id}") -> ::bytes::Bytes, GetExportError, rt::Binary;
}
rt::errors! {
    /// The documented error responses of `get_export`, chosen by status code.
    pub enum GetExportError {
        /// Status 302.
        ///
        /// A redirect to the file.
        302 => Found = error,
    }
}
