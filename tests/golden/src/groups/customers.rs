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
    pub fn list_customers(&self) -> crate::runtime::Call<'a, ListCustomers> {
        crate::runtime::Call::new(
            self.client.core(),
            ListCustomers {
                from_: None,
                into_: None,
            },
        )
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
    pub fn get_customer(
        &self,
        id: impl Into<String>,
    ) -> crate::runtime::Call<'a, GetCustomer> {
        crate::runtime::Call::new(self.client.core(), GetCustomer { id: id.into() })
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
    pub fn clone_(
        &self,
        id: impl Into<String>,
    ) -> crate::runtime::Call<'a, CloneRequest> {
        crate::runtime::Call::new(self.client.core(), CloneRequest { id: id.into() })
    }
}
/// The arguments of [`Customers::list_customers`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListCustomers {
    from_: Option<String>,
    into_: Option<String>,
}
impl crate::runtime::Operation for ListCustomers {
    type Output = Vec<String>;
    type Error = ListCustomersError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "into",
                &self.into_,
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
impl<'a> crate::runtime::Call<'a, ListCustomers> {
    /// Named like `From::from`.
    pub fn from_(mut self, value: impl Into<String>) -> Self {
        self.args.from_ = Some(value.into());
        self
    }
    /// Sets the `into` parameter.
    pub fn into_(mut self, value: impl Into<String>) -> Self {
        self.args.into_ = Some(value.into());
        self
    }
}
/// The documented error responses of `list_customers`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListCustomersError {}
/// The arguments of [`Customers::get_customer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetCustomer {
    id: String,
}
impl crate::runtime::Operation for GetCustomer {
    type Output = ();
    type Error = GetCustomerError;
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
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        let _ = response;
        Ok(())
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
/// The documented error responses of `get_customer`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCustomerError {}
/// The arguments of [`Customers::clone_`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct CloneRequest {
    id: String,
}
impl crate::runtime::Operation for CloneRequest {
    type Output = ();
    type Error = CloneRequestError;
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
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        let _ = response;
        Ok(())
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
/// The documented error responses of `clone_`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CloneRequestError {}
