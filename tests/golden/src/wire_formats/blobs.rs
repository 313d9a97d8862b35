// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `blobs` operations: request builders and error types.
use crate::runtime as rt;
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
    pub fn get_blob(&self, id: impl Into<String>) -> rt::Call<'a, GetBlob> {
        self.client.core().call(GetBlob { id: id.into() })
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
    ) -> rt::Call<'a, PutBlob> {
        self.client.core().call(PutBlob { id: id.into(), body })
    }
}
/// The arguments of [`Blobs::get_blob`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetBlob {
    id: String,
}
impl rt::Operation for GetBlob {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getBlob", "/blobs/{id}");
    type Output = ::bytes::Bytes;
    type Error = GetBlobError;
    type Decoder = rt::Binary;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `get_blob`, chosen by status code.
    pub enum GetBlobError {}
}
/// The arguments of [`Blobs::put_blob`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct PutBlob {
    id: String,
    body: crate::runtime::Upload,
}
impl rt::Operation for PutBlob {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::put("putBlob", "/blobs/{id}");
    type Output = ();
    type Error = PutBlobError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        let value = &self.body;
        request.body = Some(rt::Body::upload("application/octet-stream", value));
        Ok(())
    }
}
/// The documented error responses of `put_blob`: the same as [`GetBlobError`]'s.
pub type PutBlobError = GetBlobError;
