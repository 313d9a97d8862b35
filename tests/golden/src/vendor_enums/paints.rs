// @generated
// Generated from tests/fixtures/types/vendor_enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Paints` operations: request builders and error types.
use crate::runtime as rt;
/// The `Paints` operations. Get it with [`Client::paints`](super::Client::paints).
#[derive(Debug, Clone, Copy)]
pub struct Paints<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Paints;
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
    pub fn list_paints();
    /// The arguments of [`Paints::list_paints`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListPaints {
        finish: Option<super::types::PaintFinish> = query("finish"),
    }
    get("listPaints", "/paints") -> Vec<super::types::Paint>, ListPaintsError, rt::Json;
    setters {
        /// Sets the `finish` parameter.
        finish: super::types::PaintFinish,
    }
}
rt::errors! {
    /// The documented error responses of `list_paints`, chosen by status code.
    pub enum ListPaintsError {}
}
