//! Webhooks → `src/<provider>/events.rs`: the `Event` enum decoded by the payloads' event-type
//! property, and (for signed deliveries) the provider's `SCHEME`, `Verifier`, `verifier` and
//! `verify` on the hand-written `src/webhooks.rs`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::types::{display, ty, Scope};
use super::{docs, event_lines};
use crate::ir::{
    Api, PayloadPart, SecretFormat, Signature, SignatureEncoding, SignatureFormat, SignatureScheme,
    TimestampFormat, WebhookEvent, Webhooks,
};

/// The hand-written verification module, copied into crates where some provider signs deliveries.
pub const RUNTIME: &str = include_str!("../../runtime/webhooks.rs");

/// The provider's signature scheme, when deliveries are signed (not `scheme: none`).
pub fn signed(api: &Api) -> Option<&Signature> {
    api.webhooks
        .as_ref()?
        .signature
        .as_ref()
        .filter(|s| s.scheme != SignatureScheme::None)
}

/// A readable name of the scheme (`Standard Webhooks`, `HMAC-SHA256`).
pub fn scheme_name(signature: &Signature) -> &'static str {
    match signature.scheme {
        SignatureScheme::StandardWebhooks => "Standard Webhooks",
        SignatureScheme::HmacSha256 => "HMAC-SHA256",
        SignatureScheme::None => "none",
    }
}

/// The signed payload written back as its layout (`{id}.{timestamp}.{body}`).
pub fn layout(signature: &Signature) -> String {
    signature
        .signed_payload
        .iter()
        .map(|p| match p {
            PayloadPart::Id => "{id}".to_owned(),
            PayloadPart::Timestamp => "{timestamp}".to_owned(),
            PayloadPart::Body => "{body}".to_owned(),
            PayloadPart::Literal(text) => text.clone(),
        })
        .collect()
}

/// One-paragraph description of how deliveries are signed, in Markdown.
pub fn describe(signature: &Signature) -> String {
    let note = signature
        .note
        .as_ref()
        .map(|n| format!(" {}", n.split_whitespace().collect::<Vec<_>>().join(" ")))
        .unwrap_or_default();
    if signature.scheme == SignatureScheme::None {
        return format!(
            "Deliveries are not signed: authenticate them another way, then decode the body with `Event::from_slice`.{note}"
        );
    }
    let encoding = match signature.encoding {
        SignatureEncoding::Base64 => "base64",
        SignatureEncoding::Hex => "hex",
    };
    let written = match &signature.signature_format {
        SignatureFormat::Versioned(v) => {
            format!("{encoding} signatures prefixed with `{v},` and separated by spaces")
        }
        SignatureFormat::Plain => format!("the {encoding} signature"),
    };
    let secret = match signature.secret {
        SecretFormat::Whsec => {
            "the endpoint's secret decoded from base64 (after an optional `whsec_` prefix)"
        }
        SecretFormat::Raw => "the endpoint's secret, its bytes as given",
    };
    let how = match signature.scheme {
        SignatureScheme::StandardWebhooks => "signed as in Standard Webhooks, with",
        _ => "signed with",
    };
    let mut text = format!(
        "Deliveries are {how} an HMAC-SHA256 of `{}` keyed with {secret}; the `{}` header holds {written}.",
        layout(signature),
        signature.signature_header,
    );
    if let Some(ts) = &signature.timestamp_header {
        let format = match signature.timestamp_format {
            TimestampFormat::Unix => "Unix seconds",
            TimestampFormat::Rfc3339 => "RFC 3339",
        };
        text.push_str(&format!(
            " The `{ts}` header ({format}) must be within {} seconds of now (`Verifier::tolerance` changes that).",
            signature.tolerance_secs
        ));
    }
    text.push_str(&note);
    text
}

