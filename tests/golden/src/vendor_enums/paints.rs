// @generated
// Generated from tests/fixtures/types/vendor_enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Paints` operations: request builders and error types.
use crate::runtime as rt;
/// The `Paints` operations. Get it with [`Client::paints`](super::Client::paints).
#[derive(Debug, Clone, Copy)]
pub struct Paints<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Paints<'a> {
    /// `GET /paints`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::vendor_enums;
    /// let client = vendor_enums::Client::builder().build();
    /// let response = client.paints().list_paints().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_paints(&self) -> rt::Call<'a, ListPaints> {
        self.client.core().call(ListPaints { finish: None })
    }
}
/// The arguments of [`Paints::list_paints`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListPaints {
    finish: Option<super::types::PaintFinish>,
}
impl rt::Operation for ListPaints {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listPaints", "/paints");
    type Output = Vec<super::types::Paint>;
    type Error = ListPaintsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("finish", &self.finish);
        Ok(())
    }
}
rt::setters! {
    ListPaints {
        /// Sets the `finish` parameter.
        finish: super::types::PaintFinish,
    }
}
rt::errors! {
    /// The documented error responses of `list_paints`, chosen by status code.
    pub enum ListPaintsError {}
}
