// @generated
// Generated from specs/polar.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhooks` operations: request builders and error types.
use crate::runtime as rt;
/// The `webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Webhooks<'a> {
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
    pub fn list_webhook_endpoints(&self) -> rt::Call<'a, ListWebhookEndpoints> {
        self.client.core().call(ListWebhookEndpoints {
            organization_id: None,
            page: None,
            limit: None,
        })
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
    pub fn create_webhook_endpoint(
        &self,
        body: super::types::WebhookEndpointCreate,
    ) -> rt::Call<'a, CreateWebhookEndpoint> {
        self.client.core().call(CreateWebhookEndpoint { body })
    }
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
    pub fn get_webhook_endpoint(&self, id: impl Into<String>) -> rt::Call<'a, GetWebhookEndpoint> {
        self.client.core().call(GetWebhookEndpoint { id: id.into() })
    }
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
    pub fn delete_webhook_endpoint(
        &self,
        id: impl Into<String>,
    ) -> rt::Call<'a, DeleteWebhookEndpoint> {
        self.client.core().call(DeleteWebhookEndpoint { id: id.into() })
    }
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
    pub fn update_webhook_endpoint(
        &self,
        id: impl Into<String>,
        body: super::types::WebhookEndpointUpdate,
    ) -> rt::Call<'a, UpdateWebhookEndpoint> {
        self.client.core().call(UpdateWebhookEndpoint { id: id.into(), body })
    }
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
    pub fn reset_webhook_endpoint_secret(
        &self,
        id: impl Into<String>,
    ) -> rt::Call<'a, ResetWebhookEndpointSecret> {
        self.client.core().call(ResetWebhookEndpointSecret { id: id.into() })
    }
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
    pub fn list_webhook_deliveries(&self) -> rt::Call<'a, ListWebhookDeliveries> {
        self.client.core().call(ListWebhookDeliveries {
            endpoint_id: None,
            start_timestamp: None,
            end_timestamp: None,
            succeeded: None,
            query: None,
            http_code_class: None,
            event_type: None,
            page: None,
            limit: None,
        })
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
    pub fn redeliver_webhook_event(
        &self,
        id: impl Into<String>,
    ) -> rt::Call<'a, RedeliverWebhookEvent> {
        self.client.core().call(RedeliverWebhookEvent { id: id.into() })
    }
}
/// The arguments of [`Webhooks::list_webhook_endpoints`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListWebhookEndpoints {
    organization_id: Option<Option<super::types::ListWebhookEndpointsOrganizationId>>,
    page: Option<i64>,
    limit: Option<i64>,
}
impl rt::Operation for ListWebhookEndpoints {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get(
        "webhooks:list_webhook_endpoints",
        "/v1/webhooks/endpoints",
    )
    .security(&[&["oidc"], &["pat"], &["oat"]]);
    type Output = super::types::ListResourceWebhookEndpoint;
    type Error = ListWebhookEndpointsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("organization_id", &self.organization_id);
        request.query("page", &self.page);
        request.query("limit", &self.limit);
        Ok(())
    }
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
rt::setters! {
    ListWebhookEndpoints {
        /// Only return endpoints of these organizations.
        organization_id: Option<super::types::ListWebhookEndpointsOrganizationId>,
        /// 1-based page number to fetch.
        page: i64,
        /// Items per page (at most 100).
        limit: i64,
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
/// The arguments of [`Webhooks::create_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct CreateWebhookEndpoint {
    body: super::types::WebhookEndpointCreate,
}
impl rt::Operation for CreateWebhookEndpoint {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post(
        "webhooks:create_webhook_endpoint",
        "/v1/webhooks/endpoints",
    )
    .security(&[&["oidc"], &["pat"], &["oat"]]);
    type Output = super::types::WebhookEndpoint;
    type Error = CreateWebhookEndpointError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
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
/// The arguments of [`Webhooks::get_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct GetWebhookEndpoint {
    id: String,
}
impl rt::Operation for GetWebhookEndpoint {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get(
        "webhooks:get_webhook_endpoint",
        "/v1/webhooks/endpoints/{id}",
    )
    .security(&[&["oidc"], &["pat"], &["oat"]]);
    type Output = super::types::WebhookEndpoint;
    type Error = GetWebhookEndpointError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
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
/// The arguments of [`Webhooks::delete_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct DeleteWebhookEndpoint {
    id: String,
}
impl rt::Operation for DeleteWebhookEndpoint {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::delete(
        "webhooks:delete_webhook_endpoint",
        "/v1/webhooks/endpoints/{id}",
    )
    .security(&[&["oidc"], &["pat"], &["oat"]]);
    type Output = ();
    type Error = DeleteWebhookEndpointError;
    type Decoder = rt::Empty;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
/// The documented error responses of `delete_webhook_endpoint`: the same as [`GetWebhookEndpointError`]'s.
pub type DeleteWebhookEndpointError = GetWebhookEndpointError;
/// The arguments of [`Webhooks::update_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct UpdateWebhookEndpoint {
    id: String,
    body: super::types::WebhookEndpointUpdate,
}
impl rt::Operation for UpdateWebhookEndpoint {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::patch(
        "webhooks:update_webhook_endpoint",
        "/v1/webhooks/endpoints/{id}",
    )
    .security(&[&["oidc"], &["pat"], &["oat"]]);
    type Output = super::types::WebhookEndpoint;
    type Error = UpdateWebhookEndpointError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        let value = &self.body;
        request.json_body("application/json", value);
        Ok(())
    }
}
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
/// The arguments of [`Webhooks::reset_webhook_endpoint_secret`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ResetWebhookEndpointSecret {
    id: String,
}
impl rt::Operation for ResetWebhookEndpointSecret {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::patch(
        "webhooks:reset_webhook_endpoint_secret",
        "/v1/webhooks/endpoints/{id}/secret",
    )
    .security(&[&["oidc"], &["pat"], &["oat"]]);
    type Output = super::types::WebhookEndpoint;
    type Error = ResetWebhookEndpointSecretError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
/// The documented error responses of `reset_webhook_endpoint_secret`: the same as [`GetWebhookEndpointError`]'s.
pub type ResetWebhookEndpointSecretError = GetWebhookEndpointError;
/// The arguments of [`Webhooks::list_webhook_deliveries`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListWebhookDeliveries {
    endpoint_id: Option<Option<super::types::ListWebhookDeliveriesEndpointId>>,
    start_timestamp: Option<Option<String>>,
    end_timestamp: Option<Option<String>>,
    succeeded: Option<Option<bool>>,
    query: Option<Option<String>>,
    http_code_class: Option<Option<super::types::ListWebhookDeliveriesHttpCodeClass>>,
    event_type: Option<Option<super::types::ListWebhookDeliveriesEventType>>,
    page: Option<i64>,
    limit: Option<i64>,
}
impl rt::Operation for ListWebhookDeliveries {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get(
        "webhooks:list_webhook_deliveries",
        "/v1/webhooks/deliveries",
    )
    .security(&[&["oidc"], &["pat"], &["oat"]]);
    type Output = super::types::ListResourceWebhookDelivery;
    type Error = ListWebhookDeliveriesError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("endpoint_id", &self.endpoint_id);
        request.query("start_timestamp", &self.start_timestamp);
        request.query("end_timestamp", &self.end_timestamp);
        request.query("succeeded", &self.succeeded);
        request.query("query", &self.query);
        request.query("http_code_class", &self.http_code_class);
        request.query("event_type", &self.event_type);
        request.query("page", &self.page);
        request.query("limit", &self.limit);
        Ok(())
    }
}
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
rt::setters! {
    ListWebhookDeliveries {
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
}
/// The documented error responses of `list_webhook_deliveries`: the same as [`ListWebhookEndpointsError`]'s.
pub type ListWebhookDeliveriesError = ListWebhookEndpointsError;
/// The arguments of [`Webhooks::redeliver_webhook_event`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct RedeliverWebhookEvent {
    id: String,
}
impl rt::Operation for RedeliverWebhookEvent {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::post(
        "webhooks:redeliver_webhook_event",
        "/v1/webhooks/events/{id}/redeliver",
    )
    .security(&[&["oidc"], &["pat"], &["oat"]]);
    type Output = ::serde_json::Value;
    type Error = RedeliverWebhookEventError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("id", &self.id);
        Ok(())
    }
}
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
