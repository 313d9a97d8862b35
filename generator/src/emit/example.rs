//! A usage example per operation, compiled as a rustdoc example and shown in the Markdown docs.
//!
//! Required arguments get placeholder values built from their types (structs with their required
//! fields, the first enum variant, `None` for optional fields), so every example compiles.

use super::layout::{self, node_overflowing_at, Node, Text};
use crate::ir::{Api, Group, Operation, SecurityKind, TypeKind, TypeRef};

const MAX_DEPTH: usize = 6;

/// `node` written after `prefix` (`name: value`, `Some(value)`'s opening stays with the value).
fn prefixed(prefix: &str, node: Node) -> Node {
    match node {
        Node::Atom(text) => Node::Atom(format!("{prefix}{text}")),
        Node::List {
            open,
            items,
            close,
            padded,
        } => Node::List {
            open: format!("{prefix}{open}"),
            items,
            close,
            padded,
        },
    }
}

fn atom(text: impl Into<String>) -> Node {
    Node::Atom(text.into())
}

/// A placeholder value of type `t`, spelled as users outside the crate would; `in_types`: `t` is
/// spelled inside `types` (a field, variant or alias), where lists of objects may be
/// `runtime::List`s.
fn value(api: &Api, krate: &str, t: &TypeRef, hint: &str, depth: usize, in_types: bool) -> Node {
    match t {
        TypeRef::Any => atom("::serde_json::json!({})"),
        TypeRef::String => atom(format!(
            "{}.to_owned()",
            layout::string(&format!("<{hint}>"))
        )),
        TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64 => atom("10"),
        TypeRef::F64 => atom("1.0"),
        TypeRef::Bool => atom("true"),
        TypeRef::Unit => atom("()"),
        TypeRef::Bytes => atom("::bytes::Bytes::from_static(b\"...\")"),
        TypeRef::Upload => atom(format!(
            "{krate}::runtime::Upload::path(\"<path to the file>\")"
        )),
        TypeRef::Array(_) if in_types && super::types::is_object_list(api, t) => match t {
            TypeRef::Array(inner) if depth < MAX_DEPTH => Node::List {
                open: "vec![".into(),
                items: vec![value(api, krate, inner, hint, depth + 1, in_types)],
                close: "].into()".into(),
                padded: false,
            },
            _ => atom("Default::default()"),
        },
        TypeRef::Array(inner) if depth < MAX_DEPTH => Node::List {
            open: "vec![".into(),
            items: vec![value(api, krate, inner, hint, depth + 1, in_types)],
            close: "]".into(),
            padded: false,
        },
        TypeRef::Array(_) => atom("Vec::new()"),
        TypeRef::Map(_) => atom("::std::collections::BTreeMap::new()"),
        TypeRef::Nullable(_) => atom("None"),
        TypeRef::Named(named) => {
            // Spelled with the name the spec gives, also when that is an alias of another
            // type of the same shape (`types::UpdateRequest { .. }` for `CreateRequest`).
            let path = format!("{}::types::{}", api.module, api.types[*named].rust_name);
            let id = api.canonical(*named);
            match &api.types[id].kind {
                TypeKind::Alias(inner) => value(api, krate, inner, hint, depth, true),
                TypeKind::Enum { variants, .. } => match variants.first() {
                    Some(v) => atom(format!("{path}::{}", v.rust_name)),
                    None => atom(format!("{path}::Unknown(Default::default())")),
                },
                TypeKind::Union { variants, .. } => match variants.first() {
                    Some(v) if depth < MAX_DEPTH => {
                        let inner = value(api, krate, &v.ty, hint, depth + 1, true);
                        let boxed = boxed_if_needed(api, &v.ty, id, inner);
                        Node::call(format!("{path}::{}(", v.rust_name), vec![boxed])
                    }
                    _ => atom("::serde_json::from_value(::serde_json::json!({})).unwrap()"),
                },
                TypeKind::Struct {
                    fields: all,
                    additional,
                    base,
                    ..
                } => {
                    let own = super::structs::own_fields(api, all, *base);
                    let mut items: Vec<Node> = Vec::new();
                    items.extend(own.fields.iter().map(|f| {
                        let name = format!("{}: ", f.rust_name);
                        if f.required
                            && !f.read_only
                            && !matches!(f.ty, TypeRef::Nullable(_))
                            && depth < MAX_DEPTH
                        {
                            let v = value(api, krate, &f.ty, &f.wire_name, depth + 1, true);
                            let v = boxed_if_needed(api, &f.ty, id, v);
                            if f.write_only {
                                prefixed(&name, Node::call("Some(", vec![v]))
                            } else {
                                prefixed(&name, v)
                            }
                        } else {
                            atom(format!("{name}None"))
                        }
                    }));
                    // The base in its place, as the struct declares it.
                    if let Some((field, b)) = &own.base {
                        let v = value(api, krate, &TypeRef::Named(*b), hint, depth, true);
                        items.insert(own.before, prefixed(&format!("{field}: "), v));
                    }
                    if additional.is_some() {
                        let taken = all.iter().any(|f| f.rust_name == "additional_properties");
                        let name = if taken {
                            "additional_properties_"
                        } else {
                            "additional_properties"
                        };
                        items.push(atom(format!("{name}: Default::default()")));
                    }
                    Node::List {
                        open: format!("{path} {{"),
                        items,
                        close: "}".into(),
                        padded: true,
                    }
                }
            }
        }
    }
}

