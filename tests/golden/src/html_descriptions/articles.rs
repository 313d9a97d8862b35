// @generated
// Generated from tests/fixtures/types/html_descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Articles` operations: request builders and error types.
use crate::runtime as rt;
/// The `Articles` operations. Get it with [`Client::articles`](super::Client::articles).
#[derive(Debug, Clone, Copy)]
pub struct Articles<'a> {
    pub(crate) client: &'a super::Client,
}
rt::operations! {
    impl Articles;
    /// List articles
    ///
    /// Lists the articles. Filter with `locale`; the `List<Article>` is sorted by **position**.
    ///
    /// - At most *100* per page.
    /// - See [the guide](https://example.com/docs/articles).
    ///
    /// Markdown beside it is kept: `per_page`, [limits](https://example.com/limits), a List&lt;String&gt; and &lt;id&gt;.\
    /// A second line.
    ///
    /// Inside an HTML block Markdown is text, as CommonMark says: \[not a link\](<https://example.com/text>).
    ///
    /// `GET /articles`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use golden_types::html_descriptions;
    /// let client = html_descriptions::Client::builder().build();
    /// let response = client.articles().list_articles().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_articles();
    /// The arguments of [`Articles::list_articles`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`.
    pub struct ListArticles {
        locale: Option<String> = query("locale"),
    }
    get("listArticles", "/articles") -> Vec<super::types::Article>, ListArticlesError, rt::Json;
    setters {
        /// The locale, like `en-us`.\
        /// Defaults to the account's.
        locale: impl Into<String> = into,
    }
}
rt::errors! {
    /// The documented error responses of `list_articles`, chosen by status code.
    pub enum ListArticlesError {}
}
