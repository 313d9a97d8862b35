// @generated
// Generated from tests/fixtures/types/pagination_speakeasy.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Orders` operations: request builders and error types.
/// The `Orders` operations. Get it with [`Client::orders`](super::Client::orders).
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Orders<'a> {
    /// `GET /orders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_speakeasy;
    /// let client = pagination_speakeasy::Client::builder().build();
    /// let mut items = std::pin::pin!(client.orders().list_orders().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_orders(&self) -> ListOrders<'a> {
        ListOrders {
            client: self.client,
            page: None,
            limit: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /events`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_speakeasy;
    /// let client = pagination_speakeasy::Client::builder().build();
    /// let mut items = std::pin::pin!(client.orders().list_events().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_events(&self) -> ListEvents<'a> {
        ListEvents {
            client: self.client,
            offset: None,
            limit: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /tickets`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_speakeasy;
    /// let client = pagination_speakeasy::Client::builder().build();
    /// let mut items = std::pin::pin!(client.orders().list_tickets().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_tickets(&self) -> ListTickets<'a> {
        ListTickets {
            client: self.client,
            page_after: None,
            page_size: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /charges`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_speakeasy;
    /// let client = pagination_speakeasy::Client::builder().build();
    /// let mut items = std::pin::pin!(client.orders().list_charges().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_charges(&self) -> ListCharges<'a> {
        ListCharges {
            client: self.client,
            starting_after: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /files`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_speakeasy;
    /// let client = pagination_speakeasy::Client::builder().build();
    /// let mut items = std::pin::pin!(client.orders().list_files().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_files(&self) -> ListFiles<'a> {
        ListFiles {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /unsupported`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_speakeasy;
    /// let client = pagination_speakeasy::Client::builder().build();
    /// let response = client.orders().list_unsupported().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_unsupported(&self) -> ListUnsupported<'a> {
        ListUnsupported {
            client: self.client,
            cursor: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /problems`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_speakeasy;
    /// let client = pagination_speakeasy::Client::builder().build();
    /// let mut items = std::pin::pin!(client.orders().list_problems().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_problems(&self) -> ListProblems<'a> {
        ListProblems {
            client: self.client,
            page_after: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /views/{view_id}/execute`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_speakeasy;
    /// let client = pagination_speakeasy::Client::builder().build();
    /// let mut items = std::pin::pin!(client.orders().execute_view(10).items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn execute_view(&self, view_id: i64) -> ExecuteView<'a> {
        ExecuteView {
            client: self.client,
            view_id,
            page_after: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Orders::list_orders`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListOrders<'a> {
    client: &'a super::Client,
    page: Option<i64>,
    limit: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListOrders<'a> {
    /// Sets the `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// Sets the `limit` parameter.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListOrdersError>> {
        let mut request = crate::runtime::Request::new(
            "listOrders",
            crate::runtime::Method::GET,
            "/orders",
            "/orders".to_owned(),
        );
        request.security = &[];
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
                "limit",
                &self.limit,
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
        super::types::ListOrdersResponse,
        crate::runtime::Error<ListOrdersError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ListOrdersResponse,
        crate::runtime::Error<ListOrdersError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListOrdersError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListOrdersError>,
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
                let page = crate::runtime::page_items(&response, "items")?;
                let next = crate::runtime::next_page(
                    &page,
                    current,
                    builder.limit.and_then(|l| u64::try_from(l).ok()),
                    Some("pagination.max_page"),
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
        Item = Result<super::types::Item, crate::runtime::Error<ListOrdersError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_orders`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersError {}
/// The request of [`Orders::list_events`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListEvents<'a> {
    client: &'a super::Client,
    offset: Option<i64>,
    limit: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListEvents<'a> {
    /// Sets the `offset` parameter.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sets the `limit` parameter.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListEventsError>> {
        let mut request = crate::runtime::Request::new(
            "listEvents",
            crate::runtime::Method::GET,
            "/events",
            "/events".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "offset",
                &self.offset,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "limit",
                &self.limit,
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
        super::types::ListEventsResponse,
        crate::runtime::Error<ListEventsError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ListEventsResponse,
        crate::runtime::Error<ListEventsError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListEventsError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListEventsError>,
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
                let page = crate::runtime::page_items(&response, "events")?;
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
        Item = Result<super::types::Item, crate::runtime::Error<ListEventsError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_events`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListEventsError {}
/// The request of [`Orders::list_tickets`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListTickets<'a> {
    client: &'a super::Client,
    page_after: Option<String>,
    page_size: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListTickets<'a> {
    /// Sets the `page[after]` parameter.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.page_after = Some(value.into());
        self
    }
    /// Sets the `page[size]` parameter.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListTicketsError>> {
        let mut request = crate::runtime::Request::new(
            "listTickets",
            crate::runtime::Method::GET,
            "/tickets",
            "/tickets".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "page[after]",
                &self.page_after,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "page[size]",
                &self.page_size,
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
        super::types::ListTicketsResponse,
        crate::runtime::Error<ListTicketsError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ListTicketsResponse,
        crate::runtime::Error<ListTicketsError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListTicketsError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListTicketsError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Token(token)) = cursor {
                    builder.page_after = Some(token);
                }
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "tickets")?;
                let next = crate::runtime::next_cursor(&page, "meta.after_cursor", None);
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Item, crate::runtime::Error<ListTicketsError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_tickets`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListTicketsError {}
/// The request of [`Orders::list_charges`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListCharges<'a> {
    client: &'a super::Client,
    starting_after: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListCharges<'a> {
    /// Sets the `starting_after` parameter.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListChargesError>> {
        let mut request = crate::runtime::Request::new(
            "listCharges",
            crate::runtime::Method::GET,
            "/charges",
            "/charges".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "starting_after",
                &self.starting_after,
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
        super::types::ListChargesResponse,
        crate::runtime::Error<ListChargesError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ListChargesResponse,
        crate::runtime::Error<ListChargesError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListChargesError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListChargesError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Token(token)) = cursor {
                    builder.starting_after = Some(token);
                }
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "data")?;
                let next = crate::runtime::next_cursor_from_last_item(
                    &page,
                    "data",
                    "id",
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
        Item = Result<super::types::Item, crate::runtime::Error<ListChargesError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_charges`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListChargesError {}
/// The request of [`Orders::list_files`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListFiles<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListFiles<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListFilesError>> {
        let mut request = crate::runtime::Request::new(
            "listFiles",
            crate::runtime::Method::GET,
            "/files",
            "/files".to_owned(),
        );
        request.security = &[];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::ListFilesResponse, crate::runtime::Error<ListFilesError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::ListFilesResponse, crate::runtime::Error<ListFilesError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListFilesError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListFilesError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let builder = self.clone();
            async move {
                let request = crate::runtime::at_next_url(builder.request()?, cursor);
                let url = builder
                    .client
                    .core()
                    .request_url(&request)
                    .map_err(crate::runtime::Error::InvalidRequest)?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "files")?;
                let next = crate::runtime::next_url_in_body(&page, &url, "links.next");
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Item, crate::runtime::Error<ListFilesError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_files`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListFilesError {}
/// The request of [`Orders::list_unsupported`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListUnsupported<'a> {
    client: &'a super::Client,
    cursor: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListUnsupported<'a> {
    /// Sets the `cursor` parameter.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListUnsupportedError>> {
        let mut request = crate::runtime::Request::new(
            "listUnsupported",
            crate::runtime::Method::GET,
            "/unsupported",
            "/unsupported".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "cursor",
                &self.cursor,
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
    ) -> Result<Vec<super::types::Item>, crate::runtime::Error<ListUnsupportedError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Vec<super::types::Item>, crate::runtime::Error<ListUnsupportedError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListUnsupportedError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_unsupported`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListUnsupportedError {}
/// The request of [`Orders::list_problems`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListProblems<'a> {
    client: &'a super::Client,
    page_after: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListProblems<'a> {
    /// Sets the `page[after]` parameter.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.page_after = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListProblemsError>> {
        let mut request = crate::runtime::Request::new(
            "listProblems",
            crate::runtime::Method::GET,
            "/problems",
            "/problems".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "page[after]",
                &self.page_after,
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
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
        crate::runtime::Error<ListProblemsError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
        crate::runtime::Error<ListProblemsError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListProblemsError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<::serde_json::Value>,
            crate::runtime::Error<ListProblemsError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Token(token)) = cursor {
                    builder.page_after = Some(token);
                }
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items_of_only_array(&response)?;
                let next = crate::runtime::next_cursor(&page, "meta.after_cursor", None);
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<::serde_json::Value, crate::runtime::Error<ListProblemsError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_problems`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListProblemsError {}
/// The request of [`Orders::execute_view`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ExecuteView<'a> {
    client: &'a super::Client,
    view_id: i64,
    page_after: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ExecuteView<'a> {
    /// Sets the `page[after]` parameter.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.page_after = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ExecuteViewError>> {
        let mut request = crate::runtime::Request::new(
            "executeView",
            crate::runtime::Method::GET,
            "/views/{view_id}/execute",
            format!(
                "/views/{}/execute", crate ::runtime::path_value("view_id", & self
                .view_id).map_err(crate ::runtime::Error::InvalidRequest) ?
            ),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "page[after]",
                &self.page_after,
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
        super::types::ExecuteViewResponse,
        crate::runtime::Error<ExecuteViewError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ExecuteViewResponse,
        crate::runtime::Error<ExecuteViewError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ExecuteViewError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ExecuteViewError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Token(token)) = cursor {
                    builder.page_after = Some(token);
                }
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "rows")?;
                let next = crate::runtime::next_cursor(&page, "meta.after_cursor", None);
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Item, crate::runtime::Error<ExecuteViewError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `execute_view`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ExecuteViewError {}
