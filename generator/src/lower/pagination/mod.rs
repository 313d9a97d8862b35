//! How a list operation is walked page by page. In order of precedence:
//!
//! 1. our `x-pagination` (`false` turns pagination off, inference included) — `ours.rs`;
//! 2. the vendors' `x-speakeasy-pagination`, then Azure's `x-ms-pageable` — `vendor.rs`;
//! 3. with no extension at all, inferred from the response and request shapes — `infer.rs`.

mod infer;
mod ours;
mod vendor;

use indexmap::IndexMap;
use openapiv3::{OpenAPI, Operation as SpecOp, ReferenceOr, StatusCode};
use serde_json::Value;

use super::types::Types;
use crate::diag::Diagnostics;
use crate::ir::*;
use crate::load::refs::component_name;

/// What the pagination rules look at: the operation's lowered parameters and success response.
pub(super) struct Shape<'a, 'b> {
    pub types: &'a Types<'b>,
    pub params: &'a [Param],
    pub success: &'a Response,
    /// The success response declares a `Link` header.
    pub link_header: bool,
    /// The operation's JSON pointer.
    pub pointer: &'a str,
    /// The operation's path template.
    pub path: &'a str,
}

/// The pagination of one operation, from its extensions (`op.extensions`) or inferred.
pub(super) fn pagination(
    shape: &Shape<'_, '_>,
    extensions: &IndexMap<String, Value>,
    diags: &mut Diagnostics,
) -> Option<Pagination> {
    let at = |name: &str| format!("{}/{name}", shape.pointer);
    match extensions.get("x-pagination") {
        Some(Value::Bool(false)) => return None,
        // `true`: whatever the vendor extensions or the inference say.
        Some(Value::Bool(true)) | None => {}
        Some(p) => return ours::pagination(shape, p, &at("x-pagination"), diags),
    }
    if let Some(p) = extensions.get("x-speakeasy-pagination") {
        return vendor::speakeasy(shape, p, &at("x-speakeasy-pagination"), diags);
    }
    if let Some(p) = extensions.get("x-ms-pageable") {
        return vendor::ms_pageable(shape, p, &at("x-ms-pageable"), diags);
    }
    infer::infer(shape)
}

/// Splits a dotted path the way the run time's `lookup` does: a key equal to the whole rest
/// wins (`@odata.nextLink`), else the shortest key before a dot that exists.
fn step<'f, 'p>(fields: &'f [Field], path: &'p str) -> Option<(&'f Field, Option<&'p str>)> {
    if let Some(f) = fields.iter().find(|f| f.wire_name == path) {
        return Some((f, None));
    }
    path.match_indices('.').find_map(|(i, _)| {
        let f = fields.iter().find(|f| f.wire_name == path[..i])?;
        Some((f, Some(&path[i + 1..])))
    })
}

/// The fields of a struct type, through aliases, `null` and one-branch unions (`oneOf: [$ref]`).
fn fields<'t>(types: &'t Types<'_>, ty: &TypeRef) -> Option<&'t [Field]> {
    let mut ty = types.resolve_named(ty);
    for _ in 0..8 {
        if let Some(fields) = types.struct_fields(&ty) {
            return Some(fields);
        }
        let TypeRef::Named(id) = ty else {
            return None;
        };
        match &types.defs[id].kind {
            TypeKind::Union { variants, .. } if variants.len() == 1 => {
                ty = types.resolve_named(&variants[0].ty);
            }
            _ => return None,
        }
    }
    None
}

/// The type found at a dotted path inside `ty` (through struct fields), resolved.
fn type_at(types: &Types<'_>, ty: &TypeRef, path: &str) -> Option<TypeRef> {
    let mut current = ty;
    let mut rest = Some(path).filter(|p| !p.is_empty());
    while let Some(path) = rest {
        let (field, next) = step(fields(types, current)?, path)?;
        current = &field.ty;
        rest = next;
    }
    Some(types.resolve_named(current))
}

/// The item type of the array at `items` in the success response.
fn item_at(shape: &Shape<'_, '_>, items: &str) -> Option<TypeRef> {
    match type_at(shape.types, shape.success.ty.as_ref()?, items)? {
        TypeRef::Array(inner) => Some(*inner),
        _ => None,
    }
}

fn is_integer(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64
    )
}

/// The optional query parameter named `wire` whose type `fits`.
fn query_param<'p>(
    shape: &Shape<'p, '_>,
    wire: &str,
    fits: impl Fn(&TypeRef) -> bool,
) -> Option<&'p Param> {
    shape.params.iter().find(|q| {
        q.wire_name == wire
            && q.location == Location::Query
            && !q.required
            && fits(&shape.types.resolve_named(&q.ty))
    })
}

/// Names of the items array when the response holds several arrays.
const ITEM_ARRAYS: &[&str] = &[
    "data", "items", "results", "value", "records", "entries", "rows",
];

/// The items array of the response: the response itself, its one array property, or among
/// several the one named like an items array or like the path's last segment
/// (`/v2/activities` → `activities`).
fn items_array(shape: &Shape<'_, '_>, body: &TypeRef) -> Option<(String, TypeRef)> {
    if let TypeRef::Array(item) = shape.types.resolve_named(body) {
        return Some((String::new(), *item));
    }
    let arrays: Vec<(&str, TypeRef)> = fields(shape.types, body)?
        .iter()
        .filter_map(|f| match shape.types.resolve_named(&f.ty) {
            TypeRef::Array(item) => Some((f.wire_name.as_str(), *item)),
            _ => None,
        })
        .collect();
    let segment = shape
        .path
        .rsplit('/')
        .find(|s| !s.is_empty() && !s.starts_with('{'))
        .unwrap_or_default();
    let one = |fits: &dyn Fn(&str) -> bool| {
        let mut named = arrays.iter().filter(|(n, _)| fits(n));
        match (named.next(), named.next()) {
            (Some(one), None) => Some(one.clone()),
            _ => None,
        }
    };
    let (name, item) = one(&|_| true)
        .or_else(|| one(&|n| ITEM_ARRAYS.contains(&n)))
        .or_else(|| one(&|n| n == segment))?;
    Some((name.to_owned(), item))
}

/// Whether the first 2xx response declares a `Link` header.
pub(super) fn declares_link_header(api: &OpenAPI, op: &SpecOp) -> bool {
    let success = op
        .responses
        .responses
        .iter()
        .find_map(|(code, r)| match code {
            StatusCode::Code(200..=299) | StatusCode::Range(2) => Some(r),
            _ => None,
        });
    let response = match success {
        Some(ReferenceOr::Item(r)) => Some(r),
        Some(ReferenceOr::Reference { reference }) => component_name(reference, "responses")
            .and_then(|n| api.components.as_ref()?.responses.get(&*n))
            .and_then(|r| r.as_item()),
        None => None,
    };
    response.is_some_and(|r| r.headers.keys().any(|h| h.eq_ignore_ascii_case("link")))
}
