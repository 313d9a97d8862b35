// @generated
// Generated from tests/fixtures/types/formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `files` operations: request builders and error types.
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
    pub fn get_file(&self, id: impl Into<String>) -> GetFile<'a> {
        GetFile {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
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
    pub fn download_file(&self, id: impl Into<String>) -> DownloadFile<'a> {
        DownloadFile {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
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
    ///     .upload_file("<id>", ::bytes::Bytes::from_static(b"..."))
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_file(
        &self,
        id: impl Into<String>,
        body: ::bytes::Bytes,
    ) -> UploadFile<'a> {
        UploadFile {
            client: self.client,
            id: id.into(),
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Files::get_file`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetFile<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetFile<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetFileError>> {
        let mut request = crate::runtime::Request::new(
            "getFile",
            crate::runtime::Method::GET,
            "/files/{id}",
            format!(
                "/files/{}", crate ::runtime::path_value("id", & self.id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::FileInfo, crate::runtime::Error<GetFileError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::FileInfo, crate::runtime::Error<GetFileError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetFileError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_file`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetFileError {}
/// The request of [`Files::download_file`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct DownloadFile<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> DownloadFile<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<DownloadFileError>> {
        let mut request = crate::runtime::Request::new(
            "downloadFile",
            crate::runtime::Method::GET,
            "/files/{id}/content",
            format!(
                "/files/{}/content", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<::bytes::Bytes, crate::runtime::Error<DownloadFileError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<::bytes::Bytes, crate::runtime::Error<DownloadFileError>> {
        if response.status.is_success() {
            response.bytes()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<DownloadFileError> {
        response.unexpected()
    }
}
/// The documented error responses of `download_file`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DownloadFileError {}
/// The request of [`Files::upload_file`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct UploadFile<'a> {
    client: &'a super::Client,
    id: String,
    body: ::bytes::Bytes,
    options: crate::runtime::RequestOptions,
}
impl<'a> UploadFile<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<UploadFileError>> {
        let mut request = crate::runtime::Request::new(
            "uploadFile",
            crate::runtime::Method::PUT,
            "/files/{id}/content",
            format!(
                "/files/{}/content", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            Ok::<
                _,
                String,
            >(crate::runtime::Body {
                    content_type: "application/octet-stream",
                    bytes: value.clone(),
                })
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<UploadFileError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<UploadFileError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<UploadFileError> {
        response.unexpected()
    }
}
/// The documented error responses of `upload_file`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadFileError {}
