//! The response side of an operation: its success type and `Decoder` (one type, a success enum
//! chosen by status, or a streamed body), its error enum and how errors are decoded, as text.

use super::docs;
use super::layout::{node_at, Node, Text};
use super::types::{ty_text, Scope};
use crate::ir::{Api, Encoding, Operation, Response, StatusSpec};

fn is_streaming(encoding: Encoding) -> bool {
    matches!(encoding, Encoding::EventStream | Encoding::JsonLines)
}

/// Whether a response has a body to decode.
fn has_body(r: &Response) -> bool {
    r.ty.is_some() && r.encoding != Encoding::Empty
}

/// The `Output` type of an operation.
pub(super) fn success_type(api: &Api, op: &Operation) -> String {
    if let Some(name) = &op.success_enum {
        return name.clone();
    }
    let error = &op.error_name;
    match (&op.success.ty, op.success.encoding) {
        (Some(t), Encoding::EventStream) => {
            format!(
                "rt::EventStream<{}, {error}>",
                ty_text(api, t, Scope::Sibling)
            )
        }
        (Some(t), Encoding::JsonLines) => {
            format!(
                "rt::ItemStream<{}, {error}>",
                ty_text(api, t, Scope::Sibling)
            )
        }
        (Some(t), e) if e != Encoding::Empty => ty_text(api, t, Scope::Sibling),
        _ => "()".into(),
    }
}

/// How one documented response's body is decoded: the `rt` decoder an operation names as its
/// `Decoder`, the `Response` method a success enum's match calls, and the one an error enum's
/// match calls.
struct Decoding {
    decoder: &'static str,
    method: &'static str,
    error_method: &'static str,
}

fn decoding(r: &Response) -> Decoding {
    let (decoder, method, error_method) = if r.by_content_type {
        ("rt::ByContentType", "by_content_type", "content_type_error")
    } else {
        match r.encoding {
            Encoding::Text => ("rt::Text", "text", "text_error"),
            Encoding::Binary => ("rt::Binary", "bytes", "bytes_error"),
            _ => ("rt::Json", "json", "json_error"),
        }
    };
    Decoding {
        decoder,
        method,
        error_method,
    }
}

/// Whether the operation's success enum (when it has one) decodes the success: not when the
/// body is streamed.
fn success_enum_decodes(op: &Operation) -> bool {
    op.success_enum.is_some() && !is_streaming(op.success.encoding)
}

/// The operation's `Decoder`: how its success becomes its `Output` (an `rt` decoder, or its
/// success enum, which decodes itself by status).
pub(super) fn decoder(op: &Operation) -> String {
    match &op.success_enum {
        Some(name) if success_enum_decodes(op) => name.clone(),
        _ if is_streaming(op.success.encoding) => "rt::Streamed".into(),
        _ if !has_body(&op.success) => "rt::Empty".into(),
        _ => decoding(&op.success).decoder.into(),
    }
}

/// A status pattern of a match on the response status.
fn status_pattern(status: &StatusSpec) -> String {
    match status {
        StatusSpec::Code(c) => c.to_string(),
        StatusSpec::Range(c) => format!("{}..={}", c * 100, c * 100 + 99),
        StatusSpec::Default => "_".into(),
    }
}

/// One arm of a match on the status, at `indent`: on one line, or its value in a block when
/// the line would be too long.
fn arm(out: &mut Text, indent: usize, pattern: &str, value: &Node) {
    let line = format!("{pattern} => ");
    if indent * 4 + line.len() + value.flat().len() < super::layout::WIDTH {
        node_at(out, indent, &line, value, ",");
        return;
    }
    out.line(indent, &format!("{line}{{"));
    node_at(out, indent + 1, "", value, "");
    out.line(indent, "}");
}

/// `responses` in the order a `match` on the status tries them: specific codes, then ranges,
/// then `default` (the catch-all arm itself); in the spec's order within each.
fn in_match_order(responses: &[Response]) -> Vec<&Response> {
    let mut ordered: Vec<&Response> = responses.iter().collect();
    ordered.sort_by_key(|r| match r.status {
        StatusSpec::Code(_) => 0,
        StatusSpec::Range(_) => 1,
        StatusSpec::Default => 2,
    });
    ordered
}

/// `rt::Decode` of a success enum, at the top level: the variant chosen by status.
fn decode_success_enum(out: &mut Text, name: &str, op: &Operation) {
    let ordered = in_match_order(&op.successes);
    out.line(0, &format!("impl rt::Decode<Self> for {name} {{"));
    out.line(
        1,
        "fn decode<E>(response: rt::Response) -> Result<Self, rt::Error<E>> {",
    );
    out.line(2, "match response.status.as_u16() {");
    for r in ordered {
        let variant = format!("Self::{}", r.variant);
        let value = if has_body(r) {
            Node::call(
                format!("response.{}().map(", decoding(r).method),
                vec![Node::Atom(variant)],
            )
        } else {
            Node::call("Ok(", vec![Node::Atom(variant)])
        };
        arm(out, 3, &status_pattern(&r.status), &value);
    }
    out.line(3, "_ => Err(response.unexpected()),");
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
}

