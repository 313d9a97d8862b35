// @generated
// Generated from tests/fixtures/types/linked.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `links` operations: request builders and error types.
use crate::runtime as rt;
/// The `links` operations. Get it with [`Client::links`](super::Client::links).
#[derive(Debug, Clone, Copy)]
pub struct Links<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Links;
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
    pub fn get_link(id: impl Into<String> = into);
    /// The arguments of [`Links::get_link`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetLink {
        id: String = path_param("id"),
    }
    get("getLink", "/links/{id}") -> super::types::Link00, GetLinkError, rt::Json;
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
    pub fn replace_link(id: impl Into<String> = into, body: super::types::Link00);
    /// The arguments of [`Links::replace_link`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ReplaceLink {
        id: String = path_param("id"),
        body: super::types::Link00 = json_body("application/json"),
    }
    put("replaceLink", "/links/{id}") -> super::types::Link00, ReplaceLinkError, rt::Json;
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
    pub fn delete_link(id: impl Into<String> = into);
    /// The arguments of [`Links::delete_link`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct DeleteLink {
        id: String = path_param("id"),
    }
    delete("deleteLink", "/links/{id}") -> (), DeleteLinkError, rt::Empty;
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
/// The documented error responses of `replace_link`: the same as [`GetLinkError`]'s.
pub type ReplaceLinkError = GetLinkError;
rt::errors! {
    /// The documented error responses of `delete_link`, chosen by status code.
    pub enum DeleteLinkError {
        /// Status 404.
        ///
        /// Gone already.
        404 => NotFound(super::types::Problem) = json_error,
    }
}
