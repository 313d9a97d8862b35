//! Which named types each part of a provider (a group's operations, the webhook events)
//! reaches, for the features' `cfg`s. The type graph's strongly connected components (Tarjan,
//! iterative) are closed once, in the order Tarjan finishes them (every component after those
//! it reaches), so a part's reach is the union of its root types' closures: linear in the graph
//! plus one bitset per component, however many groups share a long chain of types.

use crate::ir::{Api, TypeKind, TypeRef};

/// The named types `t` names directly (through lists, maps and `Option`).
fn named(t: &TypeRef, out: &mut Vec<usize>) {
    match t {
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => named(inner, out),
        TypeRef::Named(id) => out.push(*id),
        _ => {}
    }
}

/// The types type `id` names directly.
fn edges(api: &Api, id: usize) -> Vec<usize> {
    let mut out = Vec::new();
    match &api.types[id].kind {
        TypeKind::Struct {
            fields,
            additional,
            base,
            ..
        } => {
            out.extend(*base);
            for f in fields {
                named(&f.ty, &mut out);
            }
            if let Some(extra) = additional {
                named(extra, &mut out);
            }
        }
        TypeKind::Union { variants, .. } => {
            for v in variants {
                named(&v.ty, &mut out);
            }
        }
        TypeKind::Alias(inner) => named(inner, &mut out),
        TypeKind::Enum { .. } => {}
    }
    out.retain(|&to| to < api.types.len());
    out
}

/// A set of type ids.
#[derive(Clone)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn union(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &word)| {
            (0..64)
                .filter(move |b| word & (1 << b) != 0)
                .map(move |b| w * 64 + b)
        })
    }
}

/// Every type's component, each component's closure (the types it reaches, its own too), and
/// the longest chain of types it starts (its members counted once).
struct Closures {
    component: Vec<usize>,
    closure: Vec<Bits>,
    chain: Vec<usize>,
}

fn closures(api: &Api) -> Closures {
    let n = api.types.len();
    let adjacent: Vec<Vec<usize>> = (0..n).map(|id| edges(api, id)).collect();
    const UNSEEN: usize = usize::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut component = vec![0; n];
    let mut closure: Vec<Bits> = Vec::new();
    let mut chain: Vec<usize> = Vec::new();
    let mut next = 0;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        let mut calls: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&(v, i)) = calls.last() {
            if let Some(&w) = adjacent[v].get(i) {
                if let Some(top) = calls.last_mut() {
                    top.1 += 1;
                }
                if index[w] == UNSEEN {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    calls.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(u, _)) = calls.last() {
                low[u] = low[u].min(low[v]);
            }
            if low[v] != index[v] {
                continue;
            }
            // `v` roots a component; the components it reaches are all closed already.
            let c = closure.len();
            let mut members = Vec::new();
            while let Some(w) = stack.pop() {
                on_stack[w] = false;
                component[w] = c;
                members.push(w);
                if w == v {
                    break;
                }
            }
            let mut bits = Bits::new(n);
            for &m in &members {
                bits.insert(m);
            }
            let mut longest = 0;
            for &m in &members {
                for &w in &adjacent[m] {
                    if component[w] != c && !on_stack[w] {
                        bits.union(&closure[component[w]]);
                        longest = longest.max(chain[component[w]]);
                    }
                }
            }
            closure.push(bits);
            chain.push(members.len() + longest);
        }
    }
    Closures {
        component,
        closure,
        chain,
    }
}

/// For each type (by index in `Api::types`), the parts (indices into `roots`) that reach it,
/// in increasing order.
pub(super) fn reaching(api: &Api, roots: &[Vec<&TypeRef>]) -> Vec<Vec<usize>> {
    let n = api.types.len();
    let closures = closures(api);
    let mut reached: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut ids = Vec::new();
    for (part, types) in roots.iter().enumerate() {
        ids.clear();
        for t in types {
            named(t, &mut ids);
        }
        let mut bits = Bits::new(n);
        for &id in ids.iter().filter(|&&id| id < n) {
            bits.union(&closures.closure[closures.component[id]]);
        }
        for id in bits.ones() {
            reached[id].push(part);
        }
    }
    reached
}

/// The longest chain of types rustc's drop check walks cheaply (a crate with a longer one also
/// needs a higher `recursion_limit`).
pub const CHEAP_CHAIN: usize = 24;

/// Whether lists of the API's objects should be `runtime::List`s ([`Api::object_lists`]): when
/// its types chain longer than [`CHEAP_CHAIN`]. rustc's drop check walks, for each type a function
/// holds, every type it reaches; a `List` ends the walk.
pub fn needs_object_lists(api: &Api) -> bool {
    longest_chain(api) > CHEAP_CHAIN
}

/// The longest chain of distinct types one type leads to through its fields (rustc's drop
/// check walks it: a crate with long chains needs a higher `recursion_limit`).
pub fn longest_chain(api: &Api) -> usize {
    closures(api).chain.into_iter().max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(schemas: &str) -> Api {
        let doc = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        );
        crate::test_api(&doc)
    }

    #[test]
    fn chains_count_distinct_types_and_cycles_once() {
        let mut schemas = String::new();
        for i in 0..40 {
            let next = if i < 39 {
                format!(", properties: {{next: {{type: array, items: {{$ref: '#/components/schemas/A{}'}}}}}}", i + 1)
            } else {
                String::new()
            };
            schemas.push_str(&format!("    A{i}: {{type: object{next}}}\n"));
        }
        assert_eq!(longest_chain(&api(&schemas)), 40);
        let cycle =
            "    B: {type: object, properties: {c: {$ref: '#/components/schemas/C'}}}\n    \
                     C: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}\n";
        assert_eq!(longest_chain(&api(cycle)), 2);
    }

    #[test]
    fn object_lists_only_past_a_cheap_chain() {
        // A cycle of `n` distinct objects through lists (a property of its own keeps each apart
        // from the others when merging).
        let cycle = |n: usize| {
            let mut schemas = String::new();
            for i in 0..n {
                schemas.push_str(&format!(
                    "    L{i}: {{type: object, properties: {{own{i}: {{type: string}}, next: {{type: array, items: {{$ref: '#/components/schemas/L{}'}}}}}}}}\n",
                    (i + 1) % n
                ));
            }
            api(&schemas)
        };
        assert!(!needs_object_lists(&cycle(CHEAP_CHAIN)));
        assert!(needs_object_lists(&cycle(CHEAP_CHAIN + 1)));
    }

    #[test]
    fn every_part_reaches_the_closure_of_its_roots() {
        let schemas = "    B: {type: object, properties: {c: {$ref: '#/components/schemas/C'}}}\n    \
                       C: {type: object, properties: {b: {$ref: '#/components/schemas/B'}, d: {$ref: '#/components/schemas/D'}}}\n    \
                       D: {type: string}\n    E: {type: string}\n";
        let api = api(schemas);
        let id = |name: &str| {
            api.types
                .iter()
                .position(|t| t.rust_name == name)
                .expect(name)
        };
        let (b, d, e) = (id("B"), id("D"), id("E"));
        let root = TypeRef::Named(b);
        let other = TypeRef::Named(e);
        let reached = reaching(&api, &[vec![&root], vec![&other]]);
        assert_eq!(reached[b], vec![0]);
        assert_eq!(reached[id("C")], vec![0]);
        assert_eq!(reached[d], vec![0]);
        assert_eq!(reached[e], vec![1]);
    }
}
