// @generated
// Generated from tests/fixtures/types/formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `files` operations: request builders and error types.
use crate::runtime as rt;
/// The `files` operations. Get it with [`Client::files`](super::Client::files).
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Files;
    /// `GET /files/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::formats;
    /// let client = formats::Client::builder().build();
    /// let response = client.files().get_file("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_file(id: impl Into<String> = into);
    /// The arguments of [`Files::get_file`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetFile {
        id: String = path_param("id"),
    }
    get("getFile", "/files/{id}") -> super::types::FileInfo, GetFileError, rt::Json;
    /// `GET /files/{id}/content`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::formats;
    /// let client = formats::Client::builder().build();
    /// let response = client.files().download_file("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn download_file(id: impl Into<String> = into);
    /// The arguments of [`Files::download_file`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct DownloadFile {
        id: String = path_param("id"),
    }
    get("downloadFile", "/files/{id}/content") -> ::bytes::Bytes, DownloadFileError, rt::Binary;
}
rt::operations! {
    impl Files;
    /// `PUT /files/{id}/content`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::formats;
    /// let client = formats::Client::builder().build();
    /// let response = client
    ///     .files()
    ///     .upload_file("<id>", golden_types::runtime::Upload::path("<path to the file>"))
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_file(id: impl Into<String> = into, body: crate::runtime::Upload);
    /// The arguments of [`Files::upload_file`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct UploadFile {
        id: String,
        body: crate::runtime::Upload,
    }
    put("uploadFile", "/files/{id}/content") -> (), UploadFileError, rt::Empty {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            request.path_param("id", &self.id);
            let value = &self.body;
            request.body = Some(rt::Body::upload("application/octet-stream", value));
            Ok(())
        }
    }
}
rt::errors! {
    /// The documented error responses of `get_file`, chosen by status code.
    pub enum GetFileError {}
}
/// The documented error responses of `download_file`: the same as [`GetFileError`]'s.
pub type DownloadFileError = GetFileError;
/// The documented error responses of `upload_file`: the same as [`GetFileError`]'s.
pub type UploadFileError = GetFileError;
