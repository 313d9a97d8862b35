//! `pages()` and `items()` on the request builder of a paginated operation.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::types::{ty, Scope};
use crate::ir::{Api, CursorSearch, Operation, Pagination, TypeRef, UrlSource};

/// How one style walks: what it sets on the builder from the cursor (`apply`), how it builds the
/// request (`request`), and the expression giving the next cursor (`next`).
struct Walk<'p> {
    item: &'p TypeRef,
    items: &'p Option<String>,
    apply: TokenStream,
    request: TokenStream,
    next: TokenStream,
}

fn opt_str(s: &Option<String>) -> TokenStream {
    match s {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}

fn limit_expr(limit: &Option<String>) -> TokenStream {
    match limit {
        Some(l) => {
            let l = format_ident!("{}", l);
            quote!(builder.args.#l.and_then(|l| u64::try_from(l).ok()))
        }
        None => quote!(None),
    }
}

fn walk(p: &Pagination) -> Walk<'_> {
    let plain = quote!(let request = builder.request()?;);
    match p {
        Pagination::Page {
            items,
            page,
            total_pages,
            next_link,
            limit,
            total_items,
            item,
        } => {
            let page = format_ident!("{}", page);
            let limit = limit_expr(limit);
            let next = match total_items {
                Some(total) => {
                    quote!(crate::runtime::next_page_of_total(&page, current, #limit, #total))
                }
                None => {
                    let total = opt_str(total_pages);
                    let link = opt_str(next_link);
                    quote!(crate::runtime::next_page(&page, current, #limit, #total, #link))
                }
            };
            Walk {
                item,
                items,
                apply: quote! {
                    if let Some(crate::runtime::Cursor::Page(n)) = cursor {
                        builder.args.#page = Some(n.try_into().map_err(|_| crate::runtime::Error::InvalidRequest("page number out of range".into()))?);
                    }
                    let current = builder.args.#page.and_then(|p| u64::try_from(p).ok()).unwrap_or(1);
                },
                request: plain,
                next,
            }
        }
        Pagination::Offset {
            items,
            offset,
            limit,
            has_more,
            next_offset,
            total,
            item,
        } => {
            let offset = format_ident!("{}", offset);
            let next = match total {
                Some(total) => quote!(crate::runtime::next_offset_of_total(&page, current, #total)),
                None => {
                    let more = opt_str(has_more);
                    let next = opt_str(next_offset);
                    let limit = limit_expr(limit);
                    quote!(crate::runtime::next_offset(&page, current, #limit, #more, #next))
                }
            };
            Walk {
                item,
                items,
                apply: quote! {
                    if let Some(crate::runtime::Cursor::Offset(n)) = cursor {
                        builder.args.#offset = Some(n.try_into().map_err(|_| crate::runtime::Error::InvalidRequest("offset out of range".into()))?);
                    }
                    let current = builder.args.#offset.and_then(|p| u64::try_from(p).ok()).unwrap_or(0);
                },
                request: plain,
                next,
            }
        }
        Pagination::Cursor {
            items,
            cursor: param,
            next_cursor,
            from_last_item,
            has_more,
            clear,
            search,
            item,
        } => {
            let param = format_ident!("{}", param);
            let more = opt_str(has_more);
            let clear = clear.iter().map(|c| format_ident!("{}", c));
            let next = match (search, from_last_item) {
                (Some(CursorSearch { cursors, has_more }), _) => {
                    quote!(crate::runtime::next_cursor_searched(&page, &[#(#cursors),*], &[#(#has_more),*]))
                }
                (None, true) => {
                    // The last item is found in its declared array (`$.data[-1].id`).
                    let items = items.as_deref().unwrap_or_default();
                    quote!(crate::runtime::next_cursor_from_last_item(&page, #items, #next_cursor, #more))
                }
                (None, false) => quote!(crate::runtime::next_cursor(&page, #next_cursor, #more)),
            };
            Walk {
                item,
                items,
                apply: quote! {
                    if let Some(crate::runtime::Cursor::Token(token)) = cursor {
                        builder.args.#param = Some(token);
                        #( builder.args.#clear = None; )*
                    }
                },
                request: plain,
                next,
            }
        }
        Pagination::NextUrl { items, from, item } => {
            let next = match from {
                UrlSource::LinkHeader => {
                    quote!(crate::runtime::next_url_in_link_header(
                        &page,
                        &response.headers,
                        &url
                    ))
                }
                UrlSource::Body(path) => {
                    quote!(crate::runtime::next_url_in_body(&page, &url, #path))
                }
            };
            Walk {
                item,
                items,
                apply: TokenStream::new(),
                request: quote! {
                    let request = crate::runtime::at_next_url(builder.request()?, cursor);
                    let url = builder.core.request_url(&request).map_err(crate::runtime::Error::InvalidRequest)?;
                },
                next,
            }
        }
    }
}

pub(super) fn methods(api: &Api, op: &Operation, p: &Pagination) -> TokenStream {
    let error = format_ident!("{}", op.error_name);
    let args = format_ident!("{}", op.builder_name);
    let Walk {
        item,
        items,
        apply,
        request,
        next,
    } = walk(p);
    let item = ty(api, item, Scope::Sibling);
    let page = match items {
        Some(items) => quote!(crate::runtime::page_items(&response, #items)?),
        None => quote!(crate::runtime::page_items_of_only_array(&response)?),
    };
    // Following a URL keeps the builder as it is (the URL carries the parameters).
    let builder = if matches!(p, Pagination::NextUrl { .. }) {
        quote!(let builder = self.clone();)
    } else {
        quote!(let mut builder = self.clone();)
    };
    quote! {
        /// Fetches the pages of this list one after another, lazily, starting with this request's page.
        pub fn pages(self) -> impl ::futures_util::Stream<Item = Result<crate::runtime::Page<#item>, crate::runtime::Error<#error>>> + 'a {
            crate::runtime::paginate(move |cursor| {
                #builder
                async move {
                    #apply
                    #request
                    let response = builder.core.execute(request).await?;
                    if !response.status.is_success() {
                        return Err(<#args as crate::runtime::Operation>::decode_error(response));
                    }
                    let page = #page;
                    let next = #next;
                    Ok((page, next))
                }
            })
        }

        /// The items of every page, one by one, fetched lazily.
        pub fn items(self) -> impl ::futures_util::Stream<Item = Result<#item, crate::runtime::Error<#error>>> + 'a {
            crate::runtime::items(self.pages())
        }
    }
}
