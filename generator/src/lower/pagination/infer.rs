//! Pagination inferred from the shapes real APIs use, when no extension says anything.
//!
//! Conservative: an operation is paginated only when its success response holds an array of
//! items and, for the styles that feed a response value back into the request, the request has
//! that parameter (optional, in the query, of the right type). The names are data (the tables
//! below), tried in order; the first style that matches wins:
//!
//! 1. a declared `Link` response header (`rel="next"`, RFC 8288) → follow the URL;
//! 2. a token or cursor in the body → a request parameter;
//! 3. `has_more` and the last item's `id` → `starting_after`;
//! 4. a page number with a page count, a total, or a next-page field;
//! 5. an offset with a total or `has_more`;
//! 6. a next-page URL in the body → follow the URL;
//! 7. a cursor parameter (`page[after]`) with a companion (`page[before]`, `page[size]`) when the
//!    response declares no cursor at all → the cursor is looked for at run time.

use super::{fields, is_integer, items_array, query_param, type_at, Shape};
use crate::ir::*;

/// Objects of the response that hold the paging fields, besides the response itself.
const CONTAINERS: &[&str] = &["", "meta", "pagination", "response_metadata"];

/// A token in the response (any of the first) fed into a request parameter (any of the second).
const TOKENS: &[(&[&str], &[&str])] = &[
    (
        &["nextPageToken", "next_page_token"],
        &["pageToken", "page_token"],
    ),
    (
        &["next_cursor", "nextCursor", "after_cursor", "afterCursor"],
        &["cursor", "page[after]", "after"],
    ),
];

/// Parameters that walk backwards, dropped once a cursor is followed.
const BACKWARDS: &[&str] = &["page[before]", "before", "ending_before"];

/// "More pages" booleans.
const HAS_MORE: &[&str] = &["has_more", "hasMore"];

/// The parameter fed with the last item's `id`.
const AFTER_ID: &[&str] = &["starting_after"];

const PAGE: &[&str] = &["page", "page_number", "pageNumber"];
const PAGE_SIZE: &[&str] = &["per_page", "page_size", "pageSize", "limit", "page[size]"];
const OFFSET: &[&str] = &["offset", "skip"];
const LIMIT: &[&str] = &["limit", "per_page", "page_size", "pageSize"];
const PAGE_COUNT: &[&str] = &[
    "total_pages",
    "totalPages",
    "num_pages",
    "numPages",
    "max_page",
    "page_count",
    "pageCount",
    "last_page",
];
const TOTAL: &[&str] = &[
    "total",
    "total_count",
    "totalCount",
    "total_items",
    "totalItems",
    "total_results",
    "totalResults",
];
/// A field present (not null) while there is a next page.
const NEXT_PAGE: &[&str] = &["next_page", "nextPage"];
/// A next-page URL: a string, or an object with an `href`.
const NEXT_URL: &[&str] = &[
    "next",
    "next_url",
    "nextUrl",
    "nextLink",
    "next_link",
    "@odata.nextLink",
    "links.next",
    "_links.next",
];

