// @generated
// Generated from tests/fixtures/types/objects.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `contacts` operations: request builders and error types.
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
    pub fn get_contact(&self, id: impl Into<String>) -> GetContact<'a> {
        GetContact {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
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
    ) -> UpdateContact<'a> {
        UpdateContact {
            client: self.client,
            id: id.into(),
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Contacts::get_contact`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetContact<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetContact<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetContactError>> {
        let mut request = crate::runtime::Request::new(
            "getContact",
            crate::runtime::Method::GET,
            "/contacts/{id}",
            format!(
                "/contacts/{}", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Contact, crate::runtime::Error<GetContactError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Contact, crate::runtime::Error<GetContactError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetContactError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_contact`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetContactError {}
/// The request of [`Contacts::update_contact`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct UpdateContact<'a> {
    client: &'a super::Client,
    id: String,
    body: super::types::ContactPatch,
    options: crate::runtime::RequestOptions,
}
impl<'a> UpdateContact<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<UpdateContactError>> {
        let mut request = crate::runtime::Request::new(
            "updateContact",
            crate::runtime::Method::PATCH,
            "/contacts/{id}",
            format!(
                "/contacts/{}", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Contact, crate::runtime::Error<UpdateContactError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Contact, crate::runtime::Error<UpdateContactError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<UpdateContactError> {
        response.unexpected()
    }
}
/// The documented error responses of `update_contact`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateContactError {}
