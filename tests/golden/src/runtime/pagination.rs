// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! Pagination: pages of a list walked lazily as a stream, and where each style finds the next
//! page (a page number, an offset, a cursor, a next-page URL). Part of the run time copied into
//! every generated crate (`src/runtime/pagination.rs`); its items are re-exported by `runtime`.

use std::future::Future;

use futures_util::stream::{self, Stream, TryStreamExt};

use super::{Error, HeaderMap, Request, Response};

/// One page of a paginated list.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// The whole decoded response body.
    pub body: serde_json::Value,
}

/// What a paginated operation needs to go to the next page.
#[derive(Clone, Debug, PartialEq)]
pub enum Cursor {
    /// A page number.
    Page(u64),
    /// An item offset.
    Offset(u64),
    /// An opaque cursor.
    Token(String),
    /// A full URL of the next page.
    Link(String),
}

/// Reads a dotted path (`meta.after_cursor`) in a JSON value. A key equal to the whole rest of
/// the path wins (`@odata.nextLink`), else the shortest key before a dot that leads somewhere.
pub fn lookup<'v>(value: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    if path.is_empty() {
        return Some(value);
    }
    if let Some(found) = value.get(path) {
        return Some(found);
    }
    path.match_indices('.')
        .find_map(|(i, _)| lookup(value.get(&path[..i])?, &path[i + 1..]))
}

/// Decodes the items of a page found at the dotted path `items`.
pub fn page_items<T: serde::de::DeserializeOwned, E>(
    response: &Response,
    items: &str,
) -> Result<Page<T>, Error<E>> {
    let body: serde_json::Value = response.json()?;
    let list = lookup(&body, items).cloned();
    decode_page(response, body, list)
}

/// Decodes the items of a page whose response declares no items array: the body's only
/// array-valued top-level property (none or several: no items; the walk goes on by its cursor).
pub fn page_items_of_only_array<T: serde::de::DeserializeOwned, E>(
    response: &Response,
) -> Result<Page<T>, Error<E>> {
    let body: serde_json::Value = response.json()?;
    let mut arrays = body.as_object().into_iter().flatten().filter(|(_, v)| v.is_array());
    let list = match (arrays.next(), arrays.next()) {
        (Some((_, list)), None) => Some(list.clone()),
        _ => None,
    };
    decode_page(response, body, list)
}

fn decode_page<T: serde::de::DeserializeOwned, E>(
    response: &Response,
    body: serde_json::Value,
    list: Option<serde_json::Value>,
) -> Result<Page<T>, Error<E>> {
    let list = list.unwrap_or(serde_json::Value::Array(Vec::new()));
    let items = serde_path_to_error::deserialize(list)
        .map_err(|e| response.decode_error(e.path().to_string(), e.into_inner()))?;
    Ok(Page { items, body })
}

/// Walks the pages of a list lazily: `fetch` gets the cursor of the page to load (`None` for
/// the first) and returns the page and the cursor of the next one (`None` at the end).
pub fn paginate<T, E, F, Fut>(fetch: F) -> impl Stream<Item = Result<Page<T>, Error<E>>>
where
    F: FnMut(Option<Cursor>) -> Fut,
    Fut: Future<Output = Result<(Page<T>, Option<Cursor>), Error<E>>>,
{
    stream::unfold((Some(None), fetch), |(state, mut fetch)| async move {
        let cursor = state?;
        match fetch(cursor).await {
            Ok((page, next)) => Some((Ok(page), (next.map(Some), fetch))),
            Err(e) => Some((Err(e), (None, fetch))),
        }
    })
}

/// The items of a stream of pages, one by one.
pub fn items<T, E>(
    pages: impl Stream<Item = Result<Page<T>, Error<E>>>,
) -> impl Stream<Item = Result<T, Error<E>>> {
    pages
        .map_ok(|page| stream::iter(page.items.into_iter().map(Ok)))
        .try_flatten()
}

