// @generated
// Generated from tests/fixtures/types/shared_inline.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Customers` operations: request builders and error types.
use crate::runtime as rt;
/// The `Customers` operations. Get it with [`Client::customers`](super::Client::customers).
#[derive(Debug, Clone, Copy)]
pub struct Customers<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Customers;
    /// `POST /customers`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::shared_inline;
    /// let client = shared_inline::Client::builder().build();
    /// let response = client
    ///     .customers()
    ///     .create_customer(shared_inline::types::CreateCustomerRequest {
    ///         name: "<name>".to_owned(),
    ///         metadata: None,
    ///         billing: None,
    ///         tag: None,
    ///         extra: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_customer(body: super::types::CreateCustomerRequest);
    /// The arguments of [`Customers::create_customer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateCustomer {
        body: super::types::CreateCustomerRequest = json_body("application/json"),
    }
    post("createCustomer", "/customers") -> (), CreateCustomerError, rt::Empty;
}
rt::errors! {
    /// The documented error responses of `create_customer`, chosen by status code.
    pub enum CreateCustomerError {}
}
