// @generated
// Generated from tests/fixtures/types/deep_refs.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `companies` operations: request builders and error types.
/// The `companies` operations. Get it with [`Client::companies`](super::Client::companies).
#[derive(Debug, Clone, Copy)]
pub struct Companies<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Companies<'a> {
    /// `GET /companies/{companyId}/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::deep_refs;
    /// let client = deep_refs::Client::builder().build();
    /// let response = client.companies().list_webhooks("<companyId>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_webhooks(&self, company_id: impl Into<String>) -> ListWebhooks<'a> {
        ListWebhooks {
            client: self.client,
            company_id: company_id.into(),
            limit: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `POST /companies/{companyId}/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::deep_refs;
    /// let client = deep_refs::Client::builder().build();
    /// let response = client
    ///     .companies()
    ///     .create_webhook(
    ///         "<companyId>",
    ///         deep_refs::types::Webhooks {
    ///             results: vec![
    ///                 deep_refs::types::Webhook { id : "<id>".to_owned(), company_id :
    ///                 "<companyId>".to_owned(), notifiers : deep_refs::types::Notifier {
    ///                 emails : None, webhook : None, }, rule : None, secondary : None,
    ///                 page_size : None, }
    ///             ],
    ///             legacy: None,
    ///             slashed: None,
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_webhook(
        &self,
        company_id: impl Into<String>,
        body: super::types::GetResponses,
    ) -> CreateWebhook<'a> {
        CreateWebhook {
            client: self.client,
            company_id: company_id.into(),
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Companies::list_webhooks`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListWebhooks<'a> {
    client: &'a super::Client,
    company_id: String,
    limit: Option<super::types::Limit>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListWebhooks<'a> {
    /// Sets the `limit` parameter.
    pub fn limit(mut self, value: super::types::Limit) -> Self {
        self.limit = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListWebhooksError>> {
        let mut request = crate::runtime::Request::new(
            "listWebhooks",
            crate::runtime::Method::GET,
            "/companies/{companyId}/webhooks",
            format!(
                "/companies/{}/webhooks", crate ::runtime::path_value("companyId", & self
                .company_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "limit",
                &self.limit,
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
    ) -> Result<super::types::Webhooks, crate::runtime::Error<ListWebhooksError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Webhooks, crate::runtime::Error<ListWebhooksError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListWebhooksError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_webhooks`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListWebhooksError {}
/// The request of [`Companies::create_webhook`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct CreateWebhook<'a> {
    client: &'a super::Client,
    company_id: String,
    body: super::types::GetResponses,
    options: crate::runtime::RequestOptions,
}
impl<'a> CreateWebhook<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateWebhookError>> {
        let mut request = crate::runtime::Request::new(
            "createWebhook",
            crate::runtime::Method::POST,
            "/companies/{companyId}/webhooks",
            format!(
                "/companies/{}/webhooks", crate ::runtime::path_value("companyId", & self
                .company_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<CreateWebhookError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<CreateWebhookError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CreateWebhookError> {
        response.unexpected()
    }
}
/// The documented error responses of `create_webhook`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateWebhookError {}