/// The cursor of the page after page `current` (page-number pagination): none after the last page
/// (`total_pages`), when the next link is missing (`next_link`), or after a short or empty page.
pub fn next_page<T>(page: &Page<T>, current: u64, limit: Option<u64>, total_pages: Option<&str>, next_link: Option<&str>) -> Option<Cursor> {
    if page.items.is_empty() {
        return None;
    }
    if let Some(path) = total_pages {
        let total = lookup(&page.body, path).and_then(serde_json::Value::as_u64)?;
        return (current < total).then_some(Cursor::Page(current + 1));
    }
    if let Some(path) = next_link {
        let link = lookup(&page.body, path).filter(|v| !v.is_null() && v.as_str() != Some(""));
        return link.map(|_| Cursor::Page(current + 1));
    }
    match limit {
        Some(limit) if (page.items.len() as u64) < limit => None,
        _ => Some(Cursor::Page(current + 1)),
    }
}

/// The cursor of the page after the one at `current` (offset pagination): from `next_offset`, or
/// `current` plus the items seen; none when `has_more` is false or after a short or empty page.
pub fn next_offset<T>(page: &Page<T>, current: u64, limit: Option<u64>, has_more: Option<&str>, next_offset: Option<&str>) -> Option<Cursor> {
    if page.items.is_empty() {
        return None;
    }
    if let Some(path) = has_more {
        if !lookup(&page.body, path).and_then(serde_json::Value::as_bool).unwrap_or(false) {
            return None;
        }
    }
    if let Some(path) = next_offset {
        if let Some(next) = lookup(&page.body, path).and_then(serde_json::Value::as_u64) {
            return (next > current).then_some(Cursor::Offset(next));
        }
        // No next offset: only `has_more` can say there is more.
        has_more?;
    }
    if has_more.is_none() {
        if let Some(limit) = limit {
            if (page.items.len() as u64) < limit {
                return None;
            }
        }
    }
    Some(Cursor::Offset(current + page.items.len() as u64))
}

/// The cursor of the page after page `current` when the body gives the total number of items
/// (`total_items`) and the page size is known (`limit`, else the size of this page).
pub fn next_page_of_total<T>(page: &Page<T>, current: u64, limit: Option<u64>, total_items: &str) -> Option<Cursor> {
    let size = limit.unwrap_or(page.items.len() as u64);
    let total = lookup(&page.body, total_items).and_then(serde_json::Value::as_u64)?;
    (!page.items.is_empty() && current.saturating_mul(size) < total).then_some(Cursor::Page(current + 1))
}

/// The cursor of the page after the one at `current` when the body gives the total number of
/// items (`total`).
pub fn next_offset_of_total<T>(page: &Page<T>, current: u64, total: &str) -> Option<Cursor> {
    let total = lookup(&page.body, total).and_then(serde_json::Value::as_u64)?;
    let next = current + page.items.len() as u64;
    (!page.items.is_empty() && next < total).then_some(Cursor::Offset(next))
}

/// The cursor of the next page taken from the last item (`id` for `starting_after`): none when
/// `has_more` is false or the page is empty.
pub fn next_cursor_from_last_item<T>(page: &Page<T>, items: &str, field: &str, has_more: Option<&str>) -> Option<Cursor> {
    if let Some(path) = has_more {
        if !lookup(&page.body, path).and_then(serde_json::Value::as_bool).unwrap_or(false) {
            return None;
        }
    }
    let last = lookup(&page.body, items)?.as_array()?.last()?;
    let token = match lookup(last, field)? {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!token.is_empty()).then_some(Cursor::Token(token))
}

/// The request of a page: `request` itself, or the same request sent to the next-page URL.
pub fn at_next_url(mut request: Request, cursor: Option<Cursor>) -> Request {
    if let Some(Cursor::Link(url)) = cursor {
        request.url = Some(url);
    }
    request
}

/// The next-page URL found at the dotted path `next` of the body (a string, or an object with an
/// `href`), resolved against the URL of the page's request.
pub fn next_url_in_body<T>(page: &Page<T>, request_url: &reqwest::Url, next: &str) -> Option<Cursor> {
    let link = lookup(&page.body, next)?;
    let link = link.get("href").unwrap_or(link).as_str()?;
    resolve_link(page, request_url, link)
}

