// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Encoding of the generated structs, written once: each struct's `Serialize` writes an object
//! through [`object`], one line per property it sends ([`Object::field`] for a field it always
//! has, [`Object::optional`] for one it may leave out, [`Object::flatten`] for additional
//! properties). Read-only properties are never sent, so they have no line.
//!
//! This is what `#[derive(Serialize)]` does with `skip_serializing_if = "Option::is_none"` and
//! `flatten`, in the run time instead of in every struct.
//! Part of the run time copied into every generated crate (`src/runtime/ser.rs`).

use std::collections::BTreeMap;

use serde::ser::{Serialize, SerializeMap};

/// What a struct's `Serialize` writes to (serde's).
pub use serde::ser::Serializer;

/// Starts the object a generated struct is written as (an error starting it is returned by
/// [`Object::end`]).
pub fn object<S: Serializer>(serializer: S) -> Object<S::SerializeMap> {
    Object {
        map: serializer.serialize_map(None),
    }
}

/// The object being written.
///
/// Nothing in a struct's `serialize` returns early: the first error (starting the object or
/// writing a property) is kept, what follows it is not written, and [`end`] returns it. So a
/// struct's `serialize` has one way out and no `?`, and rustc checks it in time linear in its
/// fields.
///
/// [`end`]: Object::end
pub struct Object<M: SerializeMap> {
    map: Result<M, M::Error>,
}

impl<M: SerializeMap> Object<M> {
    /// Writes a property.
    pub fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        let written = match &mut self.map {
            Ok(map) => map.serialize_entry(name, value),
            Err(_) => return,
        };
        if let Err(error) = written {
            self.map = Err(error);
        }
    }

    /// Writes a property when it is set (`Some(None)`, for a nullable one, is written as `null`).
    pub fn optional<T: Serialize>(&mut self, name: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.field(name, value);
        }
    }

    /// Writes nothing: the property is read-only, set by the server and never sent.
    pub fn skip<T: ?Sized>(&mut self, name: &str, value: &T) {
        let _ = (name, value);
    }

    /// Writes the properties of the struct this one extends (`allOf`), in its own order.
    pub fn extend<T: WriteFields>(&mut self, base: &T) {
        base.write(self);
    }

    /// Writes additional properties (those the spec does not list), after the declared ones.
    pub fn flatten<T: Serialize>(&mut self, properties: &BTreeMap<String, T>) {
        for (name, value) in properties {
            self.field(name, value);
        }
    }

    /// Ends the object, or returns the first error writing it.
    pub fn end(self) -> Result<M::Ok, M::Error> {
        self.map.and_then(SerializeMap::end)
    }
}

/// A generated struct another extends (`allOf` with it as a member): it writes its properties
/// into an object begun elsewhere, so the extending struct's `Serialize` can send them with its
/// own ([`Object::extend`]). Its own `Serialize` is one line, `object_serialize!(Name);`.
pub trait WriteFields {
    /// Writes the struct's properties into `map`.
    fn write<M: SerializeMap>(&self, map: &mut Object<M>);
}

/// `Serialize` of a generated struct through its [`WriteFields`] (unused in a crate where no
/// struct extends another).
#[allow(unused_macros)]
macro_rules! object_serialize {
    ($name:ident) => {
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = $crate::runtime::ser::object(serializer);
                $crate::runtime::ser::WriteFields::write(self, &mut map);
                map.end()
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use object_serialize;

#[cfg(test)]
mod tests {
    use super::*;

    struct Pet {
        id: i64,
        name: Option<String>,
        tag: Option<Option<String>>,
        extra: BTreeMap<String, u8>,
    }

    impl Serialize for Pet {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = object(serializer);
            map.field("id", &self.id);
            map.optional("name", &self.name);
            map.optional("tag", &self.tag);
            map.flatten(&self.extra);
            map.end()
        }
    }

    #[test]
    fn unset_fields_are_left_out_and_null_is_sent() {
        let pet = Pet { id: 1, name: None, tag: Some(None), extra: BTreeMap::from([("z".into(), 2)]) };
        assert_eq!(serde_json::to_string(&pet).unwrap(), r#"{"id":1,"tag":null,"z":2}"#);
        let pet = Pet { name: Some("n".into()), tag: None, extra: BTreeMap::new(), ..pet };
        assert_eq!(serde_json::to_string(&pet).unwrap(), r#"{"id":1,"name":"n"}"#);
    }

    #[test]
    fn the_first_error_is_returned_and_nothing_after_it_written() {
        struct Bad;
        impl Serialize for Bad {
            fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
                Err(serde::ser::Error::custom("bad value"))
            }
        }
        struct Two;
        impl Serialize for Two {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = object(serializer);
                map.field("a", &1);
                map.field("b", &Bad);
                map.field("c", &Bad);
                map.end()
            }
        }
        let mut out = Vec::new();
        let e = Two.serialize(&mut serde_json::Serializer::new(&mut out)).unwrap_err();
        assert_eq!(e.to_string(), "bad value");
        assert_eq!(String::from_utf8(out).unwrap(), r#"{"a":1,"b":"#);
    }

    #[test]
    fn an_extending_struct_sends_its_bases_properties_in_their_place() {
        struct Entity {
            id: i64,
        }
        impl WriteFields for Entity {
            fn write<M: SerializeMap>(&self, map: &mut Object<M>) {
                map.field("id", &self.id);
            }
        }
        struct Named {
            base: Entity,
            name: Option<String>,
        }
        impl WriteFields for Named {
            fn write<M: SerializeMap>(&self, map: &mut Object<M>) {
                map.extend(&self.base);
                map.optional("name", &self.name);
            }
        }
        struct Tagged {
            tag: String,
            base: Named,
        }
        impl Serialize for Tagged {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = object(serializer);
                map.field("tag", &self.tag);
                map.extend(&self.base);
                map.end()
            }
        }
        let base = Named { base: Entity { id: 7 }, name: Some("n".into()) };
        let t = Tagged { tag: "t".into(), base };
        assert_eq!(serde_json::to_string(&t).unwrap(), r#"{"tag":"t","id":7,"name":"n"}"#);
    }
}
