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
    pub fn list_consumers(&self) -> crate::runtime::Call<'a, ListConsumers> {
        crate::runtime::Call::new(self.client.core(), ListConsumers {})
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
    pub fn create_consumer(&self) -> crate::runtime::Call<'a, CreateConsumer> {
        crate::runtime::Call::new(self.client.core(), CreateConsumer { body: None })
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
    pub fn delete_consumer(
        &self,
        webhook_id: impl Into<String>,
    ) -> crate::runtime::Call<'a, DeleteConsumer> {
        crate::runtime::Call::new(
            self.client.core(),
            DeleteConsumer {
                webhook_id: webhook_id.into(),
            },
        )
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
    pub fn list(&self) -> crate::runtime::Call<'a, List> {
        crate::runtime::Call::new(
            self.client.core(),
            List {
                page: None,
                page_size: None,
                query: None,
                order_by: None,
            },
        )
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
    pub fn create(&self) -> crate::runtime::Call<'a, Create> {
        crate::runtime::Call::new(self.client.core(), Create { body: None })
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
    pub fn get(&self, rule_id: impl Into<String>) -> crate::runtime::Call<'a, Get> {
        crate::runtime::Call::new(self.client.core(), Get { rule_id: rule_id.into() })
    }
}
/// The arguments of [`Webhooks::list_consumers`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListConsumers {}
impl crate::runtime::Operation for ListConsumers {
    type Output = super::types::WebhookConsumers;
    type Error = ListConsumersError;
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
/// The arguments of [`Webhooks::create_consumer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct CreateConsumer {
    body: Option<super::types::WebhookConsumerPrototype>,
}
impl crate::runtime::Operation for CreateConsumer {
    type Output = super::types::WebhookConsumer;
    type Error = CreateConsumerError;
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
impl<'a> crate::runtime::Call<'a, CreateConsumer> {
    /// Sets the request body.
    pub fn body(mut self, value: super::types::WebhookConsumerPrototype) -> Self {
        self.args.body = Some(value);
        self
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
/// The arguments of [`Webhooks::delete_consumer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct DeleteConsumer {
    webhook_id: super::types::WebhookConsumerId,
}
impl crate::runtime::Operation for DeleteConsumer {
    type Output = ();
    type Error = DeleteConsumerError;
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
/// The arguments of [`Webhooks::list`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct List {
    page: Option<i32>,
    page_size: Option<i32>,
    query: Option<String>,
    order_by: Option<String>,
}
impl crate::runtime::Operation for List {
    type Output = super::types::Webhooks;
    type Error = ListError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "pageSize",
                &self.page_size,
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
                "orderBy",
                &self.order_by,
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
}
impl crate::runtime::Paginated for List {
    type Item = super::types::Webhook;
    const ITEMS: Option<&'static str> = Some("results");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Page {
        total_pages: None,
        next_link: Some("_links.next.href"),
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
            limit: crate::runtime::count(self.page_size),
        }
    }
}
impl<'a> crate::runtime::Call<'a, List> {
    /// One-based number of the page to fetch.
    pub fn page(mut self, value: i32) -> Self {
        self.args.page = Some(value);
        self
    }
    /// How many records each page should hold.
    pub fn page_size(mut self, value: i32) -> Self {
        self.args.page_size = Some(value);
        self
    }
    /// Filter expression written in Codat's query language.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.args.query = Some(value.into());
        self
    }
    /// Field to sort by; prefix with a minus for descending.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.args.order_by = Some(value.into());
        self
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
/// The arguments of [`Webhooks::create`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct Create {
    body: Option<super::types::CreateRule>,
}
impl crate::runtime::Operation for Create {
    type Output = super::types::Webhook;
    type Error = CreateError;
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
impl<'a> crate::runtime::Call<'a, Create> {
    /// Rule settings for the legacy webhook being added.
    pub fn body(mut self, value: super::types::CreateRule) -> Self {
        self.args.body = Some(value);
        self
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
/// The arguments of [`Webhooks::get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct Get {
    rule_id: String,
}
impl crate::runtime::Operation for Get {
    type Output = super::types::Webhook;
    type Error = GetError;
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
