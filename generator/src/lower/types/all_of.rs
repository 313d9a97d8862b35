//! `allOf` → one struct merging its members' properties.

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use super::*;
use crate::diag::Diagnostics;
use crate::ir::{TypeKind, TypeRef};

impl Types<'_> {
    /// Collects properties and required names of an `allOf` member, recursively. `Err` when the
    /// member is not an object; `Ok(true)` when it may carry properties we cannot list (a union,
    /// `additionalProperties`), which the merged struct then keeps in a flattened map.
    pub(super) fn collect_all_of(
        &self,
        schema: &ReferenceOr<Schema>,
        props: &mut IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &mut Vec<String>,
        depth: usize,
    ) -> Result<bool, ()> {
        let s = self.resolve(schema).ok_or(())?;
        if depth > 16 {
            return Err(());
        }
        let (own_props, own_required, all_of, mut open): (
            Option<&IndexMap<_, _>>,
            &[String],
            &[ReferenceOr<Schema>],
            bool,
        ) = match &s.schema_kind {
            SchemaKind::Type(Type::Object(o)) => (
                Some(&o.properties),
                &o.required,
                &[],
                matches!(
                    o.additional_properties,
                    Some(AdditionalProperties::Schema(_)) | Some(AdditionalProperties::Any(true))
                ),
            ),
            SchemaKind::AllOf { all_of } => (None, &[], all_of, false),
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => (None, &[], &[], true),
            SchemaKind::Any(a) => (
                Some(&a.properties),
                &a.required,
                &a.all_of,
                !a.one_of.is_empty()
                    || !a.any_of.is_empty()
                    || matches!(
                        a.additional_properties,
                        Some(AdditionalProperties::Schema(_))
                            | Some(AdditionalProperties::Any(true))
                    ),
            ),
            _ => return Err(()),
        };
        for member in all_of {
            open |= self.collect_all_of(member, props, required, depth + 1)?;
        }
        if let Some(own) = own_props {
            for (k, v) in own {
                // A later, typed property wins over an earlier one; a bare `readOnly` marker keeps the type.
                let bare = matches!(v, ReferenceOr::Item(s) if matches!(s.schema_kind, SchemaKind::Any(ref a) if a.typ.is_none() && a.properties.is_empty() && a.all_of.is_empty() && a.one_of.is_empty() && a.any_of.is_empty()));
                match props.get_mut(k) {
                    Some(existing) if bare => {
                        if let (ReferenceOr::Item(existing), ReferenceOr::Item(new)) = (existing, v)
                        {
                            existing.schema_data.read_only |= new.schema_data.read_only;
                        }
                    }
                    _ => {
                        props.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        for r in own_required {
            if !required.contains(r) {
                required.push(r.clone());
            }
        }
        Ok(open)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn all_of_type(
        &mut self,
        all_of: &[ReferenceOr<Schema>],
        extra_props: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        extra_required: &[String],
        hint: &str,
        pointer: &str,
        schema: &Schema,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        let members: Vec<&ReferenceOr<Schema>> =
            all_of.iter().filter(|s| !self.is_null_only(s)).collect();
        if let ([only], true) = (members.as_slice(), extra_props.is_empty()) {
            let i = all_of
                .iter()
                .position(|s| std::ptr::eq(s, *only))
                .unwrap_or(0);
            return self.type_of(only, hint, &format!("{pointer}/allOf/{i}"), diags);
        }
        let mut props = IndexMap::new();
        let mut required = Vec::new();
        let mut open = false;
        let mut objects = 0;
        for member in &members {
            match self.collect_all_of(member, &mut props, &mut required, 0) {
                Ok(member_open) => {
                    open |= member_open;
                    objects += 1;
                }
                Err(()) => open = true,
            }
        }
        if objects == 0 {
            diags.warn(
                format!("{pointer}/allOf"),
                "`allOf` of non-object schemas; using the first member's type",
            );
            return match members.first() {
                Some(first) => self.type_of(first, hint, &format!("{pointer}/allOf/0"), diags),
                None => TypeRef::Any,
            };
        }
        if open {
            diags.warn(
                format!("{pointer}/allOf"),
                "`allOf` includes a union, a non-object or open properties; properties not listed are kept in `additional_properties`",
            );
        }
        for (k, v) in extra_props {
            props.insert(k.clone(), v.clone());
        }
        for r in extra_required {
            if !required.contains(r) {
                required.push(r.clone());
            }
        }
        if props.is_empty() {
            return TypeRef::Map(Box::new(TypeRef::Any));
        }
        // The first member naming a component is proposed as the struct's base
        // (`Api::settle_bases` keeps it where the fields agree), unless `x-rust-flatten: true`
        // asks for every property as a field of its own.
        let flatten =
            schema.schema_data.extensions.get("x-rust-flatten") == Some(&Value::Bool(true));
        let base = members.iter().filter(|_| !flatten).find_map(|m| match m {
            ReferenceOr::Reference { reference } => component_name(reference, "schemas")
                .and_then(|name| self.components.get(&*name).copied())
                .filter(|id| !self.nullable.contains(id)),
            ReferenceOr::Item(_) => None,
        });
        let id = self.reserve(hint, pointer, schema);
        let owner = self.defs[id].rust_name.clone();
        let fields = self.fields(&props, &required, &owner, pointer, diags);
        self.defs[id].kind = TypeKind::Struct {
            fields,
            additional: open.then_some(TypeRef::Any),
            base,
            extended: false,
        };
        TypeRef::Named(id)
    }
}
