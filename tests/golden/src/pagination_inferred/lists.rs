// @generated
// Generated from tests/fixtures/types/pagination_inferred.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Lists` operations: request builders and error types.
/// The `Lists` operations. Get it with [`Client::lists`](super::Client::lists).
#[derive(Debug, Clone, Copy)]
pub struct Lists<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Lists<'a> {
    /// `GET /repos`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_repos().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_repos(&self) -> ListRepos<'a> {
        ListRepos {
            client: self.client,
            per_page: None,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /people`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_people().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_people(&self) -> ListPeople<'a> {
        ListPeople {
            client: self.client,
            limit: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /folders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_folders().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_folders(&self) -> ListFolders<'a> {
        ListFolders {
            client: self.client,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /logs`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_logs().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_logs(&self) -> ListLogs<'a> {
        ListLogs {
            client: self.client,
            page_token: None,
            page_size: None,
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
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_tickets().items());
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
            page_before: None,
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
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_charges().items());
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
            limit: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /orders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_orders().items());
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
            per_page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /products`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_products().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_products(&self) -> ListProducts<'a> {
        ListProducts {
            client: self.client,
            page: None,
            page_size: None,
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
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_events().items());
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
    /// `GET /tags`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let response = client.lists().list_tags().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_tags(&self) -> ListTags<'a> {
        ListTags {
            client: self.client,
            limit: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /labels`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let response = client.lists().list_labels().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_labels(&self) -> ListLabels<'a> {
        ListLabels {
            client: self.client,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /views`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let response = client.lists().list_views().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_views(&self) -> ListViews<'a> {
        ListViews {
            client: self.client,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /macros`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let mut items = std::pin::pin!(client.lists().list_macros().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_macros(&self) -> ListMacros<'a> {
        ListMacros {
            client: self.client,
            page_after: None,
            page_before: None,
            page_size: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// `GET /notes`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder()
    ///     .bearer_token("<access token>")
    ///     .build();
    /// let response = client.lists().list_notes().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_notes(&self) -> ListNotes<'a> {
        ListNotes {
            client: self.client,
            cursor: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Lists::list_repos`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListRepos<'a> {
    client: &'a super::Client,
    per_page: Option<i64>,
    page: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListRepos<'a> {
    /// Sets the `per_page` parameter.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sets the `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListReposError>> {
        let mut request = crate::runtime::Request::new(
            "listRepos",
            crate::runtime::Method::GET,
            "/repos",
            "/repos".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
        crate::runtime::push_query(
                &mut request.query,
                "per_page",
                &self.per_page,
                crate::runtime::QueryStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "page",
                &self.page,
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
    ) -> Result<Vec<super::types::Item>, crate::runtime::Error<ListReposError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Vec<super::types::Item>, crate::runtime::Error<ListReposError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListReposError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListReposError>,
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
                let page = crate::runtime::page_items(&response, "")?;
                let next = crate::runtime::next_url_in_link_header(
                    &page,
                    &response.headers,
                    &url,
                );
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Item, crate::runtime::Error<ListReposError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_repos`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListReposError {}
/// The request of [`Lists::list_people`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListPeople<'a> {
    client: &'a super::Client,
    limit: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListPeople<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListPeopleError>> {
        let mut request = crate::runtime::Request::new(
            "listPeople",
            crate::runtime::Method::GET,
            "/people",
            "/people".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
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
        super::types::ListPeopleResponse,
        crate::runtime::Error<ListPeopleError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ListPeopleResponse,
        crate::runtime::Error<ListPeopleError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListPeopleError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListPeopleError>,
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
                let page = crate::runtime::page_items(&response, "results")?;
                let next = crate::runtime::next_url_in_body(&page, &url, "next");
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Item, crate::runtime::Error<ListPeopleError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_people`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPeopleError {}
/// The request of [`Lists::list_folders`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListFolders<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListFolders<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListFoldersError>> {
        let mut request = crate::runtime::Request::new(
            "listFolders",
            crate::runtime::Method::GET,
            "/folders",
            "/folders".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        super::types::ListFoldersResponse,
        crate::runtime::Error<ListFoldersError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ListFoldersResponse,
        crate::runtime::Error<ListFoldersError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListFoldersError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListFoldersError>,
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
                let page = crate::runtime::page_items(&response, "data")?;
                let next = crate::runtime::next_url_in_body(&page, &url, "links.next");
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Item, crate::runtime::Error<ListFoldersError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_folders`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListFoldersError {}
/// The request of [`Lists::list_logs`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListLogs<'a> {
    client: &'a super::Client,
    page_token: Option<String>,
    page_size: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListLogs<'a> {
    /// Sets the `pageToken` parameter.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }
    /// Sets the `pageSize` parameter.
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListLogsError>> {
        let mut request = crate::runtime::Request::new(
            "listLogs",
            crate::runtime::Method::GET,
            "/logs",
            "/logs".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
        crate::runtime::push_query(
                &mut request.query,
                "pageToken",
                &self.page_token,
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
        request.options = self.options.clone();
        Ok(request)
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::types::ListLogsResponse, crate::runtime::Error<ListLogsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::ListLogsResponse, crate::runtime::Error<ListLogsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListLogsError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListLogsError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Token(token)) = cursor {
                    builder.page_token = Some(token);
                }
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "entries")?;
                let next = crate::runtime::next_cursor(&page, "nextPageToken", None);
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Item, crate::runtime::Error<ListLogsError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_logs`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListLogsError {}
/// The request of [`Lists::list_tickets`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListTickets<'a> {
    client: &'a super::Client,
    page_after: Option<String>,
    page_before: Option<String>,
    page_size: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListTickets<'a> {
    /// Sets the `page[after]` parameter.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.page_after = Some(value.into());
        self
    }
    /// Sets the `page[before]` parameter.
    pub fn page_before(mut self, value: impl Into<String>) -> Self {
        self.page_before = Some(value.into());
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
        request.security = &[&["bearer"], &["apiKey"]];
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
                "page[before]",
                &self.page_before,
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
                    builder.page_before = None;
                }
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "tickets")?;
                let next = crate::runtime::next_cursor(
                    &page,
                    "meta.after_cursor",
                    Some("meta.has_more"),
                );
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
/// The request of [`Lists::list_charges`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListCharges<'a> {
    client: &'a super::Client,
    starting_after: Option<String>,
    limit: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListCharges<'a> {
    /// Sets the `starting_after` parameter.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListChargesError>> {
        let mut request = crate::runtime::Request::new(
            "listCharges",
            crate::runtime::Method::GET,
            "/charges",
            "/charges".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
        crate::runtime::push_query(
                &mut request.query,
                "starting_after",
                &self.starting_after,
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
                    Some("has_more"),
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
/// The request of [`Lists::list_orders`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListOrders<'a> {
    client: &'a super::Client,
    page: Option<i64>,
    per_page: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListOrders<'a> {
    /// Sets the `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// Sets the `per_page` parameter.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
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
        request.security = &[&["bearer"], &["apiKey"]];
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
                "per_page",
                &self.per_page,
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
                let page = crate::runtime::page_items(&response, "orders")?;
                let next = crate::runtime::next_page(
                    &page,
                    current,
                    builder.per_page.and_then(|l| u64::try_from(l).ok()),
                    Some("total_pages"),
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
/// The request of [`Lists::list_products`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListProducts<'a> {
    client: &'a super::Client,
    page: Option<i64>,
    page_size: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListProducts<'a> {
    /// Sets the `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// Sets the `page_size` parameter.
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListProductsError>> {
        let mut request = crate::runtime::Request::new(
            "listProducts",
            crate::runtime::Method::GET,
            "/products",
            "/products".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
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
                "page_size",
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
        super::types::ListProductsResponse,
        crate::runtime::Error<ListProductsError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ListProductsResponse,
        crate::runtime::Error<ListProductsError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListProductsError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListProductsError>,
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
                let next = crate::runtime::next_page_of_total(
                    &page,
                    current,
                    builder.page_size.and_then(|l| u64::try_from(l).ok()),
                    "total",
                );
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Item, crate::runtime::Error<ListProductsError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_products`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListProductsError {}
/// The request of [`Lists::list_events`]: set optional parameters, then `.send().await`.
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
        request.security = &[&["bearer"], &["apiKey"]];
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
                let next = crate::runtime::next_offset_of_total(
                    &page,
                    current,
                    "total_count",
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
/// The request of [`Lists::list_tags`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListTags<'a> {
    client: &'a super::Client,
    limit: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListTags<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListTagsError>> {
        let mut request = crate::runtime::Request::new(
            "listTags",
            crate::runtime::Method::GET,
            "/tags",
            "/tags".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
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
    ) -> Result<super::types::ListTagsResponse, crate::runtime::Error<ListTagsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::ListTagsResponse, crate::runtime::Error<ListTagsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListTagsError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_tags`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListTagsError {}
/// The request of [`Lists::list_labels`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListLabels<'a> {
    client: &'a super::Client,
    page: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListLabels<'a> {
    /// Sets the `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListLabelsError>> {
        let mut request = crate::runtime::Request::new(
            "listLabels",
            crate::runtime::Method::GET,
            "/labels",
            "/labels".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
        crate::runtime::push_query(
                &mut request.query,
                "page",
                &self.page,
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
        super::types::ListLabelsResponse,
        crate::runtime::Error<ListLabelsError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ListLabelsResponse,
        crate::runtime::Error<ListLabelsError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListLabelsError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_labels`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListLabelsError {}
/// The request of [`Lists::list_views`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListViews<'a> {
    client: &'a super::Client,
    page: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListViews<'a> {
    /// Sets the `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListViewsError>> {
        let mut request = crate::runtime::Request::new(
            "listViews",
            crate::runtime::Method::GET,
            "/views",
            "/views".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
        crate::runtime::push_query(
                &mut request.query,
                "page",
                &self.page,
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
    ) -> Result<super::types::ListViewsResponse, crate::runtime::Error<ListViewsError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::ListViewsResponse, crate::runtime::Error<ListViewsError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListViewsError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_views`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListViewsError {}
/// The request of [`Lists::list_macros`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListMacros<'a> {
    client: &'a super::Client,
    page_after: Option<String>,
    page_before: Option<String>,
    page_size: Option<i64>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListMacros<'a> {
    /// Sets the `page[after]` parameter.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.page_after = Some(value.into());
        self
    }
    /// Sets the `page[before]` parameter.
    pub fn page_before(mut self, value: impl Into<String>) -> Self {
        self.page_before = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListMacrosError>> {
        let mut request = crate::runtime::Request::new(
            "listMacros",
            crate::runtime::Method::GET,
            "/macros",
            "/macros".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
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
                "page[before]",
                &self.page_before,
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
        super::types::ListMacrosResponse,
        crate::runtime::Error<ListMacrosError>,
    > {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<
        super::types::ListMacrosResponse,
        crate::runtime::Error<ListMacrosError>,
    > {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListMacrosError> {
        response.unexpected()
    }
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<
            crate::runtime::Page<super::types::Item>,
            crate::runtime::Error<ListMacrosError>,
        >,
    > + 'a {
        crate::runtime::paginate(move |cursor| {
            let mut builder = self.clone();
            async move {
                if let Some(crate::runtime::Cursor::Token(token)) = cursor {
                    builder.page_after = Some(token);
                    builder.page_before = None;
                }
                let request = builder.request()?;
                let response = builder.client.core().execute(request).await?;
                if !response.status.is_success() {
                    return Err(Self::decode_error(response));
                }
                let page = crate::runtime::page_items(&response, "macros")?;
                let next = crate::runtime::next_cursor_searched(
                    &page,
                    &[
                        "next_cursor",
                        "nextCursor",
                        "after_cursor",
                        "afterCursor",
                        "meta.next_cursor",
                        "meta.nextCursor",
                        "meta.after_cursor",
                        "meta.afterCursor",
                        "pagination.next_cursor",
                        "pagination.nextCursor",
                        "pagination.after_cursor",
                        "pagination.afterCursor",
                        "response_metadata.next_cursor",
                        "response_metadata.nextCursor",
                        "response_metadata.after_cursor",
                        "response_metadata.afterCursor",
                    ],
                    &[
                        "has_more",
                        "hasMore",
                        "meta.has_more",
                        "meta.hasMore",
                        "pagination.has_more",
                        "pagination.hasMore",
                        "response_metadata.has_more",
                        "response_metadata.hasMore",
                    ],
                );
                Ok((page, next))
            }
        })
    }
    /// The items of every page, one by one, fetched lazily.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<super::types::Item, crate::runtime::Error<ListMacrosError>>,
    > + 'a {
        crate::runtime::items(self.pages())
    }
}
/// The documented error responses of `list_macros`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListMacrosError {}
/// The request of [`Lists::list_notes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListNotes<'a> {
    client: &'a super::Client,
    cursor: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListNotes<'a> {
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListNotesError>> {
        let mut request = crate::runtime::Request::new(
            "listNotes",
            crate::runtime::Method::GET,
            "/notes",
            "/notes".to_owned(),
        );
        request.security = &[&["bearer"], &["apiKey"]];
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
    ) -> Result<super::types::ListNotesResponse, crate::runtime::Error<ListNotesError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<super::types::ListNotesResponse, crate::runtime::Error<ListNotesError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListNotesError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_notes`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListNotesError {}
