//! `tests/contract.rs` of a generated crate: one test per operation, calling it through the
//! client with the arguments of its [`Call`] (JSON decoded into the
//! argument types with `serde_json`, so no constructor is spelled), then asking for each
//! documented error status (`Prefer: code=N` when the server is Prism); one negative control per
//! API. The shared checks are `generator/runtime/contract.rs`, copied after the tests.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::contract::{Call, Plan};
use crate::ir::{Api, Encoding, Group, Operation, SecurityKind, StatusSpec, TypeKind, TypeRef};

/// The checks shared by every test, appended verbatim.
pub const SUPPORT: &str = include_str!("../../runtime/contract.rs");

/// `t` without aliases.
fn unalias<'a>(api: &'a Api, t: &'a TypeRef) -> &'a TypeRef {
    let mut t = t;
    for _ in 0..32 {
        match t {
            TypeRef::Named(id) => match api.types.get(*id).map(|d| &d.kind) {
                Some(TypeKind::Alias(inner)) => t = inner,
                _ => return t,
            },
            _ => return t,
        }
    }
    t
}

/// A string argument's text: a JSON string as it is, anything else as its JSON.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The expression of one argument of type `t` from its candidates (the first that decodes).
fn argument(api: &Api, name: &str, t: &TypeRef, values: &[Value], owned: bool) -> TokenStream {
    let first = values.first().cloned().unwrap_or(Value::Null);
    match unalias(api, t) {
        TypeRef::String if owned => {
            let s = text(&first);
            quote!(#s.to_owned())
        }
        TypeRef::String => {
            let s = text(&first);
            quote!(#s)
        }
        TypeRef::Bytes => {
            let s = text(&first);
            quote!(::bytes::Bytes::from(#s))
        }
        _ => {
            let json = values.iter().map(Value::to_string);
            quote!(arg(#name, &[#(#json),*])?)
        }
    }
}

/// The client builder with the API's credentials (`with_credentials`) for every scheme.
fn client_fn(api: &Api, crate_ident: &syn::Ident) -> TokenStream {
    let module = format_ident!("{}", api.module);
    let name = format_ident!("client_{}", api.module);
    let schemes = api.security_schemes.iter().map(|s| {
        let f = format_ident!("{}", s.rust_name);
        match &s.kind {
            SecurityKind::Basic => quote!(builder = builder.#f("contract", credential());),
            SecurityKind::Bearer { .. } | SecurityKind::ApiKey { .. } => {
                quote!(builder = builder.#f(credential());)
            }
        }
    });
    let doc = format!(
        " A `{}` client for the server under test (`CONTRACT_BASE_URL`), without retries.",
        api.module
    );
    quote! {
        #[doc = #doc]
        #[allow(unused_mut)]
        fn #name(prefer: Option<u16>, with_credentials: bool) -> #crate_ident::#module::Client {
            let mut builder = #crate_ident::#module::Client::builder()
                .base_url(base_url())
                .http_client(http(prefer))
                .retry(#crate_ident::runtime::RetryConfig::disabled())
                .timeout(CALL_TIMEOUT);
            if with_credentials {
                #(#schemes)*
            }
            builder.build()
        }
    }
}

/// The call expression on `client` (a `Result<Result<T, Error<E>>, String>` once awaited).
fn call_expr(api: &Api, group: &Group, op: &Operation, call: &Call) -> Option<TokenStream> {
    let group_fn = format_ident!("{}", group.rust_name);
    let method = format_ident!("{}", op.rust_name);
    let mut args = Vec::new();
    let mut setters = Vec::new();
    for (p, value) in op.params.iter().zip(&call.params) {
        if let (true, Some(value)) = (p.required, value) {
            args.push(argument(api, &p.wire_name, &p.ty, value, false));
        }
    }
    if let (Some(body), Some(value)) = (&op.body, &call.body) {
        match body.encoding {
            Encoding::Json | Encoding::Form | Encoding::Text | Encoding::Binary => {}
            _ => return None,
        }
        let v = argument(api, "body", &body.ty, value, true);
        if body.required {
            args.push(v);
        } else {
            let f = format_ident!("{}", body.rust_name);
            setters.push(quote!(.#f(#v)));
        }
    }
    Some(quote! {
        async {
            Ok::<_, String>(client.#group_fn().#method(#(#args),*) #(#setters)* .send().await)
        }
        .await
    })
}

/// The status a documented error response is asked for with, when it can be.
fn asked_status(status: &StatusSpec) -> Option<u16> {
    match status {
        StatusSpec::Code(c) if *c >= 400 => Some(*c),
        _ => None,
    }
}

fn test_fn(
    api: &Api,
    crate_ident: &syn::Ident,
    group: &Group,
    op: &Operation,
    call: &Call,
    name: &syn::Ident,
) -> TokenStream {
    let module = &api.module;
    let client_fn = format_ident!("client_{}", api.module);
    let id = &op.id;
    let doc = format!(" `{} {}` ({id}).", op.method, op.path);
    let Some(call) = call_expr(api, group, op, call) else {
        let why = " Not called: its request body encoding is not covered by contract tests.";
        return quote! {
            #[doc = #doc]
            #[doc = #why]
            #[tokio::test]
            #[ignore]
            async fn #name() {}
        };
    };
    let module_ident = format_ident!("{}", api.module);
    let group_ident = format_ident!("{}", group.rust_name);
    let error = format_ident!("{}", op.error_name);
    let statuses = op.errors.iter().filter_map(|r| {
        let status = asked_status(&r.status)?;
        let variant = format_ident!("{}", r.variant);
        let pattern = if r.ty.is_some() && r.encoding != Encoding::Empty {
            quote!(#crate_ident::#module_ident::#group_ident::#error::#variant(..))
        } else {
            quote!(#crate_ident::#module_ident::#group_ident::#error::#variant)
        };
        let check = format!("status {status}");
        Some(quote! {
            if is_prism() {
                let client = #client_fn(Some(#status), true);
                report.record(#check, #call, |r| documented(r, #status, |e| matches!(e, #pattern)));
            }
        })
    });
    quote! {
        #[doc = #doc]
        #[tokio::test]
        async fn #name() {
            if !configured() {
                return;
            }
            let mut report = Report::new(#module, #id);
            let client = #client_fn(None, true);
            report.record("call", #call, accepted);
            #(#statuses)*
            report.finish();
        }
    }
}

/// The negative control of an API: its first operation that requires credentials, called
/// without them; else its first one with a required query or header parameter, sent by hand
/// without it.
fn control(api: &Api, plan: &Plan) -> TokenStream {
    let module = &api.module;
    let name = format_ident!("{}_negative_control", api.module);
    let client_fn = format_ident!("client_{}", api.module);
    let ops = || {
        api.groups.iter().enumerate().flat_map(|(g, group)| {
            group
                .operations
                .iter()
                .enumerate()
                .map(move |(o, op)| (g, o, group, op))
        })
    };
    let secured = ops().find(|(_, _, _, op)| {
        !op.security.is_empty() && op.security.iter().all(|alt| !alt.is_empty())
    });
    if let Some((g, o, group, op)) = secured {
        if let Some(call) = plan
            .calls
            .get(&(g, o))
            .and_then(|c| call_expr(api, group, op, c))
        {
            let id = &op.id;
            let doc = format!(
                " `{} {}` ({id}) without credentials must be rejected.",
                op.method, op.path
            );
            let check = format!("{id} without credentials");
            return quote! {
                #[doc = #doc]
                #[tokio::test]
                async fn #name() {
                    if !configured() {
                        return;
                    }
                    let mut report = Report::new(#module, "negative control");
                    let client = #client_fn(None, false);
                    report.record(#check, #call, |r| rejected(rejection(r)));
                    report.finish();
                }
            };
        }
    }
    let bare = ops().find_map(|(g, o, _, op)| {
        let missing = op.params.iter().find(|p| {
            p.required
                && matches!(
                    p.location,
                    crate::ir::Location::Query | crate::ir::Location::Header
                )
        })?;
        let call = plan.calls.get(&(g, o))?;
        let mut path = op.path.clone();
        for (p, value) in op.params.iter().zip(&call.params) {
            if let (crate::ir::Location::Path, Some(value)) = (p.location, value) {
                let encoded: String = text(value.first().unwrap_or(&Value::Null))
                    .bytes()
                    .map(|b| match b {
                        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                            (b as char).to_string()
                        }
                        _ => format!("%{b:02X}"),
                    })
                    .collect();
                path = path.replace(&format!("{{{}}}", p.wire_name), &encoded);
            }
        }
        Some((op, missing, path))
    });
    match bare {
        Some((op, missing, path)) => {
            let id = &op.id;
            let method = &op.method;
            let check = format!(
                "{id} without its {} `{}`",
                location_word(missing.location),
                missing.wire_name
            );
            let doc = format!(
                " `{} {}` ({id}) without its required `{}` must be rejected.",
                op.method, op.path, missing.wire_name
            );
            quote! {
                #[doc = #doc]
                #[tokio::test]
                async fn #name() {
                    if !configured() {
                        return;
                    }
                    let mut report = Report::new(#module, "negative control");
                    let method = reqwest::Method::from_bytes(#method.as_bytes()).unwrap_or(reqwest::Method::GET);
                    let url = format!("{}{}", base_url().trim_end_matches('/'), #path);
                    let sent = match http(None).request(method, url).send().await {
                        Ok(response) => {
                            let status = response.status().as_u16();
                            let prism = response.headers().contains_key("sl-violations");
                            let body = response.text().await.unwrap_or_default();
                            let prism = prism || body.contains("stoplight.io/prism/errors");
                            Ok(if (200..300).contains(&status) { Ok(()) } else { Err((status, body, prism)) })
                        }
                        Err(e) => Err(format!("transport: {e}")),
                    };
                    report.record(#check, sent, rejected);
                    report.finish();
                }
            }
        }
        None => {
            let doc = " No operation requires credentials or a query or header parameter: no negative control.";
            quote! {
                #[doc = #doc]
                #[tokio::test]
                async fn #name() {
                    if !configured() {
                        return;
                    }
                    let mut report = Report::new(#module, "negative control");
                    report.record(NO_CONTROL, Ok(()), |()| Ok(()));
                    report.finish();
                }
            }
        }
    }
}

fn location_word(l: crate::ir::Location) -> &'static str {
    match l {
        crate::ir::Location::Path => "path parameter",
        crate::ir::Location::Query => "query parameter",
        crate::ir::Location::Header => "header",
        crate::ir::Location::Cookie => "cookie",
    }
}

/// The contents of `tests/contract.rs` (without the generated-file header).
pub fn file(apis: &[(Api, Plan)], crate_ident: &str) -> Result<String, String> {
    let krate = format_ident!("{}", crate_ident);
    let mut items = Vec::new();
    let mut names = BTreeSet::new();
    for (api, plan) in apis {
        items.push(client_fn(api, &krate));
        items.push(control(api, plan));
        for (g, group) in api.groups.iter().enumerate() {
            for (o, op) in group.operations.iter().enumerate() {
                let base = format!("{}_{}_{}", api.module, group.rust_name, op.rust_name)
                    .replace("r#", "");
                let mut unique = base.clone();
                let mut n = 2;
                while !names.insert(unique.clone()) {
                    unique = format!("{base}_{n}");
                    n += 1;
                }
                let name = format_ident!("{}", unique);
                let call = plan.calls.get(&(g, o)).cloned().unwrap_or_default();
                items.push(test_fn(api, &krate, group, op, &call, &name));
            }
        }
    }
    let tokens = quote! {
        //! Contract tests: every operation called through the generated client with arguments
        //! built from the document, against the server at `CONTRACT_BASE_URL` (unset: every
        //! test returns at once, calling nothing). Each test checks that the call is accepted and its success
        //! response decodes, and (when `CONTRACT_SERVER` is `prism`, the default) that each
        //! documented error status, asked for with `Prefer: code=N`, decodes into its variant.
        //! `CONTRACT_CREDENTIAL` is sent for every security scheme; `CONTRACT_REPORT` names a
        //! file that gets one JSON line per check. Run: `cargo test --test contract`.
        #![allow(deprecated)]
        use #krate::runtime::Error;
        #(#items)*
    };
    let mut text = super::format(tokens)?;
    text.push_str(SUPPORT);
    Ok(text)
}
