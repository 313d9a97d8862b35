// @generated
// Generated from specs/attio.yaml, specs/codat.yaml, specs/polar.yaml, specs/ultracart.yaml, specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Decoding of the generated structs, written once. Each struct implements [`FromMap`]: a loop
//! over the object's keys that reads each declared field into a slot, skips what it does not
//! declare (or keeps it, for a struct with additional properties) and builds the struct. Its
//! `Deserialize` is one line, `object_deserialize!(Name);`.
//!
//! This is what `#[derive(Deserialize)]` does for a JSON object, without what a JSON client
//! never uses (decoding a struct from a sequence, field identifiers as integers or bytes), so
//! a crate with thousands of types checks in a fraction of the time and memory.
//! Part of the run time copied into every generated crate (`src/runtime/de.rs`).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, Visitor};

/// What [`FromMap`] reads from (serde's).
pub use serde::de::MapAccess;

/// A generated struct, read from an object's keys and values. A struct implements one of the
/// two methods: [`read`](FromMap::read), or [`read_with`](FromMap::read_with) when another
/// struct extends it (`allOf` with it as a member).
pub trait FromMap<'de>: Sized {
    /// Reads the struct from the object in `map`.
    fn read<A: MapAccess<'de>>(map: &mut Fields<'de, A>) -> Result<Self, A::Error> {
        Self::read_with(map, &mut |_, _| false)
    }

    /// Reads the struct from the object in `map`, offering each key that is not one of its
    /// properties to `other` (the properties of the struct extending it), which reads the value
    /// and says `true`, or says `false` and the value is skipped.
    fn read_with<A: MapAccess<'de>>(
        map: &mut Fields<'de, A>,
        other: Other<'_, 'de, A>,
    ) -> Result<Self, A::Error> {
        let _ = other;
        Self::read(map)
    }
}

/// The keys a struct extended by another passes on to it: see [`FromMap::read_with`].
pub type Other<'o, 'de, A> = &'o mut dyn FnMut(Key<'de>, &mut Fields<'de, A>) -> bool;

/// Decodes a [`FromMap`] struct (named `name` in errors) from an object.
pub fn object<'de, T: FromMap<'de>, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(name, PhantomData))
}

struct ObjectVisitor<T>(&'static str, PhantomData<T>);

impl<'de, T: FromMap<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(&mut Fields { map, error: None })
    }
}

/// The keys and values of the object a [`FromMap`] struct is read from.
///
/// Nothing in a struct's `read` returns early: an error reading a key or a value is kept, the
/// next [`key`] is `None` (which ends the loop), and [`done`] or [`missing`] at the end returns
/// it. So `read` has one way out, with no `?` (each costs rustc a trait selection and a drop of
/// every slot), and rustc checks it in time linear in its fields.
///
/// [`key`]: Fields::key
/// [`done`]: Fields::done
/// [`missing`]: Fields::missing
pub struct Fields<'de, A: MapAccess<'de>> {
    map: A,
    error: Option<A::Error>,
}

