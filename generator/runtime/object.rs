//! A generated struct in one place: `object!` takes its definition, one line per property
//! (the field, its type, how it is sent and read), and writes the struct, its `Serialize`
//! (through [`ser`](super::ser)) and its `Deserialize` (a [`FromMap`](super::FromMap), through
//! [`de`](super::de)), the code the generator writes out in full for a struct with a base. A
//! property appears once in the generated source (twice when it is required) instead of up to
//! seven times, so a change to it in the spec shows as one changed line.
//! Part of the run time copied into every generated crate (`src/runtime/object.rs`).

/// Structs with at least one property, without a base (`allOf`) and not extended by another,
/// one or more per invocation (one expansion for many: rustc keeps some memory per expansion):
///
/// ```text
/// object! {
///     /// Docs and attributes of the struct (it derives `Debug`, `Clone` and `PartialEq`).
///     pub struct Name {
///         /// Docs of the field.
///         field: Type = send("wire name", read),
///         ...
///         ..additional: Type,
///     }
///     ...
/// }
/// ```
///
/// `send` is how the field is written: [`field`](super::ser::Object::field),
/// [`optional`](super::ser::Object::optional), or [`skip`](super::ser::Object::skip) when it is
/// read-only. `read` is how it is read: [`must`](super::de::Fields::must) for a field the struct
/// must have (read into an `Option`, checked at the end: the error names the first absent one by
/// its name on the wire), [`put`](super::de::Fields::put) or [`set`](super::de::Fields::set);
/// the module of the same name in [`de`](super::de) finishes it. The optional `..additional`
/// field keeps the properties the spec does not list; it has no doc comment in the input (one
/// there could begin a field as well).
#[allow(unused_macros)]
macro_rules! object {
    ($(
        $(#[$attr:meta])*
        pub struct $name:ident {
            $(
                $(#[$doc:meta])*
                $field:ident: $ty:ty = $send:ident($wire:literal, $read:ident),
            )+
            $(..$extra:ident: $extra_ty:ty,)?
        }
    )+) => {$(
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name {
            $($(#[$doc])* pub $field: $ty,)+
            $(
                #[doc = "Properties not listed in the spec."]
                pub $extra: ::std::collections::BTreeMap<String, $extra_ty>,
            )?
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = $crate::runtime::ser::object(serializer);
                $(map.$send($wire, &self.$field);)+
                $(map.flatten(&self.$extra);)?
                map.end()
            }
        }
        $crate::runtime::object_deserialize!($name);
        impl<'de> $crate::runtime::FromMap<'de> for $name {
            fn read<A: $crate::runtime::MapAccess<'de>>(
                map: &mut $crate::runtime::Fields<'de, A>,
            ) -> Result<Self, A::Error> {
                $(let mut $field = None;)+
                $(let mut $extra = ::std::collections::BTreeMap::new();)?
                while let Some(key) = map.key() {
                    match key.as_str() {
                        $($wire => map.$read(&mut $field),)+
                        _ => $crate::runtime::object!(@rest map, key $(, $extra)?),
                    }
                }
                let absent = [$($crate::runtime::de::$read::absent(&$field)),+];
                if absent.contains(&true) {
                    return map.missing_of(&[$($wire),+], &absent);
                }
                map.done(Self {
                    $($field: $crate::runtime::de::$read::take($field),)+
                    $($extra)?
                })
            }
        }
    )+};
    (@rest $map:ident, $key:ident) => {
        $map.skip()
    };
    (@rest $map:ident, $key:ident, $extra:ident) => {
        $map.keep($key, &mut $extra)
    };
}

#[allow(unused_imports)]
pub(crate) use object;
