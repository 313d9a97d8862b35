// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `invoices` operations: request builders and error types.
use crate::runtime as rt;
/// The `invoices` operations. Get it with [`Client::invoices`](super::Client::invoices).
#[derive(Debug, Clone, Copy)]
pub struct Invoices<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Invoices<'a> {
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
    pub fn get_invoice(&self, id: impl Into<String>) -> rt::Call<'a, GetInvoice> {
        self.client.core().call(GetInvoice { id: id.into() })
    }
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
    pub fn create_invoice(&self, body: super::types::InvoiceCreate) -> rt::Call<'a, CreateInvoice> {
        self.client.core().call(CreateInvoice { body })
    }
}
/// The arguments of [`Invoices::get_invoice`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetInvoice {
    id: String,
}
impl rt::Operation for GetInvoice {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getInvoice", "/invoices/{id}");
    type Output = super::types::Invoice;
    type Error = GetInvoiceError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `get_invoice`, chosen by status code.
    pub enum GetInvoiceError {}
}
/// The arguments of [`Invoices::create_invoice`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct CreateInvoice {
    body: super::types::InvoiceCreate,
}
impl rt::Operation for CreateInvoice {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post("createInvoice", "/invoices");
    type Output = super::types::InvoiceWithLines;
    type Error = CreateInvoiceError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
/// The documented error responses of `create_invoice`: the same as [`GetInvoiceError`]'s.
pub type CreateInvoiceError = GetInvoiceError;
