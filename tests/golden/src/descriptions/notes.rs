// @generated
// Generated from tests/fixtures/types/descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `notes` operations: request builders and error types.
use crate::runtime as rt;
/// The `notes` operations. Get it with [`Client::notes`](super::Client::notes).
#[derive(Debug, Clone, Copy)]
pub struct Notes<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Notes<'a> {
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
    pub fn list_notes(&self) -> rt::Call<'a, ListNotes> {
        self.client.core().call(ListNotes {})
    }
}
/// The arguments of [`Notes::list_notes`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListNotes {}
impl rt::Operation for ListNotes {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listNotes", "/notes");
    type Output = Vec<super::types::Note>;
    type Error = ListNotesError;
    type Decoder = rt::Json;
}
rt::errors! {
    /// The documented error responses of `list_notes`, chosen by status code.
    pub enum ListNotesError {}
}
