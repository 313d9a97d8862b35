// @generated
// Generated from tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
#[cfg(feature = "wire_formats-customers")]
/// The schema at `/components/schemas/Address` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Address {
    /// The `city` property.
    pub city: Option<String>,
    /// The `line1` property.
    pub line1: Option<String>,
}
#[cfg(feature = "wire_formats-customers")]
impl ::serde::Serialize for Address {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("city", &self.city);
        map.optional("line1", &self.line1);
        map.end()
    }
}
#[cfg(feature = "wire_formats-customers")]
rt::object_deserialize!(Address);
#[cfg(feature = "wire_formats-customers")]
impl<'de> rt::FromMap<'de> for Address {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "city" => map.set(&mut value.city),
                "line1" => map.set(&mut value.line1),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "wire_formats-customers")]
/// The schema at `/components/schemas/Item` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    /// The `price` property.
    pub price: Option<String>,
    /// The `quantity` property.
    pub quantity: Option<i64>,
}
#[cfg(feature = "wire_formats-customers")]
impl ::serde::Serialize for Item {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("price", &self.price);
        map.optional("quantity", &self.quantity);
        map.end()
    }
}
#[cfg(feature = "wire_formats-customers")]
rt::object_deserialize!(Item);
#[cfg(feature = "wire_formats-customers")]
impl<'de> rt::FromMap<'de> for Item {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "price" => map.set(&mut value.price),
                "quantity" => map.set(&mut value.quantity),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "wire_formats-customers")]
/// The schema at `/components/schemas/CustomerForm` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerForm {
    /// The `email` property.
    pub email: String,
    /// The `address` property.
    pub address: Option<Address>,
    /// The `items` property.
    pub items: Option<Vec<Item>>,
    /// The `metadata` property.
    pub metadata: Option<::std::collections::BTreeMap<String, String>>,
    /// The `expand` property.
    pub expand: Option<Vec<String>>,
    /// The `preferences` property.
    pub preferences: Option<CustomerFormPreferences>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
#[cfg(feature = "wire_formats-customers")]
impl ::serde::Serialize for CustomerForm {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("email", &self.email);
        map.optional("address", &self.address);
        map.optional("items", &self.items);
        map.optional("metadata", &self.metadata);
        map.optional("expand", &self.expand);
        map.optional("preferences", &self.preferences);
        map.optional("tags", &self.tags);
        map.end()
    }
}
#[cfg(feature = "wire_formats-customers")]
rt::object_deserialize!(CustomerForm);
#[cfg(feature = "wire_formats-customers")]
impl<'de> rt::FromMap<'de> for CustomerForm {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut email = None;
        let mut address = None;
        let mut items = None;
        let mut metadata = None;
        let mut expand = None;
        let mut preferences = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "email" => map.put(&mut email),
                "address" => map.set(&mut address),
                "items" => map.set(&mut items),
                "metadata" => map.set(&mut metadata),
                "expand" => map.set(&mut expand),
                "preferences" => map.set(&mut preferences),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match email {
            Some(email) => {
                map.done(Self { email, address, items, metadata, expand, preferences, tags })
            }
            None => map.missing(&[("email", true)]),
        }
    }
}
#[cfg(
    any(
        feature = "wire_formats-customers",
        feature = "wire_formats-files",
        feature = "wire_formats-notes"
    )
)]
/// The schema at `/components/schemas/Customer` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Customer {
    /// The `id` property.
    pub id: Option<String>,
}
#[cfg(
    any(
        feature = "wire_formats-customers",
        feature = "wire_formats-files",
        feature = "wire_formats-notes"
    )
)]
impl ::serde::Serialize for Customer {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.end()
    }
}
#[cfg(
    any(
        feature = "wire_formats-customers",
        feature = "wire_formats-files",
        feature = "wire_formats-notes"
    )
)]
rt::object_deserialize!(Customer);
#[cfg(
    any(
        feature = "wire_formats-customers",
        feature = "wire_formats-files",
        feature = "wire_formats-notes"
    )
)]
impl<'de> rt::FromMap<'de> for Customer {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(any(feature = "wire_formats-files", feature = "wire_formats-notes"))]
/// The schema at `/components/schemas/StoredFile` in the spec.
pub type StoredFile = Customer;
#[cfg(any(feature = "wire_formats-events", feature = "wire_formats-lines"))]
/// The schema at `/components/schemas/Tick` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// The `n` property.
    pub n: i64,
}
#[cfg(any(feature = "wire_formats-events", feature = "wire_formats-lines"))]
impl ::serde::Serialize for Tick {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("n", &self.n);
        map.end()
    }
}
#[cfg(any(feature = "wire_formats-events", feature = "wire_formats-lines"))]
rt::object_deserialize!(Tick);
#[cfg(any(feature = "wire_formats-events", feature = "wire_formats-lines"))]
impl<'de> rt::FromMap<'de> for Tick {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut n = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "n" => map.put(&mut n),
                _ => map.skip(),
            }
        }
        match n {
            Some(n) => map.done(Self { n }),
            None => map.missing(&[("n", true)]),
        }
    }
}
#[cfg(feature = "wire_formats-customers")]
/// The schema at `/components/schemas/CustomerForm/properties/preferences` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerFormPreferences {
    /// The `language` property.
    pub language: Option<String>,
}
#[cfg(feature = "wire_formats-customers")]
impl ::serde::Serialize for CustomerFormPreferences {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("language", &self.language);
        map.end()
    }
}
#[cfg(feature = "wire_formats-customers")]
rt::object_deserialize!(CustomerFormPreferences);
#[cfg(feature = "wire_formats-customers")]
impl<'de> rt::FromMap<'de> for CustomerFormPreferences {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "language" => map.set(&mut value.language),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "wire_formats-search")]
/// The schema at `/paths/~1search/get/parameters/0/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchItemsFilter {
    /// The `status` property.
    pub status: Option<String>,
    /// The `created` property.
    pub created: Option<SearchItemsFilterCreated>,
}
#[cfg(feature = "wire_formats-search")]
impl ::serde::Serialize for SearchItemsFilter {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("status", &self.status);
        map.optional("created", &self.created);
        map.end()
    }
}
#[cfg(feature = "wire_formats-search")]
rt::object_deserialize!(SearchItemsFilter);
#[cfg(feature = "wire_formats-search")]
impl<'de> rt::FromMap<'de> for SearchItemsFilter {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "status" => map.set(&mut value.status),
                "created" => map.set(&mut value.created),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "wire_formats-search")]
