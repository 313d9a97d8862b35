// @generated
// Generated from tests/fixtures/types/groups.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `customer_portal.customers` operations: request builders and error types.
use crate::runtime as rt;
/// The `customer_portal.customers` operations. Get it with [`Client::customer_portal_customers`](super::Client::customer_portal_customers).
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalCustomers<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl CustomerPortalCustomers;
    /// `GET /v1/portal/customers`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::groups;
    /// let client = groups::Client::builder().build();
    /// let response = client.customer_portal_customers().list_portal_customers().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_portal_customers();
    /// The arguments of [`CustomerPortalCustomers::list_portal_customers`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListPortalCustomers {}
    get("listPortalCustomers", "/v1/portal/customers") -> (), ListPortalCustomersError, rt::Empty {}
}
rt::errors! {
    /// The documented error responses of `list_portal_customers`, chosen by status code.
    pub enum ListPortalCustomersError {}
}
