// @generated
// Generated from tests/fixtures/types/retries.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Item` in the spec.
    pub struct Item {
        /// The `id` property.
        id: String = field("id", must),
    }
}
