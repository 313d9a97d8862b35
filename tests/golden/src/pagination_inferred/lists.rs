// @generated
// Generated from tests/fixtures/types/pagination_inferred.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Lists` operations: request builders and error types.
use crate::runtime as rt;
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
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_repos().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_repos(&self) -> rt::Call<'a, ListRepos> {
        self.client.core().call(ListRepos { per_page: None, page: None })
    }
    /// `GET /people`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_people().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_people(&self) -> rt::Call<'a, ListPeople> {
        self.client.core().call(ListPeople { limit: None })
    }
    /// `GET /folders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_folders().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_folders(&self) -> rt::Call<'a, ListFolders> {
        self.client.core().call(ListFolders {})
    }
    /// `GET /logs`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_logs().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_logs(&self) -> rt::Call<'a, ListLogs> {
        self.client.core().call(ListLogs { page_token: None, page_size: None })
    }
    /// `GET /tickets`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_tickets().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_tickets(&self) -> rt::Call<'a, ListTickets> {
        self.client.core().call(ListTickets {
            page_after: None,
            page_before: None,
            page_size: None,
        })
    }
    /// `GET /charges`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_charges().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_charges(&self) -> rt::Call<'a, ListCharges> {
        self.client.core().call(ListCharges { starting_after: None, limit: None })
    }
    /// `GET /orders`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_orders().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_orders(&self) -> rt::Call<'a, ListOrders> {
        self.client.core().call(ListOrders { page: None, per_page: None })
    }
    /// `GET /products`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_products().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_products(&self) -> rt::Call<'a, ListProducts> {
        self.client.core().call(ListProducts { page: None, page_size: None })
    }
    /// `GET /events`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_events().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_events(&self) -> rt::Call<'a, ListEvents> {
        self.client.core().call(ListEvents { offset: None, limit: None })
    }
    /// `GET /tags`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let response = client.lists().list_tags().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_tags(&self) -> rt::Call<'a, ListTags> {
        self.client.core().call(ListTags { limit: None })
    }
    /// `GET /labels`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let response = client.lists().list_labels().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_labels(&self) -> rt::Call<'a, ListLabels> {
        self.client.core().call(ListLabels { page: None })
    }
    /// `GET /views`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let response = client.lists().list_views().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_views(&self) -> rt::Call<'a, ListViews> {
        self.client.core().call(ListViews { page: None })
    }
    /// `GET /macros`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let mut items = std::pin::pin!(client.lists().list_macros().items());
    /// while let Some(item) = items.next().await {
    ///     let item = item?;
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_macros(&self) -> rt::Call<'a, ListMacros> {
        self.client.core().call(ListMacros { page_after: None, page_before: None, page_size: None })
    }
    /// `GET /notes`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::pagination_inferred;
    /// let client = pagination_inferred::Client::builder().bearer_token("<access token>").build();
    /// let response = client.lists().list_notes().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_notes(&self) -> rt::Call<'a, ListNotes> {
        self.client.core().call(ListNotes { cursor: None })
    }
}
/// The arguments of [`Lists::list_repos`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListRepos {
    per_page: Option<i64>,
    page: Option<i64>,
}
impl rt::Operation for ListRepos {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listRepos", "/repos").security(&[&["bearer"], &["apiKey"]]);
    type Output = Vec<super::types::Item>;
    type Error = ListReposError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("per_page", &self.per_page);
        request.query("page", &self.page);
        Ok(())
    }
}
impl rt::Paginated for ListRepos {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("");
    const WALK: rt::Walk = rt::Walk::LinkHeader;
}
rt::setters! {
    ListRepos {
        /// Sets the `per_page` parameter.
        per_page: i64,
        /// Sets the `page` parameter.
        page: i64,
    }
}
rt::errors! {
    /// The documented error responses of `list_repos`, chosen by status code.
    pub enum ListReposError {}
}
/// The arguments of [`Lists::list_people`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListPeople {
    limit: Option<i64>,
}
impl rt::Operation for ListPeople {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listPeople", "/people").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListPeopleResponse;
    type Error = ListPeopleError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("limit", &self.limit);
        Ok(())
    }
}
impl rt::Paginated for ListPeople {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("results");
    const WALK: rt::Walk = rt::Walk::NextUrl("next");
}
rt::setters! {
    ListPeople {
        /// Sets the `limit` parameter.
        limit: i64,
    }
}
/// The documented error responses of `list_people`: the same as [`ListReposError`]'s.
pub type ListPeopleError = ListReposError;
/// The arguments of [`Lists::list_folders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListFolders {}
impl rt::Operation for ListFolders {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listFolders", "/folders").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListFoldersResponse;
    type Error = ListFoldersError;
    type Decoder = rt::Json;
}
impl rt::Paginated for ListFolders {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("data");
    const WALK: rt::Walk = rt::Walk::NextUrl("links.next");
}
/// The documented error responses of `list_folders`: the same as [`ListReposError`]'s.
pub type ListFoldersError = ListReposError;
/// The arguments of [`Lists::list_logs`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListLogs {
    page_token: Option<String>,
    page_size: Option<i64>,
}
impl rt::Operation for ListLogs {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listLogs", "/logs").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListLogsResponse;
    type Error = ListLogsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("pageToken", &self.page_token);
        request.query("pageSize", &self.page_size);
        Ok(())
    }
}
impl rt::Paginated for ListLogs {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("entries");
    const WALK: rt::Walk = rt::Walk::Cursor {
        next: "nextPageToken",
        has_more: None,
        from_last_item: false,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        if let rt::Cursor::Token(token) = cursor {
            self.page_token = Some(token);
        }
        Ok(())
    }
}
rt::setters! {
    ListLogs {
        /// Sets the `pageToken` parameter.
        page_token: impl Into<String> = into,
        /// Sets the `pageSize` parameter.
        page_size: i64,
    }
}
/// The documented error responses of `list_logs`: the same as [`ListReposError`]'s.
pub type ListLogsError = ListReposError;
/// The arguments of [`Lists::list_tickets`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListTickets {
    page_after: Option<String>,
    page_before: Option<String>,
    page_size: Option<i64>,
}
impl rt::Operation for ListTickets {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listTickets", "/tickets").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListTicketsResponse;
    type Error = ListTicketsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page[after]", &self.page_after);
        request.query("page[before]", &self.page_before);
        request.query("page[size]", &self.page_size);
        Ok(())
    }
}
impl rt::Paginated for ListTickets {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("tickets");
    const WALK: rt::Walk = rt::Walk::Cursor {
        next: "meta.after_cursor",
        has_more: Some("meta.has_more"),
        from_last_item: false,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        if let rt::Cursor::Token(token) = cursor {
            self.page_after = Some(token);
            self.page_before = None;
        }
        Ok(())
    }
}
rt::setters! {
    ListTickets {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
        /// Sets the `page[before]` parameter.
        page_before: impl Into<String> = into,
        /// Sets the `page[size]` parameter.
        page_size: i64,
    }
}
/// The documented error responses of `list_tickets`: the same as [`ListReposError`]'s.
pub type ListTicketsError = ListReposError;
/// The arguments of [`Lists::list_charges`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListCharges {
    starting_after: Option<String>,
    limit: Option<i64>,
}
impl rt::Operation for ListCharges {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listCharges", "/charges").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListChargesResponse;
    type Error = ListChargesError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("starting_after", &self.starting_after);
        request.query("limit", &self.limit);
        Ok(())
    }
}
impl rt::Paginated for ListCharges {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("data");
    const WALK: rt::Walk = rt::Walk::Cursor {
        next: "id",
        has_more: Some("has_more"),
        from_last_item: true,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        if let rt::Cursor::Token(token) = cursor {
            self.starting_after = Some(token);
        }
        Ok(())
    }
}
rt::setters! {
    ListCharges {
        /// Sets the `starting_after` parameter.
        starting_after: impl Into<String> = into,
        /// Sets the `limit` parameter.
        limit: i64,
    }
}
/// The documented error responses of `list_charges`: the same as [`ListReposError`]'s.
pub type ListChargesError = ListReposError;
/// The arguments of [`Lists::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListOrders {
    page: Option<i64>,
    per_page: Option<i64>,
}
impl rt::Operation for ListOrders {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listOrders", "/orders").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListOrdersResponse;
    type Error = ListOrdersError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page", &self.page);
        request.query("per_page", &self.per_page);
        Ok(())
    }
}
impl rt::Paginated for ListOrders {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("orders");
    const WALK: rt::Walk = rt::Walk::Page {
        total_pages: Some("total_pages"),
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
        rt::Position { at: rt::count(self.page), limit: rt::count(self.per_page) }
    }
}
rt::setters! {
    ListOrders {
        /// Sets the `page` parameter.
        page: i64,
        /// Sets the `per_page` parameter.
        per_page: i64,
    }
}
/// The documented error responses of `list_orders`: the same as [`ListReposError`]'s.
pub type ListOrdersError = ListReposError;
/// The arguments of [`Lists::list_products`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListProducts {
    page: Option<i64>,
    page_size: Option<i64>,
}
impl rt::Operation for ListProducts {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listProducts", "/products").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListProductsResponse;
    type Error = ListProductsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page", &self.page);
        request.query("page_size", &self.page_size);
        Ok(())
    }
}
impl rt::Paginated for ListProducts {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("items");
    const WALK: rt::Walk = rt::Walk::Page {
        total_pages: None,
        next_link: None,
        total_items: Some("total"),
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
rt::setters! {
    ListProducts {
        /// Sets the `page` parameter.
        page: i64,
        /// Sets the `page_size` parameter.
        page_size: i64,
    }
}
/// The documented error responses of `list_products`: the same as [`ListReposError`]'s.
pub type ListProductsError = ListReposError;
/// The arguments of [`Lists::list_events`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListEvents {
    offset: Option<i64>,
    limit: Option<i64>,
}
impl rt::Operation for ListEvents {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listEvents", "/events").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListEventsResponse;
    type Error = ListEventsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("offset", &self.offset);
        request.query("limit", &self.limit);
        Ok(())
    }
}
impl rt::Paginated for ListEvents {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("events");
    const WALK: rt::Walk = rt::Walk::Offset {
        has_more: None,
        next_offset: None,
        total: Some("total_count"),
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        match cursor {
            rt::Cursor::Offset(n) => rt::set_count(&mut self.offset, n),
            _ => Ok(()),
        }
    }
    fn position(&self) -> rt::Position {
        rt::Position { at: rt::count(self.offset), limit: rt::count(self.limit) }
    }
}
rt::setters! {
    ListEvents {
        /// Sets the `offset` parameter.
        offset: i64,
        /// Sets the `limit` parameter.
        limit: i64,
    }
}
/// The documented error responses of `list_events`: the same as [`ListReposError`]'s.
pub type ListEventsError = ListReposError;
/// The arguments of [`Lists::list_tags`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListTags {
    limit: Option<i64>,
}
impl rt::Operation for ListTags {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listTags", "/tags").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListTagsResponse;
    type Error = ListTagsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("limit", &self.limit);
        Ok(())
    }
}
rt::setters! {
    ListTags {
        /// Sets the `limit` parameter.
        limit: i64,
    }
}
/// The documented error responses of `list_tags`: the same as [`ListReposError`]'s.
pub type ListTagsError = ListReposError;
/// The arguments of [`Lists::list_labels`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListLabels {
    page: Option<i64>,
}
impl rt::Operation for ListLabels {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listLabels", "/labels").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListLabelsResponse;
    type Error = ListLabelsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page", &self.page);
        Ok(())
    }
}
rt::setters! {
    ListLabels {
        /// Sets the `page` parameter.
        page: i64,
    }
}
/// The documented error responses of `list_labels`: the same as [`ListReposError`]'s.
pub type ListLabelsError = ListReposError;
/// The arguments of [`Lists::list_views`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListViews {
    page: Option<i64>,
}
impl rt::Operation for ListViews {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listViews", "/views").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListViewsResponse;
    type Error = ListViewsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page", &self.page);
        Ok(())
    }
}
rt::setters! {
    ListViews {
        /// Sets the `page` parameter.
        page: i64,
    }
}
/// The documented error responses of `list_views`: the same as [`ListReposError`]'s.
pub type ListViewsError = ListReposError;
/// The arguments of [`Lists::list_macros`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListMacros {
    page_after: Option<String>,
    page_before: Option<String>,
    page_size: Option<i64>,
}
impl rt::Operation for ListMacros {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listMacros", "/macros").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListMacrosResponse;
    type Error = ListMacrosError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page[after]", &self.page_after);
        request.query("page[before]", &self.page_before);
        request.query("page[size]", &self.page_size);
        Ok(())
    }
}
impl rt::Paginated for ListMacros {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("macros");
    const WALK: rt::Walk = rt::Walk::CursorSearch {
        cursors: &[
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
        has_more: &[
            "has_more",
            "hasMore",
            "meta.has_more",
            "meta.hasMore",
            "pagination.has_more",
            "pagination.hasMore",
            "response_metadata.has_more",
            "response_metadata.hasMore",
        ],
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        if let rt::Cursor::Token(token) = cursor {
            self.page_after = Some(token);
            self.page_before = None;
        }
        Ok(())
    }
}
rt::setters! {
    ListMacros {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
        /// Sets the `page[before]` parameter.
        page_before: impl Into<String> = into,
        /// Sets the `page[size]` parameter.
        page_size: i64,
    }
}
/// The documented error responses of `list_macros`: the same as [`ListReposError`]'s.
pub type ListMacrosError = ListReposError;
/// The arguments of [`Lists::list_notes`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListNotes {
    cursor: Option<String>,
}
impl rt::Operation for ListNotes {
    const ENDPOINT: rt::Endpoint =
        rt::Endpoint::get("listNotes", "/notes").security(&[&["bearer"], &["apiKey"]]);
    type Output = super::types::ListNotesResponse;
    type Error = ListNotesError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("cursor", &self.cursor);
        Ok(())
    }
}
rt::setters! {
    ListNotes {
        /// Sets the `cursor` parameter.
        cursor: impl Into<String> = into,
    }
}
/// The documented error responses of `list_notes`: the same as [`ListReposError`]'s.
pub type ListNotesError = ListReposError;
