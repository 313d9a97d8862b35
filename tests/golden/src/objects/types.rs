// @generated
// Generated from tests/fixtures/types/objects.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
#[cfg(feature = "objects-contacts")]
/// A person in the address book.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    /// The `id` property.
    pub id: String,
    /// The `name` property.
    pub name: String,
    /// Required and not nullable.
    pub email: String,
    /// Optional and not nullable.
    pub phone: Option<String>,
    /// Required but nullable.
    pub manager_id: Option<String>,
    /// Optional and nullable.
    pub notes: Option<Option<String>>,
    /// The `age` property.
    pub age: Option<i64>,
    /// The `score` property.
    pub score: Option<f64>,
    /// The `active` property.
    pub active: Option<bool>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
    /// The `address` property.
    pub address: Option<Address>,
    /// A nullable reference, spelled the 3.0 way.
    pub billing_address: Option<Option<Address>>,
    /// The `created_at` property.
    pub created_at: String,
}
#[cfg(feature = "objects-contacts")]
impl ::serde::Serialize for Contact {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.field("name", &self.name);
        map.field("email", &self.email);
        map.optional("phone", &self.phone);
        map.field("manager_id", &self.manager_id);
        map.optional("notes", &self.notes);
        map.optional("age", &self.age);
        map.optional("score", &self.score);
        map.optional("active", &self.active);
        map.optional("tags", &self.tags);
        map.optional("address", &self.address);
        map.optional("billing_address", &self.billing_address);
        map.field("created_at", &self.created_at);
        map.end()
    }
}
#[cfg(feature = "objects-contacts")]
rt::object_deserialize!(Contact);
#[cfg(feature = "objects-contacts")]
impl<'de> rt::FromMap<'de> for Contact {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut email = None;
        let mut phone = None;
        let mut manager_id = None;
        let mut notes = None;
        let mut age = None;
        let mut score = None;
        let mut active = None;
        let mut tags = None;
        let mut address = None;
        let mut billing_address = None;
        let mut created_at = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                "name" => map.put(&mut name),
                "email" => map.put(&mut email),
                "phone" => map.set(&mut phone),
                "manager_id" => map.set(&mut manager_id),
                "notes" => map.put(&mut notes),
                "age" => map.set(&mut age),
                "score" => map.set(&mut score),
                "active" => map.set(&mut active),
                "tags" => map.set(&mut tags),
                "address" => map.set(&mut address),
                "billing_address" => map.put(&mut billing_address),
                "created_at" => map.put(&mut created_at),
                _ => map.skip(),
            }
        }
        match (id, name, email, created_at) {
            (Some(id), Some(name), Some(email), Some(created_at)) => {
                map.done(Self {
                    id,
                    name,
                    email,
                    phone,
                    manager_id,
                    notes,
                    age,
                    score,
                    active,
                    tags,
                    address,
                    billing_address,
                    created_at,
                })
            }
            (id, name, email, created_at) => {
                map.missing(&[
                    ("id", id.is_none()),
                    ("name", name.is_none()),
                    ("email", email.is_none()),
                    ("created_at", created_at.is_none()),
                ])
            }
        }
    }
}
#[cfg(feature = "objects-contacts")]
/// The schema at `/components/schemas/Address` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    /// The `line1` property.
    pub line1: String,
    /// The `line2` property.
    pub line2: Option<Option<String>>,
    /// The `city` property.
    pub city: Option<String>,
    /// The `postal_code` property.
    pub postal_code: Option<String>,
    /// The `country` property.
    pub country: String,
}
#[cfg(feature = "objects-contacts")]
impl ::serde::Serialize for Address {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("line1", &self.line1);
        map.optional("line2", &self.line2);
        map.optional("city", &self.city);
        map.optional("postal_code", &self.postal_code);
        map.field("country", &self.country);
        map.end()
    }
}
#[cfg(feature = "objects-contacts")]
rt::object_deserialize!(Address);
#[cfg(feature = "objects-contacts")]
impl<'de> rt::FromMap<'de> for Address {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut line1 = None;
        let mut line2 = None;
        let mut city = None;
        let mut postal_code = None;
        let mut country = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "line1" => map.put(&mut line1),
                "line2" => map.put(&mut line2),
                "city" => map.set(&mut city),
                "postal_code" => map.set(&mut postal_code),
                "country" => map.put(&mut country),
                _ => map.skip(),
            }
        }
        match (line1, country) {
            (Some(line1), Some(country)) => {
                map.done(Self { line1, line2, city, postal_code, country })
            }
            (line1, country) => {
                map.missing(&[("line1", line1.is_none()), ("country", country.is_none())])
            }
        }
    }
}
#[cfg(feature = "objects-contacts")]
/// A PATCH body; an absent property is left alone, `null` clears it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactPatch {
    /// The `name` property.
    pub name: Option<String>,
    /// The `phone` property.
    pub phone: Option<Option<String>>,
    /// The `manager_id` property.
    pub manager_id: Option<Option<String>>,
    /// The `notes` property.
    pub notes: Option<Option<String>>,
    /// The `tags` property.
    pub tags: Option<Option<Vec<String>>>,
    /// The `address` property.
    pub address: Option<Option<Address>>,
}
#[cfg(feature = "objects-contacts")]
impl ::serde::Serialize for ContactPatch {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("name", &self.name);
        map.optional("phone", &self.phone);
        map.optional("manager_id", &self.manager_id);
        map.optional("notes", &self.notes);
        map.optional("tags", &self.tags);
        map.optional("address", &self.address);
        map.end()
    }
}
#[cfg(feature = "objects-contacts")]
rt::object_deserialize!(ContactPatch);
#[cfg(feature = "objects-contacts")]
impl<'de> rt::FromMap<'de> for ContactPatch {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.set(&mut value.name),
                "phone" => map.put(&mut value.phone),
                "manager_id" => map.put(&mut value.manager_id),
                "notes" => map.put(&mut value.notes),
                "tags" => map.put(&mut value.tags),
                "address" => map.put(&mut value.address),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
#[cfg(feature = "objects-settings")]
/// An object with no declared properties.
pub type Settings = ::std::collections::BTreeMap<String, ::serde_json::Value>;
