// @generated
// Generated from specs/attio.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Webhooks` operations: request builders and error types.
use crate::runtime as rt;
/// The `Webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Webhooks<'a> {
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
    pub fn get_v2_webhooks(&self) -> rt::Call<'a, GetV2Webhooks> {
        self.client.core().call(GetV2Webhooks { limit: None, offset: None })
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
    pub fn post_v2_webhooks(
        &self,
        body: super::types::PostV2WebhooksRequest,
    ) -> rt::Call<'a, PostV2Webhooks> {
        self.client.core().call(PostV2Webhooks { body })
    }
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
    pub fn get_v2_webhooks_webhook_id(
        &self,
        webhook_id: impl Into<String>,
    ) -> rt::Call<'a, GetV2WebhooksWebhookId> {
        self.client.core().call(GetV2WebhooksWebhookId { webhook_id: webhook_id.into() })
    }
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
    pub fn delete_v2_webhooks_webhook_id(
        &self,
        webhook_id: impl Into<String>,
    ) -> rt::Call<'a, DeleteV2WebhooksWebhookId> {
        self.client.core().call(DeleteV2WebhooksWebhookId { webhook_id: webhook_id.into() })
    }
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
    pub fn patch_v2_webhooks_webhook_id(
        &self,
        webhook_id: impl Into<String>,
        body: super::types::PatchV2WebhooksWebhookIdRequest,
    ) -> rt::Call<'a, PatchV2WebhooksWebhookId> {
        self.client.core().call(PatchV2WebhooksWebhookId { webhook_id: webhook_id.into(), body })
    }
}
/// The arguments of [`Webhooks::get_v2_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetV2Webhooks {
    limit: Option<i64>,
    offset: Option<i64>,
}
impl rt::Operation for GetV2Webhooks {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("get_v2_webhooks", "/v2/webhooks").security(&[&["oauth2"]]);
    type Output = super::types::GetV2WebhooksResponse;
    type Error = GetV2WebhooksError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("limit", &self.limit);
        request.query("offset", &self.offset);
        Ok(())
    }
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
rt::setters! {
    GetV2Webhooks {
        /// Sets the `limit` parameter.
        limit: i64,
        /// Sets the `offset` parameter.
        offset: i64,
    }
}
rt::errors! {
    /// The documented error responses of `get_v2_webhooks`, chosen by status code.
    pub enum GetV2WebhooksError {}
}
/// The arguments of [`Webhooks::post_v2_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct PostV2Webhooks {
    body: super::types::PostV2WebhooksRequest,
}
impl rt::Operation for PostV2Webhooks {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::post("post_v2_webhooks", "/v2/webhooks").security(&[&["oauth2"]]);
    type Output = super::types::PostV2WebhooksResponse;
    type Error = PostV2WebhooksError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
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
/// The arguments of [`Webhooks::get_v2_webhooks_webhook_id`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetV2WebhooksWebhookId {
    webhook_id: String,
}
impl rt::Operation for GetV2WebhooksWebhookId {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get(
        "get_v2_webhooks_webhook_id",
        "/v2/webhooks/{webhook_id}",
    )
    .security(&[&["oauth2"]]);
    type Output = super::types::GetV2WebhooksWebhookIdResponse;
    type Error = GetV2WebhooksWebhookIdError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhook_id", &self.webhook_id);
        Ok(())
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
/// The arguments of [`Webhooks::delete_v2_webhooks_webhook_id`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct DeleteV2WebhooksWebhookId {
    webhook_id: String,
}
impl rt::Operation for DeleteV2WebhooksWebhookId {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::delete(
        "delete_v2_webhooks_webhook_id",
        "/v2/webhooks/{webhook_id}",
    )
    .security(&[&["oauth2"]]);
    type Output = ::std::collections::BTreeMap<String, ::serde_json::Value>;
    type Error = DeleteV2WebhooksWebhookIdError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhook_id", &self.webhook_id);
        Ok(())
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
/// The arguments of [`Webhooks::patch_v2_webhooks_webhook_id`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct PatchV2WebhooksWebhookId {
    webhook_id: String,
    body: super::types::PatchV2WebhooksWebhookIdRequest,
}
impl rt::Operation for PatchV2WebhooksWebhookId {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::patch(
        "patch_v2_webhooks_webhook_id",
        "/v2/webhooks/{webhook_id}",
    )
    .security(&[&["oauth2"]]);
    type Output = super::types::PatchV2WebhooksWebhookIdResponse;
    type Error = PatchV2WebhooksWebhookIdError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhook_id", &self.webhook_id);
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
/// The documented error responses of `patch_v2_webhooks_webhook_id`: the same as [`DeleteV2WebhooksWebhookIdError`]'s.
pub type PatchV2WebhooksWebhookIdError = DeleteV2WebhooksWebhookIdError;
