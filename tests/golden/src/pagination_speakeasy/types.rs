// @generated
// Generated from tests/fixtures/types/pagination_speakeasy.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Item` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Item {
    /// The `id` property.
    pub id: String,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersResponse {
    /// The `items` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Item>>,
    /// The `pagination` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<ListOrdersResponsePagination>,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/pagination` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersResponsePagination {
    /// The `total_count` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// The `max_page` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_page: Option<i64>,
}
/// The schema at `/paths/~1events/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEventsResponse {
    /// The `count` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The `events` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Item>>,
}
/// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTicketsResponse {
    /// The `tickets` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tickets: Option<Vec<Item>>,
    /// The `meta` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}
/// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema/properties/meta` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Meta {
    /// The `after_cursor` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub after_cursor: Option<Option<String>>,
}
/// The schema at `/paths/~1charges/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListChargesResponse {
    /// The `data` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Item>>,
}
/// The schema at `/paths/~1files/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListFilesResponse {
    /// The `files` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<Item>>,
    /// The `links` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<ListFilesResponseLinks>,
}
/// The schema at `/paths/~1files/get/responses/200/content/application~1json/schema/properties/links` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListFilesResponseLinks {
    /// The `next` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub next: Option<Option<String>>,
}
/// The schema at `/paths/~1views~1{view_id}~1execute/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecuteViewResponse {
    /// The `columns` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<String>>,
    /// The `groups` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
    /// The `rows` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<Item>>,
    /// The `meta` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}
