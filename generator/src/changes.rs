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
use std::fmt::Write as _;

use serde::Serialize;

use crate::ir::{
    Api, Body, EnumBase, EnumVariant, Field, Group, Location, Operation, Param, Response,
    SecurityKind, StatusSpec, TypeDef, TypeKind, TypeRef, UnionVariant,
};

/// How deep a walk through nested types and alias chains goes.
pub const MAX_DEPTH: usize = 64;

/// The kinds of change, in report order. Each variant's doc is its breaking rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Breaking: the method is gone.
    OperationRemoved,
    /// Breaking: the method has another name or group accessor.
    OperationRenamed,
    /// Breaking unless every set of credentials accepted before still is.
    OperationSecurityChanged,
    /// Non-breaking.
    OperationAdded,
    /// Non-breaking.
    OperationDeprecated,
    /// Non-breaking.
    OperationUndeprecated,
    /// Breaking: the argument or setter is gone.
    ParamRemoved,
    /// Breaking when required (a new method argument); non-breaking when optional (a setter).
    ParamAdded,
    /// Breaking: an optional setter becomes a required method argument.
    ParamRequired,
    /// Breaking for the Rust crate: a required method argument becomes an optional setter.
    ParamOptional,
    /// Breaking: the argument or setter takes another type.
    ParamRetyped,
    /// Breaking: required arguments are positional.
    ParamsReordered,
    /// Breaking: the body argument or setter is gone.
    BodyRemoved,
    /// Breaking when required (a new argument); non-breaking when optional (a setter).
    BodyAdded,
    /// Breaking: the body setter becomes a required argument.
    BodyRequired,
    /// Breaking for the Rust crate: the body argument becomes a setter.
    BodyOptional,
    /// Breaking: the body has another type or encoding.
    BodyRetyped,
    /// Breaking: the method (or an error variant) returns another type.
    ResponseRetyped,
    /// Breaking: a named type changed shape (struct, enum, union).
    TypeRetyped,
    /// Breaking: a type of `components/schemas` is gone from the crate (aliases not counted).
    TypeRemoved,
    /// Non-breaking: a new type of `components/schemas`.
    TypeAdded,
    /// Breaking: code reading or setting the field no longer compiles.
    FieldRemoved,
    /// Breaking when required in a type the caller sends; otherwise non-breaking.
    FieldAdded,
    /// Breaking: the field's Rust type changes.
    FieldRetyped,
    /// Breaking in a type the caller sends (it must now be set); in a response type, breaking
    /// only when the Rust field changes from `Option<T>` to `T`.
    FieldRequired,
    /// Breaking when the Rust field changes from `T` to `Option<T>` (callers read or set it as
    /// a plain value); non-breaking when it already was an `Option`.
    FieldOptional,
    /// Breaking when the Rust field changes from `T` to `Option<T>`; else non-breaking.
    FieldNullable,
    /// Breaking when the Rust field changes from `Option<T>` to `T`; else non-breaking.
    FieldNonNullable,
    /// Breaking: the Rust variant is gone, and the value may no longer be sent.
    EnumValueRemoved,
    /// Non-breaking: the value used to decode as `Unknown(..)`.
    EnumValueAdded,
    /// Breaking: the union branch is gone.
    VariantRemoved,
    /// Breaking in a response type (no catch-all: exhaustive matches and decoding change);
    /// non-breaking in a type the caller only sends.
    VariantAdded,
    /// Breaking: the error enum variant is gone.
    ErrorStatusRemoved,
    /// Breaking (our choice): a new variant of an exhaustive error enum with no catch-all.
    ErrorStatusAdded,
    /// Breaking: the client builder method is gone.
    SecuritySchemeRemoved,
    /// Breaking when the kind of credential or the builder method changes; else non-breaking.
    SecuritySchemeChanged,
    /// Non-breaking: a new client builder method.
    SecuritySchemeAdded,
    /// Breaking: a client built with defaults calls another base URL.
    DefaultServerChanged,
    /// Breaking: the URL is gone from `SERVERS`.
    ServerRemoved,
    /// Non-breaking.
    ServerAdded,
}

impl Kind {
    /// Whether this is a change inside a type (found by walking types).
    fn in_type(self) -> bool {
        use Kind::*;
        matches!(
            self,
            TypeRetyped
                | FieldRemoved
                | FieldAdded
                | FieldRetyped
                | FieldRequired
                | FieldOptional
                | FieldNullable
                | FieldNonNullable
                | EnumValueRemoved
                | EnumValueAdded
                | VariantRemoved
                | VariantAdded
        )
    }