/// The handler example shown on `verify` and in the docs page.
pub fn example(api: &Api, crate_ident: &str) -> String {
    let Some(webhooks) = &api.webhooks else {
        return String::new();
    };
    let m = format!("{}::{}", api.module, webhooks.module);
    let env = format!("{}_WEBHOOK_SECRET", api.module.to_ascii_uppercase());
    let mut arms = String::new();
    if let Some(first) = webhooks.events.first() {
        arms.push_str(&format!(
            "        Event::{}(event) => println!(\"{}: {{event:?}}\"),\n",
            first.rust_name,
            first
                .key
                .replace('"', "\\\"")
                .replace('{', "{{")
                .replace('}', "}}")
        ));
    }
    arms.push_str("        Event::Unknown(raw) => println!(\"not in the spec: {raw}\"),\n");
    if webhooks.events.len() > 1 {
        arms.push_str("        other => println!(\"{other:?}\"),\n");
    }
    let alias = if webhooks.module == "events" {
        "self"
    } else {
        "self as events"
    };
    if signed(api).is_some() {
        format!(
            "use {crate_ident}::{m}::{{{alias}, Event}};\n\
             use {crate_ident}::runtime::HeaderMap;\n\
             use {crate_ident}::webhooks::VerifyError;\n\
             \n\
             /// Handles one delivery: the request's headers and its body exactly as received.\n\
             fn handle(headers: &HeaderMap, body: &[u8]) -> Result<(), VerifyError> {{\n    \
                 let secret = std::env::var(\"{env}\").unwrap_or_default();\n    \
                 // Rejects a bad signature, a stale timestamp or a malformed header; then decodes.\n    \
                 match events::verify(&secret, headers, body)? {{\n\
             {arms}    }}\n    \
                 Ok(())\n\
             }}"
        )
    } else {
        format!(
            "use {crate_ident}::{m}::Event;\n\
             \n\
             /// Handles one delivery, once the request is authenticated.\n\
             fn handle(body: &[u8]) -> Result<(), serde_json::Error> {{\n    \
                 match Event::from_slice(body)? {{\n\
             {arms}    }}\n    \
                 Ok(())\n\
             }}"
        )
    }
}

/// Doc lines: the first paragraph of `text`.
fn first_paragraph(text: &str) -> Vec<String> {
    docs::sanitize(text)
        .into_iter()
        .take_while(|l| !l.is_empty())
        .collect()
}

/// A variant's doc lines: the event's key, and the first paragraph of its description.
pub(super) fn variant_doc(event: &WebhookEvent) -> Vec<String> {
    let mut lines = vec![format!("`{}`", event.key.replace('`', "'"))];
    if let Some(d) = &event.description {
        let para = first_paragraph(d);
        if !para.is_empty() {
            lines[0].push(':');
            lines.extend(para);
        }
    }
    lines
}

