// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
#[cfg(feature = "wire_formats-customers")]
rt::object! {
    /// The schema at `/components/schemas/Address` in the spec.
    #[derive(Default)]
    pub struct Address {
        /// The `city` property.
        city: Option<String> = optional("city", set),
        /// The `line1` property.
        line1: Option<String> = optional("line1", set),
    }
    /// The schema at `/components/schemas/Item` in the spec.
    #[derive(Default)]
    pub struct Item {
        /// The `price` property.
        price: Option<String> = optional("price", set),
        /// The `quantity` property.
        quantity: Option<i64> = optional("quantity", set),
    }
    /// The schema at `/components/schemas/CustomerForm` in the spec.
    pub struct CustomerForm {
        /// The `email` property.
        email: String = field("email", must),
        /// The `address` property.
        address: Option<Address> = optional("address", set),
        /// The `items` property.
        items: Option<Vec<Item>> = optional("items", set),
        /// The `metadata` property.
        metadata: Option<::std::collections::BTreeMap<String, String>> = optional("metadata", set),
        /// The `expand` property.
        expand: Option<Vec<String>> = optional("expand", set),
        /// The `preferences` property.
        preferences: Option<CustomerFormPreferences> = optional("preferences", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
}
#[cfg(
    any(
        feature = "wire_formats-customers",
        feature = "wire_formats-files",
        feature = "wire_formats-notes"
    )
)]
rt::object! {
    /// The schema at `/components/schemas/Customer` in the spec.
    #[derive(Default)]
    pub struct Customer {
        /// The `id` property.
        id: Option<String> = optional("id", set),
    }
}
#[cfg(any(feature = "wire_formats-files", feature = "wire_formats-notes"))]
/// The schema at `/components/schemas/StoredFile` in the spec.
pub type StoredFile = Customer;
#[cfg(any(feature = "wire_formats-events", feature = "wire_formats-lines"))]
rt::object! {
    /// The schema at `/components/schemas/Tick` in the spec.
    pub struct Tick {
        /// The `n` property.
        n: i64 = field("n", must),
    }
}
#[cfg(feature = "wire_formats-customers")]
rt::object! {
    /// The schema at `/components/schemas/CustomerForm/properties/preferences` in the spec.
    #[derive(Default)]
    pub struct CustomerFormPreferences {
        /// The `language` property.
        language: Option<String> = optional("language", set),
    }
}
#[cfg(feature = "wire_formats-search")]
rt::object! {
    /// The schema at `/paths/~1search/get/parameters/0/schema` in the spec.
    #[derive(Default)]
    pub struct SearchItemsFilter {
        /// The `status` property.
        status: Option<String> = optional("status", set),
        /// The `created` property.
        created: Option<SearchItemsFilterCreated> = optional("created", set),
    }
    /// The schema at `/paths/~1search/get/parameters/0/schema/properties/created` in the spec.
    #[derive(Default)]
    pub struct SearchItemsFilterCreated {
        /// The `gte` property.
        gte: Option<i64> = optional("gte", set),
        /// The `lt` property.
        lt: Option<i64> = optional("lt", set),
    }
}
#[cfg(feature = "wire_formats-files")]
rt::object! {
    /// The schema at `/paths/~1files/post/requestBody/content/multipart~1form-data/schema` in the spec.
    pub struct UploadFileRequest {
        /// The `file` property.
        file: crate::runtime::Upload = field("file", must),
        /// The `attachments` property.
        attachments: Option<Vec<crate::runtime::Upload>> = optional("attachments", set),
        /// The `purpose` property.
        purpose: String = field("purpose", must),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
        /// The `meta` property.
        meta: Option<UploadFileRequestMeta> = optional("meta", set),
    }
    /// The schema at `/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/meta` in the spec.
    #[derive(Default)]
    pub struct UploadFileRequestMeta {
        /// The `source` property.
        source: Option<String> = optional("source", set),
    }
}
