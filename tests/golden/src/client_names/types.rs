// @generated
// Generated from tests/fixtures/types/client_names.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Record` in the spec.
    pub struct Record {
        /// The `properties` property.
        record_properties: String = field("properties", must),
        /// The `etag` property.
        e_tag: Option<String> = field("etag", set),
        /// The `displayName` property.
        title: Option<String> = optional("displayName", set),
        /// The `parent` property.
        parent_record: Option<Option<Parent>> = optional("parent", put),
    }
    /// The schema at `/components/schemas/Parent` in the spec.
    #[derive(Default)]
    pub struct Parent {
        /// The `id` property.
        id: Option<String> = optional("id", set),
    }
}
