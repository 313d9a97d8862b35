// @generated
// Generated from tests/fixtures/types/pagination_inferred.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Item` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Item {
    /// The `id` property.
    pub id: String,
}
/// The schema at `/paths/~1people/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPeopleResponse {
    /// The `results` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Item>>,
    /// The `next` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub next: Option<Option<String>>,
    /// The `count` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}
/// The schema at `/paths/~1folders/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListFoldersResponse {
    /// The `data` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Item>>,
    /// The `links` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<ListFoldersResponseLinks>,
}
/// The schema at `/paths/~1folders/get/responses/200/content/application~1json/schema/properties/links` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListFoldersResponseLinks {
    /// The `next` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<ListFoldersResponseLinksNext>,
}
/// The schema at `/paths/~1folders/get/responses/200/content/application~1json/schema/properties/links/properties/next` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListFoldersResponseLinksNext {
    /// The `href` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}
/// The schema at `/paths/~1logs/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogsResponse {
    /// The `entries` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<Item>>,
    /// The `nextPageToken` property.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
/// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTicketsResponse {
    /// The `tickets` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tickets: Option<Vec<Item>>,
    /// The `meta` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<ListTicketsResponseMeta>,
}
/// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema/properties/meta` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTicketsResponseMeta {
    /// The `has_more` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
    /// The `after_cursor` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub after_cursor: Option<Option<String>>,
    /// The `before_cursor` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub before_cursor: Option<Option<String>>,
}
/// The schema at `/paths/~1charges/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListChargesResponse {
    /// The `object` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The `data` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Item>>,
    /// The `has_more` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrdersResponse {
    /// The `orders` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orders: Option<Vec<Item>>,
    /// The `total_pages` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
}
/// The schema at `/paths/~1products/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListProductsResponse {
    /// The `items` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Item>>,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
/// The schema at `/paths/~1events/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEventsResponse {
    /// The `events` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Item>>,
    /// The `total_count` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// The schema at `/paths/~1tags/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsResponse {
    /// The `tags` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Item>>,
    /// The `next_cursor` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}
/// The schema at `/paths/~1labels/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLabelsResponse {
    /// The `labels` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Item>>,
    /// The `total_pages` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
}
/// The schema at `/paths/~1views/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListViewsResponse {
    /// The `cells` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cells: Option<Vec<Item>>,
    /// The `columns` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<Item>>,
    /// The `total_pages` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
}
/// The schema at `/paths/~1macros/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMacrosResponse {
    /// The `macros` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub macros: Option<Vec<Item>>,
}
/// The schema at `/paths/~1notes/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListNotesResponse {
    /// The `notes` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Vec<Item>>,
}
