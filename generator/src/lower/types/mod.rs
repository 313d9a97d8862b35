//! Schemas → the type space (`Vec<TypeDef>` indexed by `TypeRef::Named`).
//!
//! Component schemas get their ids first, so refs (and cycles) resolve before conversion; inline
//! schemas that need a name get one derived from where they sit (`Owner` + `Property`).

use std::collections::BTreeMap;

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use super::names::{pascal, Names};
use super::shared;
use crate::diag::{escape_token, Diagnostics};
use crate::ir::{TypeDef, TypeKind, TypeRef};
use crate::load::refs::component_name;

mod all_of;
mod convert;
mod key;
mod unions;

const MAX_DEPTH: usize = 64;

/// Builds the type space of one document.
pub struct Types<'a> {
    api: &'a openapiv3::OpenAPI,
    /// The named types, by id.
    pub defs: Vec<TypeDef>,
    components: BTreeMap<String, usize>,
    names: Names,
    depth: usize,
    claim: Option<usize>,
    /// Inline schemas already typed, by their key (`key.rs`; only looked up, never iterated: the order
    /// of a `HashMap` reaches no output). Hashed by foldhash: these keys run to kilobytes.
    inline: std::collections::HashMap<Vec<u8>, TypeRef, foldhash::fast::RandomState>,
    /// The key of the schema being looked up, written into the same buffer every time.
    key: Vec<u8>,
    /// Shared inline types: where each use sits (see [`shared::Uses`]).
    uses: shared::Uses,
    /// Component schemas that admit `null` themselves: every reference to them is nullable.
    nullable: std::collections::BTreeSet<usize>,
}

/// Whether a schema admits `null` itself (3.0 `nullable`, a 3.1 null type, a null branch or enum value).
fn admits_null(schema: &Schema) -> bool {
    let is_null_branch = |s: &ReferenceOr<Schema>| matches!(s, ReferenceOr::Item(s) if s.schema_data.extensions.get("x-null") == Some(&Value::Bool(true)));
    schema.schema_data.nullable
        || schema.schema_data.extensions.get("x-null") == Some(&Value::Bool(true))
        || match &schema.schema_kind {
            SchemaKind::OneOf { one_of: list } | SchemaKind::AnyOf { any_of: list } => {
                list.iter().any(is_null_branch)
            }
            SchemaKind::Type(Type::String(s)) => s.enumeration.iter().any(Option::is_none),
            SchemaKind::Any(a) => {
                a.one_of.iter().chain(&a.any_of).any(is_null_branch)
                    || a.enumeration.iter().any(Value::is_null)
            }
            _ => false,
        }
}

/// The name of an array's items: the singular of the array's name (`Subscriptions` → `Subscription`).
fn singular(hint: &str) -> String {
    if let Some(stem) = hint.strip_suffix("ies") {
        return format!("{stem}y");
    }
    match hint.strip_suffix('s') {
        // `Status`, `Address`, `Bonus` are not plurals.
        Some(stem) if !stem.ends_with(['s', 'u']) && !stem.is_empty() => stem.to_owned(),
        _ => format!("{hint}Item"),
    }
}

/// A name for an inline union branch: its title, its only property, or its position.
fn branch_hint(branch: &ReferenceOr<Schema>, index: usize) -> String {
    if let ReferenceOr::Item(s) = branch {
        if let Some(title) = non_empty(&s.schema_data.title) {
            return pascal(&title);
        }
        let props = match &s.schema_kind {
            SchemaKind::Type(Type::Object(o)) => Some(&o.properties),
            SchemaKind::Any(a) => Some(&a.properties),
            _ => None,
        };
        if let Some(props) = props.filter(|p| p.len() == 1) {
            if let Some(name) = props.keys().next() {
                return pascal(name);
            }
        }
        let scalar = match &s.schema_kind {
            SchemaKind::Type(Type::String(_)) => Some("String"),
            SchemaKind::Type(Type::Integer(_)) => Some("Integer"),
            SchemaKind::Type(Type::Array(_)) => Some("List"),
            _ => None,
        };
        if let Some(scalar) = scalar {
            return scalar.to_owned();
        }
    }
    format!("Variant{index}")
}

/// `ty` with every `Named(from)` replaced by `Named(to)`.
fn remap(ty: &TypeRef, from: usize, to: usize) -> TypeRef {
    match ty {
        TypeRef::Named(id) if *id == from => TypeRef::Named(to),
        TypeRef::Array(inner) => TypeRef::Array(Box::new(remap(inner, from, to))),
        TypeRef::Map(inner) => TypeRef::Map(Box::new(remap(inner, from, to))),
        TypeRef::Nullable(inner) => TypeRef::Nullable(Box::new(remap(inner, from, to))),
        other => other.clone(),
    }
}

