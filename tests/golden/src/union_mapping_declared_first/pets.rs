// @generated
// Generated from tests/fixtures/types/union_mapping_declared_first.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `pets` operations: request builders and error types.
use crate::runtime as rt;
/// The `pets` operations. Get it with [`Client::pets`](super::Client::pets).
#[derive(Debug, Clone, Copy)]
pub struct Pets<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Pets;
    /// `GET /pets`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::union_mapping_declared_first;
    /// let client = union_mapping_declared_first::Client::builder().build();
    /// let response = client.pets().list_pets().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pets();
    /// The arguments of [`Pets::list_pets`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListPets {}
    get("listPets", "/pets") -> Vec<super::types::Pet>, ListPetsError, rt::Json {}
}
rt::errors! {
    /// The documented error responses of `list_pets`, chosen by status code.
    pub enum ListPetsError {}
}