    /// The section heading in the Markdown report.
    pub fn title(self) -> &'static str {
        use Kind::*;
        match self {
            OperationRemoved => "Operations removed",
            OperationRenamed => "Operations renamed",
            OperationSecurityChanged => "Operation security changed",
            OperationAdded => "Operations added",
            OperationDeprecated => "Operations deprecated",
            OperationUndeprecated => "Operations no longer deprecated",
            ParamRemoved => "Parameters removed",
            ParamAdded => "Parameters added",
            ParamRequired => "Parameters made required",
            ParamOptional => "Parameters made optional",
            ParamRetyped => "Parameters retyped",
            ParamsReordered => "Arguments reordered",
            BodyRemoved => "Request bodies removed",
            BodyAdded => "Request bodies added",
            BodyRequired => "Request bodies made required",
            BodyOptional => "Request bodies made optional",
            BodyRetyped => "Request bodies retyped",
            ResponseRetyped => "Responses retyped",
            TypeRetyped => "Types changed shape",
            TypeRemoved => "Types removed",
            TypeAdded => "Types added",
            FieldRemoved => "Fields removed",
            FieldAdded => "Fields added",
            FieldRetyped => "Fields retyped",
            FieldRequired => "Fields made required",
            FieldOptional => "Fields made optional",
            FieldNullable => "Fields made nullable",
            FieldNonNullable => "Fields made non-nullable",
            EnumValueRemoved => "Enum values removed",
            EnumValueAdded => "Enum values added",
            VariantRemoved => "Union variants removed",
            VariantAdded => "Union variants added",
            ErrorStatusRemoved => "Error statuses removed",
            ErrorStatusAdded => "Error statuses added",
            SecuritySchemeRemoved => "Security schemes removed",
            SecuritySchemeChanged => "Security schemes changed",
            SecuritySchemeAdded => "Security schemes added",
            DefaultServerChanged => "Default server changed",
            ServerRemoved => "Servers removed",
            ServerAdded => "Servers added",
        }
    }

    /// The breaking rule of this kind, as printed in the report's legend.
    pub fn rule(self) -> &'static str {
        use Kind::*;
        match self {
            OperationRemoved => "breaking: the method is gone.",
            OperationRenamed => "breaking: the method has another name or group accessor.",
            OperationSecurityChanged => {
                "breaking unless every set of credentials accepted before still is \
                 (a requirement dropped, or an alternative added)."
            }
            OperationAdded | ServerAdded | TypeAdded => "non-breaking.",
            OperationDeprecated | OperationUndeprecated => "non-breaking (documentation only).",
            ParamRemoved => "breaking: the method argument or builder setter is gone.",
            ParamAdded => {
                "breaking when required (a new method argument); non-breaking when optional \
                 (a new builder setter)."
            }
            ParamRequired => "breaking: an optional setter becomes a required method argument.",
            ParamOptional => {
                "breaking for the Rust crate: a required method argument becomes an optional \
                 setter, so calls passing it no longer compile."
            }
            ParamRetyped => "breaking: the argument or setter takes another type.",
            ParamsReordered => "breaking: required arguments are positional.",
            BodyRemoved => "breaking: the body argument or setter is gone.",
            BodyAdded => "breaking when required (a new argument); non-breaking when optional.",
            BodyRequired => "breaking: the body setter becomes a required argument.",
            BodyOptional => "breaking for the Rust crate: the body argument becomes a setter.",
            BodyRetyped => "breaking: the body has another type or encoding.",
            ResponseRetyped => "breaking: the method (or an error variant) returns another type.",
            TypeRetyped => "breaking: a named type changed shape (struct, enum, union).",
            TypeRemoved => {
                "breaking: code naming the type no longer compiles (type aliases are looked \
                 through and not listed: many are names the loader gives to shared properties)."
            }
            FieldRemoved => "breaking: code reading or setting the field no longer compiles.",
            FieldAdded => {
                "breaking when required in a type the caller sends (it must be set); \
                 non-breaking otherwise (optional, or only in responses)."
            }
            FieldRetyped => "breaking: the field's Rust type changes.",
            FieldRequired => {
                "breaking in a type the caller sends (it must now be set); in a response type, \
                 breaking only when the Rust field changes from `Option<T>` to `T`."
            }
            FieldOptional => {
                "breaking when the Rust field changes from `T` to `Option<T>` (callers read or \
                 set it as a plain value); non-breaking when it already was an `Option`."
            }
            FieldNullable => {
                "breaking when the Rust field changes from `T` to `Option<T>`; else non-breaking."
            }
            FieldNonNullable => {
                "breaking when the Rust field changes from `Option<T>` to `T`; else non-breaking."
            }
            EnumValueRemoved => {
                "breaking: the Rust variant is gone and the value may no longer be sent."
            }
            EnumValueAdded => {
                "non-breaking: generated enums have an `Unknown` catch-all, so the value used to \
                 decode as `Unknown(..)` (a `match` without a `_` arm needs one more arm)."
            }
            VariantRemoved => "breaking: the union branch is gone.",
            VariantAdded => {
                "breaking in a response type (untagged unions have no catch-all: exhaustive \
                 matches stop compiling and decoding may pick the new branch); non-breaking in \
                 a type the caller only sends."
            }
            ErrorStatusRemoved => "breaking: the error enum variant is gone.",
            ErrorStatusAdded => {
                "**breaking (our choice)**: the operation's error enum is exhaustive with no \
                 catch-all variant, so an exhaustive `match` stops compiling, and responses with \
                 this status move from `Error::UnexpectedStatus` to `Error::Api`."
            }
            SecuritySchemeRemoved => "breaking: the client builder method is gone.",
            SecuritySchemeChanged => {
                "breaking when the kind of credential (bearer, basic, API key) or the builder \
                 method changes; non-breaking otherwise (for example a renamed API key header: \
                 the client sends it)."
            }
            SecuritySchemeAdded => "non-breaking: a new client builder method.",
            DefaultServerChanged => {
                "breaking: a client built with defaults calls another base URL."
            }
            ServerRemoved => "breaking: the URL is gone from `SERVERS`.",
        }
    }
}

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

    /// Servers by URL. A changed default is one change (its old and new URLs are not also
    /// reported as removed and added).
    fn servers(&mut self) {
        let urls = |api: &Api| {
            api.servers
                .iter()
                .map(|s| s.url.clone())
                .collect::<Vec<_>>()
        };
        let (old, new) = (urls(self.old), urls(self.new));
        let (old_default, new_default) = (old.first(), new.first());
        if old_default != new_default {
            let show = |u: Option<&String>| u.map_or("(none)".to_owned(), |u| code(u));
            let detail = format!("{} → {}", show(old_default), show(new_default));
            self.push(
                Kind::DefaultServerChanged,
                true,
                "servers",
                detail,
                Vec::new(),
            );
        }
        for url in old
            .iter()
            .filter(|u| !new.contains(u) && Some(*u) != old_default)
        {
            let detail = format!("{} removed", code(url));
            self.push(Kind::ServerRemoved, true, "servers", detail, Vec::new());
        }
        for url in new
            .iter()
            .filter(|u| !old.contains(u) && Some(*u) != new_default)
        {
            let detail = format!("{} added", code(url));
            self.push(Kind::ServerAdded, false, "servers", detail, Vec::new());
        }
    }

    /// Security schemes by key.
    fn schemes(&mut self) {
        let (old, new) = (&self.old.security_schemes, &self.new.security_schemes);
        let mut found = Vec::new();
        for s in old {
            let location = format!("security scheme {}", s.key);
            let Some(n) = new.iter().find(|n| n.key == s.key) else {
                let detail = format!(
                    "builder method {} removed",
                    code(&format!(".{}()", s.rust_name))
                );
                found.push((Kind::SecuritySchemeRemoved, true, location, detail));
                continue;
            };
            if s.kind != n.kind || s.rust_name != n.rust_name {
                let breaking = std::mem::discriminant(&s.kind) != std::mem::discriminant(&n.kind)
                    || s.rust_name != n.rust_name;
                let detail = format!(
                    "{} ({}) → {} ({})",
                    scheme_kind(&s.kind),
                    code(&format!(".{}()", s.rust_name)),
                    scheme_kind(&n.kind),
                    code(&format!(".{}()", n.rust_name))
                );
                found.push((Kind::SecuritySchemeChanged, breaking, location, detail));
            }
        }
        for n in new.iter().filter(|n| !old.iter().any(|s| s.key == n.key)) {
            let detail = format!(
                "{}: new builder method {}",
                scheme_kind(&n.kind),
                code(&format!(".{}()", n.rust_name))
            );
            let location = format!("security scheme {}", n.key);
            found.push((Kind::SecuritySchemeAdded, false, location, detail));
        }
        for (kind, breaking, location, detail) in found {
            self.push(kind, breaking, &location, detail, Vec::new());
        }
    }

    /// Operations by method + path.
    fn operations(&mut self) {
        let (old, new) = (index(self.old), index(self.new));
        for (key, (group, op)) in &old {
            if !new.contains_key(key) {
                let r = op_ref(group, op);
                let detail = format!("removed (operationId {})", code(&op.id));
                self.push(
                    Kind::OperationRemoved,
                    true,
                    &key_text(key),
                    detail,
                    vec![r],
                );
            }
        }
        for (key, (group, op)) in &new {
            let r = op_ref(group, op);
            match old.get(key) {
                None => {
                    let detail = format!("added (operationId {})", code(&op.id));
                    self.push(Kind::OperationAdded, false, &key_text(key), detail, vec![r]);
                }
                Some((old_group, old_op)) => {
                    let before = op_ref(old_group, old_op);
                    self.operation(old_op, op, &before, &r);
                }
            }
        }
    }

    fn operation(&mut self, old: &Operation, new: &Operation, before: &OpRef, op: &OpRef) {
        let at = op.operation.as_str();
        if before.rust != op.rust {
            let detail = format!("{} → {}", code(&before.rust), code(&op.rust));
            self.push(Kind::OperationRenamed, true, at, detail, vec![op.clone()]);
        }
        if old.deprecated != new.deprecated {
            let (kind, detail) = if new.deprecated {
                (Kind::OperationDeprecated, "deprecated")
            } else {
                (Kind::OperationUndeprecated, "no longer deprecated")
            };
            self.push(kind, false, at, detail.to_owned(), vec![op.clone()]);
        }
        self.params(old, new, op);
        self.body(old.body.as_ref(), new.body.as_ref(), op);
        let location = format!("{at} response ");
        self.response(&old.success, &new.success, &location, op);
        self.errors(old, new, op);
        self.op_security(old, new, op);
    }

    /// Parameters by location + wire name.
    fn params(&mut self, old: &Operation, new: &Operation, op: &OpRef) {
        for p in &old.params {
            if find_param(&new.params, p).is_none() {
                let detail = if p.required {
                    format!("required argument {} removed", code(&p.rust_name))
                } else {
                    format!(
                        "optional setter {} removed",
                        code(&format!(".{}()", p.rust_name))
                    )
                };
                let at = param_at(op, p);
                self.push(Kind::ParamRemoved, true, &at, detail, vec![op.clone()]);
            }
        }
        for p in &new.params {
            match find_param(&old.params, p) {
                Some(o) => self.param(o, p, op),
                None => {
                    let ty = display(self.new, &p.ty);
                    let detail = if p.required {
                        format!(
                            "new required argument {}",
                            code(&format!("{}: {ty}", p.rust_name))
                        )
                    } else {
                        format!(
                            "new optional setter {}",
                            code(&format!(".{}({ty})", p.rust_name))
                        )
                    };
                    let at = param_at(op, p);
                    self.push(Kind::ParamAdded, p.required, &at, detail, vec![op.clone()]);
                }
            }
        }
        self.param_order(old, new, op);
    }

    fn param(&mut self, old: &Param, new: &Param, op: &OpRef) {
        let at = param_at(op, new);
        if old.required != new.required {
            let arg = code(&new.rust_name);
            let setter = code(&format!(".{}()", new.rust_name));
            let (kind, detail) = if new.required {
                (
                    Kind::ParamRequired,
                    format!("optional setter {setter} → required argument {arg}"),
                )
            } else {
                (
                    Kind::ParamOptional,
                    format!("required argument {arg} → optional setter {setter}"),
                )
            };
            self.push(kind, true, &at, detail, vec![op.clone()]);
        }
        self.walk_root(
            &old.ty,
            &new.ty,
            &format!("{at} "),
            Subject::Param,
            REQUEST,
            op,
        );
    }

    /// Required parameters common to both versions must keep their order: they are positional.
    fn param_order(&mut self, old: &Operation, new: &Operation, op: &OpRef) {
        let common = |a: &[Param], b: &[Param]| -> Vec<(Location, String, String)> {
            a.iter()
                .filter(|p| p.required && find_param(b, p).is_some_and(|q| q.required))
                .map(|p| (p.location, p.wire_name.clone(), p.rust_name.clone()))
                .collect()
        };
        let (before, after) = (
            common(&old.params, &new.params),
            common(&new.params, &old.params),
        );
        let keys = |v: &[(Location, String, String)]| {
            v.iter()
                .map(|(l, w, _)| (*l, w.clone()))
                .collect::<Vec<_>>()
        };
        if keys(&before) != keys(&after) {
            let names = |v: &[(Location, String, String)]| {
                v.iter()
                    .map(|(_, _, r)| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let detail = format!("arguments ({}) → ({})", names(&before), names(&after));
            self.push(
                Kind::ParamsReordered,
                true,
                &op.operation,
                detail,
                vec![op.clone()],
            );
        }
    }

    fn body(&mut self, old: Option<&Body>, new: Option<&Body>, op: &OpRef) {
        let at = format!("{} request body", op.operation);
        let ops = vec![op.clone()];
        match (old, new) {
            (None, None) => {}
            (Some(b), None) => {
                let detail = format!("{} removed", code(&display(self.old, &b.ty)));
                self.push(Kind::BodyRemoved, true, &at, detail, ops);
            }
            (None, Some(b)) => {
                let what = if b.required { "required" } else { "optional" };
                let detail = format!("new {what} body {}", code(&display(self.new, &b.ty)));
                self.push(Kind::BodyAdded, b.required, &at, detail, ops);
            }
            (Some(a), Some(b)) => {
                if a.required != b.required {
                    let (kind, detail) = if b.required {
                        (Kind::BodyRequired, "optional setter → required argument")
                    } else {
                        (Kind::BodyOptional, "required argument → optional setter")
                    };
                    self.push(kind, true, &at, detail.to_owned(), ops.clone());
                }
                if a.encoding != b.encoding {
                    let detail = format!("{} → {}", code(&a.content_type), code(&b.content_type));
                    self.push(Kind::BodyRetyped, true, &at, detail, ops);
                } else {
                    self.walk_root(&a.ty, &b.ty, &format!("{at} "), Subject::Body, REQUEST, op);
                }
            }
        }
    }

    /// A success or error response: its payload type, compared in the response direction.
    fn response(&mut self, old: &Response, new: &Response, at: &str, op: &OpRef) {
        match (payload(old), payload(new)) {
            (None, None) => {}
            (Some(a), Some(b)) if old.encoding == new.encoding => {
                self.walk_root(a, b, at, Subject::Response, RESPONSE, op);
            }
            _ => {
                let detail = format!(
                    "{} → {}",
                    describe_payload(self.old, old),
                    describe_payload(self.new, new)
                );
                self.push(
                    Kind::ResponseRetyped,
                    true,
                    at.trim_end(),
                    detail,
                    vec![op.clone()],
                );
            }
        }
    }

    /// Error responses by status. Added and removed statuses both break (see [`Kind`]).
    fn errors(&mut self, old: &Operation, new: &Operation, op: &OpRef) {
        let at = |r: &Response| format!("{} {} response ", op.operation, status_text(&r.status));
        for r in &old.errors {
            match new.errors.iter().find(|n| n.status == r.status) {
                Some(n) => self.response(r, n, &at(n), op),
                None => {
                    let variant = code(&format!("{}::{}", old.error_name, r.variant));
                    let detail = format!("variant {variant} removed");
                    self.push(
                        Kind::ErrorStatusRemoved,
                        true,
                        at(r).trim_end(),
                        detail,
                        vec![op.clone()],
                    );
                }
            }
        }
        for r in new
            .errors
            .iter()
            .filter(|n| !old.errors.iter().any(|o| o.status == n.status))
        {
            let variant = code(&format!("{}::{}", new.error_name, r.variant));
            let detail = format!("new variant {variant} (was `Error::UnexpectedStatus`)");
            self.push(
                Kind::ErrorStatusAdded,
                true,
                at(r).trim_end(),
                detail,
                vec![op.clone()],
            );
        }
    }

    /// Breaking unless every old alternative (the credentials a caller has) still satisfies
    /// some new alternative. No security at all counts as one empty alternative.
    fn op_security(&mut self, old: &Operation, new: &Operation, op: &OpRef) {
        if old.security == new.security {
            return;
        }
        let (before, after) = (alternatives(old), alternatives(new));
        let breaking = !before
            .iter()
            .all(|have| after.iter().any(|need| covers(have, need)));
        let detail = format!(
            "{} → {}",
            describe_security(&before),
            describe_security(&after)
        );
        let at = format!("{} security", op.operation);
        self.push(
            Kind::OperationSecurityChanged,
            breaking,
            &at,
            detail,
            vec![op.clone()],
        );
    }

    /// Walks a parameter, body or response type; component types it reaches are recorded in
    /// `uses` for [`Cx::components`].
    fn walk_root(
        &mut self,
        old: &TypeRef,
        new: &TypeRef,
        at: &str,
        subject: Subject,
        dirs: Dirs,
        op: &OpRef,
    ) {
        let mut walk = Walk::new(self.old, self.new);
        walk.types(old, new, at, subject);
        for f in walk.found {
            self.changes.push(f.into_change(dirs, vec![op.clone()]));
        }
        let ops = BTreeSet::from([op.clone()]);
        for pair in walk.edges {
            self.uses.entry(pair).or_default().merge(dirs, &ops);
        }
    }

    /// Compares every component type pair reached from the operations (and, transitively,
    /// from other components), once each, then reports each change with the union of the ways
    /// and operations that reach its type. Component types that no operation reaches (webhook
    /// payloads, shared definitions) are compared too, judged as data the caller receives.
    fn components(&mut self) {
        let mut graph = Graph::new();
        self.explore(&mut graph, self.uses.keys().copied().collect());
        self.propagate(&graph);
        let unused: Vec<Pair> = common_components(self.old, self.new)
            .into_iter()
            .filter(|pair| !self.uses.contains_key(pair))
            .collect();
        for pair in &unused {
            self.uses
                .entry(*pair)
                .or_default()
                .merge(RESPONSE, &BTreeSet::new());
        }
        self.explore(&mut graph, unused);
        self.propagate(&graph);
        for (pair, (found, _)) in graph {
            let used = self.uses.get(&pair).cloned().unwrap_or_default();
            for f in found {
                let ops = used.ops.iter().cloned().collect();
                self.changes.push(f.into_change(used.dirs, ops));
            }
        }
    }

    /// Walks each pair in `queue` and every pair it reaches, once.
    fn explore(&self, graph: &mut Graph, mut queue: Vec<Pair>) {
        while let Some(pair) = queue.pop() {
            if graph.contains_key(&pair) {
                continue;
            }
            let mut walk = Walk::new(self.old, self.new);
            walk.component(pair);
            queue.extend(walk.edges.iter().filter(|e| !graph.contains_key(e)));
            graph.insert(pair, (walk.found, walk.edges));
        }
    }

    /// Component types (not aliases) present in only one version.
    fn types_added_removed(&mut self) {
        let (old, new) = (components(self.old), components(self.new));
        let mut found = Vec::new();
        for (origin, (_, def)) in &old {
            if !new.contains_key(origin) && !is_alias(def) {
                let detail = format!("{} removed", shape_name(def));
                found.push((Kind::TypeRemoved, true, def.rust_name.clone(), detail));
            }
        }
        for (origin, (_, def)) in &new {
            if !old.contains_key(origin) && !is_alias(def) {
                let detail = format!("new {}", shape_name(def));
                found.push((Kind::TypeAdded, false, def.rust_name.clone(), detail));
            }
        }
        for (kind, breaking, location, detail) in found {
            self.push(kind, breaking, &location, detail, Vec::new());
        }
    }

    /// Spreads uses along component references until nothing grows (cycles terminate: uses
    /// only grow, and are finite).
    fn propagate(&mut self, graph: &Graph) {
        loop {
            let mut grew = false;
            for (pair, (_, edges)) in graph {
                let Some(from) = self.uses.get(pair).cloned() else {
                    continue;
                };
                for edge in edges {
                    grew |= self
                        .uses
                        .entry(*edge)
                        .or_default()
                        .merge(from.dirs, &from.ops);
                }
            }
            if !grew {
                break;
            }
        }
    }
}

/// Each compared component pair: what changed in it, and the pairs it refers to.
type Graph = BTreeMap<Pair, (Vec<Found>, BTreeSet<Pair>)>;

/// The types of `components/schemas` by origin, with their ids.
fn components(api: &Api) -> BTreeMap<&str, (usize, &TypeDef)> {
    api.types
        .iter()
        .enumerate()
        .filter(|(_, def)| component(def).is_some())
        .map(|(id, def)| (def.origin.as_str(), (id, def)))
        .collect()
}

/// Component types (not aliases) present in both versions.
fn common_components(old: &Api, new: &Api) -> Vec<Pair> {
    let new_ones = components(new);
    components(old)
        .into_iter()
        .filter_map(|(origin, (a, def))| {
            let (b, other) = new_ones.get(origin)?;
            (!is_alias(def) && !is_alias(other)).then_some((a, *b))
        })
        .collect()
}

fn is_alias(def: &TypeDef) -> bool {
    matches!(def.kind, TypeKind::Alias(_))
}

fn shape_name(def: &TypeDef) -> &'static str {
    match &def.kind {
        TypeKind::Struct { .. } => "struct",
        TypeKind::Enum {
            base: EnumBase::String,
            ..
        } => "string enum",
        TypeKind::Enum {
            base: EnumBase::Integer,
            ..
        } => "integer enum",
        TypeKind::Enum { .. } => "enum",
        TypeKind::Union { .. } => "union",
        TypeKind::Alias(_) => "alias",
    }
}

