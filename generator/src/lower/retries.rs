//! `x-speakeasy-retries` (on the document: the default of every operation; on an operation: its
//! own policy, replacing the document's) → [`RetryPolicy`], and Speakeasy's deprecation
//! extensions → [`Deprecation`].

use indexmap::IndexMap;
use serde_json::Value;

use crate::diag::Diagnostics;
use crate::ir::{Deprecation, Group, RetryPolicy};

/// The key of the extension.
pub const RETRIES: &str = "x-speakeasy-retries";

/// Speakeasy's defaults for fields a policy leaves out.
const INITIAL_MS: u64 = 500;
const MAX_INTERVAL_MS: u64 = 60_000;
const MAX_ELAPSED_MS: u64 = 3_600_000;
const EXPONENT: f64 = 1.5;

/// Reads a retry policy at `pointer` (the extension's value). Malformed parts are warned about and
/// fall back to Speakeasy's defaults; a value that is not an object is ignored with a warning.
pub fn policy(value: &Value, pointer: &str, diags: &mut Diagnostics) -> Option<RetryPolicy> {
    let Value::Object(map) = value else {
        diags.warn(pointer, format!("`{RETRIES}` is not an object; ignored"));
        return None;
    };
    let strategy = map
        .get("strategy")
        .and_then(Value::as_str)
        .unwrap_or("backoff");
    if strategy == "none" {
        // No retries for this operation, whatever the document's default.
        return Some(RetryPolicy {
            initial_interval_ms: INITIAL_MS,
            max_interval_ms: MAX_INTERVAL_MS,
            max_elapsed_ms: 0,
            exponent: EXPONENT,
            statuses: Vec::new(),
            status_classes: Vec::new(),
            connection_errors: false,
        });
    }
    if strategy != "backoff" {
        diags.warn(
            format!("{pointer}/strategy"),
            format!("unknown retry strategy `{strategy}` (expected `backoff`); ignored"),
        );
        return None;
    }
    let backoff = map.get("backoff").and_then(Value::as_object);
    let number = |key: &str, default: f64, diags: &mut Diagnostics| -> f64 {
        match backoff.and_then(|b| b.get(key)) {
            None => default,
            Some(v) => match v.as_f64().filter(|n| n.is_finite() && *n >= 0.0) {
                Some(n) => n,
                None => {
                    diags.warn(
                        format!("{pointer}/backoff/{key}"),
                        format!("`{key}` is not a non-negative number; using {default}"),
                    );
                    default
                }
            },
        }
    };
    let ms = |n: f64| n.round().min(u64::MAX as f64) as u64;
    let initial_interval_ms = ms(number("initialInterval", INITIAL_MS as f64, diags));
    let max_interval_ms = ms(number("maxInterval", MAX_INTERVAL_MS as f64, diags));
    let max_elapsed_ms = ms(number("maxElapsedTime", MAX_ELAPSED_MS as f64, diags));
    let exponent = number("exponent", EXPONENT, diags);
    let mut statuses = Vec::new();
    let mut status_classes = Vec::new();
    let codes = map.get("statusCodes");
    for (i, code) in codes
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let text = match code {
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.trim().to_owned(),
            _ => String::new(),
        };
        let bytes = text.as_bytes();
        match text.parse::<u16>() {
            Ok(c) if (100..=599).contains(&c) => statuses.push(c),
            _ if bytes.len() == 3
                && (b'1'..=b'5').contains(&bytes[0])
                && bytes[1..].eq_ignore_ascii_case(b"xx") =>
            {
                status_classes.push(u16::from(bytes[0] - b'0'))
            }
            _ => diags.warn(
                format!("{pointer}/statusCodes/{i}"),
                format!("`{code}` is not a status code or class (`5XX`); ignored"),
            ),
        }
    }
    if codes.is_some_and(|c| !c.is_array()) {
        diags.warn(
            format!("{pointer}/statusCodes"),
            "`statusCodes` is not a list; no status is retried",
        );
    }
    let connection_errors = match map.get("retryConnectionErrors") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            diags.warn(
                format!("{pointer}/retryConnectionErrors"),
                "`retryConnectionErrors` is not a boolean; taken as false",
            );
            false
        }
    };
    Some(RetryPolicy {
        initial_interval_ms,
        max_interval_ms,
        max_elapsed_ms,
        exponent,
        statuses,
        status_classes,
        connection_errors,
    })
}

/// Speakeasy's deprecation extensions of a deprecated operation (the replacement resolved later,
/// by [`resolve_replacements`]). On an operation that is not deprecated they are ignored with a
/// warning.
pub fn deprecation(
    ext: &IndexMap<String, Value>,
    deprecated: bool,
    pointer: &str,
    diags: &mut Diagnostics,
) -> Option<Deprecation> {
    let text = |key: &str| {
        ext.get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let message = text("x-speakeasy-deprecation-message");
    let replacement = text("x-speakeasy-deprecation-replacement");
    if message.is_none() && replacement.is_none() {
        return None;
    }
    if !deprecated {
        diags.warn(
            pointer,
            "`x-speakeasy-deprecation-*` on an operation that is not `deprecated: true`; ignored",
        );
        return None;
    }
    Some(Deprecation {
        message,
        replacement,
        replacement_method: None,
    })
}

/// Names the Rust method of each replacement operationId that this API has.
pub fn resolve_replacements(groups: &mut [Group]) {
    let methods: Vec<(String, (String, String))> = groups
        .iter()
        .flat_map(|g| {
            g.operations
                .iter()
                .map(|op| (op.id.clone(), (g.rust_name.clone(), op.rust_name.clone())))
        })
        .collect();
    for op in groups.iter_mut().flat_map(|g| g.operations.iter_mut()) {
        let Some(d) = op.deprecation.as_mut() else {
            continue;
        };
        d.replacement_method = d.replacement.as_ref().and_then(|id| {
            methods
                .iter()
                .find(|(other, _)| other == id)
                .map(|(_, m)| m.clone())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_a_policy_with_classes() {
        let mut diags = Diagnostics::new("t");
        let p = policy(
            &json!({"strategy": "backoff", "backoff": {"initialInterval": 10, "maxInterval": 50,
                    "maxElapsedTime": 1000, "exponent": 2}, "statusCodes": [429, "503", "5XX", "x"],
                    "retryConnectionErrors": true}),
            "/x",
            &mut diags,
        )
        .unwrap();
        assert_eq!(diags.into_vec().len(), 1);
        assert_eq!(
            (
                p.initial_interval_ms,
                p.max_interval_ms,
                p.max_elapsed_ms,
                p.exponent
            ),
            (10, 50, 1000, 2.0)
        );
        assert_eq!((p.statuses, p.status_classes), (vec![429, 503], vec![5]));
        assert!(p.connection_errors);
    }

    #[test]
    fn bad_shapes_are_warnings() {
        let mut diags = Diagnostics::new("t");
        assert!(policy(&json!(3), "/x", &mut diags).is_none());
        assert!(policy(&json!({"strategy": "linear"}), "/x", &mut diags).is_none());
        let p = policy(&json!({"backoff": {"exponent": "fast"}}), "/x", &mut diags).unwrap();
        assert_eq!(p.exponent, EXPONENT);
        assert_eq!(diags.into_vec().len(), 3);
    }
}
