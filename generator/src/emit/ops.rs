//! One group of operations → its accessor, request builders and error enums.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use super::layout::{self, List, Node, Text};
use super::responses::{decoder, error_enum, stream_items, success_enum, success_type, ErrorEnums};
use super::types::{ty_text, Scope};
use crate::ir::{Api, Encoding, Group, Location, Operation, Param, Style, TypeRef};

/// The module for one group, `inner` (its inner attributes) first; everything after the
/// accessor struct (its methods, then each operation's items) is laid out as text.
/// `examples`: the operations' examples ([`super::example::all`]), in order.
pub fn group(
    api: &Api,
    group: &Group,
    examples: &[String],
    inner: TokenStream,
) -> Result<String, String> {
    let type_name = format_ident!("{}", group.type_name);
    let accessor_doc = docs::lines(&[format!(
        "The `{}` operations. Get it with [`Client::{}`](super::Client::{}).",
        group.tag.as_deref().unwrap_or(&group.rust_name),
        group.rust_name,
        group.rust_name
    )]);
    let mut out = super::format(quote! {
        #inner
        use crate::runtime as rt;

        #accessor_doc
        #[derive(Debug, Clone, Copy)]
        pub struct #type_name<'a> {
            pub(crate) client: &'a super::Client,
        }
    })?;
    out.push_str(&format!("impl<'a> {type_name}<'a> {{\n"));
    for (op, example) in group.operations.iter().zip(examples) {
        out.push_str(&accessor_method(api, op, example));
    }
    out.push_str("}\n");
    let mut items = Text::default();
    let mut errors = ErrorEnums::default();
    for op in &group.operations {
        operation_items(&mut items, api, group, op, &mut errors);
    }
    out.push_str(&items.into_string());
    Ok(out)
}

/// The doc lines of an operation: summary, description, method and path, deprecation.
pub fn op_doc_lines(op: &Operation) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(summary) = op.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        lines.extend(docs::sanitize(summary));
    }
    if let Some(description) = op
        .description
        .as_deref()
        .filter(|d| Some(d.trim()) != op.summary.as_deref().map(str::trim))
    {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(docs::sanitize(description));
    }
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(format!("`{} {}`", op.method, op.path));
    lines
}

/// Whether `t` is `String`, directly or through aliases.
pub(super) fn is_string(api: &Api, t: &TypeRef) -> bool {
    match t {
        TypeRef::String => true,
        TypeRef::Named(id) => match &api.types[*id].kind {
            crate::ir::TypeKind::Alias(inner) => is_string(api, inner),
            _ => false,
        },
        _ => false,
    }
}

/// An argument's type and how it becomes the field's value, as source text.
fn arg_type(api: &Api, t: &TypeRef) -> (String, &'static str) {
    if is_string(api, t) {
        ("impl Into<String>".into(), ".into()")
    } else {
        (ty_text(api, t, Scope::Sibling), "")
    }
}

fn required_params(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(|p| p.required)
}

