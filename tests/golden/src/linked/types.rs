// @generated
// Generated from tests/fixtures/types/linked.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Problem` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The `message` property.
    pub message: String,
}
impl ::serde::Serialize for Problem {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("message", &self.message);
        map.end()
    }
}
rt::object_deserialize!(Problem);
impl<'de> rt::FromMap<'de> for Problem {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut message = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "message" => map.put(&mut message),
                _ => map.skip(),
            }
        }
        match message {
            Some(message) => map.done(Self { message }),
            None => map.missing(&[("message", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link00` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link00 {
    /// The `name` property.
    pub name: String,
    /// The `depth00` property.
    pub depth00: Option<i64>,
    /// The `next` property.
    pub next: crate::runtime::List<Link01>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link00 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth00", &self.depth00);
        map.field("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link00);
impl<'de> rt::FromMap<'de> for Link00 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth00 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth00" => map.set(&mut depth00),
                "next" => map.put(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match (name, next) {
            (Some(name), Some(next)) => map.done(Self { name, depth00, next, tags }),
            (name, next) => map.missing(&[("name", name.is_none()), ("next", next.is_none())]),
        }
    }
}
/// The schema at `/components/schemas/Link01` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link01 {
    /// The `name` property.
    pub name: String,
    /// The `depth01` property.
    pub depth01: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link02>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link01 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth01", &self.depth01);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link01);
impl<'de> rt::FromMap<'de> for Link01 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth01 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth01" => map.set(&mut depth01),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth01, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link02` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link02 {
    /// The `name` property.
    pub name: String,
    /// The `depth02` property.
    pub depth02: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link03>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link02 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth02", &self.depth02);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link02);
impl<'de> rt::FromMap<'de> for Link02 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth02 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth02" => map.set(&mut depth02),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth02, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link03` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link03 {
    /// The `name` property.
    pub name: String,
    /// The `depth03` property.
    pub depth03: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link04>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link03 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth03", &self.depth03);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link03);
impl<'de> rt::FromMap<'de> for Link03 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth03 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth03" => map.set(&mut depth03),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth03, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link04` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link04 {
    /// The `name` property.
    pub name: String,
    /// The `depth04` property.
    pub depth04: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link05>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link04 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth04", &self.depth04);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link04);
impl<'de> rt::FromMap<'de> for Link04 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth04 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth04" => map.set(&mut depth04),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth04, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link05` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link05 {
    /// The `name` property.
    pub name: String,
    /// The `depth05` property.
    pub depth05: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link06>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link05 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth05", &self.depth05);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link05);
impl<'de> rt::FromMap<'de> for Link05 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth05 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth05" => map.set(&mut depth05),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth05, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link06` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link06 {
    /// The `name` property.
    pub name: String,
    /// The `depth06` property.
    pub depth06: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link07>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link06 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth06", &self.depth06);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link06);
impl<'de> rt::FromMap<'de> for Link06 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth06 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth06" => map.set(&mut depth06),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth06, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link07` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link07 {
    /// The `name` property.
    pub name: String,
    /// The `depth07` property.
    pub depth07: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link08>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link07 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth07", &self.depth07);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link07);
impl<'de> rt::FromMap<'de> for Link07 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth07 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth07" => map.set(&mut depth07),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth07, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link08` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link08 {
    /// The `name` property.
    pub name: String,
    /// The `depth08` property.
    pub depth08: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link09>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link08 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth08", &self.depth08);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link08);
impl<'de> rt::FromMap<'de> for Link08 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth08 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth08" => map.set(&mut depth08),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth08, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link09` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link09 {
    /// The `name` property.
    pub name: String,
    /// The `depth09` property.
    pub depth09: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link10>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link09 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth09", &self.depth09);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link09);
impl<'de> rt::FromMap<'de> for Link09 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth09 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth09" => map.set(&mut depth09),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth09, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link10` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link10 {
    /// The `name` property.
    pub name: String,
    /// The `depth10` property.
    pub depth10: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link11>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link10 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth10", &self.depth10);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link10);
impl<'de> rt::FromMap<'de> for Link10 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth10 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth10" => map.set(&mut depth10),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth10, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link11` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link11 {
    /// The `name` property.
    pub name: String,
    /// The `depth11` property.
    pub depth11: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link12>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link11 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth11", &self.depth11);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link11);
impl<'de> rt::FromMap<'de> for Link11 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth11 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth11" => map.set(&mut depth11),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth11, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link12` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link12 {
    /// The `name` property.
    pub name: String,
    /// The `depth12` property.
    pub depth12: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link13>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link12 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth12", &self.depth12);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link12);
impl<'de> rt::FromMap<'de> for Link12 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth12 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth12" => map.set(&mut depth12),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth12, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link13` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link13 {
    /// The `name` property.
    pub name: String,
    /// The `depth13` property.
    pub depth13: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link14>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link13 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth13", &self.depth13);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link13);
impl<'de> rt::FromMap<'de> for Link13 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth13 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth13" => map.set(&mut depth13),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth13, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link14` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link14 {
    /// The `name` property.
    pub name: String,
    /// The `depth14` property.
    pub depth14: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link15>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link14 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth14", &self.depth14);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link14);
impl<'de> rt::FromMap<'de> for Link14 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth14 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth14" => map.set(&mut depth14),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth14, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link15` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link15 {
    /// The `name` property.
    pub name: String,
    /// The `depth15` property.
    pub depth15: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link16>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link15 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth15", &self.depth15);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link15);
impl<'de> rt::FromMap<'de> for Link15 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth15 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth15" => map.set(&mut depth15),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth15, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link16` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link16 {
    /// The `name` property.
    pub name: String,
    /// The `depth16` property.
    pub depth16: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link17>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link16 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth16", &self.depth16);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link16);
impl<'de> rt::FromMap<'de> for Link16 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth16 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth16" => map.set(&mut depth16),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth16, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link17` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link17 {
    /// The `name` property.
    pub name: String,
    /// The `depth17` property.
    pub depth17: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link18>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link17 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth17", &self.depth17);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link17);
impl<'de> rt::FromMap<'de> for Link17 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth17 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth17" => map.set(&mut depth17),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth17, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link18` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link18 {
    /// The `name` property.
    pub name: String,
    /// The `depth18` property.
    pub depth18: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link19>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link18 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth18", &self.depth18);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link18);
impl<'de> rt::FromMap<'de> for Link18 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth18 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth18" => map.set(&mut depth18),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth18, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link19` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link19 {
    /// The `name` property.
    pub name: String,
    /// The `depth19` property.
    pub depth19: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link20>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link19 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth19", &self.depth19);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link19);
impl<'de> rt::FromMap<'de> for Link19 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth19 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth19" => map.set(&mut depth19),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth19, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link20` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link20 {
    /// The `name` property.
    pub name: String,
    /// The `depth20` property.
    pub depth20: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link21>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link20 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth20", &self.depth20);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link20);
impl<'de> rt::FromMap<'de> for Link20 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth20 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth20" => map.set(&mut depth20),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth20, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link21` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link21 {
    /// The `name` property.
    pub name: String,
    /// The `depth21` property.
    pub depth21: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link22>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link21 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth21", &self.depth21);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link21);
impl<'de> rt::FromMap<'de> for Link21 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth21 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth21" => map.set(&mut depth21),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth21, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link22` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link22 {
    /// The `name` property.
    pub name: String,
    /// The `depth22` property.
    pub depth22: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link23>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link22 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth22", &self.depth22);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link22);
impl<'de> rt::FromMap<'de> for Link22 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth22 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth22" => map.set(&mut depth22),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth22, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link23` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link23 {
    /// The `name` property.
    pub name: String,
    /// The `depth23` property.
    pub depth23: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link24>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link23 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth23", &self.depth23);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link23);
impl<'de> rt::FromMap<'de> for Link23 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth23 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth23" => map.set(&mut depth23),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth23, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link24` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link24 {
    /// The `name` property.
    pub name: String,
    /// The `depth24` property.
    pub depth24: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link25>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link24 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth24", &self.depth24);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link24);
impl<'de> rt::FromMap<'de> for Link24 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth24 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth24" => map.set(&mut depth24),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth24, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// The schema at `/components/schemas/Link25` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Link25 {
    /// The `name` property.
    pub name: String,
    /// The `depth25` property.
    pub depth25: Option<i64>,
    /// The `next` property.
    pub next: Option<crate::runtime::List<Link00>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
impl ::serde::Serialize for Link25 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("depth25", &self.depth25);
        map.optional("next", &self.next);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(Link25);
impl<'de> rt::FromMap<'de> for Link25 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut depth25 = None;
        let mut next = None;
        let mut tags = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "depth25" => map.set(&mut depth25),
                "next" => map.set(&mut next),
                "tags" => map.set(&mut tags),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, depth25, next, tags }),
            None => map.missing(&[("name", true)]),
        }
    }
}
