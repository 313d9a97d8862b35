//! The `runtime::Paginated` impl of a paginated operation: its item type, where the items are,
//! how it finds the next page, and how a cursor is set on its arguments. The walk itself, and
//! `pages()`/`items()` on the call, are the run time's (`runtime/walk.rs`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::types::{ty, Scope};
use crate::ir::{Api, CursorSearch, Operation, Pagination, UrlSource};

fn opt_str(s: &Option<String>) -> TokenStream {
    match s {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}

/// `position()` of a page-number or offset walk: the argument at `at`, and the page size.
fn position(at: &str, limit: &Option<String>) -> TokenStream {
    let at = format_ident!("{}", at);
    let limit = match limit {
        Some(l) => {
            let l = format_ident!("{}", l);
            quote!(rt::count(self.#l))
        }
        None => quote!(None),
    };
    quote! {
        fn position(&self) -> rt::Position {
            rt::Position { at: rt::count(self.#at), limit: #limit }
        }
    }
}

/// `seek()` of a page-number or offset walk.
fn seek_count(at: &str, variant: TokenStream) -> TokenStream {
    let at = format_ident!("{}", at);
    quote! {
        fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
            match cursor {
                rt::Cursor::#variant(n) => rt::set_count(&mut self.#at, n),
                _ => Ok(()),
            }
        }
    }
}

pub(super) fn paginated_impl(api: &Api, op: &Operation, p: &Pagination) -> TokenStream {
    let args = format_ident!("{}", op.builder_name);
    let (item, items, walk, methods) = match p {
        Pagination::Page {
            items,
            page,
            total_pages,
            next_link,
            limit,
            total_items,
            item,
        } => {
            let (total_pages, next_link, total_items) = (
                opt_str(total_pages),
                opt_str(next_link),
                opt_str(total_items),
            );
            let walk = quote!(Page { total_pages: #total_pages, next_link: #next_link, total_items: #total_items });
            let seek = seek_count(page, quote!(Page));
            let position = position(page, limit);
            (item, items, walk, quote!(#seek #position))
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
            let (has_more, next_offset, total) =
                (opt_str(has_more), opt_str(next_offset), opt_str(total));
            let walk =
                quote!(Offset { has_more: #has_more, next_offset: #next_offset, total: #total });
            let seek = seek_count(offset, quote!(Offset));
            let position = position(offset, limit);
            (item, items, walk, quote!(#seek #position))
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
            let walk = match search {
                Some(CursorSearch { cursors, has_more }) => {
                    quote!(CursorSearch { cursors: &[#(#cursors),*], has_more: &[#(#has_more),*] })
                }
                None => {
                    let more = opt_str(has_more);
                    quote!(Cursor { next: #next_cursor, has_more: #more, from_last_item: #from_last_item })
                }
            };
            let param = format_ident!("{}", param);
            let clear = clear.iter().map(|c| format_ident!("{}", c));
            let seek = quote! {
                fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {
                    if let rt::Cursor::Token(token) = cursor {
                        self.#param = Some(token);
                        #( self.#clear = None; )*
                    }
                    Ok(())
                }
            };
            (item, items, walk, seek)
        }
        Pagination::NextUrl { items, from, item } => {
            let walk = match from {
                UrlSource::LinkHeader => quote!(LinkHeader),
                UrlSource::Body(path) => quote!(NextUrl(#path)),
            };
            (item, items, walk, TokenStream::new())
        }
    };
    let item = ty(api, item, Scope::Sibling);
    let items = opt_str(items);
    quote! {
        impl rt::Paginated for #args {
            type Item = #item;
            const ITEMS: Option<&'static str> = #items;
            const WALK: rt::Walk = rt::Walk::#walk;
            #methods
        }
    }
}
