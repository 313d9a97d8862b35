//! Schemas → the type space (`Vec<TypeDef>` indexed by `TypeRef::Named`).
//!
//! Component schemas get their ids first, so refs (and cycles) resolve before conversion; inline
//! schemas that need a name get one derived from where they sit (`Owner` + `Property`).

use std::collections::BTreeMap;

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use super::extensions::{client_name, EnumNames};
use super::names::{pascal, snake, Names};
use super::shared;
use crate::diag::{escape_token, Diagnostics};
use crate::ir::{EnumBase, EnumVariant, Field, TypeDef, TypeKind, TypeRef, UnionVariant};
use crate::load::refs::component_name;

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
    inline: BTreeMap<String, TypeRef>,
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
    /// `errors`): then `...Item` (`ErrorResponseErrorsItem`), not a numbered name.
    fn item_hint(&self, hint: &str) -> String {
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
            inline: BTreeMap::new(),
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
        match component_name(reference, "schemas").and_then(|name| self.components.get(&name)) {
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
                    current = self.api.components.as_ref()?.schemas.get(&name)?;
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

    fn schema_type(
        &mut self,
        schema: &Schema,
        hint: &str,
        pointer: &str,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        // Identical inline schemas (same JSON, descriptions included) share one type.
        let key = if self.claim.is_none() {
            serde_json::to_string(schema).ok()
        } else {
            None
        };
        if let Some(ty) = key.as_ref().and_then(|k| self.inline.get(k)) {
            let ty = ty.clone();
            self.uses.record(&ty, pointer, None);
            return ty;
        }
        let ty = self.schema_type_fresh(schema, hint, pointer, diags);
        if let (Some(key), TypeRef::Named(_) | TypeRef::Nullable(_) | TypeRef::Array(_)) =
            (key, &ty)
        {
            self.uses
                .record(&ty, pointer, non_empty(&schema.schema_data.title));
            self.inline.insert(key, ty.clone());
        }
        ty
    }

    fn schema_type_fresh(
        &mut self,
        schema: &Schema,
        hint: &str,
        pointer: &str,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        if self.depth > MAX_DEPTH {
            diags.warn(pointer, "schema nesting too deep; using any JSON value");
            return TypeRef::Any;
        }
        self.depth += 1;
        let ty = self.schema_type_inner(schema, hint, pointer, diags);
        self.depth -= 1;
        if schema.schema_data.nullable && !matches!(ty, TypeRef::Nullable(_)) {
            TypeRef::Nullable(Box::new(ty))
        } else {
            ty
        }
    }

    fn schema_type_inner(
        &mut self,
        schema: &Schema,
        hint: &str,
        pointer: &str,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        if schema.schema_data.extensions.get("x-null") == Some(&Value::Bool(true)) {
            return TypeRef::Nullable(Box::new(TypeRef::Any));
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<Value> = s
                    .enumeration
                    .iter()
                    .flatten()
                    .map(|v| Value::String(v.clone()))
                    .collect();
                let nullable_enum = s.enumeration.iter().any(Option::is_none);
                if values.is_empty() {
                    return TypeRef::String;
                }
                let raw: Vec<Value> = s
                    .enumeration
                    .iter()
                    .map(|v| v.clone().map_or(Value::Null, Value::String))
                    .collect();
                let ty = self.enum_type(
                    EnumBase::String,
                    &values,
                    &raw,
                    hint,
                    pointer,
                    schema,
                    diags,
                );
                if nullable_enum {
                    TypeRef::Nullable(Box::new(ty))
                } else {
                    ty
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let values: Vec<Value> = i
                    .enumeration
                    .iter()
                    .flatten()
                    .map(|v| Value::from(*v))
                    .collect();
                if !values.is_empty() {
                    let raw: Vec<Value> = i
                        .enumeration
                        .iter()
                        .map(|v| v.map_or(Value::Null, Value::from))
                        .collect();
                    return self.enum_type(
                        EnumBase::Integer,
                        &values,
                        &raw,
                        hint,
                        pointer,
                        schema,
                        diags,
                    );
                }
                match &i.format {
                    openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => {
                        TypeRef::I32
                    }
                    openapiv3::VariantOrUnknownOrEmpty::Unknown(f) if f == "uint32" => TypeRef::U32,
                    openapiv3::VariantOrUnknownOrEmpty::Unknown(f) if f == "uint64" => TypeRef::U64,
                    _ => TypeRef::I64,
                }
            }
            SchemaKind::Type(Type::Number(_)) => TypeRef::F64,
            SchemaKind::Type(Type::Boolean(_)) => TypeRef::Bool,
            SchemaKind::Type(Type::Array(_))
                if schema.schema_data.extensions.contains_key("x-prefix-items") =>
            {
                diags.warn(
                    pointer,
                    "tuple (`prefixItems`) kept as a list of JSON values",
                );
                TypeRef::Array(Box::new(TypeRef::Any))
            }
            SchemaKind::Type(Type::Array(a)) => {
                let item = match &a.items {
                    Some(items) => self.boxed_type_of(
                        items,
                        &self.item_hint(hint),
                        &format!("{pointer}/items"),
                        diags,
                    ),
                    None => TypeRef::Any,
                };
                TypeRef::Array(Box::new(item))
            }
            SchemaKind::Type(Type::Object(o)) => self.object_type(
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                hint,
                pointer,
                schema,
                diags,
            ),
            SchemaKind::OneOf { one_of: list } | SchemaKind::AnyOf { any_of: list } => {
                let key = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
                    "oneOf"
                } else {
                    "anyOf"
                };
                self.union_type(list, key, hint, pointer, schema, diags)
            }
            SchemaKind::AllOf { all_of } => {
                self.all_of_type(all_of, &IndexMap::new(), &[], hint, pointer, schema, diags)
            }
            SchemaKind::Not { .. } => {
                diags.warn(
                    pointer,
                    "`not` schemas are not supported; using any JSON value",
                );
                TypeRef::Any
            }
            SchemaKind::Any(any) => self.any_schema_type(any, hint, pointer, schema, diags),
        }
    }

    fn any_schema_type(
        &mut self,
        any: &openapiv3::AnySchema,
        hint: &str,
        pointer: &str,
        schema: &Schema,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        if !any.all_of.is_empty() {
            return self.all_of_type(
                &any.all_of,
                &any.properties,
                &any.required,
                hint,
                pointer,
                schema,
                diags,
            );
        }
        if !any.one_of.is_empty() || !any.any_of.is_empty() {
            let (list, key) = if any.one_of.is_empty() {
                (&any.any_of, "anyOf")
            } else {
                (&any.one_of, "oneOf")
            };
            if any.properties.is_empty() {
                return self.union_type(list, key, hint, pointer, schema, diags);
            }
        }
        if !any.properties.is_empty() || any.typ.as_deref() == Some("object") {
            return self.object_type(
                &any.properties,
                &any.required,
                any.additional_properties.as_ref(),
                hint,
                pointer,
                schema,
                diags,
            );
        }
        if !any.enumeration.is_empty() {
            let strings = any
                .enumeration
                .iter()
                .filter(|v| !v.is_null())
                .all(Value::is_string);
            let nullable = any.enumeration.iter().any(Value::is_null);
            let values: Vec<Value> = any
                .enumeration
                .iter()
                .filter(|v| !v.is_null())
                .cloned()
                .collect();
            if strings && !values.is_empty() {
                let ty = self.enum_type(
                    EnumBase::String,
                    &values,
                    &any.enumeration,
                    hint,
                    pointer,
                    schema,
                    diags,
                );
                return if nullable {
                    TypeRef::Nullable(Box::new(ty))
                } else {
                    ty
                };
            }
        }
        match any.typ.as_deref() {
            Some("string") => TypeRef::String,
            Some("integer") => TypeRef::I64,
            Some("number") => TypeRef::F64,
            Some("boolean") => TypeRef::Bool,
            Some("array") => {
                let item = match &any.items {
                    Some(items) => self.boxed_type_of(
                        items,
                        &self.item_hint(hint),
                        &format!("{pointer}/items"),
                        diags,
                    ),
                    None => TypeRef::Any,
                };
                TypeRef::Array(Box::new(item))
            }
            _ => TypeRef::Any,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn object_type(
        &mut self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        hint: &str,
        pointer: &str,
        schema: &Schema,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        let id = (!properties.is_empty()).then(|| self.reserve(hint, pointer, schema));
        let extra = match additional {
            Some(AdditionalProperties::Schema(s)) => Some(self.type_of(
                s,
                &format!("{hint}Value"),
                &format!("{pointer}/additionalProperties"),
                diags,
            )),
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Any),
            Some(AdditionalProperties::Any(false)) | None => None,
        };
        let extra = match extra {
            None if schema
                .schema_data
                .extensions
                .contains_key("x-pattern-properties") =>
            {
                diags.warn(
                    pointer,
                    "`patternProperties` kept as JSON values in `additional_properties`",
                );
                Some(TypeRef::Any)
            }
            other => other,
        };
        let Some(id) = id else {
            return TypeRef::Map(Box::new(extra.unwrap_or(TypeRef::Any)));
        };
        let owner = self.defs[id].rust_name.clone();
        let fields = self.fields(properties, required, &owner, pointer, diags);
        self.defs[id].kind = TypeKind::Struct {
            fields,
            additional: extra,
        };
        TypeRef::Named(id)
    }

    fn fields(
        &mut self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        owner: &str,
        pointer: &str,
        diags: &mut Diagnostics,
    ) -> Vec<Field> {
        let mut names = Names::default();
        let mut fields = Vec::new();
        for (wire, prop) in properties {
            let prop_pointer = format!("{pointer}/properties/{}", escape_token(wire));
            let ty = self.boxed_type_of(
                prop,
                &format!("{owner}{}", pascal(wire)),
                &prop_pointer,
                diags,
            );
            let data = match prop {
                ReferenceOr::Item(s) => Some(&s.schema_data),
                ReferenceOr::Reference { .. } => None,
            };
            fields.push(Field {
                wire_name: wire.clone(),
                rust_name: names.unique(&snake(
                    data.and_then(|d| client_name(&d.extensions))
                        .unwrap_or(wire),
                )),
                ty,
                required: required.contains(wire),
                description: data
                    .and_then(|d| non_empty(&d.description).or_else(|| non_empty(&d.title))),
                deprecated: data.is_some_and(|d| d.deprecated),
                read_only: data.is_some_and(|d| d.read_only),
                write_only: data.is_some_and(|d| d.write_only),
            });
        }
        fields
    }

    /// An enum of `values` (`raw`: the `enum` as written, for the vendor name lists parallel to it).
    #[allow(clippy::too_many_arguments)]
    fn enum_type(
        &mut self,
        base: EnumBase,
        values: &[Value],
        raw: &[Value],
        hint: &str,
        pointer: &str,
        schema: &Schema,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        let vendor = EnumNames::read(&schema.schema_data.extensions, raw, pointer, diags);
        let hint = vendor.type_name.as_deref().unwrap_or(hint);
        let mut names = Names::with_reserved(&["Unknown"]);
        let mut seen = Vec::new();
        let mut variants = Vec::new();
        for value in values {
            if seen.contains(value) {
                continue;
            }
            seen.push(value.clone());
            let spelled = match value {
                Value::String(s) if s.is_empty() => "Empty".to_owned(),
                // Sort orders: `-created_at` is `CreatedAtDesc` next to `created_at`.
                Value::String(s) if s.starts_with('-') && s.len() > 1 => {
                    format!("{} desc", &s[1..])
                }
                Value::String(s) => s.clone(),
                Value::Number(n) if n.as_i64().is_some_and(|n| n < 0) => {
                    format!("Minus{}", n.to_string().trim_start_matches('-'))
                }
                other => format!("V{other}"),
            };
            let member = vendor.member(value);
            let wanted = member.name.unwrap_or(spelled);
            variants.push(EnumVariant {
                rust_name: names.unique(&pascal(&wanted)),
                value: value.clone(),
                description: member.description,
            });
        }
        self.new_named(hint, pointer, schema, TypeKind::Enum { base, variants })
    }

    fn union_type(
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
    fn union_tag(
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
                        .and_then(|n| self.components.get(&n))
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

    fn default_tag_values(&self, ty: &TypeRef, property: &str) -> Vec<String> {
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

    fn implicit_tag(&self, tys: &[TypeRef]) -> Option<(String, Vec<Vec<String>>)> {
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

    fn struct_fields(&self, ty: &TypeRef) -> Option<&[Field]> {
        match self.resolve_named(ty) {
            TypeRef::Named(id) => match &self.defs[id].kind {
                TypeKind::Struct { fields, .. } => Some(fields),
                _ => None,
            },
            _ => None,
        }
    }

    /// The values of the string-enum property `property` (required, if `required`).
    fn enum_values(&self, fields: &[Field], property: &str, required: bool) -> Option<Vec<String>> {
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

    fn variant_name(&self, ty: &TypeRef) -> String {
        match ty {
            TypeRef::Any => "Value".into(),
            TypeRef::String => "String".into(),
            TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64 => "Integer".into(),
            TypeRef::F64 => "Number".into(),
            TypeRef::Bool => "Boolean".into(),
            TypeRef::Unit => "Empty".into(),
            TypeRef::Bytes => "Bytes".into(),
            TypeRef::Array(inner) => format!("{}List", self.variant_name(inner)),
            TypeRef::Map(inner) => format!("{}Map", self.variant_name(inner)),
            TypeRef::Nullable(inner) => self.variant_name(inner),
            TypeRef::Named(id) => self.defs[*id].rust_name.clone(),
        }
    }

    /// Collects properties and required names of an `allOf` member, recursively. `Err` when the
    /// member is not an object; `Ok(true)` when it may carry properties we cannot list (a union,
    /// `additionalProperties`), which the merged struct then keeps in a flattened map.
    fn collect_all_of(
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
    fn all_of_type(
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
        let id = self.reserve(hint, pointer, schema);
        let owner = self.defs[id].rust_name.clone();
        let fields = self.fields(&props, &required, &owner, pointer, diags);
        self.defs[id].kind = TypeKind::Struct {
            fields,
            additional: open.then_some(TypeRef::Any),
        };
        TypeRef::Named(id)
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
