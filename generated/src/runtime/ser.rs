// @generated
// Generated from specs/attio.yaml, specs/codat.yaml, specs/polar.yaml, specs/ultracart.yaml, specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

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

/// Starts the object a generated struct is written as.
pub fn object<S: Serializer>(serializer: S) -> Result<Object<S::SerializeMap>, S::Error> {
    serializer.serialize_map(None).map(Object)
}

/// The object being written.
pub struct Object<M>(M);

impl<M: SerializeMap> Object<M> {
    /// Writes a property.
    pub fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), M::Error> {
        self.0.serialize_entry(name, value)
    }

    /// Writes a property when it is set (`Some(None)`, for a nullable one, is written as `null`).
    pub fn optional<T: Serialize>(&mut self, name: &str, value: &Option<T>) -> Result<(), M::Error> {
        match value {
            Some(value) => self.field(name, value),
            None => Ok(()),
        }
    }

    /// Writes additional properties (those the spec does not list), after the declared ones.
    pub fn flatten<T: Serialize>(&mut self, properties: &BTreeMap<String, T>) -> Result<(), M::Error> {
        properties
            .iter()
            .try_for_each(|(name, value)| self.0.serialize_entry(name, value))
    }

    /// Ends the object.
    pub fn end(self) -> Result<M::Ok, M::Error> {
        self.0.end()
    }
}

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
            let mut map = object(serializer)?;
            map.field("id", &self.id)?;
            map.optional("name", &self.name)?;
            map.optional("tag", &self.tag)?;
            map.flatten(&self.extra)?;
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
}
