// @generated
// Generated from tests/fixtures/types/pagination_speakeasy.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Orders` operations: request builders and error types.
use crate::runtime as rt;
/// The `Orders` operations. Get it with [`Client::orders`](super::Client::orders).
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Orders;
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
    pub fn list_orders();
    /// The arguments of [`Orders::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListOrders {
        page: Option<i64> = query("page"),
        limit: Option<i64> = query("limit"),
    }
    get("listOrders", "/orders") -> super::types::ListOrdersResponse, ListOrdersError, rt::Json;
    setters {
        /// Sets the `page` parameter.
        page: i64,
        /// Sets the `limit` parameter.
        limit: i64,
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
    pub fn list_events();
    /// The arguments of [`Orders::list_events`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListEvents {
        offset: Option<i64> = query("offset"),
        limit: Option<i64> = query("limit"),
    }
    get("listEvents", "/events") -> super::types::ListEventsResponse, ListEventsError, rt::Json;
    setters {
        /// Sets the `offset` parameter.
        offset: i64,
        /// Sets the `limit` parameter.
        limit: i64,
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
    pub fn list_tickets();
    /// The arguments of [`Orders::list_tickets`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListTickets {
        page_after: Option<String> = query("page[after]"),
        page_size: Option<i64> = query("page[size]"),
    }
    get("listTickets", "/tickets") -> super::types::ListTicketsResponse, ListTicketsError, rt::Json;
    setters {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
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
    pub fn list_charges();
    /// The arguments of [`Orders::list_charges`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListCharges {
        starting_after: Option<String> = query("starting_after"),
    }
    get("listCharges", "/charges") -> super::types::ListChargesResponse, ListChargesError, rt::Json;
    setters {
        /// Sets the `starting_after` parameter.
        starting_after: impl Into<String> = into,
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
    pub fn list_unsupported();
    /// The arguments of [`Orders::list_unsupported`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListUnsupported {
        cursor: Option<String> = query("cursor"),
    }
    get("listUnsupported", "/unsupported")
        -> Vec<super::types::Item>, ListUnsupportedError, rt::Json;
    setters {
        /// Sets the `cursor` parameter.
        cursor: impl Into<String> = into,
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
    pub fn list_problems();
    /// The arguments of [`Orders::list_problems`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListProblems {
        page_after: Option<String> = query("page[after]"),
    }
    get("listProblems", "/problems")
        -> ::std::collections::BTreeMap<String, ::serde_json::Value>, ListProblemsError, rt::Json;
    setters {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
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
    pub fn execute_view(view_id: i64);
    /// The arguments of [`Orders::execute_view`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ExecuteView {
        view_id: i64 = path_param("view_id"),
        page_after: Option<String> = query("page[after]"),
    }
    get("executeView", "/views/{view_id}/execute")
        -> super::types::ExecuteViewResponse, ExecuteViewError, rt::Json;
    setters {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
    }
}
rt::operations! {
    impl Orders;
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
    pub fn list_files();
    /// The arguments of [`Orders::list_files`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListFiles {}
    get("listFiles", "/files") -> super::types::ListFilesResponse, ListFilesError, rt::Json {}
}
impl rt::Paginated for ListOrders {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("items");
    const WALK: rt::Walk = rt::Walk::Page {
        total_pages: Some("pagination.max_page"),
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
        rt::Position { at: rt::count(self.page), limit: rt::count(self.limit) }
    }
}
rt::errors! {
    /// The documented error responses of `list_orders`, chosen by status code.
    pub enum ListOrdersError {}
}
impl rt::Paginated for ListEvents {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("events");
    const WALK: rt::Walk = rt::Walk::Offset { has_more: None, next_offset: None, total: None };
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
/// The documented error responses of `list_events`: the same as [`ListOrdersError`]'s.
pub type ListEventsError = ListOrdersError;
impl rt::Paginated for ListTickets {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("tickets");
    const WALK: rt::Walk = rt::Walk::Cursor {
        next: "meta.after_cursor",
        has_more: None,
        from_last_item: false,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        if let rt::Cursor::Token(token) = cursor {
            self.page_after = Some(token);
        }
        Ok(())
    }
}
/// The documented error responses of `list_tickets`: the same as [`ListOrdersError`]'s.
pub type ListTicketsError = ListOrdersError;
impl rt::Paginated for ListCharges {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("data");
    const WALK: rt::Walk = rt::Walk::Cursor { next: "id", has_more: None, from_last_item: true };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        if let rt::Cursor::Token(token) = cursor {
            self.starting_after = Some(token);
        }
        Ok(())
    }
}
/// The documented error responses of `list_charges`: the same as [`ListOrdersError`]'s.
pub type ListChargesError = ListOrdersError;
impl rt::Paginated for ListFiles {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("files");
    const WALK: rt::Walk = rt::Walk::NextUrl("links.next");
}
/// The documented error responses of `list_files`: the same as [`ListOrdersError`]'s.
pub type ListFilesError = ListOrdersError;
/// The documented error responses of `list_unsupported`: the same as [`ListOrdersError`]'s.
pub type ListUnsupportedError = ListOrdersError;
impl rt::Paginated for ListProblems {
    type Item = ::serde_json::Value;
    const ITEMS: Option<&'static str> = None;
    const WALK: rt::Walk = rt::Walk::Cursor {
        next: "meta.after_cursor",
        has_more: None,
        from_last_item: false,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        if let rt::Cursor::Token(token) = cursor {
            self.page_after = Some(token);
        }
        Ok(())
    }
}
/// The documented error responses of `list_problems`: the same as [`ListOrdersError`]'s.
pub type ListProblemsError = ListOrdersError;
impl rt::Paginated for ExecuteView {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("rows");
    const WALK: rt::Walk = rt::Walk::Cursor {
        next: "meta.after_cursor",
        has_more: None,
        from_last_item: false,
    };
    fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
        if let rt::Cursor::Token(token) = cursor {
            self.page_after = Some(token);
        }
        Ok(())
    }
}
/// The documented error responses of `execute_view`: the same as [`ListOrdersError`]'s.
pub type ExecuteViewError = ListOrdersError;
