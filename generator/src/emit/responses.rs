//! The response side of an operation: its success type and `decode` (one type, a success enum
//! chosen by status, or a streamed body), its error enum and `decode_error`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use super::types::{ty, Scope};
use crate::ir::{Api, Encoding, Operation, Response, StatusSpec};

fn is_streaming(encoding: Encoding) -> bool {
    matches!(encoding, Encoding::EventStream | Encoding::JsonLines)
}

pub(super) fn success_type(api: &Api, op: &Operation) -> TokenStream {
    let error = format_ident!("{}", op.error_name);
    if let Some(name) = &op.success_enum {
        let name = format_ident!("{}", name);
        return quote!(#name);
    }
    match (&op.success.ty, op.success.encoding) {
        (Some(t), Encoding::EventStream) => {
            let t = ty(api, t, Scope::Sibling);
            quote!(rt::EventStream<#t, #error>)
        }
        (Some(t), Encoding::JsonLines) => {
            let t = ty(api, t, Scope::Sibling);
            quote!(rt::ItemStream<#t, #error>)
        }
        (Some(t), e) if e != Encoding::Empty => ty(api, t, Scope::Sibling),
        _ => quote!(()),
    }
}

fn decode_expr(encoding: Encoding) -> TokenStream {
    match encoding {
        Encoding::Text => quote!(response.text()),
        Encoding::Binary => quote!(response.bytes()),
        _ => quote!(response.json()),
    }
}

/// How one documented response's body is decoded.
fn decode_response(r: &Response) -> TokenStream {
    if r.by_content_type {
        return quote!(response.by_content_type());
    }
    decode_expr(r.encoding)
}

/// A status pattern of a match on the response status.
fn status_pattern(status: &StatusSpec) -> TokenStream {
    match status {
        StatusSpec::Code(c) => {
            let c = proc_macro2::Literal::u16_unsuffixed(*c);
            quote!(#c)
        }
        StatusSpec::Range(c) => {
            let lo = proc_macro2::Literal::u16_unsuffixed(c * 100);
            let hi = proc_macro2::Literal::u16_unsuffixed(c * 100 + 99);
            quote!(#lo..=#hi)
        }
        StatusSpec::Default => quote!(_),
    }
}

/// The body of `decode`: one type, or the success enum chosen by status.
pub(super) fn success_decode(op: &Operation) -> TokenStream {
    if is_streaming(op.success.encoding) {
        return quote! {
            let _ = response;
            Err(rt::Error::InvalidRequest("a streamed response is decoded as it arrives".into()))
        };
    }
    let Some(name) = &op.success_enum else {
        let has_body = op.success.ty.is_some() && op.success.encoding != Encoding::Empty;
        if !has_body {
            return quote! {
                let _ = response;
                Ok(())
            };
        }
        return decode_response(&op.success);
    };
    let name = format_ident!("{}", name);
    let mut ordered: Vec<&Response> = op.successes.iter().collect();
    ordered.sort_by_key(|r| matches!(r.status, StatusSpec::Range(_)));
    let arms = ordered.iter().map(|r| {
        let pattern = status_pattern(&r.status);
        let variant = format_ident!("{}", r.variant);
        let value = if r.ty.is_some() && r.encoding != Encoding::Empty {
            let decode = decode_response(r);
            quote!(#decode.map(#name::#variant))
        } else {
            quote!(Ok(#name::#variant))
        };
        quote!(#pattern => #value,)
    });
    quote! {
        match response.status.as_u16() {
            #(#arms)*
            _ => Err(response.unexpected()),
        }
    }
}

/// The success enum of an operation whose success statuses have different bodies.
pub(super) fn success_enum(api: &Api, op: &Operation) -> TokenStream {
    let Some(name) = &op.success_enum else {
        return TokenStream::new();
    };
    let name = format_ident!("{}", name);
    let doc = docs::lines(&[format!(
        "The documented success responses of `{}`, chosen by status code.",
        op.rust_name
    )]);
    let variants = op.successes.iter().map(|r| variant_tokens(api, r));
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }
    }
}

/// One variant of a success or error enum: its status, description and body type.
fn variant_tokens(api: &Api, r: &Response) -> TokenStream {
    let variant = format_ident!("{}", r.variant);
    let status = match r.status {
        StatusSpec::Code(c) => c.to_string(),
        StatusSpec::Range(c) => format!("{c}XX"),
        StatusSpec::Default => "any other status (`default`)".into(),
    };
    let mut lines = vec![format!("Status {status}.")];
    if let Some(d) = &r.description {
        lines.push(String::new());
        lines.extend(docs::sanitize(d));
    }
    let doc = docs::lines(&lines);
    match (&r.ty, r.encoding) {
        (Some(t), e) if e != Encoding::Empty => {
            let t = ty(api, t, Scope::Sibling);
            quote!(#doc #variant(#t),)
        }
        _ => quote!(#doc #variant,),
    }
}

/// `STREAMING` and `decode_stream` of an operation whose success body is a stream.
pub(super) fn stream_items(api: &Api, op: &Operation) -> TokenStream {
    if op.success_enum.is_some() {
        return TokenStream::new();
    }
    let json = op
        .success
        .ty
        .as_ref()
        .is_some_and(|t| !super::ops::is_string(api, t));
    let make = match op.success.encoding {
        Encoding::EventStream => quote!(rt::events(response, #json)),
        Encoding::JsonLines => quote!(rt::json_lines(response)),
        _ => return TokenStream::new(),
    };
    quote! {
        const STREAMING: bool = true;

        fn decode_stream(response: ::reqwest::Response) -> Result<Self::Output, rt::Error<Self::Error>> {
            Ok(#make)
        }
    }
}

/// `decode_error` of an operation with documented error statuses (else the trait's default).
pub(super) fn decode_error_fn(op: &Operation) -> Option<TokenStream> {
    let error = format_ident!("{}", op.error_name);
    // Specific codes first, then ranges, then `default` (which is the catch-all arm itself).
    let mut ordered: Vec<&Response> = op.errors.iter().collect();
    ordered.sort_by_key(|r| match r.status {
        StatusSpec::Code(_) => 0,
        StatusSpec::Range(_) => 1,
        StatusSpec::Default => 2,
    });
    let error_arms: Vec<TokenStream> = ordered
        .iter()
        .filter_map(|r| error_arm(r, &error))
        .collect();
    let fallback = (!ordered.iter().any(|r| r.status == StatusSpec::Default))
        .then(|| quote!(_ => response.unexpected(),));
    (!error_arms.is_empty()).then(|| {
        quote! {
            fn decode_error(response: rt::Response) -> rt::Error<Self::Error> {
                match response.status.as_u16() {
                    #(#error_arms)*
                    #fallback
                }
            }
        }
    })
}

fn error_arm(r: &Response, error: &proc_macro2::Ident) -> Option<TokenStream> {
    let pattern = status_pattern(&r.status);
    let variant = format_ident!("{}", r.variant);
    let value = if r.ty.is_some() && r.encoding != Encoding::Empty {
        let decode = if r.by_content_type {
            quote!(content_type_error)
        } else {
            match r.encoding {
                Encoding::Text => quote!(text_error),
                Encoding::Binary => quote!(bytes_error),
                _ => quote!(json_error),
            }
        };
        quote!(response.#decode(#error::#variant))
    } else {
        quote!(response.error(#error::#variant))
    };
    Some(quote!(#pattern => #value,))
}

pub(super) fn error_enum(api: &Api, op: &Operation) -> TokenStream {
    let error = format_ident!("{}", op.error_name);
    let doc = docs::lines(&[format!(
        "The documented error responses of `{}`, chosen by status code.",
        op.rust_name
    )]);
    let variants = op.errors.iter().map(|r| variant_tokens(api, r));
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub enum #error {
            #(#variants)*
        }
    }
}
