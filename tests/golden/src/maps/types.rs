// @generated
// Generated from tests/fixtures/types/maps.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Maps` in the spec.
    #[derive(Default)]
    pub struct Maps {
        /// The `any_values` property.
        any_values: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> = optional("any_values", set),
        /// The `string_values` property.
        string_values: Option<::std::collections::BTreeMap<String, String>> = optional("string_values", set),
        /// The `ref_values` property.
        ref_values: Option<::std::collections::BTreeMap<String, Limit>> = optional("ref_values", set),
        /// The `nullable_values` property.
        nullable_values: Option<::std::collections::BTreeMap<String, Option<i64>>> = optional("nullable_values", set),
        /// The `array_values` property.
        array_values: Option<::std::collections::BTreeMap<String, Vec<String>>> = optional("array_values", set),
        /// The `closed` property.
        closed: Option<Closed> = optional("closed", set),
        /// The `open` property.
        open: Option<Open> = optional("open", set),
        /// The `typed_extra` property.
        typed_extra: Option<TypedExtra> = optional("typed_extra", set),
        /// The `patterned` property.
        patterned: Option<Patterned> = optional("patterned", set),
        /// The `no_keywords` property.
        no_keywords: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> = optional("no_keywords", set),
        /// The `nested` property.
        nested: Option<::std::collections::BTreeMap<String, ::std::collections::BTreeMap<String, i64>>> = optional("nested", set),
    }
    /// The schema at `/components/schemas/Limit` in the spec.
    pub struct Limit {
        /// The `max` property.
        max: i64 = field("max", must),
        /// The `window` property.
        window: Option<String> = optional("window", set),
    }
    /// The schema at `/components/schemas/Closed` in the spec.
    pub struct Closed {
        /// The `name` property.
        name: String = field("name", must),
    }
    /// The schema at `/components/schemas/Open` in the spec.
    pub struct Open {
        /// The `name` property.
        name: String = field("name", must),
        ..additional_properties: ::serde_json::Value,
    }
    /// Declared properties plus typed extra ones.
    pub struct TypedExtra {
        /// The `id` property.
        id: String = field("id", must),
        ..additional_properties: i64,
    }
    /// patternProperties.
    #[derive(Default)]
    pub struct Patterned {
        /// The `name` property.
        name: Option<String> = optional("name", set),
        ..additional_properties: ::serde_json::Value,
    }
}