type OpKey = (String, String);

fn index(api: &Api) -> BTreeMap<OpKey, (&Group, &Operation)> {
    api.groups
        .iter()
        .flat_map(|g| {
            g.operations
                .iter()
                .map(move |o| ((o.method.clone(), o.path.clone()), (g, o)))
        })
        .collect()
}

/// `GET /path`.
fn key_text((method, path): &OpKey) -> String {
    format!("{method} {path}")
}

fn op_ref(group: &Group, op: &Operation) -> OpRef {
    OpRef {
        operation: key_text(&(op.method.clone(), op.path.clone())),
        rust: format!("client.{}().{}()", group.rust_name, op.rust_name),
    }
}

fn find_param<'a>(params: &'a [Param], p: &Param) -> Option<&'a Param> {
    params
        .iter()
        .find(|q| q.location == p.location && q.wire_name == p.wire_name)
}

fn location_name(l: Location) -> &'static str {
    match l {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Cookie => "cookie",
    }
}

fn param_at(op: &OpRef, p: &Param) -> String {
    format!(
        "{} {} param {}",
        op.operation,
        location_name(p.location),
        p.wire_name
    )
}

fn payload(r: &Response) -> Option<&TypeRef> {
    r.ty.as_ref()
        .filter(|_| r.encoding != crate::ir::Encoding::Empty)
}

