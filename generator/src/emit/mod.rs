//! IR → Rust source files (quote → syn → prettyplease).
//!
//! Architecture invariant: emitters read only the IR, never the spec.

pub mod client;
pub mod contract;
pub mod docs;
pub mod example;
pub mod html;
pub mod ops;
pub mod pagination;
mod policy;
pub mod types;
pub mod webhooks;

pub use policy::{doc_text as deprecation_text, retry_doc};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::Api;

/// The hand-written runtime module, copied into every generated crate.
pub const RUNTIME: &str = include_str!("../../runtime/runtime.rs");
/// `src/runtime/json.rs`: how request bodies and parameters are written as JSON.
pub const RUNTIME_JSON: &str = include_str!("../../runtime/json.rs");
/// `src/runtime/pagination.rs`: the page walks of paginated operations.
pub const RUNTIME_PAGINATION: &str = include_str!("../../runtime/pagination.rs");

/// Formats tokens as a Rust file; a syntax error here is a generator bug, reported as such.
pub fn format(tokens: TokenStream) -> Result<String, String> {
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| format!("internal error: generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// The files of one provider module, as (path relative to `src/`, contents without header).
pub fn provider(api: &Api, crate_ident: &str) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    let module_docs = docs::inner(&client::module_docs(api));
    let groups = api.groups.iter().map(|g| {
        let name = format_ident!("{}", g.rust_name);
        // A group named like the API (`pets` in `pets.yaml`) keeps its name: `client.pets()`.
        let allow = (g.rust_name == api.module).then(|| quote!(#[allow(clippy::module_inception)]));
        quote!(#allow pub mod #name;)
    });
    let client = client::client(api);
    let events = webhooks::events(api, crate_ident);
    let events_module = api.webhooks.as_ref().map(|w| format_ident!("{}", w.module));
    let events_mod = events_module.map(|name| {
        quote! {
            /// Incoming webhooks: the `Event` enum and, for signed deliveries, `verify`.
            pub mod #name;
        }
    });
    files.push((
        format!("{}/mod.rs", api.module),
        format(quote! {
            #module_docs
            pub mod types;
            #events_mod
            #(#groups)*
            #client
        })?,
    ));
    if let (Some(events), Some(w)) = (events, &api.webhooks) {
        files.push((format!("{}/{}.rs", api.module, w.module), format(events)?));
    }
    let type_items = types::all(api);
    files.push((
        format!("{}/types.rs", api.module),
        format(quote! {
            //! The API's data types: request bodies, responses and everything they contain.
            #type_items
        })?,
    ));
    for g in &api.groups {
        let body = ops::group(api, g, crate_ident);
        let doc = format!(
            " The `{}` operations: request builders and error types.",
            g.tag.as_deref().unwrap_or(&g.rust_name)
        );
        let has_deprecated = g.operations.iter().any(|o| o.deprecated);
        let allow = has_deprecated.then(|| quote!(#![allow(deprecated)]));
        files.push((
            format!("{}/{}.rs", api.module, g.rust_name),
            format(quote! {
                #![doc = #doc]
                #allow
                #body
            })?,
        ));
    }
    Ok(files)
}

/// `lib.rs` of a crate holding the given provider modules.
pub fn lib(modules: &[(String, String)]) -> Result<String, String> {
    lib_with_webhooks(modules, &[])
}

/// `lib.rs`, with the `webhooks` verification module compiled when one of `signed` (provider
/// modules whose webhook deliveries are signed) is.
pub fn lib_with_webhooks(
    modules: &[(String, String)],
    signed: &[String],
) -> Result<String, String> {
    let webhooks = match signed {
        [] => None,
        [one] => Some(quote! {
            #[cfg(feature = #one)]
            pub mod webhooks;
        }),
        many => Some(quote! {
            #[cfg(any(#(feature = #many),*))]
            pub mod webhooks;
        }),
    };
    let mods = modules.iter().map(|(module, title)| {
        let m = format_ident!("{}", module);
        let doc = format!(" {title}");
        quote! {
            #[cfg(feature = #module)]
            #[doc = #doc]
            pub mod #m;
        }
    });
    format(quote! {
        #![doc = include_str!("../README.md")]
        #![forbid(unsafe_code)]
        #![deny(missing_docs)]
        // Errors carry the status, headers and raw body by design (nothing is lost on failure).
        #![allow(clippy::result_large_err)]
        // Shapes (variant sizes, argument counts) come from the spec, not from choice.
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments)]

        pub mod runtime;
        #webhooks

        /// The `User-Agent` sent by default: this crate's name and version.
        pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

        #(#mods)*
    })
}
