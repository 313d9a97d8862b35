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
    pub fn list_orders(&self) -> crate::runtime::Call<'a, ListOrders> {
        crate::runtime::Call::new(
            self.client.core(),
            ListOrders {
                page: None,
                limit: None,
            },
        )
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
    pub fn list_events(&self) -> crate::runtime::Call<'a, ListEvents> {
        crate::runtime::Call::new(
            self.client.core(),
            ListEvents {
                offset: None,
                limit: None,
            },
        )
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
    pub fn list_tickets(&self) -> crate::runtime::Call<'a, ListTickets> {
        crate::runtime::Call::new(
            self.client.core(),
            ListTickets {
                page_after: None,
                page_size: None,
            },
        )
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
    pub fn list_charges(&self) -> crate::runtime::Call<'a, ListCharges> {
        crate::runtime::Call::new(
            self.client.core(),
            ListCharges {
                starting_after: None,
            },
        )
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
    pub fn list_files(&self) -> crate::runtime::Call<'a, ListFiles> {
        crate::runtime::Call::new(self.client.core(), ListFiles {})
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
    pub fn list_unsupported(&self) -> crate::runtime::Call<'a, ListUnsupported> {
        crate::runtime::Call::new(self.client.core(), ListUnsupported { cursor: None })
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
    pub fn list_problems(&self) -> crate::runtime::Call<'a, ListProblems> {
        crate::runtime::Call::new(self.client.core(), ListProblems { page_after: None })
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
    pub fn execute_view(&self, view_id: i64) -> crate::runtime::Call<'a, ExecuteView> {
        crate::runtime::Call::new(
            self.client.core(),
            ExecuteView {
                view_id,
                page_after: None,
            },
        )
    }
}
/// The arguments of [`Orders::list_orders`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListOrders {
    page: Option<i64>,
    limit: Option<i64>,
}
impl crate::runtime::Operation for ListOrders {
    type Output = super::types::ListOrdersResponse;
    type Error = ListOrdersError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "limit",
                &self.limit,
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
        response.unexpected()
    }
}
impl crate::runtime::Paginated for ListOrders {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("items");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Page {
        total_pages: Some("pagination.max_page"),
        next_link: None,
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
            limit: crate::runtime::count(self.limit),
        }
    }
}
impl<'a> crate::runtime::Call<'a, ListOrders> {
    /// Sets the `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.args.page = Some(value);
        self
    }
    /// Sets the `limit` parameter.
    pub fn limit(mut self, value: i64) -> Self {
        self.args.limit = Some(value);
        self
    }
}
/// The documented error responses of `list_orders`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersError {}
/// The arguments of [`Orders::list_events`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListEvents {
    offset: Option<i64>,
    limit: Option<i64>,
}
impl crate::runtime::Operation for ListEvents {
    type Output = super::types::ListEventsResponse;
    type Error = ListEventsError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "limit",
                &self.limit,
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
        response.unexpected()
    }
}
impl crate::runtime::Paginated for ListEvents {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("events");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Offset {
        has_more: None,
        next_offset: None,
        total: None,
    };
    fn seek(&mut self, cursor: crate::runtime::Cursor) -> Result<(), String> {
        match cursor {
            crate::runtime::Cursor::Offset(n) => {
                crate::runtime::set_count(&mut self.offset, n)
            }
            _ => Ok(()),
        }
    }
    fn position(&self) -> crate::runtime::Position {
        crate::runtime::Position {
            at: crate::runtime::count(self.offset),
            limit: crate::runtime::count(self.limit),
        }
    }
}
impl<'a> crate::runtime::Call<'a, ListEvents> {
    /// Sets the `offset` parameter.
    pub fn offset(mut self, value: i64) -> Self {
        self.args.offset = Some(value);
        self
    }
    /// Sets the `limit` parameter.
    pub fn limit(mut self, value: i64) -> Self {
        self.args.limit = Some(value);
        self
    }
}
/// The documented error responses of `list_events`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListEventsError {}
/// The arguments of [`Orders::list_tickets`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListTickets {
    page_after: Option<String>,
    page_size: Option<i64>,
}
impl crate::runtime::Operation for ListTickets {
    type Output = super::types::ListTicketsResponse;
    type Error = ListTicketsError;
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
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "page[size]",
                &self.page_size,
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
        response.unexpected()
    }
}
impl crate::runtime::Paginated for ListTickets {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("tickets");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Cursor {
        next: "meta.after_cursor",
        has_more: None,
        from_last_item: false,
    };
    fn seek(&mut self, cursor: crate::runtime::Cursor) -> Result<(), String> {
        if let crate::runtime::Cursor::Token(token) = cursor {
            self.page_after = Some(token);
        }
        Ok(())
    }
}
impl<'a> crate::runtime::Call<'a, ListTickets> {
    /// Sets the `page[after]` parameter.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.args.page_after = Some(value.into());
        self
    }
    /// Sets the `page[size]` parameter.
    pub fn page_size(mut self, value: i64) -> Self {
        self.args.page_size = Some(value);
        self
    }
}
/// The documented error responses of `list_tickets`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListTicketsError {}
/// The arguments of [`Orders::list_charges`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListCharges {
    starting_after: Option<String>,
}
impl crate::runtime::Operation for ListCharges {
    type Output = super::types::ListChargesResponse;
    type Error = ListChargesError;
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
        response.unexpected()
    }
}
impl crate::runtime::Paginated for ListCharges {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("data");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Cursor {
        next: "id",
        has_more: None,
        from_last_item: true,
    };
    fn seek(&mut self, cursor: crate::runtime::Cursor) -> Result<(), String> {
        if let crate::runtime::Cursor::Token(token) = cursor {
            self.starting_after = Some(token);
        }
        Ok(())
    }
}
impl<'a> crate::runtime::Call<'a, ListCharges> {
    /// Sets the `starting_after` parameter.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.args.starting_after = Some(value.into());
        self
    }
}
/// The documented error responses of `list_charges`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListChargesError {}
/// The arguments of [`Orders::list_files`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListFiles {}
impl crate::runtime::Operation for ListFiles {
    type Output = super::types::ListFilesResponse;
    type Error = ListFilesError;
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
        response.unexpected()
    }
}
impl crate::runtime::Paginated for ListFiles {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("files");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::NextUrl("links.next");
}
/// The documented error responses of `list_files`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListFilesError {}
/// The arguments of [`Orders::list_unsupported`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListUnsupported {
    cursor: Option<String>,
}
impl crate::runtime::Operation for ListUnsupported {
    type Output = Vec<super::types::Item>;
    type Error = ListUnsupportedError;
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
        response.unexpected()
    }
}
impl<'a> crate::runtime::Call<'a, ListUnsupported> {
    /// Sets the `cursor` parameter.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.args.cursor = Some(value.into());
        self
    }
}
/// The documented error responses of `list_unsupported`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListUnsupportedError {}
/// The arguments of [`Orders::list_problems`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ListProblems {
    page_after: Option<String>,
}
impl crate::runtime::Operation for ListProblems {
    type Output = ::std::collections::BTreeMap<String, ::serde_json::Value>;
    type Error = ListProblemsError;
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
        response.unexpected()
    }
}
impl crate::runtime::Paginated for ListProblems {
    type Item = ::serde_json::Value;
    const ITEMS: Option<&'static str> = None;
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Cursor {
        next: "meta.after_cursor",
        has_more: None,
        from_last_item: false,
    };
    fn seek(&mut self, cursor: crate::runtime::Cursor) -> Result<(), String> {
        if let crate::runtime::Cursor::Token(token) = cursor {
            self.page_after = Some(token);
        }
        Ok(())
    }
}
impl<'a> crate::runtime::Call<'a, ListProblems> {
    /// Sets the `page[after]` parameter.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.args.page_after = Some(value.into());
        self
    }
}
/// The documented error responses of `list_problems`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListProblemsError {}
/// The arguments of [`Orders::execute_view`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct ExecuteView {
    view_id: i64,
    page_after: Option<String>,
}
impl crate::runtime::Operation for ExecuteView {
    type Output = super::types::ExecuteViewResponse;
    type Error = ExecuteViewError;
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
        response.unexpected()
    }
}
impl crate::runtime::Paginated for ExecuteView {
    type Item = super::types::Item;
    const ITEMS: Option<&'static str> = Some("rows");
    const WALK: crate::runtime::Walk = crate::runtime::Walk::Cursor {
        next: "meta.after_cursor",
        has_more: None,
        from_last_item: false,
    };
    fn seek(&mut self, cursor: crate::runtime::Cursor) -> Result<(), String> {
        if let crate::runtime::Cursor::Token(token) = cursor {
            self.page_after = Some(token);
        }
        Ok(())
    }
}
impl<'a> crate::runtime::Call<'a, ExecuteView> {
    /// Sets the `page[after]` parameter.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.args.page_after = Some(value.into());
        self
    }
}
/// The documented error responses of `execute_view`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ExecuteViewError {}
