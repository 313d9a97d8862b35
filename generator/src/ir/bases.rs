//! Structs that extend another (`allOf: [{$ref: Parent}, {…own properties}]`), held by
//! composition: the struct gets a field of the parent's type (read through `Deref`) and only its
//! own fields, instead of a copy of every inherited one. In a document built by inheritance
//! (each schema extending the previous, six deep) this divides the fields rustc checks by the
//! depth of the chains.
//!
//! Lowering proposes the first component `$ref` of an `allOf` as the base and still lists every
//! property in `fields`, so everything that reads a struct's properties (pagination, unions,
//! examples of payloads, the change report) sees them all. After identical types are merged,
//! [`Api::settle_bases`] keeps a proposed base only where composition changes nothing on the
//! wire: the base (through aliases) is a struct without additional properties whose every field
//! is, identically, one of the extending struct's, and holding it needs no `Box`.

use super::{Api, Field, TypeKind, TypeRef};

impl Api {
    /// Keeps each proposed base that the extending struct's fields agree with (pointing it at
    /// the struct itself, through aliases), drops the others, and marks every struct extended.
    pub fn settle_bases(&mut self) {
        let mut extended = vec![false; self.types.len()];
        for id in 0..self.types.len() {
            let TypeKind::Struct { base, fields, .. } = &self.types[id].kind else {
                continue;
            };
            let settled = base.and_then(|b| self.unaliased_struct(b)).filter(|&b| {
                b != id && self.inherits(fields, b) && !self.holds(b, id, &mut Vec::new())
            });
            if let Some(b) = settled {
                extended[b] = true;
            }
            if let TypeKind::Struct { base, .. } = &mut self.types[id].kind {
                *base = settled;
            }
        }
        for (def, is_extended) in self.types.iter_mut().zip(extended) {
            if let TypeKind::Struct { extended, .. } = &mut def.kind {
                *extended = is_extended;
            }
        }
    }

    /// The struct `id` names through aliases, when it is one without additional properties.
    fn unaliased_struct(&self, id: usize) -> Option<usize> {
        let id = self.canonical(id);
        matches!(
            self.types.get(id)?.kind,
            TypeKind::Struct {
                additional: None,
                ..
            }
        )
        .then_some(id)
    }

    /// Whether every field of struct `base` is one of `fields`, the same in every respect.
    fn inherits(&self, fields: &[Field], base: usize) -> bool {
        let TypeKind::Struct {
            fields: inherited, ..
        } = &self.types[base].kind
        else {
            return false;
        };
        !inherited.is_empty()
            && inherited.iter().all(|b| {
                fields.iter().any(|f| {
                    f.wire_name == b.wire_name
                        && f.rust_name == b.rust_name
                        && self.same(&f.ty, &b.ty)
                        && f.required == b.required
                        && f.description == b.description
                        && f.deprecated == b.deprecated
                        && f.read_only == b.read_only
                        && f.write_only == b.write_only
                })
            })
    }

    /// Whether two type references are the same type once merged types are seen through
    /// their aliases (an inline schema the base declares is lowered again for each struct
    /// extending it, and merged into the base's).
    fn same(&self, a: &TypeRef, b: &TypeRef) -> bool {
        match (a, b) {
            (TypeRef::Array(a), TypeRef::Array(b))
            | (TypeRef::Map(a), TypeRef::Map(b))
            | (TypeRef::Nullable(a), TypeRef::Nullable(b)) => self.same(a, b),
            (TypeRef::Named(a), TypeRef::Named(b)) => self.canonical(*a) == self.canonical(*b),
            (a, b) => a == b,
        }
    }

    /// Whether a value of type `id` contains one of type `target` without a heap indirection (a
    /// `Vec` or a map), so that holding it would make `target` infinitely large.
    fn holds(&self, id: usize, target: usize, seen: &mut Vec<usize>) -> bool {
        if id == target {
            return true;
        }
        if seen.contains(&id) {
            return false;
        }
        seen.push(id);
        let direct = |t: &TypeRef, seen: &mut Vec<usize>| -> bool {
            let mut t = t;
            while let TypeRef::Nullable(inner) = t {
                t = inner;
            }
            matches!(t, TypeRef::Named(next) if self.holds(*next, target, seen))
        };
        match &self.types[id].kind {
            TypeKind::Struct { fields, base, .. } => {
                base.is_some_and(|b| self.holds(b, target, seen))
                    || fields.iter().any(|f| direct(&f.ty, seen))
            }
            TypeKind::Union { variants, .. } => variants.iter().any(|v| direct(&v.ty, seen)),
            TypeKind::Alias(t) => direct(t, seen),
            TypeKind::Enum { .. } => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{api, def, field};
    use super::super::*;

    fn strukt(name: &str, fields: Vec<Field>, base: Option<usize>) -> TypeDef {
        let kind = TypeKind::Struct {
            fields,
            additional: None,
            base,
            extended: false,
        };
        def(name, kind)
    }

    fn settled(api: &Api, id: usize) -> (Option<usize>, bool) {
        match api.types[id].kind {
            TypeKind::Struct { base, extended, .. } => (base, extended),
            _ => panic!("not a struct"),
        }
    }

    #[test]
    fn a_base_is_kept_only_where_its_fields_are_the_inherited_ones() {
        let id = || field("id", TypeRef::String);
        let mut changed = id();
        changed.ty = TypeRef::I64;
        let mut api = api(vec![
            strukt("Entity", vec![id()], None),
            // Extends Entity with a field of its own.
            strukt("Pet", vec![id(), field("name", TypeRef::String)], Some(0)),
            // Through an alias of Pet.
            TypeDef {
                kind: TypeKind::Alias(TypeRef::Named(1)),
                ..strukt("PetAlias", Vec::new(), None)
            },
            strukt(
                "Dog",
                vec![
                    id(),
                    field("name", TypeRef::String),
                    field("bark", TypeRef::Bool),
                ],
                Some(2),
            ),
            // Redefines Entity's `id`: flattened.
            strukt("Odd", vec![changed, field("x", TypeRef::Bool)], Some(0)),
            // Holds itself through the base (Loop's field is a Loopy, which extends Loop).
            strukt(
                "Loop",
                vec![field(
                    "next",
                    TypeRef::Nullable(Box::new(TypeRef::Named(6))),
                )],
                None,
            ),
            strukt(
                "Loopy",
                vec![field(
                    "next",
                    TypeRef::Nullable(Box::new(TypeRef::Named(6))),
                )],
                Some(5),
            ),
        ]);
        api.settle_bases();
        assert_eq!(settled(&api, 0), (None, true));
        assert_eq!(settled(&api, 1), (Some(0), true));
        assert_eq!(settled(&api, 3), (Some(1), false));
        assert_eq!(settled(&api, 4), (None, false));
        assert_eq!(settled(&api, 5), (None, false));
        assert_eq!(settled(&api, 6), (None, false));
    }
}
