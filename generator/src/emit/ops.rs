//! One group of operations → its accessor, request builders and error enums.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use super::layout::{self, List, Text};
use super::responses::{
    decode_error_fn, error_enum, stream_items, success_decode, success_enum, success_type,
};
use super::types::{ty, ty_text, Scope};
use crate::ir::{Api, Encoding, Group, Location, Operation, Param, Style, TypeRef};

/// The module for one group, `inner` (its inner attributes) first; the accessor methods are
/// laid out as text.
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
    let items = group
        .operations
        .iter()
        .map(|op| operation_items(api, group, op));
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
    out.push_str(&super::format(quote!(#(#items)*))?);
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
    layout::list(
        &mut out,
        2,
        "rt::Call::new(self.client.core(), ",
        &value,
        ")",
    );
    out.line(1, "}");
    out.into_string()
}

fn operation_items(api: &Api, group: &Group, op: &Operation) -> TokenStream {
    let builder = format_ident!("{}", op.builder_name);
    let error = format_ident!("{}", op.error_name);
    let accessor = format!("{}::{}", group.type_name, op.rust_name);
    let builder_doc = docs::lines(&[format!(
        "The arguments of [`{accessor}`], which returns them as a [`Call`](crate::runtime::Call): set optional parameters on it, then `.send().await`."
    )]);

    let mut fields = Vec::new();
    let mut setters = Vec::new();
    for p in &op.params {
        let f = format_ident!("{}", p.rust_name);
        let t = ty(api, &p.ty, Scope::Sibling);
        if p.required {
            fields.push(quote!(#f: #t));
        } else {
            fields.push(quote!(#f: Option<#t>));
            let mut lines = p
                .description
                .as_deref()
                .map(docs::sanitize)
                .unwrap_or_default();
            if lines.is_empty() {
                lines.push(format!("Sets the `{}` parameter.", p.wire_name));
            }
            if p.deprecated {
                lines.push(String::new());
                lines.push("**Deprecated** in the spec.".into());
            }
            let doc = docs::lines(&lines);
            let (arg_t, conv) = arg_type(api, &p.ty);
            let (arg_t, conv) = (super::tokens_of(&arg_t), super::tokens_of(conv));
            setters.push(quote! {
                #doc
                pub fn #f(mut self, value: #arg_t) -> Self {
                    self.args.#f = Some(value #conv);
                    self
                }
            });
        }
    }
    if let Some(body) = &op.body {
        let f = format_ident!("{}", body.rust_name);
        let t = ty(api, &body.ty, Scope::Sibling);
        if body.required {
            fields.push(quote!(#f: #t));
        } else {
            fields.push(quote!(#f: Option<#t>));
            let mut lines = body
                .description
                .as_deref()
                .map(docs::sanitize)
                .unwrap_or_default();
            if lines.is_empty() {
                lines.push("Sets the request body.".into());
            }
            let doc = docs::lines(&lines);
            setters.push(quote! {
                #doc
                pub fn #f(mut self, value: #t) -> Self {
                    self.args.#f = Some(value);
                    self
                }
            });
        }
    }

    let (consts, request_fn) = request_fn(api, op);
    let out = success_type(api, op);
    let success_decode = success_decode(op);
    let streaming = stream_items(api, op);
    let decode_error = decode_error_fn(op);
    let pagination = op
        .pagination
        .as_ref()
        .map(|p| super::pagination::paginated_impl(api, op, p));
    let call_impl = (!setters.is_empty()).then(|| {
        quote! {
            impl<'a> rt::Call<'a, #builder> {
                #(#setters)*
            }
        }
    });
    let error_enum = error_enum(api, op);
    let success_enum = success_enum(api, op);

    quote! {
        #builder_doc
        #[derive(Debug, Clone)]
        pub struct #builder {
            #(#fields,)*
        }

        impl rt::Operation for #builder {
            #consts
            type Output = #out;
            type Error = #error;
            #streaming

            #request_fn

            fn decode(response: rt::Response) -> Result<Self::Output, rt::Error<Self::Error>> {
                #success_decode
            }

            #decode_error
        }

        #pagination

        #call_impl

        #success_enum

        #error_enum
    }
}

/// The `runtime::FormStyle` variant of a query parameter or form field style (`simple` has none).
fn style_tokens(style: Style) -> Option<TokenStream> {
    Some(match style {
        Style::FormExploded => quote!(Form { explode: true }),
        Style::Form => quote!(Form { explode: false }),
        Style::SpaceDelimited => quote!(SpaceDelimited),
        Style::PipeDelimited => quote!(PipeDelimited),
        Style::DeepObject => quote!(DeepObject),
        Style::Json => quote!(Json),
        Style::Simple => return None,
    })
}

/// `ID`, `METHOD`, `PATH` and `request` (when the operation has anything to write) of an
/// operation's `Operation` impl.
fn request_fn(api: &Api, op: &Operation) -> (TokenStream, TokenStream) {
    let op_id = &op.id;
    let template = &op.path;
    let method = format_ident!("{}", op.method);
    // Path parameters in the order of their placeholders (each written once).
    let mut stmts = Vec::new();
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
                let f = format_ident!("{}", p.rust_name);
                stmts.push(quote!(request.path_param(#name, &self.#f)?;));
            }
        }
        rest = &rest[start + len + 1..];
    }
    for p in &op.params {
        let f = format_ident!("{}", p.rust_name);
        let wire = &p.wire_name;
        stmts.push(match p.location {
            Location::Query => {
                let style = style_tokens(p.style).unwrap_or(quote!(Form { explode: true }));
                if p.allow_reserved {
                    quote!(request.query_reserved(#wire, &self.#f, rt::FormStyle::#style)?;)
                } else if matches!(p.style, Style::FormExploded | Style::Simple) {
                    quote!(request.query(#wire, &self.#f)?;)
                } else {
                    quote!(request.query_with(#wire, &self.#f, rt::FormStyle::#style)?;)
                }
            }
            Location::Header if p.style == Style::Json => {
                quote!(request.json_header(#wire, &self.#f)?;)
            }
            Location::Header => quote!(request.header(#wire, &self.#f)?;),
            Location::Cookie => quote!(request.cookie(#wire, &self.#f)?;),
            Location::Path => continue,
        });
    }
    if let Some(body) = &op.body {
        let f = format_ident!("{}", body.rust_name);
        let ct = &body.content_type;
        let make = match body.encoding {
            Encoding::Form => {
                let fields = body.fields.iter().filter_map(|f| {
                    let name = &f.name;
                    let style = style_tokens(f.style?)?;
                    Some(quote!((#name, rt::FormStyle::#style)))
                });
                quote!(rt::Body::form(#ct, value, &[#(#fields),*])?)
            }
            Encoding::Text if is_string(api, &body.ty) => {
                quote!(rt::Body::text(#ct, value))
            }
            Encoding::Binary if body.ty == TypeRef::Upload => {
                quote!(rt::Body::upload(#ct, value))
            }
            Encoding::Multipart => super::multipart::parts(api, body),
            _ => quote!(rt::Body::json(#ct, value)?),
        };
        if body.required {
            stmts.push(quote! {
                let value = &self.#f;
                request.body = Some(#make);
            });
        } else {
            stmts.push(quote! {
                if let Some(value) = &self.#f {
                    request.body = Some(#make);
                }
            });
        }
    }
    let mut settings = TokenStream::new();
    if op.retry_non_idempotent {
        settings.extend(quote!(request.retry_non_idempotent = true;));
    }
    settings.extend(super::policy::retry_statement(op));
    if let Some(server) = &op.server {
        settings.extend(quote!(request.server = Some(#server);));
    }
    let security = (!op.security.is_empty()).then(|| {
        let alternatives = op.security.iter().map(|alt| {
            let names = alt.iter().map(|(k, _)| k);
            quote!(&[#(#names),*])
        });
        quote!(const SECURITY: &'static [&'static [&'static str]] = &[#(#alternatives),*];)
    });
    let consts = quote! {
        const ID: &'static str = #op_id;
        const METHOD: rt::Method = rt::Method::#method;
        const PATH: &'static str = #template;
        #security
    };
    if stmts.is_empty() && settings.is_empty() {
        return (consts, TokenStream::new());
    }
    let request = quote! {
        fn request(&self, request: &mut rt::Request) -> Result<(), String> {
            #settings
            #(#stmts)*
            Ok(())
        }
    };
    (consts, request)
}
