//! The `runtime::Paginated` impl of a paginated operation: its item type, where the items are,
//! how it finds the next page, and how a cursor is set on its arguments, as text. The walk
//! itself, and `pages()`/`items()` on the call, are the run time's (`runtime/walk.rs`).

use super::layout::{node_at, string, Node, Text};
use super::types::{ty_text, Scope};
use crate::ir::{Api, CursorSearch, Operation, Pagination, UrlSource};

fn opt_str(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({})", string(s)),
        None => "None".into(),
    }
}

/// `name: value` fields of a struct-like variant `rt::Walk::{variant}`.
fn walk(variant: &str, fields: Vec<String>) -> Node {
    Node::atoms(&format!("rt::Walk::{variant} {{"), &fields, "}", true)
}

fn field(name: &str, value: &Option<String>) -> String {
    format!("{name}: {}", opt_str(value))
}

/// `position()` of a page-number or offset walk: the argument at `at`, and the page size.
fn position(out: &mut Text, at: &str, limit: &Option<String>) {
    let limit = match limit {
        Some(l) => format!("rt::count(self.{l})"),
        None => "None".into(),
    };
    let fields = [
        format!("at: rt::count(self.{at})"),
        format!("limit: {limit}"),
    ];
    out.line(1, "fn position(&self) -> rt::Position {");
    node_at(
        out,
        2,
        "",
        &Node::atoms("rt::Position {", &fields, "}", true),
        "",
    );
    out.line(1, "}");
}

/// `seek()` of a page-number or offset walk.
fn seek_count(out: &mut Text, at: &str, variant: &str) {
    out.line(
        1,
        "fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {",
    );
    out.line(2, "match cursor {");
    out.line(
        3,
        &format!("rt::Cursor::{variant}(n) => rt::set_count(&mut self.{at}, n),"),
    );
    out.line(3, "_ => Ok(()),");
    out.line(2, "}");
    out.line(1, "}");
}

/// The impl, at the top level.
pub(super) fn paginated_impl(out: &mut Text, api: &Api, op: &Operation, p: &Pagination) {
    let (item, items) = match p {
        Pagination::Page { item, items, .. }
        | Pagination::Offset { item, items, .. }
        | Pagination::Cursor { item, items, .. }
        | Pagination::NextUrl { item, items, .. } => (item, items),
    };
    let walk = match p {
        Pagination::Page {
            total_pages,
            next_link,
            total_items,
            ..
        } => walk(
            "Page",
            vec![
                field("total_pages", total_pages),
                field("next_link", next_link),
                field("total_items", total_items),
            ],
        ),
        Pagination::Offset {
            has_more,
            next_offset,
            total,
            ..
        } => walk(
            "Offset",
            vec![
                field("has_more", has_more),
                field("next_offset", next_offset),
                field("total", total),
            ],
        ),
        Pagination::Cursor {
            search: Some(CursorSearch { cursors, has_more }),
            ..
        } => {
            let strings = |list: &[String]| list.iter().map(|s| string(s)).collect::<Vec<_>>();
            Node::List {
                open: "rt::Walk::CursorSearch {".into(),
                items: vec![
                    Node::atoms("cursors: &[", &strings(cursors), "]", false),
                    Node::atoms("has_more: &[", &strings(has_more), "]", false),
                ],
                close: "}".into(),
                padded: true,
            }
        }
        Pagination::Cursor {
            next_cursor,
            has_more,
            from_last_item,
            ..
        } => walk(
            "Cursor",
            vec![
                format!("next: {}", string(next_cursor)),
                field("has_more", has_more),
                format!("from_last_item: {from_last_item}"),
            ],
        ),
        Pagination::NextUrl { from, .. } => Node::Atom(match from {
            UrlSource::LinkHeader => "rt::Walk::LinkHeader".into(),
            UrlSource::Body(path) => format!("rt::Walk::NextUrl({})", string(path)),
        }),
    };
    out.line(0, &format!("impl rt::Paginated for {} {{", op.builder_name));
    out.line(
        1,
        &format!("type Item = {};", ty_text(api, item, Scope::Sibling)),
    );
    out.line(
        1,
        &format!("const ITEMS: Option<&'static str> = {};", opt_str(items)),
    );
    node_at(out, 1, "const WALK: rt::Walk = ", &walk, ";");
    match p {
        Pagination::Page { page, limit, .. } => {
            seek_count(out, page, "Page");
            position(out, page, limit);
        }
        Pagination::Offset { offset, limit, .. } => {
            seek_count(out, offset, "Offset");
            position(out, offset, limit);
        }
        Pagination::Cursor { cursor, clear, .. } => {
            out.line(
                1,
                "fn seek(&mut self, cursor: rt::Cursor) -> Result<(), String> {",
            );
            out.line(2, "if let rt::Cursor::Token(token) = cursor {");
            out.line(3, &format!("self.{cursor} = Some(token);"));
            for c in clear {
                out.line(3, &format!("self.{c} = None;"));
            }
            out.line(2, "}");
            out.line(2, "Ok(())");
            out.line(1, "}");
        }
        Pagination::NextUrl { .. } => {}
    }
    out.line(0, "}");
}
