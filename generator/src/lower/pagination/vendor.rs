//! The vendors' pagination extensions: Speakeasy's `x-speakeasy-pagination` (`offsetLimit`,
//! `cursor`, `url`; outputs as JSONPath into the response) and Azure's `x-ms-pageable`
//! (`nextLinkName`, `itemName`).

use serde_json::Value;

use super::{is_integer, item_at, items_array, query_param, Shape};
use crate::diag::Diagnostics;
use crate::ir::*;

/// A JSONPath of the dotted subset (`$`, `$.a.b`) as our dotted path (`""`, `a.b`).
fn dotted(path: &str) -> Option<String> {
    let rest = path.strip_prefix('$')?;
    if rest.is_empty() {
        return Some(String::new());
    }
    let rest = rest.strip_prefix('.')?;
    let simple = |key: &str| {
        !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '@' | '$'))
    };
    rest.split('.').all(simple).then(|| rest.to_owned())
}

/// `$.items[-1].id`: the path of the items and the field of the last one.
fn last_item(path: &str) -> Option<(String, String)> {
    let (items, field) = path.split_once("[-1]")?;
    let items = dotted(items)?;
    let field = dotted(&format!("${field}"))?;
    (!field.is_empty()).then_some((items, field))
}

pub(super) fn speakeasy(
    shape: &Shape<'_, '_>,
    p: &Value,
    pointer: &str,
    diags: &mut Diagnostics,
) -> Option<Pagination> {
    let output = |key: &str, diags: &mut Diagnostics| -> Option<String> {
        let path = p.get("outputs")?.get(key)?.as_str()?;
        let found = dotted(path);
        if found.is_none() {
            diags.warn(
                format!("{pointer}/outputs/{key}"),
                format!("`{path}` is not a dotted JSONPath (`$.a.b`); output ignored"),
            );
        }
        found
    };
    // The request parameter of the input of this `type`.
    let input = |kind: &str, fits: fn(&TypeRef) -> bool, diags: &mut Diagnostics| {
        let inputs = p.get("inputs").and_then(Value::as_array)?;
        let (i, found) = inputs
            .iter()
            .enumerate()
            .find(|(_, i)| i.get("type").and_then(Value::as_str) == Some(kind))?;
        let name = found
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let place = found.get("in").and_then(Value::as_str).unwrap_or_default();
        let param = (place == "parameters")
            .then(|| query_param(shape, name, fits))
            .flatten();
        if param.is_none() {
            diags.warn(
                format!("{pointer}/inputs/{i}"),
                format!("`{name}` (in {place}) is not an optional query parameter of the expected type; pagination ignored"),
            );
        }
        Some(param.map(|q| q.rust_name.clone()))
    };
    let is_string = |ty: &TypeRef| *ty == TypeRef::String;
    let kind = p.get("type").and_then(Value::as_str);
    // With no `results` output, the response's items array; with none declared either (a
    // free-form object), the extension is the document's word: the items are looked for at run
    // time, decoded as JSON values.
    let mut items = match p.get("outputs").and_then(|o| o.get("results")) {
        Some(_) => Some(output("results", diags)?),
        None => shape
            .success
            .ty
            .as_ref()
            .and_then(|body| items_array(shape, body))
            .map(|(items, _)| items),
    };
    let pagination = match kind {
        Some("offsetLimit") => {
            let limit = input("limit", is_integer, diags).flatten();
            if let Some(page) = input("page", is_integer, diags) {
                Pagination::Page {
                    items: items.clone(),
                    page: page?,
                    total_pages: output("numPages", diags),
                    next_link: None,
                    limit,
                    total_items: None,
                    item: TypeRef::Any,
                }
            } else if let Some(offset) = input("offset", is_integer, diags) {
                Pagination::Offset {
                    items: items.clone(),
                    offset: offset?,
                    limit,
                    has_more: None,
                    next_offset: None,
                    total: None,
                    item: TypeRef::Any,
                }
            } else {
                diags.warn(
                    format!("{pointer}/inputs"),
                    "offsetLimit pagination without a `page` or `offset` input; ignored",
                );
                return None;
            }
        }
        Some("cursor") => {
            let Some(cursor) = input("cursor", is_string, diags) else {
                diags.warn(
                    format!("{pointer}/inputs"),
                    "cursor pagination without a `cursor` input; ignored",
                );
                return None;
            };
            let raw = p.get("outputs")?.get("nextCursor")?.as_str()?;
            let (next_cursor, from_last_item) = match last_item(raw) {
                Some((of, field)) => {
                    items = Some(of);
                    (field, true)
                }
                None => (output("nextCursor", diags)?, false),
            };
            Pagination::Cursor {
                items: items.clone(),
                cursor: cursor?,
                next_cursor,
                from_last_item,
                has_more: None,
                clear: Vec::new(),
                search: None,
                item: TypeRef::Any,
            }
        }
        Some("url") => Pagination::NextUrl {
            items: items.clone(),
            from: UrlSource::Body(output("nextUrl", diags)?),
            item: TypeRef::Any,
        },
        other => {
            diags.warn(
                format!("{pointer}/type"),
                format!("unknown pagination type {other:?}; expected offsetLimit, cursor or url"),
            );
            return None;
        }
    };
    Some(with_item(shape, pagination, pointer, diags))
}

pub(super) fn ms_pageable(
    shape: &Shape<'_, '_>,
    p: &Value,
    pointer: &str,
    diags: &mut Diagnostics,
) -> Option<Pagination> {
    // `nextLinkName: null` (or none): the list is one page.
    let next = p.get("nextLinkName").and_then(Value::as_str)?;
    let items = Some(
        p.get("itemName")
            .and_then(Value::as_str)
            .unwrap_or("value")
            .to_owned(),
    );
    let pagination = Pagination::NextUrl {
        items,
        from: UrlSource::Body(next.to_owned()),
        item: TypeRef::Any,
    };
    Some(with_item(shape, pagination, pointer, diags))
}

/// Fills in the item type from the items path, warning when it is not an array.
fn with_item(
    shape: &Shape<'_, '_>,
    mut pagination: Pagination,
    pointer: &str,
    diags: &mut Diagnostics,
) -> Pagination {
    let (Pagination::Page { items, item, .. }
    | Pagination::Offset { items, item, .. }
    | Pagination::Cursor { items, item, .. }
    | Pagination::NextUrl { items, item, .. }) = &mut pagination;
    let Some(path) = items else {
        diags.warn(
            pointer,
            "no `results` output and no items array declared in the response; the items are the \
             body's only array found at run time, decoded as JSON values",
        );
        return pagination;
    };
    match item_at(shape, path) {
        Some(found) => *item = found,
        None => diags.warn(
            pointer,
            format!("the response has no array at `{path}`; items are decoded as JSON values"),
        ),
    }
    pagination
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_subset() {
        assert_eq!(dotted("$").as_deref(), Some(""));
        assert_eq!(dotted("$.items").as_deref(), Some("items"));
        assert_eq!(
            dotted("$.meta.after_cursor").as_deref(),
            Some("meta.after_cursor")
        );
        assert_eq!(dotted("$.a[0].b"), None);
        assert_eq!(dotted("$..id"), None);
        assert_eq!(dotted("$['a']"), None);
        assert_eq!(dotted("items"), None);
        assert_eq!(
            last_item("$.data[-1].id"),
            Some(("data".to_owned(), "id".to_owned()))
        );
        assert_eq!(last_item("$.data[0].id"), None);
    }
}
