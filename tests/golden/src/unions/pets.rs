// @generated
// Generated from tests/fixtures/types/unions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `pets` operations: request builders and error types.
/// The `pets` operations. Get it with [`Client::pets`](super::Client::pets).
#[derive(Debug, Clone, Copy)]
pub struct Pets<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Pets<'a> {
    /// `GET /pets`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::unions;
    /// let client = unions::Client::builder().build();
    /// let response = client.pets().list_pets().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pets(&self) -> crate::runtime::Call<'a, ListPets> {
        crate::runtime::Call::new(self.client.core(), ListPets { owner_id: None })
    }
}
/// The arguments of [`Pets::list_pets`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListPets {
    owner_id: Option<Option<super::types::ListPetsOwnerId>>,
}
impl crate::runtime::Operation for ListPets {
    type Output = super::types::PetPage;
    type Error = ListPetsError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListPetsError>> {
        let mut request = crate::runtime::Request::new(
            "listPets",
            crate::runtime::Method::GET,
            "/pets",
            "/pets".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "owner_id",
                &self.owner_id,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        response.json()
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
impl<'a> crate::runtime::Call<'a, ListPets> {
    /// Sets the `owner_id` parameter.
    pub fn owner_id(mut self, value: Option<super::types::ListPetsOwnerId>) -> Self {
        self.args.owner_id = Some(value);
        self
    }
}
/// The documented error responses of `list_pets`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsError {}
