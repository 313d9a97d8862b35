// @generated
// Generated from tests/fixtures/types/objects.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `contacts` operations: request builders and error types.
use crate::runtime as rt;
/// The `contacts` operations. Get it with [`Client::contacts`](super::Client::contacts).
#[derive(Debug, Clone, Copy)]
pub struct Contacts<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Contacts;
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
    pub fn get_contact(id: impl Into<String> = into);
    /// The arguments of [`Contacts::get_contact`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetContact {
        id: String = path_param("id"),
    }
    get("getContact", "/contacts/{id}") -> super::types::Contact, GetContactError, rt::Json;
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
    pub fn update_contact(id: impl Into<String> = into, body: super::types::ContactPatch);
    /// The arguments of [`Contacts::update_contact`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct UpdateContact {
        id: String = path_param("id"),
        body: super::types::ContactPatch = json_body("application/json"),
    }
    patch("updateContact", "/contacts/{id}") -> super::types::Contact, UpdateContactError, rt::Json;
}
rt::errors! {
    /// The documented error responses of `get_contact`, chosen by status code.
    pub enum GetContactError {}
}
/// The documented error responses of `update_contact`: the same as [`GetContactError`]'s.
pub type UpdateContactError = GetContactError;
