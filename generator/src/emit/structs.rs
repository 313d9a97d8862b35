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
                    rt::ser::object(serializer)?.end()
                }
            }
        };
    }
    let writes = sent.iter().map(|f| {
        let fname = format_ident!("{}", f.rust_name);
        let wire = &f.wire_name;
        if is_required(f) {
            quote!(map.field(#wire, &self.#fname)?;)
        } else {
            quote!(map.optional(#wire, &self.#fname)?;)
        }
    });
    let flatten = additional.map(|extra| quote!(map.flatten(&self.#extra)?;));
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = rt::ser::object(serializer)?;
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
    let lets = slots.iter().map(|s| quote!(let mut #s = None;));
    let arms = fields.iter().zip(&slots).map(|(f, s)| {
        let wire = &f.wire_name;
        if is_required(f) || is_nullable(api, &f.ty) {
            quote!(#wire => #s = Some(map.value()?),)
        } else {
            quote!(#wire => #s = map.value()?,)
        }
    });
    let values = fields.iter().zip(&slots).map(|(f, s)| {
        let fname = format_ident!("{}", f.rust_name);
        let wire = &f.wire_name;
        if is_required(f) {
            quote!(#fname: map.required(#s, #wire)?,)
        } else if fname == *s {
            quote!(#fname,)
        } else {
            quote!(#fname: #s,)
        }
    });
    let body = match (fields.is_empty(), additional) {
        (true, None) => quote! {
            map.skip_rest()?;
            Ok(Self {})
        },
        (true, Some(extra)) => quote! {
            let mut #extra = ::std::collections::BTreeMap::new();
            while let Some(key) = map.key()? {
                #extra.insert(key.into_string(), map.value()?);
            }
            Ok(Self { #extra })
        },
        // Every field optional (the struct is `Default`): read straight into it.
        (false, extra) if fields.iter().all(|f| !f.required) => {
            let arms = fields.iter().map(|f| {
                let fname = format_ident!("{}", f.rust_name);
                let wire = &f.wire_name;
                if is_nullable(api, &f.ty) {
                    quote!(#wire => value.#fname = Some(map.value()?),)
                } else {
                    quote!(#wire => value.#fname = map.value()?,)
                }
            });
            let rest = match extra {
                Some(extra) => quote!(_ => {
                    value.#extra.insert(key.into_string(), map.value()?);
                }),
                None => quote!(_ => map.skip()?,),
            };
            quote! {
                let mut value = Self::default();
                while let Some(key) = map.key()? {
                    match key.as_str() {
                        #(#arms)*
                        #rest
                    }
                }
                Ok(value)
            }
        }
        (false, extra) => {
            let rest = match extra {
                Some(extra) => quote!(_ => {
                    #extra.insert(key.into_string(), map.value()?);
                }),
                None => quote!(_ => map.skip()?,),
            };
            let extra_let =
                extra.map(|e| quote!(let mut #e = ::std::collections::BTreeMap::new();));
            let extra_value = extra.map(|e| quote!(#e,));
            quote! {
                #(#lets)*
                #extra_let
                while let Some(key) = map.key()? {
                    match key.as_str() {
                        #(#arms)*
                        #rest
                    }
                }
                Ok(Self { #(#values)* #extra_value })
            }
        }
    };
    quote! {
        impl<'de> rt::FromMap<'de> for #name {
            fn read<A: rt::MapAccess<'de>>(map: &mut rt::Fields<A>) -> Result<Self, A::Error> {
                #body
            }
        }
    }
}
