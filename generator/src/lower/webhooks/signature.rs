//! The signature scheme declared in `x-rust-webhooks.signature` → [`Signature`]: the scheme's
//! defaults, the headers, the signed payload's layout and how signatures, secrets and timestamps
//! are written.

use serde_json::Value;

use crate::diag::{escape_token, Diagnostics};
use crate::ir::{
    PayloadPart, SecretFormat, Signature, SignatureEncoding, SignatureFormat, SignatureScheme,
    TimestampFormat,
};

const DEFAULT_TOLERANCE: u64 = 300;

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
pub(super) fn signature(
    value: &Value,
    pointer: &str,
    diags: &mut Diagnostics,
) -> Option<Signature> {
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