fn describe_payload(api: &Api, r: &Response) -> String {
    match (payload(r), &r.content_type) {
        (Some(t), Some(ct)) => format!("{} ({ct})", code(&display(api, t))),
        (Some(t), None) => code(&display(api, t)),
        (None, _) => "no body".to_owned(),
    }
}

fn status_text(s: &StatusSpec) -> String {
    match s {
        StatusSpec::Code(c) => c.to_string(),
        StatusSpec::Range(c) => format!("{c}XX"),
        StatusSpec::Default => "default".to_owned(),
    }
}

type Requirement = Vec<(String, Vec<String>)>;

fn alternatives(op: &Operation) -> Vec<Requirement> {
    if op.security.is_empty() {
        vec![Vec::new()]
    } else {
        op.security.clone()
    }
}

/// Whether credentials meeting `have` also meet `need` (schemes and their scopes).
fn covers(have: &Requirement, need: &Requirement) -> bool {
    need.iter().all(|(scheme, scopes)| {
        have.iter()
            .any(|(h, hs)| h == scheme && scopes.iter().all(|s| hs.contains(s)))
    })
}

fn describe_security(alts: &[Requirement]) -> String {
    let one = |req: &Requirement| {
        if req.is_empty() {
            return "no authentication".to_owned();
        }
        req.iter()
            .map(|(k, scopes)| match scopes.is_empty() {
                true => code(k),
                false => format!("{} ({})", code(k), scopes.join(", ")),
            })
            .collect::<Vec<_>>()
            .join(" + ")
    };
    alts.iter().map(one).collect::<Vec<_>>().join(" or ")
}

