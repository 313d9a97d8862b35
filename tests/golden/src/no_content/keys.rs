// @generated
// Generated from tests/fixtures/types/no_content.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `keys` operations: request builders and error types.
use crate::runtime as rt;
/// The `keys` operations. Get it with [`Client::keys`](super::Client::keys).
#[derive(Debug, Clone, Copy)]
pub struct Keys<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Keys<'a> {
    /// `DELETE /keys/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::no_content;
    /// let client = no_content::Client::builder().build();
    /// let response = client.keys().delete_key("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_key(&self, id: impl Into<String>) -> rt::Call<'a, DeleteKey> {
        self.client.core().call(DeleteKey { id: id.into() })
    }
}
/// The arguments of [`Keys::delete_key`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct DeleteKey {
    id: String,
}
impl rt::Operation for DeleteKey {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::delete("deleteKey", "/keys/{id}");
    type Output = ();
    type Error = DeleteKeyError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `delete_key`, chosen by status code.
    pub enum DeleteKeyError {
        /// Status 429.
        ///
        /// Too many requests.
        429 => TooManyRequests(super::types::ErrorMessage) = json_error,
    }
}
