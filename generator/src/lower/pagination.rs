//! How a list operation is walked page by page.

use serde_json::Value;

use super::types::Types;
use crate::diag::Diagnostics;
use crate::ir::*;

/// The type found at a dotted path inside `ty` (through struct fields).
fn type_at(types: &Types<'_>, ty: &TypeRef, path: &str) -> Option<TypeRef> {
    let mut current = ty.clone();
    for key in path.split('.').filter(|k| !k.is_empty()) {
        let TypeRef::Named(id) = types.resolve_named(&current) else {
            return None;
        };
        let TypeKind::Struct { fields, .. } = &types.defs[id].kind else {
            return None;
        };
        current = fields.iter().find(|f| f.wire_name == key)?.ty.clone();
    }
    Some(types.resolve_named(&current))
}

pub(super) fn pagination(
    types: &Types<'_>,
    p: &Value,
    params: &[Param],
    success: &Response,
    pointer: &str,
    diags: &mut Diagnostics,
) -> Option<Pagination> {
    let get = |k: &str| p.get(k).and_then(Value::as_str).map(str::to_owned);
    let param_name = |k: &str, diags: &mut Diagnostics| -> Option<String> {
        let wire = get(k)?;
        match params
            .iter()
            .find(|q| q.wire_name == wire && q.location == Location::Query && !q.required)
        {
            Some(q) => Some(q.rust_name.clone()),
            None => {
                diags.warn(format!("{pointer}/{k}"), format!("`{wire}` is not an optional query parameter of this operation; pagination ignored"));
                None
            }
        }
    };
    let items = get("items").unwrap_or_default();
    let item = success
        .ty
        .as_ref()
        .and_then(|ty| type_at(types, ty, &items))
        .and_then(|ty| match ty {
            TypeRef::Array(inner) => Some(*inner),
            _ => None,
        })
        .unwrap_or(TypeRef::Any);
    match get("style").as_deref() {
        Some("page") => Some(Pagination::Page {
            items,
            page: param_name("page", diags)?,
            total_pages: get("total_pages"),
            next_link: get("next_link"),
            limit: get("limit").and_then(|_| param_name("limit", diags)),
            item,
        }),
        Some("offset") => Some(Pagination::Offset {
            items,
            offset: param_name("offset", diags)?,
            limit: get("limit").and_then(|_| param_name("limit", diags)),
            has_more: get("has_more"),
            next_offset: get("next_offset"),
            item,
        }),
        Some("cursor") => Some(Pagination::Cursor {
            items,
            cursor: param_name("cursor", diags)?,
            next_cursor: get("next_cursor")?,
            has_more: get("has_more"),
            clear: p
                .get("clear")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .filter_map(|wire| {
                    let found = params.iter().find(|q| q.wire_name == wire && !q.required);
                    if found.is_none() {
                        diags.warn(
                            format!("{pointer}/clear"),
                            format!("`{wire}` is not an optional parameter of this operation"),
                        );
                    }
                    found.map(|q| q.rust_name.clone())
                })
                .collect(),
            item,
        }),
        other => {
            diags.warn(
                pointer,
                format!("unknown pagination style {other:?}; expected page, offset or cursor"),
            );
            None
        }
    }
}
