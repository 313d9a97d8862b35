//! What every open enum of the generated types shares: `Display`, `Serialize` and `Deserialize`
//! written once, through the enum's own `as_str`/`From<&str>` (strings) or `value`/`From<i64>`
//! (integers), so a value the spec does not list round-trips through `Unknown`. An enum
//! compares, orders and hashes by its wire value too (so `Unknown("npm")` equals `Npm`): one
//! call each instead of a derived `match` per trait, which is most of what an enum costs rustc.
//! Part of the run time copied into every generated crate (`src/runtime/enums.rs`); a crate
//! whose API has no enum of one kind leaves that macro unused.
#![allow(unused_macros)]

/// `Display`, `Serialize`, `Deserialize`, `PartialEq`, `Eq`, `Hash`, `PartialOrd` and `Ord` of a
/// string enum with `as_str` and `From<&str>`, all by the value on the wire.
macro_rules! string_enum_impls {
    ($name:ident) => {
        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }
        impl Eq for $name {}
        impl ::std::hash::Hash for $name {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                ::std::hash::Hash::hash(self.as_str(), state)
            }
        }
        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<::std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl Ord for $name {
            fn cmp(&self, other: &Self) -> ::std::cmp::Ordering {
                self.as_str().cmp(other.as_str())
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }
    };
}

/// `Serialize`, `Deserialize`, `PartialEq`, `Eq`, `Hash`, `PartialOrd` and `Ord` of an integer enum
/// with `value` and `From<i64>`, all by the value on the wire.
macro_rules! integer_enum_impls {
    ($name:ident) => {
        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.value() == other.value()
            }
        }
        impl Eq for $name {}
        impl ::std::hash::Hash for $name {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                ::std::hash::Hash::hash(&self.value(), state)
            }
        }
        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<::std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl Ord for $name {
            fn cmp(&self, other: &Self) -> ::std::cmp::Ordering {
                self.value().cmp(&other.value())
            }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }
    };
}

/// A string enum, one line per value (`Variant = "value",`, each with its docs), written out as
/// the enum with its `Unknown` catch-all, `as_str`, `From<&str>` and [`string_enum_impls!`].
macro_rules! string_enum {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $($(#[$doc:meta])* $variant:ident = $value:literal,)*
        }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone)]
        pub enum $name {
            $($(#[$doc])* $variant,)*
            /// A value this version of the spec does not list.
            Unknown(String),
        }
        impl $name {
            /// The value on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(v) => v.as_str(),
                }
            }
        }
        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }
        $crate::runtime::string_enum_impls!($name);
    };
}

/// An integer enum, one line per value (`Variant = 1,`, each with its docs), written out as the
/// enum with its `Unknown` catch-all, `value`, `From<i64>` and [`integer_enum_impls!`].
macro_rules! integer_enum {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $($(#[$doc:meta])* $variant:ident = $value:literal,)*
        }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy)]
        pub enum $name {
            $($(#[$doc])* $variant,)*
            /// A value this version of the spec does not list.
            Unknown(i64),
        }
        impl $name {
            /// The value on the wire.
            pub fn value(&self) -> i64 {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(v) => *v,
                }
            }
        }
        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Unknown(other),
                }
            }
        }
        $crate::runtime::integer_enum_impls!($name);
    };
}

#[allow(unused_imports)]
pub(crate) use {integer_enum, integer_enum_impls, string_enum, string_enum_impls};
