// @generated
// Generated from tests/fixtures/types/pagination_speakeasy.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Orders` operations: request builders and error types.
use crate::runtime as rt;
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
    pub fn list_orders(&self) -> rt::Call<'a, ListOrders> {
        self.client.core().call(ListOrders { page: None, limit: None })
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
    pub fn list_events(&self) -> rt::Call<'a, ListEvents> {
        self.client.core().call(ListEvents { offset: None, limit: None })
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
    pub fn list_tickets(&self) -> rt::Call<'a, ListTickets> {
        self.client.core().call(ListTickets { page_after: None, page_size: None })
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
    pub fn list_charges(&self) -> rt::Call<'a, ListCharges> {
        self.client.core().call(ListCharges { starting_after: None })
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
    pub fn list_files(&self) -> rt::Call<'a, ListFiles> {
        self.client.core().call(ListFiles {})
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
    pub fn list_unsupported(&self) -> rt::Call<'a, ListUnsupported> {
        self.client.core().call(ListUnsupported { cursor: None })
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
    pub fn list_problems(&self) -> rt::Call<'a, ListProblems> {
        self.client.core().call(ListProblems { page_after: None })
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
    pub fn execute_view(&self, view_id: i64) -> rt::Call<'a, ExecuteView> {
        self.client.core().call(ExecuteView { view_id, page_after: None })
    }
}
/// The arguments of [`Orders::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListOrders {
    page: Option<i64>,
    limit: Option<i64>,
}
impl rt::Operation for ListOrders {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listOrders", "/orders");
    type Output = super::types::ListOrdersResponse;
    type Error = ListOrdersError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page", &self.page);
        request.query("limit", &self.limit);
        Ok(())
    }
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
rt::setters! {
    ListOrders {
        /// Sets the `page` parameter.
        page: i64,
        /// Sets the `limit` parameter.
        limit: i64,
    }
}
rt::errors! {
    /// The documented error responses of `list_orders`, chosen by status code.
    pub enum ListOrdersError {}
}
/// The arguments of [`Orders::list_events`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListEvents {
    offset: Option<i64>,
    limit: Option<i64>,
}
impl rt::Operation for ListEvents {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listEvents", "/events");
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
rt::setters! {
    ListEvents {
        /// Sets the `offset` parameter.
        offset: i64,
        /// Sets the `limit` parameter.
        limit: i64,
    }
}
/// The documented error responses of `list_events`: the same as [`ListOrdersError`]'s.
pub type ListEventsError = ListOrdersError;
/// The arguments of [`Orders::list_tickets`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListTickets {
    page_after: Option<String>,
    page_size: Option<i64>,
}
impl rt::Operation for ListTickets {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listTickets", "/tickets");
    type Output = super::types::ListTicketsResponse;
    type Error = ListTicketsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page[after]", &self.page_after);
        request.query("page[size]", &self.page_size);
        Ok(())
    }
}
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
rt::setters! {
    ListTickets {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
        /// Sets the `page[size]` parameter.
        page_size: i64,
    }
}
/// The documented error responses of `list_tickets`: the same as [`ListOrdersError`]'s.
pub type ListTicketsError = ListOrdersError;
/// The arguments of [`Orders::list_charges`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListCharges {
    starting_after: Option<String>,
}
impl rt::Operation for ListCharges {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listCharges", "/charges");
    type Output = super::types::ListChargesResponse;
    type Error = ListChargesError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("starting_after", &self.starting_after);
        Ok(())
    }
}
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
rt::setters! {
    ListCharges {
        /// Sets the `starting_after` parameter.
        starting_after: impl Into<String> = into,
    }
}
/// The documented error responses of `list_charges`: the same as [`ListOrdersError`]'s.
pub type ListChargesError = ListOrdersError;
/// The arguments of [`Orders::list_files`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListFiles {}
impl rt::Operation for ListFiles {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listFiles", "/files");
    type Output = super::types::ListFilesResponse;
    type Error = ListFilesError;
    type Decoder = rt::Json;
}
impl rt::Paginated for ListFiles {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("files");
    const WALK: rt::Walk = rt::Walk::NextUrl("links.next");
}
/// The documented error responses of `list_files`: the same as [`ListOrdersError`]'s.
pub type ListFilesError = ListOrdersError;
/// The arguments of [`Orders::list_unsupported`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListUnsupported {
    cursor: Option<String>,
}
impl rt::Operation for ListUnsupported {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listUnsupported", "/unsupported");
    type Output = Vec<super::types::Item>;
    type Error = ListUnsupportedError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("cursor", &self.cursor);
        Ok(())
    }
}
rt::setters! {
    ListUnsupported {
        /// Sets the `cursor` parameter.
        cursor: impl Into<String> = into,
    }
}
/// The documented error responses of `list_unsupported`: the same as [`ListOrdersError`]'s.
pub type ListUnsupportedError = ListOrdersError;
/// The arguments of [`Orders::list_problems`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ListProblems {
    page_after: Option<String>,
}
impl rt::Operation for ListProblems {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("listProblems", "/problems");
    type Output = ::std::collections::BTreeMap<String, ::serde_json::Value>;
    type Error = ListProblemsError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query("page[after]", &self.page_after);
        Ok(())
    }
}
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
rt::setters! {
    ListProblems {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
    }
}
/// The documented error responses of `list_problems`: the same as [`ListOrdersError`]'s.
pub type ListProblemsError = ListOrdersError;
/// The arguments of [`Orders::execute_view`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct ExecuteView {
    view_id: i64,
    page_after: Option<String>,
}
impl rt::Operation for ExecuteView {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("executeView", "/views/{view_id}/execute");
    type Output = super::types::ExecuteViewResponse;
    type Error = ExecuteViewError;
    type Decoder = rt::Json;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.path_param("view_id", &self.view_id);
        request.query("page[after]", &self.page_after);
        Ok(())
    }
}
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
rt::setters! {
    ExecuteView {
        /// Sets the `page[after]` parameter.
        page_after: impl Into<String> = into,
    }
}
/// The documented error responses of `execute_view`: the same as [`ListOrdersError`]'s.
pub type ExecuteViewError = ListOrdersError;
