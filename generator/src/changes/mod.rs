//! What changed between two versions of an API, and whether each change breaks users of the
//! generated Rust crate (`generator changes OLD NEW`).
//!
//! The comparison runs on the IR of both versions ([`compare`]), so it sees what the generated
//! crate exposes: method names, arguments and setters, field types with their `Option`s, enum
//! variants, error variants, builder methods for credentials, the server list.
//!
//! # Matching
//!
//! - Operations by HTTP method + path template; parameters by location + wire name; error
//!   responses by status (`404`, `4XX`, `default`); security schemes by key; servers by URL.
//! - Bodies and responses are compared structurally: struct fields by wire name, enum values
//!   by value, union branches by Rust variant name; aliases are looked through.
//! - A type defined in `components/schemas` is compared once, where it is defined: its changes
//!   are named `Type.field` and list the operations that reach it. An inline type is compared
//!   where it is used and named from its operation: `GET /x response .data[].url`.
//! - Component types no operation reaches (webhook payloads, shared definitions) are compared
//!   too, judged as data the caller receives. Component types present in one version only are
//!   listed as removed or added, except aliases (the loader names many shared properties).
//! - Recursion guard: a component pair is compared once; an inline pair already on the walk is
//!   not walked again; walks stop at [`MAX_DEPTH`].
//!
//! # What breaks
//!
//! A change is breaking when code written against the old generated crate may stop compiling
//! against the new one, or calls that worked may fail or be decoded differently. The rule of
//! each kind is on the [`Kind`] variant (and printed in the report's legend by
//! [`Kind::rule`]). In short:
//!
//! - Anything removed is breaking: an operation, a parameter, a field, an enum value, a union
//!   branch, an error status, a type, a security scheme, a server.
//! - Anything whose Rust type or signature changes is breaking: a renamed method, a retyped
//!   parameter or field, a parameter turning from argument into setter or back, a field
//!   turning from `T` into `Option<T>` or back (made optional/required/nullable).
//! - What a caller must now send is breaking: a new required parameter, body or request field,
//!   a request field made required, credentials that no longer satisfy the operation.
//! - Added things callers may ignore are non-breaking: operations, optional parameters,
//!   optional (or response) fields, enum values (generated enums have an `Unknown` catch-all),
//!   security schemes, servers; and deprecation.
//! - Our choice for error statuses: a new error status is **breaking**. The per-operation error
//!   enum has no catch-all variant, so exhaustive `match`es stop compiling, and that status moves
//!   from `Error::UnexpectedStatus` to `Error::Api`.
//! - A type reached both from requests and responses breaks if the change breaks either way.
//!
//! Output: [`markdown`] (for a pull-request comment) or [`json`]; both are deterministic.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::ir::Api;

mod client;
mod components;
mod kind;
mod operations;
mod output;
mod walk;

pub use kind::Kind;
pub use output::{json, markdown};

/// How deep a walk through nested types and alias chains goes.
pub const MAX_DEPTH: usize = 64;

/// An operation a change concerns, as the spec and the Rust crate name it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct OpRef {
    /// `GET /rules`.
    pub operation: String,
    /// `client.webhooks().list_rules()`.
    pub rust: String,
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What kind of change.
    pub kind: Kind,
    /// Whether it breaks users of the generated crate.
    pub breaking: bool,
    /// Where: `GET /rules`, `GET /rules query param status`, `Webhook.url`, `servers`, ...
    pub location: String,
    /// What changed, in Markdown.
    pub detail: String,
    /// The operations concerned (for a component type: every operation reaching it).
    pub operations: Vec<OpRef>,
}

/// One side of the comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Side {
    /// The document, as given.
    pub source: String,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
}

/// The result of [`compare`].
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The old version.
    pub old: Side,
    /// The new version.
    pub new: Side,
    /// The changes: breaking first, then by kind, location and detail.
    pub changes: Vec<Change>,
}

impl Report {
    /// How many changes are breaking.
    pub fn breaking(&self) -> usize {
        self.changes.iter().filter(|c| c.breaking).count()
    }
}

/// Compares two versions of an API.
pub fn compare(old: &Api, new: &Api) -> Report {
    let mut cx = Cx {
        old,
        new,
        changes: Vec::new(),
        uses: BTreeMap::new(),
    };
    cx.servers();
    cx.schemes();
    cx.operations();
    cx.types_added_removed();
    cx.components();
    let mut changes = cx.changes;
    changes.sort_by(|a, b| {
        (!a.breaking, a.kind, &a.location, &a.detail).cmp(&(
            !b.breaking,
            b.kind,
            &b.location,
            &b.detail,
        ))
    });
    changes.dedup();
    Report {
        old: side(old),
        new: side(new),
        changes,
    }
}

fn side(api: &Api) -> Side {
    Side {
        source: api.source.clone(),
        title: api.title.trim().to_owned(),
        version: api.version.trim().to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Directions of use

/// Which ways a type is used: sent by the caller (request) or received (response). The same
/// shape says in which uses a change breaks callers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Dirs {
    request: bool,
    response: bool,
}

const REQUEST: Dirs = Dirs {
    request: true,
    response: false,
};
const RESPONSE: Dirs = Dirs {
    request: false,
    response: true,
};
const ALWAYS: Dirs = Dirs {
    request: true,
    response: true,
};
const NEVER: Dirs = Dirs {
    request: false,
    response: false,
};

impl Dirs {
    /// Both ways, or none.
    fn all(both: bool) -> Dirs {
        Dirs {
            request: both,
            response: both,
        }
    }

    /// Whether a change breaking in `self` breaks a type used in `used`.
    fn meets(self, used: Dirs) -> bool {
        (self.request && used.request) || (self.response && used.response)
    }
}

/// How a component type is reached from the operations.
#[derive(Debug, Clone, Default)]
struct Use {
    dirs: Dirs,
    ops: BTreeSet<OpRef>,
}

impl Use {
    /// Adds `other`; whether anything was new.
    fn merge(&mut self, dirs: Dirs, ops: &BTreeSet<OpRef>) -> bool {
        let before = (self.dirs, self.ops.len());
        self.dirs.request |= dirs.request;
        self.dirs.response |= dirs.response;
        self.ops.extend(ops.iter().cloned());
        before != (self.dirs, self.ops.len())
    }
}

/// A change found while walking types, before its direction of use is known.
#[derive(Debug)]
struct Found {
    kind: Kind,
    path: String,
    detail: String,
    breaks: Dirs,
}

impl Found {
    fn into_change(self, used: Dirs, operations: Vec<OpRef>) -> Change {
        Change {
            kind: self.kind,
            breaking: self.breaks.meets(used),
            location: self.path.trim_end().to_owned(),
            detail: self.detail,
            operations,
        }
    }
}

/// A pair of named types (old id, new id).
type Pair = (usize, usize);

// ---------------------------------------------------------------------------------------------
// The comparison

struct Cx<'a> {
    old: &'a Api,
    new: &'a Api,
    changes: Vec<Change>,
    /// Component type pairs reached from operations, with how and by whom.
    uses: BTreeMap<Pair, Use>,
}

impl Cx<'_> {
    fn push(
        &mut self,
        kind: Kind,
        breaking: bool,
        location: &str,
        detail: String,
        ops: Vec<OpRef>,
    ) {
        self.changes.push(Change {
            kind,
            breaking,
            location: location.to_owned(),
            detail,
            operations: ops,
        });
    }
}
