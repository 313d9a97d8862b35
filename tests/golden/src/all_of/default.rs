// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `default` operations: request builders and error types.
/// The `default` operations. Get it with [`Client::default`](super::Client::default).
#[derive(Debug, Clone, Copy)]
pub struct Default<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Default<'a> {
    /// `GET /invoices/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.default().get_invoice("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_invoice(&self, id: impl Into<String>) -> GetInvoice<'a> {
        GetInvoice {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `POST /invoices`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client
    ///     .default()
    ///     .create_invoice(all_of::types::InvoiceCreate {
    ///         customer_id: "<customer_id>".to_owned(),
    ///         currency: "<currency>".to_owned(),
    ///         memo: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_invoice(
        &self,
        body: super::types::InvoiceCreate,
    ) -> CreateInvoice<'a> {
        CreateInvoice {
            client: self.client,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /me`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.default().get_current_user().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_current_user(&self) -> GetCurrentUser<'a> {
        GetCurrentUser {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /me/open`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.default().get_current_user_open().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_current_user_open(&self) -> GetCurrentUserOpen<'a> {
        GetCurrentUserOpen {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /targets/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.default().get_target("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_target(&self, id: impl Into<String>) -> GetTarget<'a> {
        GetTarget {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Default::get_invoice`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetInvoice<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetInvoice<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetInvoiceError>> {
        let mut request = crate::runtime::Request::new(
            "getInvoice",
            crate::runtime::Method::GET,
            "/invoices/{id}",
            format!(
                "/invoices/{}", crate ::runtime::path_value("id", & self.id)
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
    ) -> Result<super::types::Invoice, crate::runtime::Error<GetInvoiceError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Invoice, crate::runtime::Error<GetInvoiceError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetInvoiceError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_invoice`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetInvoiceError {}
/// The request of [`Default::create_invoice`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct CreateInvoice<'a> {
    client: &'a super::Client,
    body: super::types::InvoiceCreate,
    options: crate::runtime::RequestOptions,
}
impl<'a> CreateInvoice<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateInvoiceError>> {
        let mut request = crate::runtime::Request::new(
            "createInvoice",
            crate::runtime::Method::POST,
            "/invoices",
            "/invoices".to_owned(),
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
    ) -> Result<
        super::types::InvoiceWithLines,
        crate::runtime::Error<CreateInvoiceError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::InvoiceWithLines,
        crate::runtime::Error<CreateInvoiceError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CreateInvoiceError> {
        response.unexpected()
    }
}
/// The documented error responses of `create_invoice`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateInvoiceError {}
/// The request of [`Default::get_current_user`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetCurrentUser<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetCurrentUser<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetCurrentUserError>> {
        let mut request = crate::runtime::Request::new(
            "getCurrentUser",
            crate::runtime::Method::GET,
            "/me",
            "/me".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::CurrentUser, crate::runtime::Error<GetCurrentUserError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::CurrentUser, crate::runtime::Error<GetCurrentUserError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetCurrentUserError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_current_user`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentUserError {}
/// The request of [`Default::get_current_user_open`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetCurrentUserOpen<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetCurrentUserOpen<'a> {
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
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<GetCurrentUserOpenError>,
    > {
        let mut request = crate::runtime::Request::new(
            "getCurrentUserOpen",
            crate::runtime::Method::GET,
            "/me/open",
            "/me/open".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::CurrentUserOpen,
        crate::runtime::Error<GetCurrentUserOpenError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::CurrentUserOpen,
        crate::runtime::Error<GetCurrentUserOpenError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetCurrentUserOpenError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_current_user_open`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentUserOpenError {}
/// The request of [`Default::get_target`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetTarget<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetTarget<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetTargetError>> {
        let mut request = crate::runtime::Request::new(
            "getTarget",
            crate::runtime::Method::GET,
            "/targets/{id}",
            format!(
                "/targets/{}", crate ::runtime::path_value("id", & self.id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Target, crate::runtime::Error<GetTargetError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Target, crate::runtime::Error<GetTargetError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetTargetError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_target`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTargetError {}
