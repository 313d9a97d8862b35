// @generated
// Generated from tests/fixtures/types/pagination_inferred.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Lists` operations: request builders and error types.
use crate::runtime as rt;
/// The `Lists` operations. Get it with [`Client::lists`](super::Client::lists).
#[derive(Debug, Clone, Copy)]
pub struct Lists<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Lists;
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
    pub fn list_repos();
    /// The arguments of [`Lists::list_repos`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListRepos {
        per_page: Option<i64> = query("per_page"),
        page: Option<i64> = query("page"),
    }
    get("listRepos", "/repos").security(&[&["bearer"], &["apiKey"]])
        -> Vec<super::types::Item>, ListReposError, rt::Json;
    setters {
        /// Sets the `per_page` parameter.
        per_page: i64,
        /// Sets the `page` parameter.
        page: i64,
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
    pub fn list_people();
    /// The arguments of [`Lists::list_people`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListPeople {
        limit: Option<i64> = query("limit"),
    }
    get("listPeople", "/people").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListPeopleResponse, ListPeopleError, rt::Json;
    setters {
        /// Sets the `limit` parameter.
        limit: i64,
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
    pub fn list_logs();
    /// The arguments of [`Lists::list_logs`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListLogs {
        page_token: Option<String> = query("pageToken"),
        page_size: Option<i64> = query("pageSize"),
    }
    get("listLogs", "/logs").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListLogsResponse, ListLogsError, rt::Json;
    setters {
        /// Sets the `pageToken` parameter.
        page_token: impl Into<String> = into,
        /// Sets the `pageSize` parameter.
        page_size: i64,
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
    pub fn list_tickets();
    /// The arguments of [`Lists::list_tickets`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListTickets {
        page_after: Option<String> = query("page[after]"),
        page_before: Option<String> = query("page[before]"),
        page_size: Option<i64> = query("page[size]"),
    }
    get("listTickets", "/tickets").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListTicketsResponse, ListTicketsError, rt::Json;
    setters {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
        /// Sets the `page[before]` parameter.
        page_before: impl Into<String> = into,
        /// Sets the `page[size]` parameter.
        page_size: i64,
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
    pub fn list_charges();
    /// The arguments of [`Lists::list_charges`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListCharges {
        starting_after: Option<String> = query("starting_after"),
        limit: Option<i64> = query("limit"),
    }
    get("listCharges", "/charges").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListChargesResponse, ListChargesError, rt::Json;
    setters {
        /// Sets the `starting_after` parameter.
        starting_after: impl Into<String> = into,
        /// Sets the `limit` parameter.
        limit: i64,
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
    pub fn list_orders();
    /// The arguments of [`Lists::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListOrders {
        page: Option<i64> = query("page"),
        per_page: Option<i64> = query("per_page"),
    }
    get("listOrders", "/orders").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListOrdersResponse, ListOrdersError, rt::Json;
    setters {
        /// Sets the `page` parameter.
        page: i64,
        /// Sets the `per_page` parameter.
        per_page: i64,
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
    pub fn list_products();
    /// The arguments of [`Lists::list_products`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListProducts {
        page: Option<i64> = query("page"),
        page_size: Option<i64> = query("page_size"),
    }
    get("listProducts", "/products").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListProductsResponse, ListProductsError, rt::Json;
    setters {
        /// Sets the `page` parameter.
        page: i64,
        /// Sets the `page_size` parameter.
        page_size: i64,
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
    pub fn list_events();
    /// The arguments of [`Lists::list_events`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListEvents {
        offset: Option<i64> = query("offset"),
        limit: Option<i64> = query("limit"),
    }
    get("listEvents", "/events").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListEventsResponse, ListEventsError, rt::Json;
    setters {
        /// Sets the `offset` parameter.
        offset: i64,
        /// Sets the `limit` parameter.
        limit: i64,
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
    pub fn list_tags();
    /// The arguments of [`Lists::list_tags`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListTags {
        limit: Option<i64> = query("limit"),
    }
    get("listTags", "/tags").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListTagsResponse, ListTagsError, rt::Json;
    setters {
        /// Sets the `limit` parameter.
        limit: i64,
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
    pub fn list_labels();
    /// The arguments of [`Lists::list_labels`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListLabels {
        page: Option<i64> = query("page"),
    }
    get("listLabels", "/labels").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListLabelsResponse, ListLabelsError, rt::Json;
    setters {
        /// Sets the `page` parameter.
        page: i64,
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
    pub fn list_views();
    /// The arguments of [`Lists::list_views`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListViews {
        page: Option<i64> = query("page"),
    }
    get("listViews", "/views").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListViewsResponse, ListViewsError, rt::Json;
    setters {
        /// Sets the `page` parameter.
        page: i64,
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
    pub fn list_macros();
    /// The arguments of [`Lists::list_macros`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListMacros {
        page_after: Option<String> = query("page[after]"),
        page_before: Option<String> = query("page[before]"),
        page_size: Option<i64> = query("page[size]"),
    }
    get("listMacros", "/macros").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListMacrosResponse, ListMacrosError, rt::Json;
    setters {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
        /// Sets the `page[before]` parameter.
        page_before: impl Into<String> = into,
        /// Sets the `page[size]` parameter.
        page_size: i64,
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
    pub fn list_notes();
    /// The arguments of [`Lists::list_notes`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListNotes {
        cursor: Option<String> = query("cursor"),
    }
    get("listNotes", "/notes").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListNotesResponse, ListNotesError, rt::Json;
    setters {
        /// Sets the `cursor` parameter.
        cursor: impl Into<String> = into,
    }
}
rt::operations! {
    impl Lists;
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
    pub fn list_folders();
    /// The arguments of [`Lists::list_folders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListFolders {}
    get("listFolders", "/folders").security(&[&["bearer"], &["apiKey"]])
        -> super::types::ListFoldersResponse, ListFoldersError, rt::Json {}
}
impl rt::Paginated for ListRepos {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("");
    const WALK: rt::Walk = rt::Walk::LinkHeader;
}
rt::errors! {
    /// The documented error responses of `list_repos`, chosen by status code.
    pub enum ListReposError {}
}
impl rt::Paginated for ListPeople {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("results");
    const WALK: rt::Walk = rt::Walk::NextUrl("next");
}
/// The documented error responses of `list_people`: the same as [`ListReposError`]'s.
pub type ListPeopleError = ListReposError;
impl rt::Paginated for ListFolders {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("data");
    const WALK: rt::Walk = rt::Walk::NextUrl("links.next");
}
/// The documented error responses of `list_folders`: the same as [`ListReposError`]'s.
pub type ListFoldersError = ListReposError;
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
/// The documented error responses of `list_logs`: the same as [`ListReposError`]'s.
pub type ListLogsError = ListReposError;
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
/// The documented error responses of `list_tickets`: the same as [`ListReposError`]'s.
pub type ListTicketsError = ListReposError;
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
/// The documented error responses of `list_charges`: the same as [`ListReposError`]'s.
pub type ListChargesError = ListReposError;
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
/// The documented error responses of `list_orders`: the same as [`ListReposError`]'s.
pub type ListOrdersError = ListReposError;
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
/// The documented error responses of `list_products`: the same as [`ListReposError`]'s.
pub type ListProductsError = ListReposError;
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
/// The documented error responses of `list_events`: the same as [`ListReposError`]'s.
pub type ListEventsError = ListReposError;
/// The documented error responses of `list_tags`: the same as [`ListReposError`]'s.
pub type ListTagsError = ListReposError;
/// The documented error responses of `list_labels`: the same as [`ListReposError`]'s.
pub type ListLabelsError = ListReposError;
/// The documented error responses of `list_views`: the same as [`ListReposError`]'s.
pub type ListViewsError = ListReposError;
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
/// The documented error responses of `list_macros`: the same as [`ListReposError`]'s.
pub type ListMacrosError = ListReposError;
/// The documented error responses of `list_notes`: the same as [`ListReposError`]'s.
pub type ListNotesError = ListReposError;
