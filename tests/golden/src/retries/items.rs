// @generated
// Generated from tests/fixtures/types/retries.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Items` operations: request builders and error types.
/// The `Items` operations. Get it with [`Client::items`](super::Client::items).
#[derive(Debug, Clone, Copy)]
pub struct Items<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Items<'a> {
    /// The document's policy, retried on 503 only.
    ///
    /// `GET /items`
    ///
    /// **Retries**: the API declares a retry policy: retried on 503; the wait starts at 1 ms and grows 1.5× each time up to 5 ms; no retry starts after 5000 ms. `ClientBuilder::retry` or a call's `.retries(...)` replace it.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::retries;
    /// let client = retries::Client::builder().build();
    /// let response = client.items().list_items().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_items(&self) -> ListItems<'a> {
        ListItems {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// A POST with its own policy, so it may be retried; every 5xx is.
    ///
    /// `POST /items`
    ///
    /// **Retries**: the API declares a retry policy: retried on 429, 5XX, connection errors; the wait starts at 1 ms and grows 2× each time up to 5 ms; no retry starts after 5000 ms. `ClientBuilder::retry` or a call's `.retries(...)` replace it.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::retries;
    /// let client = retries::Client::builder().build();
    /// let response = client
    ///     .items()
    ///     .create_item(retries::types::Item {
    ///         id: "<id>".to_owned(),
    ///     })
    ///     .send()
    ///     .await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_item(&self, body: super::types::Item) -> CreateItem<'a> {
        CreateItem {
            client: self.client,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Retries turned off for this operation.
    ///
    /// `DELETE /items/{id}`
    ///
    /// **Retries**: the API declares that this operation is not retried.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::retries;
    /// let client = retries::Client::builder().build();
    /// let response = client.items().delete_item("<id>").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_item(&self, id: impl Into<String>) -> DeleteItem<'a> {
        DeleteItem {
            client: self.client,
            id: id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Items::list_items`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListItems<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListItems<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListItemsError>> {
        let mut request = crate::runtime::Request::new(
            "listItems",
            crate::runtime::Method::GET,
            "/items",
            "/items".to_owned(),
        );
        request.security = &[];
        request.retry_non_idempotent = true;
        request.retry = Some(
            crate::runtime::RetryConfig::backoff(
                    ::std::time::Duration::from_millis(1),
                    ::std::time::Duration::from_millis(5),
                    ::std::time::Duration::from_millis(5000),
                    1.5,
                )
                .statuses(&[503]),
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Vec<super::types::Item>, crate::runtime::Error<ListItemsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Vec<super::types::Item>, crate::runtime::Error<ListItemsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListItemsError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_items`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListItemsError {}
/// The request of [`Items::create_item`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct CreateItem<'a> {
    client: &'a super::Client,
    body: super::types::Item,
    options: crate::runtime::RequestOptions,
}
impl<'a> CreateItem<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<CreateItemError>> {
        let mut request = crate::runtime::Request::new(
            "createItem",
            crate::runtime::Method::POST,
            "/items",
            "/items".to_owned(),
        );
        request.security = &[];
        request.retry_non_idempotent = true;
        request.retry = Some(
            crate::runtime::RetryConfig::backoff(
                    ::std::time::Duration::from_millis(1),
                    ::std::time::Duration::from_millis(5),
                    ::std::time::Duration::from_millis(5000),
                    2.0,
                )
                .statuses(&[429])
                .status_classes(&[5])
                .retry_connection_errors(true),
        );
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
    ) -> Result<super::types::Item, crate::runtime::Error<CreateItemError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::Item, crate::runtime::Error<CreateItemError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<CreateItemError> {
        response.unexpected()
    }
}
/// The documented error responses of `create_item`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateItemError {}
/// The request of [`Items::delete_item`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct DeleteItem<'a> {
    client: &'a super::Client,
    id: String,
    options: crate::runtime::RequestOptions,
}
impl<'a> DeleteItem<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<DeleteItemError>> {
        let mut request = crate::runtime::Request::new(
            "deleteItem",
            crate::runtime::Method::DELETE,
            "/items/{id}",
            format!(
                "/items/{}", crate ::runtime::path_value("id", & self.id).map_err(crate
                ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        request.retry_non_idempotent = true;
        request.retry = Some(
            crate::runtime::RetryConfig::backoff(
                ::std::time::Duration::from_millis(500),
                ::std::time::Duration::from_millis(60000),
                ::std::time::Duration::from_millis(0),
                1.5,
            ),
        );
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::runtime::Error<DeleteItemError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<(), crate::runtime::Error<DeleteItemError>> {
        if response.status.is_success() {
            Ok(())
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<DeleteItemError> {
        response.unexpected()
    }
}
/// The documented error responses of `delete_item`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteItemError {}
