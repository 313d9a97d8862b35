// @generated
// Generated from tests/fixtures/types/annotated_all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Url` in the spec.
pub type Url = String;
/// The schema at `/components/schemas/Count` in the spec.
pub type Count = i32;
/// The schema at `/components/schemas/Subscription` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Subscription {
    /// Where events are delivered.
    pub url: Url,
    /// The subscription's identifier.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub id: Option<Url>,
    /// Retries
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub retries: Option<Option<Count>>,
    /// A note.
    ///
    /// **Deprecated** in the spec.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
