// @generated
// Generated from tests/fixtures/types/inline_naming.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `orders` operations: request builders and error types.
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
    pub fn list_orders(&self) -> crate::runtime::Call<'a, ListOrders> {
        crate::runtime::Call::new(
            self.client.core(),
            ListOrders {
                status: None,
                filter: None,
            },
        )
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
    ///         items: vec![
    ///             inline_naming::types::CreateOrderRequestItem { sku : "<sku>".to_owned(),
    ///             quantity : 10, }
    ///         ],
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
    ) -> crate::runtime::Call<'a, CreateOrder> {
        crate::runtime::Call::new(self.client.core(), CreateOrder { body })
    }
}
/// The arguments of [`Orders::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListOrders {
    status: Option<super::types::ListOrdersStatus>,
    filter: Option<super::types::ListOrdersFilter>,
}
impl crate::runtime::Operation for ListOrders {
    type Output = super::types::ListOrdersResponse;
    type Error = ListOrdersError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListOrdersError>> {
        let mut request = crate::runtime::Request::new(
            "listOrders",
            crate::runtime::Method::GET,
            "/orders",
            "/orders".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "status",
                &self.status,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "filter",
                &self.filter,
                crate::runtime::FormStyle::DeepObject,
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
        match response.status.as_u16() {
            422 => {
                let decoded = response.json().map(ListOrdersError::UnprocessableEntity);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
impl<'a> crate::runtime::Call<'a, ListOrders> {
    /// Sets the `status` parameter.
    pub fn status(mut self, value: super::types::ListOrdersStatus) -> Self {
        self.args.status = Some(value);
        self
    }
    /// Sets the `filter` parameter.
    pub fn filter(mut self, value: super::types::ListOrdersFilter) -> Self {
        self.args.filter = Some(value);
        self
    }
}
/// The documented error responses of `list_orders`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersError {
    /// Status 422.
    ///
    /// Validation error.
    UnprocessableEntity(super::types::ListOrdersUnprocessableEntity),
}
/// The arguments of [`Orders::create_order`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct CreateOrder {
    body: super::types::CreateOrderRequest,
}
impl crate::runtime::Operation for CreateOrder {
    type Output = super::types::CreateOrderResponse;
    type Error = CreateOrderError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateOrderError>> {
        let mut request = crate::runtime::Request::new(
            "createOrder",
            crate::runtime::Method::POST,
            "/orders",
            "/orders".to_owned(),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
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
/// The documented error responses of `create_order`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrderError {}
