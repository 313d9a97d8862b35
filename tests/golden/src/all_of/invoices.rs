// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `invoices` operations: request builders and error types.
/// The `invoices` operations. Get it with [`Client::invoices`](super::Client::invoices).
#[derive(Debug, Clone, Copy)]
pub struct Invoices<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Invoices<'a> {
    /// `GET /invoices/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.invoices().get_invoice("<id>").send().await?;
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
    ///     .invoices()
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
}
/// The request of [`Invoices::get_invoice`]: set optional parameters, then `.send().await`.
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
/// The request of [`Invoices::create_invoice`]: set optional parameters, then `.send().await`.
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
