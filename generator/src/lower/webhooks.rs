//! The `webhooks` object (OpenAPI 3.1, or a 3.0 root `x-webhooks` of path items, which the
//! loader reads as `webhooks`) and the root `x-rust-webhooks` extension → [`Webhooks`].
//!
//! Every webhook key becomes an event: its POST request body schema is converted with the
//! document's type space (so named schemas are shared with the client types), and the key is the
//! value of the payload's event-type property (`{placeholders}` in a key match any text). The
//! extension names that property and declares how deliveries are signed:
//!
//! ```yaml
//! x-rust-webhooks:
//!   event_type: type                 # payload property naming the event
//!   signature:
//!     scheme: standard-webhooks      # standard-webhooks | hmac-sha256 | none
//!     docs: https://...              # the provider's documentation of the scheme
//!     headers: { id: webhook-id, timestamp: webhook-timestamp, signature: webhook-signature }
//!     signed_payload: '{id}.{timestamp}.{body}'
//!     version: v1                    # signatures written `v1,<sig>` (absent: the bare signature)
//!     encoding: base64               # base64 | hex
//!     secret: whsec                  # whsec (base64, optional `whsec_` prefix) | raw (UTF-8 bytes)
//!     timestamp_format: unix         # unix | rfc3339
//!     tolerance: 300                 # seconds
//! ```
//!
//! `standard-webhooks` defaults every field to the Standard Webhooks values above; `hmac-sha256`
//! needs `headers.signature` and defaults to `signed_payload: '{body}'`, hex, a raw secret.
//!
//! The old spelling, a root `x-webhooks` holding these fields (and no path item), is still read
//! when there is no `x-rust-webhooks`.

use indexmap::IndexMap;
use openapiv3::{OpenAPI, PathItem, ReferenceOr};
use serde_json::Value;

use super::names::{pascal, Names};
use super::types::Types;
use crate::diag::{escape_token, Diagnostics};
use crate::ir::{
    PayloadPart, SecretFormat, Signature, SignatureEncoding, SignatureFormat, SignatureScheme,
    TimestampFormat, TypeKind, TypeRef, WebhookEvent, Webhooks,
};
use crate::load::refs::component_name;

const EXTENSION: &str = "x-rust-webhooks";
/// The old spelling of [`EXTENSION`] (when it holds our fields, not path items: see the loader).
const OLD_EXTENSION: &str = "x-webhooks";
const DEFAULT_TOLERANCE: u64 = 300;
/// Property names tried, in order, when the spec does not name the event-type property.
const USUAL_FIELDS: [&str; 4] = ["type", "eventType", "event_type", "event"];

/// Whether the document has anything for [`lower`] to do.
pub fn present(api: &OpenAPI, webhooks: &IndexMap<String, PathItem>) -> bool {
    !webhooks.is_empty() || extension(api).is_some()
}

/// Our receive-side configuration and its name: `x-rust-webhooks`, else the old `x-webhooks`.
fn extension(api: &OpenAPI) -> Option<(&'static str, &Value)> {
    [EXTENSION, OLD_EXTENSION]
        .into_iter()
        .find_map(|name| api.extensions.get(name).map(|v| (name, v)))
}

