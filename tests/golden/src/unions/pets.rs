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
    pub fn list_pets(&self) -> ListPets<'a> {
        ListPets {
            client: self.client,
            owner_id: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Pets::list_pets`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListPets<'a> {
    client: &'a super::Client,
    owner_id: Option<Option<super::types::ListPetsOwnerId>>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListPets<'a> {
    /// Sets the `owner_id` parameter.
    pub fn owner_id(mut self, value: Option<super::types::ListPetsOwnerId>) -> Self {
        self.owner_id = Some(value);
        self
    }
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
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::PetPage, crate::runtime::Error<ListPetsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::PetPage, crate::runtime::Error<ListPetsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListPetsError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_pets`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsError {}
