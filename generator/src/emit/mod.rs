//! IR → Rust source files (quote → syn → prettyplease; the items of a fixed shape are laid out
//! as text by `layout`, which skips parsing them again).
//!
//! Architecture invariant: emitters read only the IR, never the spec.

pub mod client;
pub mod contract;
pub mod docs;
mod enums;
mod event_lines;
pub mod example;
pub mod features;
mod from_map;
pub mod html;
mod layout;
mod multipart;
pub mod ops;
pub mod pagination;
mod policy;
pub mod reach;
mod responses;
mod structs;
pub mod types;
pub mod webhooks;

pub use policy::{doc_text as deprecation_text, retry_doc};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use rayon::prelude::*;

use crate::ir::Api;

/// The hand-written run time, copied verbatim into every generated crate: (path in the crate,
/// source). `src/runtime.rs` declares the others as its submodules.
pub const RUNTIME_FILES: &[(&str, &str)] = &[
    ("src/runtime.rs", include_str!("../../runtime/runtime.rs")),
    ("src/runtime/args.rs", include_str!("../../runtime/args.rs")),
    ("src/runtime/call.rs", include_str!("../../runtime/call.rs")),
    ("src/runtime/de.rs", include_str!("../../runtime/de.rs")),
    (
        "src/runtime/encode.rs",
        include_str!("../../runtime/encode.rs"),
    ),
    (
        "src/runtime/enums.rs",
        include_str!("../../runtime/enums.rs"),
    ),
    ("src/runtime/exec.rs", include_str!("../../runtime/exec.rs")),
    ("src/runtime/json.rs", include_str!("../../runtime/json.rs")),
    ("src/runtime/list.rs", include_str!("../../runtime/list.rs")),
    (
        "src/runtime/multipart.rs",
        include_str!("../../runtime/multipart.rs"),
    ),
    (
        "src/runtime/object.rs",
        include_str!("../../runtime/object.rs"),
    ),
    ("src/runtime/walk.rs", include_str!("../../runtime/walk.rs")),
    (
        "src/runtime/pagination.rs",
        include_str!("../../runtime/pagination.rs"),
    ),
    (
        "src/runtime/response.rs",
        include_str!("../../runtime/response.rs"),
    ),
    ("src/runtime/ser.rs", include_str!("../../runtime/ser.rs")),
    (
        "src/runtime/stream.rs",
        include_str!("../../runtime/stream.rs"),
    ),
    (
        "src/runtime/unions.rs",
        include_str!("../../runtime/unions.rs"),
    ),
];

/// How many types one parallel job of `types.rs` emits and formats.
const TYPES_PER_CHUNK: usize = 64;

/// One item of a generated file: tokens (laid out by prettyplease), text already laid out, or
/// a struct for `runtime::object!` (its lines one level in; consecutive ones with the same
/// `cfg` share one invocation).
pub(crate) enum Item {
    Tokens(TokenStream),
    Text(String),
    Object(String),
}

impl From<TokenStream> for Item {
    fn from(tokens: TokenStream) -> Self {
        Item::Tokens(tokens)
    }
}

/// Rust source the emitter wrote itself, as tokens (it always lexes).
pub(crate) fn tokens_of(text: &str) -> TokenStream {
    text.parse().unwrap_or_default()
}