fn scheme_kind(kind: &SecurityKind) -> String {
    match kind {
        SecurityKind::Bearer { origin } => format!("bearer token ({origin})"),
        SecurityKind::Basic => "HTTP basic".to_owned(),
        SecurityKind::ApiKey { location, name } => format!("API key in {location} {}", code(name)),
    }
}

// ---------------------------------------------------------------------------------------------
// Walking types

/// What a position is, to name a retyped value there.
#[derive(Debug, Clone, Copy)]
enum Subject {
    Param,
    Body,
    Response,
    Type,
    Field,
}

impl Subject {
    fn retyped(self) -> Kind {
        match self {
            Subject::Param => Kind::ParamRetyped,
            Subject::Body => Kind::BodyRetyped,
            Subject::Response => Kind::ResponseRetyped,
            Subject::Type => Kind::TypeRetyped,
            Subject::Field => Kind::FieldRetyped,
        }
    }
}

/// One structural comparison of two types. Component pairs are not entered but collected in
/// `edges`; inline pairs are entered unless already on `stack`.
struct Walk<'a> {
    old: &'a Api,
    new: &'a Api,
    found: Vec<Found>,
    edges: BTreeSet<Pair>,
    stack: Vec<Pair>,
}

impl<'a> Walk<'a> {
    fn new(old: &'a Api, new: &'a Api) -> Self {
        Self {
            old,
            new,
            found: Vec::new(),
            edges: BTreeSet::new(),
            stack: Vec::new(),
        }
    }

