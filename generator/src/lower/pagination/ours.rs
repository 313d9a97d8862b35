//! Our own `x-pagination`: the style, the items path and the parameters/fields involved.

use serde_json::Value;

use super::{item_at, Shape};
use crate::diag::Diagnostics;
use crate::ir::*;

pub(super) fn pagination(
    shape: &Shape<'_, '_>,
    p: &Value,
    pointer: &str,
    diags: &mut Diagnostics,
) -> Option<Pagination> {
    let params = shape.params;
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
    let item = item_at(shape, &items).unwrap_or(TypeRef::Any);
    let items = Some(items);
    match get("style").as_deref() {
        Some("page") => Some(Pagination::Page {
            items,
            page: param_name("page", diags)?,
            total_pages: get("total_pages"),
            next_link: get("next_link"),
            limit: get("limit").and_then(|_| param_name("limit", diags)),
            total_items: None,
            item,
        }),
        Some("offset") => Some(Pagination::Offset {
            items,
            offset: param_name("offset", diags)?,
            limit: get("limit").and_then(|_| param_name("limit", diags)),
            has_more: get("has_more"),
            next_offset: get("next_offset"),
            total: None,
            item,
        }),
        Some("cursor") => Some(Pagination::Cursor {
            items,
            cursor: param_name("cursor", diags)?,
            next_cursor: get("next_cursor")?,
            from_last_item: false,
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
            search: None,
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