/// An enum of documented responses, at the top level, with `doc` as its doc line.
fn responses_enum(out: &mut Text, api: &Api, name: &str, doc: String, of: &[Response]) {
    out.lines(&docs::text(&[doc], 0));
    out.line(0, "#[derive(Debug, Clone, PartialEq)]");
    if of.is_empty() {
        out.line(0, &format!("pub enum {name} {{}}"));
        return;
    }
    out.line(0, &format!("pub enum {name} {{"));
    for r in of {
        variant(out, api, r);
    }
    out.line(0, "}");
}

/// The success enum of an operation whose success statuses have different bodies.
pub(super) fn success_enum(out: &mut Text, api: &Api, op: &Operation) {
    if let Some(name) = &op.success_enum {
        let doc = format!(
            "The documented success responses of `{}`, chosen by status code.",
            op.rust_name
        );
        responses_enum(out, api, name, doc, &op.successes);
        if success_enum_decodes(op) {
            decode_success_enum(out, name, op);
        }
    }
}

/// The error enums a group has emitted: (its variants and how they are decoded, as text; the
/// enum's name). An operation whose errors are the same as an earlier one's names that enum.
#[derive(Default)]
pub(super) struct ErrorEnums(Vec<(String, String)>);

/// The error enum of an operation and its `rt::Errors` impl (which decodes a response into the
/// variant for its status), or, when an earlier operation of the group has the same errors, an
/// alias of that one's enum.
pub(super) fn error_enum(out: &mut Text, api: &Api, op: &Operation, seen: &mut ErrorEnums) {
    let mut body = Text::default();
    for r in in_match_order(&op.errors) {
        body.lines(&docs::text(&status_doc(r), 2));
        let payload = match &r.ty {
            Some(t) if has_body(r) => format!("({})", ty_text(api, t, Scope::Sibling)),
            _ => String::new(),
        };
        let method = if has_body(r) {
            decoding(r).error_method
        } else {
            "error"
        };
        let line = format!(
            "{} => {}{payload} = {method},",
            status_pattern(&r.status),
            r.variant
        );
        body.line(2, &line);
    }
    let key = body.into_string();
    let name = &op.error_name;
    if let Some((_, first)) = seen.0.iter().find(|(k, _)| *k == key) {
        out.lines(&docs::text(
            &[format!(
                "The documented error responses of `{}`: the same as [`{first}`]'s.",
                op.rust_name
            )],
            0,
        ));
        out.line(0, &format!("pub type {name} = {first};"));
        return;
    }
    let doc = format!(
        "The documented error responses of `{}`, chosen by status code.",
        op.rust_name
    );
    out.line(0, "rt::errors! {");
    out.lines(&docs::text(&[doc], 1));
    if key.is_empty() {
        out.line(1, &format!("pub enum {name} {{}}"));
    } else {
        out.line(1, &format!("pub enum {name} {{"));
        out.lines(&key);
        out.line(1, "}");
    }
    out.line(0, "}");
    seen.0.push((key, name.clone()));
}

/// The doc lines of a response's variant: its status and description.
fn status_doc(r: &Response) -> Vec<String> {
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
    lines
}

/// One variant of a success enum: its status, description and body type.
fn variant(out: &mut Text, api: &Api, r: &Response) {
    out.lines(&docs::text(&status_doc(r), 1));
    match &r.ty {
        Some(t) if r.encoding != Encoding::Empty => {
            out.line(
                1,
                &format!("{}({}),", r.variant, ty_text(api, t, Scope::Sibling)),
            );
        }
        _ => out.line(1, &format!("{},", r.variant)),
    }
}

/// The expression decoding an operation's streamed success body (`rt::events(..)`,
/// `rt::json_lines(..)`), or `None` when its success body is not a stream.
pub(super) fn stream_decode(api: &Api, op: &Operation) -> Option<String> {
    if op.success_enum.is_some() {
        return None;
    }
    let json = op
        .success
        .ty
        .as_ref()
        .is_some_and(|t| !super::ops::is_string(api, t));
    match op.success.encoding {
        Encoding::EventStream => Some(format!("rt::events(response, {json})")),
        Encoding::JsonLines => Some("rt::json_lines(response)".into()),
        _ => None,
    }
}

/// `decode_stream`, at one level in, of an operation whose success body is a stream (its
/// decoder, `rt::Streamed`, says so).
pub(super) fn stream_items(out: &mut Text, api: &Api, op: &Operation) {
    let Some(make) = stream_decode(api, op) else {
        return;
    };
    out.line(1, "fn decode_stream(");
    out.line(2, "response: ::reqwest::Response,");
    out.line(1, ") -> Result<Self::Output, rt::Error<Self::Error>> {");
    out.line(2, &format!("Ok({make})"));
    out.line(1, "}");
}
