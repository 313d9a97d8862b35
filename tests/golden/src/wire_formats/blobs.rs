// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `blobs` operations: request builders and error types.
/// The `blobs` operations. Get it with [`Client::blobs`](super::Client::blobs).
#[derive(Debug, Clone, Copy)]
pub struct Blobs<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Blobs<'a> {
    /// `GET /blobs/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let response = client.blobs().get_blob("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_blob(&self, id: impl Into<String>) -> crate::runtime::Call<'a, GetBlob> {
        crate::runtime::Call::new(self.client.core(), GetBlob { id: id.into() })
    }
    /// `PUT /blobs/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let response = client
    ///     .blobs()
    ///     .put_blob("<id>", golden_types::runtime::Upload::path("<path to the file>"))
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn put_blob(
        &self,
        id: impl Into<String>,
        body: crate::runtime::Upload,
    ) -> crate::runtime::Call<'a, PutBlob> {
        crate::runtime::Call::new(self.client.core(), PutBlob { id: id.into(), body })
    }
}
/// The arguments of [`Blobs::get_blob`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetBlob {
    id: String,
}
impl crate::runtime::Operation for GetBlob {
    type Output = ::bytes::Bytes;
    type Error = GetBlobError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetBlobError>> {
        let mut request = crate::runtime::Request::new(
            "getBlob",
            crate::runtime::Method::GET,
            "/blobs/{id}",
            format!(
                "/blobs/{}", crate ::runtime::path_value("id", & self.id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        response.bytes()
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
/// The documented error responses of `get_blob`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetBlobError {}
/// The arguments of [`Blobs::put_blob`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct PutBlob {
    id: String,
    body: crate::runtime::Upload,
}
impl crate::runtime::Operation for PutBlob {
    type Output = ();
    type Error = PutBlobError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<PutBlobError>> {
        let mut request = crate::runtime::Request::new(
            "putBlob",
            crate::runtime::Method::PUT,
            "/blobs/{id}",
            format!(
                "/blobs/{}", crate ::runtime::path_value("id", & self.id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            Ok::<
                _,
                String,
            >(crate::runtime::Body::upload("application/octet-stream", value))
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        let _ = response;
        Ok(())
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
/// The documented error responses of `put_blob`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PutBlobError {}
