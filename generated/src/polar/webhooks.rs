// @generated
// Generated from specs/polar.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhooks` operations: request builders and error types.
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
    pub fn list_webhook_endpoints(
        &self,
    ) -> crate::runtime::Call<'a, ListWebhookEndpoints> {
        crate::runtime::Call::new(
            self.client.core(),
            ListWebhookEndpoints {
                organization_id: None,
                page: None,
                limit: None,
            },
        )
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
    ) -> crate::runtime::Call<'a, CreateWebhookEndpoint> {
        crate::runtime::Call::new(self.client.core(), CreateWebhookEndpoint { body })
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
    pub fn get_webhook_endpoint(
        &self,
        id: impl Into<String>,
    ) -> crate::runtime::Call<'a, GetWebhookEndpoint> {
        crate::runtime::Call::new(
            self.client.core(),
            GetWebhookEndpoint {
                id: id.into(),
            },
        )
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
    ) -> crate::runtime::Call<'a, DeleteWebhookEndpoint> {
        crate::runtime::Call::new(
            self.client.core(),
            DeleteWebhookEndpoint {
                id: id.into(),
            },
        )
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
    ) -> crate::runtime::Call<'a, UpdateWebhookEndpoint> {
        crate::runtime::Call::new(
            self.client.core(),
            UpdateWebhookEndpoint {
                id: id.into(),
                body,
            },
        )
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
    ) -> crate::runtime::Call<'a, ResetWebhookEndpointSecret> {
        crate::runtime::Call::new(
            self.client.core(),
            ResetWebhookEndpointSecret {
                id: id.into(),
            },
        )
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
    pub fn list_webhook_deliveries(
        &self,
    ) -> crate::runtime::Call<'a, ListWebhookDeliveries> {
        crate::runtime::Call::new(
            self.client.core(),
            ListWebhookDeliveries {
                endpoint_id: None,
                start_timestamp: None,
                end_timestamp: None,
                succeeded: None,
                query: None,
                http_code_class: None,
                event_type: None,
                page: None,
                limit: None,
            },
        )
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
    ) -> crate::runtime::Call<'a, RedeliverWebhookEvent> {
        crate::runtime::Call::new(
            self.client.core(),
            RedeliverWebhookEvent {
                id: id.into(),
            },
        )
    }
}
/// The arguments of [`Webhooks::list_webhook_endpoints`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListWebhookEndpoints {
    organization_id: Option<Option<super::types::ListWebhookEndpointsOrganizationId>>,
    page: Option<i64>,
    limit: Option<i64>,
}
impl crate::runtime::Operation for ListWebhookEndpoints {
    type Output = super::types::ListResourceWebhookEndpoint;
    type Error = ListWebhookEndpointsError;
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<ListWebhookEndpointsError>,
    > {
        let mut request = crate::runtime::Request::new(
            "webhooks:list_webhook_endpoints",
            crate::runtime::Method::GET,
            "/v1/webhooks/endpoints",
            "/v1/webhooks/endpoints".to_owned(),
        );
        request.security = &[&["oidc"], &["pat"], &["oat"]];
        crate::runtime::push_query(
                &mut request.query,
                "organization_id",
                &self.organization_id,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "page",
                &self.page,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "limit",
                &self.limit,
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
            422 => {
                let decoded = response
                    .json()
                    .map(ListWebhookEndpointsError::UnprocessableEntity);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
impl crate::runtime::Paginated for ListWebhookEndpoints {
    type Item = super::types::WebhookEndpoint;
    const ITEMS: Option<&'static str> = Some("items");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Page {
        total_pages: Some("pagination.max_page"),
        next_link: None,
        total_items: None,
    };
    fn seek(&mut self, cursor: crate::runtime::Cursor) -> Result<(), String> {
        match cursor {
            crate::runtime::Cursor::Page(n) => {
                crate::runtime::set_count(&mut self.page, n)
            }
            _ => Ok(()),
        }
    }
    fn position(&self) -> crate::runtime::Position {
        crate::runtime::Position {
            at: crate::runtime::count(self.page),
            limit: crate::runtime::count(self.limit),
        }
    }
}
impl<'a> crate::runtime::Call<'a, ListWebhookEndpoints> {
    /// Only return endpoints of these organizations.
    pub fn organization_id(
        mut self,
        value: Option<super::types::ListWebhookEndpointsOrganizationId>,
    ) -> Self {
        self.args.organization_id = Some(value);
        self
    }
    /// 1-based page number to fetch.
    pub fn page(mut self, value: i64) -> Self {
        self.args.page = Some(value);
        self
    }
    /// Items per page (at most 100).
    pub fn limit(mut self, value: i64) -> Self {
        self.args.limit = Some(value);
        self
    }
}
/// The documented error responses of `list_webhook_endpoints`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListWebhookEndpointsError {
    /// Status 422.
    ///
    /// The request parameters failed validation.
    UnprocessableEntity(super::types::HttpValidationError),
}
/// The arguments of [`Webhooks::create_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct CreateWebhookEndpoint {
    body: super::types::WebhookEndpointCreate,
}
impl crate::runtime::Operation for CreateWebhookEndpoint {
    type Output = super::types::WebhookEndpoint;
    type Error = CreateWebhookEndpointError;
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<CreateWebhookEndpointError>,
    > {
        let mut request = crate::runtime::Request::new(
            "webhooks:create_webhook_endpoint",
            crate::runtime::Method::POST,
            "/v1/webhooks/endpoints",
            "/v1/webhooks/endpoints".to_owned(),
        );
        request.security = &[&["oidc"], &["pat"], &["oat"]];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
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
            422 => {
                let decoded = response
                    .json()
                    .map(CreateWebhookEndpointError::UnprocessableEntity);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `create_webhook_endpoint`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateWebhookEndpointError {
    /// Status 422.
    ///
    /// The request body failed validation.
    UnprocessableEntity(super::types::HttpValidationError),
}
/// The arguments of [`Webhooks::get_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct GetWebhookEndpoint {
    id: String,
}
impl crate::runtime::Operation for GetWebhookEndpoint {
    type Output = super::types::WebhookEndpoint;
    type Error = GetWebhookEndpointError;
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<GetWebhookEndpointError>,
    > {
        let mut request = crate::runtime::Request::new(
            "webhooks:get_webhook_endpoint",
            crate::runtime::Method::GET,
            "/v1/webhooks/endpoints/{id}",
            format!(
                "/v1/webhooks/endpoints/{}", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["oidc"], &["pat"], &["oat"]];
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
            404 => {
                let decoded = response.json().map(GetWebhookEndpointError::NotFound);
                response.api_error(decoded)
            }
            422 => {
                let decoded = response
                    .json()
                    .map(GetWebhookEndpointError::UnprocessableEntity);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `get_webhook_endpoint`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetWebhookEndpointError {
    /// Status 404.
    ///
    /// No endpoint has this identifier.
    NotFound(super::types::ResourceNotFound),
    /// Status 422.
    ///
    /// The request parameters failed validation.
    UnprocessableEntity(super::types::HttpValidationError),
}
/// The arguments of [`Webhooks::delete_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct DeleteWebhookEndpoint {
    id: String,
}
impl crate::runtime::Operation for DeleteWebhookEndpoint {
    type Output = ();
    type Error = DeleteWebhookEndpointError;
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<DeleteWebhookEndpointError>,
    > {
        let mut request = crate::runtime::Request::new(
            "webhooks:delete_webhook_endpoint",
            crate::runtime::Method::DELETE,
            "/v1/webhooks/endpoints/{id}",
            format!(
                "/v1/webhooks/endpoints/{}", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["oidc"], &["pat"], &["oat"]];
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
            404 => {
                let decoded = response.json().map(DeleteWebhookEndpointError::NotFound);
                response.api_error(decoded)
            }
            422 => {
                let decoded = response
                    .json()
                    .map(DeleteWebhookEndpointError::UnprocessableEntity);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `delete_webhook_endpoint`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteWebhookEndpointError {
    /// Status 404.
    ///
    /// No endpoint has this identifier.
    NotFound(super::types::ResourceNotFound),
    /// Status 422.
    ///
    /// The request parameters failed validation.
    UnprocessableEntity(super::types::HttpValidationError),
}
/// The arguments of [`Webhooks::update_webhook_endpoint`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct UpdateWebhookEndpoint {
    id: String,
    body: super::types::WebhookEndpointUpdate,
}
impl crate::runtime::Operation for UpdateWebhookEndpoint {
    type Output = super::types::WebhookEndpoint;
    type Error = UpdateWebhookEndpointError;
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<UpdateWebhookEndpointError>,
    > {
        let mut request = crate::runtime::Request::new(
            "webhooks:update_webhook_endpoint",
            crate::runtime::Method::PATCH,
            "/v1/webhooks/endpoints/{id}",
            format!(
                "/v1/webhooks/endpoints/{}", crate ::runtime::path_value("id", & self.id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["oidc"], &["pat"], &["oat"]];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
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
            404 => {
                let decoded = response.json().map(UpdateWebhookEndpointError::NotFound);
                response.api_error(decoded)
            }
            422 => {
                let decoded = response
                    .json()
                    .map(UpdateWebhookEndpointError::UnprocessableEntity);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `update_webhook_endpoint`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateWebhookEndpointError {
    /// Status 404.
    ///
    /// No endpoint has this identifier.
    NotFound(super::types::ResourceNotFound),
    /// Status 422.
    ///
    /// The request failed validation.
    UnprocessableEntity(super::types::HttpValidationError),
}
/// The arguments of [`Webhooks::reset_webhook_endpoint_secret`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ResetWebhookEndpointSecret {
    id: String,
}
impl crate::runtime::Operation for ResetWebhookEndpointSecret {
    type Output = super::types::WebhookEndpoint;
    type Error = ResetWebhookEndpointSecretError;
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<ResetWebhookEndpointSecretError>,
    > {
        let mut request = crate::runtime::Request::new(
            "webhooks:reset_webhook_endpoint_secret",
            crate::runtime::Method::PATCH,
            "/v1/webhooks/endpoints/{id}/secret",
            format!(
                "/v1/webhooks/endpoints/{}/secret", crate ::runtime::path_value("id", &
                self.id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["oidc"], &["pat"], &["oat"]];
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
            404 => {
                let decoded = response
                    .json()
                    .map(ResetWebhookEndpointSecretError::NotFound);
                response.api_error(decoded)
            }
            422 => {
                let decoded = response
                    .json()
                    .map(ResetWebhookEndpointSecretError::UnprocessableEntity);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `reset_webhook_endpoint_secret`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ResetWebhookEndpointSecretError {
    /// Status 404.
    ///
    /// No endpoint has this identifier.
    NotFound(super::types::ResourceNotFound),
    /// Status 422.
    ///
    /// The request parameters failed validation.
    UnprocessableEntity(super::types::HttpValidationError),
}
/// The arguments of [`Webhooks::list_webhook_deliveries`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
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
impl crate::runtime::Operation for ListWebhookDeliveries {
    type Output = super::types::ListResourceWebhookDelivery;
    type Error = ListWebhookDeliveriesError;
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<ListWebhookDeliveriesError>,
    > {
        let mut request = crate::runtime::Request::new(
            "webhooks:list_webhook_deliveries",
            crate::runtime::Method::GET,
            "/v1/webhooks/deliveries",
            "/v1/webhooks/deliveries".to_owned(),
        );
        request.security = &[&["oidc"], &["pat"], &["oat"]];
        crate::runtime::push_query(
                &mut request.query,
                "endpoint_id",
                &self.endpoint_id,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "start_timestamp",
                &self.start_timestamp,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "end_timestamp",
                &self.end_timestamp,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "succeeded",
                &self.succeeded,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "query",
                &self.query,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "http_code_class",
                &self.http_code_class,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "event_type",
                &self.event_type,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "page",
                &self.page,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "limit",
                &self.limit,
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
            422 => {
                let decoded = response
                    .json()
                    .map(ListWebhookDeliveriesError::UnprocessableEntity);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
impl crate::runtime::Paginated for ListWebhookDeliveries {
    type Item = super::types::WebhookDelivery;
    const ITEMS: Option<&'static str> = Some("items");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Page {
        total_pages: Some("pagination.max_page"),
        next_link: None,
        total_items: None,
    };
    fn seek(&mut self, cursor: crate::runtime::Cursor) -> Result<(), String> {
        match cursor {
            crate::runtime::Cursor::Page(n) => {
                crate::runtime::set_count(&mut self.page, n)
            }
            _ => Ok(()),
        }
    }
    fn position(&self) -> crate::runtime::Position {
        crate::runtime::Position {
            at: crate::runtime::count(self.page),
            limit: crate::runtime::count(self.limit),
        }
    }
}
impl<'a> crate::runtime::Call<'a, ListWebhookDeliveries> {
    /// Only return deliveries made to these endpoints.
    pub fn endpoint_id(
        mut self,
        value: Option<super::types::ListWebhookDeliveriesEndpointId>,
    ) -> Self {
        self.args.endpoint_id = Some(value);
        self
    }
    /// Lower bound on the delivery time.
    pub fn start_timestamp(mut self, value: Option<String>) -> Self {
        self.args.start_timestamp = Some(value);
        self
    }
    /// Upper bound on the delivery time.
    pub fn end_timestamp(mut self, value: Option<String>) -> Self {
        self.args.end_timestamp = Some(value);
        self
    }
    /// Only return successful (true) or failed (false) deliveries.
    pub fn succeeded(mut self, value: Option<bool>) -> Self {
        self.args.succeeded = Some(value);
        self
    }
    /// Free-text search over deliveries.
    pub fn query(mut self, value: Option<String>) -> Self {
        self.args.query = Some(value);
        self
    }
    /// Only return deliveries whose HTTP status falls in this class.
    pub fn http_code_class(
        mut self,
        value: Option<super::types::ListWebhookDeliveriesHttpCodeClass>,
    ) -> Self {
        self.args.http_code_class = Some(value);
        self
    }
    /// Only return deliveries of these event types.
    pub fn event_type(
        mut self,
        value: Option<super::types::ListWebhookDeliveriesEventType>,
    ) -> Self {
        self.args.event_type = Some(value);
        self
    }
    /// 1-based page number to fetch.
    pub fn page(mut self, value: i64) -> Self {
        self.args.page = Some(value);
        self
    }
    /// Items per page (at most 100).
    pub fn limit(mut self, value: i64) -> Self {
        self.args.limit = Some(value);
        self
    }
}
/// The documented error responses of `list_webhook_deliveries`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListWebhookDeliveriesError {
    /// Status 422.
    ///
    /// The request parameters failed validation.
    UnprocessableEntity(super::types::HttpValidationError),
}
/// The arguments of [`Webhooks::redeliver_webhook_event`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct RedeliverWebhookEvent {
    id: String,
}
impl crate::runtime::Operation for RedeliverWebhookEvent {
    type Output = ::serde_json::Value;
    type Error = RedeliverWebhookEventError;
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<RedeliverWebhookEventError>,
    > {
        let mut request = crate::runtime::Request::new(
            "webhooks:redeliver_webhook_event",
            crate::runtime::Method::POST,
            "/v1/webhooks/events/{id}/redeliver",
            format!(
                "/v1/webhooks/events/{}/redeliver", crate ::runtime::path_value("id", &
                self.id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["oidc"], &["pat"], &["oat"]];
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
            404 => {
                let decoded = response.json().map(RedeliverWebhookEventError::NotFound);
                response.api_error(decoded)
            }
            422 => {
                let decoded = response
                    .json()
                    .map(RedeliverWebhookEventError::UnprocessableEntity);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `redeliver_webhook_event`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum RedeliverWebhookEventError {
    /// Status 404.
    ///
    /// No event has this identifier.
    NotFound(super::types::ResourceNotFound),
    /// Status 422.
    ///
    /// The request parameters failed validation.
    UnprocessableEntity(super::types::HttpValidationError),
}
