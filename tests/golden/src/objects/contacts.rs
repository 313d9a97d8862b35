// @generated
// Generated from tests/fixtures/types/objects.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `contacts` operations: request builders and error types.
use crate::runtime as rt;
/// The `contacts` operations. Get it with [`Client::contacts`](super::Client::contacts).
#[derive(Debug, Clone, Copy)]
pub struct Contacts<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Contacts<'a> {
    /// `GET /contacts/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::objects;
    /// let client = objects::Client::builder().build();
    /// let response = client.contacts().get_contact("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_contact(&self, id: impl Into<String>) -> rt::Call<'a, GetContact> {
        self.client.core().call(GetContact { id: id.into() })
    }
    /// `PATCH /contacts/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::objects;
    /// let client = objects::Client::builder().build();
    /// let response = client
    ///     .contacts()
    ///     .update_contact(
    ///         "<id>",
    ///         objects::types::ContactPatch {
    ///             name: None,
    ///             phone: None,
    ///             manager_id: None,
    ///             notes: None,
    ///             tags: None,
    ///             address: None,
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_contact(
        &self,
        id: impl Into<String>,
        body: super::types::ContactPatch,
    ) -> rt::Call<'a, UpdateContact> {
        self.client.core().call(UpdateContact { id: id.into(), body })
    }
}
/// The arguments of [`Contacts::get_contact`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetContact {
    id: String,
}
impl rt::Operation for GetContact {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getContact", "/contacts/{id}");
    type Output = super::types::Contact;
    type Error = GetContactError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `get_contact`, chosen by status code.
    pub enum GetContactError {}
}
/// The arguments of [`Contacts::update_contact`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct UpdateContact {
    id: String,
    body: super::types::ContactPatch,
}
impl rt::Operation for UpdateContact {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::patch("updateContact", "/contacts/{id}");
    type Output = super::types::Contact;
    type Error = UpdateContactError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
/// The documented error responses of `update_contact`: the same as [`GetContactError`]'s.
pub type UpdateContactError = GetContactError;
