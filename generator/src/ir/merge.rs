//! Named types of the same shape, merged: a large document repeats the same inline schema under
//! many names (GitHub's `{read, write}` permission enums, the same repository object in every
//! webhook payload). Each repetition would be a type of its own, with its own impls for rustc to
//! check; after this pass the first keeps its definition and the others become aliases of it
//! (`pub type Other = First;`), so every name users write still works: struct literals, enum
//! variants and `match` go through an alias.
//!
//! Two types have the same shape when they are the same kind with the same fields (names, docs,
//! optionality), variants or branches, and the types they refer to have the same shape in turn:
//! the coarsest such partition, found by refining "same kind and same local shape" until no class
//! splits (as a DFA is minimised). Descriptions of fields and variants are part of the shape, so
//! no documentation is lost; a type's own description stays on its alias.

use std::collections::BTreeMap;
use std::fmt::Write;

use rayon::prelude::*;

use super::{Api, TypeKind, TypeRef};

impl Api {
    /// Turns every named type whose shape an earlier one has into an alias of that one.
    /// Returns how many became aliases.
    pub fn merge_identical_types(&mut self) -> usize {
        let classes = classes(self);
        let mut first: BTreeMap<usize, usize> = BTreeMap::new();
        let mut merged = 0;
        for (id, class) in classes.iter().enumerate() {
            let canonical = *first.entry(*class).or_insert(id);
            // Aliases stay as they are: they cost nothing, and one could point at its own class.
            if canonical != id && !matches!(self.types[id].kind, TypeKind::Alias(_)) {
                self.types[id].kind = TypeKind::Alias(TypeRef::Named(canonical));
                merged += 1;
            }
        }
        merged
    }
}

/// The class of every type: equal classes, same shape.
fn classes(api: &Api) -> Vec<usize> {
    // What each type is apart from the types it refers to (interned), and those, in order.
    // The shapes are written in parallel, then interned in order.
    let mut locals: BTreeMap<String, usize> = BTreeMap::new();
    let written: Vec<(String, Vec<usize>)> = (0..api.types.len())
        .into_par_iter()
        .map(|id| shape(api, id))
        .collect();
    let shapes: Vec<(usize, Vec<usize>)> = written
        .into_iter()
        .map(|(local, refs)| {
            let next = locals.len();
            (*locals.entry(local).or_insert(next), refs)
        })
        .collect();
    let mut classes = vec![0; api.types.len()];
    let mut count = 1;
    loop {
        let mut ids: BTreeMap<(usize, usize, Vec<usize>), usize> = BTreeMap::new();
        let refined: Vec<usize> = shapes
            .iter()
            .zip(&classes)
            .map(|((local, refs), class)| {
                let key = (*class, *local, refs.iter().map(|r| classes[*r]).collect());
                let next = ids.len();
                *ids.entry(key).or_insert(next)
            })
            .collect();
        // Refinement only splits classes, so an unchanged count means nothing changed.
        if ids.len() == count {
            return refined;
        }
        count = ids.len();
        classes = refined;
    }
}

