// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `search` operations: request builders and error types.
use crate::runtime as rt;
/// The `search` operations. Get it with [`Client::search`](super::Client::search).
#[derive(Debug, Clone, Copy)]
pub struct Search<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Search;
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
    pub fn search_items();
    /// The arguments of [`Search::search_items`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct SearchItems {
        filter: Option<super::types::SearchItemsFilter> = query_with("filter", rt::FormStyle::DeepObject),
        expand: Option<Vec<String>> = query_with("expand", rt::FormStyle::DeepObject),
        redirect: Option<String> = query_reserved("redirect", rt::FormStyle::Form { explode: true }),
        where_: Option<::std::collections::BTreeMap<String, String>> = query_with("where", rt::FormStyle::Json),
    }
    get("searchItems", "/search") -> String, SearchItemsError, rt::Text;
    setters {
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