    fn found(&mut self, kind: Kind, breaks: Dirs, path: String, detail: String) {
        self.found.push(Found {
            kind,
            path,
            detail,
            breaks,
        });
    }

    /// Compares a component pair where it is defined, named by its (new) Rust name.
    fn component(&mut self, (a, b): Pair) {
        let name = self
            .new
            .types
            .get(b)
            .map_or("?", |d| d.rust_name.as_str())
            .to_owned();
        self.stack.push((a, b));
        self.shape(a, b, &name, Subject::Type);
        self.stack.pop();
    }

    fn types(&mut self, old: &TypeRef, new: &TypeRef, path: &str, subject: Subject) {
        let (o, n) = (resolve(self.old, old), resolve(self.new, new));
        match (o, n) {
            (TypeRef::Nullable(a), TypeRef::Nullable(b)) => self.types(a, b, path, subject),
            (TypeRef::Array(a), TypeRef::Array(b)) => {
                self.types(a, b, &format!("{path}[]"), subject);
            }
            (TypeRef::Map(a), TypeRef::Map(b)) => self.types(a, b, &format!("{path}{{}}"), subject),
            (TypeRef::Named(a), TypeRef::Named(b)) => self.named(*a, *b, path, subject),
            (TypeRef::Named(_), _) | (_, TypeRef::Named(_)) => self.retyped(o, n, path, subject),
            (a, b) if a == b => {}
            _ => self.retyped(o, n, path, subject),
        }
    }

    fn retyped(&mut self, old: &TypeRef, new: &TypeRef, path: &str, subject: Subject) {
        let detail = format!("{} → {}", describe(self.old, old), describe(self.new, new));
        self.found(subject.retyped(), ALWAYS, path.to_owned(), detail);
    }

    fn named(&mut self, a: usize, b: usize, path: &str, subject: Subject) {
        let (Some(da), Some(db)) = (self.old.types.get(a), self.new.types.get(b)) else {
            return;
        };
        match (component(da), component(db)) {
            (Some(x), Some(y)) if x == y => {
                self.edges.insert((a, b));
            }
            (Some(_), Some(_)) => {
                self.retyped(&TypeRef::Named(a), &TypeRef::Named(b), path, subject)
            }
            _ => {
                if self.stack.contains(&(a, b)) || self.stack.len() >= MAX_DEPTH {
                    return;
                }
                self.stack.push((a, b));
                self.shape(a, b, path, subject);
                self.stack.pop();
            }
        }
    }

    fn shape(&mut self, a: usize, b: usize, path: &str, subject: Subject) {
        let (Some(da), Some(db)) = (self.old.types.get(a), self.new.types.get(b)) else {
            return;
        };
        match (&da.kind, &db.kind) {
            (
                TypeKind::Struct {
                    fields: fa,
                    additional: xa,
                    ..
                },
                TypeKind::Struct {
                    fields: fb,
                    additional: xb,
                    ..
                },
            ) => {
                self.fields(fa, fb, path);
                self.additional(xa.as_ref(), xb.as_ref(), path);
            }
            (
                TypeKind::Enum {
                    base: ba,
                    variants: va,
                },
                TypeKind::Enum {
                    base: bb,
                    variants: vb,
                },
            ) if ba == bb => {
                self.enum_values(va, vb, path);
            }
            (TypeKind::Union { variants: va, .. }, TypeKind::Union { variants: vb, .. }) => {
                self.union_variants(va, vb, path, subject);
            }
            (TypeKind::Alias(_), TypeKind::Alias(_)) => {}
            _ => self.retyped(&TypeRef::Named(a), &TypeRef::Named(b), path, subject),
        }
    }

    /// Fields by wire name.
    fn fields(&mut self, old: &[Field], new: &[Field], path: &str) {
        for f in old
            .iter()
            .filter(|f| !new.iter().any(|n| n.wire_name == f.wire_name))
        {
            let detail = format!("{} removed", code(&field_decl(self.old, f)));
            self.found(
                Kind::FieldRemoved,
                ALWAYS,
                format!("{path}.{}", f.wire_name),
                detail,
            );
        }
        for f in new {
            let at = format!("{path}.{}", f.wire_name);
            match old.iter().find(|o| o.wire_name == f.wire_name) {
                Some(o) => self.field(o, f, &at),
                None => {
                    let must_send = f.required && !f.read_only;
                    let what = if must_send { "required" } else { "optional" };
                    let detail = format!("new {what} field {}", code(&field_decl(self.new, f)));
                    let breaks = if must_send { REQUEST } else { NEVER };
                    self.found(Kind::FieldAdded, breaks, at, detail);
                }
            }
        }
    }

