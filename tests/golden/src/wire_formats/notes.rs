// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `notes` operations: request builders and error types.
use crate::runtime as rt;
/// The `notes` operations. Get it with [`Client::notes`](super::Client::notes).
#[derive(Debug, Clone, Copy)]
pub struct Notes<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Notes;
    /// `POST /notes`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let response = client.notes().create_note("<body>".to_owned()).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_note(body: String);
    /// The arguments of [`Notes::create_note`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateNote {
        body: String,
    }
    post("createNote", "/notes") -> CreateNoteResponse, CreateNoteError, CreateNoteResponse {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            let value = &self.body;
            request.body = Some(rt::Body::text("text/plain", value));
            Ok(())
        }
    }
}
/// The documented success responses of `create_note`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNoteResponse {
    /// Status 201.
    ///
    /// Created, with the note.
    Created(super::types::StoredFile),
    /// Status 204.
    ///
    /// Already there; nothing returned.
    NoContent,
}
impl rt::Decode<Self> for CreateNoteResponse {
    fn decode<E>(response: rt::Response) -> Result<Self, rt::Error<E>> {
        match response.status.as_u16() {
            201 => response.json().map(Self::Created),
            204 => Ok(Self::NoContent),
            _ => Err(response.unexpected()),
        }
    }
}
rt::errors! {
    /// The documented error responses of `create_note`, chosen by status code.
    pub enum CreateNoteError {}
}
