// @generated
// Generated from tests/fixtures/types/html_descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The `Articles` operations: request builders and error types.
/// The `Articles` operations. Get it with [`Client::articles`](super::Client::articles).
#[derive(Debug, Clone, Copy)]
pub struct Articles<'a> {
    pub(crate) client: &'a super::Client,
}
impl<'a> Articles<'a> {
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
    pub fn list_articles(&self) -> ListArticles<'a> {
        ListArticles {
            client: self.client,
            locale: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// The request of [`Articles::list_articles`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct ListArticles<'a> {
    client: &'a super::Client,
    locale: Option<String>,
    options: crate::runtime::RequestOptions,
}
impl<'a> ListArticles<'a> {
    /// The locale, like `en-us`.\
    /// Defaults to the account's.
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
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
    ) -> Result<crate::runtime::Request, crate::runtime::Error<ListArticlesError>> {
        let mut request = crate::runtime::Request::new(
            "listArticles",
            crate::runtime::Method::GET,
            "/articles",
            "/articles".to_owned(),
        );
        request.security = &[];
        crate::runtime::push_query(
                &mut request.query,
                "locale",
                &self.locale,
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
    ) -> Result<Vec<super::types::Article>, crate::runtime::Error<ListArticlesError>> {
        let request = self.request()?;
        let response = self.client.core().execute(request).await?;
        Self::decode(response)
    }
    fn decode(
        response: crate::runtime::Response,
    ) -> Result<Vec<super::types::Article>, crate::runtime::Error<ListArticlesError>> {
        if response.status.is_success() {
            response.json()
        } else {
            Err(Self::decode_error(response))
        }
    }
    fn decode_error(
        response: crate::runtime::Response,
    ) -> crate::runtime::Error<ListArticlesError> {
        response.unexpected()
    }
}
/// The documented error responses of `list_articles`, chosen by status code.
#[derive(Debug, Clone, PartialEq)]
pub enum ListArticlesError {}
