// @generated
// Generated from tests/fixtures/types/pagination_speakeasy.yaml by this project's generator. Do not edit: change the spec and regenerate.

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
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrdersResponse {
    /// The `items` property.
    pub items: Option<Vec<Item>>,
    /// The `pagination` property.
    pub pagination: Option<ListOrdersResponsePagination>,
}
impl ::serde::Serialize for ListOrdersResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("items", &self.items);
        map.optional("pagination", &self.pagination);
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
                "items" => map.set(&mut value.items),
                "pagination" => map.set(&mut value.pagination),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/pagination` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrdersResponsePagination {
    /// The `total_count` property.
    pub total_count: Option<i64>,
    /// The `max_page` property.
    pub max_page: Option<i64>,
}
impl ::serde::Serialize for ListOrdersResponsePagination {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("total_count", &self.total_count);
        map.optional("max_page", &self.max_page);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersResponsePagination);
impl<'de> rt::FromMap<'de> for ListOrdersResponsePagination {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "total_count" => map.set(&mut value.total_count),
                "max_page" => map.set(&mut value.max_page),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1events/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEventsResponse {
    /// The `count` property.
    pub count: Option<i64>,
    /// The `events` property.
    pub events: Option<Vec<Item>>,
}
impl ::serde::Serialize for ListEventsResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("count", &self.count);
        map.optional("events", &self.events);
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
                "count" => map.set(&mut value.count),
                "events" => map.set(&mut value.events),
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
    pub meta: Option<Meta>,
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
pub struct Meta {
    /// The `after_cursor` property.
    pub after_cursor: Option<Option<String>>,
}
impl ::serde::Serialize for Meta {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("after_cursor", &self.after_cursor);
        map.end()
    }
}
rt::object_deserialize!(Meta);
impl<'de> rt::FromMap<'de> for Meta {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "after_cursor" => map.put(&mut value.after_cursor),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1charges/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListChargesResponse {
    /// The `data` property.
    pub data: Option<Vec<Item>>,
}
impl ::serde::Serialize for ListChargesResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("data", &self.data);
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
                "data" => map.set(&mut value.data),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1files/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFilesResponse {
    /// The `files` property.
    pub files: Option<Vec<Item>>,
    /// The `links` property.
    pub links: Option<ListFilesResponseLinks>,
}
impl ::serde::Serialize for ListFilesResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("files", &self.files);
        map.optional("links", &self.links);
        map.end()
    }
}
rt::object_deserialize!(ListFilesResponse);
impl<'de> rt::FromMap<'de> for ListFilesResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "files" => map.set(&mut value.files),
                "links" => map.set(&mut value.links),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1files/get/responses/200/content/application~1json/schema/properties/links` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFilesResponseLinks {
    /// The `next` property.
    pub next: Option<Option<String>>,
}
impl ::serde::Serialize for ListFilesResponseLinks {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("next", &self.next);
        map.end()
    }
}
rt::object_deserialize!(ListFilesResponseLinks);
impl<'de> rt::FromMap<'de> for ListFilesResponseLinks {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "next" => map.put(&mut value.next),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1views~1{view_id}~1execute/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExecuteViewResponse {
    /// The `columns` property.
    pub columns: Option<Vec<String>>,
    /// The `groups` property.
    pub groups: Option<Vec<String>>,
    /// The `rows` property.
    pub rows: Option<Vec<Item>>,
    /// The `meta` property.
    pub meta: Option<Meta>,
}
impl ::serde::Serialize for ExecuteViewResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("columns", &self.columns);
        map.optional("groups", &self.groups);
        map.optional("rows", &self.rows);
        map.optional("meta", &self.meta);
        map.end()
    }
}
rt::object_deserialize!(ExecuteViewResponse);
impl<'de> rt::FromMap<'de> for ExecuteViewResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "columns" => map.set(&mut value.columns),
                "groups" => map.set(&mut value.groups),
                "rows" => map.set(&mut value.rows),
                "meta" => map.set(&mut value.meta),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
