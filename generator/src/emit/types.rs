//! Named types → Rust items (structs, enums with an `Unknown` catch-all, unions, aliases).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::layout::{self, Text};
use super::{docs, Item};
use crate::ir::{Api, TypeDef, TypeKind, TypeRef};

/// How named types are spelled where they are used (`Foo` inside `types`, `super::types::Foo` outside).
#[derive(Clone, Copy)]
pub enum Scope {
    /// Inside the `types` module.
    Types,
    /// In a sibling module of `types`.
    Sibling,
}

/// The Rust type for a type reference.
pub fn ty(api: &Api, t: &TypeRef, scope: Scope) -> TokenStream {
    super::tokens_of(&ty_text(api, t, scope))
}

/// [`ty`] as source text, spelled as prettyplease prints it.
pub(super) fn ty_text(api: &Api, t: &TypeRef, scope: Scope) -> String {
    spelled(api, t, Some(scope))
}

/// A type as code spells it in `scope`, or (`None`) as documentation shows it: without the
/// leading `::`, the run time's and the map's paths.
fn spelled(api: &Api, t: &TypeRef, scope: Option<Scope>) -> String {
    let code = scope.is_some();
    let path = |full: &'static str, short: &'static str| if code { full } else { short };
    match t {
        TypeRef::Any => path("::serde_json::Value", "serde_json::Value").into(),
        TypeRef::String => "String".into(),
        TypeRef::I32 => "i32".into(),
        TypeRef::I64 => "i64".into(),
        TypeRef::U32 => "u32".into(),
        TypeRef::U64 => "u64".into(),
        TypeRef::F64 => "f64".into(),
        TypeRef::Bool => "bool".into(),
        TypeRef::Unit => "()".into(),
        TypeRef::Bytes => path("::bytes::Bytes", "bytes::Bytes").into(),
        TypeRef::Upload => path("crate::runtime::Upload", "Upload").into(),
        TypeRef::Array(inner) if matches!(scope, Some(Scope::Types)) && is_object_list(api, t) => {
            format!("crate::runtime::List<{}>", spelled(api, inner, scope))
        }
        TypeRef::Array(inner) => format!("Vec<{}>", spelled(api, inner, scope)),
        TypeRef::Map(inner) => format!(
            "{}<String, {}>",
            path("::std::collections::BTreeMap", "BTreeMap"),
            spelled(api, inner, scope)
        ),
        TypeRef::Nullable(inner) => format!("Option<{}>", spelled(api, inner, scope)),
        TypeRef::Named(id) => {
            let name = &api.types[*id].rust_name;
            match scope {
                Some(Scope::Sibling) => format!("super::types::{name}"),
                Some(Scope::Types) | None => name.clone(),
            }
        }
    }
}

/// Whether `t` contains `target` without a heap indirection (so a field of that type needs a `Box`).
fn reaches(api: &Api, t: &TypeRef, target: usize, seen: &mut Vec<usize>) -> bool {
    match t {
        TypeRef::Nullable(inner) => reaches(api, inner, target, seen),
        TypeRef::Named(id) => {
            if *id == target {
                return true;
            }
            if seen.contains(id) {
                return false;
            }
            seen.push(*id);
            match &api.types[*id].kind {
                TypeKind::Struct { fields, .. } => {
                    fields.iter().any(|f| reaches(api, &f.ty, target, seen))
                }
                TypeKind::Union { variants, .. } => {
                    variants.iter().any(|v| reaches(api, &v.ty, target, seen))
                }
                TypeKind::Alias(inner) => reaches(api, inner, target, seen),
                TypeKind::Enum { .. } => false,
            }
        }
        _ => false,
    }
}

/// Whether a field or variant of type `t` inside named type `owner` needs a `Box`.
pub fn needs_box(api: &Api, t: &TypeRef, owner: usize) -> bool {
    reaches(api, t, owner, &mut Vec::new())
}

/// How a type reads in documentation (`Vec<WebhookEndpoint>`).
pub fn display(api: &Api, t: &TypeRef) -> String {
    spelled(api, t, None)
}

/// The type of a field or branch of type `owner`: boxed where it reaches `owner` again.
pub(super) fn boxed_text(api: &Api, t: &TypeRef, owner: usize) -> String {
    if needs_box(api, t, owner) {
        match t {
            TypeRef::Nullable(n) => format!("Option<Box<{}>>", ty_text(api, n, Scope::Types)),
            _ => format!("Box<{}>", ty_text(api, t, Scope::Types)),
        }
    } else {
        ty_text(api, t, Scope::Types)
    }
}

