// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `lines` operations: request builders and error types.
use crate::runtime as rt;
/// The `lines` operations. Get it with [`Client::lines`](super::Client::lines).
#[derive(Debug, Clone, Copy)]
pub struct Lines<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Lines;
    /// `GET /lines`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let mut stream = client.lines().export_lines().send().await?;
    /// while let Some(item) = stream.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn export_lines();
    /// The arguments of [`Lines::export_lines`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ExportLines {}
    get("exportLines", "/lines")
        -> rt::ItemStream<super::types::Tick, ExportLinesError>, ExportLinesError, rt::Streamed {
        fn decode_stream(
            response: ::reqwest::Response,
        ) -> Result<Self::Output, rt::Error<Self::Error>> {
            Ok(rt::json_lines(response))
        }
    }
}
rt::errors! {
    /// The documented error responses of `export_lines`, chosen by status code.
    pub enum ExportLinesError {}
}
