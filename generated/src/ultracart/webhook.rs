// @generated
// Generated from specs/ultracart.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhook` operations: request builders and error types.
use crate::runtime as rt;
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
    pub fn webhook_webhooks_get(&self) -> rt::Call<'a, WebhookWebhooksGet> {
        self.client.core().call(WebhookWebhooksGet {
            limit: None,
            offset: None,
            sort: None,
            placeholders: None,
        })
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
    ) -> rt::Call<'a, WebhookWebhooksPost> {
        self.client.core().call(WebhookWebhooksPost { placeholders: None, body })
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
    ) -> rt::Call<'a, WebhookWebhooksWebhookOidPut> {
        self.client.core().call(WebhookWebhooksWebhookOidPut {
            webhook_oid,
            placeholders: None,
            body,
        })
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
    /// let response = client.webhook().webhook_webhooks_webhook_oid_delete(10).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn webhook_webhooks_webhook_oid_delete(
        &self,
        webhook_oid: i32,
    ) -> rt::Call<'a, WebhookWebhooksWebhookOidDelete> {
        self.client.core().call(WebhookWebhooksWebhookOidDelete { webhook_oid })
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
    ) -> rt::Call<'a, WebhookWebhooksWebhookOidLogsGet> {
        self.client.core().call(WebhookWebhooksWebhookOidLogsGet {
            webhook_oid,
            limit: None,
            offset: None,
            since: None,
        })
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
    ) -> rt::Call<'a, WebhookWebhooksWebhookOidLogsRequestIdGet> {
        self.client.core().call(WebhookWebhooksWebhookOidLogsRequestIdGet {
            webhook_oid,
            request_id: request_id.into(),
        })
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
    ) -> rt::Call<'a, WebhookWebhooksWebhookOidReflowEventNamePost> {
        self.client.core().call(WebhookWebhooksWebhookOidReflowEventNamePost {
            webhook_oid,
            event_name: event_name.into(),
        })
    }
}
/// The arguments of [`Webhook::webhook_webhooks_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct WebhookWebhooksGet {
    limit: Option<i64>,
    offset: Option<i64>,
    sort: Option<String>,
    placeholders: Option<bool>,
}
impl rt::Operation for WebhookWebhooksGet {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("getWebhooks", "/webhook/webhooks")
    .security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]]);
    type Output = super::types::WebhooksResponse;
    type Error = WebhookWebhooksGetError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("_limit", &self.limit);
        request.query("_offset", &self.offset);
        request.query("_sort", &self.sort);
        request.query("_placeholders", &self.placeholders);
        Ok(())
    }
}
impl rt::Paginated for WebhookWebhooksGet {
    type Item = super::types::Webhook;
    const ITEMS: Option<&'static str> = Some("webhooks");
    const WALK: rt::Walk = rt::Walk::Offset {
        has_more: Some("metadata.result_set.more"),
        next_offset: Some("metadata.result_set.next_offset"),
        total: None,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        match cursor {
            rt::Cursor::Offset(n) => rt::set_count(&mut self.offset, n),
            _ => Ok(()),
        }
    }
    fn position(&self) -> rt::Position {
        rt::Position { at: rt::count(self.offset), limit: rt::count(self.limit) }
    }
}
rt::setters! {
    WebhookWebhooksGet {
        /// Largest number of records this call returns.
        limit: i64,
        /// Zero-based position of the first record to return.
        offset: i64,
        /// Ordering to apply to the returned webhooks.
        sort: impl Into<String> = into,
        /// Fill in placeholder values, handy for user interfaces.
        placeholders: bool,
    }
}
rt::errors! {
    /// The documented error responses of `webhook_webhooks_get`, chosen by status code.
    pub enum WebhookWebhooksGetError {
        /// Status 400.
        ///
        /// The request was malformed, for example the JSON could not be parsed.
        400 => BadRequest(super::types::ErrorResponse) = json_error,
        /// Status 401.
        ///
        /// The supplied credentials were not accepted.
        401 => Unauthorized(super::types::ErrorResponse) = json_error,
        /// Status 410.
        ///
        /// UltraCart has switched off the calling application.
        410 => Gone(super::types::ErrorResponse) = json_error,
        /// Status 429.
        ///
        /// The application sent too many requests; slow down.
        429 => TooManyRequests(super::types::ErrorResponse) = json_error,
        /// Status 500.
        ///
        /// Something failed on the UltraCart side.
        500 => InternalServerError(super::types::ErrorResponse) = json_error,
    }
}
/// The arguments of [`Webhook::webhook_webhooks_post`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct WebhookWebhooksPost {
    placeholders: Option<bool>,
    body: super::types::Webhook,
}
impl rt::Operation for WebhookWebhooksPost {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post("insertWebhook", "/webhook/webhooks")
    .security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]]);
    type Output = super::types::WebhookResponse;
    type Error = WebhookWebhooksPostError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("_placeholders", &self.placeholders);
        let value = &self.body;
        request.json_body("application/json; charset=UTF-8", value);
        Ok(())
    }
}
rt::setters! {
    WebhookWebhooksPost {
        /// Fill in placeholder values, handy for user interfaces.
        placeholders: bool,
    }
}
/// The documented error responses of `webhook_webhooks_post`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksPostError = WebhookWebhooksGetError;
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_put`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct WebhookWebhooksWebhookOidPut {
    webhook_oid: i32,
    placeholders: Option<bool>,
    body: super::types::Webhook,
}
impl rt::Operation for WebhookWebhooksWebhookOidPut {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::put(
        "updateWebhook",
        "/webhook/webhooks/{webhookOid}",
    )
    .security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]]);
    type Output = super::types::WebhookResponse;
    type Error = WebhookWebhooksWebhookOidPutError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhookOid", &self.webhook_oid);
        request.query("_placeholders", &self.placeholders);
        let value = &self.body;
        request.json_body("application/json; charset=UTF-8", value);
        Ok(())
    }
}
rt::setters! {
    WebhookWebhooksWebhookOidPut {
        /// Fill in placeholder values, handy for user interfaces.
        placeholders: bool,
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_put`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidPutError = WebhookWebhooksGetError;
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_delete`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct WebhookWebhooksWebhookOidDelete {
    webhook_oid: i32,
}
impl rt::Operation for WebhookWebhooksWebhookOidDelete {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::delete(
        "deleteWebhook",
        "/webhook/webhooks/{webhookOid}",
    )
    .security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]]);
    type Output = ();
    type Error = WebhookWebhooksWebhookOidDeleteError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhookOid", &self.webhook_oid);
        Ok(())
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_delete`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidDeleteError = WebhookWebhooksGetError;
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_logs_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct WebhookWebhooksWebhookOidLogsGet {
    webhook_oid: i32,
    limit: Option<i64>,
    offset: Option<i64>,
    since: Option<String>,
}
impl rt::Operation for WebhookWebhooksWebhookOidLogsGet {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get(
        "getWebhookLogSummaries",
        "/webhook/webhooks/{webhookOid}/logs",
    )
    .security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]]);
    type Output = super::types::WebhookLogSummariesResponse;
    type Error = WebhookWebhooksWebhookOidLogsGetError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhookOid", &self.webhook_oid);
        request.query("_limit", &self.limit);
        request.query("_offset", &self.offset);
        request.query("_since", &self.since);
        Ok(())
    }
}
impl rt::Paginated for WebhookWebhooksWebhookOidLogsGet {
    type Item = super::types::WebhookLogSummary;
    const ITEMS: Option<&'static str> = Some("webhook_log_summaries");
    const WALK: rt::Walk = rt::Walk::Offset {
        has_more: Some("metadata.result_set.more"),
        next_offset: Some("metadata.result_set.next_offset"),
        total: None,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        match cursor {
            rt::Cursor::Offset(n) => rt::set_count(&mut self.offset, n),
            _ => Ok(()),
        }
    }
    fn position(&self) -> rt::Position {
        rt::Position { at: rt::count(self.offset), limit: rt::count(self.limit) }
    }
}
rt::setters! {
    WebhookWebhooksWebhookOidLogsGet {
        /// Largest number of records this call returns.
        limit: i64,
        /// Zero-based position of the first record to return.
        offset: i64,
        /// Only include deliveries made after this moment.
        since: impl Into<String> = into,
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_logs_get`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidLogsGetError = WebhookWebhooksGetError;
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_logs_request_id_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct WebhookWebhooksWebhookOidLogsRequestIdGet {
    webhook_oid: i32,
    request_id: String,
}
impl rt::Operation for WebhookWebhooksWebhookOidLogsRequestIdGet {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get(
        "getWebhookLog",
        "/webhook/webhooks/{webhookOid}/logs/{requestId}",
    )
    .security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]]);
    type Output = super::types::WebhookLogResponse;
    type Error = WebhookWebhooksWebhookOidLogsRequestIdGetError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhookOid", &self.webhook_oid);
        request.path_param("requestId", &self.request_id);
        Ok(())
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_logs_request_id_get`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidLogsRequestIdGetError = WebhookWebhooksGetError;
/// The arguments of [`Webhook::webhook_webhooks_webhook_oid_reflow_event_name_post`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct WebhookWebhooksWebhookOidReflowEventNamePost {
    webhook_oid: i32,
    event_name: String,
}
impl rt::Operation for WebhookWebhooksWebhookOidReflowEventNamePost {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post(
        "resendEvent",
        "/webhook/webhooks/{webhookOid}/reflow/{eventName}",
    )
    .security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]]);
    type Output = super::types::WebhookReflowResponse;
    type Error = WebhookWebhooksWebhookOidReflowEventNamePostError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhookOid", &self.webhook_oid);
        request.path_param("eventName", &self.event_name);
        Ok(())
    }
}
/// The documented error responses of `webhook_webhooks_webhook_oid_reflow_event_name_post`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidReflowEventNamePostError = WebhookWebhooksGetError;
