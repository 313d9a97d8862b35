// @generated
// Generated from tests/fixtures/types/vendor_enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Paints` operations: request builders and error types.
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
    pub fn list_paints(&self) -> ListPaints<'a> {
        ListPaints {
            client: self.client,
            finish: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Paints::list_paints`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListPaints<'a> {
    client: &'a super::Client,
    finish: Option<super::types::PaintFinish>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListPaints<'a> {
    /// Sets the `finish` parameter.
    pub fn finish(mut self, value: super::types::PaintFinish) -> Self {
        self.finish = Some(value);
        self
    }
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListPaintsError>> {
        let mut request = crate::runtime::Request::new(
            "listPaints",
            crate::runtime::Method::GET,
            "/paints",
            "/paints".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "finish",
                &self.finish,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Vec<super::types::Paint>, crate::runtime::Error<ListPaintsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Vec<super::types::Paint>, crate::runtime::Error<ListPaintsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListPaintsError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_paints`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPaintsError {}