/// The schema at `/paths/~1search/get/parameters/0/schema/properties/created` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchItemsFilterCreated {
    /// The `gte` property.
    pub gte: Option<i64>,
    /// The `lt` property.
    pub lt: Option<i64>,
}
#[cfg(feature = "wire_formats-search")]
impl ::serde::Serialize for SearchItemsFilterCreated {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("gte", &self.gte);
        map.optional("lt", &self.lt);
        map.end()
    }
}
#[cfg(feature = "wire_formats-search")]
rt::object_deserialize!(SearchItemsFilterCreated);
#[cfg(feature = "wire_formats-search")]
impl<'de> rt::FromMap<'de> for SearchItemsFilterCreated {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "gte" => map.set(&mut value.gte),
                "lt" => map.set(&mut value.lt),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "wire_formats-files")]
/// The schema at `/paths/~1files/post/requestBody/content/multipart~1form-data/schema` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFileRequest {
    /// The `file` property.
    pub file: crate::runtime::Upload,
    /// The `attachments` property.
    pub attachments: Option<Vec<crate::runtime::Upload>>,
    /// The `purpose` property.
    pub purpose: String,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
    /// The `meta` property.
    pub meta: Option<UploadFileRequestMeta>,
}
#[cfg(feature = "wire_formats-files")]
impl ::serde::Serialize for UploadFileRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("file", &self.file);
        map.optional("attachments", &self.attachments);
        map.field("purpose", &self.purpose);
        map.optional("tags", &self.tags);
        map.optional("meta", &self.meta);
        map.end()
    }
}
#[cfg(feature = "wire_formats-files")]
rt::object_deserialize!(UploadFileRequest);
#[cfg(feature = "wire_formats-files")]
impl<'de> rt::FromMap<'de> for UploadFileRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut file = None;
        let mut attachments = None;
        let mut purpose = None;
        let mut tags = None;
        let mut meta = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "file" => map.put(&mut file),
                "attachments" => map.set(&mut attachments),
                "purpose" => map.put(&mut purpose),
                "tags" => map.set(&mut tags),
                "meta" => map.set(&mut meta),
                _ => map.skip(),
            }
        }
        match (file, purpose) {
            (Some(file), Some(purpose)) => {
                map.done(Self { file, attachments, purpose, tags, meta })
            }
            (file, purpose) => {
                map.missing(&[("file", file.is_none()), ("purpose", purpose.is_none())])
            }
        }
    }
}
#[cfg(feature = "wire_formats-files")]
/// The schema at `/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/meta` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadFileRequestMeta {
    /// The `source` property.
    pub source: Option<String>,
}
#[cfg(feature = "wire_formats-files")]
impl ::serde::Serialize for UploadFileRequestMeta {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("source", &self.source);
        map.end()
    }
}
#[cfg(feature = "wire_formats-files")]
rt::object_deserialize!(UploadFileRequestMeta);
#[cfg(feature = "wire_formats-files")]
impl<'de> rt::FromMap<'de> for UploadFileRequestMeta {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "source" => map.set(&mut value.source),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
