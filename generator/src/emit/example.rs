//! A usage example per operation, compiled as a rustdoc example and shown in the Markdown docs.
//!
//! Required arguments get placeholder values built from their types (structs with their required
//! fields, the first enum variant, `None` for optional fields), so every example compiles.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, Group, Operation, SecurityKind, TypeKind, TypeRef};

const MAX_DEPTH: usize = 6;

/// A placeholder value of type `t`, spelled as users outside the crate would.
fn value(api: &Api, krate: &TokenStream, t: &TypeRef, hint: &str, depth: usize) -> TokenStream {
    let module = format_ident!("{}", api.module);
    match t {
        TypeRef::Any => quote!(::serde_json::json!({})),
        TypeRef::String => {
            let s = format!("<{hint}>");
            quote!(#s.to_owned())
        }
        TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64 => quote!(10),
        TypeRef::F64 => quote!(1.0),
        TypeRef::Bool => quote!(true),
        TypeRef::Unit => quote!(()),
        TypeRef::Bytes => quote!(::bytes::Bytes::from_static(b"...")),
        TypeRef::Upload => quote!(#krate::runtime::Upload::path("<path to the file>")),
        TypeRef::Array(inner) if depth < MAX_DEPTH => {
            let v = value(api, krate, inner, hint, depth + 1);
            quote!(vec![#v])
        }
        TypeRef::Array(_) => quote!(Vec::new()),
        TypeRef::Map(_) => quote!(::std::collections::BTreeMap::new()),
        TypeRef::Nullable(_) => quote!(None),
        TypeRef::Named(named) => {
            // Spelled with the name the spec gives, also when that is an alias of another
            // type of the same shape (`types::UpdateRequest { .. }` for `CreateRequest`).
            let name = format_ident!("{}", api.types[*named].rust_name);
            let id = &super::types::unaliased(api, *named);
            let def = &api.types[*id];
            let _ = krate;
            let path = quote!(#module::types::#name);
            match &def.kind {
                TypeKind::Alias(inner) => value(api, krate, inner, hint, depth),
                TypeKind::Enum { variants, .. } => match variants.first() {
                    Some(v) => {
                        let v = format_ident!("{}", v.rust_name);
                        quote!(#path::#v)
                    }
                    None => quote!(#path::Unknown(Default::default())),
                },
                TypeKind::Union { variants, .. } => match variants.first() {
                    Some(v) if depth < MAX_DEPTH => {
                        let inner = value(api, krate, &v.ty, hint, depth + 1);
                        let vn = format_ident!("{}", v.rust_name);
                        let boxed = boxed_if_needed(api, &v.ty, *id, inner);
                        quote!(#path::#vn(#boxed))
                    }
                    _ => quote!(::serde_json::from_value(::serde_json::json!({})).unwrap()),
                },
                TypeKind::Struct { fields, additional } => {
                    let inits = fields.iter().map(|f| {
                        let fname = format_ident!("{}", f.rust_name);
                        if f.required
                            && !f.read_only
                            && !matches!(f.ty, TypeRef::Nullable(_))
                            && depth < MAX_DEPTH
                        {
                            let v = value(api, krate, &f.ty, &f.wire_name, depth + 1);
                            let v = boxed_if_needed(api, &f.ty, *id, v);
                            if f.write_only {
                                quote!(#fname: Some(#v))
                            } else {
                                quote!(#fname: #v)
                            }
                        } else {
                            quote!(#fname: None)
                        }
                    });
                    let extra = additional.as_ref().map(|_| {
                        let f = if fields
                            .iter()
                            .any(|f| f.rust_name == "additional_properties")
                        {
                            format_ident!("additional_properties_")
                        } else {
                            format_ident!("additional_properties")
                        };
                        quote!(#f: Default::default(),)
                    });
                    quote!(#path { #(#inits,)* #extra })
                }
            }
        }
    }
}

fn boxed_if_needed(api: &Api, t: &TypeRef, owner: usize, v: TokenStream) -> TokenStream {
    if super::types::needs_box(api, t, owner) && !matches!(t, TypeRef::Nullable(_)) {
        quote!(Box::new(#v))
    } else {
        v
    }
}

/// The credential line of the client builder.
fn auth(api: &Api, op: &Operation) -> TokenStream {
    let scheme = op
        .security
        .first()
        .and_then(|alt| alt.first())
        .and_then(|(key, _)| api.security_schemes.iter().find(|s| &s.key == key));
    match scheme {
        Some(s) => {
            let f = format_ident!("{}", s.rust_name);
            match &s.kind {
                SecurityKind::Bearer { .. } => quote!(.bearer_token("<access token>")),
                SecurityKind::Basic => quote!(.#f("<user name>", "<password>")),
                SecurityKind::ApiKey { .. } => quote!(.#f("<api key>")),
            }
        }
        None => TokenStream::new(),
    }
}

/// Every operation's example, per group (in the IR's order): made once, in parallel, for both
/// the rustdoc of the operation and its Markdown page.
pub fn all(api: &Api, crate_ident: &str) -> Vec<Vec<String>> {
    use rayon::prelude::*;
    api.groups
        .par_iter()
        .map(|group| {
            group
                .operations
                .iter()
                .map(|op| example(api, group, op, crate_ident))
                .collect()
        })
        .collect()
}

/// The example's statements, as Rust source (no surrounding function).
pub fn example(api: &Api, group: &Group, op: &Operation, crate_ident: &str) -> String {
    let krate = {
        let k = format_ident!("{}", crate_ident);
        quote!(#k)
    };
    let module = format_ident!("{}", api.module);
    let group_fn = format_ident!("{}", group.rust_name);
    let method = format_ident!("{}", op.rust_name);
    let auth = auth(api, op);
    let mut args = Vec::new();
    for p in op.params.iter().filter(|p| p.required) {
        let v = value(api, &krate, &p.ty, &p.wire_name, 0);
        let v = match &p.ty {
            TypeRef::String => {
                let s = format!("<{}>", p.wire_name);
                quote!(#s)
            }
            _ => v,
        };
        args.push(v);
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        args.push(value(api, &krate, &body.ty, "body", 0));
    }
    let deprecated = op.deprecated.then(|| quote!(#[allow(deprecated)]));
    let streams = op.success_enum.is_none()
        && matches!(
            op.success.encoding,
            crate::ir::Encoding::EventStream | crate::ir::Encoding::JsonLines
        );
    let uses = if op.pagination.is_some() || streams {
        quote! { use futures_util::StreamExt; use #krate::#module; }
    } else {
        quote! { use #krate::#module; }
    };
    let call = if op.pagination.is_some() {
        quote! {
            #deprecated
            let mut items = std::pin::pin!(client.#group_fn().#method(#(#args),*).items());
            while let Some(item) = items.next().await {
                let item = item?;
                println!("{item:?}");
            }
        }
    } else if streams {
        quote! {
            #deprecated
            let mut stream = client.#group_fn().#method(#(#args),*).send().await?;
            while let Some(item) = stream.next().await {
                let item = item?;
                println!("{item:?}");
            }
        }
    } else {
        quote! {
            #deprecated
            let response = client.#group_fn().#method(#(#args),*).send().await?;
            println!("{response:?}");
        }
    };
    let tokens = quote! {
        async fn example() -> Result<(), Box<dyn std::error::Error>> {
            #uses
            let client = #module::Client::builder()
                #auth
                .build();
            #call
            Ok(())
        }
    };
    let Ok(text) = super::format(tokens) else {
        return String::new();
    };
    // Keep the body of the function, dedented.
    let lines: Vec<&str> = text.lines().collect();
    let body = lines
        .get(1..lines.len().saturating_sub(1))
        .unwrap_or_default();
    let body: Vec<&str> = body
        .iter()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect();
    let body = match body.split_last() {
        Some((last, rest)) if last.trim() == "Ok(())" => rest,
        _ => &body[..],
    };
    body.join("\n")
}

/// The example as a rustdoc section: hidden wrapper lines so it compiles as a doctest.
pub fn doc_lines(example: &str) -> Vec<String> {
    let mut lines = vec![
        "# Example".to_owned(),
        String::new(),
        "```no_run".to_owned(),
    ];
    lines.push("# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_owned());
    lines.extend(example.lines().map(str::to_owned));
    lines.push("# Ok(())".to_owned());
    lines.push("# }".to_owned());
    lines.push("```".to_owned());
    lines
}
