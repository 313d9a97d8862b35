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
    pub fn webhook_webhooks_get(&self) -> crate::runtime::Call<'a, WebhookWebhooksGet> {
        crate::runtime::Call::new(
            self.client.core(),
            WebhookWebhooksGet {
                limit: None,
                offset: None,
                sort: None,
                placeholders: None,
            },
        )
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
    ) -> crate::runtime::Call<'a, WebhookWebhooksPost> {
        crate::runtime::Call::new(
            self.client.core(),
            WebhookWebhooksPost {
                placeholders: None,
                body,
            },
        )
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
    ) -> crate::runtime::Call<'a, WebhookWebhooksWebhookOidPut> {
        crate::runtime::Call::new(
            self.client.core(),
            WebhookWebhooksWebhookOidPut {
                webhook_oid,
                placeholders: None,
                body,
            },
        )
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
    ) -> crate::runtime::Call<'a, WebhookWebhooksWebhookOidDelete> {
        crate::runtime::Call::new(
            self.client.core(),
            WebhookWebhooksWebhookOidDelete {
                webhook_oid,
            },
        )
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
    ) -> crate::runtime::Call<'a, WebhookWebhooksWebhookOidLogsGet> {
        crate::runtime::Call::new(
            self.client.core(),
            WebhookWebhooksWebhookOidLogsGet {
                webhook_oid,
                limit: None,
                offset: None,
                since: None,
            },
        )
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
    ) -> crate::runtime::Call<'a, WebhookWebhooksWebhookOidLogsRequestIdGet> {
        crate::runtime::Call::new(
            self.client.core(),
            WebhookWebhooksWebhookOidLogsRequestIdGet {
                webhook_oid,
                request_id: request_id.into(),
            },
        )
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
    ) -> crate::runtime::Call<'a, WebhookWebhooksWebhookOidReflowEventNamePost> {
        crate::runtime::Call::new(
            self.client.core(),
            WebhookWebhooksWebhookOidReflowEventNamePost {
                webhook_oid,
                event_name: event_name.into(),
            },
        )
    }
}
/// The arguments of [`Webhook::webhook_webhooks_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct WebhookWebhooksGet {
    limit: Option<i64>,
    offset: Option<i64>,
    sort: Option<String>,
    placeholders: Option<bool>,
}
impl crate::runtime::Operation for WebhookWebhooksGet {
    type Output = super::types::WebhooksResponse;
    type Error = WebhookWebhooksGetError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_offset",
                &self.offset,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_sort",
                &self.sort,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_placeholders",
                &self.placeholders,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
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
}
impl crate::runtime::Paginated for WebhookWebhooksGet {
    type Item = super::types::Webhook;
    const ITEMS: Option<&'static str> = Some("webhooks");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Offset {
        has_more: Some("metadata.result_set.more"),
        next_offset: Some("metadata.result_set.next_offset"),
        total: None,
    };
    fn seek(&mut self, cursor: crate::runtime::Cursor) -> Result<(), String> {
        match cursor {
            crate::runtime::Cursor::Offset(n) => {
                crate::runtime::set_count(&mut self.offset, n)
            }
            _ => Ok(()),
        }
    }
    fn position(&self) -> crate::runtime::Position {
        crate::runtime::Position {
            at: crate::runtime::count(self.offset),
            limit: crate::runtime::count(self.limit),
        }
    }
}
impl<'a> crate::runtime::Call<'a, WebhookWebhooksGet> {
    /// Largest number of records this call returns.
    pub fn limit(mut self, value: i64) -> Self {
        self.args.limit = Some(value);
        self
    }
    /// Zero-based position of the first record to return.
    pub fn offset(mut self, value: i64) -> Self {
        self.args.offset = Some(value);
        self
    }
    /// Ordering to apply to the returned webhooks.
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.args.sort = Some(value.into());
        self
    }
    /// Fill in placeholder values, handy for user interfaces.
    pub fn placeholders(mut self, value: bool) -> Self {
        self.args.placeholders = Some(value);
        self
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
/// The arguments of [`Webhook::webhook_webhooks_post`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct WebhookWebhooksPost {
    placeholders: Option<bool>,
    body: super::types::Webhook,
}
impl crate::runtime::Operation for WebhookWebhooksPost {
    type Output = super::types::WebhookResponse;
    type Error = WebhookWebhooksPostError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json; charset=UTF-8", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
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
impl<'a> crate::runtime::Call<'a, WebhookWebhooksPost> {
    /// Fill in placeholder values, handy for user interfaces.
    pub fn placeholders(mut self, value: bool) -> Self {
        self.args.placeholders = Some(value);
        self
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
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_put`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct WebhookWebhooksWebhookOidPut {
    webhook_oid: i32,
    placeholders: Option<bool>,
    body: super::types::Webhook,
}
impl crate::runtime::Operation for WebhookWebhooksWebhookOidPut {
    type Output = super::types::WebhookResponse;
    type Error = WebhookWebhooksWebhookOidPutError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json; charset=UTF-8", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
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
impl<'a> crate::runtime::Call<'a, WebhookWebhooksWebhookOidPut> {
    /// Fill in placeholder values, handy for user interfaces.
    pub fn placeholders(mut self, value: bool) -> Self {
        self.args.placeholders = Some(value);
        self
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
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_delete`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct WebhookWebhooksWebhookOidDelete {
    webhook_oid: i32,
}
impl crate::runtime::Operation for WebhookWebhooksWebhookOidDelete {
    type Output = ();
    type Error = WebhookWebhooksWebhookOidDeleteError;
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
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        let _ = response;
        Ok(())
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
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
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_logs_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct WebhookWebhooksWebhookOidLogsGet {
    webhook_oid: i32,
    limit: Option<i64>,
    offset: Option<i64>,
    since: Option<String>,
}
impl crate::runtime::Operation for WebhookWebhooksWebhookOidLogsGet {
    type Output = super::types::WebhookLogSummariesResponse;
    type Error = WebhookWebhooksWebhookOidLogsGetError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_offset",
                &self.offset,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "_since",
                &self.since,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
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
}
impl crate::runtime::Paginated for WebhookWebhooksWebhookOidLogsGet {
    type Item = super::types::WebhookLogSummary;
    const ITEMS: Option<&'static str> = Some("webhook_log_summaries");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Offset {
        has_more: Some("metadata.result_set.more"),
        next_offset: Some("metadata.result_set.next_offset"),
        total: None,
    };
    fn seek(&mut self, cursor: crate::runtime::Cursor) -> Result<(), String> {
        match cursor {
            crate::runtime::Cursor::Offset(n) => {
                crate::runtime::set_count(&mut self.offset, n)
            }
            _ => Ok(()),
        }
    }
    fn position(&self) -> crate::runtime::Position {
        crate::runtime::Position {
            at: crate::runtime::count(self.offset),
            limit: crate::runtime::count(self.limit),
        }
    }
}
impl<'a> crate::runtime::Call<'a, WebhookWebhooksWebhookOidLogsGet> {
    /// Largest number of records this call returns.
    pub fn limit(mut self, value: i64) -> Self {
        self.args.limit = Some(value);
        self
    }
    /// Zero-based position of the first record to return.
    pub fn offset(mut self, value: i64) -> Self {
        self.args.offset = Some(value);
        self
    }
    /// Only include deliveries made after this moment.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.args.since = Some(value.into());
        self
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
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_logs_request_id_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct WebhookWebhooksWebhookOidLogsRequestIdGet {
    webhook_oid: i32,
    request_id: String,
}
impl crate::runtime::Operation for WebhookWebhooksWebhookOidLogsRequestIdGet {
    type Output = super::types::WebhookLogResponse;
    type Error = WebhookWebhooksWebhookOidLogsRequestIdGetError;
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
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_reflow_event_name_post`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct WebhookWebhooksWebhookOidReflowEventNamePost {
    webhook_oid: i32,
    event_name: String,
}
impl crate::runtime::Operation for WebhookWebhooksWebhookOidReflowEventNamePost {
    type Output = super::types::WebhookReflowResponse;
    type Error = WebhookWebhooksWebhookOidReflowEventNamePostError;
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
