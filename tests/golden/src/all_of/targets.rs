// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `targets` operations: request builders and error types.
use crate::runtime as rt;
/// The `targets` operations. Get it with [`Client::targets`](super::Client::targets).
#[derive(Debug, Clone, Copy)]
pub struct Targets<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Targets;
    /// `GET /targets/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::all_of;
    /// let client = all_of::Client::builder().build();
    /// let response = client.targets().get_target("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_target(id: impl Into<String> = into);
    /// The arguments of [`Targets::get_target`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetTarget {
        id: String = path_param("id"),
    }
    get("getTarget", "/targets/{id}") -> super::types::Target, GetTargetError, rt::Json;
}
rt::errors! {
    /// The documented error responses of `get_target`, chosen by status code.
    pub enum GetTargetError {}
}
