// @generated
// Generated from specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Webhooks` operations: request builders and error types.
/// The `Webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Webhooks<'a> {
    /// List Webhooks
    ///
    /// Returns the account's webhooks, one cursor page at a time.
    ///
    /// `GET /api/v2/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use provider_clients::zendesk;
    /// let client = zendesk::Client::builder()
    ///     .api_token_auth("<user name>", "<password>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.webhooks().list_webhooks().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_webhooks(&self) -> ListWebhooks<'a> {
        ListWebhooks {
            client: self.client,
            page_before: None,
            page_after: None,
            page_size: None,
            filter_name_contains: None,
            filter_status: None,
            sort: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Create or Clone Webhook
    ///
    /// Creates a new webhook from the body, or copies an existing one given clone_webhook_id.
    ///
    /// `POST /api/v2/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::zendesk;
    /// let client = zendesk::Client::builder()
    ///     .api_token_auth("<user name>", "<password>")
    ///     .build();
    /// let response = client.webhooks().create_or_clone_webhook().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_or_clone_webhook(&self) -> CreateOrCloneWebhook<'a> {
        CreateOrCloneWebhook {
            client: self.client,
            clone_webhook_id: None,
            body: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Test Webhook
    ///
    /// Sends a trial request for a new or an existing webhook and reports the outcome.
    ///
    /// `POST /api/v2/webhooks/test`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::zendesk;
    /// let client = zendesk::Client::builder()
    ///     .api_token_auth("<user name>", "<password>")
    ///     .build();
    /// let response = client
    ///     .webhooks()
    ///     .test_webhook(zendesk::types::WebhookTestRequest {
    ///         webhook: zendesk::types::WebhookTestRequestWebhook {
    ///             endpoint: "<endpoint>".to_owned(),
    ///             http_method: None,
    ///             request_format: None,
    ///             authentication: None,
    ///             custom_headers: None,
    ///         },
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn test_webhook(
        &self,
        body: super::types::WebhookTestRequest,
    ) -> TestWebhook<'a> {
        TestWebhook {
            client: self.client,
            webhook_id: None,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Show Webhook
    ///
    /// Fetches a single webhook by its id.
    ///
    /// `GET /api/v2/webhooks/{webhook_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::zendesk;
    /// let client = zendesk::Client::builder()
    ///     .api_token_auth("<user name>", "<password>")
    ///     .build();
    /// let response = client.webhooks().show_webhook("<webhook_id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn show_webhook(&self, webhook_id: impl Into<String>) -> ShowWebhook<'a> {
        ShowWebhook {
            client: self.client,
            webhook_id: webhook_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Update Webhook
    ///
    /// Replaces a webhook's settings; admins may not change external_source or signing_secret.
    ///
    /// `PUT /api/v2/webhooks/{webhook_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::zendesk;
    /// let client = zendesk::Client::builder()
    ///     .api_token_auth("<user name>", "<password>")
    ///     .build();
    /// let response = client
    ///     .webhooks()
    ///     .update_webhook(
    ///         "<webhook_id>",
    ///         zendesk::types::WebhookUpdateRequest {
    ///             webhook: zendesk::types::WebhookCreateRequestWebhook {
    ///                 id: None,
    ///                 name: "<name>".to_owned(),
    ///                 description: None,
    ///                 endpoint: "<endpoint>".to_owned(),
    ///                 http_method: zendesk::types::WebhookHttpMethod::Get,
    ///                 request_format: zendesk::types::WebhookRequestFormat::Json,
    ///                 status: zendesk::types::WebhookStatus::Active,
    ///                 subscriptions: None,
    ///                 authentication: None,
    ///                 custom_headers: None,
    ///                 signing_secret: None,
    ///                 external_source: None,
    ///                 created_at: None,
    ///                 created_by: None,
    ///                 updated_at: None,
    ///                 updated_by: None,
    ///             },
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_webhook(
        &self,
        webhook_id: impl Into<String>,
        body: super::types::WebhookUpdateRequest,
    ) -> UpdateWebhook<'a> {
        UpdateWebhook {
            client: self.client,
            webhook_id: webhook_id.into(),
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Delete Webhook
    ///
    /// Permanently removes a webhook.
    ///
    /// `DELETE /api/v2/webhooks/{webhook_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::zendesk;
    /// let client = zendesk::Client::builder()
    ///     .api_token_auth("<user name>", "<password>")
    ///     .build();
    /// let response = client.webhooks().delete_webhook("<webhook_id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_webhook(&self, webhook_id: impl Into<String>) -> DeleteWebhook<'a> {
        DeleteWebhook {
            client: self.client,
            webhook_id: webhook_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Patch Webhook
    ///
    /// Changes only the supplied webhook fields; admins may not change external_source or signing_secret.
    ///
    /// `PATCH /api/v2/webhooks/{webhook_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::zendesk;
    /// let client = zendesk::Client::builder()
    ///     .api_token_auth("<user name>", "<password>")
    ///     .build();
    /// let response = client
    ///     .webhooks()
    ///     .patch_webhook(
    ///         "<webhook_id>",
    ///         zendesk::types::WebhookPatchRequest {
    ///             webhook: None,
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn patch_webhook(
        &self,
        webhook_id: impl Into<String>,
        body: super::types::WebhookPatchRequest,
    ) -> PatchWebhook<'a> {
        PatchWebhook {
            client: self.client,
            webhook_id: webhook_id.into(),
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Show Webhook Signing Secret
    ///
    /// Reveals the secret used to sign a webhook's requests, except for app-created webhooks.
    ///
    /// `GET /api/v2/webhooks/{webhook_id}/signing_secret`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::zendesk;
    /// let client = zendesk::Client::builder()
    ///     .api_token_auth("<user name>", "<password>")
    ///     .build();
    /// let response = client
    ///     .webhooks()
    ///     .show_webhook_signing_secret("<webhook_id>")
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn show_webhook_signing_secret(
        &self,
        webhook_id: impl Into<String>,
    ) -> ShowWebhookSigningSecret<'a> {
        ShowWebhookSigningSecret {
            client: self.client,
            webhook_id: webhook_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Reset Webhook Signing Secret
    ///
    /// Generates a fresh signing secret for a webhook, except for app-created webhooks.
    ///
    /// `POST /api/v2/webhooks/{webhook_id}/signing_secret`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::zendesk;
    /// let client = zendesk::Client::builder()
    ///     .api_token_auth("<user name>", "<password>")
    ///     .build();
    /// let response = client
    ///     .webhooks()
    ///     .reset_webhook_signing_secret("<webhook_id>")
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn reset_webhook_signing_secret(
        &self,
        webhook_id: impl Into<String>,
    ) -> ResetWebhookSigningSecret<'a> {
        ResetWebhookSigningSecret {
            client: self.client,
            webhook_id: webhook_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Webhooks::list_webhooks`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListWebhooks<'a> {
    client: &'a super::Client,
    page_before: Option<String>,
    page_after: Option<String>,
    page_size: Option<i64>,
    filter_name_contains: Option<String>,
    filter_status: Option<super::types::WebhookPatchRequestWebhookStatus>,
    sort: Option<super::types::ListWebhooksSort>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListWebhooks<'a> {
    /// Cursor (a prior meta.before_cursor) to fetch the preceding page; not combinable with page\[after\].
    pub fn page_before(mut self, value: impl Into<String>) -> Self {
        self.page_before = Some(value.into());
        self
    }
    /// Cursor (a prior meta.after_cursor) to fetch the following page; not combinable with page\[before\].
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.page_after = Some(value.into());
        self
    }
    /// Number of records per page, at most 100.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Only return webhooks whose name includes this text.
    pub fn filter_name_contains(mut self, value: impl Into<String>) -> Self {
        self.filter_name_contains = Some(value.into());
        self
    }
    /// Only return webhooks in this status.
    pub fn filter_status(
        mut self,
        value: super::types::WebhookPatchRequestWebhookStatus,
    ) -> Self {
        self.filter_status = Some(value);
        self
    }
    /// Field to order the results by (name or status).
    pub fn sort(mut self, value: super::types::ListWebhooksSort) -> Self {
        self.sort = Some(value);
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
            "/api/v2/webhooks",
            "/api/v2/webhooks".to_owned(),
        );
        request.security = &[&["apiTokenAuth"]];
        crate::runtime::push_query(
                &mut request.query,
                "page[before]",
                &self.page_before,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "page[after]",
                &self.page_after,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "page[size]",
                &self.page_size,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "filter[name_contains]",
                &self.filter_name_contains,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "filter[status]",
                &self.filter_status,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "sort",
                &self.sort,
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
    ) -> Result<
        super::types::WebhookListResponse,
        crate::runtime::Error<ListWebhooksError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookListResponse,
        crate::runtime::Error<ListWebhooksError>,
    > {
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
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Webhook>,
            crate::runtime::Error<ListWebhooksError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Token(token)) = cursor {
                    builder.page_after = Some(token);
                    builder.page_before = None;
                }
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "webhooks")?;
                let next = crate::runtime::next_cursor(
                    &page,
                    "meta.after_cursor",
                    Some("meta.has_more"),
                );
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Webhook, crate::runtime::Error<ListWebhooksError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_webhooks`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListWebhooksError {}
/// The request of [`Webhooks::create_or_clone_webhook`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct CreateOrCloneWebhook<'a> {
    client: &'a super::Client,
    clone_webhook_id: Option<String>,
    body: Option<super::types::WebhookCreateRequest>,
    options: crate::runtime::RequestOptions,
}
impl<'a> CreateOrCloneWebhook<'a> {
    /// Id of an existing webhook to copy; omit when creating.
    pub fn clone_webhook_id(mut self, value: impl Into<String>) -> Self {
        self.clone_webhook_id = Some(value.into());
        self
    }
    /// New webhook definition; leave out when cloning.
    pub fn body(mut self, value: super::types::WebhookCreateRequest) -> Self {
        self.body = Some(value);
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
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<CreateOrCloneWebhookError>,
    > {
        let mut request = crate::runtime::Request::new(
            "createOrCloneWebhook",
            crate::runtime::Method::POST,
            "/api/v2/webhooks",
            "/api/v2/webhooks".to_owned(),
        );
        request.security = &[&["apiTokenAuth"]];
        crate::runtime::push_query(
                &mut request.query,
                "clone_webhook_id",
                &self.clone_webhook_id,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        if let Some(value) = &self.body {
            request.body = Some(
                crate::runtime::Body::json("application/json", value)
                    .map_err(crate::runtime::Error::InvalidRequest)?,
            );
        }
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookResponse,
        crate::runtime::Error<CreateOrCloneWebhookError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookResponse,
        crate::runtime::Error<CreateOrCloneWebhookError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CreateOrCloneWebhookError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(CreateOrCloneWebhookError::BadRequest);
                response.api_error(decoded)
            }
            403 => {
                let decoded = response.json().map(CreateOrCloneWebhookError::Forbidden);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `create_or_clone_webhook`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrCloneWebhookError {
    /// Status 400.
    ///
    /// The request was malformed or invalid.
    BadRequest(super::types::ErrorResponse),
    /// Status 403.
    ///
    /// Not permitted, e.g. the trial account's webhook quota is used up.
    Forbidden(super::types::ErrorResponse),
}
/// The request of [`Webhooks::test_webhook`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct TestWebhook<'a> {
    client: &'a super::Client,
    webhook_id: Option<String>,
    body: super::types::WebhookTestRequest,
    options: crate::runtime::RequestOptions,
}
impl<'a> TestWebhook<'a> {
    /// Id of a saved webhook to test; omit for an unsaved one.
    pub fn webhook_id(mut self, value: impl Into<String>) -> Self {
        self.webhook_id = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<TestWebhookError>> {
        let mut request = crate::runtime::Request::new(
            "testWebhook",
            crate::runtime::Method::POST,
            "/api/v2/webhooks/test",
            "/api/v2/webhooks/test".to_owned(),
        );
        request.security = &[&["apiTokenAuth"]];
        crate::runtime::push_query(
                &mut request.query,
                "webhook_id",
                &self.webhook_id,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookTestResponse,
        crate::runtime::Error<TestWebhookError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookTestResponse,
        crate::runtime::Error<TestWebhookError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<TestWebhookError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(TestWebhookError::BadRequest);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `test_webhook`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum TestWebhookError {
    /// Status 400.
    ///
    /// The request was malformed or invalid.
    BadRequest(super::types::ErrorResponse),
}
/// The request of [`Webhooks::show_webhook`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ShowWebhook<'a> {
    client: &'a super::Client,
    webhook_id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> ShowWebhook<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ShowWebhookError>> {
        let mut request = crate::runtime::Request::new(
            "showWebhook",
            crate::runtime::Method::GET,
            "/api/v2/webhooks/{webhook_id}",
            format!(
                "/api/v2/webhooks/{}", crate ::runtime::path_value("webhook_id", & self
                .webhook_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["apiTokenAuth"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::WebhookResponse, crate::runtime::Error<ShowWebhookError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::WebhookResponse, crate::runtime::Error<ShowWebhookError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ShowWebhookError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(ShowWebhookError::BadRequest);
                response.api_error(decoded)
            }
            404 => {
                let decoded = response.json().map(ShowWebhookError::NotFound);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `show_webhook`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ShowWebhookError {
    /// Status 400.
    ///
    /// The request was malformed or invalid.
    BadRequest(super::types::ErrorResponse),
    /// Status 404.
    ///
    /// No webhook has this id.
    NotFound(super::types::ErrorResponse),
}
/// The request of [`Webhooks::update_webhook`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct UpdateWebhook<'a> {
    client: &'a super::Client,
    webhook_id: String,
    body: super::types::WebhookUpdateRequest,
    options: crate::runtime::RequestOptions,
}
impl<'a> UpdateWebhook<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<UpdateWebhookError>> {
        let mut request = crate::runtime::Request::new(
            "updateWebhook",
            crate::runtime::Method::PUT,
            "/api/v2/webhooks/{webhook_id}",
            format!(
                "/api/v2/webhooks/{}", crate ::runtime::path_value("webhook_id", & self
                .webhook_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["apiTokenAuth"]];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<UpdateWebhookError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<UpdateWebhookError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<UpdateWebhookError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(UpdateWebhookError::BadRequest);
                response.api_error(decoded)
            }
            404 => {
                let decoded = response.json().map(UpdateWebhookError::NotFound);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `update_webhook`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateWebhookError {
    /// Status 400.
    ///
    /// The request was malformed or invalid.
    BadRequest(super::types::ErrorResponse),
    /// Status 404.
    ///
    /// No webhook has this id.
    NotFound(super::types::ErrorResponse),
}
/// The request of [`Webhooks::delete_webhook`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct DeleteWebhook<'a> {
    client: &'a super::Client,
    webhook_id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> DeleteWebhook<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<DeleteWebhookError>> {
        let mut request = crate::runtime::Request::new(
            "deleteWebhook",
            crate::runtime::Method::DELETE,
            "/api/v2/webhooks/{webhook_id}",
            format!(
                "/api/v2/webhooks/{}", crate ::runtime::path_value("webhook_id", & self
                .webhook_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["apiTokenAuth"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<DeleteWebhookError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<DeleteWebhookError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<DeleteWebhookError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(DeleteWebhookError::BadRequest);
                response.api_error(decoded)
            }
            404 => {
                let decoded = response.json().map(DeleteWebhookError::NotFound);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `delete_webhook`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteWebhookError {
    /// Status 400.
    ///
    /// The request was malformed or invalid.
    BadRequest(super::types::ErrorResponse),
    /// Status 404.
    ///
    /// No webhook has this id.
    NotFound(super::types::ErrorResponse),
}
/// The request of [`Webhooks::patch_webhook`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct PatchWebhook<'a> {
    client: &'a super::Client,
    webhook_id: String,
    body: super::types::WebhookPatchRequest,
    options: crate::runtime::RequestOptions,
}
impl<'a> PatchWebhook<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<PatchWebhookError>> {
        let mut request = crate::runtime::Request::new(
            "patchWebhook",
            crate::runtime::Method::PATCH,
            "/api/v2/webhooks/{webhook_id}",
            format!(
                "/api/v2/webhooks/{}", crate ::runtime::path_value("webhook_id", & self
                .webhook_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["apiTokenAuth"]];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<PatchWebhookError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<PatchWebhookError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<PatchWebhookError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(PatchWebhookError::BadRequest);
                response.api_error(decoded)
            }
            404 => {
                let decoded = response.json().map(PatchWebhookError::NotFound);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `patch_webhook`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchWebhookError {
    /// Status 400.
    ///
    /// The request was malformed or invalid.
    BadRequest(super::types::ErrorResponse),
    /// Status 404.
    ///
    /// No webhook has this id.
    NotFound(super::types::ErrorResponse),
}
/// The request of [`Webhooks::show_webhook_signing_secret`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ShowWebhookSigningSecret<'a> {
    client: &'a super::Client,
    webhook_id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> ShowWebhookSigningSecret<'a> {
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
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<ShowWebhookSigningSecretError>,
    > {
        let mut request = crate::runtime::Request::new(
            "showWebhookSigningSecret",
            crate::runtime::Method::GET,
            "/api/v2/webhooks/{webhook_id}/signing_secret",
            format!(
                "/api/v2/webhooks/{}/signing_secret", crate
                ::runtime::path_value("webhook_id", & self.webhook_id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["apiTokenAuth"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookSigningSecretResponse,
        crate::runtime::Error<ShowWebhookSigningSecretError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookSigningSecretResponse,
        crate::runtime::Error<ShowWebhookSigningSecretError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ShowWebhookSigningSecretError> {
        match response.status.as_u16() {
            403 => {
                let decoded = response
                    .json()
                    .map(ShowWebhookSigningSecretError::Forbidden);
                response.api_error(decoded)
            }
            404 => {
                let decoded = response
                    .json()
                    .map(ShowWebhookSigningSecretError::NotFound);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `show_webhook_signing_secret`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ShowWebhookSigningSecretError {
    /// Status 403.
    ///
    /// The caller may not read this secret.
    Forbidden(super::types::ErrorResponse),
    /// Status 404.
    ///
    /// No webhook has this id.
    NotFound(super::types::ErrorResponse),
}
/// The request of [`Webhooks::reset_webhook_signing_secret`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ResetWebhookSigningSecret<'a> {
    client: &'a super::Client,
    webhook_id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> ResetWebhookSigningSecret<'a> {
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
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<ResetWebhookSigningSecretError>,
    > {
        let mut request = crate::runtime::Request::new(
            "resetWebhookSigningSecret",
            crate::runtime::Method::POST,
            "/api/v2/webhooks/{webhook_id}/signing_secret",
            format!(
                "/api/v2/webhooks/{}/signing_secret", crate
                ::runtime::path_value("webhook_id", & self.webhook_id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["apiTokenAuth"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookSigningSecretResponse,
        crate::runtime::Error<ResetWebhookSigningSecretError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookSigningSecretResponse,
        crate::runtime::Error<ResetWebhookSigningSecretError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ResetWebhookSigningSecretError> {
        match response.status.as_u16() {
            403 => {
                let decoded = response
                    .json()
                    .map(ResetWebhookSigningSecretError::Forbidden);
                response.api_error(decoded)
            }
            404 => {
                let decoded = response
                    .json()
                    .map(ResetWebhookSigningSecretError::NotFound);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `reset_webhook_signing_secret`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ResetWebhookSigningSecretError {
    /// Status 403.
    ///
    /// The caller may not reset this secret.
    Forbidden(super::types::ErrorResponse),
    /// Status 404.
    ///
    /// No webhook has this id.
    NotFound(super::types::ErrorResponse),
}
