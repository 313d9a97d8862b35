// @generated
// Generated from specs/attio.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Webhooks` operations: request builders and error types.
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
    pub fn get_v2_webhooks(&self) -> GetV2Webhooks<'a> {
        GetV2Webhooks {
            client: self.client,
            limit: None,
            offset: None,
            options: crate::runtime::RequestOptions::default(),
        }
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
    ///             subscriptions: vec![
    ///                 attio::types::GetV2WebhooksResponseDataItemSubscription { event_type
    ///                 :
    ///                 attio::types::GetV2WebhooksResponseDataItemSubscriptionEventType::CommentCreated,
    ///                 filter : None, }
    ///             ],
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
    ) -> PostV2Webhooks<'a> {
        PostV2Webhooks {
            client: self.client,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
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
    /// let response = client
    ///     .webhooks()
    ///     .get_v2_webhooks_webhook_id("<webhook_id>")
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_v2_webhooks_webhook_id(
        &self,
        webhook_id: impl Into<String>,
    ) -> GetV2WebhooksWebhookId<'a> {
        GetV2WebhooksWebhookId {
            client: self.client,
            webhook_id: webhook_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
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
    /// let response = client
    ///     .webhooks()
    ///     .delete_v2_webhooks_webhook_id("<webhook_id>")
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_v2_webhooks_webhook_id(
        &self,
        webhook_id: impl Into<String>,
    ) -> DeleteV2WebhooksWebhookId<'a> {
        DeleteV2WebhooksWebhookId {
            client: self.client,
            webhook_id: webhook_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
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
    ) -> PatchV2WebhooksWebhookId<'a> {
        PatchV2WebhooksWebhookId {
            client: self.client,
            webhook_id: webhook_id.into(),
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Webhooks::get_v2_webhooks`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetV2Webhooks<'a> {
    client: &'a super::Client,
    limit: Option<i64>,
    offset: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetV2Webhooks<'a> {
    /// Sets the `limit` parameter.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets the `offset` parameter.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetV2WebhooksError>> {
        let mut request = crate::runtime::Request::new(
            "get_v2_webhooks",
            crate::runtime::Method::GET,
            "/v2/webhooks",
            "/v2/webhooks".to_owned(),
        );
        request.security = &[&["oauth2"]];
        crate::runtime::push_query(
                &mut request.query,
                "limit",
                &self.limit,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "offset",
                &self.offset,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::GetV2WebhooksResponse,
        crate::runtime::Error<GetV2WebhooksError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::GetV2WebhooksResponse,
        crate::runtime::Error<GetV2WebhooksError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetV2WebhooksError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::GetV2WebhooksResponseDataItem>,
            crate::runtime::Error<GetV2WebhooksError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Offset(n)) = cursor {
                    builder.offset = Some(
                        n
                            .try_into()
                            .map_err(|_| crate::runtime::Error::InvalidRequest(
                                "offset out of range".into(),
                            ))?,
                    );
                }
                let current = builder
                    .offset
                    .and_then(|p| u64::try_from(p).ok())
                    .unwrap_or(0);
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "data")?;
                let next = crate::runtime::next_offset(
                    &page,
                    current,
                    builder.limit.and_then(|l| u64::try_from(l).ok()),
                    None,
                    None,
                );
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            super::types::GetV2WebhooksResponseDataItem,
            crate::runtime::Error<GetV2WebhooksError>,
        >,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `get_v2_webhooks`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetV2WebhooksError {}
/// The request of [`Webhooks::post_v2_webhooks`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct PostV2Webhooks<'a> {
    client: &'a super::Client,
    body: super::types::PostV2WebhooksRequest,
    options: crate::runtime::RequestOptions,
}
impl<'a> PostV2Webhooks<'a> {
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<PostV2WebhooksError>> {
        let mut request = crate::runtime::Request::new(
            "post_v2_webhooks",
            crate::runtime::Method::POST,
            "/v2/webhooks",
            "/v2/webhooks".to_owned(),
        );
        request.security = &[&["oauth2"]];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::PostV2WebhooksResponse,
        crate::runtime::Error<PostV2WebhooksError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::PostV2WebhooksResponse,
        crate::runtime::Error<PostV2WebhooksError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<PostV2WebhooksError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(PostV2WebhooksError::BadRequest);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `post_v2_webhooks`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PostV2WebhooksError {
    /// Status 400.
    ///
    /// Bad Request
    BadRequest(super::types::PostV2WebhooksBadRequest),
}
/// The request of [`Webhooks::get_v2_webhooks_webhook_id`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetV2WebhooksWebhookId<'a> {
    client: &'a super::Client,
    webhook_id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetV2WebhooksWebhookId<'a> {
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<GetV2WebhooksWebhookIdError>,
    > {
        let mut request = crate::runtime::Request::new(
            "get_v2_webhooks_webhook_id",
            crate::runtime::Method::GET,
            "/v2/webhooks/{webhook_id}",
            format!(
                "/v2/webhooks/{}", crate ::runtime::path_value("webhook_id", & self
                .webhook_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["oauth2"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::GetV2WebhooksWebhookIdResponse,
        crate::runtime::Error<GetV2WebhooksWebhookIdError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::GetV2WebhooksWebhookIdResponse,
        crate::runtime::Error<GetV2WebhooksWebhookIdError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetV2WebhooksWebhookIdError> {
        match response.status.as_u16() {
            404 => {
                let decoded = response.json().map(GetV2WebhooksWebhookIdError::NotFound);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `get_v2_webhooks_webhook_id`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetV2WebhooksWebhookIdError {
    /// Status 404.
    ///
    /// Not Found
    NotFound(super::types::GetV2WebhooksWebhookIdNotFound),
}
/// The request of [`Webhooks::delete_v2_webhooks_webhook_id`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct DeleteV2WebhooksWebhookId<'a> {
    client: &'a super::Client,
    webhook_id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> DeleteV2WebhooksWebhookId<'a> {
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<DeleteV2WebhooksWebhookIdError>,
    > {
        let mut request = crate::runtime::Request::new(
            "delete_v2_webhooks_webhook_id",
            crate::runtime::Method::DELETE,
            "/v2/webhooks/{webhook_id}",
            format!(
                "/v2/webhooks/{}", crate ::runtime::path_value("webhook_id", & self
                .webhook_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["oauth2"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
        crate::runtime::Error<DeleteV2WebhooksWebhookIdError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
        crate::runtime::Error<DeleteV2WebhooksWebhookIdError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<DeleteV2WebhooksWebhookIdError> {
        match response.status.as_u16() {
            404 => {
                let decoded = response
                    .json()
                    .map(DeleteV2WebhooksWebhookIdError::NotFound);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `delete_v2_webhooks_webhook_id`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteV2WebhooksWebhookIdError {
    /// Status 404.
    ///
    /// Not Found
    NotFound(super::types::DeleteV2WebhooksWebhookIdNotFound),
}
/// The request of [`Webhooks::patch_v2_webhooks_webhook_id`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct PatchV2WebhooksWebhookId<'a> {
    client: &'a super::Client,
    webhook_id: String,
    body: super::types::PatchV2WebhooksWebhookIdRequest,
    options: crate::runtime::RequestOptions,
}
impl<'a> PatchV2WebhooksWebhookId<'a> {
    /// Overrides the client's retry configuration for this call.
    pub fn retries(mut self, retry: crate::runtime::RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Overrides the client's timeout for this call (per attempt).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    fn request(
        &self,
    ) -> Result<
        crate::runtime::Request,
        crate::runtime::Error<PatchV2WebhooksWebhookIdError>,
    > {
        let mut request = crate::runtime::Request::new(
            "patch_v2_webhooks_webhook_id",
            crate::runtime::Method::PATCH,
            "/v2/webhooks/{webhook_id}",
            format!(
                "/v2/webhooks/{}", crate ::runtime::path_value("webhook_id", & self
                .webhook_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["oauth2"]];
        let value = &self.body;
        request.body = Some(
            crate::runtime::Body::json("application/json", value)
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::PatchV2WebhooksWebhookIdResponse,
        crate::runtime::Error<PatchV2WebhooksWebhookIdError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::PatchV2WebhooksWebhookIdResponse,
        crate::runtime::Error<PatchV2WebhooksWebhookIdError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<PatchV2WebhooksWebhookIdError> {
        match response.status.as_u16() {
            404 => {
                let decoded = response
                    .json()
                    .map(PatchV2WebhooksWebhookIdError::NotFound);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `patch_v2_webhooks_webhook_id`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchV2WebhooksWebhookIdError {
    /// Status 404.
    ///
    /// Not Found
    NotFound(super::types::DeleteV2WebhooksWebhookIdNotFound),
}