/// The method on the group that starts a call, as text at one level in.
fn accessor_method(api: &Api, op: &Operation, example: &str) -> String {
    let mut lines = op_doc_lines(op);
    if op.deprecated {
        lines.push(String::new());
        let text = format!("**Deprecated**: {}", super::policy::doc_text(op));
        lines.extend(docs::sanitize(&text));
    }
    if let Some(text) = super::policy::retry_doc(op) {
        lines.push(String::new());
        lines.push(text);
    }
    if !example.is_empty() {
        lines.push(String::new());
        lines.extend(super::example::doc_lines(example));
    }
    let mut out = Text::default();
    out.lines(&docs::text(&lines, 1));
    let deprecated = super::policy::attribute_text(op);
    // A note too long for the line goes on a line of its own, as prettyplease puts it.
    let long_note = deprecated
        .strip_prefix("#[deprecated(")
        .and_then(|rest| rest.strip_suffix(")]"))
        .filter(|_| 4 + deprecated.len() > layout::WIDTH);
    if let Some(note) = long_note {
        out.line(1, "#[deprecated(");
        out.line(2, note);
        out.line(1, ")]");
    } else if !deprecated.is_empty() {
        out.line(1, &deprecated);
    }
    let mut args = vec!["&self".to_string()];
    let mut inits = Vec::new();
    for p in required_params(op) {
        let arg = &p.rust_name;
        let (t, conv) = arg_type(api, &p.ty);
        args.push(format!("{arg}: {t}"));
        if conv.is_empty() {
            inits.push(arg.clone());
        } else {
            inits.push(format!("{arg}: {arg}{conv}"));
        }
    }
    for p in op.params.iter().filter(|p| !p.required) {
        inits.push(format!("{}: None", p.rust_name));
    }
    if let Some(body) = &op.body {
        let arg = &body.rust_name;
        if body.required {
            let t = ty_text(api, &body.ty, Scope::Sibling);
            args.push(format!("{arg}: {t}"));
            inits.push(arg.clone());
        } else {
            inits.push(format!("{arg}: None"));
        }
    }
    let signature = List {
        open: &format!("pub fn {}(", op.rust_name),
        items: &args,
        close: ")",
        padded: false,
    };
    let builder = &op.builder_name;
    layout::list(
        &mut out,
        1,
        "",
        &signature,
        &format!(" -> rt::Call<'a, {builder}> {{"),
    );
    let value = List {
        open: &format!("{builder} {{"),
        items: &inits,
        close: "}",
        padded: true,
    };
    layout::list(&mut out, 2, "self.client.core().call(", &value, ")");
    out.line(1, "}");
    out.into_string()
}

/// An operation's own items, at the top level: its arguments struct, `Operation` impl,
/// `Paginated` impl, setters on `Call`, and its success and error enums.
fn operation_items(
    out: &mut Text,
    api: &Api,
    group: &Group,
    op: &Operation,
    errors: &mut ErrorEnums,
) {
    let builder = &op.builder_name;
    let accessor = format!("{}::{}", group.type_name, op.rust_name);
    out.lines(&docs::text(&[format!(
        "The arguments of [`{accessor}`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`."
    )], 0));
    out.line(0, "#[derive(Clone)]");
    let mut fields = Vec::new();
    let mut setters = Text::default();
    for p in &op.params {
        let t = ty_text(api, &p.ty, Scope::Sibling);
        if p.required {
            fields.push(format!("{}: {t}", p.rust_name));
            continue;
        }
        fields.push(format!("{}: Option<{t}>", p.rust_name));
        let mut lines = docs::or_else(p.description.as_deref(), || {
            format!("Sets the `{}` parameter.", p.wire_name)
        });
        if p.deprecated {
            lines.push(String::new());
            lines.push("**Deprecated** in the spec.".into());
        }
        let (arg_t, conv) = arg_type(api, &p.ty);
        setter(&mut setters, &lines, &p.rust_name, &arg_t, !conv.is_empty());
    }
    if let Some(body) = &op.body {
        let t = ty_text(api, &body.ty, Scope::Sibling);
        if body.required {
            fields.push(format!("{}: {t}", body.rust_name));
        } else {
            fields.push(format!("{}: Option<{t}>", body.rust_name));
            let lines = docs::or_else(body.description.as_deref(), || {
                "Sets the request body.".into()
            });
            setter(&mut setters, &lines, &body.rust_name, &t, false);
        }
    }
    if fields.is_empty() {
        out.line(0, &format!("pub struct {builder} {{}}"));
    } else {
        out.line(0, &format!("pub struct {builder} {{"));
        for f in &fields {
            out.line(1, &format!("{f},"));
        }
        out.line(0, "}");
    }

    out.line(0, &format!("impl rt::Operation for {builder} {{"));
    endpoint(out, op);
    out.line(1, &format!("type Output = {};", success_type(api, op)));
    out.line(1, &format!("type Error = {};", op.error_name));
    out.line(1, &format!("type Decoder = {};", decoder(op)));
    stream_items(out, api, op);
    request_fn(out, api, op);
    out.line(0, "}");
    if let Some(p) = &op.pagination {
        super::pagination::paginated_impl(out, api, op, p);
    }
    let setters = setters.into_string();
    if !setters.is_empty() {
        out.line(0, "rt::setters! {");
        out.line(1, &format!("{builder} {{"));
        out.lines(&setters);
        out.line(1, "}");
        out.line(0, "}");
    }
    success_enum(out, api, op);
    error_enum(out, api, op, errors);
}

