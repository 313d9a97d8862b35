// @generated
// Generated from specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Webhooks` operations: request builders and error types.
use crate::runtime as rt;
/// The `Webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Webhooks;
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
    pub fn list_webhooks();
    /// The arguments of [`Webhooks::list_webhooks`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListWebhooks {
        page_before: Option<String> = query("page[before]"),
        page_after: Option<String> = query("page[after]"),
        page_size: Option<i64> = query("page[size]"),
        filter_name_contains: Option<String> = query("filter[name_contains]"),
        filter_status: Option<super::types::WebhookPatchRequestWebhookStatus> = query("filter[status]"),
        sort: Option<super::types::ListWebhooksSort> = query("sort"),
    }
    get("listWebhooks", "/api/v2/webhooks").security(&[&["apiTokenAuth"]])
        -> super::types::WebhookListResponse, ListWebhooksError, rt::Json;
    setters {
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
    pub fn create_or_clone_webhook();
    /// The arguments of [`Webhooks::create_or_clone_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateOrCloneWebhook {
        clone_webhook_id: Option<String> = query("clone_webhook_id"),
        body: Option<super::types::WebhookCreateRequest> = optional_json_body("application/json"),
    }
    post("createOrCloneWebhook", "/api/v2/webhooks").security(&[&["apiTokenAuth"]])
        -> super::types::WebhookResponse, CreateOrCloneWebhookError, rt::Json;
    setters {
        /// Id of an existing webhook to copy; omit when creating.
        clone_webhook_id: impl Into<String> = into,
        /// New webhook definition; leave out when cloning.
        body: super::types::WebhookCreateRequest,
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
    pub fn test_webhook(body: super::types::WebhookTestRequest);
    /// The arguments of [`Webhooks::test_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct TestWebhook {
        webhook_id: Option<String> = query("webhook_id"),
        body: super::types::WebhookTestRequest = json_body("application/json"),
    }
    post("testWebhook", "/api/v2/webhooks/test").security(&[&["apiTokenAuth"]])
        -> super::types::WebhookTestResponse, TestWebhookError, rt::Json;
    setters {
        /// Id of a saved webhook to test; omit for an unsaved one.
        webhook_id: impl Into<String> = into,
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
    pub fn show_webhook(webhook_id: impl Into<String> = into);
    /// The arguments of [`Webhooks::show_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ShowWebhook {
        webhook_id: String = path_param("webhook_id"),
    }
    get("showWebhook", "/api/v2/webhooks/{webhook_id}").security(&[&["apiTokenAuth"]])
        -> super::types::WebhookResponse, ShowWebhookError, rt::Json;
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
    pub fn update_webhook(webhook_id: impl Into<String> = into, body: super::types::WebhookUpdateRequest);
    /// The arguments of [`Webhooks::update_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct UpdateWebhook {
        webhook_id: String = path_param("webhook_id"),
        body: super::types::WebhookUpdateRequest = json_body("application/json"),
    }
    put("updateWebhook", "/api/v2/webhooks/{webhook_id}").security(&[&["apiTokenAuth"]])
        -> (), UpdateWebhookError, rt::Empty;
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
    pub fn delete_webhook(webhook_id: impl Into<String> = into);
    /// The arguments of [`Webhooks::delete_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct DeleteWebhook {
        webhook_id: String = path_param("webhook_id"),
    }
    delete("deleteWebhook", "/api/v2/webhooks/{webhook_id}").security(&[&["apiTokenAuth"]])
        -> (), DeleteWebhookError, rt::Empty;
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
    pub fn patch_webhook(webhook_id: impl Into<String> = into, body: super::types::WebhookPatchRequest);
    /// The arguments of [`Webhooks::patch_webhook`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct PatchWebhook {
        webhook_id: String = path_param("webhook_id"),
        body: super::types::WebhookPatchRequest = json_body("application/json"),
    }
    patch("patchWebhook", "/api/v2/webhooks/{webhook_id}").security(&[&["apiTokenAuth"]])
        -> (), PatchWebhookError, rt::Empty;
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
    pub fn show_webhook_signing_secret(webhook_id: impl Into<String> = into);
    /// The arguments of [`Webhooks::show_webhook_signing_secret`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ShowWebhookSigningSecret {
        webhook_id: String = path_param("webhook_id"),
    }
    get("showWebhookSigningSecret", "/api/v2/webhooks/{webhook_id}/signing_secret").security(&[&["apiTokenAuth"]])
        -> super::types::WebhookSigningSecretResponse, ShowWebhookSigningSecretError, rt::Json;
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
    pub fn reset_webhook_signing_secret(webhook_id: impl Into<String> = into);
    /// The arguments of [`Webhooks::reset_webhook_signing_secret`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ResetWebhookSigningSecret {
        webhook_id: String = path_param("webhook_id"),
    }
    post("resetWebhookSigningSecret", "/api/v2/webhooks/{webhook_id}/signing_secret").security(&[&["apiTokenAuth"]])
        -> super::types::WebhookSigningSecretResponse, ResetWebhookSigningSecretError, rt::Json;
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
rt::errors! {
    /// The documented error responses of `list_webhooks`, chosen by status code.
    pub enum ListWebhooksError {}
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
rt::errors! {
    /// The documented error responses of `test_webhook`, chosen by status code.
    pub enum TestWebhookError {
        /// Status 400.
        ///
        /// The request was malformed or invalid.
        400 => BadRequest(super::types::ErrorResponse) = json_error,
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
/// The documented error responses of `update_webhook`: the same as [`ShowWebhookError`]'s.
pub type UpdateWebhookError = ShowWebhookError;
/// The documented error responses of `delete_webhook`: the same as [`ShowWebhookError`]'s.
pub type DeleteWebhookError = ShowWebhookError;
/// The documented error responses of `patch_webhook`: the same as [`ShowWebhookError`]'s.
pub type PatchWebhookError = ShowWebhookError;
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
