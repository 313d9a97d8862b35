//! What the spec declares about an operation beyond its shape: the retry policy it is sent with
//! and why it is deprecated (the `#[deprecated]` note and the docs' wording).

use proc_macro2::Literal;

use super::layout::{node_at, Node, Text};

use crate::ir::Operation;

/// `request.retry = Some(...);` at `indent`, for an operation with a declared retry policy.
pub fn retry_statement(out: &mut Text, indent: usize, op: &Operation) {
    let Some(p) = &op.retry else {
        return;
    };
    let duration = |ms: u64| format!("::std::time::Duration::from_millis({ms})");
    let args = [
        duration(p.initial_interval_ms),
        duration(p.max_interval_ms),
        duration(p.max_elapsed_ms),
        Literal::f64_unsuffixed(p.exponent).to_string(),
    ];
    let backoff = Node::atoms("rt::RetryConfig::backoff(", &args, ")", false);
    // `backoff` retries nothing: only what the policy lists is added.
    let list = |method: &str, codes: &[u16]| {
        let codes: Vec<String> = codes.iter().map(u16::to_string).collect();
        (!codes.is_empty()).then(|| format!(".{method}(&[{}])", codes.join(", ")))
    };
    let chain: Vec<String> = [
        list("statuses", &p.statuses),
        list("status_classes", &p.status_classes),
        p.connection_errors
            .then(|| ".retry_connection_errors(true)".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let flat = format!("{}{}", backoff.flat(), chain.concat());
    let statement = format!("request.retry = Some({flat});");
    if indent * 4 + statement.len() <= super::layout::WIDTH {
        out.line(indent, &statement);
        return;
    }
    out.line(indent, "request.retry = Some(");
    if (indent + 1) * 4 + flat.len() < super::layout::WIDTH {
        out.line(indent + 1, &format!("{flat},"));
    } else {
        let last = if chain.is_empty() { "," } else { "" };
        node_at(out, indent + 1, "", &backoff, last);
        for (i, call) in chain.iter().enumerate() {
            let comma = if i + 1 == chain.len() { "," } else { "" };
            out.line(indent + 1, &format!("{call}{comma}"));
        }
    }
    out.line(indent, ");");
}

/// A sentence describing the declared retry policy, for the method's docs and the docs pages.
pub fn retry_doc(op: &Operation) -> Option<String> {
    let p = op.retry.as_ref()?;
    let mut what: Vec<String> = p.statuses.iter().map(u16::to_string).collect();
    what.extend(p.status_classes.iter().map(|c| format!("{c}XX")));
    if p.connection_errors {
        what.push("connection errors".into());
    }
    if what.is_empty() || p.max_elapsed_ms == 0 {
        return Some("**Retries**: the API declares that this operation is not retried.".into());
    }
    Some(format!(
        "**Retries**: the API declares a retry policy: retried on {}; the wait starts at {} ms \
         and grows {}× each time up to {} ms; no retry starts after {} ms. `ClientBuilder::retry` \
         or a call's `.retries(...)` replace it.",
        what.join(", "),
        p.initial_interval_ms,
        p.exponent,
        p.max_interval_ms,
        p.max_elapsed_ms
    ))
}

/// How the replacing operation is named: its method (`client.cors().get_cors_settings()`) when
/// this API has it, else its operationId.
fn replacement(op: &Operation) -> Option<String> {
    let d = op.deprecation.as_ref()?;
    match (&d.replacement_method, &d.replacement) {
        (Some((group, method)), _) => Some(format!("`client.{group}().{method}()`")),
        (None, Some(id)) => Some(format!("the operation `{id}`")),
        (None, None) => None,
    }
}

/// `#[deprecated]` with its note, on a deprecated operation's method.
/// (As source text; empty when the operation is not deprecated.)
pub fn attribute_text(op: &Operation) -> String {
    if !op.deprecated {
        return String::new();
    }
    let note = super::layout::string(&note(op));
    // `#[deprecated = "..."]` is the same note; kept where the spec says no more than
    // `deprecated: true`.
    if op.deprecation.is_some() {
        format!("#[deprecated(note = {note})]")
    } else {
        format!("#[deprecated = {note}]")
    }
}

/// The `#[deprecated(note = ...)]` text: the spec's message on one line, then the replacement.
fn note(op: &Operation) -> String {
    let message = op
        .deprecation
        .as_ref()
        .and_then(|d| d.message.as_deref())
        .map(|m| m.split_whitespace().collect::<Vec<_>>().join(" "));
    let mut note = message.unwrap_or_else(|| "the API marks this operation as deprecated".into());
    if let Some(r) = replacement(op) {
        if !note.ends_with(['.', '!', '?']) {
            note.push('.');
        }
        note.push_str(&format!(" Use {r} instead."));
    }
    note
}

/// The Markdown paragraphs saying why it is deprecated (the message as given, then the
/// replacement), for rustdoc and the docs pages.
pub fn doc_text(op: &Operation) -> String {
    let mut text = op
        .deprecation
        .as_ref()
        .and_then(|d| d.message.clone())
        .unwrap_or_else(|| "the API marks this operation as deprecated.".into());
    if let Some(r) = replacement(op) {
        text.push_str(&format!("\n\nUse {r} instead."));
    }
    text
}
