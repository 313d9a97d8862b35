//! `oneOf`/`anyOf` → unions, and their tags (discriminators, implicit string-enum tags)
//! completed once every type exists.

use openapiv3::{ReferenceOr, Schema};

use super::super::names::Names;
use super::*;
use crate::diag::Diagnostics;
use crate::ir::{EnumBase, Field, TypeKind, TypeRef, UnionVariant};

impl Types<'_> {
    pub(super) fn union_type(
        &mut self,
        list: &[ReferenceOr<Schema>],
        key: &str,
        hint: &str,
        pointer: &str,
        schema: &Schema,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        let nullable = list.iter().any(|s| self.is_null_only(s));
        let branches: Vec<(usize, &ReferenceOr<Schema>)> = list
            .iter()
            .enumerate()
            .filter(|(_, s)| !self.is_null_only(s))
            .collect();
        let ty = match branches.as_slice() {
            [] => TypeRef::Any,
            [(i, only)] => self.type_of(only, hint, &format!("{pointer}/{key}/{i}"), diags),
            _ => {
                let id = self.reserve(hint, pointer, schema);
                let owner = self.defs[id].rust_name.clone();
                let mut names = Names::default();
                let mut variants = Vec::new();
                for (i, branch) in branches {
                    let branch_pointer = format!("{pointer}/{key}/{i}");
                    let ty = self.type_of(
                        branch,
                        &format!("{owner}{}", branch_hint(branch, i)),
                        &branch_pointer,
                        diags,
                    );
                    let wanted = self.variant_name(&ty);
                    if variants.iter().any(|v: &UnionVariant| v.ty == ty) {
                        continue;
                    }
                    variants.push(UnionVariant {
                        rust_name: names.unique(&wanted),
                        ty,
                        tag_values: Vec::new(),
                    });
                }
                let tag = self.union_tag(&mut variants, schema.schema_data.discriminator.as_ref());
                self.defs[id].kind = TypeKind::Union { variants, tag };
                TypeRef::Named(id)
            }
        };
        if nullable {
            TypeRef::Nullable(Box::new(ty))
        } else {
            ty
        }
    }

    /// Records a discriminator at union creation: its property, and for each branch the mapping
    /// values that name that branch's component (other values are filled in by [`Types::finalize`]).
    pub(super) fn union_tag(
        &self,
        variants: &mut [UnionVariant],
        discriminator: Option<&openapiv3::Discriminator>,
    ) -> Option<String> {
        let d = discriminator?;
        for variant in variants.iter_mut() {
            variant.tag_values = d
                .mapping
                .iter()
                .filter(|(_, reference)| {
                    component_name(reference, "schemas")
                        .and_then(|n| self.components.get(&*n))
                        .is_some_and(|id| variant.ty == TypeRef::Named(*id))
                })
                .map(|(value, _)| value.clone())
                .collect();
        }
        Some(d.property_name.clone())
    }

    /// Once every type exists: completes each union's tag. With a discriminator, a branch the
    /// mapping does not name gets the values of its tag property's enum, else its schema name.
    /// Without one, the first required string-enum property present in every branch with
    /// disjoint values becomes an implicit tag (`{type: basic_auth, ...} | {type: bearer_token, ...}`).
    pub fn finalize(&mut self) {
        shared::rename(&self.uses, &mut self.defs, &mut self.names);
        for id in 0..self.defs.len() {
            let TypeKind::Union { variants, tag } = &self.defs[id].kind else {
                continue;
            };
            let (mut variants_new, tag_new) = (
                variants
                    .iter()
                    .map(|v| v.tag_values.clone())
                    .collect::<Vec<_>>(),
                tag.clone(),
            );
            let tys: Vec<TypeRef> = variants.iter().map(|v| v.ty.clone()).collect();
            let tag_new = match tag_new {
                Some(property) => {
                    for (values, ty) in variants_new.iter_mut().zip(&tys) {
                        if values.is_empty() {
                            *values = self.default_tag_values(ty, &property);
                        }
                    }
                    Some(property)
                }
                None => match self.implicit_tag(&tys) {
                    Some((property, all)) => {
                        variants_new = all;
                        Some(property)
                    }
                    None => None,
                },
            };
            if let TypeKind::Union { variants, tag } = &mut self.defs[id].kind {
                for (variant, values) in variants.iter_mut().zip(variants_new) {
                    variant.tag_values = values;
                }
                *tag = tag_new;
            }
        }
    }

    pub(super) fn default_tag_values(&self, ty: &TypeRef, property: &str) -> Vec<String> {
        if let Some(values) = self
            .struct_fields(ty)
            .and_then(|f| self.enum_values(f, property, false))
        {
            return values;
        }
        match ty {
            TypeRef::Named(id) => self.defs[*id]
                .origin
                .rsplit('/')
                .next()
                .map(str::to_owned)
                .into_iter()
                .collect(),
            _ => Vec::new(),
        }
    }

    pub(super) fn implicit_tag(&self, tys: &[TypeRef]) -> Option<(String, Vec<Vec<String>>)> {
        let first = self.struct_fields(tys.first()?)?;
        'candidates: for candidate in first.iter().filter(|f| f.required) {
            let mut all: Vec<Vec<String>> = Vec::new();
            for ty in tys {
                let values = self
                    .struct_fields(ty)
                    .and_then(|fields| self.enum_values(fields, &candidate.wire_name, true));
                let Some(values) = values else {
                    continue 'candidates;
                };
                if values.is_empty() || all.iter().flatten().any(|v| values.contains(v)) {
                    continue 'candidates;
                }
                all.push(values);
            }
            return Some((candidate.wire_name.clone(), all));
        }
        None
    }

    /// The fields of a struct type (through aliases), `None` for any other type.
    pub(crate) fn struct_fields(&self, ty: &TypeRef) -> Option<&[Field]> {
        match self.resolve_named(ty) {
            TypeRef::Named(id) => match &self.defs[id].kind {
                TypeKind::Struct { fields, .. } => Some(fields),
                _ => None,
            },
            _ => None,
        }
    }

    /// The values of the string-enum property `property` (required, if `required`).
    pub(super) fn enum_values(
        &self,
        fields: &[Field],
        property: &str,
        required: bool,
    ) -> Option<Vec<String>> {
        let field = fields
            .iter()
            .find(|f| f.wire_name == property && (f.required || !required))?;
        let TypeRef::Named(id) = self.resolve_named(&field.ty) else {
            return None;
        };
        match &self.defs[id].kind {
            TypeKind::Enum {
                base: EnumBase::String,
                variants,
            } => Some(
                variants
                    .iter()
                    .filter_map(|v| v.value.as_str().map(str::to_owned))
                    .collect(),
            ),
            _ => None,
        }
    }

    pub(super) fn variant_name(&self, ty: &TypeRef) -> String {
        match ty {
            TypeRef::Any => "Value".into(),
            TypeRef::String => "String".into(),
            TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64 => "Integer".into(),
            TypeRef::F64 => "Number".into(),
            TypeRef::Bool => "Boolean".into(),
            TypeRef::Unit => "Empty".into(),
            TypeRef::Bytes => "Bytes".into(),
            TypeRef::Upload => "Upload".into(),
            TypeRef::Array(inner) => format!("{}List", self.variant_name(inner)),
            TypeRef::Map(inner) => format!("{}Map", self.variant_name(inner)),
            TypeRef::Nullable(inner) => self.variant_name(inner),
            TypeRef::Named(id) => self.defs[*id].rust_name.clone(),
        }
    }
}
