//! A schema read from the document's JSON straight into `openapiv3::Schema`, giving exactly what
//! its `Deserialize` gives, without it: that impl reads a schema through two `flatten`s, so serde
//! copies every schema, and again every schema inside it, into a buffer of its own first (GitHub:
//! most of the time deserializing takes). The JSON is consumed: its strings and values move into
//! the schema. It refuses exactly what serde refuses (a value of an unexpected JSON type anywhere
//! in the schema), and then the document is read again with serde (`deserialize::with_retries`),
//! which says what it refuses and replaces it.
//!
//! The choice of [`SchemaKind`] is openapiv3's own (its `SchemaKind` deserializer reads every
//! keyword into one struct, then a `type` with only the keywords of that type is that type, one
//! of `oneOf`/`allOf`/`anyOf`/`not` alone is that, anything else is `Any`): [`kind`] follows it
//! arm by arm.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, BooleanType, Discriminator, ExternalDocumentation,
    IntegerType, NumberType, ObjectType, ReferenceOr, Schema, SchemaData, SchemaKind, StringType,
    Type,
};
use serde::Deserialize;
use serde_json::{Number, Value};

/// `ReferenceOr<Schema>` as its `Deserialize` reads it. `None`: serde refuses it too.
pub(super) fn reference_or(value: Value) -> Option<ReferenceOr<Schema>> {
    reference_or_with(value, schema)
}

/// `ReferenceOr<T>` as openapiv3's untagged enum reads it, without the copy of the whole value
/// serde makes for untagged enums: a `$ref` string makes a reference (whatever else the object
/// holds), anything else is read by `read`.
pub(super) fn reference_or_with<T>(
    mut value: Value,
    read: impl FnOnce(Value) -> Option<T>,
) -> Option<ReferenceOr<T>> {
    if let Some(Value::String(reference)) = value.get_mut("$ref") {
        return Some(ReferenceOr::Reference {
            reference: std::mem::take(reference),
        });
    }
    read(value).map(ReferenceOr::Item)
}

fn boxed(value: Value) -> Option<ReferenceOr<Box<Schema>>> {
    Some(match reference_or(value)? {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
        ReferenceOr::Item(schema) => ReferenceOr::Item(Box::new(schema)),
    })
}

/// One schema object, its strings and values moved into the schema; `None` where serde refuses
/// it too.
pub(super) fn schema(value: Value) -> Option<Schema> {
    let Value::Object(map) = value else {
        return None;
    };
    let mut data = SchemaData::default();
    let mut raw = Raw::default();
    for (key, value) in map {
        match key.as_str() {
            "nullable" => data.nullable = value.as_bool()?,
            "readOnly" => data.read_only = value.as_bool()?,
            "writeOnly" => data.write_only = value.as_bool()?,
            "deprecated" => data.deprecated = value.as_bool()?,
            "externalDocs" => {
                data.external_docs = optional_by_serde::<ExternalDocumentation>(value)?
            }
            "example" => data.example = some(value),
            "title" => data.title = string(value)?,
            "description" => data.description = string(value)?,
            "discriminator" => data.discriminator = optional_by_serde::<Discriminator>(value)?,
            "default" => data.default = some(value),
            "type" => raw.typ = string(value)?,
            "pattern" => raw.pattern = string(value)?,
            "multipleOf" => raw.multiple_of = number(value)?,
            "exclusiveMinimum" => raw.exclusive_minimum = boolean(value)?,
            "exclusiveMaximum" => raw.exclusive_maximum = boolean(value)?,
            "minimum" => raw.minimum = number(value)?,
            "maximum" => raw.maximum = number(value)?,
            "properties" => raw.properties = optional(value, properties)?,
            "required" => raw.required = optional(value, strings)?,
            "additionalProperties" => {
                raw.additional_properties = optional(value, additional_properties)?
            }
            "minProperties" => raw.min_properties = size(value)?,
            "maxProperties" => raw.max_properties = size(value)?,
            "items" => raw.items = optional(value, boxed)?,
            "minItems" => raw.min_items = size(value)?,
            "maxItems" => raw.max_items = size(value)?,
            "uniqueItems" => raw.unique_items = boolean(value)?,
            "enum" => raw.enumeration = optional(value, array)?,
            "format" => raw.format = string(value)?,
            "minLength" => raw.min_length = size(value)?,
            "maxLength" => raw.max_length = size(value)?,
            "oneOf" => raw.one_of = optional(value, schemas)?,
            "allOf" => raw.all_of = optional(value, schemas)?,
            "anyOf" => raw.any_of = optional(value, schemas)?,
            "not" => raw.not = optional(value, |v| reference_or(v).map(Box::new))?,
            extension if extension.starts_with("x-") => {
                data.extensions.insert(key, value);
            }
            _ => {}
        }
    }
    Some(Schema {
        schema_data: data,
        schema_kind: kind(raw),
    })
}