/// `const ENDPOINT`, at one level in: the operation's id, method and path, and the security it
/// accepts (`.security(..)`, on a line of its own when the whole does not fit on one, as rustfmt
/// breaks a chain after a call laid out on several lines).
fn endpoint(out: &mut Text, op: &Operation) {
    let before = "const ENDPOINT: rt::Endpoint = ";
    // `op.method` is one of a path item's eight (upper case), each an `Endpoint` constructor.
    let method = op.method.to_ascii_lowercase();
    let atoms = [layout::string(&op.id), layout::string(&op.path)];
    let new = Node::atoms(&format!("rt::Endpoint::{method}("), &atoms, ")", false);
    if op.security.is_empty() {
        if !layout::assign_flat(out, 1, before, &new.flat(), ";") {
            layout::node_at(out, 1, before, &new, ";");
        }
        return;
    }
    let alternatives = op
        .security
        .iter()
        .map(|alt| {
            let names: Vec<String> = alt.iter().map(|(k, _)| layout::string(k)).collect();
            Node::atoms("&[", &names, "]", false)
        })
        .collect();
    let list = Node::List {
        open: "&[".into(),
        items: alternatives,
        close: "]".into(),
        padded: false,
    };
    let security = Node::call(".security(", vec![list]);
    if layout::assign_flat(
        out,
        1,
        before,
        &format!("{}{}", new.flat(), security.flat()),
        ";",
    ) {
        return;
    }
    layout::node_at(out, 1, before, &new, "");
    layout::node_overflowing_at(out, 1, "", &security, ";");
}

/// A setter's line in `rt::setters!`, at two levels in: `doc`, then `name: t,`, which sets the
/// argument to `Some(value)`, or with `into`, `name: t = into,` (to `Some(value.into())`).
fn setter(out: &mut Text, doc: &[String], name: &str, t: &str, into: bool) {
    out.lines(&docs::text(doc, 2));
    let into = if into { " = into" } else { "" };
    out.line(2, &format!("{name}: {t}{into},"));
}

/// The `runtime::FormStyle` of a query parameter or form field style (`simple` has none).
fn style_text(style: Style) -> Option<&'static str> {
    Some(match style {
        Style::FormExploded => "rt::FormStyle::Form { explode: true }",
        Style::Form => "rt::FormStyle::Form { explode: false }",
        Style::SpaceDelimited => "rt::FormStyle::SpaceDelimited",
        Style::PipeDelimited => "rt::FormStyle::PipeDelimited",
        Style::DeepObject => "rt::FormStyle::DeepObject",
        Style::Json => "rt::FormStyle::Json",
        Style::Simple => return None,
    })
}

/// `request.{method}(args);` at two levels in (the request keeps the reason an argument cannot
/// be sent).
fn request_call(out: &mut Text, method: &str, args: &[String]) {
    let call = Node::atoms(&format!("request.{method}("), args, ")", false);
    layout::node_at(out, 2, "", &call, ";");
}

