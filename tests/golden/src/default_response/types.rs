// @generated
// Generated from tests/fixtures/types/default_response.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Job` in the spec.
    pub struct Job {
        /// The `id` property.
        id: String = field("id", must),
    }
    /// The schema at `/components/schemas/Problem` in the spec.
    #[derive(Default)]
    pub struct Problem {
        /// The `message` property.
        message: Option<String> = optional("message", set),
    }
}
