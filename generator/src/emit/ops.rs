//! One group of operations → its accessor, request builders and error enums.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use super::layout::{self, Node, Text};
use super::responses::{
    decoder, error_enum, stream_decode, stream_items, success_enum, success_type, ErrorEnums,
};
use super::types::{ty_text, Scope};
use crate::ir::{Api, Body, Encoding, Group, Location, Operation, Param, Style, TypeRef};

/// The module for one group, `inner` (its inner attributes) first; everything after the
/// accessor struct (its operations, then their enums and `Paginated` impls) is laid out as
/// text.
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
    // The operations whose `request` is a call per argument, and the others (see
    // `own_request`), each one `rt::operations!`; then their other items.
    let (mut calls, mut own, mut items) = (Text::default(), Text::default(), Text::default());
    let mut errors = ErrorEnums::default();
    for (op, example) in group.operations.iter().zip(examples) {
        let ops = if own_request(api, op) {
            &mut own
        } else {
            &mut calls
        };
        operation(ops, api, group, op, example);
        other_items(&mut items, api, op, &mut errors);
    }
    for ops in [calls, own] {
        let ops = ops.into_string();
        if !ops.is_empty() {
            out.push_str(&format!(
                "rt::operations! {{\n    impl {type_name};\n{ops}}}\n"
            ));
        }
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

/// The method on the group that starts a call, as `operations!` takes it, at one level in: its
/// docs and attributes, then `pub fn name(arg: Type, ..);`, the required arguments (a string as
/// `impl Into<String> = into`), the body last.
fn accessor_method(out: &mut Text, api: &Api, op: &Operation, example: &str) {
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
    let mut args = Vec::new();
    for p in required_params(op) {
        let (t, conv) = arg_type(api, &p.ty);
        let into = if conv.is_empty() { "" } else { " = into" };
        args.push(format!("{}: {t}{into}", p.rust_name));
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        let t = ty_text(api, &body.ty, Scope::Sibling);
        args.push(format!("{}: {t}", body.rust_name));
    }
    out.line(1, &format!("pub fn {}({});", op.rust_name, args.join(", ")));
}

/// An operation in `rt::operations!`, at one level in: its method on the group, its arguments
/// struct (a line per argument with how the request writes it), its endpoint and types, its
/// setters.
fn operation(out: &mut Text, api: &Api, group: &Group, op: &Operation, example: &str) {
    let builder = &op.builder_name;
    let accessor = format!("{}::{}", group.type_name, op.rust_name);
    accessor_method(out, api, op, example);
    out.lines(&docs::text(&[format!(
        "The arguments of [`{accessor}`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`."
    )], 1));
    // Written by `request` from one call per field, unless the operation needs its own.
    let own = own_request(api, op);
    let mut fields = Vec::new();
    let mut setters = Text::default();
    for p in in_request_order(op) {
        let t = ty_text(api, &p.ty, Scope::Sibling);
        let ty = if p.required {
            t
        } else {
            format!("Option<{t}>")
        };
        let how = (!own)
            .then(|| param_call(p, &op.path))
            .flatten()
            .map(|(method, args)| format!("{method}({})", args.join(", ")));
        fields.push(field_line(&p.rust_name, &ty, how));
        if p.required {
            continue;
        }
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
        let write = if body.required {
            "json_body"
        } else {
            "optional_json_body"
        };
        let how = (!own).then(|| format!("{write}({})", layout::string(&body.content_type)));
        if body.required {
            fields.push(field_line(&body.rust_name, &t, how));
        } else {
            fields.push(field_line(&body.rust_name, &format!("Option<{t}>"), how));
            let lines = docs::or_else(body.description.as_deref(), || {
                "Sets the request body.".into()
            });
            setter(&mut setters, &lines, &body.rust_name, &t, false);
        }
    }
    if fields.is_empty() {
        out.line(1, &format!("pub struct {builder} {{}}"));
    } else {
        out.line(1, &format!("pub struct {builder} {{"));
        for f in &fields {
            out.line(2, &format!("{f},"));
        }
        out.line(1, "}");
    }
    let types = format!(
        "-> {}, {}, {}",
        success_type(api, op),
        op.error_name,
        decoder(op)
    );
    let mut items = Text::default();
    if own {
        request_fn(&mut items, api, op);
        stream_items(&mut items, api, op);
    }
    let items = items.into_string();
    let end = match (own, items.is_empty()) {
        (false, _) => ";",
        (true, true) => " {}",
        (true, false) => " {",
    };
    let endpoint = endpoint(op);
    let line = format!("{endpoint} {types}{end}");
    if 4 + line.len() <= layout::WIDTH {
        out.line(1, &line);
    } else {
        out.line(1, &endpoint);
        out.line(2, &format!("{types}{end}"));
    }
    if !items.is_empty() {
        for line in items.lines() {
            out.line(1, line);
        }
        out.line(1, "}");
    }
    let setters = setters.into_string();
    if !setters.is_empty() {
        out.line(1, "setters {");
        out.lines(&setters);
        out.line(1, "}");
    }
}

/// An operation's items after `rt::operations!`, at the top level: its `Paginated` impl, its
/// success and error enums.
fn other_items(out: &mut Text, api: &Api, op: &Operation, errors: &mut ErrorEnums) {
    if let Some(p) = &op.pagination {
        super::pagination::paginated_impl(out, api, op, p);
    }
    success_enum(out, api, op);
    error_enum(out, api, op, errors);
}

/// `name: ty` and, when the generated `request` writes it, ` = how(..)`.
fn field_line(name: &str, ty: &str, how: Option<String>) -> String {
    match how {
        Some(how) => format!("{name}: {ty} = {how}"),
        None => format!("{name}: {ty}"),
    }
}

/// Whether the operation gives the items of its `Operation` impl itself (which `operations!`
/// takes as they are) rather than a `request` of one call per field: it has settings of its own
/// (retry policy, server), a body other than JSON, decodes a stream,
/// or has no arguments (and so no `request`).
fn own_request(api: &Api, op: &Operation) -> bool {
    let body = op
        .body
        .as_ref()
        .is_some_and(|b| body_write(api, b) != BodyWrite::Json);
    let nothing = op.params.is_empty() && op.body.is_none();
    body || nothing
        || stream_decode(api, op).is_some()
        || op.retry_non_idempotent
        || op.retry.is_some()
        || op.server.is_some()
}

/// How a request body is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BodyWrite {
    /// `request.json_body(..)`: JSON, or any encoding without a writer of its own.
    Json,
    Form,
    Text,
    Upload,
    Multipart,
}

