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
use crate::ir::{TypeKind, TypeRef, WebhookEvent, Webhooks};
use crate::load::refs::component_name;

mod signature;

use signature::signature;

const EXTENSION: &str = "x-rust-webhooks";
/// The old spelling of [`EXTENSION`] (when it holds our fields, not path items: see the loader).
const OLD_EXTENSION: &str = "x-webhooks";
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
            match api.components.as_ref()?.request_bodies.get(&*name)? {
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
    let fields = types.struct_fields(ty)?;
    Some(fields.iter().map(|f| f.wire_name.clone()).collect())
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
}
