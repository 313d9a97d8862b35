// @generated
// Generated from tests/fixtures/types/descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `notes` operations: request builders and error types.
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
    pub fn list_notes(&self) -> ListNotes<'a> {
        ListNotes {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Notes::list_notes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListNotes<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListNotes<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListNotesError>> {
        let mut request = crate::runtime::Request::new(
            "listNotes",
            crate::runtime::Method::GET,
            "/notes",
            "/notes".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Vec<super::types::Note>, crate::runtime::Error<ListNotesError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Vec<super::types::Note>, crate::runtime::Error<ListNotesError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListNotesError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_notes`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListNotesError {}
