// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `blobs` operations: request builders and error types.
use crate::runtime as rt;
/// The `blobs` operations. Get it with [`Client::blobs`](super::Client::blobs).
#[derive(Debug, Clone, Copy)]
pub struct Blobs<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Blobs;
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
    pub fn get_blob(id: impl Into<String> = into);
    /// The arguments of [`Blobs::get_blob`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetBlob {
        id: String = path_param("id"),
    }
    get("getBlob", "/blobs/{id}") -> ::bytes::Bytes, GetBlobError, rt::Binary;
}
rt::operations! {
    impl Blobs;
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
    pub fn put_blob(id: impl Into<String> = into, body: crate::runtime::Upload);
    /// The arguments of [`Blobs::put_blob`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct PutBlob {
        id: String,
        body: crate::runtime::Upload,
    }
    put("putBlob", "/blobs/{id}") -> (), PutBlobError, rt::Empty {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            request.path_param("id", &self.id);
            let value = &self.body;
            request.body = Some(rt::Body::upload("application/octet-stream", value));
            Ok(())
        }
    }
}
rt::errors! {
    /// The documented error responses of `get_blob`, chosen by status code.
    pub enum GetBlobError {}
}
/// The documented error responses of `put_blob`: the same as [`GetBlobError`]'s.
pub type PutBlobError = GetBlobError;
