// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `orders` operations: request builders and error types.
use crate::runtime as rt;
/// The `orders` operations. Get it with [`Client::orders`](super::Client::orders).
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Orders;
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
    pub fn list_orders(tenant: impl Into<String> = into);
    /// The arguments of [`Orders::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListOrders {
        tenant: String = path_param("tenant"),
    }
    get("listOrders", "/2024-01-01/{tenant}/orders") -> (), ListOrdersError, rt::Empty;
}
rt::errors! {
    /// The documented error responses of `list_orders`, chosen by status code.
    pub enum ListOrdersError {}
}
