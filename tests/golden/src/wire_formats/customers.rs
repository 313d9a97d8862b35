// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `customers` operations: request builders and error types.
use crate::runtime as rt;
/// The `customers` operations. Get it with [`Client::customers`](super::Client::customers).
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
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let response = client
    ///     .customers()
    ///     .create_customer(wire_formats::types::CustomerForm {
    ///         email: "<email>".to_owned(),
    ///         address: None,
    ///         items: None,
    ///         metadata: None,
    ///         expand: None,
    ///         preferences: None,
    ///         tags: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_customer(body: super::types::CustomerForm);
    /// The arguments of [`Customers::create_customer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateCustomer {
        body: super::types::CustomerForm,
    }
    post("createCustomer", "/customers") -> super::types::Customer, CreateCustomerError, rt::Json {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            let value = &self.body;
            request.body = Some(
                rt::Body::form(
                    "application/x-www-form-urlencoded",
                    value,
                    &[
                        ("metadata", rt::FormStyle::DeepObject),
                        ("expand", rt::FormStyle::DeepObject),
                        ("preferences", rt::FormStyle::Json),
                        ("tags", rt::FormStyle::Form { explode: true }),
                    ],
                )?,
            );
            Ok(())
        }
    }
}
rt::errors! {
    /// The documented error responses of `create_customer`, chosen by status code.
    pub enum CreateCustomerError {}
}