fn boxed_if_needed(api: &Api, t: &TypeRef, owner: usize, v: Node) -> Node {
    if super::types::needs_box(api, t, owner) && !matches!(t, TypeRef::Nullable(_)) {
        Node::call("Box::new(", vec![v])
    } else {
        v
    }
}

/// The credential call of the client builder, if it takes one.
fn auth(api: &Api, op: &Operation) -> Option<String> {
    let scheme = op
        .security
        .first()
        .and_then(|alt| alt.first())
        .and_then(|(key, _)| api.security_schemes.iter().find(|s| &s.key == key))?;
    let f = &scheme.rust_name;
    Some(match &scheme.kind {
        SecurityKind::Bearer { .. } => ".bearer_token(\"<access token>\")".to_owned(),
        SecurityKind::Basic => format!(".{f}(\"<user name>\", \"<password>\")"),
        SecurityKind::ApiKey { .. } => format!(".{f}(\"<api key>\")"),
    })
}

/// A method chain `head.a().b(..)`: on one line at `indent` when it fits, else `head` on the
/// first line and each link on a line of its own a level deeper (`after` on the last).
fn chain(out: &mut Text, indent: usize, before: &str, head: &str, links: &[Node], after: &str) {
    let flat: String = links.iter().map(Node::flat).collect();
    if indent * 4 + before.len() + head.len() + flat.len() + after.len() <= layout::WIDTH {
        out.line(indent, &format!("{before}{head}{flat}{after}"));
        return;
    }
    out.line(indent, &format!("{before}{head}"));
    for (i, link) in links.iter().enumerate() {
        let last = if i + 1 == links.len() { after } else { "" };
        node_overflowing_at(out, indent + 1, "", link, last);
    }
}

/// Every operation's example, per group (in the IR's order): made once, in parallel, for both
/// the rustdoc of the operation and its Markdown page.
pub fn all(api: &Api, crate_ident: &str) -> Vec<Vec<String>> {
    use rayon::prelude::*;
    api.groups
        .par_iter()
        .map(|group| {
            group
                .operations
                .iter()
                .map(|op| example(api, group, op, crate_ident))
                .collect()
        })
        .collect()
}

/// The example's statements, as Rust source (no surrounding function), laid out as they would
/// be inside one (a level in, then dedented).
pub fn example(api: &Api, group: &Group, op: &Operation, crate_ident: &str) -> String {
    let module = &api.module;
    let mut args = Vec::new();
    for p in op.params.iter().filter(|p| p.required) {
        args.push(match &p.ty {
            TypeRef::String => atom(layout::string(&format!("<{}>", p.wire_name))),
            ty => value(api, crate_ident, ty, &p.wire_name, 0, false),
        });
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        args.push(value(api, crate_ident, &body.ty, "body", 0, false));
    }
    let streams = op.success_enum.is_none()
        && matches!(
            op.success.encoding,
            crate::ir::Encoding::EventStream | crate::ir::Encoding::JsonLines
        );
    let mut out = Text::default();
    if op.pagination.is_some() || streams {
        out.line(1, "use futures_util::StreamExt;");
    }
    out.line(1, &format!("use {crate_ident}::{module};"));
    let builder: Vec<Node> = auth(api, op)
        .into_iter()
        .chain([".build()".to_owned()])
        .map(Node::Atom)
        .collect();
    let client_head = format!("{module}::Client::builder()");
    chain(&mut out, 1, "let client = ", &client_head, &builder, ";");
    if op.deprecated {
        out.line(1, "#[allow(deprecated)]");
    }
    let mut links = vec![
        atom(format!(".{}()", group.rust_name)),
        Node::call(format!(".{}(", op.rust_name), args),
    ];
    if op.pagination.is_some() {
        links.push(atom(".items()"));
        let flat: String = links.iter().map(Node::flat).collect();
        let line = format!("let mut items = std::pin::pin!(client{flat});");
        if 4 + line.len() <= layout::WIDTH {
            out.line(1, &line);
        } else {
            out.line(1, "let mut items = std::pin::pin!(");
            chain(&mut out, 2, "", "client", &links, "");
            out.line(1, ");");
        }
        each(&mut out, "items");
    } else {
        links.extend([atom(".send()"), atom(".await?")]);
        let name = if streams { "mut stream" } else { "response" };
        chain(
            &mut out,
            1,
            &format!("let {name} = "),
            "client",
            &links,
            ";",
        );
        if streams {
            each(&mut out, "stream");
        } else {
            out.line(1, "println!(\"{response:?}\");");
        }
    }
    let text = out.into_string();
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect();
    lines.join("\n")
}

/// The loop that prints each item of `stream`.
fn each(out: &mut Text, stream: &str) {
    out.line(
        1,
        &format!("while let Some(item) = {stream}.next().await {{"),
    );
    out.line(2, "let item = item?;");
    out.line(2, "println!(\"{item:?}\");");
    out.line(1, "}");
}

/// The example as a rustdoc section: hidden wrapper lines so it compiles as a doctest.
pub fn doc_lines(example: &str) -> Vec<String> {
    let mut lines = vec![
        "# Example".to_owned(),
        String::new(),
        "```no_run".to_owned(),
    ];
    lines.push("# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_owned());
    lines.extend(example.lines().map(str::to_owned));
    lines.push("# Ok(())".to_owned());
    lines.push("# }".to_owned());
    lines.push("```".to_owned());
    lines
}
