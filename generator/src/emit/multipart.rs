//! The parts of a `multipart/form-data` request body: one part per property of the body's
//! struct (files for `format: binary` properties, text or JSON for the others), each with the
//! content type its `encoding` entry declares.

use super::layout::{node_at, string, Node, Text};
use crate::ir::{Api, Body, TypeKind, TypeRef};

/// What a property holds, as far as parts go.
enum Holds {
    File,
    Files,
    Value,
}

fn holds(api: &Api, t: &TypeRef) -> Holds {
    match t {
        TypeRef::Upload => Holds::File,
        TypeRef::Array(inner) if matches!(holds(api, inner), Holds::File) => Holds::Files,
        TypeRef::Named(id) => match &api.types[*id].kind {
            TypeKind::Alias(inner) => holds(api, inner),
            _ => Holds::Value,
        },
        _ => Holds::Value,
    }
}

/// `request.body = Some({ ... });` at `indent`: a block encoding `value` (a reference to the
/// body) as parts.
pub(super) fn parts(out: &mut Text, indent: usize, api: &Api, body: &Body) {
    let content_type = |wire: &str| match body
        .fields
        .iter()
        .find(|f| f.name == wire)
        .and_then(|f| f.content_type.as_deref())
    {
        Some(ct) => format!("Some({})", string(ct)),
        None => "None".into(),
    };
    let fields = match &body.ty {
        TypeRef::Named(id) => match &api.types[*id].kind {
            TypeKind::Struct {
                fields,
                additional: None,
                ..
            } => Some(fields),
            _ => None,
        },
        _ => None,
    };
    out.line(indent, "request.body = Some({");
    let at = indent + 1;
    out.line(at, "let mut parts = rt::Multipart::new();");
    let Some(fields) = fields else {
        // No declared properties: every top-level entry of the value is a part.
        out.line(at, "parts.entries(value)?;");
        out.line(at, "rt::Body::Multipart(parts)");
        out.line(indent, "});");
        return;
    };
    for f in fields.iter().filter(|f| !f.read_only) {
        let wire = string(&f.wire_name);
        let name = &f.rust_name;
        let ct = content_type(&f.wire_name);
        let optional = !f.required || f.write_only;
        let call = |value: &str| {
            Node::atoms(
                "parts.file(",
                &[wire.clone(), value.to_owned(), ct.clone()],
                ")",
                false,
            )
        };
        match (holds(api, &f.ty), optional) {
            (Holds::File, false) => node_at(out, at, "", &call(&format!("&value.{name}")), ";"),
            (Holds::File, true) => {
                out.line(at, &format!("if let Some(file) = &value.{name} {{"));
                node_at(out, at + 1, "", &call("file"), ";");
                out.line(at, "}");
            }
            (Holds::Files, false) => {
                out.line(at, &format!("for file in &value.{name} {{"));
                node_at(out, at + 1, "", &call("file"), ";");
                out.line(at, "}");
            }
            (Holds::Files, true) => {
                out.line(at, &format!("for file in value.{name}.iter().flatten() {{"));
                node_at(out, at + 1, "", &call("file"), ";");
                out.line(at, "}");
            }
            (Holds::Value, _) => {
                let args = [wire.clone(), format!("&value.{name}"), ct.clone()];
                node_at(
                    out,
                    at,
                    "",
                    &Node::atoms("parts.value(", &args, ")", false),
                    "?;",
                );
            }
        }
    }
    out.line(at, "rt::Body::Multipart(parts)");
    out.line(indent, "});");
}
