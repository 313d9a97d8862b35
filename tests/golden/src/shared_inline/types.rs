// @generated
// Generated from tests/fixtures/types/shared_inline.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
#[cfg(feature = "shared_inline")]
rt::object! {
    /// A component that has the name the shared inline `tag` would get.
    #[derive(Default)]
    pub struct Tag {
        /// The `label` property.
        label: Option<String> = optional("label", set),
    }
}
#[cfg(feature = "shared_inline-customers")]
rt::object! {
    /// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema` in the spec.
    pub struct CreateCustomerRequest {
        /// The `name` property.
        name: String = field("name", must),
        /// The `metadata` property.
        metadata: Option<Metadata> = optional("metadata", set),
        /// Postal address
        billing: Option<PostalAddress> = optional("billing", set),
        /// The `tag` property.
        tag: Option<CreateCustomerRequestTag> = optional("tag", set),
        /// The `extra` property.
        extra: Option<CreateCustomerRequestExtra> = optional("extra", set),
    }
}
rt::object! {
    /// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema/properties/metadata` in the spec.
    #[derive(Default)]
    pub struct Metadata {
        /// The `source` property.
        source: Option<String> = optional("source", set),
        /// The `labels` property.
        labels: Option<Vec<String>> = optional("labels", set),
    }
    /// Postal address
    pub struct PostalAddress {
        /// The `line1` property.
        line1: String = field("line1", must),
        /// The `city` property.
        city: Option<String> = optional("city", set),
    }
    /// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema/properties/tag` in the spec.
    #[derive(Default)]
    pub struct CreateCustomerRequestTag {
        /// The `key` property.
        key: Option<String> = optional("key", set),
    }
    /// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema/properties/extra` in the spec.
    #[derive(Default)]
    pub struct CreateCustomerRequestExtra {
        /// The `note` property.
        note: Option<String> = optional("note", set),
    }
}
#[cfg(feature = "shared_inline-orders")]
rt::object! {
    /// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct CreateOrderRequest {
        /// The `metadata` property.
        metadata: Option<Metadata> = optional("metadata", set),
        /// Postal address
        shipping: Option<PostalAddress> = optional("shipping", set),
        /// The `tag` property.
        tag: Option<CreateCustomerRequestTag> = optional("tag", set),
        /// The `details` property.
        details: Option<CreateCustomerRequestExtra> = optional("details", set),
        /// The `once` property.
        once: Option<CreateOrderRequestOnce> = optional("once", set),
    }
    /// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema/properties/once` in the spec.
    #[derive(Default)]
    pub struct CreateOrderRequestOnce {
        /// The `only` property.
        only: Option<bool> = optional("only", set),
    }
    /// The schema at `/paths/~1orders/post/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct CreateOrderResponse {
        /// The `id` property.
        id: Option<String> = optional("id", set),
        /// The `metadata` property.
        metadata: Option<Metadata> = optional("metadata", set),
    }
}