/// Lowers the webhooks of a document; `None` when it has neither events nor `x-webhooks`.
pub fn lower(
    api: &OpenAPI,
    webhooks: &IndexMap<String, PathItem>,
    module: String,
    types: &mut Types<'_>,
    diags: &mut Diagnostics,
) -> Option<Webhooks> {
    if !present(api, webhooks) {
        return None;
    }
    let (name, ext) = match extension(api) {
        Some((name, ext)) => (name, Some(ext)),
        None => (EXTENSION, None),
    };
    let ext_pointer = format!("/{name}");
    if let Some(ext) = ext {
        match ext.as_object() {
            Some(map) => {
                for key in map.keys() {
                    if !["event_type", "signature"].contains(&key.as_str()) {
                        diags.warn(
                            format!("{ext_pointer}/{}", escape_token(key)),
                            format!("unknown `{name}` field `{key}`; ignored"),
                        );
                    }
                }
            }
            None => diags.warn(&ext_pointer, format!("`{name}` is not an object; ignored")),
        }
    }
    let events = events(api, webhooks, types, diags);
    let declared = ext
        .and_then(|e| e.get("event_type"))
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    let event_field = match declared {
        Some(field) => field,
        None => {
            let field = infer_event_field(types, &events);
            if !events.is_empty() {
                diags.warn(
                    &ext_pointer,
                    format!(
                        "no `{EXTENSION}.event_type` names the payload property holding the event type; using `{field}`"
                    ),
                );
            }
            field
        }
    };
    for event in &events {
        if fields_of(types, &event.ty).is_some_and(|f| !f.contains(&event_field)) {
            diags.warn(
                format!("/webhooks/{}", escape_token(&event.key)),
                format!(
                    "the payload has no `{event_field}` property, which names the event: its \
                     deliveries decode as `Event::Unknown` (raw JSON kept)"
                ),
            );
        }
    }
    let signature = ext
        .and_then(|e| e.get("signature"))
        .and_then(|s| signature(s, &format!("{ext_pointer}/signature"), diags));
    Some(Webhooks {
        module,
        event_field,
        events,
        signature,
    })
}

fn events(
    api: &OpenAPI,
    webhooks: &IndexMap<String, PathItem>,
    types: &mut Types<'_>,
    diags: &mut Diagnostics,
) -> Vec<WebhookEvent> {
    let mut names = Names::with_reserved(&["Unknown"]);
    let mut out = Vec::new();
    for (key, item) in webhooks {
        let pointer = format!("/webhooks/{}", escape_token(key));
        let Some((method, op)) = item
            .iter()
            .find(|(m, _)| *m == "post")
            .or_else(|| item.iter().find(|(_, op)| op.request_body.is_some()))
        else {
            diags.warn(pointer, "the webhook has no operation; left out");
            continue;
        };
        let pattern = pattern(key);
        let rust_name = names.unique(&pascal(key));
        let body_pointer = format!("{pointer}/{method}/requestBody");
        let ty = match op.request_body.as_ref().and_then(|b| resolve_body(api, b)) {
            Some(body) => {
                let media = body
                    .content
                    .iter()
                    .find(|(ct, _)| ct.to_ascii_lowercase().contains("json"));
                match media.and_then(|(ct, m)| m.schema.as_ref().map(|s| (ct, s))) {
                    Some((ct, schema)) => types.type_of(
                        schema,
                        &format!("{rust_name}Event"),
                        &format!("{body_pointer}/content/{}/schema", escape_token(ct)),
                        diags,
                    ),
                    None => {
                        diags.warn(
                            &body_pointer,
                            "the webhook body has no JSON schema; its payload is any JSON value",
                        );
                        TypeRef::Any
                    }
                }
            }
            None => {
                diags.warn(
                    &body_pointer,
                    "the webhook has no (resolvable) request body; its payload is any JSON value",
                );
                TypeRef::Any
            }
        };
        let description = op
            .description
            .as_ref()
            .or(op.summary.as_ref())
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty());
        out.push(WebhookEvent {
            key: key.clone(),
            pattern,
            rust_name,
            ty,
            description,
        });
    }
    out
}

