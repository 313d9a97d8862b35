// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `search` operations: request builders and error types.
use crate::runtime as rt;
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
    pub fn search_items(&self) -> rt::Call<'a, SearchItems> {
        self.client.core().call(SearchItems {
            filter: None,
            expand: None,
            redirect: None,
            where_: None,
        })
    }
}
/// The arguments of [`Search::search_items`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
#[derive(Clone)]
pub struct SearchItems {
    filter: Option<super::types::SearchItemsFilter>,
    expand: Option<Vec<String>>,
    redirect: Option<String>,
    where_: Option<::std::collections::BTreeMap<String, String>>,
}
impl rt::Operation for SearchItems {
    const ENDPOINT: rt::Endpoint = rt::Endpoint::get("searchItems", "/search");
    type Output = String;
    type Error = SearchItemsError;
    type Decoder = rt::Text;
    fn request(&self, request: &mut rt::Request) -> Result<(), String> {
        request.query_with("filter", &self.filter, rt::FormStyle::DeepObject);
        request.query_with("expand", &self.expand, rt::FormStyle::DeepObject);
        request.query_reserved("redirect", &self.redirect, rt::FormStyle::Form { explode: true });
        request.query_with("where", &self.where_, rt::FormStyle::Json);
        Ok(())
    }
}
rt::setters! {
    SearchItems {
        /// Sets the `filter` parameter.
        filter: super::types::SearchItemsFilter,
        /// Sets the `expand` parameter.
        expand: Vec<String>,
        /// Sets the `redirect` parameter.
        redirect: impl Into<String> = into,
        /// Sets the `where` parameter.
        where_: ::std::collections::BTreeMap<String, String>,
    }
}
rt::errors! {
    /// The documented error responses of `search_items`, chosen by status code.
    pub enum SearchItemsError {}
}
