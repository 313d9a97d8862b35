// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `customers` operations: request builders and error types.
/// The `customers` operations. Get it with [`Client::customers`](super::Client::customers).
#[derive(Debug, Clone, Copy)]
pub struct Customers<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Customers<'a> {
    /// `GET /v1/customers`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.customers().list_customers().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_customers(&self) -> ListCustomers<'a> {
        ListCustomers {
            client: self.client,
            from_: None,
            into_: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /v1/customers/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.customers().get_customer("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_customer(&self, id: impl Into<String>) -> GetCustomer<'a> {
        GetCustomer {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `POST /v1/customers/{id}/clone`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.customers().clone_("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn clone_(&self, id: impl Into<String>) -> CloneRequest<'a> {
        CloneRequest {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Customers::list_customers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListCustomers<'a> {
    client: &'a super::Client,
    from_: Option<String>,
    into_: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListCustomers<'a> {
    /// Named like `From::from`.
    pub fn from_(mut self, value: impl Into<String>) -> Self {
        self.from_ = Some(value.into());
        self
    }
    /// Sets the `into` parameter.
    pub fn into_(mut self, value: impl Into<String>) -> Self {
        self.into_ = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListCustomersError>> {
        let mut request = crate::runtime::Request::new(
            "listCustomers",
            crate::runtime::Method::GET,
            "/v1/customers",
            "/v1/customers".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "from",
                &self.from_,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "into",
                &self.into_,
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
    ) -> Result<Vec<String>, crate::runtime::Error<ListCustomersError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Vec<String>, crate::runtime::Error<ListCustomersError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListCustomersError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_customers`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListCustomersError {}
/// The request of [`Customers::get_customer`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetCustomer<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetCustomer<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetCustomerError>> {
        let mut request = crate::runtime::Request::new(
            "getCustomer",
            crate::runtime::Method::GET,
            "/v1/customers/{id}",
            format!(
                "/v1/customers/{}", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<GetCustomerError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<GetCustomerError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetCustomerError> {
        response.unexpected()
    }
}
/// The documented error responses of `get_customer`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCustomerError {}
/// The request of [`Customers::clone_`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct CloneRequest<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> CloneRequest<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CloneRequestError>> {
        let mut request = crate::runtime::Request::new(
            "clone",
            crate::runtime::Method::POST,
            "/v1/customers/{id}/clone",
            format!(
                "/v1/customers/{}/clone", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<CloneRequestError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<CloneRequestError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CloneRequestError> {
        response.unexpected()
    }
}
/// The documented error responses of `clone_`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CloneRequestError {}