/// The items of the types `range` (indices into `Api::types`), each with its features' `cfg`.
pub fn items(
    api: &Api,
    plan: &super::features::Plan,
    range: std::ops::Range<usize>,
) -> Result<String, String> {
    let mut out = String::new();
    // Tokens waiting for prettyplease; text is appended in its place, in order. Structs for
    // `object!` wait too: consecutive ones with the same `cfg` go in one invocation (rustc
    // keeps some memory per macro expansion).
    let mut tokens = TokenStream::new();
    let mut objects: Option<(String, String)> = None;
    for id in range {
        // Every item of the type (its impls too) compiles with the parts reaching it.
        let cfg = plan.type_cfg(id);
        for item in one(api, id, &api.types[id]) {
            if let Item::Object(text) = item {
                if !tokens.is_empty() {
                    out.push_str(&super::format(std::mem::take(&mut tokens))?);
                }
                let cfg = plan.type_cfg_text(id);
                match &mut objects {
                    Some((same, structs)) if *same == cfg => structs.push_str(&text),
                    _ => {
                        flush_objects(&mut out, objects.take());
                        objects = Some((cfg, text));
                    }
                }
                continue;
            }
            flush_objects(&mut out, objects.take());
            match item {
                Item::Tokens(item) => tokens.extend(quote!(#cfg #item)),
                Item::Text(text) => {
                    if !tokens.is_empty() {
                        out.push_str(&super::format(std::mem::take(&mut tokens))?);
                    }
                    out.push_str(&plan.type_cfg_text(id));
                    out.push_str(&text);
                }
                Item::Object(_) => {}
            }
        }
    }
    flush_objects(&mut out, objects);
    if !tokens.is_empty() {
        out.push_str(&super::format(tokens)?);
    }
    Ok(out)
}

/// One `rt::object!` of the structs waiting, after their `cfg`.
fn flush_objects(out: &mut String, objects: Option<(String, String)>) {
    if let Some((cfg, structs)) = objects {
        out.push_str(&cfg);
        out.push_str("rt::object! {\n");
        out.push_str(&structs);
        out.push_str("}\n");
    }
}

/// The items of one type: its definition, then its impls.
fn one(api: &Api, id: usize, def: &TypeDef) -> Vec<Item> {
    let mut doc_lines = docs::or_else(def.description.as_deref(), || {
        format!("The schema at `{}` in the spec.", def.origin)
    });
    if def.deprecated {
        if !doc_lines.is_empty() {
            doc_lines.push(String::new());
        }
        doc_lines.push("**Deprecated** in the spec.".into());
    }
    // Structs, enums and aliases are laid out as text; unions (and aliases too long for a line) go
    // through prettyplease.
    let doc = || docs::lines(&doc_lines);
    let name = || format_ident!("{}", def.rust_name);
    match &def.kind {
        TypeKind::Struct {
            fields,
            additional,
            base,
            extended,
        } => super::structs::strukt(
            api,
            id,
            def,
            &doc_lines,
            super::structs::Shape {
                fields,
                additional: additional.as_ref(),
                base: *base,
                extended: *extended,
            },
        ),
        TypeKind::Enum { base, variants } => {
            super::enums::enumeration(&def.rust_name, &doc_lines, *base, variants)
        }
        TypeKind::Union { variants, tag } => vec![Item::Text(union(
            api,
            id,
            &def.rust_name,
            &doc_lines,
            variants,
            tag.as_deref(),
        ))],
        TypeKind::Alias(t) => {
            let line = format!(
                "pub type {} = {};",
                def.rust_name,
                ty_text(api, t, Scope::Types)
            );
            if line.len() <= super::layout::WIDTH {
                return vec![Item::Text(format!("{}{line}\n", docs::text(&doc_lines, 0)))];
            }
            // Too long for one line: prettyplease breaks the type.
            let (doc, name, t) = (doc(), name(), ty(api, t, Scope::Types));
            vec![quote! { #doc pub type #name = #t; }.into()]
        }
    }
}

/// A union: serde's derive when at most one branch is an object and there is no tag, else one
/// `rt::tagged_union!` (every branch lists values of the tag property) or `rt::scored_union!`
/// (branches scored by the payload's keys they name), one line per branch after its docs.
fn union(
    api: &Api,
    id: usize,
    name: &str,
    doc: &[String],
    variants: &[crate::ir::UnionVariant],
    tag: Option<&str>,
) -> String {
    let tagged = tag.filter(|_| variants.iter().all(|v| !v.tag_values.is_empty()));
    let objects = variants
        .iter()
        .filter(|v| struct_field_names(api, &v.ty).is_some())
        .count();
    let mut out = Text::default();
    // Inside a macro (level 1), the docs go in with the enum.
    let (level, open) = match tagged {
        Some(tag) => {
            out.line(0, "rt::tagged_union! {");
            out.lines(&docs::text(doc, 1));
            (1, format!("pub enum {name}({}) {{", layout::string(tag)))
        }
        None if objects >= 2 => {
            out.line(0, "rt::scored_union! {");
            out.lines(&docs::text(doc, 1));
            (1, format!("pub enum {name} {{"))
        }
        None => {
            out.lines(&docs::text(doc, 0));
            out.line(
                0,
                "#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]",
            );
            out.line(0, "#[serde(untagged)]");
            (0, format!("pub enum {name} {{"))
        }
    };
    out.line(level, &open);
    // A tag value names the first variant that lists it (specs do repeat values).
    let mut seen: Vec<&String> = Vec::new();
    for v in variants {
        let t = boxed_text(api, &v.ty, id);
        let shown = |s: &str| s.replace('\n', "\\n").replace('\r', "\\r");
        let (line, listed): (String, Option<Vec<String>>) = match tagged {
            Some(tag) => {
                let values: Vec<String> = v
                    .tag_values
                    .iter()
                    .map(|t| format!("`{}`", shown(t)))
                    .collect();
                let own: Vec<String> = v
                    .tag_values
                    .iter()
                    .filter(|t| !seen.contains(t))
                    .map(|t| layout::string(t))
                    .collect();
                seen.extend(v.tag_values.iter());
                (
                    format!("`{}` is {}.", shown(tag), values.join(" or ")),
                    Some(own),
                )
            }
            None => {
                let fields = (objects >= 2).then(|| {
                    struct_field_names(api, &v.ty)
                        .unwrap_or_default()
                        .iter()
                        .map(|f| layout::string(f))
                        .collect()
                });
                (format!("A `{}`.", v.rust_name), fields)
            }
        };
        out.lines(&docs::text(&[line], level + 1));
        let branch = format!("{}({t})", v.rust_name);
        match listed {
            Some(items) => layout::node_at(
                &mut out,
                level + 1,
                &format!("{branch} = "),
                &layout::Node::atoms("[", &items, "]", false),
                ",",
            ),
            None => out.line(level + 1, &format!("{branch},")),
        }
    }
    out.line(level, "}");
    if level == 1 {
        out.line(0, "}");
    }
    out.into_string()
}

/// The wire names of the fields of `t`, when it is a struct (through aliases and `Option`).
fn struct_field_names(api: &Api, t: &TypeRef) -> Option<Vec<String>> {
    struct_field_names_within(api, t, 32)
}

fn struct_field_names_within(api: &Api, t: &TypeRef, depth: usize) -> Option<Vec<String>> {
    let depth = depth.checked_sub(1)?;
    match t {
        TypeRef::Nullable(inner) => struct_field_names_within(api, inner, depth),
        TypeRef::Named(id) => match &api.types[*id].kind {
            TypeKind::Alias(inner) => struct_field_names_within(api, inner, depth),
            TypeKind::Struct { fields, .. } => {
                Some(fields.iter().map(|f| f.wire_name.clone()).collect())
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether `t`, inside `types`, is a [`crate::ir::Api::object_lists`] list: an array of structs
/// or unions (possibly `null`) in an API that spells those as `runtime::List`.
pub(super) fn is_object_list(api: &Api, t: &TypeRef) -> bool {
    let TypeRef::Array(item) = t else {
        return false;
    };
    let item = match &**item {
        TypeRef::Nullable(inner) => &**inner,
        item => item,
    };
    api.object_lists
        && matches!(item, TypeRef::Named(id) if matches!(
            api.types[api.canonical(*id)].kind,
            TypeKind::Struct { .. } | TypeKind::Union { .. }
        ))
}

/// Whether values of `t` may be `null`, looking through aliases.
pub(super) fn is_nullable(api: &Api, t: &TypeRef) -> bool {
    match t {
        TypeRef::Nullable(_) => true,
        TypeRef::Named(id) => match &api.types[*id].kind {
            TypeKind::Alias(inner) => is_nullable(api, inner),
            _ => false,
        },
        _ => false,
    }
}