fn placeholder(rust_name: String, origin: String) -> TypeDef {
    TypeDef {
        rust_name,
        origin,
        description: None,
        deprecated: false,
        kind: TypeKind::Alias(TypeRef::Any),
        example: None,
    }
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_ref()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

impl<'a> Types<'a> {
    /// The hint for an array's items: the singular of the array's (`Subscriptions` →
    /// `Subscription`), unless a type has that name already (`ErrorResponse` has `error` and
    /// `errors`): then `...Item` (`ErrorResponseErrorsItem`), not a numbered name. Made only
    /// where it can name a type: `items` inline, not a plain scalar (a ref or a scalar takes no
    /// name from it).
    fn item_hint(&self, items: &ReferenceOr<Box<Schema>>, hint: &str) -> String {
        if !matches!(items, ReferenceOr::Item(s) if !convert::plain_scalar(s)) {
            return String::new();
        }
        let one = singular(hint);
        if self.names.is_taken(&pascal(&one)) {
            format!("{hint}Item")
        } else {
            one
        }
    }

    /// A type space with one id reserved per component schema, in spec order.
    pub fn new(api: &'a openapiv3::OpenAPI, reserved: &[&str]) -> Self {
        let mut types = Self {
            api,
            defs: Vec::new(),
            components: BTreeMap::new(),
            names: Names::with_reserved(reserved),
            depth: 0,
            claim: None,
            inline: Default::default(),
            key: Vec::new(),
            uses: shared::Uses::default(),
            nullable: Default::default(),
        };
        if let Some(components) = &api.components {
            for name in components.schemas.keys() {
                let rust_name = types.names.unique(&pascal(name));
                let id = types.defs.len();
                types.defs.push(placeholder(
                    rust_name,
                    format!("/components/schemas/{}", escape_token(name)),
                ));
                types.components.insert(name.clone(), id);
            }
            for (name, schema) in &components.schemas {
                if let (ReferenceOr::Item(schema), Some(&id)) = (schema, types.components.get(name))
                {
                    if admits_null(schema) {
                        types.nullable.insert(id);
                    }
                }
            }
        }
        types
    }

    /// Converts every component schema.
    pub fn convert_components(&mut self, diags: &mut Diagnostics) {
        let Some(components) = &self.api.components else {
            return;
        };
        for (name, schema) in &components.schemas {
            let Some(&id) = self.components.get(name) else {
                continue;
            };
            let pointer = self.defs[id].origin.clone();
            let kind = match schema {
                ReferenceOr::Reference { reference } => {
                    TypeKind::Alias(self.reference(reference, &pointer, diags))
                }
                ReferenceOr::Item(schema) => {
                    let def = &mut self.defs[id];
                    def.description = non_empty(&schema.schema_data.description)
                        .or_else(|| non_empty(&schema.schema_data.title));
                    def.deprecated = schema.schema_data.deprecated;
                    def.example = schema.schema_data.example.clone();
                    self.named_kind(id, schema, &pointer, diags);
                    continue;
                }
            };
            self.defs[id].kind = kind;
        }
        self.break_alias_cycles(diags);
    }

    fn reference(&mut self, reference: &str, pointer: &str, diags: &mut Diagnostics) -> TypeRef {
        match component_name(reference, "schemas").and_then(|name| self.components.get(&*name)) {
            Some(&id) if self.nullable.contains(&id) => {
                TypeRef::Nullable(Box::new(TypeRef::Named(id)))
            }
            Some(&id) => TypeRef::Named(id),
            None => {
                diags.warn(
                    pointer,
                    format!("cannot resolve `{reference}`; using any JSON value"),
                );
                TypeRef::Any
            }
        }
    }

    /// The type of a schema or ref at `pointer`; `hint` names it if it needs a name.
    pub fn type_of(
        &mut self,
        schema: &ReferenceOr<Schema>,
        hint: &str,
        pointer: &str,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, pointer, diags),
            ReferenceOr::Item(schema) => self.schema_type(schema, hint, pointer, diags),
        }
    }

    fn boxed_type_of(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        hint: &str,
        pointer: &str,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, pointer, diags),
            ReferenceOr::Item(schema) => self.schema_type(schema, hint, pointer, diags),
        }
    }

    /// Follows refs to the schema itself (for `allOf` merging and null detection).
    fn resolve<'s>(&'s self, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema> {
        let mut current = schema;
        for _ in 0..32 {
            match current {
                ReferenceOr::Item(s) => return Some(s),
                ReferenceOr::Reference { reference } => {
                    let name = component_name(reference, "schemas")?;
                    current = self.api.components.as_ref()?.schemas.get(&*name)?;
                }
            }
        }
        None
    }

    fn is_null_only(&self, schema: &ReferenceOr<Schema>) -> bool {
        self.resolve(schema)
            .is_some_and(|s| s.schema_data.extensions.get("x-null") == Some(&Value::Bool(true)))
    }

    fn new_named(&mut self, hint: &str, pointer: &str, schema: &Schema, kind: TypeKind) -> TypeRef {
        if let Some(id) = self.claim.take() {
            let def = &mut self.defs[id];
            def.kind = kind;
            return TypeRef::Named(id);
        }
        let rust_name = self.names.unique(&pascal(hint));
        let id = self.defs.len();
        self.defs.push(TypeDef {
            rust_name,
            origin: pointer.to_owned(),
            description: non_empty(&schema.schema_data.description)
                .or_else(|| non_empty(&schema.schema_data.title)),
            deprecated: schema.schema_data.deprecated,
            kind,
            example: schema.schema_data.example.clone(),
        });
        TypeRef::Named(id)
    }

    /// Reserves a named type whose kind is filled in later (so recursion through it works).
    fn reserve(&mut self, hint: &str, pointer: &str, schema: &Schema) -> usize {
        match self.new_named(hint, pointer, schema, TypeKind::Alias(TypeRef::Any)) {
            TypeRef::Named(id) => id,
            _ => unreachable!("new_named always returns a named type"),
        }
    }

    /// A component schema converted: the first named type its conversion creates takes the
    /// component's own id (so refs to it, recursive ones included, land on the real type).
    fn named_kind(&mut self, id: usize, schema: &Schema, pointer: &str, diags: &mut Diagnostics) {
        let rust_name = self.defs[id].rust_name.clone();
        self.claim = Some(id);
        let ty = self.schema_type(schema, &rust_name, pointer, diags);
        let claimed = self.claim.take().is_none();
        // References to a nullable component carry the `Option`; the component itself does not.
        let ty = match ty {
            TypeRef::Nullable(inner) if self.nullable.contains(&id) => *inner,
            other => other,
        };
        match ty {
            TypeRef::Named(t) if t == id && claimed => {}
            TypeRef::Nullable(inner) if claimed && *inner == TypeRef::Named(id) => {}
            other if claimed => {
                // The claimed type is nested inside (e.g. an array of it): give the outer shape a name of its own.
                let inner_id = self.defs.len();
                let inner_name = self.names.unique(&format!("{rust_name}Item"));
                let mut moved = placeholder(inner_name, pointer.to_owned());
                std::mem::swap(&mut moved.kind, &mut self.defs[id].kind);
                moved.description = self.defs[id].description.clone();
                self.defs.push(moved);
                let remapped = remap(&other, id, inner_id);
                self.defs[id].kind = TypeKind::Alias(remapped);
            }
            other => self.defs[id].kind = TypeKind::Alias(other),
        }
    }

    /// An alias that reaches itself through other aliases (even inside `Option`, `Vec` or a map,
    /// as `type A = Option<A>` would) cannot be expressed: it becomes any JSON value.
    fn break_alias_cycles(&mut self, diags: &mut Diagnostics) {
        fn targets(t: &TypeRef, out: &mut Vec<usize>) {
            match t {
                TypeRef::Named(id) => out.push(*id),
                TypeRef::Nullable(inner) | TypeRef::Array(inner) | TypeRef::Map(inner) => {
                    targets(inner, out)
                }
                _ => {}
            }
        }
        for start in 0..self.defs.len() {
            let mut pending = Vec::new();
            if let TypeKind::Alias(t) = &self.defs[start].kind {
                targets(t, &mut pending);
            }
            let mut seen = Vec::new();
            while let Some(id) = pending.pop() {
                if id == start {
                    diags.warn(
                        self.defs[start].origin.clone(),
                        "`$ref` cycle with no object in it; using any JSON value",
                    );
                    self.defs[start].kind = TypeKind::Alias(TypeRef::Any);
                    break;
                }
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                if let TypeKind::Alias(t) = &self.defs[id].kind {
                    targets(t, &mut pending);
                }
            }
        }
    }

    /// The named type at `id`, following aliases.
    pub fn resolve_named(&self, ty: &TypeRef) -> TypeRef {
        let mut ty = ty.clone();
        for _ in 0..32 {
            match &ty {
                TypeRef::Named(id) => match &self.defs[*id].kind {
                    TypeKind::Alias(inner) => ty = inner.clone(),
                    _ => return ty,
                },
                TypeRef::Nullable(inner) => ty = (**inner).clone(),
                _ => return ty,
            }
        }
        ty
    }
}