fn body_write(api: &Api, b: &Body) -> BodyWrite {
    match b.encoding {
        Encoding::Form => BodyWrite::Form,
        Encoding::Text if is_string(api, &b.ty) => BodyWrite::Text,
        Encoding::Binary if b.ty == TypeRef::Upload => BodyWrite::Upload,
        Encoding::Multipart => BodyWrite::Multipart,
        _ => BodyWrite::Json,
    }
}

/// The parameters in the order the request writes them: those of the path in the order of
/// their placeholders, then the others (a path parameter without a placeholder, which is not
/// written, among them).
fn in_request_order(op: &Operation) -> Vec<&Param> {
    let mut out: Vec<&Param> = Vec::new();
    for name in placeholders(&op.path) {
        let found = op
            .params
            .iter()
            .find(|p| p.location == Location::Path && p.wire_name == name);
        if let Some(p) = found.filter(|p| !out.iter().any(|o| std::ptr::eq(*o, *p))) {
            out.push(p);
        }
    }
    for p in &op.params {
        if !out.iter().any(|o| std::ptr::eq(*o, p)) {
            out.push(p);
        }
    }
    out
}

/// The names between braces in a path template, in order.
fn placeholders(path: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}

/// The request's method that writes a parameter and its arguments before the value
/// (`query`, `["\"page\""]`), or `None` for a path parameter without a placeholder.
fn param_call(p: &Param, path: &str) -> Option<(&'static str, Vec<String>)> {
    let mut args = vec![layout::string(&p.wire_name)];
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
        Location::Path if placeholders(path).contains(&p.wire_name.as_str()) => "path_param",
        Location::Path => return None,
    };
    Some((method, args))
}

/// The endpoint as `operations!` takes it: `get("id", "/path")`, and `.security(..)` with the
/// alternatives of security schemes it accepts. `op.method` is one of a path item's eight.
fn endpoint(op: &Operation) -> String {
    let method = op.method.to_ascii_lowercase();
    let mut out = format!(
        "{method}({}, {})",
        layout::string(&op.id),
        layout::string(&op.path)
    );
    if !op.security.is_empty() {
        let alternatives: Vec<String> = op
            .security
            .iter()
            .map(|alt| {
                let names: Vec<String> = alt.iter().map(|(k, _)| layout::string(k)).collect();
                format!("&[{}]", names.join(", "))
            })
            .collect();
        out.push_str(&format!(".security(&[{}])", alternatives.join(", ")));
    }
    out
}

/// A setter's line in the `setters` of `operations!`, at two levels in: `doc`, then `name: t,`,
/// which sets the argument to `Some(value)`, or with `into`, `name: t = into,` (to
/// `Some(value.into())`).
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
    for p in in_request_order(op) {
        if let Some((method, mut args)) = param_call(p, &op.path) {
            args.push(format!("&self.{}", p.rust_name));
            request_call(&mut body, method, &args);
        }
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
        let statement = match body_write(api, b) {
            BodyWrite::Form => {
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
            BodyWrite::Text => Some(set(Node::call("rt::Body::text(", args(&[&ct, "value"])))),
            BodyWrite::Upload => Some(set(Node::call("rt::Body::upload(", args(&[&ct, "value"])))),
            BodyWrite::Multipart => None,
            BodyWrite::Json => Some(("", Node::call("request.json_body(", args(&[&ct, "value"])))),
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
