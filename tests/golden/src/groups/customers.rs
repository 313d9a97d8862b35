// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `customers` operations: request builders and error types.
use crate::runtime as rt;
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
    pub fn list_customers(&self) -> rt::Call<'a, ListCustomers> {
        self.client.core().call(ListCustomers { from_: None, into_: None })
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
    pub fn get_customer(&self, id: impl Into<String>) -> rt::Call<'a, GetCustomer> {
        self.client.core().call(GetCustomer { id: id.into() })
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
    pub fn clone_(&self, id: impl Into<String>) -> rt::Call<'a, CloneRequest> {
        self.client.core().call(CloneRequest { id: id.into() })
    }
}
/// The arguments of [`Customers::list_customers`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListCustomers {
    from_: Option<String>,
    into_: Option<String>,
}
impl rt::Operation for ListCustomers {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listCustomers", "/v1/customers");
    type Output = Vec<String>;
    type Error = ListCustomersError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("from", &self.from_);
        request.query("into", &self.into_);
        Ok(())
    }
}
rt::setters! {
    ListCustomers {
        /// Named like `From::from`.
        from_: impl Into<String> = into,
        /// Sets the `into` parameter.
        into_: impl Into<String> = into,
    }
}
rt::errors! {
    /// The documented error responses of `list_customers`, chosen by status code.
    pub enum ListCustomersError {}
}
/// The arguments of [`Customers::get_customer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetCustomer {
    id: String,
}
impl rt::Operation for GetCustomer {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getCustomer", "/v1/customers/{id}");
    type Output = ();
    type Error = GetCustomerError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
/// The documented error responses of `get_customer`: the same as [`ListCustomersError`]'s.
pub type GetCustomerError = ListCustomersError;
/// The arguments of [`Customers::clone_`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct CloneRequest {
    id: String,
}
impl rt::Operation for CloneRequest {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post("clone", "/v1/customers/{id}/clone");
    type Output = ();
    type Error = CloneRequestError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
/// The documented error responses of `clone_`: the same as [`ListCustomersError`]'s.
pub type CloneRequestError = ListCustomersError;
