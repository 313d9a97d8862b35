// @generated
// Generated from tests/fixtures/types/formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `files` operations: request builders and error types.
use crate::runtime as rt;
/// The `files` operations. Get it with [`Client::files`](super::Client::files).
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Files<'a> {
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
    pub fn get_file(&self, id: impl Into<String>) -> rt::Call<'a, GetFile> {
        self.client.core().call(GetFile { id: id.into() })
    }
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
    pub fn download_file(&self, id: impl Into<String>) -> rt::Call<'a, DownloadFile> {
        self.client.core().call(DownloadFile { id: id.into() })
    }
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
    pub fn upload_file(
        &self,
        id: impl Into<String>,
        body: crate::runtime::Upload,
    ) -> rt::Call<'a, UploadFile> {
        self.client.core().call(UploadFile { id: id.into(), body })
    }
}
/// The arguments of [`Files::get_file`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetFile {
    id: String,
}
impl rt::Operation for GetFile {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getFile", "/files/{id}");
    type Output = super::types::FileInfo;
    type Error = GetFileError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `get_file`, chosen by status code.
    pub enum GetFileError {}
}
/// The arguments of [`Files::download_file`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct DownloadFile {
    id: String,
}
impl rt::Operation for DownloadFile {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("downloadFile", "/files/{id}/content");
    type Output = ::bytes::Bytes;
    type Error = DownloadFileError;
    type Decoder = rt::Binary;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
/// The documented error responses of `download_file`: the same as [`GetFileError`]'s.
pub type DownloadFileError = GetFileError;
/// The arguments of [`Files::upload_file`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct UploadFile {
    id: String,
    body: crate::runtime::Upload,
}
impl rt::Operation for UploadFile {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::put("uploadFile", "/files/{id}/content");
    type Output = ();
    type Error = UploadFileError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        let value = &self.body;
        request.body = Some(rt::Body::upload("application/octet-stream", value));
        Ok(())
    }
}
/// The documented error responses of `upload_file`: the same as [`GetFileError`]'s.
pub type UploadFileError = GetFileError;
