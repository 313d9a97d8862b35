// @generated
// Generated from tests/fixtures/types/inline_naming.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `orders` operations: request builders and error types.
use crate::runtime as rt;
/// The `orders` operations. Get it with [`Client::orders`](super::Client::orders).
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Orders<'a> {
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
    pub fn list_orders(&self) -> rt::Call<'a, ListOrders> {
        self.client.core().call(ListOrders { status: None, filter: None })
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
    pub fn create_order(
        &self,
        body: super::types::CreateOrderRequest,
    ) -> rt::Call<'a, CreateOrder> {
        self.client.core().call(CreateOrder { body })
    }
}
/// The arguments of [`Orders::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListOrders {
    status: Option<super::types::ListOrdersStatus>,
    filter: Option<super::types::ListOrdersFilter>,
}
impl rt::Operation for ListOrders {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listOrders", "/orders");
    type Output = super::types::ListOrdersResponse;
    type Error = ListOrdersError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("status", &self.status);
        request.query_with("filter", &self.filter, rt::FormStyle::DeepObject);
        Ok(())
    }
}
rt::setters! {
    ListOrders {
        /// Sets the `status` parameter.
        status: super::types::ListOrdersStatus,
        /// Sets the `filter` parameter.
        filter: super::types::ListOrdersFilter,
    }
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
/// The arguments of [`Orders::create_order`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct CreateOrder {
    body: super::types::CreateOrderRequest,
}
impl rt::Operation for CreateOrder {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post("createOrder", "/orders");
    type Output = super::types::CreateOrderResponse;
    type Error = CreateOrderError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `create_order`, chosen by status code.
    pub enum CreateOrderError {}
}
