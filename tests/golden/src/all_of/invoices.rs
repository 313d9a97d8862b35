// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `invoices` operations: request builders and error types.
use crate::runtime as rt;
/// The `invoices` operations. Get it with [`Client::invoices`](super::Client::invoices).
#[derive(Debug, Clone, Copy)]
pub struct Invoices<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Invoices;
    /// `GET /invoices/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.invoices().get_invoice("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_invoice(id: impl Into<String> = into);
    /// The arguments of [`Invoices::get_invoice`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetInvoice {
        id: String = path_param("id"),
    }
    get("getInvoice", "/invoices/{id}") -> super::types::Invoice, GetInvoiceError, rt::Json;
    /// `POST /invoices`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client
    ///     .invoices()
    ///     .create_invoice(all_of::types::InvoiceCreate {
    ///         customer_id: "<customer_id>".to_owned(),
    ///         currency: "<currency>".to_owned(),
    ///         memo: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_invoice(body: super::types::InvoiceCreate);
    /// The arguments of [`Invoices::create_invoice`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateInvoice {
        body: super::types::InvoiceCreate = json_body("application/json"),
    }
    post("createInvoice", "/invoices")
        -> super::types::InvoiceWithLines, CreateInvoiceError, rt::Json;
}
rt::errors! {
    /// The documented error responses of `get_invoice`, chosen by status code.
    pub enum GetInvoiceError {}
}
/// The documented error responses of `create_invoice`: the same as [`GetInvoiceError`]'s.
pub type CreateInvoiceError = GetInvoiceError;
