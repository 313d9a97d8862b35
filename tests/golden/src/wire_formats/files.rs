// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `files` operations: request builders and error types.
use crate::runtime as rt;
/// The `files` operations. Get it with [`Client::files`](super::Client::files).
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Files;
    /// `POST /files`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let response = client
    ///     .files()
    ///     .upload_file(wire_formats::types::UploadFileRequest {
    ///         file: golden_types::runtime::Upload::path("<path to the file>"),
    ///         attachments: None,
    ///         purpose: "<purpose>".to_owned(),
    ///         tags: None,
    ///         meta: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_file(body: super::types::UploadFileRequest);
    /// The arguments of [`Files::upload_file`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct UploadFile {
        body: super::types::UploadFileRequest,
    }
    post("uploadFile", "/files") -> super::types::StoredFile, UploadFileError, rt::Json {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            request.server = Some("https://eu.uploads.example.com/v1");
            let value = &self.body;
            request.body = Some({
                let mut parts = rt::Multipart::new();
                parts.file("file", &value.file, Some("image/png"));
                for file in value.attachments.iter().flatten() {
                    parts.file("attachments", file, None);
                }
                parts.value("purpose", &value.purpose, None)?;
                parts.value("tags", &value.tags, None)?;
                parts.value("meta", &value.meta, None)?;
                rt::Body::Multipart(parts)
            });
            Ok(())
        }
    }
}
rt::errors! {
    /// The documented error responses of `upload_file`, chosen by status code.
    pub enum UploadFileError {}
}
