//! Servers, security schemes and the security of operations: what a client is built and called
//! with.

use super::output::code;
use super::{Cx, Kind, OpRef};
use crate::ir::{Api, Operation, SecurityKind};

impl Cx<'_> {
    /// Servers by URL. A changed default is one change (its old and new URLs are not also
    /// reported as removed and added).
    pub(super) fn servers(&mut self) {
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
    pub(super) fn schemes(&mut self) {
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

    /// Breaking unless every old alternative (the credentials a caller has) still satisfies
    /// some new alternative. No security at all counts as one empty alternative.
    pub(super) fn op_security(&mut self, old: &Operation, new: &Operation, op: &OpRef) {
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
