// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `customers` operations: request builders and error types.
/// The `customers` operations. Get it with [`Client::customers`](super::Client::customers).
#[derive(Debug, Clone, Copy)]
pub struct Customers<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Customers<'a> {
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
    pub fn create_customer(
        &self,
        body: super::types::CustomerForm,
    ) -> crate::runtime::Call<'a, CreateCustomer> {
        crate::runtime::Call::new(self.client.core(), CreateCustomer { body })
    }
}
/// The arguments of [`Customers::create_customer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct CreateCustomer {
    body: super::types::CustomerForm,
}
impl crate::runtime::Operation for CreateCustomer {
    type Output = super::types::Customer;
    type Error = CreateCustomerError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateCustomerError>> {
        let mut request = crate::runtime::Request::new(
            "createCustomer",
            crate::runtime::Method::POST,
            "/customers",
            "/customers".to_owned(),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::form(
                    "application/x-www-form-urlencoded",
                    value,
                    &[
                        ("metadata", crate::runtime::FormStyle::DeepObject),
                        ("expand", crate::runtime::FormStyle::DeepObject),
                        ("preferences", crate::runtime::FormStyle::Json),
                        (
                            "tags",
                            crate::runtime::FormStyle::Form {
                                explode: true,
                            },
                        ),
                    ],
                )
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
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
/// The documented error responses of `create_customer`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateCustomerError {}
