// @generated
// Generated from tests/fixtures/types/no_content.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/ErrorMessage` in the spec.
    #[derive(Default)]
    pub struct ErrorMessage {
        /// The `error` property.
        error: Option<String> = optional("error", set),
    }
}
