// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `orders` operations: request builders and error types.
/// The `orders` operations. Get it with [`Client::orders`](super::Client::orders).
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Orders<'a> {
    /// `GET /2024-01-01/{tenant}/orders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.orders().list_orders("<tenant>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_orders(
        &self,
        tenant: impl Into<String>,
    ) -> crate::runtime::Call<'a, ListOrders> {
        crate::runtime::Call::new(
            self.client.core(),
            ListOrders {
                tenant: tenant.into(),
            },
        )
    }
}
/// The arguments of [`Orders::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListOrders {
    tenant: String,
}
impl crate::runtime::Operation for ListOrders {
    type Output = ();
    type Error = ListOrdersError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListOrdersError>> {
        let mut request = crate::runtime::Request::new(
            "listOrders",
            crate::runtime::Method::GET,
            "/2024-01-01/{tenant}/orders",
            format!(
                "/2024-01-01/{}/orders", crate ::runtime::path_value("tenant", & self
                .tenant).map_err(crate ::runtime::Error::InvalidRequest) ?
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
/// The documented error responses of `list_orders`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersError {}
