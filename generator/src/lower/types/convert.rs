//! One schema → a type: scalars, arrays, maps, objects and their fields, enums.

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use super::super::extensions::{client_name, EnumNames};
use super::super::names::{pascal, snake, Names};
use super::*;
use crate::diag::{join, Diagnostics};
use crate::ir::{EnumBase, EnumVariant, Field, TypeKind, TypeRef};

impl Types<'_> {
    pub(super) fn schema_type(
        &mut self,
        schema: &Schema,
        hint: &str,
        pointer: &str,
        diags: &mut Diagnostics,
    ) -> TypeRef {
        // A scalar without values is the same primitive wherever it sits: nothing to share, so
        // no key (serializing every nested schema for its key is quadratic in the depth).
        if self.depth < MAX_DEPTH && plain_scalar(schema) {
            return self.schema_type_fresh(schema, hint, pointer, diags);
        }
        // Identical inline schemas (the same value, descriptions included) share one type.
        let key = self.claim.is_none().then(|| {
            self.key.clear();
            super::key::write(schema, &mut self.key);
            self.key.as_slice()
        });
        if let Some(ty) = key.and_then(|k| self.inline.get(k)) {
            let ty = ty.clone();
            self.uses.record(&ty, pointer, None);
            return ty;
        }
        // Kept to be inserted once this schema is typed (which writes the buffer again).
        let key = key.map(<[u8]>::to_vec);
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

    pub(super) fn schema_type_fresh(
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

    pub(super) fn schema_type_inner(
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
                    // Raw octets: a file to send (bytes, a file on disk, a stream).
                    let binary = matches!(
                        &s.format,
                        openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)
                    );
                    return if binary {
                        TypeRef::Upload
                    } else {
                        TypeRef::String
                    };
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
                        &self.item_hint(items, hint),
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

    pub(super) fn any_schema_type(
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
                        &self.item_hint(items, hint),
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
    pub(super) fn object_type(
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
            base: None,
            extended: false,
        };
        TypeRef::Named(id)
    }

    pub(super) fn fields(
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
            let prop_pointer = join(pointer, &["properties", wire]);
            // The name a type made for the property would get; a ref or a plain scalar makes none.
            let hint = match prop {
                ReferenceOr::Item(s) if !plain_scalar(s) => owner.to_owned() + &pascal(wire),
                _ => String::new(),
            };
            let ty = self.boxed_type_of(prop, &hint, &prop_pointer, diags);
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
    pub(super) fn enum_type(
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
}

/// A string, integer, number or boolean schema without `enum` (and not `x-null`): it lowers to a
/// primitive (nullable if it says so), the same for every copy of it.
pub(super) fn plain_scalar(schema: &Schema) -> bool {
    let scalar = match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.enumeration.is_empty(),
        SchemaKind::Type(Type::Integer(i)) => i.enumeration.is_empty(),
        SchemaKind::Type(Type::Number(_) | Type::Boolean(_)) => true,
        _ => false,
    };
    scalar && !schema.schema_data.extensions.contains_key("x-null")
}