pub(super) fn infer(shape: &Shape<'_, '_>) -> Option<Pagination> {
    let body = shape.success.ty.as_ref()?;
    let (items, item) = items_array(shape, body)?;
    let items = Some(items);
    let has = |path: &str, fits: &dyn Fn(&TypeRef) -> bool| {
        type_at(shape.types, body, path).is_some_and(|t| fits(&t))
    };
    // The first `name` found in one of the containers, as a dotted path. A body without fields
    // (a bare array, say) has none of them; a container none of whose fields is named `c` or
    // `c.…` has none of them in it (the paths are not even spelled).
    let body_fields = fields(shape.types, body).unwrap_or_default();
    let spelled = |c: &str| {
        c.is_empty()
            || body_fields.iter().any(|f| {
                let rest = f.wire_name.strip_prefix(c);
                rest.is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
            })
    };
    let containers: Vec<&str> = if body_fields.is_empty() {
        Vec::new()
    } else {
        CONTAINERS.iter().copied().filter(|c| spelled(c)).collect()
    };
    let find = |names: &[&str], fits: &dyn Fn(&TypeRef) -> bool| {
        containers.iter().find_map(|c| {
            names.iter().find_map(|n| {
                let path = if c.is_empty() {
                    (*n).to_owned()
                } else {
                    format!("{c}.{n}")
                };
                has(&path, fits).then_some(path)
            })
        })
    };
    let param = |names: &[&str], fits: &dyn Fn(&TypeRef) -> bool| {
        names
            .iter()
            .find_map(|n| query_param(shape, n, fits))
            .map(|q| q.rust_name.clone())
    };
    let string = |t: &TypeRef| *t == TypeRef::String;
    let boolean = |t: &TypeRef| *t == TypeRef::Bool;
    let integer = |t: &TypeRef| is_integer(t);
    let url = |t: &TypeRef| {
        *t == TypeRef::String
            || fields(shape.types, t).is_some_and(|f| {
                f.iter().any(|f| {
                    f.wire_name == "href" && shape.types.resolve_named(&f.ty) == TypeRef::String
                })
            })
    };
    let any = |_: &TypeRef| true;
    let has_more = find(HAS_MORE, &boolean);

    if shape.link_header {
        return Some(Pagination::NextUrl {
            items,
            from: UrlSource::LinkHeader,
            item,
        });
    }
    for (outputs, inputs) in TOKENS {
        if let (Some(next_cursor), Some(cursor)) = (find(outputs, &string), param(inputs, &string))
        {
            let clear = BACKWARDS
                .iter()
                .filter_map(|n| query_param(shape, n, any))
                .map(|q| q.rust_name.clone())
                .collect();
            return Some(Pagination::Cursor {
                items,
                cursor,
                next_cursor,
                from_last_item: false,
                has_more,
                clear,
                search: None,
                item,
            });
        }
    }
    let item_id = fields(shape.types, &item).is_some_and(|f| {
        f.iter()
            .any(|f| f.wire_name == "id" && string(&shape.types.resolve_named(&f.ty)))
    });
    if let (Some(_), true, Some(cursor)) = (&has_more, item_id, param(AFTER_ID, &string)) {
        return Some(Pagination::Cursor {
            items,
            cursor,
            next_cursor: "id".into(),
            from_last_item: true,
            has_more,
            clear: Vec::new(),
            search: None,
            item,
        });
    }
    if let Some(page) = param(PAGE, &integer) {
        let limit = param(PAGE_SIZE, &integer);
        // In order of preference: a page count, a next-page field, a total of items.
        let total_pages = find(PAGE_COUNT, &integer);
        let next_link =
            find(NEXT_PAGE, &any)
                .filter(|_| total_pages.is_none())
                .map(|path| match has(&format!("{path}.href"), &string) {
                    true => format!("{path}.href"),
                    false => path,
                });
        let total_items = limit
            .as_ref()
            .and(find(TOTAL, &integer))
            .filter(|_| total_pages.is_none() && next_link.is_none());
        if total_pages.is_some() || total_items.is_some() || next_link.is_some() {
            return Some(Pagination::Page {
                items,
                page,
                total_pages,
                next_link,
                limit,
                total_items,
                item,
            });
        }
    }
    if let Some(offset) = param(OFFSET, &integer) {
        let total = find(TOTAL, &integer);
        if total.is_some() || has_more.is_some() {
            return Some(Pagination::Offset {
                items,
                offset,
                limit: param(LIMIT, &integer),
                has_more: has_more.filter(|_| total.is_none()),
                next_offset: None,
                total,
                item,
            });
        }
    }
    if let Some(next) = find(NEXT_URL, &url) {
        return Some(Pagination::NextUrl {
            items,
            from: UrlSource::Body(next),
            item,
        });
    }
    searched_cursor(shape, items, item, &find)
}

/// The first of some names found in one of the containers, of a type that fits, as a dotted path.
type Find<'f> = dyn Fn(&[&str], &dyn Fn(&TypeRef) -> bool) -> Option<String> + 'f;

/// A cursor parameter with a companion (a backwards one or a page size) while the response
/// declares no cursor at all: the cursor is looked for at run time where the tables say, and a
/// response without one ends the walk after its page.
fn searched_cursor(
    shape: &Shape<'_, '_>,
    items: Option<String>,
    item: TypeRef,
    find: &Find<'_>,
) -> Option<Pagination> {
    let any = |_: &TypeRef| true;
    let optional = |names: &[&str], fits: &dyn Fn(&TypeRef) -> bool| {
        names.iter().find_map(|n| query_param(shape, n, fits))
    };
    let declared = TOKENS
        .iter()
        .any(|(outputs, _)| find(outputs, &any).is_some());
    let companion =
        optional(BACKWARDS, &any).is_some() || optional(PAGE_SIZE, &is_integer).is_some();
    if declared || !companion {
        return None;
    }
    let (outputs, cursor) = TOKENS.iter().find_map(|(outputs, inputs)| {
        Some((*outputs, optional(inputs, &|t| *t == TypeRef::String)?))
    })?;
    let paths = |names: &[&str]| -> Vec<String> {
        CONTAINERS
            .iter()
            .flat_map(|c| {
                names.iter().map(move |n| match c.is_empty() {
                    true => (*n).to_owned(),
                    false => format!("{c}.{n}"),
                })
            })
            .collect()
    };
    Some(Pagination::Cursor {
        items,
        cursor: cursor.rust_name.clone(),
        next_cursor: String::new(),
        from_last_item: false,
        has_more: None,
        clear: BACKWARDS
            .iter()
            .filter_map(|n| query_param(shape, n, any))
            .map(|q| q.rust_name.clone())
            .collect(),
        search: Some(CursorSearch {
            cursors: paths(outputs),
            has_more: paths(HAS_MORE),
        }),
        item,
    })
}
