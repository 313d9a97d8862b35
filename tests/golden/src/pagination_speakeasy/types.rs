// @generated
// Generated from tests/fixtures/types/pagination_speakeasy.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Item` in the spec.
    pub struct Item {
        /// The `id` property.
        id: String = field("id", must),
    }
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListOrdersResponse {
        /// The `items` property.
        items: Option<Vec<Item>> = optional("items", set),
        /// The `pagination` property.
        pagination: Option<ListOrdersResponsePagination> = optional("pagination", set),
    }
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/pagination` in the spec.
    #[derive(Default)]
    pub struct ListOrdersResponsePagination {
        /// The `total_count` property.
        total_count: Option<i64> = optional("total_count", set),
        /// The `max_page` property.
        max_page: Option<i64> = optional("max_page", set),
    }
    /// The schema at `/paths/~1events/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListEventsResponse {
        /// The `count` property.
        count: Option<i64> = optional("count", set),
        /// The `events` property.
        events: Option<Vec<Item>> = optional("events", set),
    }
    /// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListTicketsResponse {
        /// The `tickets` property.
        tickets: Option<Vec<Item>> = optional("tickets", set),
        /// The `meta` property.
        meta: Option<Meta> = optional("meta", set),
    }
    /// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema/properties/meta` in the spec.
    #[derive(Default)]
    pub struct Meta {
        /// The `after_cursor` property.
        after_cursor: Option<Option<String>> = optional("after_cursor", put),
    }
    /// The schema at `/paths/~1charges/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListChargesResponse {
        /// The `data` property.
        data: Option<Vec<Item>> = optional("data", set),
    }
    /// The schema at `/paths/~1files/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListFilesResponse {
        /// The `files` property.
        files: Option<Vec<Item>> = optional("files", set),
        /// The `links` property.
        links: Option<ListFilesResponseLinks> = optional("links", set),
    }
    /// The schema at `/paths/~1files/get/responses/200/content/application~1json/schema/properties/links` in the spec.
    #[derive(Default)]
    pub struct ListFilesResponseLinks {
        /// The `next` property.
        next: Option<Option<String>> = optional("next", put),
    }
    /// The schema at `/paths/~1views~1{view_id}~1execute/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ExecuteViewResponse {
        /// The `columns` property.
        columns: Option<Vec<String>> = optional("columns", set),
        /// The `groups` property.
        groups: Option<Vec<String>> = optional("groups", set),
        /// The `rows` property.
        rows: Option<Vec<Item>> = optional("rows", set),
        /// The `meta` property.
        meta: Option<Meta> = optional("meta", set),
    }
}