/// `request` of an operation's `Operation` impl, at one level in, when the operation has
/// anything to write.
fn request_fn(out: &mut Text, api: &Api, op: &Operation) {
    let mut body = Text::default();
    if op.retry_non_idempotent {
        body.line(2, "request.retry_non_idempotent = true;");
    }
    super::policy::retry_statement(&mut body, 2, op);
    if let Some(server) = &op.server {
        body.line(
            2,
            &format!("request.server = Some({});", layout::string(server)),
        );
    }
    // Path parameters in the order of their placeholders (each written once).
    let mut written: Vec<&str> = Vec::new();
    let mut rest = op.path.as_str();
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + len];
        if let Some(p) = op
            .params
            .iter()
            .find(|p| p.location == Location::Path && p.wire_name == name)
        {
            if !written.contains(&name) {
                written.push(name);
                let args = [layout::string(name), format!("&self.{}", p.rust_name)];
                request_call(&mut body, "path_param", &args);
            }
        }
        rest = &rest[start + len + 1..];
    }
    for p in &op.params {
        let mut args = vec![
            layout::string(&p.wire_name),
            format!("&self.{}", p.rust_name),
        ];
        let method = match p.location {
            Location::Query => {
                // `form` exploded is how `query` writes (and what `simple` means here).
                let plain = matches!(p.style, Style::FormExploded | Style::Simple);
                let method = match (p.allow_reserved, plain) {
                    (true, _) => "query_reserved",
                    (false, true) => "query",
                    (false, false) => "query_with",
                };
                if method != "query" {
                    let style = style_text(p.style).or(style_text(Style::FormExploded));
                    args.extend(style.map(str::to_owned));
                }
                method
            }
            Location::Header if p.style == Style::Json => "json_header",
            Location::Header => "header",
            Location::Cookie => "cookie",
            Location::Path => continue,
        };
        request_call(&mut body, method, &args);
    }
    if let Some(b) = &op.body {
        let indent = if b.required {
            body.line(2, &format!("let value = &self.{};", b.rust_name));
            2
        } else {
            body.line(2, &format!("if let Some(value) = &self.{} {{", b.rust_name));
            3
        };
        let ct = layout::string(&b.content_type);
        let args = |list: &[&str]| -> Vec<Node> {
            list.iter().map(|a| Node::Atom(a.to_string())).collect()
        };
        // The statement writing the body: `request.body = Some(..)` with an encoded body, or a
        // call of the request's own (which keeps the reason a body cannot be encoded: no `?`).
        let set = |make: Node| ("request.body = ", Node::call("Some(", vec![make]));
        let statement = match b.encoding {
            Encoding::Form => {
                let fields: Vec<String> = b
                    .fields
                    .iter()
                    .filter_map(|f| {
                        let style = style_text(f.style?)?;
                        Some(format!("({}, {style})", layout::string(&f.name)))
                    })
                    .collect();
                let mut items = args(&[&ct, "value"]);
                items.push(Node::atoms("&[", &fields, "]", false));
                Some(set(Node::List {
                    open: "rt::Body::form(".into(),
                    items,
                    close: ")?".into(),
                    padded: false,
                }))
            }
            Encoding::Text if is_string(api, &b.ty) => {
                Some(set(Node::call("rt::Body::text(", args(&[&ct, "value"]))))
            }
            Encoding::Binary if b.ty == TypeRef::Upload => {
                Some(set(Node::call("rt::Body::upload(", args(&[&ct, "value"]))))
            }
            Encoding::Multipart => None,
            _ => Some(("", Node::call("request.json_body(", args(&[&ct, "value"])))),
        };
        match statement {
            Some((before, node)) => layout::node_at(&mut body, indent, before, &node, ";"),
            None => super::multipart::parts(&mut body, indent, api, b),
        }
        if !b.required {
            body.line(2, "}");
        }
    }
    let body = body.into_string();
    if body.is_empty() {
        return;
    }
    out.line(
        1,
        "fn request(&self, request: &mut rt::Request) -> Result<(), String> {",
    );
    out.lines(&body);
    out.line(2, "Ok(())");
    out.line(1, "}");
}