/// The `rel="next"` URL of the `Link` header (RFC 8288), resolved against the URL of the page's
/// request.
pub fn next_url_in_link_header<T>(page: &Page<T>, headers: &HeaderMap, request_url: &reqwest::Url) -> Option<Cursor> {
    headers
        .get_all(reqwest::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(link_rel_next)
        .and_then(|link| resolve_link(page, request_url, &link))
}

fn resolve_link<T>(page: &Page<T>, request_url: &reqwest::Url, link: &str) -> Option<Cursor> {
    if page.items.is_empty() || link.trim().is_empty() {
        return None;
    }
    let url = request_url.join(link.trim()).ok()?;
    (url != *request_url).then(|| Cursor::Link(url.into()))
}

/// The target of the link whose `rel` includes `next` in one `Link` header value:
/// `<https://x/?page=2>; rel="next", <https://x/?page=9>; rel="last"`.
fn link_rel_next(value: &str) -> Option<String> {
    let mut rest = value;
    loop {
        let start = rest.find('<')?;
        let end = start + rest[start..].find('>')?;
        let target = &rest[start + 1..end];
        rest = &rest[end + 1..];
        // The parameters run to the next link (a `<` outside quotes) or the end.
        let mut quoted = false;
        let params_end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '<' && !quoted
            })
            .map_or(rest.len(), |(i, _)| i);
        let params = &rest[..params_end];
        let is_next = params.split(';').any(|param| {
            let Some((name, value)) = param.split_once('=') else {
                return false;
            };
            name.trim().eq_ignore_ascii_case("rel")
                && value
                    .trim()
                    .trim_end_matches(',')
                    .trim()
                    .trim_matches('"')
                    .split_ascii_whitespace()
                    .any(|rel| rel.eq_ignore_ascii_case("next"))
        });
        if is_next {
            return Some(target.to_owned());
        }
        rest = &rest[params_end..];
    }
}

/// The cursor of the next page (cursor pagination): none when `has_more` is false or no cursor is given.
pub fn next_cursor<T>(page: &Page<T>, next_cursor: &str, has_more: Option<&str>) -> Option<Cursor> {
    if let Some(path) = has_more {
        if !lookup(&page.body, path).and_then(serde_json::Value::as_bool).unwrap_or(false) {
            return None;
        }
    }
    let token = lookup(&page.body, next_cursor)?.as_str()?.to_owned();
    (!token.is_empty()).then_some(Cursor::Token(token))
}

/// The cursor of the next page when the response declares none: the first non-empty string at
/// one of the `cursors` paths; none when the first boolean found at one of the `has_more` paths is
/// false, or no cursor is found (the list is then one page).
pub fn next_cursor_searched<T>(page: &Page<T>, cursors: &[&str], has_more: &[&str]) -> Option<Cursor> {
    let more = has_more
        .iter()
        .find_map(|path| lookup(&page.body, path)?.as_bool());
    if more == Some(false) {
        return None;
    }
    cursors.iter().find_map(|path| match lookup(&page.body, path)? {
        serde_json::Value::String(token) if !token.is_empty() => Some(Cursor::Token(token.clone())),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_header_next() {
        let value = r#"<https://api.example.com/items?page=1>; rel="prev", <https://api.example.com/items?page=3&a=b,c>; rel="next last"; title="x; <y>""#;
        assert_eq!(link_rel_next(value).as_deref(), Some("https://api.example.com/items?page=3&a=b,c"));
        assert_eq!(link_rel_next(r#"</items?page=2>;rel=next"#).as_deref(), Some("/items?page=2"));
        assert_eq!(link_rel_next(r#"<https://x/?p=9>; rel="last""#), None);
        assert_eq!(link_rel_next(r#"<https://x/?p=9>; rel="nextish""#), None);
        assert_eq!(link_rel_next(""), None);
    }

    #[test]
    fn dotted_lookup() {
        let body = serde_json::json!({"@odata.nextLink": "u", "meta": {"after_cursor": "c"}, "a.b": {"c": 1}});
        assert_eq!(lookup(&body, "@odata.nextLink"), Some(&serde_json::json!("u")));
        assert_eq!(lookup(&body, "meta.after_cursor"), Some(&serde_json::json!("c")));
        assert_eq!(lookup(&body, "a.b.c"), Some(&serde_json::json!(1)));
        assert_eq!(lookup(&body, "meta.before_cursor"), None);
    }
}
