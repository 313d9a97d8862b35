//! Operations by method + path: renames, deprecation, parameters, request bodies, success and
//! error responses; the types they use are walked from here.

use std::collections::{BTreeMap, BTreeSet};

use super::output::code;
use super::walk::{display, Subject, Walk};
use super::{Cx, Dirs, Kind, OpRef, REQUEST, RESPONSE};
use crate::ir::{Api, Body, Group, Location, Operation, Param, Response, StatusSpec, TypeRef};

impl Cx<'_> {
    /// Operations by method + path.
    pub(super) fn operations(&mut self) {
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
