// @generated
// Generated from specs/ultracart.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhook` operations: request builders and error types.
/// The `webhook` operations. Get it with [`Client::webhook`](super::Client::webhook).
#[derive(Debug, Clone, Copy)]
pub struct Webhook<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Webhook<'a> {
    /// List webhooks
    ///
    /// Lists the webhooks owned by the calling application.
    ///
    /// `GET /webhook/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use provider_clients::ultracart;
    /// let client = ultracart::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.webhook().webhook_webhooks_get().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn webhook_webhooks_get(&self) -> WebhookWebhooksGet<'a> {
        WebhookWebhooksGet {
            client: self.client,
            limit: None,
            offset: None,
            sort: None,
            placeholders: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Create a webhook
    ///
    /// Registers a new webhook; missing basic-auth credentials are generated and returned.
    ///
    /// `POST /webhook/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::ultracart;
    /// let client = ultracart::Client::builder().bearer_token("<access token>").build();
    /// let response = client
    ///     .webhook()
    ///     .webhook_webhooks_post(ultracart::types::Webhook {
    ///         api_user_oid: None,
    ///         api_version: None,
    ///         application_profile: None,
    ///         authentication_type: None,
    ///         basic_password: None,
    ///         basic_username: None,
    ///         compress_events: None,
    ///         consecutive_failures: None,
    ///         disabled: None,
    ///         event_categories: None,
    ///         iam_access_key: None,
    ///         iam_secret_key: None,
    ///         maximum_events: None,
    ///         maximum_size: None,
    ///         merchant_id: None,
    ///         next_retry_after: None,
    ///         pending: None,
    ///         webhook_oid: None,
    ///         webhook_url: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn webhook_webhooks_post(
        &self,
        body: super::types::Webhook,
    ) -> WebhookWebhooksPost<'a> {
        WebhookWebhooksPost {
            client: self.client,
            placeholders: None,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Change a webhook
    ///
    /// Replaces the settings of an existing webhook.
    ///
    /// `PUT /webhook/webhooks/{webhookOid}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::ultracart;
    /// let client = ultracart::Client::builder().bearer_token("<access token>").build();
    /// let response = client
    ///     .webhook()
    ///     .webhook_webhooks_webhook_oid_put(
    ///         10,
    ///         ultracart::types::Webhook {
    ///             api_user_oid: None,
    ///             api_version: None,
    ///             application_profile: None,
    ///             authentication_type: None,
    ///             basic_password: None,
    ///             basic_username: None,
    ///             compress_events: None,
    ///             consecutive_failures: None,
    ///             disabled: None,
    ///             event_categories: None,
    ///             iam_access_key: None,
    ///             iam_secret_key: None,
    ///             maximum_events: None,
    ///             maximum_size: None,
    ///             merchant_id: None,
    ///             next_retry_after: None,
    ///             pending: None,
    ///             webhook_oid: None,
    ///             webhook_url: None,
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn webhook_webhooks_webhook_oid_put(
        &self,
        webhook_oid: i32,
        body: super::types::Webhook,
    ) -> WebhookWebhooksWebhookOidPut<'a> {
        WebhookWebhooksWebhookOidPut {
            client: self.client,
            webhook_oid,
            placeholders: None,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Remove a webhook
    ///
    /// Removes a webhook from the account.
    ///
    /// `DELETE /webhook/webhooks/{webhookOid}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::ultracart;
    /// let client = ultracart::Client::builder().bearer_token("<access token>").build();
    /// let response = client
    ///     .webhook()
    ///     .webhook_webhooks_webhook_oid_delete(10)
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn webhook_webhooks_webhook_oid_delete(
        &self,
        webhook_oid: i32,
    ) -> WebhookWebhooksWebhookOidDelete<'a> {
        WebhookWebhooksWebhookOidDelete {
            client: self.client,
            webhook_oid,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// List delivery log summaries
    ///
    /// Lists short summaries of the delivery logs kept for one webhook.
    ///
    /// `GET /webhook/webhooks/{webhookOid}/logs`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use provider_clients::ultracart;
    /// let client = ultracart::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(
    ///     client.webhook().webhook_webhooks_webhook_oid_logs_get(10).items()
    /// );
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn webhook_webhooks_webhook_oid_logs_get(
        &self,
        webhook_oid: i32,
    ) -> WebhookWebhooksWebhookOidLogsGet<'a> {
        WebhookWebhooksWebhookOidLogsGet {
            client: self.client,
            webhook_oid,
            limit: None,
            offset: None,
            since: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Fetch one delivery log
    ///
    /// Fetches the full log of a single delivery attempt.
    ///
    /// `GET /webhook/webhooks/{webhookOid}/logs/{requestId}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::ultracart;
    /// let client = ultracart::Client::builder().bearer_token("<access token>").build();
    /// let response = client
    ///     .webhook()
    ///     .webhook_webhooks_webhook_oid_logs_request_id_get(10, "<requestId>")
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn webhook_webhooks_webhook_oid_logs_request_id_get(
        &self,
        webhook_oid: i32,
        request_id: impl Into<String>,
    ) -> WebhookWebhooksWebhookOidLogsRequestIdGet<'a> {
        WebhookWebhooksWebhookOidLogsRequestIdGet {
            client: self.client,
            webhook_oid,
            request_id: request_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Reflow events to a webhook
    ///
    /// Queues existing records to be sent again to the webhook as the named event.
    ///
    /// `POST /webhook/webhooks/{webhookOid}/reflow/{eventName}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::ultracart;
    /// let client = ultracart::Client::builder().bearer_token("<access token>").build();
    /// let response = client
    ///     .webhook()
    ///     .webhook_webhooks_webhook_oid_reflow_event_name_post(10, "<eventName>")
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn webhook_webhooks_webhook_oid_reflow_event_name_post(
        &self,
        webhook_oid: i32,
        event_name: impl Into<String>,
    ) -> WebhookWebhooksWebhookOidReflowEventNamePost<'a> {
        WebhookWebhooksWebhookOidReflowEventNamePost {
            client: self.client,
            webhook_oid,
            event_name: event_name.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Webhook::webhook_webhooks_get`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct WebhookWebhooksGet<'a> {
    client: &'a super::Client,
    limit: Option<i64>,
    offset: Option<i64>,
    sort: Option<String>,
    placeholders: Option<bool>,
    options: crate::runtime::RequestOptions,
}
impl<'a> WebhookWebhooksGet<'a> {
    /// Largest number of records this call returns.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Zero-based position of the first record to return.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Ordering to apply to the returned webhooks.
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }
    /// Fill in placeholder values, handy for user interfaces.
    pub fn placeholders(mut self, value: bool) -> Self {
        self.placeholders = Some(value);
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
        crate::runtime::Error<WebhookWebhooksGetError>,
    > {
        let mut request = crate::runtime::Request::new(
            "getWebhooks",
            crate::runtime::Method::GET,
            "/webhook/webhooks",
            "/webhook/webhooks".to_owned(),
        );
        request.security = &[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]];
        crate::runtime::push_query(
                &mut request.query,
                "_limit",
                &self.limit,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_offset",
                &self.offset,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_sort",
                &self.sort,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_placeholders",
                &self.placeholders,
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
        super::types::WebhooksResponse,
        crate::runtime::Error<WebhookWebhooksGetError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhooksResponse,
        crate::runtime::Error<WebhookWebhooksGetError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<WebhookWebhooksGetError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(WebhookWebhooksGetError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response.json().map(WebhookWebhooksGetError::Unauthorized);
                response.api_error(decoded)
            }
            410 => {
                let decoded = response.json().map(WebhookWebhooksGetError::Gone);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksGetError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksGetError::InternalServerError);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Webhook>,
            crate::runtime::Error<WebhookWebhooksGetError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Offset(n)) = cursor {
                    builder.offset = Some(
                        n
                            .try_into()
                            .map_err(|_| crate::runtime::Error::InvalidRequest(
                                "offset out of range".into(),
                            ))?,
                    );
                }
                let current = builder
                    .offset
                    .and_then(|p| u64::try_from(p).ok())
                    .unwrap_or(0);
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "webhooks")?;
                let next = crate::runtime::next_offset(
                    &page,
                    current,
                    builder.limit.and_then(|l| u64::try_from(l).ok()),
                    Some("metadata.result_set.more"),
                    Some("metadata.result_set.next_offset"),
                );
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            super::types::Webhook,
            crate::runtime::Error<WebhookWebhooksGetError>,
        >,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `webhook_webhooks_get`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookWebhooksGetError {
    /// Status 400.
    ///
    /// The request was malformed, for example the JSON could not be parsed.
    BadRequest(super::types::ErrorResponse),
    /// Status 401.
    ///
    /// The supplied credentials were not accepted.
    Unauthorized(super::types::ErrorResponse),
    /// Status 410.
    ///
    /// UltraCart has switched off the calling application.
    Gone(super::types::ErrorResponse),
    /// Status 429.
    ///
    /// The application sent too many requests; slow down.
    TooManyRequests(super::types::ErrorResponse),
    /// Status 500.
    ///
    /// Something failed on the UltraCart side.
    InternalServerError(super::types::ErrorResponse),
}
/// The request of [`Webhook::webhook_webhooks_post`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct WebhookWebhooksPost<'a> {
    client: &'a super::Client,
    placeholders: Option<bool>,
    body: super::types::Webhook,
    options: crate::runtime::RequestOptions,
}
impl<'a> WebhookWebhooksPost<'a> {
    /// Fill in placeholder values, handy for user interfaces.
    pub fn placeholders(mut self, value: bool) -> Self {
        self.placeholders = Some(value);
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
        crate::runtime::Error<WebhookWebhooksPostError>,
    > {
        let mut request = crate::runtime::Request::new(
            "insertWebhook",
            crate::runtime::Method::POST,
            "/webhook/webhooks",
            "/webhook/webhooks".to_owned(),
        );
        request.security = &[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]];
        crate::runtime::push_query(
                &mut request.query,
                "_placeholders",
                &self.placeholders,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json; charset=UTF-8", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookResponse,
        crate::runtime::Error<WebhookWebhooksPostError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookResponse,
        crate::runtime::Error<WebhookWebhooksPostError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<WebhookWebhooksPostError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(WebhookWebhooksPostError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksPostError::Unauthorized);
                response.api_error(decoded)
            }
            410 => {
                let decoded = response.json().map(WebhookWebhooksPostError::Gone);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksPostError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksPostError::InternalServerError);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `webhook_webhooks_post`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookWebhooksPostError {
    /// Status 400.
    ///
    /// The request was malformed, for example the JSON could not be parsed.
    BadRequest(super::types::ErrorResponse),
    /// Status 401.
    ///
    /// The supplied credentials were not accepted.
    Unauthorized(super::types::ErrorResponse),
    /// Status 410.
    ///
    /// UltraCart has switched off the calling application.
    Gone(super::types::ErrorResponse),
    /// Status 429.
    ///
    /// The application sent too many requests; slow down.
    TooManyRequests(super::types::ErrorResponse),
    /// Status 500.
    ///
    /// Something failed on the UltraCart side.
    InternalServerError(super::types::ErrorResponse),
}
/// The request of [`Webhook::webhook_webhooks_webhook_oid_put`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct WebhookWebhooksWebhookOidPut<'a> {
    client: &'a super::Client,
    webhook_oid: i32,
    placeholders: Option<bool>,
    body: super::types::Webhook,
    options: crate::runtime::RequestOptions,
}
impl<'a> WebhookWebhooksWebhookOidPut<'a> {
    /// Fill in placeholder values, handy for user interfaces.
    pub fn placeholders(mut self, value: bool) -> Self {
        self.placeholders = Some(value);
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
        crate::runtime::Error<WebhookWebhooksWebhookOidPutError>,
    > {
        let mut request = crate::runtime::Request::new(
            "updateWebhook",
            crate::runtime::Method::PUT,
            "/webhook/webhooks/{webhookOid}",
            format!(
                "/webhook/webhooks/{}", crate ::runtime::path_value("webhookOid", & self
                .webhook_oid).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]];
        crate::runtime::push_query(
                &mut request.query,
                "_placeholders",
                &self.placeholders,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json; charset=UTF-8", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookResponse,
        crate::runtime::Error<WebhookWebhooksWebhookOidPutError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookResponse,
        crate::runtime::Error<WebhookWebhooksWebhookOidPutError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<WebhookWebhooksWebhookOidPutError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidPutError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidPutError::Unauthorized);
                response.api_error(decoded)
            }
            410 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidPutError::Gone);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidPutError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidPutError::InternalServerError);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_put`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookWebhooksWebhookOidPutError {
    /// Status 400.
    ///
    /// The request was malformed, for example the JSON could not be parsed.
    BadRequest(super::types::ErrorResponse),
    /// Status 401.
    ///
    /// The supplied credentials were not accepted.
    Unauthorized(super::types::ErrorResponse),
    /// Status 410.
    ///
    /// UltraCart has switched off the calling application.
    Gone(super::types::ErrorResponse),
    /// Status 429.
    ///
    /// The application sent too many requests; slow down.
    TooManyRequests(super::types::ErrorResponse),
    /// Status 500.
    ///
    /// Something failed on the UltraCart side.
    InternalServerError(super::types::ErrorResponse),
}
/// The request of [`Webhook::webhook_webhooks_webhook_oid_delete`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct WebhookWebhooksWebhookOidDelete<'a> {
    client: &'a super::Client,
    webhook_oid: i32,
    options: crate::runtime::RequestOptions,
}
impl<'a> WebhookWebhooksWebhookOidDelete<'a> {
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
        crate::runtime::Error<WebhookWebhooksWebhookOidDeleteError>,
    > {
        let mut request = crate::runtime::Request::new(
            "deleteWebhook",
            crate::runtime::Method::DELETE,
            "/webhook/webhooks/{webhookOid}",
            format!(
                "/webhook/webhooks/{}", crate ::runtime::path_value("webhookOid", & self
                .webhook_oid).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<(), crate::runtime::Error<WebhookWebhooksWebhookOidDeleteError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<WebhookWebhooksWebhookOidDeleteError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<WebhookWebhooksWebhookOidDeleteError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidDeleteError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidDeleteError::Unauthorized);
                response.api_error(decoded)
            }
            410 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidDeleteError::Gone);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidDeleteError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidDeleteError::InternalServerError);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_delete`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookWebhooksWebhookOidDeleteError {
    /// Status 400.
    ///
    /// The request was malformed, for example the JSON could not be parsed.
    BadRequest(super::types::ErrorResponse),
    /// Status 401.
    ///
    /// The supplied credentials were not accepted.
    Unauthorized(super::types::ErrorResponse),
    /// Status 410.
    ///
    /// UltraCart has switched off the calling application.
    Gone(super::types::ErrorResponse),
    /// Status 429.
    ///
    /// The application sent too many requests; slow down.
    TooManyRequests(super::types::ErrorResponse),
    /// Status 500.
    ///
    /// Something failed on the UltraCart side.
    InternalServerError(super::types::ErrorResponse),
}
/// The request of [`Webhook::webhook_webhooks_webhook_oid_logs_get`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct WebhookWebhooksWebhookOidLogsGet<'a> {
    client: &'a super::Client,
    webhook_oid: i32,
    limit: Option<i64>,
    offset: Option<i64>,
    since: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> WebhookWebhooksWebhookOidLogsGet<'a> {
    /// Largest number of records this call returns.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Zero-based position of the first record to return.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Only include deliveries made after this moment.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
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
        crate::runtime::Error<WebhookWebhooksWebhookOidLogsGetError>,
    > {
        let mut request = crate::runtime::Request::new(
            "getWebhookLogSummaries",
            crate::runtime::Method::GET,
            "/webhook/webhooks/{webhookOid}/logs",
            format!(
                "/webhook/webhooks/{}/logs", crate ::runtime::path_value("webhookOid", &
                self.webhook_oid).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]];
        crate::runtime::push_query(
                &mut request.query,
                "_limit",
                &self.limit,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_offset",
                &self.offset,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_since",
                &self.since,
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
        super::types::WebhookLogSummariesResponse,
        crate::runtime::Error<WebhookWebhooksWebhookOidLogsGetError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookLogSummariesResponse,
        crate::runtime::Error<WebhookWebhooksWebhookOidLogsGetError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<WebhookWebhooksWebhookOidLogsGetError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidLogsGetError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidLogsGetError::Unauthorized);
                response.api_error(decoded)
            }
            410 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidLogsGetError::Gone);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidLogsGetError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidLogsGetError::InternalServerError);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::WebhookLogSummary>,
            crate::runtime::Error<WebhookWebhooksWebhookOidLogsGetError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Offset(n)) = cursor {
                    builder.offset = Some(
                        n
                            .try_into()
                            .map_err(|_| crate::runtime::Error::InvalidRequest(
                                "offset out of range".into(),
                            ))?,
                    );
                }
                let current = builder
                    .offset
                    .and_then(|p| u64::try_from(p).ok())
                    .unwrap_or(0);
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(
                    &response,
                    "webhook_log_summaries",
                )?;
                let next = crate::runtime::next_offset(
                    &page,
                    current,
                    builder.limit.and_then(|l| u64::try_from(l).ok()),
                    Some("metadata.result_set.more"),
                    Some("metadata.result_set.next_offset"),
                );
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            super::types::WebhookLogSummary,
            crate::runtime::Error<WebhookWebhooksWebhookOidLogsGetError>,
        >,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_logs_get`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookWebhooksWebhookOidLogsGetError {
    /// Status 400.
    ///
    /// The request was malformed, for example the JSON could not be parsed.
    BadRequest(super::types::ErrorResponse),
    /// Status 401.
    ///
    /// The supplied credentials were not accepted.
    Unauthorized(super::types::ErrorResponse),
    /// Status 410.
    ///
    /// UltraCart has switched off the calling application.
    Gone(super::types::ErrorResponse),
    /// Status 429.
    ///
    /// The application sent too many requests; slow down.
    TooManyRequests(super::types::ErrorResponse),
    /// Status 500.
    ///
    /// Something failed on the UltraCart side.
    InternalServerError(super::types::ErrorResponse),
}
/// The request of [`Webhook::webhook_webhooks_webhook_oid_logs_request_id_get`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct WebhookWebhooksWebhookOidLogsRequestIdGet<'a> {
    client: &'a super::Client,
    webhook_oid: i32,
    request_id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> WebhookWebhooksWebhookOidLogsRequestIdGet<'a> {
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
        crate::runtime::Error<WebhookWebhooksWebhookOidLogsRequestIdGetError>,
    > {
        let mut request = crate::runtime::Request::new(
            "getWebhookLog",
            crate::runtime::Method::GET,
            "/webhook/webhooks/{webhookOid}/logs/{requestId}",
            format!(
                "/webhook/webhooks/{}/logs/{}", crate ::runtime::path_value("webhookOid",
                & self.webhook_oid).map_err(crate ::runtime::Error::InvalidRequest) ?,
                crate ::runtime::path_value("requestId", & self.request_id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookLogResponse,
        crate::runtime::Error<WebhookWebhooksWebhookOidLogsRequestIdGetError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookLogResponse,
        crate::runtime::Error<WebhookWebhooksWebhookOidLogsRequestIdGetError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<WebhookWebhooksWebhookOidLogsRequestIdGetError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidLogsRequestIdGetError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidLogsRequestIdGetError::Unauthorized);
                response.api_error(decoded)
            }
            410 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidLogsRequestIdGetError::Gone);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response
                    .json()
                    .map(
                        WebhookWebhooksWebhookOidLogsRequestIdGetError::TooManyRequests,
                    );
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(
                        WebhookWebhooksWebhookOidLogsRequestIdGetError::InternalServerError,
                    );
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_logs_request_id_get`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookWebhooksWebhookOidLogsRequestIdGetError {
    /// Status 400.
    ///
    /// The request was malformed, for example the JSON could not be parsed.
    BadRequest(super::types::ErrorResponse),
    /// Status 401.
    ///
    /// The supplied credentials were not accepted.
    Unauthorized(super::types::ErrorResponse),
    /// Status 410.
    ///
    /// UltraCart has switched off the calling application.
    Gone(super::types::ErrorResponse),
    /// Status 429.
    ///
    /// The application sent too many requests; slow down.
    TooManyRequests(super::types::ErrorResponse),
    /// Status 500.
    ///
    /// Something failed on the UltraCart side.
    InternalServerError(super::types::ErrorResponse),
}
/// The request of [`Webhook::webhook_webhooks_webhook_oid_reflow_event_name_post`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct WebhookWebhooksWebhookOidReflowEventNamePost<'a> {
    client: &'a super::Client,
    webhook_oid: i32,
    event_name: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> WebhookWebhooksWebhookOidReflowEventNamePost<'a> {
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
        crate::runtime::Error<WebhookWebhooksWebhookOidReflowEventNamePostError>,
    > {
        let mut request = crate::runtime::Request::new(
            "resendEvent",
            crate::runtime::Method::POST,
            "/webhook/webhooks/{webhookOid}/reflow/{eventName}",
            format!(
                "/webhook/webhooks/{}/reflow/{}", crate
                ::runtime::path_value("webhookOid", & self.webhook_oid).map_err(crate
                ::runtime::Error::InvalidRequest) ?, crate
                ::runtime::path_value("eventName", & self.event_name).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookReflowResponse,
        crate::runtime::Error<WebhookWebhooksWebhookOidReflowEventNamePostError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookReflowResponse,
        crate::runtime::Error<WebhookWebhooksWebhookOidReflowEventNamePostError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<WebhookWebhooksWebhookOidReflowEventNamePostError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidReflowEventNamePostError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response
                    .json()
                    .map(
                        WebhookWebhooksWebhookOidReflowEventNamePostError::Unauthorized,
                    );
                response.api_error(decoded)
            }
            410 => {
                let decoded = response
                    .json()
                    .map(WebhookWebhooksWebhookOidReflowEventNamePostError::Gone);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response
                    .json()
                    .map(
                        WebhookWebhooksWebhookOidReflowEventNamePostError::TooManyRequests,
                    );
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(
                        WebhookWebhooksWebhookOidReflowEventNamePostError::InternalServerError,
                    );
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_reflow_event_name_post`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookWebhooksWebhookOidReflowEventNamePostError {
    /// Status 400.
    ///
    /// The request was malformed, for example the JSON could not be parsed.
    BadRequest(super::types::ErrorResponse),
    /// Status 401.
    ///
    /// The supplied credentials were not accepted.
    Unauthorized(super::types::ErrorResponse),
    /// Status 410.
    ///
    /// UltraCart has switched off the calling application.
    Gone(super::types::ErrorResponse),
    /// Status 429.
    ///
    /// The application sent too many requests; slow down.
    TooManyRequests(super::types::ErrorResponse),
    /// Status 500.
    ///
    /// Something failed on the UltraCart side.
    InternalServerError(super::types::ErrorResponse),
}
