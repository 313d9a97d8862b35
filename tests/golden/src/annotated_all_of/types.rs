// @generated
// Generated from tests/fixtures/types/annotated_all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Url` in the spec.
pub type Url = String;
/// The schema at `/components/schemas/Count` in the spec.
pub type Count = i32;
rt::object! {
    /// The schema at `/components/schemas/Subscription` in the spec.
    pub struct Subscription {
        /// Where events are delivered.
        url: Url = field("url", must),
        /// The subscription's identifier.
        ///
        /// Set by the server (read-only); never sent.
        id: Option<Url> = skip("id", set),
        /// Retries
        retries: Option<Option<Count>> = optional("retries", put),
        /// A note.
        ///
        /// **Deprecated** in the spec.
        note: Option<String> = optional("note", set),
    }
}