/// Formats tokens as a Rust file; a syntax error here is a generator bug, reported as such.
pub fn format(tokens: TokenStream) -> Result<String, String> {
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| format!("internal error: generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// The files of one provider module, as (path relative to `src/`, contents without header).
/// `examples`: the operations' examples per group ([`example::all`]).
pub fn provider(
    api: &Api,
    crate_ident: &str,
    plan: &features::Plan,
    examples: &[Vec<String>],
) -> Result<Vec<(String, String)>, String> {
    // Every file is made by a parallel job (tokens are not `Send`, so each job builds its own);
    // the order of the output is fixed by the jobs' order, not by which finishes first.
    let ((head, events), (type_chunks, groups)) = rayon::join(
        || rayon::join(|| module_file(api, plan), || events_file(api, crate_ident)),
        || {
            rayon::join(
                || {
                    (0..api.types.len())
                        .step_by(TYPES_PER_CHUNK)
                        .map(|start| start..(start + TYPES_PER_CHUNK).min(api.types.len()))
                        .collect::<Vec<_>>()
                        .into_par_iter()
                        .map(|range| types::items(api, plan, range))
                        .collect::<Vec<Result<String, String>>>()
                },
                || {
                    api.groups
                        .par_iter()
                        .zip(examples)
                        .map(|(g, examples)| group_file(api, g, examples))
                        .collect::<Vec<Result<(String, String), String>>>()
                },
            )
        },
    );
    let mut files = vec![(format!("{}/mod.rs", api.module), head?)];
    if let Some(events) = events {
        files.push(events?);
    }
    // `rt` names the run time in the structs' serde impls (unused when features leave none).
    let mut types_file = String::from(
        "//! The API's data types: request bodies, responses and everything they contain.\n\
         #[allow(unused_imports)]\nuse crate::runtime as rt;\n",
    );
    for chunk in type_chunks {
        types_file.push_str(&chunk?);
    }
    files.push((format!("{}/types.rs", api.module), types_file));
    for group in groups {
        files.push(group?);
    }
    Ok(files)
}

/// The provider's `mod.rs`: its docs, its modules and the client.
fn module_file(api: &Api, plan: &features::Plan) -> Result<String, String> {
    let module_docs = docs::inner(&client::module_docs(api));
    let groups = api.groups.iter().enumerate().map(|(index, g)| {
        let cfg = plan.group_cfg(index);
        let name = format_ident!("{}", g.rust_name);
        // A group named like the API (`pets` in `pets.yaml`) keeps its name: `client.pets()`.
        let allow = (g.rust_name == api.module).then(|| quote!(#[allow(clippy::module_inception)]));
        quote!(#cfg #allow pub mod #name;)
    });
    let client = client::client(api, plan);
    let events_cfg = plan.events_cfg();
    let events_mod = api.webhooks.as_ref().map(|w| {
        let name = format_ident!("{}", w.module);
        quote! {
            #events_cfg
            /// Incoming webhooks: the `Event` enum and, for signed deliveries, `verify`.
            pub mod #name;
        }
    });
    format(quote! {
        #module_docs
        pub mod types;
        #events_mod
        #(#groups)*
        #client
    })
}

/// A group's file (path relative to `src/`, contents): its request builders and error types.
fn group_file(
    api: &Api,
    g: &crate::ir::Group,
    examples: &[String],
) -> Result<(String, String), String> {
    let doc = format!(
        " The `{}` operations: request builders and error types.",
        g.tag.as_deref().unwrap_or(&g.rust_name)
    );
    let has_deprecated = g.operations.iter().any(|o| o.deprecated);
    let allow = has_deprecated.then(|| quote!(#![allow(deprecated)]));
    let text = ops::group(api, g, examples, quote!(#![doc = #doc] #allow))?;
    Ok((format!("{}/{}.rs", api.module, g.rust_name), text))
}

/// The webhook events' file (path relative to `src/`, contents), if the API has events.
fn events_file(api: &Api, crate_ident: &str) -> Option<Result<(String, String), String>> {
    let w = api.webhooks.as_ref()?;
    let text = webhooks::events_file(api, crate_ident)?;
    Some(text.map(|text| (format!("{}/{}.rs", api.module, w.module), text)))
}

/// `lib.rs` of a crate holding the given provider modules: (module, doc line, the features
/// that compile it).
pub fn lib(modules: &[(String, String, Vec<String>)]) -> Result<String, String> {
    lib_with_webhooks(modules, &[], 0)
}

/// rustc's drop check follows chains of types to a depth of 128 by default; a crate whose types
/// form longer chains (each link up to four levels: the struct, `Option`, `Vec`, a map) gets a
/// `recursion_limit` that fits them.
fn recursion_limit(chain: usize) -> Option<TokenStream> {
    const DEFAULT: usize = 128;
    let needed = chain.saturating_mul(4);
    (chain > reach::CHEAP_CHAIN).then(|| {
        let limit = (needed + DEFAULT).to_string();
        quote!(#![recursion_limit = #limit])
    })
}

/// `lib.rs`, with the `webhooks` verification module compiled when one of `signed` (the
/// features of provider modules whose webhook deliveries are signed) is.
/// `chain`: the longest chain of types of its providers ([`reach::longest_chain`]).
pub fn lib_with_webhooks(
    modules: &[(String, String, Vec<String>)],
    signed: &[String],
    chain: usize,
) -> Result<String, String> {
    let limit = recursion_limit(chain);
    let webhooks = (!signed.is_empty()).then(|| {
        let cfg = features::cfg_any(signed);
        quote! {
            #cfg
            pub mod webhooks;
        }
    });
    let mods = modules.iter().map(|(module, title, gate)| {
        let m = format_ident!("{}", module);
        let doc = format!(" {title}");
        let cfg = features::cfg_any(gate);
        quote! {
            #cfg
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
        #limit

        pub mod runtime;
        #webhooks

        /// The `User-Agent` sent by default: this crate's name and version.
        pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

        #(#mods)*
    })
}
