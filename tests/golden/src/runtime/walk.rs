// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The walk over the pages of a list operation, written once for every operation: each paginated
//! operation implements [`Paginated`] (its item type, where the items are, how it finds the next
//! page, how a cursor is set on its arguments) and gets [`Call::pages`] and [`Call::items`].
//! Part of the run time copied into every generated crate (`src/runtime/walk.rs`).

use futures_util::stream::Stream;

use super::{
    at_next_url, items, next_cursor, next_cursor_from_last_item, next_cursor_searched,
    next_offset, next_offset_of_total, next_page, next_page_of_total, next_url_in_body,
    next_url_in_link_header, page_items, page_items_of_only_array, paginate, Call, Cursor, Error,
    Operation, Page,
};

/// How a list operation finds its next page (the paths are dotted paths into the response body).
#[derive(Debug, Clone, Copy)]
pub enum Walk {
    /// Page numbers: the next page is asked for while the body says there are more (`total_pages`,
    /// `total_items` with the page size, a `next_link`), else while pages come back full.
    Page {
        /// The number of pages.
        total_pages: Option<&'static str>,
        /// A link present while there is a next page.
        next_link: Option<&'static str>,
        /// The number of items in the whole list.
        total_items: Option<&'static str>,
    },
    /// Item offsets, the same way.
    Offset {
        /// A flag that is true while there are more items.
        has_more: Option<&'static str>,
        /// The offset of the next page, as the body gives it.
        next_offset: Option<&'static str>,
        /// The number of items in the whole list.
        total: Option<&'static str>,
    },
    /// An opaque cursor from the body (or from the last item's field, `from_last_item`).
    Cursor {
        /// Where the next cursor is (or the last item's field holding it).
        next: &'static str,
        /// A flag that is true while there are more items.
        has_more: Option<&'static str>,
        /// Whether `next` is a field of the page's last item.
        from_last_item: bool,
    },
    /// A cursor found at the first of several places that has one.
    CursorSearch {
        /// Where a cursor may be, in order.
        cursors: &'static [&'static str],
        /// Flags that are true while there are more items.
        has_more: &'static [&'static str],
    },
    /// The URL of the next page in the `Link` header (`rel="next"`).
    LinkHeader,
    /// The URL of the next page in the body, at this path.
    NextUrl(&'static str),
}

/// The page number or offset the arguments ask for, and the page size, when they say.
#[derive(Debug, Clone, Copy, Default)]
pub struct Position {
    /// The page number or the offset.
    pub at: Option<u64>,
    /// The page size.
    pub limit: Option<u64>,
}

/// A list operation whose pages can be walked (implemented by the generated arguments).
pub trait Paginated: Operation {
    /// One item of the list.
    type Item: serde::de::DeserializeOwned;
    /// Where the items are in a page's body (dotted path); `None`: its only array-valued property.
    const ITEMS: Option<&'static str>;
    /// How the next page is found.
    const WALK: Walk;
    /// Sets the cursor of the next page on the arguments (walks that follow a URL have none).
    fn seek(&mut self, cursor: Cursor) -> Result<(), String> {
        let _ = cursor;
        Ok(())
    }
    /// Where the arguments start (page-number and offset walks).
    fn position(&self) -> Position {
        Position::default()
    }
}

/// A count argument (page number, offset, size) as a `u64`, if it is one.
pub fn count<T>(value: Option<T>) -> Option<u64>
where
    u64: TryFrom<T>,
{
    value.and_then(|v| u64::try_from(v).ok())
}

/// Sets a count argument from a page number or offset of the walk.
pub fn set_count<T: TryFrom<u64>>(slot: &mut Option<T>, n: u64) -> Result<(), String> {
    *slot = Some(T::try_from(n).map_err(|_| format!("page number or offset {n} out of range"))?);
    Ok(())
}

impl<'a, O: Paginated + 'a> Call<'a, O> {
    /// Fetches the pages of this list one after another, lazily, starting with this request's page.
    pub fn pages(self) -> impl Stream<Item = Result<Page<O::Item>, Error<O::Error>>> + 'a {
        paginate(move |cursor| fetch_page(self.clone(), cursor))
    }

    /// The items of every page, one by one, fetched lazily.
    pub fn items(self) -> impl Stream<Item = Result<O::Item, Error<O::Error>>> + 'a {
        items(self.pages())
    }
}

/// One page of `call`, at `cursor` (`None`: the page the call asks for), and the next page's
/// cursor. A function, not a method: operations have setters of any name (`page`).
async fn fetch_page<O: Paginated>(
    mut call: Call<'_, O>,
    cursor: Option<Cursor>,
) -> Result<(Page<O::Item>, Option<Cursor>), Error<O::Error>> {
    let follows_url = matches!(O::WALK, Walk::LinkHeader | Walk::NextUrl(_));
    let (request, url) = if follows_url {
        let request = at_next_url(call.request()?, cursor);
        let url = call.core.request_url(&request).map_err(Error::InvalidRequest)?;
        (request, Some(url))
    } else {
        if let Some(cursor) = cursor {
            call.args.seek(cursor).map_err(Error::InvalidRequest)?;
        }
        (call.request()?, None)
    };
    let position = call.args.position();
    let response = call.core.execute(request).await?;
    if !response.status.is_success() {
        return Err(O::decode_error(response));
    }
    let page = match O::ITEMS {
        Some(items) => page_items(&response, items)?,
        None => page_items_of_only_array(&response)?,
    };
    let next = match (O::WALK, url) {
        (Walk::Page { total_items: Some(total), .. }, _) => {
            next_page_of_total(&page, position.at.unwrap_or(1), position.limit, total)
        }
        (Walk::Page { total_pages, next_link, .. }, _) => {
            next_page(&page, position.at.unwrap_or(1), position.limit, total_pages, next_link)
        }
        (Walk::Offset { total: Some(total), .. }, _) => {
            next_offset_of_total(&page, position.at.unwrap_or(0), total)
        }
        (Walk::Offset { has_more, next_offset: next, .. }, _) => {
            next_offset(&page, position.at.unwrap_or(0), position.limit, has_more, next)
        }
        (Walk::Cursor { next, has_more, from_last_item: true }, _) => {
            next_cursor_from_last_item(&page, O::ITEMS.unwrap_or_default(), next, has_more)
        }
        (Walk::Cursor { next, has_more, .. }, _) => next_cursor(&page, next, has_more),
        (Walk::CursorSearch { cursors, has_more }, _) => next_cursor_searched(&page, cursors, has_more),
        (Walk::LinkHeader, Some(url)) => next_url_in_link_header(&page, &response.headers, &url),
        (Walk::NextUrl(path), Some(url)) => next_url_in_body(&page, &url, path),
        (Walk::LinkHeader | Walk::NextUrl(_), None) => None,
    };
    Ok((page, next))
}