fn resolve_body<'a>(
    api: &'a OpenAPI,
    body: &'a ReferenceOr<openapiv3::RequestBody>,
) -> Option<&'a openapiv3::RequestBody> {
    match body {
        ReferenceOr::Item(b) => Some(b),
        ReferenceOr::Reference { reference } => {
            let name = component_name(reference, "requestBodies")?;
            match api.components.as_ref()?.request_bodies.get(&name)? {
                ReferenceOr::Item(b) => Some(b),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

/// The literal pieces around `{placeholders}` (`{dataType}.write.successful` → `["", ".write.successful"]`);
/// empty for a key without placeholders.
fn pattern(key: &str) -> Vec<String> {
    if !key.contains('{') {
        return Vec::new();
    }
    let mut pieces = Vec::new();
    let mut rest = key;
    loop {
        let Some(start) = rest.find('{') else {
            pieces.push(rest.to_owned());
            break;
        };
        let Some(len) = rest[start..].find('}') else {
            pieces.push(rest.to_owned());
            break;
        };
        pieces.push(rest[..start].to_owned());
        rest = &rest[start + len + 1..];
    }
    if pieces.len() < 2 {
        // An unclosed `{`: matched exactly.
        return Vec::new();
    }
    pieces
}

/// The wire names of the fields of a payload struct (through aliases), if it is one.
fn fields_of(types: &Types<'_>, ty: &TypeRef) -> Option<Vec<String>> {
    let TypeRef::Named(id) = types.resolve_named(ty) else {
        return None;
    };
    match &types.defs[id].kind {
        TypeKind::Struct { fields, .. } => {
            Some(fields.iter().map(|f| f.wire_name.clone()).collect())
        }
        _ => None,
    }
}

/// The string-enum values of field `name` of a payload struct.
fn enum_values(types: &Types<'_>, ty: &TypeRef, name: &str) -> Vec<String> {
    let TypeRef::Named(id) = types.resolve_named(ty) else {
        return Vec::new();
    };
    let TypeKind::Struct { fields, .. } = &types.defs[id].kind else {
        return Vec::new();
    };
    let Some(field) = fields.iter().find(|f| f.wire_name == name) else {
        return Vec::new();
    };
    let TypeRef::Named(eid) = types.resolve_named(&field.ty) else {
        return Vec::new();
    };
    match &types.defs[eid].kind {
        TypeKind::Enum { variants, .. } => variants
            .iter()
            .filter_map(|v| v.value.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// The property every payload has whose enum values are the event keys; else the usual name
/// (`type`, `eventType`, ...) most payloads have, the first in that list on a tie; else `type`.
fn infer_event_field(types: &Types<'_>, events: &[WebhookEvent]) -> String {
    let all: Vec<Vec<String>> = events
        .iter()
        .filter_map(|e| fields_of(types, &e.ty))
        .collect();
    if all.is_empty() {
        return "type".into();
    }
    let common: Vec<&String> = all[0]
        .iter()
        .filter(|f| all.iter().all(|fields| fields.contains(f)))
        .collect();
    for field in &common {
        if events
            .iter()
            .all(|e| enum_values(types, &e.ty, field).contains(&e.key))
        {
            return (*field).clone();
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for usual in USUAL_FIELDS {
        let count = all
            .iter()
            .filter(|fields| fields.iter().any(|f| f == usual))
            .count();
        if count > best.map_or(0, |(_, c)| c) {
            best = Some((usual, count));
        }
    }
    best.map_or_else(|| "type".into(), |(f, _)| f.to_owned())
}

fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 256
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// `{id}.{timestamp}.{body}` → parts; `None` for an unknown placeholder or an unclosed `{`.
fn layout(text: &str) -> Result<Vec<PayloadPart>, String> {
    let mut parts = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find('{') {
            Some(0) => {
                let end = rest.find('}').ok_or_else(|| "an unclosed `{`".to_owned())?;
                parts.push(match &rest[1..end] {
                    "id" => PayloadPart::Id,
                    "timestamp" => PayloadPart::Timestamp,
                    "body" => PayloadPart::Body,
                    other => return Err(format!("unknown placeholder `{{{other}}}`; expected {{id}}, {{timestamp}} or {{body}}")),
                });
                rest = &rest[end + 1..];
            }
            Some(start) => {
                parts.push(PayloadPart::Literal(rest[..start].to_owned()));
                rest = &rest[start..];
            }
            None => {
                parts.push(PayloadPart::Literal(rest.to_owned()));
                rest = "";
            }
        }
    }
    if !parts.contains(&PayloadPart::Body) {
        return Err("the layout does not contain `{body}`".into());
    }
    Ok(parts)
}

/// Reads `x-webhooks.signature`; any problem drops the whole declaration with a warning (a
/// verifier that checks the wrong thing is worse than none).
fn signature(value: &Value, pointer: &str, diags: &mut Diagnostics) -> Option<Signature> {
    let Some(map) = value.as_object() else {
        diags.warn(pointer, "`signature` is not an object; ignored");
        return None;
    };
    const KNOWN: [&str; 10] = [
        "scheme",
        "docs",
        "headers",
        "signed_payload",
        "version",
        "encoding",
        "secret",
        "timestamp_format",
        "tolerance",
        "note",
    ];
    for key in map.keys().filter(|k| !KNOWN.contains(&k.as_str())) {
        diags.warn(
            format!("{pointer}/{}", escape_token(key)),
            format!("unknown signature field `{key}`; ignored"),
        );
    }
    let text = |key: &str| map.get(key).and_then(Value::as_str).map(str::to_owned);
    let fail = |diags: &mut Diagnostics, at: &str, message: String| {
        diags.warn(
            format!("{pointer}{at}"),
            format!("{message}; no signature verification is generated"),
        );
        None
    };
    let scheme = match text("scheme").as_deref() {
        Some("standard-webhooks") => SignatureScheme::StandardWebhooks,
        Some("hmac-sha256") => SignatureScheme::HmacSha256,
        Some("none") => SignatureScheme::None,
        other => {
            return fail(
                diags,
                "/scheme",
                format!(
                    "unknown scheme {other:?}; expected standard-webhooks, hmac-sha256 or none"
                ),
            )
        }
    };
    let docs = text("docs");
    let note = text("note")
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty());
    let standard = scheme == SignatureScheme::StandardWebhooks;
    let headers = map.get("headers");
    let header = |name: &str| {
        headers
            .and_then(|h| h.get(name))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    if scheme == SignatureScheme::None {
        return Some(Signature {
            scheme,
            docs,
            note,
            signature_header: String::new(),
            id_header: None,
            timestamp_header: None,
            signed_payload: Vec::new(),
            signature_format: SignatureFormat::Plain,
            encoding: SignatureEncoding::Base64,
            secret: SecretFormat::Raw,
            timestamp_format: TimestampFormat::Unix,
            tolerance_secs: 0,
        });
    }
    let defaulted =
        |name: &str, default: &str| header(name).or_else(|| standard.then(|| default.to_owned()));
    let id_header = defaulted("id", "webhook-id");
    let timestamp_header = defaulted("timestamp", "webhook-timestamp");
    let Some(signature_header) = defaulted("signature", "webhook-signature") else {
        return fail(diags, "/headers", "`headers.signature` is required".into());
    };
    for name in [
        Some(&signature_header),
        id_header.as_ref(),
        timestamp_header.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        if !is_token(name) {
            return fail(diags, "/headers", format!("`{name}` is not a header name"));
        }
    }
    let layout_text = text("signed_payload").unwrap_or_else(|| {
        if standard {
            "{id}.{timestamp}.{body}".into()
        } else {
            "{body}".into()
        }
    });
    let signed_payload = match layout(&layout_text) {
        Ok(parts) => parts,
        Err(message) => return fail(diags, "/signed_payload", message),
    };
    if signed_payload.contains(&PayloadPart::Id) && id_header.is_none() {
        return fail(
            diags,
            "/signed_payload",
            "`{id}` is signed but `headers.id` is not set".into(),
        );
    }
    if signed_payload.contains(&PayloadPart::Timestamp) && timestamp_header.is_none() {
        return fail(
            diags,
            "/signed_payload",
            "`{timestamp}` is signed but `headers.timestamp` is not set".into(),
        );
    }
    if timestamp_header.is_some() && !signed_payload.contains(&PayloadPart::Timestamp) {
        diags.warn(
            format!("{pointer}/signed_payload"),
            "the timestamp header is checked against the tolerance but is not signed",
        );
    }
    let signature_format = match text("version").or_else(|| standard.then(|| "v1".to_owned())) {
        Some(v) if !v.is_empty() && !v.contains([',', ' ']) => SignatureFormat::Versioned(v),
        Some(v) => {
            return fail(
                diags,
                "/version",
                format!("`{v}` is not a signature version"),
            )
        }
        None => SignatureFormat::Plain,
    };
    let encoding = match text("encoding").as_deref() {
        Some("base64") => SignatureEncoding::Base64,
        Some("hex") => SignatureEncoding::Hex,
        None if standard => SignatureEncoding::Base64,
        None => SignatureEncoding::Hex,
        Some(other) => {
            return fail(
                diags,
                "/encoding",
                format!("unknown encoding `{other}`; expected base64 or hex"),
            )
        }
    };
    let secret = match text("secret").as_deref() {
        Some("whsec") => SecretFormat::Whsec,
        Some("raw") => SecretFormat::Raw,
        None if standard => SecretFormat::Whsec,
        None => SecretFormat::Raw,
        Some(other) => {
            return fail(
                diags,
                "/secret",
                format!("unknown secret format `{other}`; expected whsec or raw"),
            )
        }
    };
    let timestamp_format = match text("timestamp_format").as_deref() {
        Some("unix") | None => TimestampFormat::Unix,
        Some("rfc3339") => TimestampFormat::Rfc3339,
        Some(other) => {
            return fail(
                diags,
                "/timestamp_format",
                format!("unknown timestamp format `{other}`; expected unix or rfc3339"),
            )
        }
    };
    let tolerance_secs = match map.get("tolerance") {
        None => DEFAULT_TOLERANCE,
        Some(v) => match v.as_u64().filter(|t| (1..=7 * 24 * 3600).contains(t)) {
            Some(t) => t,
            None => {
                return fail(
                    diags,
                    "/tolerance",
                    format!("`{v}` is not a tolerance in seconds (1 to 604800)"),
                )
            }
        },
    };
    Some(Signature {
        scheme,
        docs,
        note,
        signature_header,
        id_header,
        timestamp_header,
        signed_payload,
        signature_format,
        encoding,
        secret,
        timestamp_format,
        tolerance_secs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert!(pattern("checkout.created").is_empty());
        assert_eq!(
            pattern("{dataType}.write.successful"),
            ["", ".write.successful"]
        );
        assert_eq!(pattern("a.{x}.b.{y}"), ["a.", ".b.", ""]);
        assert!(pattern("a.{x").is_empty());
    }

    #[test]
    fn layouts() {
        assert_eq!(
            layout("{id}.{timestamp}.{body}").unwrap(),
            vec![
                PayloadPart::Id,
                PayloadPart::Literal(".".into()),
                PayloadPart::Timestamp,
                PayloadPart::Literal(".".into()),
                PayloadPart::Body
            ]
        );
        assert!(layout("{timestamp}").is_err());
        assert!(layout("{nonce}{body}").is_err());
        assert!(layout("{body").is_err());
    }

    #[test]
    fn bad_declarations_are_dropped_with_a_warning() {
        let mut diags = Diagnostics::new("t.yaml");
        let bad = serde_json::json!({ "scheme": "hmac-sha256", "signed_payload": "{timestamp}{body}",
            "headers": { "signature": "x-sig" } });
        assert!(signature(&bad, "/x-webhooks/signature", &mut diags).is_none());
        let unknown = serde_json::json!({ "scheme": "rsa" });
        assert!(signature(&unknown, "/x-webhooks/signature", &mut diags).is_none());
        let header = serde_json::json!({ "scheme": "hmac-sha256", "headers": { "signature": "bad header" } });
        assert!(signature(&header, "/x-webhooks/signature", &mut diags).is_none());
        assert_eq!(diags.into_vec().len(), 3);
    }

    fn lowered(doc: serde_json::Value) -> (crate::ir::Api, Vec<crate::diag::Diagnostic>) {
        let mut diags = Diagnostics::new("t.json");
        let bytes = serde_json::to_vec(&doc).unwrap();
        let loaded = crate::load::load(&bytes, &mut diags).expect("loads");
        let api = crate::lower::lower_with_webhooks(
            &loaded.api,
            &loaded.webhooks,
            "t",
            "t.json",
            &mut diags,
        );
        (api, diags.into_vec())
    }

    #[test]
    fn events_share_the_type_space_and_bad_entries_degrade() {
        let body = |schema: serde_json::Value| {
            serde_json::json!({ "post": {
                "requestBody": { "content": { "application/json": { "schema": schema } } },
                "responses": { "200": { "description": "ok" } } } })
        };
        let (api, diags) = lowered(serde_json::json!({
            "openapi": "3.1.0",
            "info": { "title": "T", "version": "1" },
            "paths": {},
            "x-webhooks": { "event_type": "kind", "signature": { "scheme": "standard-webhooks" } },
            "webhooks": {
                "a.created": body(serde_json::json!({ "$ref": "#/components/schemas/A" })),
                "b.broken": { "post": 5 },
                "{thing}.done": body(serde_json::json!({ "type": "object",
                    "properties": { "kind": { "type": "string" }, "n": { "type": "integer" } } })),
            },
            "components": { "schemas": { "A": { "type": "object",
                "properties": { "kind": { "type": "string", "const": "a.created" } } } } }
        }));
        let w = api.webhooks.expect("webhooks");
        let keys: Vec<&str> = w.events.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["a.created", "{thing}.done"]);
        assert_eq!(
            w.events[0].ty,
            TypeRef::Named(0),
            "the component's own type"
        );
        assert_eq!(w.events[1].rust_name, "ThingDone");
        assert_eq!(w.events[1].pattern, ["", ".done"]);
        let TypeRef::Named(id) = w.events[1].ty else {
            panic!("named")
        };
        assert_eq!(api.types[id].rust_name, "ThingDoneEvent");
        assert_eq!(w.event_field, "kind");
        assert_eq!(w.module, "events");
        assert!(w.signature.is_some());
        assert!(
            diags.iter().any(|d| d.pointer == "/webhooks/b.broken"),
            "{diags:?}"
        );
    }

    #[test]
    fn the_event_field_is_inferred_with_a_warning() {
        let (api, diags) = lowered(serde_json::json!({
            "openapi": "3.1.0",
            "info": { "title": "T", "version": "1" },
            "paths": {},
            "webhooks": { "x.y": { "post": {
                "requestBody": { "content": { "application/json": { "schema": { "type": "object",
                    "properties": { "topic": { "type": "string", "enum": ["x.y"] }, "id": { "type": "string" } } } } } },
                "responses": { "200": { "description": "ok" } } } } }
        }));
        assert_eq!(api.webhooks.expect("webhooks").event_field, "topic");
        assert!(
            diags.iter().any(|d| d.pointer == "/x-rust-webhooks"),
            "{diags:?}"
        );
    }

    #[test]
    fn the_usual_field_most_payloads_have_wins_and_the_others_are_named() {
        let with = |field: &str| {
            serde_json::json!({ "post": {
                "requestBody": { "content": { "application/json": { "schema": { "type": "object",
                    "properties": { field: { "type": "string" }, "id": { "type": "string" } } } } } },
                "responses": { "200": { "description": "ok" } } } })
        };
        let (api, diags) = lowered(serde_json::json!({
            "openapi": "3.1.0",
            "info": { "title": "T", "version": "1" },
            "paths": {},
            "webhooks": { "a.one": with("eventType"), "a.two": with("eventType"),
                "Legacy rule": with("RuleType") }
        }));
        assert_eq!(api.webhooks.expect("webhooks").event_field, "eventType");
        assert!(
            diags.iter().any(|d| d.pointer == "/webhooks/Legacy rule"
                && d.message.contains("no `eventType` property")),
            "{diags:?}"
        );
    }

    #[test]
    fn standard_webhooks_defaults() {
        let mut diags = Diagnostics::new("t.yaml");
        let sig = signature(
            &serde_json::json!({ "scheme": "standard-webhooks", "headers": { "id": "svix-id" } }),
            "/x",
            &mut diags,
        )
        .unwrap();
        assert_eq!(sig.id_header.as_deref(), Some("svix-id"));
        assert_eq!(sig.signature_header, "webhook-signature");
        assert_eq!(
            sig.signature_format,
            SignatureFormat::Versioned("v1".into())
        );
        assert_eq!(sig.secret, SecretFormat::Whsec);
        assert_eq!(sig.tolerance_secs, 300);
        assert!(diags.into_vec().is_empty());
    }
}
