//! Structs → their definition and their serde impls, written without serde's derives: the
//! derives expand to about 45 lines per field that rustc checks (decoding from sequences, field
//! identifiers as integers and bytes, a wrapper type per `deserialize_with`), these to about three
//! that call the run time (`runtime::ser`, `runtime::de`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use super::types::{boxed, is_nullable, ty, Scope};
use crate::ir::{Api, Field, TypeRef};

/// A struct: its definition, `Serialize`, `Deserialize` and `FromMap`.
pub(super) fn strukt(
    api: &Api,
    id: usize,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    fields: &[Field],
    additional: Option<&TypeRef>,
) -> Vec<TokenStream> {
    let all_optional = fields.iter().all(|f| !f.required);
    let mut field_tokens: Vec<TokenStream> = fields
        .iter()
        .map(|f| {
            let fname = format_ident!("{}", f.rust_name);
            let fdoc = field_doc(f);
            let inner = boxed(api, &f.ty, id);
            if is_required(f) {
                quote! { #fdoc pub #fname: #inner, }
            } else {
                // Optional and nullable: `None` = absent, `Some(None)` = explicit `null`.
                quote! { #fdoc pub #fname: Option<#inner>, }
            }
        })
        .collect();
    let additional = additional.map(|extra| {
        let t = ty(api, extra, Scope::Types);
        let fname = if fields
            .iter()
            .any(|f| f.rust_name == "additional_properties")
        {
            format_ident!("additional_properties_")
        } else {
            format_ident!("additional_properties")
        };
        field_tokens.push(quote! {
            /// Properties not listed in the spec.
            pub #fname: ::std::collections::BTreeMap<String, #t>,
        });
        fname
    });
    let default = all_optional.then(|| quote!(Default,));
    vec![
        quote! {
            #doc
            #[derive(Debug, Clone, PartialEq, #default)]
            pub struct #name { #(#field_tokens)* }
        },
        serialize(name, fields, additional.as_ref()),
        quote!(rt::object_deserialize!(#name);),
        from_map(api, name, fields, additional.as_ref()),
    ]
}

/// The struct's `Serialize` (through `runtime::ser`): one line per property it sends.
fn serialize(
    name: &proc_macro2::Ident,
    fields: &[Field],
    additional: Option<&proc_macro2::Ident>,
) -> TokenStream {
    let sent: Vec<&Field> = fields.iter().filter(|f| !f.read_only).collect();
    if sent.is_empty() && additional.is_none() {
        return quote! {
            impl ::serde::Serialize for #name {
                fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    rt::ser::object(serializer).end()
                }
            }
        };
    }
    let writes = sent.iter().map(|f| {
        let fname = format_ident!("{}", f.rust_name);
        let wire = &f.wire_name;
        if is_required(f) {
            quote!(map.field(#wire, &self.#fname);)
        } else {
            quote!(map.optional(#wire, &self.#fname);)
        }
    });
    let flatten = additional.map(|extra| quote!(map.flatten(&self.#extra);));
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = rt::ser::object(serializer);
                #(#writes)*
                #flatten
                map.end()
            }
        }
    }
}

/// A field the struct always has (not an `Option` of its own).
fn is_required(f: &Field) -> bool {
    f.required && !f.read_only && !f.write_only
}

fn field_doc(f: &Field) -> TokenStream {
    let mut lines = f
        .description
        .as_deref()
        .map(docs::sanitize)
        .unwrap_or_default();
    if lines.is_empty() {
        lines.push(format!("The `{}` property.", f.wire_name));
    }
    if f.read_only {
        lines.push(String::new());
        lines.push("Set by the server (read-only); never sent.".into());
    }
    if f.deprecated {
        lines.push(String::new());
        lines.push("**Deprecated** in the spec.".into());
    }
    docs::lines(&lines)
}

/// The struct's `FromMap` (its `Deserialize`, through `runtime::de`): one slot per field, one
/// match arm per property name, then the struct.
fn from_map(
    api: &Api,
    name: &proc_macro2::Ident,
    fields: &[Field],
    additional: Option<&proc_macro2::Ident>,
) -> TokenStream {
    // The slots are named like the fields; one that would shadow `map` or `key` gets a `_`, and
    // one like `_1` (clippy wants a descriptive name) a `field` before it.
    let taken: Vec<&str> = fields.iter().map(|f| f.rust_name.as_str()).collect();
    let slot = |f: &Field| {
        let mut local = f.rust_name.clone();
        if local.starts_with('_') {
            local.insert_str(0, "field");
        }
        if local != f.rust_name || local == "map" || local == "key" {
            while local == "map" || local == "key" || taken.contains(&local.as_str()) {
                local.push('_');
            }
        }
        format_ident!("{}", local)
    };
    let slots: Vec<proc_macro2::Ident> = fields.iter().map(slot).collect();
    // A struct whose fields are all optional (so `Default`) is read straight into `value`; any
    // other into one slot per field, then built.
    let into_default = fields.iter().all(|f| !f.required);
    // Where a field (or the additional properties) is read to: `value.field`, or its slot.
    let place = |field: &proc_macro2::Ident, slot: &proc_macro2::Ident| {
        if into_default {
            quote!(value.#field)
        } else {
            quote!(#slot)
        }
    };
    // A field it must have (and cannot decode from nothing) is read as `Some` into an `Option`
    // slot, and checked at the end; any other into a slot of the field's own type.
    let must = |f: &Field| is_required(f) && !is_nullable(api, &f.ty);
    let arms = fields.iter().zip(&slots).map(|(f, s)| {
        let wire = &f.wire_name;
        let place = place(&format_ident!("{}", f.rust_name), s);
        if must(f) || (!is_required(f) && is_nullable(api, &f.ty)) {
            quote!(#wire => map.put(&mut #place),)
        } else {
            quote!(#wire => map.set(&mut #place),)
        }
    });
    let rest = match additional {
        Some(extra) => {
            let place = place(extra, extra);
            quote!(_ => map.keep(key, &mut #place),)
        }
        None => quote!(_ => map.skip(),),
    };
    let body = if fields.is_empty() {
        match additional {
            None => quote! {
                map.skip_rest()?;
                Ok(Self {})
            },
            Some(extra) => quote! {
                let mut #extra = ::std::collections::BTreeMap::new();
                while let Some(key) = map.key() {
                    map.keep(key, &mut #extra);
                }
                map.done(Self { #extra })
            },
        }
    } else {
        let (start, end) = if into_default {
            (
                quote!(let mut value = Self::default();),
                quote!(map.done(value)),
            )
        } else {
            let values = fields.iter().zip(&slots).map(|(f, s)| {
                let fname = format_ident!("{}", f.rust_name);
                if fname == *s {
                    quote!(#fname,)
                } else {
                    quote!(#fname: #s,)
                }
            });
            let extra_let =
                additional.map(|e| quote!(let mut #e = ::std::collections::BTreeMap::new();));
            let extra_value = additional.map(|e| quote!(#e,));
            let built = quote!(map.done(Self { #(#values)* #extra_value }));
            // One match over the slots of the fields it must have: all set, or the first
            // that is not named in the error (no early return per field).
            let musts: Vec<(&Field, &proc_macro2::Ident)> =
                fields.iter().zip(&slots).filter(|(f, _)| must(f)).collect();
            let end = match musts.as_slice() {
                [] => built,
                [(f, s)] => {
                    let wire = &f.wire_name;
                    quote! {
                        match #s {
                            Some(#s) => #built,
                            None => map.missing(&[(#wire, true)]),
                        }
                    }
                }
                _ => {
                    let names = musts.iter().map(|(_, s)| s);
                    let some = musts.iter().map(|(_, s)| quote!(Some(#s)));
                    let bound = musts.iter().map(|(_, s)| s);
                    let absent = musts.iter().map(|(f, s)| {
                        let wire = &f.wire_name;
                        quote!((#wire, #s.is_none()))
                    });
                    quote! {
                        match (#(#names),*) {
                            (#(#some),*) => #built,
                            (#(#bound),*) => map.missing(&[#(#absent),*]),
                        }
                    }
                }
            };
            (quote!(#(let mut #slots = None;)* #extra_let), end)
        };
        quote! {
            #start
            while let Some(key) = map.key() {
                match key.as_str() {
                    #(#arms)*
                    #rest
                }
            }
            #end
        }
    };
    quote! {
        impl<'de> rt::FromMap<'de> for #name {
            fn read<A: rt::MapAccess<'de>>(map: &mut rt::Fields<'de, A>) -> Result<Self, A::Error> {
                #body
            }
        }
    }
}
