//! The parts of a `multipart/form-data` request body: one part per property of the body's
//! struct (files for `format: binary` properties, text or JSON for the others), each with the
//! content type its `encoding` entry declares.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, Body, TypeKind, TypeRef};

/// What a property holds, as far as parts go.
enum Holds {
    File,
    Files,
    Value,
}

fn holds(api: &Api, t: &TypeRef) -> Holds {
    match t {
        TypeRef::Upload => Holds::File,
        TypeRef::Array(inner) if matches!(holds(api, inner), Holds::File) => Holds::Files,
        TypeRef::Named(id) => match &api.types[*id].kind {
            TypeKind::Alias(inner) => holds(api, inner),
            _ => Holds::Value,
        },
        _ => Holds::Value,
    }
}

/// An expression `Result<Body, String>` encoding `value` (a reference to the body) as parts.
pub(super) fn parts(api: &Api, body: &Body) -> TokenStream {
    let content_type = |wire: &str| match body
        .fields
        .iter()
        .find(|f| f.name == wire)
        .and_then(|f| f.content_type.as_deref())
    {
        Some(ct) => quote!(Some(#ct)),
        None => quote!(None),
    };
    let fields = match &body.ty {
        TypeRef::Named(id) => match &api.types[*id].kind {
            TypeKind::Struct {
                fields,
                additional: None,
            } => Some(fields),
            _ => None,
        },
        _ => None,
    };
    let Some(fields) = fields else {
        // No declared properties: every top-level entry of the value is a part.
        return quote! {{
            let mut parts = rt::Multipart::new();
            parts.entries(value)?;
            rt::Body::Multipart(parts)
        }};
    };
    let statements = fields.iter().filter(|f| !f.read_only).map(|f| {
        let wire = &f.wire_name;
        let name = format_ident!("{}", f.rust_name);
        let ct = content_type(wire);
        let optional = !f.required || f.write_only;
        match (holds(api, &f.ty), optional) {
            (Holds::File, false) => quote!(parts.file(#wire, &value.#name, #ct);),
            (Holds::File, true) => quote! {
                if let Some(file) = &value.#name {
                    parts.file(#wire, file, #ct);
                }
            },
            (Holds::Files, false) => quote! {
                for file in &value.#name {
                    parts.file(#wire, file, #ct);
                }
            },
            (Holds::Files, true) => quote! {
                for file in value.#name.iter().flatten() {
                    parts.file(#wire, file, #ct);
                }
            },
            (Holds::Value, _) => quote! {
                parts.value(#wire, &value.#name, #ct)?;
            },
        }
    });
    quote! {{
        let mut parts = rt::Multipart::new();
        #(#statements)*
        rt::Body::Multipart(parts)
    }}
}