/// Every keyword `SchemaKind` reads, as its deserializer reads them first.
#[derive(Default)]
struct Raw {
    typ: Option<String>,
    pattern: Option<String>,
    multiple_of: Option<Number>,
    exclusive_minimum: Option<bool>,
    exclusive_maximum: Option<bool>,
    minimum: Option<Number>,
    maximum: Option<Number>,
    properties: Option<IndexMap<String, ReferenceOr<Box<Schema>>>>,
    required: Option<Vec<String>>,
    additional_properties: Option<AdditionalProperties>,
    min_properties: Option<usize>,
    max_properties: Option<usize>,
    items: Option<ReferenceOr<Box<Schema>>>,
    min_items: Option<usize>,
    max_items: Option<usize>,
    unique_items: Option<bool>,
    enumeration: Option<Vec<Value>>,
    format: Option<String>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    one_of: Option<Vec<ReferenceOr<Schema>>>,
    all_of: Option<Vec<ReferenceOr<Schema>>>,
    any_of: Option<Vec<ReferenceOr<Schema>>>,
    not: Option<Box<ReferenceOr<Schema>>>,
}

impl Raw {
    /// Which groups of keywords are present: numeric bounds, object, array, string lengths,
    /// composition.
    fn numeric(&self) -> bool {
        self.multiple_of.is_some()
            || self.exclusive_minimum.is_some()
            || self.exclusive_maximum.is_some()
            || self.minimum.is_some()
            || self.maximum.is_some()
    }

    fn object(&self) -> bool {
        self.properties.is_some()
            || self.required.is_some()
            || self.additional_properties.is_some()
            || self.min_properties.is_some()
            || self.max_properties.is_some()
    }

    fn array(&self) -> bool {
        self.items.is_some()
            || self.min_items.is_some()
            || self.max_items.is_some()
            || self.unique_items.is_some()
    }

    fn lengths(&self) -> bool {
        self.min_length.is_some() || self.max_length.is_some()
    }

    fn compositions(&self) -> usize {
        usize::from(self.one_of.is_some())
            + usize::from(self.all_of.is_some())
            + usize::from(self.any_of.is_some())
            + usize::from(self.not.is_some())
    }
}

/// openapiv3's `SchemaKind` deserializer, arm by arm, on the keywords read.
fn kind(raw: Raw) -> SchemaKind {
    let (numeric, object, array, lengths) =
        (raw.numeric(), raw.object(), raw.array(), raw.lengths());
    let composed = raw.compositions() > 0;
    let typ = raw.typ.as_deref();
    let enumerated = |check: fn(&Value) -> bool| {
        raw.enumeration
            .iter()
            .flatten()
            .all(|v| v.is_null() || check(v))
    };
    let pattern = raw.pattern.is_some();
    let format = raw.format.is_some();
    let listed = raw.enumeration.is_some();
    let int = |n: &Option<Number>| n.as_ref().is_none_or(Number::is_i64);
    let plain = !object && !array && !composed;
    match typ {
        Some("string") if plain && !numeric && enumerated(Value::is_string) => {
            SchemaKind::Type(Type::String(StringType {
                format: raw.format.into(),
                pattern: raw.pattern,
                enumeration: values(raw.enumeration, |v| v.as_str().map(String::from)),
                min_length: raw.min_length,
                max_length: raw.max_length,
            }))
        }
        Some("number") if plain && !pattern && !lengths && enumerated(Value::is_number) => {
            SchemaKind::Type(Type::Number(NumberType {
                format: raw.format.into(),
                multiple_of: raw.multiple_of.as_ref().and_then(Number::as_f64),
                exclusive_minimum: raw.exclusive_minimum.unwrap_or_default(),
                exclusive_maximum: raw.exclusive_maximum.unwrap_or_default(),
                minimum: raw.minimum.as_ref().and_then(Number::as_f64),
                maximum: raw.maximum.as_ref().and_then(Number::as_f64),
                enumeration: values(raw.enumeration, Value::as_f64),
            }))
        }
        Some("integer")
            if plain
                && !pattern
                && !lengths
                && enumerated(Value::is_i64)
                && int(&raw.multiple_of)
                && int(&raw.minimum)
                && int(&raw.maximum) =>
        {
            SchemaKind::Type(Type::Integer(IntegerType {
                format: raw.format.into(),
                multiple_of: raw.multiple_of.as_ref().and_then(Number::as_i64),
                exclusive_minimum: raw.exclusive_minimum.unwrap_or_default(),
                exclusive_maximum: raw.exclusive_maximum.unwrap_or_default(),
                minimum: raw.minimum.as_ref().and_then(Number::as_i64),
                maximum: raw.maximum.as_ref().and_then(Number::as_i64),
                enumeration: values(raw.enumeration, Value::as_i64),
            }))
        }
        Some("boolean")
            if plain
                && !numeric
                && !pattern
                && !lengths
                && !format
                && enumerated(Value::is_boolean) =>
        {
            SchemaKind::Type(Type::Boolean(BooleanType {
                enumeration: values(raw.enumeration, Value::as_bool),
            }))
        }
        Some("object")
            if !array && !composed && !numeric && !pattern && !lengths && !format && !listed =>
        {
            SchemaKind::Type(Type::Object(ObjectType {
                properties: raw.properties.unwrap_or_default(),
                required: raw.required.unwrap_or_default(),
                additional_properties: raw.additional_properties,
                min_properties: raw.min_properties,
                max_properties: raw.max_properties,
            }))
        }
        Some("array")
            if !object && !composed && !numeric && !pattern && !lengths && !format && !listed =>
        {
            SchemaKind::Type(Type::Array(ArrayType {
                items: raw.items,
                min_items: raw.min_items,
                max_items: raw.max_items,
                unique_items: raw.unique_items.unwrap_or_default(),
            }))
        }
        None if !object
            && !array
            && !numeric
            && !pattern
            && !lengths
            && !format
            && !listed
            && raw.compositions() == 1 =>
        {
            if let Some(one_of) = raw.one_of {
                SchemaKind::OneOf { one_of }
            } else if let Some(all_of) = raw.all_of {
                SchemaKind::AllOf { all_of }
            } else if let Some(any_of) = raw.any_of {
                SchemaKind::AnyOf { any_of }
            } else if let Some(not) = raw.not {
                SchemaKind::Not { not }
            } else {
                SchemaKind::Any(AnySchema::default())
            }
        }
        _ => SchemaKind::Any(AnySchema {
            typ: raw.typ,
            pattern: raw.pattern,
            multiple_of: raw.multiple_of.as_ref().and_then(Number::as_f64),
            exclusive_minimum: raw.exclusive_minimum,
            exclusive_maximum: raw.exclusive_maximum,
            minimum: raw.minimum.as_ref().and_then(Number::as_f64),
            maximum: raw.maximum.as_ref().and_then(Number::as_f64),
            properties: raw.properties.unwrap_or_default(),
            required: raw.required.unwrap_or_default(),
            additional_properties: raw.additional_properties,
            min_properties: raw.min_properties,
            max_properties: raw.max_properties,
            items: raw.items,
            min_items: raw.min_items,
            max_items: raw.max_items,
            unique_items: raw.unique_items,
            enumeration: raw.enumeration.unwrap_or_default(),
            format: raw.format,
            min_length: raw.min_length,
            max_length: raw.max_length,
            one_of: raw.one_of.unwrap_or_default(),
            all_of: raw.all_of.unwrap_or_default(),
            any_of: raw.any_of.unwrap_or_default(),
            not: raw.not,
        }),
    }
}

