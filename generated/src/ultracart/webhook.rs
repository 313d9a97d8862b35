// @generated
// Generated from specs/ultracart.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhook` operations: request builders and error types.
use crate::runtime as rt;
/// The `webhook` operations. Get it with [`Client::webhook`](super::Client::webhook).
#[derive(Debug, Clone, Copy)]
pub struct Webhook<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Webhook;
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
    pub fn webhook_webhooks_get();
    /// The arguments of [`Webhook::webhook_webhooks_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct WebhookWebhooksGet {
        limit: Option<i64> = query("_limit"),
        offset: Option<i64> = query("_offset"),
        sort: Option<String> = query("_sort"),
        placeholders: Option<bool> = query("_placeholders"),
    }
    get("getWebhooks", "/webhook/webhooks").security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]])
        -> super::types::WebhooksResponse, WebhookWebhooksGetError, rt::Json;
    setters {
        /// Largest number of records this call returns.
        limit: i64,
        /// Zero-based position of the first record to return.
        offset: i64,
        /// Ordering to apply to the returned webhooks.
        sort: impl Into<String> = into,
        /// Fill in placeholder values, handy for user interfaces.
        placeholders: bool,
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
    pub fn webhook_webhooks_post(body: super::types::Webhook);
    /// The arguments of [`Webhook::webhook_webhooks_post`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct WebhookWebhooksPost {
        placeholders: Option<bool> = query("_placeholders"),
        body: super::types::Webhook = json_body("application/json; charset=UTF-8"),
    }
    post("insertWebhook", "/webhook/webhooks").security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]])
        -> super::types::WebhookResponse, WebhookWebhooksPostError, rt::Json;
    setters {
        /// Fill in placeholder values, handy for user interfaces.
        placeholders: bool,
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
    pub fn webhook_webhooks_webhook_oid_put(webhook_oid: i32, body: super::types::Webhook);
    /// The arguments of [`Webhook::webhook_webhooks_webhook_oid_put`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct WebhookWebhooksWebhookOidPut {
        webhook_oid: i32 = path_param("webhookOid"),
        placeholders: Option<bool> = query("_placeholders"),
        body: super::types::Webhook = json_body("application/json; charset=UTF-8"),
    }
    put("updateWebhook", "/webhook/webhooks/{webhookOid}").security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]])
        -> super::types::WebhookResponse, WebhookWebhooksWebhookOidPutError, rt::Json;
    setters {
        /// Fill in placeholder values, handy for user interfaces.
        placeholders: bool,
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
    pub fn webhook_webhooks_webhook_oid_delete(webhook_oid: i32);
    /// The arguments of [`Webhook::webhook_webhooks_webhook_oid_delete`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct WebhookWebhooksWebhookOidDelete {
        webhook_oid: i32 = path_param("webhookOid"),
    }
    delete("deleteWebhook", "/webhook/webhooks/{webhookOid}").security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]])
        -> (), WebhookWebhooksWebhookOidDeleteError, rt::Empty;
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
    pub fn webhook_webhooks_webhook_oid_logs_get(webhook_oid: i32);
    /// The arguments of [`Webhook::webhook_webhooks_webhook_oid_logs_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct WebhookWebhooksWebhookOidLogsGet {
        webhook_oid: i32 = path_param("webhookOid"),
        limit: Option<i64> = query("_limit"),
        offset: Option<i64> = query("_offset"),
        since: Option<String> = query("_since"),
    }
    get("getWebhookLogSummaries", "/webhook/webhooks/{webhookOid}/logs").security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]])
        -> super::types::WebhookLogSummariesResponse, WebhookWebhooksWebhookOidLogsGetError, rt::Json;
    setters {
        /// Largest number of records this call returns.
        limit: i64,
        /// Zero-based position of the first record to return.
        offset: i64,
        /// Only include deliveries made after this moment.
        since: impl Into<String> = into,
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
    pub fn webhook_webhooks_webhook_oid_logs_request_id_get(webhook_oid: i32, request_id: impl Into<String> = into);
    /// The arguments of [`Webhook::webhook_webhooks_webhook_oid_logs_request_id_get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct WebhookWebhooksWebhookOidLogsRequestIdGet {
        webhook_oid: i32 = path_param("webhookOid"),
        request_id: String = path_param("requestId"),
    }
    get("getWebhookLog", "/webhook/webhooks/{webhookOid}/logs/{requestId}").security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]])
        -> super::types::WebhookLogResponse, WebhookWebhooksWebhookOidLogsRequestIdGetError, rt::Json;
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
    pub fn webhook_webhooks_webhook_oid_reflow_event_name_post(webhook_oid: i32, event_name: impl Into<String> = into);
    /// The arguments of [`Webhook::webhook_webhooks_webhook_oid_reflow_event_name_post`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct WebhookWebhooksWebhookOidReflowEventNamePost {
        webhook_oid: i32 = path_param("webhookOid"),
        event_name: String = path_param("eventName"),
    }
    post("resendEvent", "/webhook/webhooks/{webhookOid}/reflow/{eventName}").security(&[&["ultraCartOauth"], &["ultraCartSimpleApiKey"]])
        -> super::types::WebhookReflowResponse, WebhookWebhooksWebhookOidReflowEventNamePostError, rt::Json;
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
/// The documented error responses of `webhook_webhooks_post`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksPostError = WebhookWebhooksGetError;
/// The documented error responses of `webhook_webhooks_webhook_oid_put`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidPutError = WebhookWebhooksGetError;
/// The documented error responses of `webhook_webhooks_webhook_oid_delete`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidDeleteError = WebhookWebhooksGetError;
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
/// The documented error responses of `webhook_webhooks_webhook_oid_logs_get`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidLogsGetError = WebhookWebhooksGetError;
/// The documented error responses of `webhook_webhooks_webhook_oid_logs_request_id_get`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidLogsRequestIdGetError = WebhookWebhooksGetError;
/// The documented error responses of `webhook_webhooks_webhook_oid_reflow_event_name_post`: the same as [`WebhookWebhooksGetError`]'s.
pub type WebhookWebhooksWebhookOidReflowEventNamePostError = WebhookWebhooksGetError;
