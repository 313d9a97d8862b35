//! Compares two IRs operation by operation: the module generated from a published document
//! (plus configuration and overlays) against the one generated from our own spec.
//!
//! Operations are matched by method and path. For each, the comparison covers what a user of
//! the client sees: group and method names, parameters (wire name, location, required), the
//! request body and the success response (content type and top-level fields: wire name,
//! required, shape of the type), the documented error statuses, the deprecation and the
//! pagination. Differences are returned as lines, one each, so a test can print them all.

use std::collections::BTreeSet;

use generator::ir::{Api, Operation, Pagination, Param, TypeKind, TypeRef};

/// Every difference between `ours` (our spec) and `theirs` (the published document), for the
/// operations of `ours`.
pub fn differences(ours: &Api, theirs: &Api) -> Vec<String> {
    let mut out = Vec::new();
    for group in &ours.groups {
        for op in &group.operations {
            let at = format!("{} {}", op.method, op.path);
            let Some((their_group, their_op)) = theirs.groups.iter().find_map(|g| {
                g.operations
                    .iter()
                    .find(|o| o.method == op.method && o.path == op.path)
                    .map(|o| (g, o))
            }) else {
                out.push(format!(
                    "{at}: missing from the published document's module"
                ));
                continue;
            };
            let mut diff = |what: &str, a: String, b: String| {
                if a != b {
                    out.push(format!("{at}: {what}: ours {a}, theirs {b}"));
                }
            };
            diff(
                "group",
                group.rust_name.clone(),
                their_group.rust_name.clone(),
            );
            diff("method", op.rust_name.clone(), their_op.rust_name.clone());
            diff("params", params(op), params(their_op));
            diff("body", body(ours, op), body(theirs, their_op));
            diff("response", response(ours, op), response(theirs, their_op));
            diff("errors", errors(op), errors(their_op));
            diff(
                "deprecated",
                op.deprecated.to_string(),
                their_op.deprecated.to_string(),
            );
            diff(
                "pagination",
                pagination(ours, op),
                pagination(theirs, their_op),
            );
        }
    }
    for group in &theirs.groups {
        for op in &group.operations {
            let ours_has = ours.groups.iter().any(|g| {
                g.operations
                    .iter()
                    .any(|o| o.method == op.method && o.path == op.path)
            });
            if !ours_has {
                out.push(format!(
                    "{} {}: in the published document's module only",
                    op.method, op.path
                ));
            }
        }
    }
    out
}

/// The number of operations in a module.
pub fn operation_count(api: &Api) -> usize {
    api.groups.iter().map(|g| g.operations.len()).sum()
}

fn params(op: &Operation) -> String {
    let set: BTreeSet<String> = op.params.iter().map(param).collect();
    set.into_iter().collect::<Vec<_>>().join(", ")
}

fn param(p: &Param) -> String {
    format!(
        "{}:{:?}{}",
        p.wire_name,
        p.location,
        if p.required { "!" } else { "" }
    )
}

fn errors(op: &Operation) -> String {
    let set: BTreeSet<String> = op
        .errors
        .iter()
        .map(|r| format!("{:?}", r.status))
        .collect();
    set.into_iter().collect::<Vec<_>>().join(", ")
}

fn body(api: &Api, op: &Operation) -> String {
    match &op.body {
        None => "none".into(),
        Some(b) => format!(
            "{}{} {}",
            b.content_type,
            if b.required { "!" } else { "" },
            fields(api, &b.ty)
        ),
    }
}

fn response(api: &Api, op: &Operation) -> String {
    match &op.success.ty {
        None => "none".into(),
        Some(ty) => format!(
            "{} {}",
            op.success.content_type.as_deref().unwrap_or("-"),
            fields(api, ty)
        ),
    }
}

fn pagination(api: &Api, op: &Operation) -> String {
    let param_wire = |rust: &str| {
        op.params
            .iter()
            .find(|p| p.rust_name == rust)
            .map_or_else(|| rust.to_owned(), |p| p.wire_name.clone())
    };
    match &op.pagination {
        None => "none".into(),
        Some(Pagination::Page {
            items,
            page,
            limit,
            item,
            ..
        }) => format!(
            "page items={items:?} page={} limit={:?} item={}",
            param_wire(page),
            limit.as_deref().map(param_wire),
            shape(api, item, 0)
        ),
        Some(Pagination::Offset {
            items,
            offset,
            limit,
            item,
            ..
        }) => format!(
            "offset items={items:?} offset={} limit={:?} item={}",
            param_wire(offset),
            limit.as_deref().map(param_wire),
            shape(api, item, 0)
        ),
        Some(Pagination::Cursor {
            items,
            cursor,
            next_cursor,
            item,
            ..
        }) => format!(
            "cursor items={items:?} cursor={} next={next_cursor} item={}",
            param_wire(cursor),
            shape(api, item, 0)
        ),
        Some(Pagination::NextUrl { items, from, item }) => format!(
            "next-url items={items:?} from={from:?} item={}",
            shape(api, item, 0)
        ),
    }
}

/// The fields of an object type (`name!: shape`, sorted), or the type's shape.
fn fields(api: &Api, ty: &TypeRef) -> String {
    let TypeRef::Named(id) = resolve(api, ty) else {
        return shape(api, ty, 0);
    };
    match &api.types[id].kind {
        TypeKind::Struct {
            fields, additional, ..
        } => {
            let mut list: Vec<String> = fields
                .iter()
                .map(|f| {
                    format!(
                        "{}{}: {}",
                        f.wire_name,
                        if f.required { "!" } else { "" },
                        shape(api, &f.ty, 1)
                    )
                })
                .collect();
            list.sort();
            if let Some(a) = additional {
                list.push(format!("..: {}", shape(api, a, 1)));
            }
            format!("{{{}}}", list.join(", "))
        }
        _ => shape(api, ty, 0),
    }
}

fn resolve(api: &Api, ty: &TypeRef) -> TypeRef {
    let mut ty = ty.clone();
    for _ in 0..64 {
        match &ty {
            TypeRef::Named(id) => match &api.types[*id].kind {
                TypeKind::Alias(inner) => ty = inner.clone(),
                _ => return ty,
            },
            _ => return ty,
        }
    }
    ty
}

/// The shape of a type, independent of the names the two documents give their schemas:
/// scalars by kind, objects by their field names (one level), enums by their values.
fn shape(api: &Api, ty: &TypeRef, depth: usize) -> String {
    match resolve(api, ty) {
        TypeRef::Array(inner) => format!("[{}]", shape(api, &inner, depth)),
        TypeRef::Map(inner) => format!("map<{}>", shape(api, &inner, depth)),
        TypeRef::Nullable(inner) => format!("{}?", shape(api, &inner, depth)),
        TypeRef::Named(id) => match &api.types[id].kind {
            TypeKind::Struct { fields, .. } if depth < 2 => {
                let mut names: Vec<String> = fields
                    .iter()
                    .map(|f| format!("{}{}", f.wire_name, if f.required { "!" } else { "" }))
                    .collect();
                names.sort();
                format!("object{{{}}}", names.join(","))
            }
            TypeKind::Struct { .. } => "object".into(),
            TypeKind::Enum { variants, .. } => {
                let mut values: Vec<String> =
                    variants.iter().map(|v| v.value.to_string()).collect();
                values.sort();
                format!("enum({})", values.join("|"))
            }
            TypeKind::Union { variants, .. } => format!("union/{}", variants.len()),
            TypeKind::Alias(_) => "alias".into(),
        },
        other => format!("{other:?}").to_lowercase(),
    }
}
