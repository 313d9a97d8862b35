// @generated
// Generated from tests/fixtures/types/pagination_inferred.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Item` in the spec.
    pub struct Item {
        /// The `id` property.
        id: String = field("id", must),
    }
    /// The schema at `/paths/~1people/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListPeopleResponse {
        /// The `results` property.
        results: Option<Vec<Item>> = optional("results", set),
        /// The `next` property.
        next: Option<Option<String>> = optional("next", put),
        /// The `count` property.
        count: Option<i64> = optional("count", set),
    }
    /// The schema at `/paths/~1folders/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListFoldersResponse {
        /// The `data` property.
        data: Option<Vec<Item>> = optional("data", set),
        /// The `links` property.
        links: Option<ListFoldersResponseLinks> = optional("links", set),
    }
    /// The schema at `/paths/~1folders/get/responses/200/content/application~1json/schema/properties/links` in the spec.
    #[derive(Default)]
    pub struct ListFoldersResponseLinks {
        /// The `next` property.
        next: Option<ListFoldersResponseLinksNext> = optional("next", set),
    }
    /// The schema at `/paths/~1folders/get/responses/200/content/application~1json/schema/properties/links/properties/next` in the spec.
    #[derive(Default)]
    pub struct ListFoldersResponseLinksNext {
        /// The `href` property.
        href: Option<String> = optional("href", set),
    }
    /// The schema at `/paths/~1logs/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListLogsResponse {
        /// The `entries` property.
        entries: Option<Vec<Item>> = optional("entries", set),
        /// The `nextPageToken` property.
        next_page_token: Option<String> = optional("nextPageToken", set),
    }
    /// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListTicketsResponse {
        /// The `tickets` property.
        tickets: Option<Vec<Item>> = optional("tickets", set),
        /// The `meta` property.
        meta: Option<ListTicketsResponseMeta> = optional("meta", set),
    }
    /// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema/properties/meta` in the spec.
    #[derive(Default)]
    pub struct ListTicketsResponseMeta {
        /// The `has_more` property.
        has_more: Option<bool> = optional("has_more", set),
        /// The `after_cursor` property.
        after_cursor: Option<Option<String>> = optional("after_cursor", put),
        /// The `before_cursor` property.
        before_cursor: Option<Option<String>> = optional("before_cursor", put),
    }
    /// The schema at `/paths/~1charges/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListChargesResponse {
        /// The `object` property.
        object: Option<String> = optional("object", set),
        /// The `data` property.
        data: Option<Vec<Item>> = optional("data", set),
        /// The `has_more` property.
        has_more: Option<bool> = optional("has_more", set),
    }
    /// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListOrdersResponse {
        /// The `orders` property.
        orders: Option<Vec<Item>> = optional("orders", set),
        /// The `total_pages` property.
        total_pages: Option<i64> = optional("total_pages", set),
    }
    /// The schema at `/paths/~1products/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListProductsResponse {
        /// The `items` property.
        items: Option<Vec<Item>> = optional("items", set),
        /// The `total` property.
        total: Option<i64> = optional("total", set),
    }
    /// The schema at `/paths/~1events/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListEventsResponse {
        /// The `events` property.
        events: Option<Vec<Item>> = optional("events", set),
        /// The `total_count` property.
        total_count: Option<i64> = optional("total_count", set),
    }
    /// The schema at `/paths/~1tags/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListTagsResponse {
        /// The `tags` property.
        tags: Option<Vec<Item>> = optional("tags", set),
        /// The `next_cursor` property.
        next_cursor: Option<String> = optional("next_cursor", set),
    }
    /// The schema at `/paths/~1labels/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListLabelsResponse {
        /// The `labels` property.
        labels: Option<Vec<Item>> = optional("labels", set),
        /// The `total_pages` property.
        total_pages: Option<i64> = optional("total_pages", set),
    }
    /// The schema at `/paths/~1views/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListViewsResponse {
        /// The `cells` property.
        cells: Option<Vec<Item>> = optional("cells", set),
        /// The `columns` property.
        columns: Option<Vec<Item>> = optional("columns", set),
        /// The `total_pages` property.
        total_pages: Option<i64> = optional("total_pages", set),
    }
    /// The schema at `/paths/~1macros/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListMacrosResponse {
        /// The `macros` property.
        macros: Option<Vec<Item>> = optional("macros", set),
    }
    /// The schema at `/paths/~1notes/get/responses/200/content/application~1json/schema` in the spec.
    #[derive(Default)]
    pub struct ListNotesResponse {
        /// The `notes` property.
        notes: Option<Vec<Item>> = optional("notes", set),
    }
}
