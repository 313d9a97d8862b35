// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `customers` operations: request builders and error types.
use crate::runtime as rt;
/// The `customers` operations. Get it with [`Client::customers`](super::Client::customers).
#[derive(Debug, Clone, Copy)]
pub struct Customers<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Customers;
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
    pub fn list_customers();
    /// The arguments of [`Customers::list_customers`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListCustomers {
        from_: Option<String> = query("from"),
        into_: Option<String> = query("into"),
    }
    get("listCustomers", "/v1/customers") -> Vec<String>, ListCustomersError, rt::Json;
    setters {
        /// Named like `From::from`.
        from_: impl Into<String> = into,
        /// Sets the `into` parameter.
        into_: impl Into<String> = into,
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
    pub fn get_customer(id: impl Into<String> = into);
    /// The arguments of [`Customers::get_customer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetCustomer {
        id: String = path_param("id"),
    }
    get("getCustomer", "/v1/customers/{id}") -> (), GetCustomerError, rt::Empty;
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
    pub fn clone_(id: impl Into<String> = into);
    /// The arguments of [`Customers::clone_`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CloneRequest {
        id: String = path_param("id"),
    }
    post("clone", "/v1/customers/{id}/clone") -> (), CloneRequestError, rt::Empty;
}
rt::errors! {
    /// The documented error responses of `list_customers`, chosen by status code.
    pub enum ListCustomersError {}
}
/// The documented error responses of `get_customer`: the same as [`ListCustomersError`]'s.
pub type GetCustomerError = ListCustomersError;
/// The documented error responses of `clone_`: the same as [`ListCustomersError`]'s.
pub type CloneRequestError = ListCustomersError;
