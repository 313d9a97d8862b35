// @generated
// Generated from specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Webhooks` operations: request builders and error types.
use crate::runtime as rt;
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
    /// let client = zendesk::Client::builder().api_token_auth("<user name>", "<password>").build();
    /// let mut items = std::pin::pin!(client.webhooks().list_webhooks().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_webhooks(&self) -> rt::Call<'a, ListWebhooks> {
        self.client.core().call(ListWebhooks {
            page_before: None,
            page_after: None,
            page_size: None,
            filter_name_contains: None,
            filter_status: None,
            sort: None,
        })
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
    /// let client = zendesk::Client::builder().api_token_auth("<user name>", "<password>").build();
    /// let response = client.webhooks().create_or_clone_webhook().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_or_clone_webhook(&self) -> rt::Call<'a, CreateOrCloneWebhook> {
        self.client.core().call(CreateOrCloneWebhook { clone_webhook_id: None, body: None })
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
    /// let client = zendesk::Client::builder().api_token_auth("<user name>", "<password>").build();
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
    ) -> rt::Call<'a, TestWebhook> {
        self.client.core().call(TestWebhook { webhook_id: None, body })
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
    /// let client = zendesk::Client::builder().api_token_auth("<user name>", "<password>").build();
    /// let response = client.webhooks().show_webhook("<webhook_id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn show_webhook(&self, webhook_id: impl Into<String>) -> rt::Call<'a, ShowWebhook> {
        self.client.core().call(ShowWebhook { webhook_id: webhook_id.into() })
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
    /// let client = zendesk::Client::builder().api_token_auth("<user name>", "<password>").build();
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
    ) -> rt::Call<'a, UpdateWebhook> {
        self.client.core().call(UpdateWebhook { webhook_id: webhook_id.into(), body })
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
    /// let client = zendesk::Client::builder().api_token_auth("<user name>", "<password>").build();
    /// let response = client.webhooks().delete_webhook("<webhook_id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_webhook(&self, webhook_id: impl Into<String>) -> rt::Call<'a, DeleteWebhook> {
        self.client.core().call(DeleteWebhook { webhook_id: webhook_id.into() })
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
    /// let client = zendesk::Client::builder().api_token_auth("<user name>", "<password>").build();
    /// let response = client
    ///     .webhooks()
    ///     .patch_webhook("<webhook_id>", zendesk::types::WebhookPatchRequest { webhook: None })
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
    ) -> rt::Call<'a, PatchWebhook> {
        self.client.core().call(PatchWebhook { webhook_id: webhook_id.into(), body })
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
    /// let client = zendesk::Client::builder().api_token_auth("<user name>", "<password>").build();
    /// let response = client.webhooks().show_webhook_signing_secret("<webhook_id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn show_webhook_signing_secret(
        &self,
        webhook_id: impl Into<String>,
    ) -> rt::Call<'a, ShowWebhookSigningSecret> {
        self.client.core().call(ShowWebhookSigningSecret { webhook_id: webhook_id.into() })
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
    /// let client = zendesk::Client::builder().api_token_auth("<user name>", "<password>").build();
    /// let response = client.webhooks().reset_webhook_signing_secret("<webhook_id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn reset_webhook_signing_secret(
        &self,
        webhook_id: impl Into<String>,
    ) -> rt::Call<'a, ResetWebhookSigningSecret> {
        self.client.core().call(ResetWebhookSigningSecret { webhook_id: webhook_id.into() })
    }
}
/// The arguments of [`Webhooks::list_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListWebhooks {
    page_before: Option<String>,
    page_after: Option<String>,
    page_size: Option<i64>,
    filter_name_contains: Option<String>,
    filter_status: Option<super::types::WebhookPatchRequestWebhookStatus>,
    sort: Option<super::types::ListWebhooksSort>,
}
impl rt::Operation for ListWebhooks {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listWebhooks", "/api/v2/webhooks").security(&[&["apiTokenAuth"]]);
    type Output = super::types::WebhookListResponse;
    type Error = ListWebhooksError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page[before]", &self.page_before);
        request.query("page[after]", &self.page_after);
        request.query("page[size]", &self.page_size);
        request.query("filter[name_contains]", &self.filter_name_contains);
        request.query("filter[status]", &self.filter_status);
        request.query("sort", &self.sort);
        Ok(())
    }
}
impl rt::Paginated for ListWebhooks {
    type Item = super::types::Webhook;
    const ITEMS: Option<&'static str> = Some("webhooks");
    const WALK: rt::Walk = rt::Walk::Cursor {
        next: "meta.after_cursor",
        has_more: Some("meta.has_more"),
        from_last_item: false,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        if let rt::Cursor::Token(token) = cursor {
            self.page_after = Some(token);
            self.page_before = None;
        }
        Ok(())
    }
}
rt::setters! {
    ListWebhooks {
        /// Cursor (a prior meta.before_cursor) to fetch the preceding page; not combinable with page\[after\].
        page_before: impl Into<String> = into,
        /// Cursor (a prior meta.after_cursor) to fetch the following page; not combinable with page\[before\].
        page_after: impl Into<String> = into,
        /// Number of records per page, at most 100.
        page_size: i64,
        /// Only return webhooks whose name includes this text.
        filter_name_contains: impl Into<String> = into,
        /// Only return webhooks in this status.
        filter_status: super::types::WebhookPatchRequestWebhookStatus,
        /// Field to order the results by (name or status).
        sort: super::types::ListWebhooksSort,
    }
}
rt::errors! {
    /// The documented error responses of `list_webhooks`, chosen by status code.
    pub enum ListWebhooksError {}
}
/// The arguments of [`Webhooks::create_or_clone_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct CreateOrCloneWebhook {
    clone_webhook_id: Option<String>,
    body: Option<super::types::WebhookCreateRequest>,
}
impl rt::Operation for CreateOrCloneWebhook {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post("createOrCloneWebhook", "/api/v2/webhooks")
    .security(&[&["apiTokenAuth"]]);
    type Output = super::types::WebhookResponse;
    type Error = CreateOrCloneWebhookError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("clone_webhook_id", &self.clone_webhook_id);
        if let Some(value) = &self.body {
            request.json_body("application/json", value);
        }
        Ok(())
    }
}
rt::setters! {
    CreateOrCloneWebhook {
        /// Id of an existing webhook to copy; omit when creating.
        clone_webhook_id: impl Into<String> = into,
        /// New webhook definition; leave out when cloning.
        body: super::types::WebhookCreateRequest,
    }
}
rt::errors! {
    /// The documented error responses of `create_or_clone_webhook`, chosen by status code.
    pub enum CreateOrCloneWebhookError {
        /// Status 400.
        ///
        /// The request was malformed or invalid.
        400 => BadRequest(super::types::ErrorResponse) = json_error,
        /// Status 403.
        ///
        /// Not permitted, e.g. the trial account's webhook quota is used up.
        403 => Forbidden(super::types::ErrorResponse) = json_error,
    }
}
/// The arguments of [`Webhooks::test_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct TestWebhook {
    webhook_id: Option<String>,
    body: super::types::WebhookTestRequest,
}
impl rt::Operation for TestWebhook {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::post("testWebhook", "/api/v2/webhooks/test").security(&[&["apiTokenAuth"]]);
    type Output = super::types::WebhookTestResponse;
    type Error = TestWebhookError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("webhook_id", &self.webhook_id);
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
rt::setters! {
    TestWebhook {
        /// Id of a saved webhook to test; omit for an unsaved one.
        webhook_id: impl Into<String> = into,
    }
}
rt::errors! {
    /// The documented error responses of `test_webhook`, chosen by status code.
    pub enum TestWebhookError {
        /// Status 400.
        ///
        /// The request was malformed or invalid.
        400 => BadRequest(super::types::ErrorResponse) = json_error,
    }
}
/// The arguments of [`Webhooks::show_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ShowWebhook {
    webhook_id: String,
}
impl rt::Operation for ShowWebhook {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("showWebhook", "/api/v2/webhooks/{webhook_id}")
    .security(&[&["apiTokenAuth"]]);
    type Output = super::types::WebhookResponse;
    type Error = ShowWebhookError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhook_id", &self.webhook_id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `show_webhook`, chosen by status code.
    pub enum ShowWebhookError {
        /// Status 400.
        ///
        /// The request was malformed or invalid.
        400 => BadRequest(super::types::ErrorResponse) = json_error,
        /// Status 404.
        ///
        /// No webhook has this id.
        404 => NotFound(super::types::ErrorResponse) = json_error,
    }
}
/// The arguments of [`Webhooks::update_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct UpdateWebhook {
    webhook_id: String,
    body: super::types::WebhookUpdateRequest,
}
impl rt::Operation for UpdateWebhook {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::put(
        "updateWebhook",
        "/api/v2/webhooks/{webhook_id}",
    )
    .security(&[&["apiTokenAuth"]]);
    type Output = ();
    type Error = UpdateWebhookError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhook_id", &self.webhook_id);
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
/// The documented error responses of `update_webhook`: the same as [`ShowWebhookError`]'s.
pub type UpdateWebhookError = ShowWebhookError;
/// The arguments of [`Webhooks::delete_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct DeleteWebhook {
    webhook_id: String,
}
impl rt::Operation for DeleteWebhook {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::delete(
        "deleteWebhook",
        "/api/v2/webhooks/{webhook_id}",
    )
    .security(&[&["apiTokenAuth"]]);
    type Output = ();
    type Error = DeleteWebhookError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhook_id", &self.webhook_id);
        Ok(())
    }
}
/// The documented error responses of `delete_webhook`: the same as [`ShowWebhookError`]'s.
pub type DeleteWebhookError = ShowWebhookError;
/// The arguments of [`Webhooks::patch_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct PatchWebhook {
    webhook_id: String,
    body: super::types::WebhookPatchRequest,
}
impl rt::Operation for PatchWebhook {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::patch(
        "patchWebhook",
        "/api/v2/webhooks/{webhook_id}",
    )
    .security(&[&["apiTokenAuth"]]);
    type Output = ();
    type Error = PatchWebhookError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhook_id", &self.webhook_id);
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
/// The documented error responses of `patch_webhook`: the same as [`ShowWebhookError`]'s.
pub type PatchWebhookError = ShowWebhookError;
/// The arguments of [`Webhooks::show_webhook_signing_secret`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ShowWebhookSigningSecret {
    webhook_id: String,
}
impl rt::Operation for ShowWebhookSigningSecret {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get(
        "showWebhookSigningSecret",
        "/api/v2/webhooks/{webhook_id}/signing_secret",
    )
    .security(&[&["apiTokenAuth"]]);
    type Output = super::types::WebhookSigningSecretResponse;
    type Error = ShowWebhookSigningSecretError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhook_id", &self.webhook_id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `show_webhook_signing_secret`, chosen by status code.
    pub enum ShowWebhookSigningSecretError {
        /// Status 403.
        ///
        /// The caller may not read this secret.
        403 => Forbidden(super::types::ErrorResponse) = json_error,
        /// Status 404.
        ///
        /// No webhook has this id.
        404 => NotFound(super::types::ErrorResponse) = json_error,
    }
}
/// The arguments of [`Webhooks::reset_webhook_signing_secret`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ResetWebhookSigningSecret {
    webhook_id: String,
}
impl rt::Operation for ResetWebhookSigningSecret {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post(
        "resetWebhookSigningSecret",
        "/api/v2/webhooks/{webhook_id}/signing_secret",
    )
    .security(&[&["apiTokenAuth"]]);
    type Output = super::types::WebhookSigningSecretResponse;
    type Error = ResetWebhookSigningSecretError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("webhook_id", &self.webhook_id);
        Ok(())
    }
}
rt::errors! {
    /// The documented error responses of `reset_webhook_signing_secret`, chosen by status code.
    pub enum ResetWebhookSigningSecretError {
        /// Status 403.
        ///
        /// The caller may not reset this secret.
        403 => Forbidden(super::types::ErrorResponse) = json_error,
        /// Status 404.
        ///
        /// No webhook has this id.
        404 => NotFound(super::types::ErrorResponse) = json_error,
    }
}