    /// One field present in both: its flags, then its type.
    fn field(&mut self, old: &Field, new: &Field, path: &str) {
        self.field_flags(old, new, path);
        let (a, b) = (strip_null(self.old, &old.ty), strip_null(self.new, &new.ty));
        self.types(a, b, path, Subject::Field);
    }

    /// Required, nullable and read-only flags, judged by whether the `Option`s of the Rust
    /// field change; a field made required also breaks what callers send.
    fn field_flags(&mut self, old: &Field, new: &Field, path: &str) {
        let rust_changed = options(self.old, old) != options(self.new, new);
        let types = format!(
            "{} → {}",
            code(&field_type(self.old, old)),
            code(&field_type(self.new, new))
        );
        let mut flags = Vec::new();
        if old.required != new.required {
            flags.push(match new.required {
                true => (
                    Kind::FieldRequired,
                    Dirs {
                        request: true,
                        response: rust_changed,
                    },
                ),
                false => (Kind::FieldOptional, Dirs::all(rust_changed)),
            });
        }
        let (was_null, is_null) = (nullable(self.old, &old.ty), nullable(self.new, &new.ty));
        if was_null != is_null {
            let kind = match is_null {
                true => Kind::FieldNullable,
                false => Kind::FieldNonNullable,
            };
            flags.push((kind, Dirs::all(rust_changed)));
        }
        if flags.is_empty() && rust_changed {
            // Only `readOnly` changed: read-only fields are always `Option`s.
            flags.push((Kind::FieldRetyped, ALWAYS));
        }
        for (kind, breaks) in flags {
            self.found(kind, breaks, path.to_owned(), types.clone());
        }
    }

    /// `additionalProperties`, shown as the field `*`.
    fn additional(&mut self, old: Option<&TypeRef>, new: Option<&TypeRef>, path: &str) {
        let at = format!("{path}.*");
        match (old, new) {
            (None, None) => {}
            (Some(t), None) => {
                let detail = format!("extra properties ({}) removed", code(&display(self.old, t)));
                self.found(Kind::FieldRemoved, ALWAYS, at, detail);
            }
            (None, Some(t)) => {
                let detail = format!("new extra properties ({})", code(&display(self.new, t)));
                self.found(Kind::FieldAdded, NEVER, at, detail);
            }
            (Some(a), Some(b)) => self.types(a, b, &at, Subject::Field),
        }
    }

    /// Enum values by value.
    fn enum_values(&mut self, old: &[EnumVariant], new: &[EnumVariant], path: &str) {
        for v in old
            .iter()
            .filter(|v| !new.iter().any(|n| n.value == v.value))
        {
            let detail = format!(
                "value {} removed (variant {})",
                code(&value_text(v)),
                code(&v.rust_name)
            );
            self.found(Kind::EnumValueRemoved, ALWAYS, path.to_owned(), detail);
        }
        for v in new
            .iter()
            .filter(|v| !old.iter().any(|o| o.value == v.value))
        {
            let detail = format!(
                "new value {} (variant {})",
                code(&value_text(v)),
                code(&v.rust_name)
            );
            self.found(Kind::EnumValueAdded, NEVER, path.to_owned(), detail);
        }
    }

    /// Union branches by Rust variant name.
    fn union_variants(
        &mut self,
        old: &[UnionVariant],
        new: &[UnionVariant],
        path: &str,
        subject: Subject,
    ) {
        for v in old
            .iter()
            .filter(|v| !new.iter().any(|n| n.rust_name == v.rust_name))
        {
            let detail = format!(
                "variant {} removed",
                code(&format!("{}({})", v.rust_name, display(self.old, &v.ty)))
            );
            self.found(Kind::VariantRemoved, ALWAYS, path.to_owned(), detail);
        }
        for v in new {
            match old.iter().find(|o| o.rust_name == v.rust_name) {
                Some(o) => self.types(&o.ty, &v.ty, &format!("{path}::{}", v.rust_name), subject),
                None => {
                    let detail = format!(
                        "new variant {}",
                        code(&format!("{}({})", v.rust_name, display(self.new, &v.ty)))
                    );
                    self.found(Kind::VariantAdded, RESPONSE, path.to_owned(), detail);
                }
            }
        }
    }
}

/// Looks through aliases (at most [`MAX_DEPTH`] of them).
fn resolve<'a>(api: &'a Api, ty: &'a TypeRef) -> &'a TypeRef {
    let mut ty = ty;
    for _ in 0..MAX_DEPTH {
        let TypeRef::Named(id) = ty else {
            return ty;
        };
        match api.types.get(*id).map(|d| &d.kind) {
            Some(TypeKind::Alias(inner)) => ty = inner,
            _ => return ty,
        }
    }
    ty
}

/// The schema name of a type defined in `components/schemas` (not an inline type).
fn component(def: &TypeDef) -> Option<&str> {
    def.origin
        .strip_prefix("/components/schemas/")
        .filter(|name| !name.contains('/'))
}

/// Whether the type may be `null` (looking through aliases).
fn nullable(api: &Api, ty: &TypeRef) -> bool {
    matches!(resolve(api, ty), TypeRef::Nullable(_))
}

/// The type without its `null`s (and the aliases that hide them): what is inside the field's
/// `Option`s. Other aliases are kept, for display.
fn strip_null<'a>(api: &'a Api, ty: &'a TypeRef) -> &'a TypeRef {
    let mut ty = ty;
    for _ in 0..MAX_DEPTH {
        match resolve(api, ty) {
            TypeRef::Nullable(inner) => ty = inner,
            _ => break,
        }
    }
    ty
}

/// How many `Option`s wrap the generated struct field, as `emit::types` writes it: one for
/// an optional or read-only field unless its type is written `Option` already, plus the
/// `null`s of its type (an alias of a nullable type is an `Option` too).
fn options(api: &Api, f: &Field) -> usize {
    let added = usize::from(
        (!f.required || f.read_only || f.write_only) && !matches!(f.ty, TypeRef::Nullable(_)),
    );
    let mut nulls = 0;
    let mut ty = resolve(api, &f.ty);
    while let TypeRef::Nullable(inner) = ty {
        nulls += 1;
        if nulls >= MAX_DEPTH {
            break;
        }
        ty = resolve(api, inner);
    }
    added + nulls
}

