// @generated
// Generated from specs/polar.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhooks` operations: request builders and error types.
use crate::runtime as rt;
/// The `webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Webhooks;
    /// List webhook endpoints
    ///
    /// Returns a page of webhook endpoints; needs webhooks:read or webhooks:write scope.
    ///
    /// `GET /v1/webhooks/endpoints`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use provider_clients::polar;
    /// let client = polar::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.webhooks().list_webhook_endpoints().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_webhook_endpoints();
    /// The arguments of [`Webhooks::list_webhook_endpoints`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListWebhookEndpoints {
        organization_id: Option<Option<super::types::ListWebhookEndpointsOrganizationId>> = query("organization_id"),
        page: Option<i64> = query("page"),
        limit: Option<i64> = query("limit"),
    }
    get("webhooks:list_webhook_endpoints", "/v1/webhooks/endpoints").security(&[&["oidc"], &["pat"], &["oat"]])
        -> super::types::ListResourceWebhookEndpoint, ListWebhookEndpointsError, rt::Json;
    setters {
        /// Only return endpoints of these organizations.
        organization_id: Option<super::types::ListWebhookEndpointsOrganizationId>,
        /// 1-based page number to fetch.
        page: i64,
        /// Items per page (at most 100).
        limit: i64,
    }
    /// Create a webhook endpoint
    ///
    /// Registers a new webhook endpoint; needs webhooks:write scope.
    ///
    /// `POST /v1/webhooks/endpoints`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::polar;
    /// let client = polar::Client::builder().bearer_token("<access token>").build();
    /// let response = client
    ///     .webhooks()
    ///     .create_webhook_endpoint(polar::types::WebhookEndpointCreate {
    ///         url: "<url>".to_owned(),
    ///         name: None,
    ///         format: polar::types::WebhookFormat::Raw,
    ///         events: vec![polar::types::WebhookEventType::CheckoutCreated],
    ///         organization_id: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_webhook_endpoint(body: super::types::WebhookEndpointCreate);
    /// The arguments of [`Webhooks::create_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateWebhookEndpoint {
        body: super::types::WebhookEndpointCreate = json_body("application/json"),
    }
    post("webhooks:create_webhook_endpoint", "/v1/webhooks/endpoints").security(&[&["oidc"], &["pat"], &["oat"]])
        -> super::types::WebhookEndpoint, CreateWebhookEndpointError, rt::Json;
    /// Fetch one webhook endpoint
    ///
    /// Looks up a single webhook endpoint by its identifier.
    ///
    /// `GET /v1/webhooks/endpoints/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::polar;
    /// let client = polar::Client::builder().bearer_token("<access token>").build();
    /// let response = client.webhooks().get_webhook_endpoint("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_webhook_endpoint(id: impl Into<String> = into);
    /// The arguments of [`Webhooks::get_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct GetWebhookEndpoint {
        id: String = path_param("id"),
    }
    get("webhooks:get_webhook_endpoint", "/v1/webhooks/endpoints/{id}").security(&[&["oidc"], &["pat"], &["oat"]])
        -> super::types::WebhookEndpoint, GetWebhookEndpointError, rt::Json;
    /// Remove a webhook endpoint
    ///
    /// Deletes a webhook endpoint permanently; needs webhooks:write scope.
    ///
    /// `DELETE /v1/webhooks/endpoints/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::polar;
    /// let client = polar::Client::builder().bearer_token("<access token>").build();
    /// let response = client.webhooks().delete_webhook_endpoint("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_webhook_endpoint(id: impl Into<String> = into);
    /// The arguments of [`Webhooks::delete_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct DeleteWebhookEndpoint {
        id: String = path_param("id"),
    }
    delete("webhooks:delete_webhook_endpoint", "/v1/webhooks/endpoints/{id}").security(&[&["oidc"], &["pat"], &["oat"]])
        -> (), DeleteWebhookEndpointError, rt::Empty;
    /// Modify a webhook endpoint
    ///
    /// Changes the given fields of a webhook endpoint; needs webhooks:write scope.
    ///
    /// `PATCH /v1/webhooks/endpoints/{id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::polar;
    /// let client = polar::Client::builder().bearer_token("<access token>").build();
    /// let response = client
    ///     .webhooks()
    ///     .update_webhook_endpoint(
    ///         "<id>",
    ///         polar::types::WebhookEndpointUpdate {
    ///             url: None,
    ///             name: None,
    ///             format: None,
    ///             events: None,
    ///             enabled: None,
    ///         },
    ///     )
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_webhook_endpoint(id: impl Into<String> = into, body: super::types::WebhookEndpointUpdate);
    /// The arguments of [`Webhooks::update_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct UpdateWebhookEndpoint {
        id: String = path_param("id"),
        body: super::types::WebhookEndpointUpdate = json_body("application/json"),
    }
    patch("webhooks:update_webhook_endpoint", "/v1/webhooks/endpoints/{id}").security(&[&["oidc"], &["pat"], &["oat"]])
        -> super::types::WebhookEndpoint, UpdateWebhookEndpointError, rt::Json;
    /// Rotate a webhook endpoint secret
    ///
    /// Issues a fresh signing secret for the endpoint; needs webhooks:write scope.
    ///
    /// `PATCH /v1/webhooks/endpoints/{id}/secret`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::polar;
    /// let client = polar::Client::builder().bearer_token("<access token>").build();
    /// let response = client.webhooks().reset_webhook_endpoint_secret("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn reset_webhook_endpoint_secret(id: impl Into<String> = into);
    /// The arguments of [`Webhooks::reset_webhook_endpoint_secret`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ResetWebhookEndpointSecret {
        id: String = path_param("id"),
    }
    patch("webhooks:reset_webhook_endpoint_secret", "/v1/webhooks/endpoints/{id}/secret").security(&[&["oidc"], &["pat"], &["oat"]])
        -> super::types::WebhookEndpoint, ResetWebhookEndpointSecretError, rt::Json;
    /// List webhook deliveries
    ///
    /// Returns a page of delivery attempts made to webhook endpoints.
    ///
    /// `GET /v1/webhooks/deliveries`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use provider_clients::polar;
    /// let client = polar::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.webhooks().list_webhook_deliveries().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_webhook_deliveries();
    /// The arguments of [`Webhooks::list_webhook_deliveries`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListWebhookDeliveries {
        endpoint_id: Option<Option<super::types::ListWebhookDeliveriesEndpointId>> = query("endpoint_id"),
        start_timestamp: Option<Option<String>> = query("start_timestamp"),
        end_timestamp: Option<Option<String>> = query("end_timestamp"),
        succeeded: Option<Option<bool>> = query("succeeded"),
        query: Option<Option<String>> = query("query"),
        http_code_class: Option<Option<super::types::ListWebhookDeliveriesHttpCodeClass>> = query("http_code_class"),
        event_type: Option<Option<super::types::ListWebhookDeliveriesEventType>> = query("event_type"),
        page: Option<i64> = query("page"),
        limit: Option<i64> = query("limit"),
    }
    get("webhooks:list_webhook_deliveries", "/v1/webhooks/deliveries").security(&[&["oidc"], &["pat"], &["oat"]])
        -> super::types::ListResourceWebhookDelivery, ListWebhookDeliveriesError, rt::Json;
    setters {
        /// Only return deliveries made to these endpoints.
        endpoint_id: Option<super::types::ListWebhookDeliveriesEndpointId>,
        /// Lower bound on the delivery time.
        start_timestamp: Option<String>,
        /// Upper bound on the delivery time.
        end_timestamp: Option<String>,
        /// Only return successful (true) or failed (false) deliveries.
        succeeded: Option<bool>,
        /// Free-text search over deliveries.
        query: Option<String>,
        /// Only return deliveries whose HTTP status falls in this class.
        http_code_class: Option<super::types::ListWebhookDeliveriesHttpCodeClass>,
        /// Only return deliveries of these event types.
        event_type: Option<super::types::ListWebhookDeliveriesEventType>,
        /// 1-based page number to fetch.
        page: i64,
        /// Items per page (at most 100).
        limit: i64,
    }
    /// Redeliver a webhook event
    ///
    /// Queues another delivery attempt for an event; needs webhooks:write scope.
    ///
    /// `POST /v1/webhooks/events/{id}/redeliver`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::polar;
    /// let client = polar::Client::builder().bearer_token("<access token>").build();
    /// let response = client.webhooks().redeliver_webhook_event("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn redeliver_webhook_event(id: impl Into<String> = into);
    /// The arguments of [`Webhooks::redeliver_webhook_event`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct RedeliverWebhookEvent {
        id: String = path_param("id"),
    }
    post("webhooks:redeliver_webhook_event", "/v1/webhooks/events/{id}/redeliver").security(&[&["oidc"], &["pat"], &["oat"]])
        -> ::serde_json::Value, RedeliverWebhookEventError, rt::Json;
}
impl rt::Paginated for ListWebhookEndpoints {
    type Item = super::types::WebhookEndpoint;
    const ITEMS: Option<&'static str> = Some("items");
    const WALK: rt::Walk = rt::Walk::Page {
        total_pages: Some("pagination.max_page"),
        next_link: None,
        total_items: None,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        match cursor {
            rt::Cursor::Page(n) => rt::set_count(&mut self.page, n),
            _ => Ok(()),
        }
    }
    fn position(&self) -> rt::Position {
        rt::Position { at: rt::count(self.page), limit: rt::count(self.limit) }
    }
}
rt::errors! {
    /// The documented error responses of `list_webhook_endpoints`, chosen by status code.
    pub enum ListWebhookEndpointsError {
        /// Status 422.
        ///
        /// The request parameters failed validation.
        422 => UnprocessableEntity(super::types::HttpValidationError) = json_error,
    }
}
rt::errors! {
    /// The documented error responses of `create_webhook_endpoint`, chosen by status code.
    pub enum CreateWebhookEndpointError {
        /// Status 422.
        ///
        /// The request body failed validation.
        422 => UnprocessableEntity(super::types::HttpValidationError) = json_error,
    }
}
rt::errors! {
    /// The documented error responses of `get_webhook_endpoint`, chosen by status code.
    pub enum GetWebhookEndpointError {
        /// Status 404.
        ///
        /// No endpoint has this identifier.
        404 => NotFound(super::types::ResourceNotFound) = json_error,
        /// Status 422.
        ///
        /// The request parameters failed validation.
        422 => UnprocessableEntity(super::types::HttpValidationError) = json_error,
    }
}
/// The documented error responses of `delete_webhook_endpoint`: the same as [`GetWebhookEndpointError`]'s.
pub type DeleteWebhookEndpointError = GetWebhookEndpointError;
rt::errors! {
    /// The documented error responses of `update_webhook_endpoint`, chosen by status code.
    pub enum UpdateWebhookEndpointError {
        /// Status 404.
        ///
        /// No endpoint has this identifier.
        404 => NotFound(super::types::ResourceNotFound) = json_error,
        /// Status 422.
        ///
        /// The request failed validation.
        422 => UnprocessableEntity(super::types::HttpValidationError) = json_error,
    }
}
/// The documented error responses of `reset_webhook_endpoint_secret`: the same as [`GetWebhookEndpointError`]'s.
pub type ResetWebhookEndpointSecretError = GetWebhookEndpointError;
impl rt::Paginated for ListWebhookDeliveries {
    type Item = super::types::WebhookDelivery;
    const ITEMS: Option<&'static str> = Some("items");
    const WALK: rt::Walk = rt::Walk::Page {
        total_pages: Some("pagination.max_page"),
        next_link: None,
        total_items: None,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        match cursor {
            rt::Cursor::Page(n) => rt::set_count(&mut self.page, n),
            _ => Ok(()),
        }
    }
    fn position(&self) -> rt::Position {
        rt::Position { at: rt::count(self.page), limit: rt::count(self.limit) }
    }
}
/// The documented error responses of `list_webhook_deliveries`: the same as [`ListWebhookEndpointsError`]'s.
pub type ListWebhookDeliveriesError = ListWebhookEndpointsError;
rt::errors! {
    /// The documented error responses of `redeliver_webhook_event`, chosen by status code.
    pub enum RedeliverWebhookEventError {
        /// Status 404.
        ///
        /// No event has this identifier.
        404 => NotFound(super::types::ResourceNotFound) = json_error,
        /// Status 422.
        ///
        /// The request parameters failed validation.
        422 => UnprocessableEntity(super::types::HttpValidationError) = json_error,
    }
}