fn variant(api: &Api, event: &WebhookEvent) -> TokenStream {
    let doc = docs::lines(&variant_doc(event));
    let name = format_ident!("{}", event.rust_name);
    let t = ty(api, &event.ty, Scope::Sibling);
    quote! { #doc #name(#t), }
}

/// The `Deserialize` impl; with `placeholder`, the arms decoding events are one placeholder arm
/// ([`event_lines::DECODERS`]).
fn deserialize(webhooks: &Webhooks, placeholder: bool) -> TokenStream {
    if webhooks.events.is_empty() {
        return quote! {
            impl<'de> ::serde::Deserialize<'de> for Event {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer).map(Self::Unknown)
                }
            }
        };
    }
    let field = &webhooks.event_field;
    let decode = |e: &WebhookEvent| {
        let name = format_ident!("{}", e.rust_name);
        quote!(::serde_json::from_value(value).map(Self::#name).map_err(::serde::de::Error::custom))
    };
    let exact: Vec<TokenStream> = if placeholder {
        vec![quote!(__events => Ok(Self::Unknown(value)),)]
    } else {
        webhooks
            .events
            .iter()
            .filter(|e| e.pattern.is_empty())
            .map(|e| {
                let key = &e.key;
                let d = decode(e);
                quote!(Some(#key) => #d,)
            })
            .collect()
    };
    let patterns: Vec<TokenStream> = webhooks
        .events
        .iter()
        .filter(|e| !e.pattern.is_empty())
        .map(|e| {
            let pieces = &e.pattern;
            let d = decode(e);
            quote!(Some(tag) if matches_pattern(tag, &[#(#pieces),*]) => #d,)
        })
        .collect();
    let helper = (!patterns.is_empty()).then(|| {
        quote! {
            /// Whether `value` is `pieces` in order with at least one character between each two
            /// (a spec key's `{placeholders}`).
            fn matches_pattern(value: &str, pieces: &[&str]) -> bool {
                let Some((first, rest)) = pieces.split_first() else {
                    return false;
                };
                let Some(mut tail) = value.strip_prefix(first) else {
                    return false;
                };
                let Some((last, middle)) = rest.split_last() else {
                    return true;
                };
                for piece in middle {
                    let mut chars = tail.chars();
                    if chars.next().is_none() {
                        return false;
                    }
                    let after = chars.as_str();
                    let Some(at) = after.find(piece) else {
                        return false;
                    };
                    tail = &after[at + piece.len()..];
                }
                tail.len() > last.len() && tail.ends_with(last)
            }
        }
    });
    quote! {
        impl<'de> ::serde::Deserialize<'de> for Event {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#field).and_then(::serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #(#exact)*
                    #(#patterns)*
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
        #helper
    }
}

fn scheme_tokens(signature: &Signature) -> TokenStream {
    let header = |h: &str| h.to_ascii_lowercase();
    let opt = |h: &Option<String>| match h {
        Some(h) => {
            let h = header(h);
            quote!(Some(#h))
        }
        None => quote!(None),
    };
    let signature_header = header(&signature.signature_header);
    let id_header = opt(&signature.id_header);
    let timestamp_header = opt(&signature.timestamp_header);
    let parts = signature.signed_payload.iter().map(|p| match p {
        PayloadPart::Id => quote!(crate::webhooks::Part::Id),
        PayloadPart::Timestamp => quote!(crate::webhooks::Part::Timestamp),
        PayloadPart::Body => quote!(crate::webhooks::Part::Body),
        PayloadPart::Literal(text) => quote!(crate::webhooks::Part::Literal(#text)),
    });
    let version = match &signature.signature_format {
        SignatureFormat::Versioned(v) => quote!(Some(#v)),
        SignatureFormat::Plain => quote!(None),
    };
    let encoding = match signature.encoding {
        SignatureEncoding::Base64 => quote!(Base64),
        SignatureEncoding::Hex => quote!(Hex),
    };
    let secret = match signature.secret {
        SecretFormat::Whsec => quote!(Whsec),
        SecretFormat::Raw => quote!(Raw),
    };
    let timestamp_format = match signature.timestamp_format {
        TimestampFormat::Unix => quote!(Unix),
        TimestampFormat::Rfc3339 => quote!(Rfc3339),
    };
    let tolerance = proc_macro2::Literal::u64_unsuffixed(signature.tolerance_secs);
    quote! {
        crate::webhooks::Scheme {
            signature_header: #signature_header,
            id_header: #id_header,
            timestamp_header: #timestamp_header,
            signed_payload: &[#(#parts),*],
            version: #version,
            encoding: crate::webhooks::Encoding::#encoding,
            secret: crate::webhooks::SecretFormat::#secret,
            timestamp_format: crate::webhooks::TimestampFormat::#timestamp_format,
            tolerance: ::std::time::Duration::from_secs(#tolerance),
        }
    }
}

/// Module docs of `events.rs`.
fn module_docs(api: &Api, webhooks: &Webhooks) -> Vec<String> {
    // Module docs resolve links from the parent module: spell them from the crate root.
    let event = format!("crate::{}::{}::Event", api.module, webhooks.module);
    let mut lines = vec![if webhooks.events.is_empty() {
        format!(
            "Webhook deliveries of the {}: the spec lists no events, so [`Event`]({event}) keeps every delivery as raw JSON.",
            api.title.trim()
        )
    } else {
        format!(
            "Webhook events of the {}: [`Event`]({event}) has one variant per event of the spec, decoded by the payload's `{}` property.",
            api.title.trim(),
            webhooks.event_field
        )
    }];
    lines.push(String::new());
    match &webhooks.signature {
        Some(s) => {
            lines.extend(docs::sanitize(&describe(s)));
            if let Some(link) = &s.docs {
                lines.push(String::new());
                lines.push(format!("The provider's documentation: <{link}>."));
            }
        }
        None => lines.push(format!(
            "The spec does not say how deliveries are signed: decode bodies with [`Event::from_slice`]({event}::from_slice)."
        )),
    }
    lines
}

/// `events.rs` of a provider module, if the API has webhooks.
/// The events' file (`events.rs`), formatted: the parts repeated per event laid out as text
/// (`event_lines.rs`) when they have the shapes laid out there, else all of it through syn and
/// prettyplease.
pub fn events_file(api: &Api, crate_ident: &str) -> Option<Result<String, String>> {
    let webhooks = api.webhooks.as_ref()?;
    let lines = (!webhooks.events.is_empty())
        .then(|| event_lines::lines(api, &webhooks.events))
        .flatten();
    Some(match lines {
        Some(lines) => super::format(events_tokens(api, crate_ident, true)?).and_then(|text| {
            event_lines::fill(&text, &lines)
                .ok_or_else(|| "internal error: the events' placeholders are not in place".into())
        }),
        None => super::format(events_tokens(api, crate_ident, false)?),
    })
}

/// The events' file as tokens; with `placeholders`, the parts repeated per event are one
/// placeholder each (see `event_lines.rs`).
pub(super) fn events_tokens(
    api: &Api,
    crate_ident: &str,
    placeholders: bool,
) -> Option<TokenStream> {
    let webhooks = api.webhooks.as_ref()?;
    let module_docs = docs::inner(&module_docs(api, webhooks));
    let (variants, keys): (Vec<TokenStream>, Vec<TokenStream>) = if placeholders {
        (
            vec![quote!(__Events,)],
            vec![quote!(Self::__Events => None,)],
        )
    } else {
        let keys = webhooks.events.iter().map(|e| {
            let name = format_ident!("{}", e.rust_name);
            let key = &e.key;
            quote!(Self::#name(_) => Some(#key),)
        });
        (
            webhooks.events.iter().map(|e| variant(api, e)).collect(),
            keys.collect(),
        )
    };
    let field = &webhooks.event_field;
    let field_doc = format!(" The payload property naming the event: `{field}`.");
    let deserialize = deserialize(webhooks, placeholders);
    let verification = signed(api).map(|signature| {
        let scheme = scheme_tokens(signature);
        let mut scheme_doc = vec![format!("How deliveries are signed: {}.", scheme_name(signature))];
        scheme_doc.push(String::new());
        scheme_doc.extend(docs::sanitize(&describe(signature)));
        if let Some(link) = &signature.docs {
            scheme_doc.push(String::new());
            scheme_doc.push(format!("See <{link}>."));
        }
        let scheme_doc = docs::lines(&scheme_doc);
        let mut verify_doc = vec![
            "Checks a delivery's signature with the endpoint's `secret` (headers and body exactly as received) and decodes its event.".to_owned(),
            String::new(),
            "Fails with a [`VerifyError`](crate::webhooks::VerifyError): a missing, oversized or malformed header, a timestamp outside the tolerance, no matching signature, a malformed secret, or a body that is not an event. Use [`verifier`] to set the tolerance or the clock.".to_owned(),
            String::new(),
            "```no_run".to_owned(),
        ];
        verify_doc.extend(example(api, crate_ident).lines().map(str::to_owned));
        verify_doc.push("```".to_owned());
        let verify_doc = docs::lines(&verify_doc);
        quote! {
            #scheme_doc
            pub const SCHEME: crate::webhooks::Scheme = #scheme;

            /// Checks deliveries signed with one secret and decodes them into [`Event`]; set its
            /// `tolerance`, or check against a given time with `verify_at`.
            pub type Verifier = crate::webhooks::Verifier<Event>;

            /// A [`Verifier`] for the endpoint's `secret`, with the default tolerance.
            pub fn verifier(secret: &str) -> Result<Verifier, crate::webhooks::VerifyError> {
                Verifier::new(SCHEME, secret)
            }

            #verify_doc
            pub fn verify(
                secret: &str,
                headers: &::reqwest::header::HeaderMap,
                body: &[u8],
            ) -> Result<Event, crate::webhooks::VerifyError> {
                verifier(secret)?.verify(headers, body)
            }
        }
    });
    let unknown_doc = format!(
        " An event this version of the spec does not list (by its `{field}`), kept as raw JSON."
    );
    Some(quote! {
        #module_docs

        /// A webhook delivery's event.
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
        #[serde(untagged)]
        pub enum Event {
            #(#variants)*
            #[doc = #unknown_doc]
            Unknown(::serde_json::Value),
        }

        impl Event {
            #[doc = #field_doc]
            pub const EVENT_TYPE_FIELD: &'static str = #field;

            /// Decodes a delivery's body, without checking where it comes from.
            pub fn from_slice(body: &[u8]) -> Result<Self, ::serde_json::Error> {
                ::serde_json::from_slice(body)
            }

            /// The event's key in the spec's `webhooks` (keys with `{placeholders}` as written);
            /// `None` for `Unknown`.
            pub fn key(&self) -> Option<&'static str> {
                match self {
                    #(#keys)*
                    Self::Unknown(_) => None,
                }
            }
        }

        #deserialize
        #verification
    })
}

/// Markdown rows `(event key, variant, payload type)` for the docs page.
pub fn rows(api: &Api) -> Vec<(String, String, String)> {
    api.webhooks
        .iter()
        .flat_map(|w| &w.events)
        .map(|e| (e.key.clone(), e.rust_name.clone(), display(api, &e.ty)))
        .collect()
}
