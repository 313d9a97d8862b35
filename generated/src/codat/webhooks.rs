// @generated
// Generated from specs/codat.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Webhooks` operations: request builders and error types.
#![allow(deprecated)]
use crate::runtime as rt;
/// The `Webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Webhooks;
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
    pub fn create_consumer();
    /// The arguments of [`Webhooks::create_consumer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct CreateConsumer {
        body: Option<super::types::WebhookConsumerPrototype> = optional_json_body("application/json"),
    }
    post("create-webhook-consumer", "/webhooks").security(&[&["auth_header"]])
        -> super::types::WebhookConsumer, CreateConsumerError, rt::Json;
    setters {
        /// Sets the request body.
        body: super::types::WebhookConsumerPrototype,
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
    /// let response = client.webhooks().delete_consumer("<webhookId>".to_owned()).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_consumer(webhook_id: impl Into<String> = into);
    /// The arguments of [`Webhooks::delete_consumer`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct DeleteConsumer {
        webhook_id: super::types::WebhookConsumerId = path_param("webhookId"),
    }
    delete("delete-webhook-consumer", "/webhooks/{webhookId}").security(&[&["auth_header"]])
        -> (), DeleteConsumerError, rt::Empty;
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
    pub fn list();
    /// The arguments of [`Webhooks::list`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct List {
        page: Option<i32> = query("page"),
        page_size: Option<i32> = query("pageSize"),
        query: Option<String> = query("query"),
        order_by: Option<String> = query("orderBy"),
    }
    get("list-rules", "/rules").security(&[&["auth_header"]])
        -> super::types::Webhooks, ListError, rt::Json;
    setters {
        /// One-based number of the page to fetch.
        page: i32,
        /// How many records each page should hold.
        page_size: i32,
        /// Filter expression written in Codat's query language.
        query: impl Into<String> = into,
        /// Field to sort by; prefix with a minus for descending.
        order_by: impl Into<String> = into,
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
    pub fn create();
    /// The arguments of [`Webhooks::create`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct Create {
        body: Option<super::types::CreateRule> = optional_json_body("application/json"),
    }
    post("create-rule", "/rules").security(&[&["auth_header"]])
        -> super::types::Webhook, CreateError, rt::Json;
    setters {
        /// Rule settings for the legacy webhook being added.
        body: super::types::CreateRule,
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
    pub fn get(rule_id: impl Into<String> = into);
    /// The arguments of [`Webhooks::get`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct Get {
        rule_id: String = path_param("ruleId"),
    }
    get("get-webhook", "/rules/{ruleId}").security(&[&["auth_header"]])
        -> super::types::Webhook, GetError, rt::Json;
}
rt::operations! {
    impl Webhooks;
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
    pub fn list_consumers();
    /// The arguments of [`Webhooks::list_consumers`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListConsumers {}
    get("list-webhook-consumers", "/webhooks").security(&[&["auth_header"]])
        -> super::types::WebhookConsumers, ListConsumersError, rt::Json {}
}
rt::errors! {
    /// The documented error responses of `list_consumers`, chosen by status code.
    pub enum ListConsumersError {
        /// Status 400.
        ///
        /// The request was rejected as invalid.
        400 => BadRequest(super::types::ErrorMessage) = json_error,
        /// Status 401.
        ///
        /// Credentials were missing or not accepted.
        401 => Unauthorized(super::types::ErrorMessage) = json_error,
        /// Status 402.
        ///
        /// A plan or account limit prevents this request.
        402 => PaymentRequired(super::types::ErrorMessage) = json_error,
        /// Status 403.
        ///
        /// The API key lacks access to this resource or is outdated.
        403 => Forbidden(super::types::ErrorMessage) = json_error,
        /// Status 429.
        ///
        /// Rate limit hit; back off briefly and retry.
        429 => TooManyRequests(super::types::ErrorMessage) = json_error,
        /// Status 500.
        ///
        /// Codat hit an unexpected failure; retry later.
        500 => InternalServerError(super::types::ErrorMessage) = json_error,
        /// Status 503.
        ///
        /// The API is down for maintenance; retry later.
        503 => ServiceUnavailable(super::types::ErrorMessage) = json_error,
    }
}
/// The documented error responses of `create_consumer`: the same as [`ListConsumersError`]'s.
pub type CreateConsumerError = ListConsumersError;
rt::errors! {
    /// The documented error responses of `delete_consumer`, chosen by status code.
    pub enum DeleteConsumerError {
        /// Status 401.
        ///
        /// Credentials were missing or not accepted.
        401 => Unauthorized(super::types::ErrorMessage) = json_error,
        /// Status 402.
        ///
        /// A plan or account limit prevents this request.
        402 => PaymentRequired(super::types::ErrorMessage) = json_error,
        /// Status 403.
        ///
        /// The API key lacks access to this resource or is outdated.
        403 => Forbidden(super::types::ErrorMessage) = json_error,
        /// Status 404.
        ///
        /// A referenced resource does not exist or was removed.
        404 => NotFound(super::types::ErrorMessage) = json_error,
        /// Status 429.
        ///
        /// Rate limit hit; back off briefly and retry.
        429 => TooManyRequests(super::types::ErrorMessage) = json_error,
        /// Status 500.
        ///
        /// Codat hit an unexpected failure; retry later.
        500 => InternalServerError(super::types::ErrorMessage) = json_error,
        /// Status 503.
        ///
        /// The API is down for maintenance; retry later.
        503 => ServiceUnavailable(super::types::ErrorMessage) = json_error,
    }
}
impl rt::Paginated for List {
    type Item = super::types::Webhook;
    const ITEMS: Option<&'static str> = Some("results");
    const WALK: rt::Walk = rt::Walk::Page {
        total_pages: None,
        next_link: Some("_links.next.href"),
        total_items: None,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        match cursor {
            rt::Cursor::Page(n) => rt::set_count(&mut self.page, n),
            _ => Ok(()),
        }
    }
    fn position(&self) -> rt::Position {
        rt::Position { at: rt::count(self.page), limit: rt::count(self.page_size) }
    }
}
rt::errors! {
    /// The documented error responses of `list`, chosen by status code.
    pub enum ListError {
        /// Status 400.
        ///
        /// The supplied query expression could not be parsed.
        400 => BadRequest(super::types::ErrorMessage) = json_error,
        /// Status 401.
        ///
        /// Credentials were missing or not accepted.
        401 => Unauthorized(super::types::ErrorMessage) = json_error,
        /// Status 402.
        ///
        /// A plan or account limit prevents this request.
        402 => PaymentRequired(super::types::ErrorMessage) = json_error,
        /// Status 403.
        ///
        /// The API key lacks access to this resource or is outdated.
        403 => Forbidden(super::types::ErrorMessage) = json_error,
        /// Status 404.
        ///
        /// A referenced resource does not exist or was removed.
        404 => NotFound(super::types::ErrorMessage) = json_error,
        /// Status 429.
        ///
        /// Rate limit hit; back off briefly and retry.
        429 => TooManyRequests(super::types::ErrorMessage) = json_error,
        /// Status 500.
        ///
        /// Codat hit an unexpected failure; retry later.
        500 => InternalServerError(super::types::ErrorMessage) = json_error,
        /// Status 503.
        ///
        /// The API is down for maintenance; retry later.
        503 => ServiceUnavailable(super::types::ErrorMessage) = json_error,
    }
}
rt::errors! {
    /// The documented error responses of `create`, chosen by status code.
    pub enum CreateError {
        /// Status 401.
        ///
        /// Credentials were missing or not accepted.
        401 => Unauthorized(super::types::ErrorMessage) = json_error,
        /// Status 402.
        ///
        /// A plan or account limit prevents this request.
        402 => PaymentRequired(super::types::ErrorMessage) = json_error,
        /// Status 403.
        ///
        /// The API key lacks access to this resource or is outdated.
        403 => Forbidden(super::types::ErrorMessage) = json_error,
        /// Status 429.
        ///
        /// Rate limit hit; back off briefly and retry.
        429 => TooManyRequests(super::types::ErrorMessage) = json_error,
        /// Status 500.
        ///
        /// Codat hit an unexpected failure; retry later.
        500 => InternalServerError(super::types::ErrorMessage) = json_error,
        /// Status 503.
        ///
        /// The API is down for maintenance; retry later.
        503 => ServiceUnavailable(super::types::ErrorMessage) = json_error,
    }
}
/// The documented error responses of `get`: the same as [`DeleteConsumerError`]'s.
pub type GetError = DeleteConsumerError;
