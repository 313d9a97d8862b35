// @generated
// Generated from tests/fixtures/types/html_descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// An article.
///
/// ```text
/// {"id": 1, "title": "**not HTML here**"}
/// ```
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Article {
    /// The id, **unique** in the account.
    pub id: i64,
    /// The body, as HTML (`<p>` and so on); see [allowed tags](https://example.com/html).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}
