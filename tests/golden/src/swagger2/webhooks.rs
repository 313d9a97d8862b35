// @generated
// Generated from tests/fixtures/types/swagger2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `webhooks` operations: request builders and error types.
/// The `webhooks` operations. Get it with [`Client::webhooks`](super::Client::webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Webhooks<'a> {
    /// `GET /webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::swagger2;
    /// let client = swagger2::Client::builder().build();
    /// let response = client.webhooks().get_webhooks().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_webhooks(&self) -> GetWebhooks<'a> {
        GetWebhooks {
            client: self.client,
            limit: None,
            status: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `POST /webhooks`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::swagger2;
    /// let client = swagger2::Client::builder().build();
    /// let response = client
    ///     .webhooks()
    ///     .insert_webhook(swagger2::types::Webhook {
    ///         webhook_oid: None,
    ///         webhook_url: None,
    ///         api_version: None,
    ///         authentication_type: None,
    ///         event_categories: None,
    ///         maximum_events: None,
    ///         compress_events: None,
    ///         basic_password: None,
    ///         last_failure: None,
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn insert_webhook(&self, body: super::types::Webhook) -> InsertWebhook<'a> {
        InsertWebhook {
            client: self.client,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `POST /webhooks/{webhook_oid}/file`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::swagger2;
    /// let client = swagger2::Client::builder().build();
    /// let response = client
    ///     .webhooks()
    ///     .upload_webhook_file(10, ::bytes::Bytes::from_static(b"..."))
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_webhook_file(
        &self,
        webhook_oid: i32,
        body: ::bytes::Bytes,
    ) -> UploadWebhookFile<'a> {
        UploadWebhookFile {
            client: self.client,
            webhook_oid,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Webhooks::get_webhooks`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct GetWebhooks<'a> {
    client: &'a super::Client,
    limit: Option<i32>,
    status: Option<Vec<super::types::GetWebhooksStatusItem>>,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetWebhooks<'a> {
    /// Sets the `_limit` parameter.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets the `status` parameter.
    pub fn status(mut self, value: Vec<super::types::GetWebhooksStatusItem>) -> Self {
        self.status = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<GetWebhooksError>> {
        let mut request = crate::runtime::Request::new(
            "getWebhooks",
            crate::runtime::Method::GET,
            "/webhooks",
            "/webhooks".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "_limit",
                &self.limit,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "status",
                &self.status,
                crate::runtime::QueryStyle::Form {
                    explode: false,
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
        super::types::WebhooksResponse,
        crate::runtime::Error<GetWebhooksError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhooksResponse,
        crate::runtime::Error<GetWebhooksError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<GetWebhooksError> {
        match response.status.as_u16() {
            400 => {
                let decoded = response.json().map(GetWebhooksError::BadRequest);
                response.api_error(decoded)
            }
            _ => response.unexpected(),
        }
    }
}
/// The documented error responses of `get_webhooks`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum GetWebhooksError {
    /// Status 400.
    ///
    /// Bad request.
    BadRequest(super::types::ErrorResponse),
}
/// The request of [`Webhooks::insert_webhook`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct InsertWebhook<'a> {
    client: &'a super::Client,
    body: super::types::Webhook,
    options: crate::runtime::RequestOptions,
}
impl<'a> InsertWebhook<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<InsertWebhookError>> {
        let mut request = crate::runtime::Request::new(
            "insertWebhook",
            crate::runtime::Method::POST,
            "/webhooks",
            "/webhooks".to_owned(),
        );
        request.security = &[];
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
        super::types::WebhookResponse,
        crate::runtime::Error<InsertWebhookError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::WebhookResponse,
        crate::runtime::Error<InsertWebhookError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<InsertWebhookError> {
        response.unexpected()
    }
}
/// The documented error responses of `insert_webhook`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum InsertWebhookError {}
/// The request of [`Webhooks::upload_webhook_file`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct UploadWebhookFile<'a> {
    client: &'a super::Client,
    webhook_oid: i32,
    body: ::bytes::Bytes,
    options: crate::runtime::RequestOptions,
}
impl<'a> UploadWebhookFile<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<UploadWebhookFileError>> {
        let mut request = crate::runtime::Request::new(
            "uploadWebhookFile",
            crate::runtime::Method::POST,
            "/webhooks/{webhook_oid}/file",
            format!(
                "/webhooks/{}/file", crate ::runtime::path_value("webhook_oid", & self
                .webhook_oid).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        let value = &self.body;
        request.body = Some(
            Ok::<
                _,
                String,
            >(crate::runtime::Body {
                    content_type: "multipart/form-data",
                    bytes: value.clone(),
                })
                .map_err(crate::runtime::Error::InvalidRequest)?,
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<(), crate::runtime::Error<UploadWebhookFileError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<UploadWebhookFileError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<UploadWebhookFileError> {
        response.unexpected()
    }
}
/// The documented error responses of `upload_webhook_file`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadWebhookFileError {}
