// @generated
// Generated from tests/fixtures/types/html_descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// An article.
    ///
    /// ```text
    /// {"id": 1, "title": "**not HTML here**"}
    /// ```
    pub struct Article {
        /// The id, **unique** in the account.
        id: i64 = field("id", must),
        /// The body, as HTML (`<p>` and so on); see [allowed tags](https://example.com/html).
        body: Option<String> = optional("body", set),
    }
}
