// @generated
// Generated from tests/fixtures/types/no_content.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `keys` operations: request builders and error types.
use crate::runtime as rt;
/// The `keys` operations. Get it with [`Client::keys`](super::Client::keys).
#[derive(Debug, Clone, Copy)]
pub struct Keys<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Keys;
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
    pub fn delete_key(id: impl Into<String> = into);
    /// The arguments of [`Keys::delete_key`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct DeleteKey {
        id: String = path_param("id"),
    }
    delete("deleteKey", "/keys/{id}") -> (), DeleteKeyError, rt::Empty;
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
