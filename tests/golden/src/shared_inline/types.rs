// @generated
// Generated from tests/fixtures/types/shared_inline.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
#[cfg(feature = "shared_inline")]
/// A component that has the name the shared inline `tag` would get.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    /// The `label` property.
    pub label: Option<String>,
}
#[cfg(feature = "shared_inline")]
impl ::serde::Serialize for Tag {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("label", &self.label);
        map.end()
    }
}
#[cfg(feature = "shared_inline")]
rt::object_deserialize!(Tag);
#[cfg(feature = "shared_inline")]
impl<'de> rt::FromMap<'de> for Tag {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "label" => map.set(&mut value.label),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "shared_inline-customers")]
/// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCustomerRequest {
    /// The `name` property.
    pub name: String,
    /// The `metadata` property.
    pub metadata: Option<Metadata>,
    /// Postal address
    pub billing: Option<PostalAddress>,
    /// The `tag` property.
    pub tag: Option<CreateCustomerRequestTag>,
    /// The `extra` property.
    pub extra: Option<CreateCustomerRequestExtra>,
}
#[cfg(feature = "shared_inline-customers")]
impl ::serde::Serialize for CreateCustomerRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("metadata", &self.metadata);
        map.optional("billing", &self.billing);
        map.optional("tag", &self.tag);
        map.optional("extra", &self.extra);
        map.end()
    }
}
#[cfg(feature = "shared_inline-customers")]
rt::object_deserialize!(CreateCustomerRequest);
#[cfg(feature = "shared_inline-customers")]
impl<'de> rt::FromMap<'de> for CreateCustomerRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut metadata = None;
        let mut billing = None;
        let mut tag = None;
        let mut extra = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "metadata" => map.set(&mut metadata),
                "billing" => map.set(&mut billing),
                "tag" => map.set(&mut tag),
                "extra" => map.set(&mut extra),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, metadata, billing, tag, extra }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema/properties/metadata` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Metadata {
    /// The `source` property.
    pub source: Option<String>,
    /// The `labels` property.
    pub labels: Option<Vec<String>>,
}
impl ::serde::Serialize for Metadata {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("source", &self.source);
        map.optional("labels", &self.labels);
        map.end()
    }
}
rt::object_deserialize!(Metadata);
impl<'de> rt::FromMap<'de> for Metadata {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "source" => map.set(&mut value.source),
                "labels" => map.set(&mut value.labels),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Postal address
#[derive(Debug, Clone, PartialEq)]
pub struct PostalAddress {
    /// The `line1` property.
    pub line1: String,
    /// The `city` property.
    pub city: Option<String>,
}
impl ::serde::Serialize for PostalAddress {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("line1", &self.line1);
        map.optional("city", &self.city);
        map.end()
    }
}
rt::object_deserialize!(PostalAddress);
impl<'de> rt::FromMap<'de> for PostalAddress {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut line1 = None;
        let mut city = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "line1" => map.put(&mut line1),
                "city" => map.set(&mut city),
                _ => map.skip(),
            }
        }
        match line1 {
            Some(line1) => map.done(Self { line1, city }),
            None => map.missing(&[("line1", true)]),
        }
    }
}
/// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema/properties/tag` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateCustomerRequestTag {
    /// The `key` property.
    pub key: Option<String>,
}
impl ::serde::Serialize for CreateCustomerRequestTag {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("key", &self.key);
        map.end()
    }
}
rt::object_deserialize!(CreateCustomerRequestTag);
impl<'de> rt::FromMap<'de> for CreateCustomerRequestTag {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "key" => map.set(&mut value.key),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1customers/post/requestBody/content/application~1json/schema/properties/extra` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateCustomerRequestExtra {
    /// The `note` property.
    pub note: Option<String>,
}
impl ::serde::Serialize for CreateCustomerRequestExtra {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("note", &self.note);
        map.end()
    }
}
rt::object_deserialize!(CreateCustomerRequestExtra);
impl<'de> rt::FromMap<'de> for CreateCustomerRequestExtra {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "note" => map.set(&mut value.note),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "shared_inline-orders")]
/// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrderRequest {
    /// The `metadata` property.
    pub metadata: Option<Metadata>,
    /// Postal address
    pub shipping: Option<PostalAddress>,
    /// The `tag` property.
    pub tag: Option<CreateCustomerRequestTag>,
    /// The `details` property.
    pub details: Option<CreateCustomerRequestExtra>,
    /// The `once` property.
    pub once: Option<CreateOrderRequestOnce>,
}
#[cfg(feature = "shared_inline-orders")]
impl ::serde::Serialize for CreateOrderRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("metadata", &self.metadata);
        map.optional("shipping", &self.shipping);
        map.optional("tag", &self.tag);
        map.optional("details", &self.details);
        map.optional("once", &self.once);
        map.end()
    }
}
#[cfg(feature = "shared_inline-orders")]
rt::object_deserialize!(CreateOrderRequest);
#[cfg(feature = "shared_inline-orders")]
impl<'de> rt::FromMap<'de> for CreateOrderRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "metadata" => map.set(&mut value.metadata),
                "shipping" => map.set(&mut value.shipping),
                "tag" => map.set(&mut value.tag),
                "details" => map.set(&mut value.details),
                "once" => map.set(&mut value.once),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "shared_inline-orders")]
/// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema/properties/once` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrderRequestOnce {
    /// The `only` property.
    pub only: Option<bool>,
}
#[cfg(feature = "shared_inline-orders")]
impl ::serde::Serialize for CreateOrderRequestOnce {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("only", &self.only);
        map.end()
    }
}
#[cfg(feature = "shared_inline-orders")]
rt::object_deserialize!(CreateOrderRequestOnce);
#[cfg(feature = "shared_inline-orders")]
impl<'de> rt::FromMap<'de> for CreateOrderRequestOnce {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "only" => map.set(&mut value.only),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "shared_inline-orders")]
/// The schema at `/paths/~1orders/post/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrderResponse {
    /// The `id` property.
    pub id: Option<String>,
    /// The `metadata` property.
    pub metadata: Option<Metadata>,
}
#[cfg(feature = "shared_inline-orders")]
impl ::serde::Serialize for CreateOrderResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.optional("metadata", &self.metadata);
        map.end()
    }
}
#[cfg(feature = "shared_inline-orders")]
rt::object_deserialize!(CreateOrderResponse);
#[cfg(feature = "shared_inline-orders")]
impl<'de> rt::FromMap<'de> for CreateOrderResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                "metadata" => map.set(&mut value.metadata),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