impl<'de, A: MapAccess<'de>> Fields<'de, A> {
    /// The next key; `None` after the last, or once reading a key or a value has failed.
    pub fn key(&mut self) -> Option<Key<'de>> {
        if self.error.is_some() {
            return None;
        }
        match self.map.next_key() {
            Ok(key) => key,
            Err(error) => {
                self.error = Some(error);
                None
            }
        }
    }

    /// `value`, the struct read, unless reading the object failed: then that error.
    pub fn done<T>(&mut self, value: T) -> Result<T, A::Error> {
        match self.error.take() {
            Some(error) => Err(error),
            None => Ok(value),
        }
    }

    /// Reads the value of the key just read into `slot`, as `Some` (a field it must have).
    pub fn put<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        if let Some(value) = self.read() {
            *slot = Some(value);
        }
    }

    /// Reads the value of the key just read into `slot`, as `Some` (a field it must have, which
    /// [`must::absent`] then checks).
    pub fn must<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        self.put(slot)
    }

    /// Reads the value of the key just read into `slot`, as it is (a field it may lack).
    pub fn set<T: Deserialize<'de>>(&mut self, slot: &mut T) {
        if let Some(value) = self.read() {
            *slot = value;
        }
    }

    /// Keeps the key just read and its value among a struct's additional properties.
    pub fn keep<T: Deserialize<'de>>(&mut self, key: Key<'de>, properties: &mut BTreeMap<String, T>) {
        if let Some(value) = self.read() {
            properties.insert(key.into_string(), value);
        }
    }

    /// Skips the value of the key just read (a property the struct does not declare).
    pub fn skip(&mut self) {
        self.read::<IgnoredAny>();
    }

    /// Offers the key just read, which the struct does not declare, to the struct extending it
    /// ([`FromMap::read_with`]); skips its value if that one does not declare it either.
    pub fn offer(&mut self, key: Key<'de>, other: Other<'_, 'de, A>) {
        if !other(key, self) {
            self.skip();
        }
    }

    fn read<T: Deserialize<'de>>(&mut self) -> Option<T> {
        match self.map.next_value() {
            Ok(value) => Some(value),
            Err(error) => {
                self.error = Some(error);
                None
            }
        }
    }

    /// The error that ended reading the object, if one did; else the `missing field` error of
    /// the first of `fields` (name, absent) that is absent.
    pub fn missing<T>(&mut self, fields: &[(&'static str, bool)]) -> Result<T, A::Error> {
        self.first_missing(fields.iter().copied())
    }

    /// As [`Fields::missing`], with the names and whether each is absent in two lists.
    pub fn missing_of<T>(&mut self, names: &[&'static str], absent: &[bool]) -> Result<T, A::Error> {
        self.first_missing(names.iter().copied().zip(absent.iter().copied()))
    }

    fn first_missing<T>(
        &mut self,
        fields: impl IntoIterator<Item = (&'static str, bool)>,
    ) -> Result<T, A::Error> {
        if let Some(error) = self.error.take() {
            return Err(error);
        }
        let name = fields.into_iter().find(|(_, absent)| *absent).map_or("", |(name, _)| name);
        Err(de::Error::missing_field(name))
    }
}

/// How `object!` finishes a field read with [`Fields::must`]: absent when its slot is `None`;
/// else its value.
pub mod must {
    /// Whether the field is absent.
    pub fn absent<T>(slot: &Option<T>) -> bool {
        slot.is_none()
    }

    /// The field's value (`absent` said it is there).
    pub fn take<T>(slot: Option<T>) -> T {
        match slot {
            Some(value) => value,
            None => unreachable!("a field checked present"),
        }
    }
}

/// How `object!` finishes a field read with [`Fields::put`]: never absent; its slot as it is.
pub mod put {
    /// Never absent.
    pub fn absent<T>(_: &T) -> bool {
        false
    }

    /// The slot as it is.
    pub fn take<T>(slot: T) -> T {
        slot
    }
}

/// How `object!` finishes a field read with [`Fields::set`]: as one read with `put`.
pub mod set {
    pub use super::put::{absent, take};
}

/// An object's key, borrowed from the input when it can be.
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The key.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key, owned (an additional property's name).
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// `Deserialize` of a generated struct through its [`FromMap`] (unused in a crate without structs).
#[allow(unused_macros)]
macro_rules! object_deserialize {
    ($name:ident) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::runtime::de::object(deserializer, stringify!($name))
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use object_deserialize;

/// A struct extending another (`allOf`), which it holds in its field `$field`: the other's
/// fields read (and are set) as its own, through `Deref` and `DerefMut`.
#[allow(unused_macros)]
macro_rules! extends {
    ($name:ident, $field:ident: $base:ty) => {
        impl ::std::ops::Deref for $name {
            type Target = $base;
            fn deref(&self) -> &$base {
                &self.$field
            }
        }
        impl ::std::ops::DerefMut for $name {
            fn deref_mut(&mut self) -> &mut $base {
                &mut self.$field
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use extends;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Pet {
        id: i64,
        kind: String,
        name: Option<String>,
        tag: Option<Option<String>>,
        owner: Option<String>,
    }

    impl<'de> FromMap<'de> for Pet {
        fn read<A: MapAccess<'de>>(map: &mut Fields<'de, A>) -> Result<Self, A::Error> {
            let mut id = None;
            let mut kind = None;
            let mut name = None;
            let mut tag = None;
            let mut owner = None;
            while let Some(key) = map.key() {
                match key.as_str() {
                    "id" => map.put(&mut id),
                    "kind" => map.put(&mut kind),
                    "name" => map.set(&mut name),
                    "tag" => map.put(&mut tag),
                    "owner" => map.set(&mut owner),
                    _ => map.skip(),
                }
            }
            match (id, kind) {
                (Some(id), Some(kind)) => map.done(Self { id, kind, name, tag, owner }),
                (id, kind) => map.missing(&[("id", id.is_none()), ("kind", kind.is_none())]),
            }
        }
    }

    impl<'de> Deserialize<'de> for Pet {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            object(deserializer, "Pet")
        }
    }

    #[test]
    fn fields_absent_null_and_unknown() {
        let pet: Pet = serde_json::from_str(r#"{"x":[1,{"y":2}],"id":7,"tag":null,"kind":"k","name":null}"#).unwrap();
        assert_eq!(pet, Pet { id: 7, kind: "k".into(), name: None, tag: Some(None), owner: None });
        let pet: Pet = serde_json::from_str(r#"{"id":7,"kind":"k","tag":"a\"b","owner":"me"}"#).unwrap();
        assert_eq!(pet.tag, Some(Some("a\"b".into())));
        assert_eq!(pet.owner.as_deref(), Some("me"));
    }

    #[test]
    fn errors_name_the_field_and_the_struct() {
        let e = serde_json::from_str::<Pet>(r#"{"name":"x"}"#).unwrap_err();
        assert_eq!(e.to_string(), "missing field `id` at line 1 column 12");
        let e = serde_json::from_str::<Pet>("[1]").unwrap_err();
        assert!(e.to_string().starts_with("invalid type: sequence, expected struct Pet"), "{e}");
        let e = serde_json::from_str::<Pet>(r#"{"id":7,"owner":null}"#).unwrap_err();
        assert_eq!(e.to_string(), "missing field `kind` at line 1 column 21");
        let e = serde_json::from_str::<Pet>(r#"{"id":"7","kind":"k"}"#).unwrap_err();
        assert_eq!(e.to_string(), "invalid type: string \"7\", expected i64 at line 1 column 9");
        // An optional field's bad value fails the struct too, though every required one is set.
        let e = serde_json::from_str::<Pet>(r#"{"id":7,"kind":"k","name":5}"#).unwrap_err();
        assert_eq!(e.to_string(), "invalid type: integer `5`, expected a string at line 1 column 27");
        let e = serde_json::from_str::<Pet>(r#"{"kind":"k","x":[1,}"#).unwrap_err();
        assert!(e.to_string().starts_with("expected value at line 1 column 20"), "{e}");
    }

    /// `Entity { id }`, extended by `Named { name }` (itself extended), extended by
    /// `Tagged { tag, additional }`, as the generator writes them.
    #[derive(Debug, PartialEq)]
    struct Entity {
        id: i64,
    }

    impl<'de> FromMap<'de> for Entity {
        fn read_with<A: MapAccess<'de>>(
            map: &mut Fields<'de, A>,
            other: Other<'_, 'de, A>,
        ) -> Result<Self, A::Error> {
            let mut id = None;
            while let Some(key) = map.key() {
                match key.as_str() {
                    "id" => map.put(&mut id),
                    _ => map.offer(key, other),
                }
            }
            match id {
                Some(id) => map.done(Self { id }),
                None => map.missing(&[("id", true)]),
            }
        }
    }

    #[derive(Debug, PartialEq)]
    struct Named {
        base: Entity,
        name: String,
    }

    impl<'de> FromMap<'de> for Named {
        fn read_with<A: MapAccess<'de>>(
            map: &mut Fields<'de, A>,
            other: Other<'_, 'de, A>,
        ) -> Result<Self, A::Error> {
            let mut name = None;
            let base = <Entity as FromMap>::read_with(map, &mut |key, map| {
                match key.as_str() {
                    "name" => map.put(&mut name),
                    _ => return other(key, map),
                }
                true
            })?;
            match name {
                Some(name) => map.done(Self { base, name }),
                None => map.missing(&[("name", true)]),
            }
        }
    }

    #[derive(Debug, PartialEq)]
    struct Tagged {
        base: Named,
        tag: Option<String>,
        additional: BTreeMap<String, i64>,
    }

    impl<'de> FromMap<'de> for Tagged {
        fn read<A: MapAccess<'de>>(map: &mut Fields<'de, A>) -> Result<Self, A::Error> {
            let mut tag = None;
            let mut additional = BTreeMap::new();
            let base = <Named as FromMap>::read_with(map, &mut |key, map| {
                match key.as_str() {
                    "tag" => map.set(&mut tag),
                    _ => map.keep(key, &mut additional),
                }
                true
            })?;
            map.done(Self { base, tag, additional })
        }
    }

    impl<'de> Deserialize<'de> for Named {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            object(deserializer, "Named")
        }
    }

    impl<'de> Deserialize<'de> for Tagged {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            object(deserializer, "Tagged")
        }
    }

    #[test]
    fn an_extending_struct_reads_the_keys_its_bases_pass_on() {
        let t: Tagged = serde_json::from_str(r#"{"x":1,"tag":"t","name":"n","id":7}"#).unwrap();
        let named = Named { base: Entity { id: 7 }, name: "n".into() };
        let additional = BTreeMap::from([("x".to_owned(), 1)]);
        assert_eq!(t, Tagged { base: named, tag: Some("t".into()), additional });
        let e = serde_json::from_str::<Tagged>(r#"{"name":"n","tag":"t"}"#).unwrap_err();
        assert_eq!(e.to_string(), "missing field `id` at line 1 column 22");
        let e = serde_json::from_str::<Named>(r#"{"id":1,"tag":"t"}"#).unwrap_err();
        assert_eq!(e.to_string(), "missing field `name` at line 1 column 18");
        let e = serde_json::from_str::<Tagged>(r#"{"id":1,"name":"n","y":"s"}"#).unwrap_err();
        assert_eq!(e.to_string(), "invalid type: string \"s\", expected i64 at line 1 column 26");
    }

}