/// The shape of one type without the types it refers to (each a `#`), and those.
fn shape(api: &Api, id: usize) -> (String, Vec<usize>) {
    let mut s = String::new();
    let mut refs = Vec::new();
    // Strings are written with their length first, so no two shapes read the same.
    let text = |s: &mut String, t: &str| {
        let _ = write!(s, "{}:{t}", t.len());
    };
    let optional = |s: &mut String, t: Option<&str>| match t {
        Some(t) => {
            let _ = write!(s, "+{}:{t}", t.len());
        }
        None => s.push('-'),
    };
    match &api.types[id].kind {
        TypeKind::Struct {
            fields,
            additional,
            base,
            ..
        } => {
            s.push('S');
            if let Some(base) = base {
                s.push('^');
                ty(&mut s, &mut refs, &TypeRef::Named(*base));
            }
            for f in fields {
                s.push('|');
                text(&mut s, &f.wire_name);
                text(&mut s, &f.rust_name);
                for flag in [f.required, f.read_only, f.write_only, f.deprecated] {
                    s.push(if flag { '1' } else { '0' });
                }
                optional(&mut s, f.description.as_deref());
                ty(&mut s, &mut refs, &f.ty);
            }
            if let Some(extra) = additional {
                s.push_str("|+");
                ty(&mut s, &mut refs, extra);
            }
        }
        TypeKind::Enum { base, variants } => {
            let _ = write!(s, "E{base:?}");
            for v in variants {
                s.push('|');
                text(&mut s, &v.rust_name);
                text(&mut s, &v.value.to_string());
                optional(&mut s, v.description.as_deref());
            }
        }
        TypeKind::Union { variants, tag } => {
            s.push('U');
            optional(&mut s, tag.as_deref());
            for v in variants {
                s.push('|');
                text(&mut s, &v.rust_name);
                let _ = write!(s, "{}", v.tag_values.len());
                for value in &v.tag_values {
                    text(&mut s, value);
                }
                ty(&mut s, &mut refs, &v.ty);
            }
        }
        TypeKind::Alias(target) => {
            s.push('A');
            ty(&mut s, &mut refs, target);
        }
    }
    (s, refs)
}

fn ty(s: &mut String, refs: &mut Vec<usize>, t: &TypeRef) {
    match t {
        TypeRef::Array(inner) => {
            s.push('[');
            ty(s, refs, inner);
        }
        TypeRef::Map(inner) => {
            s.push('{');
            ty(s, refs, inner);
        }
        TypeRef::Nullable(inner) => {
            s.push('?');
            ty(s, refs, inner);
        }
        TypeRef::Named(id) => {
            s.push('#');
            refs.push(*id);
        }
        other => {
            let _ = write!(s, "{other:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{api, def, field};
    use super::super::*;

    fn strukt(fields: Vec<Field>) -> TypeKind {
        TypeKind::Struct {
            fields,
            additional: None,
            base: None,
            extended: false,
        }
    }

    fn target(api: &Api, id: usize) -> Option<usize> {
        match api.types[id].kind {
            TypeKind::Alias(TypeRef::Named(to)) => Some(to),
            _ => None,
        }
    }

    #[test]
    fn same_shapes_merge_through_what_they_refer_to() {
        // Repo{owner: User}, User{login}, Repo2{owner: User2}, User2{login}, Other{owner: Org}.
        let mut api = api(vec![
            def("Repo", strukt(vec![field("owner", TypeRef::Named(1))])),
            def("User", strukt(vec![field("login", TypeRef::String)])),
            def("Repo2", strukt(vec![field("owner", TypeRef::Named(3))])),
            def("User2", strukt(vec![field("login", TypeRef::String)])),
            def("Other", strukt(vec![field("owner", TypeRef::Named(5))])),
            def("Org", strukt(vec![field("login", TypeRef::I64)])),
        ]);
        assert_eq!(api.merge_identical_types(), 2);
        let targets: Vec<_> = (0..6).map(|id| target(&api, id)).collect();
        assert_eq!(targets, [None, None, Some(0), Some(1), None, None]);
    }

    #[test]
    fn recursive_shapes_merge_and_docs_keep_types_apart() {
        // Two self-referencing lists of the same shape; a third differs only in a field's doc.
        let mut documented = field("next", TypeRef::Nullable(Box::new(TypeRef::Named(2))));
        documented.description = Some("The next one.".into());
        let mut api = api(vec![
            def(
                "A",
                strukt(vec![field(
                    "next",
                    TypeRef::Nullable(Box::new(TypeRef::Named(0))),
                )]),
            ),
            def(
                "B",
                strukt(vec![field(
                    "next",
                    TypeRef::Nullable(Box::new(TypeRef::Named(1))),
                )]),
            ),
            def("C", strukt(vec![documented])),
        ]);
        assert_eq!(api.merge_identical_types(), 1);
        assert_eq!(target(&api, 1), Some(0));
        assert_eq!(target(&api, 2), None);
    }
}
