// @generated
// Generated from specs/codat.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Webhooks` operations: request builders and error types.
#![allow(deprecated)]
/// The `Webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Webhooks<'a> {
    /// List webhook consumers
    ///
    /// Returns every webhook consumer configured for your client.
    ///
    /// `GET /webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::codat;
    /// let client = codat::Client::builder().auth_header("<api key>").build();
    /// let response = client.webhooks().list_consumers().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_consumers(&self) -> ListConsumers<'a> {
        ListConsumers {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Create webhook consumer
    ///
    /// Registers a new endpoint that receives the chosen Codat event types.
    ///
    /// `POST /webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::codat;
    /// let client = codat::Client::builder().auth_header("<api key>").build();
    /// let response = client.webhooks().create_consumer().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_consumer(&self) -> CreateConsumer<'a> {
        CreateConsumer {
            client: self.client,
            body: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Delete webhook consumer
    ///
    /// Removes the webhook consumer with the given ID.
    ///
    /// `DELETE /webhooks/{webhookId}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::codat;
    /// let client = codat::Client::builder().auth_header("<api key>").build();
    /// let response = client
    ///     .webhooks()
    ///     .delete_consumer("<webhookId>".to_owned())
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_consumer(&self, webhook_id: impl Into<String>) -> DeleteConsumer<'a> {
        DeleteConsumer {
            client: self.client,
            webhook_id: webhook_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// List webhooks (legacy)
    ///
    /// Pages through the client's rule-based webhooks; superseded by webhook consumers.
    ///
    /// `GET /rules`
    ///
    /// **Deprecated**: the API marks this operation as deprecated.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use provider_clients::codat;
    /// let client = codat::Client::builder().auth_header("<api key>").build();
    /// #[allow(deprecated)]
    /// let mut items = std::pin::pin!(client.webhooks().list().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated = "the API marks this operation as deprecated"]
    pub fn list(&self) -> List<'a> {
        List {
            client: self.client,
            page: None,
            page_size: None,
            query: None,
            order_by: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Create webhook (legacy)
    ///
    /// Adds a rule-based webhook; use webhook consumers for new integrations.
    ///
    /// `POST /rules`
    ///
    /// **Deprecated**: the API marks this operation as deprecated.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::codat;
    /// let client = codat::Client::builder().auth_header("<api key>").build();
    /// #[allow(deprecated)]
    /// let response = client.webhooks().create().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated = "the API marks this operation as deprecated"]
    pub fn create(&self) -> Create<'a> {
        Create {
            client: self.client,
            body: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Get webhook (legacy)
    ///
    /// Fetches one rule-based webhook by its ID.
    ///
    /// `GET /rules/{ruleId}`
    ///
    /// **Deprecated**: the API marks this operation as deprecated.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use provider_clients::codat;
    /// let client = codat::Client::builder().auth_header("<api key>").build();
    /// #[allow(deprecated)]
    /// let response = client.webhooks().get("<ruleId>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated = "the API marks this operation as deprecated"]
    pub fn get(&self, rule_id: impl Into<String>) -> Get<'a> {
        Get {
            client: self.client,
            rule_id: rule_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Webhooks::list_consumers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListConsumers<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListConsumers<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListConsumersError>> {
        let mut request = crate::runtime::Request::new(
            "list-webhook-consumers",
            crate::runtime::Method::GET,
            "/webhooks",
            "/webhooks".to_owned(),
        );
        request.security = &[&["auth_header"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookConsumers,
        crate::runtime::Error<ListConsumersError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookConsumers,
        crate::runtime::Error<ListConsumersError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListConsumersError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(ListConsumersError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response.json().map(ListConsumersError::Unauthorized);
                response.api_error(decoded)
            }
            402 => {
                let decoded = response.json().map(ListConsumersError::PaymentRequired);
                response.api_error(decoded)
            }
            403 => {
                let decoded = response.json().map(ListConsumersError::Forbidden);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response.json().map(ListConsumersError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(ListConsumersError::InternalServerError);
                response.api_error(decoded)
            }
            503 => {
                let decoded = response
                    .json()
                    .map(ListConsumersError::ServiceUnavailable);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `list_consumers`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListConsumersError {
    /// Status 400.
    ///
    /// The request was rejected as invalid.
    BadRequest(super::types::ErrorMessage),
    /// Status 401.
    ///
    /// Credentials were missing or not accepted.
    Unauthorized(super::types::ErrorMessage),
    /// Status 402.
    ///
    /// A plan or account limit prevents this request.
    PaymentRequired(super::types::ErrorMessage),
    /// Status 403.
    ///
    /// The API key lacks access to this resource or is outdated.
    Forbidden(super::types::ErrorMessage),
    /// Status 429.
    ///
    /// Rate limit hit; back off briefly and retry.
    TooManyRequests(super::types::ErrorMessage),
    /// Status 500.
    ///
    /// Codat hit an unexpected failure; retry later.
    InternalServerError(super::types::ErrorMessage),
    /// Status 503.
    ///
    /// The API is down for maintenance; retry later.
    ServiceUnavailable(super::types::ErrorMessage),
}
/// The request of [`Webhooks::create_consumer`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct CreateConsumer<'a> {
    client: &'a super::Client,
    body: Option<super::types::WebhookConsumerPrototype>,
    options: crate::runtime::RequestOptions,
}
impl<'a> CreateConsumer<'a> {
    /// Sets the request body.
    pub fn body(mut self, value: super::types::WebhookConsumerPrototype) -> Self {
        self.body = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateConsumerError>> {
        let mut request = crate::runtime::Request::new(
            "create-webhook-consumer",
            crate::runtime::Method::POST,
            "/webhooks",
            "/webhooks".to_owned(),
        );
        request.security = &[&["auth_header"]];
        if let Some(value) = &self.body {
            request.body = Some(
                crate::runtime::Body::json("application/json", value)
                    .map_err(crate::runtime::Error::InvalidRequest)?,
            );
        }
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::WebhookConsumer,
        crate::runtime::Error<CreateConsumerError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookConsumer,
        crate::runtime::Error<CreateConsumerError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CreateConsumerError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(CreateConsumerError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response.json().map(CreateConsumerError::Unauthorized);
                response.api_error(decoded)
            }
            402 => {
                let decoded = response.json().map(CreateConsumerError::PaymentRequired);
                response.api_error(decoded)
            }
            403 => {
                let decoded = response.json().map(CreateConsumerError::Forbidden);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response.json().map(CreateConsumerError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(CreateConsumerError::InternalServerError);
                response.api_error(decoded)
            }
            503 => {
                let decoded = response
                    .json()
                    .map(CreateConsumerError::ServiceUnavailable);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `create_consumer`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateConsumerError {
    /// Status 400.
    ///
    /// The request was rejected as invalid.
    BadRequest(super::types::ErrorMessage),
    /// Status 401.
    ///
    /// Credentials were missing or not accepted.
    Unauthorized(super::types::ErrorMessage),
    /// Status 402.
    ///
    /// A plan or account limit prevents this request.
    PaymentRequired(super::types::ErrorMessage),
    /// Status 403.
    ///
    /// The API key lacks access to this resource or is outdated.
    Forbidden(super::types::ErrorMessage),
    /// Status 429.
    ///
    /// Rate limit hit; back off briefly and retry.
    TooManyRequests(super::types::ErrorMessage),
    /// Status 500.
    ///
    /// Codat hit an unexpected failure; retry later.
    InternalServerError(super::types::ErrorMessage),
    /// Status 503.
    ///
    /// The API is down for maintenance; retry later.
    ServiceUnavailable(super::types::ErrorMessage),
}
/// The request of [`Webhooks::delete_consumer`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct DeleteConsumer<'a> {
    client: &'a super::Client,
    webhook_id: super::types::WebhookConsumerId,
    options: crate::runtime::RequestOptions,
}
impl<'a> DeleteConsumer<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<DeleteConsumerError>> {
        let mut request = crate::runtime::Request::new(
            "delete-webhook-consumer",
            crate::runtime::Method::DELETE,
            "/webhooks/{webhookId}",
            format!(
                "/webhooks/{}", crate ::runtime::path_value("webhookId", & self
                .webhook_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["auth_header"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<DeleteConsumerError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<DeleteConsumerError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<DeleteConsumerError> {
        match response.status.as_u16() {
            401 => {
                let decoded = response.json().map(DeleteConsumerError::Unauthorized);
                response.api_error(decoded)
            }
            402 => {
                let decoded = response.json().map(DeleteConsumerError::PaymentRequired);
                response.api_error(decoded)
            }
            403 => {
                let decoded = response.json().map(DeleteConsumerError::Forbidden);
                response.api_error(decoded)
            }
            404 => {
                let decoded = response.json().map(DeleteConsumerError::NotFound);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response.json().map(DeleteConsumerError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response
                    .json()
                    .map(DeleteConsumerError::InternalServerError);
                response.api_error(decoded)
            }
            503 => {
                let decoded = response
                    .json()
                    .map(DeleteConsumerError::ServiceUnavailable);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `delete_consumer`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteConsumerError {
    /// Status 401.
    ///
    /// Credentials were missing or not accepted.
    Unauthorized(super::types::ErrorMessage),
    /// Status 402.
    ///
    /// A plan or account limit prevents this request.
    PaymentRequired(super::types::ErrorMessage),
    /// Status 403.
    ///
    /// The API key lacks access to this resource or is outdated.
    Forbidden(super::types::ErrorMessage),
    /// Status 404.
    ///
    /// A referenced resource does not exist or was removed.
    NotFound(super::types::ErrorMessage),
    /// Status 429.
    ///
    /// Rate limit hit; back off briefly and retry.
    TooManyRequests(super::types::ErrorMessage),
    /// Status 500.
    ///
    /// Codat hit an unexpected failure; retry later.
    InternalServerError(super::types::ErrorMessage),
    /// Status 503.
    ///
    /// The API is down for maintenance; retry later.
    ServiceUnavailable(super::types::ErrorMessage),
}
/// The request of [`Webhooks::list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct List<'a> {
    client: &'a super::Client,
    page: Option<i32>,
    page_size: Option<i32>,
    query: Option<String>,
    order_by: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> List<'a> {
    /// One-based number of the page to fetch.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// How many records each page should hold.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Filter expression written in Codat's query language.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Field to sort by; prefix with a minus for descending.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListError>> {
        let mut request = crate::runtime::Request::new(
            "list-rules",
            crate::runtime::Method::GET,
            "/rules",
            "/rules".to_owned(),
        );
        request.security = &[&["auth_header"]];
        crate::runtime::push_query(
                &mut request.query,
                "page",
                &self.page,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "pageSize",
                &self.page_size,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "query",
                &self.query,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "orderBy",
                &self.order_by,
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
    ) -> Result<super::types::Webhooks, crate::runtime::Error<ListError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Webhooks, crate::runtime::Error<ListError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(ListError::BadRequest);
                response.api_error(decoded)
            }
            401 => {
                let decoded = response.json().map(ListError::Unauthorized);
                response.api_error(decoded)
            }
            402 => {
                let decoded = response.json().map(ListError::PaymentRequired);
                response.api_error(decoded)
            }
            403 => {
                let decoded = response.json().map(ListError::Forbidden);
                response.api_error(decoded)
            }
            404 => {
                let decoded = response.json().map(ListError::NotFound);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response.json().map(ListError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response.json().map(ListError::InternalServerError);
                response.api_error(decoded)
            }
            503 => {
                let decoded = response.json().map(ListError::ServiceUnavailable);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Webhook>,
            crate::runtime::Error<ListError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Page(n)) = cursor {
                    builder.page = Some(
                        n
                            .try_into()
                            .map_err(|_| crate::runtime::Error::InvalidRequest(
                                "page number out of range".into(),
                            ))?,
                    );
                }
                let current = builder
                    .page
                    .and_then(|p| u64::try_from(p).ok())
                    .unwrap_or(1);
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "results")?;
                let next = crate::runtime::next_page(
                    &page,
                    current,
                    builder.page_size.and_then(|l| u64::try_from(l).ok()),
                    None,
                    Some("_links.next.href"),
                );
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Webhook, crate::runtime::Error<ListError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListError {
    /// Status 400.
    ///
    /// The supplied query expression could not be parsed.
    BadRequest(super::types::ErrorMessage),
    /// Status 401.
    ///
    /// Credentials were missing or not accepted.
    Unauthorized(super::types::ErrorMessage),
    /// Status 402.
    ///
    /// A plan or account limit prevents this request.
    PaymentRequired(super::types::ErrorMessage),
    /// Status 403.
    ///
    /// The API key lacks access to this resource or is outdated.
    Forbidden(super::types::ErrorMessage),
    /// Status 404.
    ///
    /// A referenced resource does not exist or was removed.
    NotFound(super::types::ErrorMessage),
    /// Status 429.
    ///
    /// Rate limit hit; back off briefly and retry.
    TooManyRequests(super::types::ErrorMessage),
    /// Status 500.
    ///
    /// Codat hit an unexpected failure; retry later.
    InternalServerError(super::types::ErrorMessage),
    /// Status 503.
    ///
    /// The API is down for maintenance; retry later.
    ServiceUnavailable(super::types::ErrorMessage),
}
/// The request of [`Webhooks::create`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct Create<'a> {
    client: &'a super::Client,
    body: Option<super::types::CreateRule>,
    options: crate::runtime::RequestOptions,
}
impl<'a> Create<'a> {
    /// Rule settings for the legacy webhook being added.
    pub fn body(mut self, value: super::types::CreateRule) -> Self {
        self.body = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateError>> {
        let mut request = crate::runtime::Request::new(
            "create-rule",
            crate::runtime::Method::POST,
            "/rules",
            "/rules".to_owned(),
        );
        request.security = &[&["auth_header"]];
        if let Some(value) = &self.body {
            request.body = Some(
                crate::runtime::Body::json("application/json", value)
                    .map_err(crate::runtime::Error::InvalidRequest)?,
            );
        }
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Webhook, crate::runtime::Error<CreateError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Webhook, crate::runtime::Error<CreateError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CreateError> {
        match response.status.as_u16() {
            401 => {
                let decoded = response.json().map(CreateError::Unauthorized);
                response.api_error(decoded)
            }
            402 => {
                let decoded = response.json().map(CreateError::PaymentRequired);
                response.api_error(decoded)
            }
            403 => {
                let decoded = response.json().map(CreateError::Forbidden);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response.json().map(CreateError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response.json().map(CreateError::InternalServerError);
                response.api_error(decoded)
            }
            503 => {
                let decoded = response.json().map(CreateError::ServiceUnavailable);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `create`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateError {
    /// Status 401.
    ///
    /// Credentials were missing or not accepted.
    Unauthorized(super::types::ErrorMessage),
    /// Status 402.
    ///
    /// A plan or account limit prevents this request.
    PaymentRequired(super::types::ErrorMessage),
    /// Status 403.
    ///
    /// The API key lacks access to this resource or is outdated.
    Forbidden(super::types::ErrorMessage),
    /// Status 429.
    ///
    /// Rate limit hit; back off briefly and retry.
    TooManyRequests(super::types::ErrorMessage),
    /// Status 500.
    ///
    /// Codat hit an unexpected failure; retry later.
    InternalServerError(super::types::ErrorMessage),
    /// Status 503.
    ///
    /// The API is down for maintenance; retry later.
    ServiceUnavailable(super::types::ErrorMessage),
}
/// The request of [`Webhooks::get`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct Get<'a> {
    client: &'a super::Client,
    rule_id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> Get<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetError>> {
        let mut request = crate::runtime::Request::new(
            "get-webhook",
            crate::runtime::Method::GET,
            "/rules/{ruleId}",
            format!(
                "/rules/{}", crate ::runtime::path_value("ruleId", & self.rule_id)
                .map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[&["auth_header"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::Webhook, crate::runtime::Error<GetError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Webhook, crate::runtime::Error<GetError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetError> {
        match response.status.as_u16() {
            401 => {
                let decoded = response.json().map(GetError::Unauthorized);
                response.api_error(decoded)
            }
            402 => {
                let decoded = response.json().map(GetError::PaymentRequired);
                response.api_error(decoded)
            }
            403 => {
                let decoded = response.json().map(GetError::Forbidden);
                response.api_error(decoded)
            }
            404 => {
                let decoded = response.json().map(GetError::NotFound);
                response.api_error(decoded)
            }
            429 => {
                let decoded = response.json().map(GetError::TooManyRequests);
                response.api_error(decoded)
            }
            500 => {
                let decoded = response.json().map(GetError::InternalServerError);
                response.api_error(decoded)
            }
            503 => {
                let decoded = response.json().map(GetError::ServiceUnavailable);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `get`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetError {
    /// Status 401.
    ///
    /// Credentials were missing or not accepted.
    Unauthorized(super::types::ErrorMessage),
    /// Status 402.
    ///
    /// A plan or account limit prevents this request.
    PaymentRequired(super::types::ErrorMessage),
    /// Status 403.
    ///
    /// The API key lacks access to this resource or is outdated.
    Forbidden(super::types::ErrorMessage),
    /// Status 404.
    ///
    /// A referenced resource does not exist or was removed.
    NotFound(super::types::ErrorMessage),
    /// Status 429.
    ///
    /// Rate limit hit; back off briefly and retry.
    TooManyRequests(super::types::ErrorMessage),
    /// Status 500.
    ///
    /// Codat hit an unexpected failure; retry later.
    InternalServerError(super::types::ErrorMessage),
    /// Status 503.
    ///
    /// The API is down for maintenance; retry later.
    ServiceUnavailable(super::types::ErrorMessage),
}
