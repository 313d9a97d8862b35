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
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, Visitor};

/// What [`FromMap`] reads from (serde's).
pub use serde::de::MapAccess;

/// A generated struct, read from an object's keys and values.
pub trait FromMap<'de>: Sized {
    /// Reads the struct from the object in `map`.
    fn read<A: MapAccess<'de>>(map: &mut Fields<A>) -> Result<Self, A::Error>;
}

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
        T::read(&mut Fields(map))
    }
}

/// The keys and values of the object a [`FromMap`] struct is read from.
pub struct Fields<A>(A);

impl<'de, A: MapAccess<'de>> Fields<A> {
    /// The next key, `None` after the last.
    pub fn key(&mut self) -> Result<Option<Key<'de>>, A::Error> {
        self.0.next_key()
    }

    /// The value of the key just read.
    pub fn value<T: Deserialize<'de>>(&mut self) -> Result<T, A::Error> {
        self.0.next_value()
    }

    /// Skips the value of the key just read (a property the struct does not declare).
    pub fn skip(&mut self) -> Result<(), A::Error> {
        self.0.next_value::<IgnoredAny>().map(|_| ())
    }

    /// Skips every remaining key and value (a struct without properties).
    pub fn skip_rest(&mut self) -> Result<(), A::Error> {
        while self.0.next_key::<IgnoredAny>()?.is_some() {
            self.skip()?;
        }
        Ok(())
    }

    /// A required field's value: the one read, or when the object lacks it, what its type
    /// decodes from nothing (`None` for a nullable field), or else a `missing field` error.
    pub fn required<T: Deserialize<'de>>(
        &self,
        slot: Option<T>,
        field: &'static str,
    ) -> Result<T, A::Error> {
        match slot {
            Some(value) => Ok(value),
            None => T::deserialize(Missing(field, PhantomData)),
        }
    }
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

/// What an absent field decodes from: nothing for an `Option` (so `None`), an error for
/// anything else.
struct Missing<E>(&'static str, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
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

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Pet {
        id: i64,
        name: Option<String>,
        tag: Option<Option<String>>,
        owner: Option<String>,
    }

    impl<'de> FromMap<'de> for Pet {
        fn read<A: MapAccess<'de>>(map: &mut Fields<A>) -> Result<Self, A::Error> {
            let mut id = None;
            let mut name = None;
            let mut tag = None;
            let mut owner = None;
            while let Some(key) = map.key()? {
                match key.as_str() {
                    "id" => id = Some(map.value()?),
                    "name" => name = map.value()?,
                    "tag" => tag = Some(map.value()?),
                    "owner" => owner = Some(map.value()?),
                    _ => map.skip()?,
                }
            }
            Ok(Self {
                id: map.required(id, "id")?,
                name,
                tag,
                owner: map.required(owner, "owner")?,
            })
        }
    }

    impl<'de> Deserialize<'de> for Pet {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            object(deserializer, "Pet")
        }
    }

    #[test]
    fn fields_absent_null_and_unknown() {
        let pet: Pet = serde_json::from_str(r#"{"x":[1,{"y":2}],"id":7,"tag":null,"name":null}"#).unwrap();
        assert_eq!(pet, Pet { id: 7, name: None, tag: Some(None), owner: None });
        let pet: Pet = serde_json::from_str(r#"{"id":7,"tag":"a\"b","owner":"me"}"#).unwrap();
        assert_eq!(pet.tag, Some(Some("a\"b".into())));
        assert_eq!(pet.owner.as_deref(), Some("me"));
    }

    #[test]
    fn errors_name_the_field_and_the_struct() {
        let e = serde_json::from_str::<Pet>(r#"{"name":"x"}"#).unwrap_err();
        assert_eq!(e.to_string(), "missing field `id` at line 1 column 12");
        let e = serde_json::from_str::<Pet>("[1]").unwrap_err();
        assert!(e.to_string().starts_with("invalid type: sequence, expected struct Pet"), "{e}");
        let e = serde_json::from_str::<Pet>(r#"{"id":"7"}"#).unwrap_err();
        assert!(e.to_string().starts_with("invalid type: string \"7\", expected i64"), "{e}");
    }
}
