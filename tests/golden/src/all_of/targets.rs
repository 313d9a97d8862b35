// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `targets` operations: request builders and error types.
/// The `targets` operations. Get it with [`Client::targets`](super::Client::targets).
#[derive(Debug, Clone, Copy)]
pub struct Targets<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Targets<'a> {
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
    pub fn get_target(
        &self,
        id: impl Into<String>,
    ) -> crate::runtime::Call<'a, GetTarget> {
        crate::runtime::Call::new(self.client.core(), GetTarget { id: id.into() })
    }
}
/// The arguments of [`Targets::get_target`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetTarget {
    id: String,
}
impl crate::runtime::Operation for GetTarget {
    type Output = super::types::Target;
    type Error = GetTargetError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetTargetError>> {
        let mut request = crate::runtime::Request::new(
            "getTarget",
            crate::runtime::Method::GET,
            "/targets/{id}",
            format!(
                "/targets/{}", crate ::runtime::path_value("id", & self.id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
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
/// The documented error responses of `get_target`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTargetError {}
