//! Component types: compared once each where they are defined, their changes judged by every way
//! and operation that reaches them; component types added and removed.

use std::collections::{BTreeMap, BTreeSet};

use super::walk::{component, Walk};
use super::{Cx, Found, Kind, Pair, RESPONSE};
use crate::ir::{Api, EnumBase, TypeDef, TypeKind};

impl Cx<'_> {
    /// Compares every component type pair reached from the operations (and, transitively,
    /// from other components), once each, then reports each change with the union of the ways
    /// and operations that reach its type. Component types that no operation reaches (webhook
    /// payloads, shared definitions) are compared too, judged as data the caller receives.
    pub(super) fn components(&mut self) {
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
    pub(super) fn types_added_removed(&mut self) {
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

pub(super) fn shape_name(def: &TypeDef) -> &'static str {
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