/// The field's Rust type with aliases around its value looked through.
fn field_type(api: &Api, f: &Field) -> String {
    let n = options(api, f);
    let inner = display(api, strip_null(api, &f.ty));
    format!("{}{inner}{}", "Option<".repeat(n), ">".repeat(n))
}

fn field_decl(api: &Api, f: &Field) -> String {
    format!("{}: {}", f.rust_name, field_type(api, f))
}

fn value_text(v: &EnumVariant) -> String {
    v.value
        .as_str()
        .map_or_else(|| v.value.to_string(), str::to_owned)
}

/// A type as Rust spells it in the generated crate.
fn display(api: &Api, ty: &TypeRef) -> String {
    match ty {
        TypeRef::Any => "serde_json::Value".to_owned(),
        TypeRef::String => "String".to_owned(),
        TypeRef::I32 => "i32".to_owned(),
        TypeRef::I64 => "i64".to_owned(),
        TypeRef::U32 => "u32".to_owned(),
        TypeRef::U64 => "u64".to_owned(),
        TypeRef::F64 => "f64".to_owned(),
        TypeRef::Bool => "bool".to_owned(),
        TypeRef::Unit => "()".to_owned(),
        TypeRef::Bytes => "Bytes".to_owned(),
        TypeRef::Upload => "Upload".to_owned(),
        TypeRef::Array(t) => format!("Vec<{}>", display(api, t)),
        TypeRef::Map(t) => format!("BTreeMap<String, {}>", display(api, t)),
        TypeRef::Nullable(t) => format!("Option<{}>", display(api, t)),
        TypeRef::Named(id) => api
            .types
            .get(*id)
            .map_or("?".to_owned(), |d| d.rust_name.clone()),
    }
}

/// A type with, for a named one, what shape it has.
fn describe(api: &Api, ty: &TypeRef) -> String {
    let shape = match ty {
        TypeRef::Named(id) => api.types.get(*id).map(shape_name),
        _ => None,
    };
    match shape {
        Some(shape) => format!("{} ({shape})", code(&display(api, ty))),
        None => code(&display(api, ty)),
    }
}

// ---------------------------------------------------------------------------------------------
// Output

/// Markdown inline code; backticks inside become `'` and line breaks spaces.
fn code(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| match c {
            '`' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    format!("`{clean}`")
}

/// The report as JSON: a list of change objects (`kind`, `breaking`, `location`, `detail`,
/// `operations`).
pub fn json(report: &Report) -> Result<String, String> {
    serde_json::to_string_pretty(&report.changes).map_err(|e| e.to_string())
}

/// The report as Markdown, for a pull-request comment: a title, a summary line with counts,
/// sections per kind (breaking changes first), and a legend of the rules that applied.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let (old, new) = (&report.old, &report.new);
    let _ = writeln!(out, "## API changes: {}\n", new.title);
    let _ = writeln!(
        out,
        "{} ({}) → {} ({})\n",
        code(&old.source),
        old.version,
        code(&new.source),
        new.version
    );
    let breaking = report.breaking();
    let other = report.changes.len() - breaking;
    if report.changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    let _ = writeln!(
        out,
        "**{breaking} breaking**, {other} non-breaking {}.",
        plural(other + breaking, "change")
    );
    for (flag, heading) in [(true, "Breaking changes"), (false, "Non-breaking changes")] {
        let changes: Vec<&Change> = report
            .changes
            .iter()
            .filter(|c| c.breaking == flag)
            .collect();
        if !changes.is_empty() {
            let _ = writeln!(out, "\n### {heading} ({})", changes.len());
            sections(&mut out, &changes);
        }
    }
    legend(&mut out, report);
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}

/// One `####` section per kind, in kind order (the changes are sorted by kind already).
fn sections(out: &mut String, changes: &[&Change]) {
    let mut by_kind: BTreeMap<Kind, Vec<&Change>> = BTreeMap::new();
    for c in changes {
        by_kind.entry(c.kind).or_default().push(c);
    }
    for (kind, list) in by_kind {
        let _ = writeln!(out, "\n#### {} ({})\n", kind.title(), list.len());
        for c in list {
            let _ = writeln!(out, "{}", line(c));
        }
    }
}

/// How many operations a line names before "and N more".
const OPS_SHOWN: usize = 3;

fn line(c: &Change) -> String {
    match c.operations.as_slice() {
        [] if c.kind.in_type() => format!(
            "- {}: {}; not used by any operation",
            code(&c.location),
            c.detail
        ),
        [] => format!("- {}: {}", code(&c.location), c.detail),
        [op] if c.location.starts_with(&op.operation) => {
            format!("- {} ({}): {}", code(&c.location), code(&op.rust), c.detail)
        }
        ops => {
            let shown: Vec<String> = ops
                .iter()
                .take(OPS_SHOWN)
                .map(|op| format!("{} ({})", code(&op.operation), code(&op.rust)))
                .collect();
            let more = match ops.len().saturating_sub(OPS_SHOWN) {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            format!(
                "- {}: {}; used by {}{more}",
                code(&c.location),
                c.detail,
                shown.join(", ")
            )
        }
    }
}

fn legend(out: &mut String, report: &Report) {
    // The rules of the kinds present, and always our choice about new error statuses.
    let mut kinds: BTreeSet<Kind> = report.changes.iter().map(|c| c.kind).collect();
    kinds.insert(Kind::ErrorStatusAdded);
    out.push_str("\n<details><summary>What counts as breaking</summary>\n\n");
    out.push_str(
        "Breaking: code written against the old generated crate may stop compiling, or calls \
         that worked may fail or decode differently. A type used in both requests and responses \
         breaks if either use breaks.\n\n",
    );
    for kind in kinds {
        let _ = writeln!(out, "- **{}**: {}", kind.title(), kind.rule());
    }
    out.push_str("\n</details>\n");
}
