// @generated
// Generated from tests/fixtures/types/descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `notes` operations: request builders and error types.
use crate::runtime as rt;
/// The `notes` operations. Get it with [`Client::notes`](super::Client::notes).
#[derive(Debug, Clone, Copy)]
pub struct Notes<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Notes;
    /// Lists notes. See [the guide](https://example.com/guide) and \[Note\].
    /// ```text
    /// {"id": "n_1"}
    /// ```
    ///
    /// `GET /notes`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::descriptions;
    /// let client = descriptions::Client::builder().build();
    /// let response = client.notes().list_notes().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_notes();
    /// The arguments of [`Notes::list_notes`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListNotes {}
    get("listNotes", "/notes") -> Vec<super::types::Note>, ListNotesError, rt::Json {}
}
rt::errors! {
    /// The documented error responses of `list_notes`, chosen by status code.
    pub enum ListNotesError {}
}
