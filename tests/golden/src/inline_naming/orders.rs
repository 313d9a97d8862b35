// @generated
// Generated from tests/fixtures/types/inline_naming.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `orders` operations: request builders and error types.
use crate::runtime as rt;
/// The `orders` operations. Get it with [`Client::orders`](super::Client::orders).
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Orders;
    /// `GET /orders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::inline_naming;
    /// let client = inline_naming::Client::builder().build();
    /// let response = client.orders().list_orders().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_orders();
    /// The arguments of [`Orders::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListOrders {
        status: Option<super::types::ListOrdersStatus> = query("status"),
        filter: Option<super::types::ListOrdersFilter> = query_with("filter", rt::FormStyle::DeepObject),
    }
    get("listOrders", "/orders") -> super::types::ListOrdersResponse, ListOrdersError, rt::Json;
    setters {
        /// Sets the `status` parameter.
        status: super::types::ListOrdersStatus,
        /// Sets the `filter` parameter.
        filter: super::types::ListOrdersFilter,
    }
    /// `POST /orders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::inline_naming;
    /// let client = inline_naming::Client::builder().build();
    /// let response = client
    ///     .orders()
    ///     .create_order(inline_naming::types::CreateOrderRequest {
    ///         items: vec![inline_naming::types::CreateOrderRequestItem {
    ///             sku: "<sku>".to_owned(),
    ///             quantity: 10,
    ///         }],
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
    /// The documented error responses of `list_orders`, chosen by status code.
    pub enum ListOrdersError {
        /// Status 422.
        ///
        /// Validation error.
        422 => UnprocessableEntity(super::types::ListOrdersUnprocessableEntity) = json_error,
    }
}
rt::errors! {
    /// The documented error responses of `create_order`, chosen by status code.
    pub enum CreateOrderError {}
}
