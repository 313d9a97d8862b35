// @generated
// Generated from tests/fixtures/types/pagination_inferred.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Item` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The `id` property.
    pub id: String,
}
impl ::serde::Serialize for Item {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.end()
    }
}
rt::object_deserialize!(Item);
impl<'de> rt::FromMap<'de> for Item {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                _ => map.skip(),
            }
        }
        match id {
            Some(id) => map.done(Self { id }),
            None => map.missing(&[("id", true)]),
        }
    }
}
/// The schema at `/paths/~1people/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPeopleResponse {
    /// The `results` property.
    pub results: Option<Vec<Item>>,
    /// The `next` property.
    pub next: Option<Option<String>>,
    /// The `count` property.
    pub count: Option<i64>,
}
impl ::serde::Serialize for ListPeopleResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("results", &self.results);
        map.optional("next", &self.next);
        map.optional("count", &self.count);
        map.end()
    }
}
rt::object_deserialize!(ListPeopleResponse);
impl<'de> rt::FromMap<'de> for ListPeopleResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "results" => map.set(&mut value.results),
                "next" => map.put(&mut value.next),
                "count" => map.set(&mut value.count),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1folders/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFoldersResponse {
    /// The `data` property.
    pub data: Option<Vec<Item>>,
    /// The `links` property.
    pub links: Option<ListFoldersResponseLinks>,
}
impl ::serde::Serialize for ListFoldersResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("data", &self.data);
        map.optional("links", &self.links);
        map.end()
    }
}
rt::object_deserialize!(ListFoldersResponse);
impl<'de> rt::FromMap<'de> for ListFoldersResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "data" => map.set(&mut value.data),
                "links" => map.set(&mut value.links),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1folders/get/responses/200/content/application~1json/schema/properties/links` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFoldersResponseLinks {
    /// The `next` property.
    pub next: Option<ListFoldersResponseLinksNext>,
}
impl ::serde::Serialize for ListFoldersResponseLinks {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("next", &self.next);
        map.end()
    }
}
rt::object_deserialize!(ListFoldersResponseLinks);
impl<'de> rt::FromMap<'de> for ListFoldersResponseLinks {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "next" => map.set(&mut value.next),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1folders/get/responses/200/content/application~1json/schema/properties/links/properties/next` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFoldersResponseLinksNext {
    /// The `href` property.
    pub href: Option<String>,
}
impl ::serde::Serialize for ListFoldersResponseLinksNext {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("href", &self.href);
        map.end()
    }
}
rt::object_deserialize!(ListFoldersResponseLinksNext);
impl<'de> rt::FromMap<'de> for ListFoldersResponseLinksNext {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "href" => map.set(&mut value.href),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1logs/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListLogsResponse {
    /// The `entries` property.
    pub entries: Option<Vec<Item>>,
    /// The `nextPageToken` property.
    pub next_page_token: Option<String>,
}
impl ::serde::Serialize for ListLogsResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("entries", &self.entries);
        map.optional("nextPageToken", &self.next_page_token);
        map.end()
    }
}
rt::object_deserialize!(ListLogsResponse);
impl<'de> rt::FromMap<'de> for ListLogsResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "entries" => map.set(&mut value.entries),
                "nextPageToken" => map.set(&mut value.next_page_token),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTicketsResponse {
    /// The `tickets` property.
    pub tickets: Option<Vec<Item>>,
    /// The `meta` property.
    pub meta: Option<ListTicketsResponseMeta>,
}
impl ::serde::Serialize for ListTicketsResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("tickets", &self.tickets);
        map.optional("meta", &self.meta);
        map.end()
    }
}
rt::object_deserialize!(ListTicketsResponse);
impl<'de> rt::FromMap<'de> for ListTicketsResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "tickets" => map.set(&mut value.tickets),
                "meta" => map.set(&mut value.meta),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1tickets/get/responses/200/content/application~1json/schema/properties/meta` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTicketsResponseMeta {
    /// The `has_more` property.
    pub has_more: Option<bool>,
    /// The `after_cursor` property.
    pub after_cursor: Option<Option<String>>,
    /// The `before_cursor` property.
    pub before_cursor: Option<Option<String>>,
}
impl ::serde::Serialize for ListTicketsResponseMeta {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("has_more", &self.has_more);
        map.optional("after_cursor", &self.after_cursor);
        map.optional("before_cursor", &self.before_cursor);
        map.end()
    }
}
rt::object_deserialize!(ListTicketsResponseMeta);
impl<'de> rt::FromMap<'de> for ListTicketsResponseMeta {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "has_more" => map.set(&mut value.has_more),
                "after_cursor" => map.put(&mut value.after_cursor),
                "before_cursor" => map.put(&mut value.before_cursor),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1charges/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListChargesResponse {
    /// The `object` property.
    pub object: Option<String>,
    /// The `data` property.
    pub data: Option<Vec<Item>>,
    /// The `has_more` property.
    pub has_more: Option<bool>,
}
impl ::serde::Serialize for ListChargesResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("object", &self.object);
        map.optional("data", &self.data);
        map.optional("has_more", &self.has_more);
        map.end()
    }
}
rt::object_deserialize!(ListChargesResponse);
impl<'de> rt::FromMap<'de> for ListChargesResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "object" => map.set(&mut value.object),
                "data" => map.set(&mut value.data),
                "has_more" => map.set(&mut value.has_more),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrdersResponse {
    /// The `orders` property.
    pub orders: Option<Vec<Item>>,
    /// The `total_pages` property.
    pub total_pages: Option<i64>,
}
impl ::serde::Serialize for ListOrdersResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("orders", &self.orders);
        map.optional("total_pages", &self.total_pages);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersResponse);
impl<'de> rt::FromMap<'de> for ListOrdersResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "orders" => map.set(&mut value.orders),
                "total_pages" => map.set(&mut value.total_pages),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1products/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProductsResponse {
    /// The `items` property.
    pub items: Option<Vec<Item>>,
    /// The `total` property.
    pub total: Option<i64>,
}
impl ::serde::Serialize for ListProductsResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("items", &self.items);
        map.optional("total", &self.total);
        map.end()
    }
}
rt::object_deserialize!(ListProductsResponse);
impl<'de> rt::FromMap<'de> for ListProductsResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "items" => map.set(&mut value.items),
                "total" => map.set(&mut value.total),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1events/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEventsResponse {
    /// The `events` property.
    pub events: Option<Vec<Item>>,
    /// The `total_count` property.
    pub total_count: Option<i64>,
}
impl ::serde::Serialize for ListEventsResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("events", &self.events);
        map.optional("total_count", &self.total_count);
        map.end()
    }
}
rt::object_deserialize!(ListEventsResponse);
impl<'de> rt::FromMap<'de> for ListEventsResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "events" => map.set(&mut value.events),
                "total_count" => map.set(&mut value.total_count),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1tags/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsResponse {
    /// The `tags` property.
    pub tags: Option<Vec<Item>>,
    /// The `next_cursor` property.
    pub next_cursor: Option<String>,
}
impl ::serde::Serialize for ListTagsResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("tags", &self.tags);
        map.optional("next_cursor", &self.next_cursor);
        map.end()
    }
}
rt::object_deserialize!(ListTagsResponse);
impl<'de> rt::FromMap<'de> for ListTagsResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "tags" => map.set(&mut value.tags),
                "next_cursor" => map.set(&mut value.next_cursor),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1labels/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListLabelsResponse {
    /// The `labels` property.
    pub labels: Option<Vec<Item>>,
    /// The `total_pages` property.
    pub total_pages: Option<i64>,
}
impl ::serde::Serialize for ListLabelsResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("labels", &self.labels);
        map.optional("total_pages", &self.total_pages);
        map.end()
    }
}
rt::object_deserialize!(ListLabelsResponse);
impl<'de> rt::FromMap<'de> for ListLabelsResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "labels" => map.set(&mut value.labels),
                "total_pages" => map.set(&mut value.total_pages),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1views/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListViewsResponse {
    /// The `cells` property.
    pub cells: Option<Vec<Item>>,
    /// The `columns` property.
    pub columns: Option<Vec<Item>>,
    /// The `total_pages` property.
    pub total_pages: Option<i64>,
}
impl ::serde::Serialize for ListViewsResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("cells", &self.cells);
        map.optional("columns", &self.columns);
        map.optional("total_pages", &self.total_pages);
        map.end()
    }
}
rt::object_deserialize!(ListViewsResponse);
impl<'de> rt::FromMap<'de> for ListViewsResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "cells" => map.set(&mut value.cells),
                "columns" => map.set(&mut value.columns),
                "total_pages" => map.set(&mut value.total_pages),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1macros/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMacrosResponse {
    /// The `macros` property.
    pub macros: Option<Vec<Item>>,
}
impl ::serde::Serialize for ListMacrosResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("macros", &self.macros);
        map.end()
    }
}
rt::object_deserialize!(ListMacrosResponse);
impl<'de> rt::FromMap<'de> for ListMacrosResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "macros" => map.set(&mut value.macros),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1notes/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListNotesResponse {
    /// The `notes` property.
    pub notes: Option<Vec<Item>>,
}
impl ::serde::Serialize for ListNotesResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("notes", &self.notes);
        map.end()
    }
}
rt::object_deserialize!(ListNotesResponse);
impl<'de> rt::FromMap<'de> for ListNotesResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "notes" => map.set(&mut value.notes),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