/// An `enum` list as openapiv3 keeps it for a type: `null` as `None`, the rest converted (the
/// caller has checked that they convert).
fn values<T>(enumeration: Option<Vec<Value>>, convert: fn(&Value) -> Option<T>) -> Vec<Option<T>> {
    enumeration
        .unwrap_or_default()
        .iter()
        .map(|v| if v.is_null() { None } else { convert(v) })
        .collect()
}

/// The value unless it is `null` (serde reads an `Option` of `null` as `None`).
fn some(value: Value) -> Option<Value> {
    (!value.is_null()).then_some(value)
}

/// `Some(None)` for `null`, `Some(Some(x))` for what `read` reads, `None` (refused) otherwise.
pub(super) fn optional<T>(
    value: Value,
    read: impl FnOnce(Value) -> Option<T>,
) -> Option<Option<T>> {
    match value {
        Value::Null => Some(None),
        value => read(value).map(Some),
    }
}

pub(super) fn string(value: Value) -> Option<Option<String>> {
    optional(value, |v| match v {
        Value::String(s) => Some(s),
        _ => None,
    })
}

fn boolean(value: Value) -> Option<Option<bool>> {
    optional(value, |v| v.as_bool())
}

fn number(value: Value) -> Option<Option<Number>> {
    optional(value, |v| match v {
        Value::Number(n) => Some(n),
        _ => None,
    })
}

fn size(value: Value) -> Option<Option<usize>> {
    optional(value, |v| v.as_u64().and_then(|n| usize::try_from(n).ok()))
}

fn array(value: Value) -> Option<Vec<Value>> {
    match value {
        Value::Array(items) => Some(items),
        _ => None,
    }
}

fn strings(value: Value) -> Option<Vec<String>> {
    array(value)?
        .into_iter()
        .map(|v| match v {
            Value::String(s) => Some(s),
            _ => None,
        })
        .collect()
}

fn schemas(value: Value) -> Option<Vec<ReferenceOr<Schema>>> {
    array(value)?.into_iter().map(reference_or).collect()
}

fn properties(value: Value) -> Option<IndexMap<String, ReferenceOr<Box<Schema>>>> {
    let Value::Object(map) = value else {
        return None;
    };
    map.into_iter()
        .map(|(name, v)| Some((name, boxed(v)?)))
        .collect()
}

fn additional_properties(value: Value) -> Option<AdditionalProperties> {
    match value {
        Value::Bool(any) => Some(AdditionalProperties::Any(any)),
        value => Some(AdditionalProperties::Schema(Box::new(reference_or(value)?))),
    }
}

/// A small object of another type, read by serde (rare in schemas); `Some(None)` for `null`.
fn optional_by_serde<T: for<'de> Deserialize<'de>>(value: Value) -> Option<Option<T>> {
    optional(value, super::path::by_serde)
}

#[cfg(test)]
pub(super) mod tests;
