// @generated
// Generated from specs/attio.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Webhooks` operations: request builders and error types.
use crate::runtime as rt;
/// The `Webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Webhooks;
    /// List webhooks
    ///
    /// Returns the webhooks configured in the workspace (scope `webhook:read`).
    ///
    /// `GET /v2/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use provider_clients::attio;
    /// let client = attio::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.webhooks().get_v2_webhooks().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_v2_webhooks();
    /// The arguments of [`Webhooks::get_v2_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetV2Webhooks {
        limit: Option<i64> = query("limit"),
        offset: Option<i64> = query("offset"),
    }
    get("get_v2_webhooks", "/v2/webhooks").security(&[&["oauth2"]])
        -> super::types::GetV2WebhooksResponse, GetV2WebhooksError, rt::Json;
    setters {
        /// Sets the `limit` parameter.
        limit: i64,
        /// Sets the `offset` parameter.
        offset: i64,
    }
    /// Create a webhook
    ///
    /// Registers a webhook together with its subscriptions (scope `webhook:read-write`).
    ///
    /// `POST /v2/webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::attio;
    /// let client = attio::Client::builder().bearer_token("<access token>").build();
    /// let response = client
    ///     .webhooks()
    ///     .post_v2_webhooks(attio::types::PostV2WebhooksRequest {
    ///         data: attio::types::PostV2WebhooksRequestData {
    ///             target_url: "<target_url>".to_owned(),
    ///             subscriptions: vec![attio::types::GetV2WebhooksResponseDataItemSubscription {
    ///                 event_type: attio::types::GetV2WebhooksResponseDataItemSubscriptionEventType::CommentCreated,
    ///                 filter: None,
    ///             }],
    ///         },
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn post_v2_webhooks(body: super::types::PostV2WebhooksRequest);
    /// The arguments of [`Webhooks::post_v2_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct PostV2Webhooks {
        body: super::types::PostV2WebhooksRequest = json_body("application/json"),
    }
    post("post_v2_webhooks", "/v2/webhooks").security(&[&["oauth2"]])
        -> super::types::PostV2WebhooksResponse, PostV2WebhooksError, rt::Json;
    /// Get a webhook
    ///
    /// Fetches one webhook by its ID (scope `webhook:read`).
    ///
    /// `GET /v2/webhooks/{webhook_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::attio;
    /// let client = attio::Client::builder().bearer_token("<access token>").build();
    /// let response = client.webhooks().get_v2_webhooks_webhook_id("<webhook_id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_v2_webhooks_webhook_id(webhook_id: impl Into<String> = into);
    /// The arguments of [`Webhooks::get_v2_webhooks_webhook_id`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetV2WebhooksWebhookId {
        webhook_id: String = path_param("webhook_id"),
    }
    get("get_v2_webhooks_webhook_id", "/v2/webhooks/{webhook_id}").security(&[&["oauth2"]])
        -> super::types::GetV2WebhooksWebhookIdResponse, GetV2WebhooksWebhookIdError, rt::Json;
    /// Delete a webhook
    ///
    /// Removes a webhook by its ID (scope `webhook:read-write`).
    ///
    /// `DELETE /v2/webhooks/{webhook_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::attio;
    /// let client = attio::Client::builder().bearer_token("<access token>").build();
    /// let response = client.webhooks().delete_v2_webhooks_webhook_id("<webhook_id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_v2_webhooks_webhook_id(webhook_id: impl Into<String> = into);
    /// The arguments of [`Webhooks::delete_v2_webhooks_webhook_id`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct DeleteV2WebhooksWebhookId {
        webhook_id: String = path_param("webhook_id"),
    }
    delete("delete_v2_webhooks_webhook_id", "/v2/webhooks/{webhook_id}").security(&[&["oauth2"]])
        -> ::std::collections::BTreeMap<String, ::serde_json::Value>, DeleteV2WebhooksWebhookIdError, rt::Json;
    /// Update a webhook
    ///
    /// Changes a webhook's target URL and/or subscriptions (scope `webhook:read-write`).
    ///
    /// `PATCH /v2/webhooks/{webhook_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::attio;
    /// let client = attio::Client::builder().bearer_token("<access token>").build();
    /// let response = client
    ///     .webhooks()
    ///     .patch_v2_webhooks_webhook_id(
    ///         "<webhook_id>",
    ///         attio::types::PatchV2WebhooksWebhookIdRequest {
    ///             data: attio::types::PatchV2WebhooksWebhookIdRequestData {
    ///                 target_url: None,
    ///                 subscriptions: None,
    ///             },
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn patch_v2_webhooks_webhook_id(webhook_id: impl Into<String> = into, body: super::types::PatchV2WebhooksWebhookIdRequest);
    /// The arguments of [`Webhooks::patch_v2_webhooks_webhook_id`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct PatchV2WebhooksWebhookId {
        webhook_id: String = path_param("webhook_id"),
        body: super::types::PatchV2WebhooksWebhookIdRequest = json_body("application/json"),
    }
    patch("patch_v2_webhooks_webhook_id", "/v2/webhooks/{webhook_id}").security(&[&["oauth2"]])
        -> super::types::PatchV2WebhooksWebhookIdResponse, PatchV2WebhooksWebhookIdError, rt::Json;
}
impl rt::Paginated for GetV2Webhooks {
    type Item = super::types::GetV2WebhooksResponseDataItem;
    const ITEMS: Option<&'static str> = Some("data");
    const WALK: rt::Walk = rt::Walk::Offset { has_more: None, next_offset: None, total: None };
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
    /// The documented error responses of `get_v2_webhooks`, chosen by status code.
    pub enum GetV2WebhooksError {}
}
rt::errors! {
    /// The documented error responses of `post_v2_webhooks`, chosen by status code.
    pub enum PostV2WebhooksError {
        /// Status 400.
        ///
        /// Bad Request
        400 => BadRequest(super::types::PostV2WebhooksBadRequest) = json_error,
    }
}
rt::errors! {
    /// The documented error responses of `get_v2_webhooks_webhook_id`, chosen by status code.
    pub enum GetV2WebhooksWebhookIdError {
        /// Status 404.
        ///
        /// Not Found
        404 => NotFound(super::types::GetV2WebhooksWebhookIdNotFound) = json_error,
    }
}
rt::errors! {
    /// The documented error responses of `delete_v2_webhooks_webhook_id`, chosen by status code.
    pub enum DeleteV2WebhooksWebhookIdError {
        /// Status 404.
        ///
        /// Not Found
        404 => NotFound(super::types::DeleteV2WebhooksWebhookIdNotFound) = json_error,
    }
}
/// The documented error responses of `patch_v2_webhooks_webhook_id`: the same as [`DeleteV2WebhooksWebhookIdError`]'s.
pub type PatchV2WebhooksWebhookIdError = DeleteV2WebhooksWebhookIdError;
