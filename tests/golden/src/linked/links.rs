// @generated
// Generated from tests/fixtures/types/linked.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `links` operations: request builders and error types.
use crate::runtime as rt;
/// The `links` operations. Get it with [`Client::links`](super::Client::links).
#[derive(Debug, Clone, Copy)]
pub struct Links<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Links<'a> {
    /// `GET /links/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::linked;
    /// let client = linked::Client::builder().build();
    /// let response = client.links().get_link("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_link(&self, id: impl Into<String>) -> rt::Call<'a, GetLink> {
        self.client.core().call(GetLink { id: id.into() })
    }
    /// `PUT /links/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::linked;
    /// let client = linked::Client::builder().build();
    /// let response = client
    ///     .links()
    ///     .replace_link(
    ///         "<id>",
    ///         linked::types::Link00 {
    ///             name: "<name>".to_owned(),
    ///             depth00: None,
    ///             next: vec![linked::types::Link01 {
    ///                 name: "<name>".to_owned(),
    ///                 depth01: None,
    ///                 next: None,
    ///                 tags: None,
    ///             }].into(),
    ///             tags: None,
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn replace_link(
        &self,
        id: impl Into<String>,
        body: super::types::Link00,
    ) -> rt::Call<'a, ReplaceLink> {
        self.client.core().call(ReplaceLink { id: id.into(), body })
    }
    /// `DELETE /links/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::linked;
    /// let client = linked::Client::builder().build();
    /// let response = client.links().delete_link("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_link(&self, id: impl Into<String>) -> rt::Call<'a, DeleteLink> {
        self.client.core().call(DeleteLink { id: id.into() })
    }
}
/// The arguments of [`Links::get_link`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetLink {
    id: String,
}
impl rt::Operation for GetLink {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getLink", "/links/{id}");
    type Output = super::types::Link00;
    type Error = GetLinkError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `get_link`, chosen by status code.
    pub enum GetLinkError {
        /// Status 404.
        ///
        /// No such link.
        404 => NotFound(super::types::Problem) = json_error,
    }
}
/// The arguments of [`Links::replace_link`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ReplaceLink {
    id: String,
    body: super::types::Link00,
}
impl rt::Operation for ReplaceLink {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::put("replaceLink", "/links/{id}");
    type Output = super::types::Link00;
    type Error = ReplaceLinkError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
/// The documented error responses of `replace_link`: the same as [`GetLinkError`]'s.
pub type ReplaceLinkError = GetLinkError;
/// The arguments of [`Links::delete_link`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct DeleteLink {
    id: String,
}
impl rt::Operation for DeleteLink {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::delete("deleteLink", "/links/{id}");
    type Output = ();
    type Error = DeleteLinkError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `delete_link`, chosen by status code.
    pub enum DeleteLinkError {
        /// Status 404.
        ///
        /// Gone already.
        404 => NotFound(super::types::Problem) = json_error,
    }
}
