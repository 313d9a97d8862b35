// @generated
// Generated from tests/fixtures/types/shared_inline.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Orders` operations: request builders and error types.
use crate::runtime as rt;
/// The `Orders` operations. Get it with [`Client::orders`](super::Client::orders).
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Orders;
    /// `POST /orders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::shared_inline;
    /// let client = shared_inline::Client::builder().build();
    /// let response = client
    ///     .orders()
    ///     .create_order(shared_inline::types::CreateOrderRequest {
    ///         metadata: None,
    ///         shipping: None,
    ///         tag: None,
    ///         details: None,
    ///         once: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_order(body: super::types::CreateOrderRequest);
    /// The arguments of [`Orders::create_order`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateOrder {
        body: super::types::CreateOrderRequest = json_body("application/json"),
    }
    post("createOrder", "/orders") -> super::types::CreateOrderResponse, CreateOrderError, rt::Json;
}
rt::errors! {
    /// The documented error responses of `create_order`, chosen by status code.
    pub enum CreateOrderError {}
}
