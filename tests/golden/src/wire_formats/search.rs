// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `search` operations: request builders and error types.
/// The `search` operations. Get it with [`Client::search`](super::Client::search).
#[derive(Debug, Clone, Copy)]
pub struct Search<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Search<'a> {
    /// `GET /search`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::wire_formats;
    /// let client = wire_formats::Client::builder().build();
    /// let response = client.search().search_items().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn search_items(&self) -> crate::runtime::Call<'a, SearchItems> {
        crate::runtime::Call::new(
            self.client.core(),
            SearchItems {
                filter: None,
                expand: None,
                redirect: None,
                where_: None,
            },
        )
    }
}
/// The arguments of [`Search::search_items`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Debug, Clone)]
pub struct SearchItems {
    filter: Option<super::types::SearchItemsFilter>,
    expand: Option<Vec<String>>,
    redirect: Option<String>,
    where_: Option<::std::collections::BTreeMap<String, String>>,
}
impl crate::runtime::Operation for SearchItems {
    type Output = String;
    type Error = SearchItemsError;
    fn request(
        &self,
    ) -> Result<crate::runtime::Request, crate::runtime::Error<SearchItemsError>> {
        let mut request = crate::runtime::Request::new(
            "searchItems",
            crate::runtime::Method::GET,
            "/search",
            "/search".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "filter",
                &self.filter,
                crate::runtime::FormStyle::DeepObject,
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        crate::runtime::push_query(
                &mut request.query,
                "expand",
                &self.expand,
                crate::runtime::FormStyle::DeepObject,
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        let start = request.query.len();
        crate::runtime::push_query(
                &mut request.query,
                "redirect",
                &self.redirect,
                crate::runtime::FormStyle::Form {
                    explode: true,
                },
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        request.reserved_query.extend(start..request.query.len());
        crate::runtime::push_query(
                &mut request.query,
                "where",
                &self.where_,
                crate::runtime::FormStyle::Json,
            )
            .map_err(crate::runtime::Error::InvalidRequest)?;
        Ok(request)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Self::Output, crate::runtime::Error<Self::Error>> {
        response.text()
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<Self::Error> {
        response.unexpected()
    }
}
impl<'a> crate::runtime::Call<'a, SearchItems> {
    /// Sets the `filter` parameter.
    pub fn filter(mut self, value: super::types::SearchItemsFilter) -> Self {
        self.args.filter = Some(value);
        self
    }
    /// Sets the `expand` parameter.
    pub fn expand(mut self, value: Vec<String>) -> Self {
        self.args.expand = Some(value);
        self
    }
    /// Sets the `redirect` parameter.
    pub fn redirect(mut self, value: impl Into<String>) -> Self {
        self.args.redirect = Some(value.into());
        self
    }
    /// Sets the `where` parameter.
    pub fn where_(
        mut self,
        value: ::std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.args.where_ = Some(value);
        self
    }
}
/// The documented error responses of `search_items`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchItemsError {}
