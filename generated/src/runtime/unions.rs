// @generated
// Generated from specs/attio.yaml, specs/codat.yaml, specs/polar.yaml, specs/ultracart.yaml, specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The unions of a document's `oneOf`/`anyOf` (those with a single JSON type per branch are derived
//! by serde). One line per branch in the generated code; these macros write out the decoding.
//! Part of the run time copied into every generated crate (`src/runtime/unions.rs`); a crate (or
//! a choice of its features) without such unions leaves them unused.
#![allow(unused_macros)]

/// A union whose branches carry a tag property: one line per branch (`Branch(Type) = ["value",
/// ...],`, the tag values that name it, after its docs). A payload goes to the first branch that
/// lists its tag value; any other tag (or none) is kept as `Unknown`, raw JSON.
macro_rules! tagged_union {
    (
        $(#[$attr:meta])*
        pub enum $name:ident($tag:literal) {
            $($(#[$doc:meta])* $variant:ident($ty:ty) = [$($value:literal),* $(,)?],)*
        }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
        #[serde(untagged)]
        pub enum $name {
            $($(#[$doc])* $variant($ty),)*
            #[doc = concat!(" A `", $tag, "` this version of the spec does not list, kept as raw JSON.")]
            Unknown(::serde_json::Value),
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get($tag).and_then(::serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    $($(Some($value) => ::serde_json::from_value(value).map(Self::$variant).map_err(::serde::de::Error::custom),)*)*
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
    };
}

/// A union of branches without a tag, two or more of them objects: one line per branch
/// (`Branch(Type) = ["field", ...],`, the wire names of its fields when it is an object, after its
/// docs). Every branch that decodes is scored by how many of the payload's keys it names and the
/// best one wins (the first on a tie), so a branch whose fields are all optional cannot swallow
/// payloads meant for another.
macro_rules! scored_union {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $($(#[$doc:meta])* $variant:ident($ty:ty) = [$($field:literal),* $(,)?],)*
        }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
        #[serde(untagged)]
        pub enum $name {
            $($(#[$doc])* $variant($ty),)*
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let keys: Vec<&str> = value
                    .as_object()
                    .map(|m| m.keys().map(String::as_str).collect())
                    .unwrap_or_default();
                let mut best: Option<(usize, Self)> = None;
                $(
                    if let Ok(decoded) = ::serde_json::from_value::<$ty>(value.clone()) {
                        let score = keys.iter().filter(|k| [$($field),*].contains(k)).count();
                        if best.as_ref().is_none_or(|(s, _)| score > *s) {
                            best = Some((score, Self::$variant(decoded)));
                        }
                    }
                )*
                best.map(|(_, v)| v).ok_or_else(|| {
                    ::serde::de::Error::custom(concat!(
                        "the value matches none of the shapes of `",
                        stringify!($name),
                        "`"
                    ))
                })
            }
        }
    };
}

pub(crate) use {scored_union, tagged_union};
