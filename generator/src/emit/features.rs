//! Cargo features per group: for a provider with more than one group, each group is a feature
//! (the provider's own feature turns them all on), its module and accessor compile only with it,
//! and each type compiles only with the groups that reach it (`cfg(any(...))`); the webhook
//! events are one more part, `webhook-events`. A type every part reaches needs no gate; one no
//! part reaches compiles with the provider's feature (which turns every part on).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, Operation, Pagination, TypeRef};

/// Feature names the crate defines itself; a group feature never takes one of them.
const RESERVED: &[&str] = &["default", "rustls", "native-tls", "tracing"];

/// The features of one provider module.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// The feature of each group, in group order; empty when the provider has one group.
    pub groups: Vec<String>,
    /// The feature of the webhook events module (with group features, when there are events).
    pub events: Option<String>,
    /// For each type (by index in `Api::types`): the features that compile it, `None` always.
    pub types: Vec<Option<Vec<String>>>,
}

impl Plan {
    /// The features of a provider. `prefixed`: group features are named `<module>-<group>`
    /// (a crate of several providers); else `<group>` unless that is taken (`taken`: the
    /// provider modules' features).
    pub fn of(api: &Api, prefixed: bool, taken: &[String]) -> Plan {
        if api.groups.len() < 2 {
            return Plan {
                groups: Vec::new(),
                events: None,
                types: vec![None; api.types.len()],
            };
        }
        let name = |plain: String, features: &[String]| {
            let clash = RESERVED.contains(&plain.as_str())
                || taken.contains(&plain)
                || features.contains(&plain);
            if prefixed || clash {
                format!("{}-{plain}", api.module)
            } else {
                plain
            }
        };
        let mut groups: Vec<String> = Vec::new();
        for g in &api.groups {
            let feature = name(g.rust_name.replace('_', "-"), &groups);
            groups.push(feature);
        }
        let events = api
            .webhooks
            .as_ref()
            .filter(|w| !w.events.is_empty())
            .map(|_| name("webhook-events".into(), &groups));
        // Which features reach each type: the groups' operations, then the webhook events.
        let mut roots: Vec<Vec<&TypeRef>> = api
            .groups
            .iter()
            .map(|g| g.operations.iter().flat_map(operation_types).collect())
            .collect();
        let mut features = groups.clone();
        if let (Some(feature), Some(webhooks)) = (&events, &api.webhooks) {
            roots.push(webhooks.events.iter().map(|e| &e.ty).collect());
            features.push(feature.clone());
        }
        let reached = super::reach::reaching(api, &roots);
        // A type no part reaches is compiled with the provider's own feature (all parts).
        let types = reached
            .iter()
            .map(|reaching| {
                if reaching.is_empty() {
                    Some(vec![api.module.clone()])
                } else if reaching.len() == features.len() {
                    None
                } else {
                    Some(reaching.iter().map(|i| features[*i].clone()).collect())
                }
            })
            .collect();
        Plan {
            groups,
            events,
            types,
        }
    }

    /// Every feature of the provider's parts: its groups and its webhook events.
    pub fn parts(&self) -> Vec<String> {
        self.groups.iter().chain(&self.events).cloned().collect()
    }

    /// The features that compile the provider module: its own, or (with group features) any
    /// part's.
    pub fn module_gate(&self, module: &str) -> Vec<String> {
        if self.groups.is_empty() {
            vec![module.to_owned()]
        } else {
            self.parts()
        }
    }

    /// `#[cfg(...)]` of group `index`'s module and accessor.
    pub fn group_cfg(&self, index: usize) -> TokenStream {
        match self.groups.get(index) {
            Some(feature) => quote!(#[cfg(feature = #feature)]),
            None => TokenStream::new(),
        }
    }

    /// `#[cfg(...)]` of the webhook events module.
    pub fn events_cfg(&self) -> TokenStream {
        match &self.events {
            Some(feature) => quote!(#[cfg(feature = #feature)]),
            None => TokenStream::new(),
        }
    }

    /// `#[cfg(...)]` of type `id`.
    pub fn type_cfg(&self, id: usize) -> TokenStream {
        match self.types.get(id) {
            Some(Some(features)) => cfg_any(features),
            _ => TokenStream::new(),
        }
    }

    /// [`Plan::type_cfg`] as text laid out like prettyplease's (with its newline; empty when
    /// the type is always compiled).
    pub fn type_cfg_text(&self, id: usize) -> String {
        let features = match self.types.get(id) {
            Some(Some(features)) => features,
            _ => return String::new(),
        };
        let features: Vec<String> = features
            .iter()
            .map(|f| format!("feature = {}", super::layout::string(f)))
            .collect();
        let flat = match features.as_slice() {
            [one] => format!("#[cfg({one})]\n"),
            many => format!("#[cfg(any({}))]\n", many.join(", ")),
        };
        if flat.len() <= super::layout::WIDTH + 1 || features.len() == 1 {
            return flat;
        }
        // prettyplease's form: no comma after the last.
        format!(
            "#[cfg(\n    any(\n        {}\n    )\n)]\n",
            features.join(",\n        ")
        )
    }
}

/// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", ...))]` for several.
pub fn cfg_any(features: &[String]) -> TokenStream {
    match features {
        [one] => quote!(#[cfg(feature = #one)]),
        many => quote!(#[cfg(any(#(feature = #many),*))]),
    }
}

/// The types an operation names directly.
fn operation_types(op: &Operation) -> Vec<&TypeRef> {
    let mut out: Vec<&TypeRef> = op.params.iter().map(|p| &p.ty).collect();
    out.extend(op.body.as_ref().map(|b| &b.ty));
    out.extend(op.success.ty.as_ref());
    out.extend(op.successes.iter().filter_map(|r| r.ty.as_ref()));
    out.extend(op.errors.iter().filter_map(|r| r.ty.as_ref()));
    if let Some(p) = &op.pagination {
        out.push(match p {
            Pagination::Page { item, .. }
            | Pagination::Offset { item, .. }
            | Pagination::Cursor { item, .. }
            | Pagination::NextUrl { item, .. } => item,
        });
    }
    out
}
