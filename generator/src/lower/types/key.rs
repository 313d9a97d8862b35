//! The key of an inline schema: identical inline schemas (the same value, descriptions
//! included) share one type, found by this key in a map.
//!
//! The key is every field of the schema written out in a fixed order, each variable-length part
//! after its length and each choice after a tag byte, so two keys are equal exactly when the two
//! schemas are. Every struct is taken apart field by field: a field added to `openapiv3` is a
//! compile error here, not a field silently left out of the key. Written by hand rather than
//! through serde because serde's traversal of these structs (their flattened parts buffered as
//! maps, every field named) was a fifth of lowering a large document.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, BooleanType, Discriminator, ExternalDocumentation,
    IntegerFormat, IntegerType, NumberFormat, NumberType, ObjectType, ReferenceOr, Schema,
    SchemaData, SchemaKind, StringFormat, StringType, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

/// Writes the key of `schema` into `out` (after what `out` holds).
pub(super) fn write(schema: &Schema, out: &mut Vec<u8>) {
    Key(out).schema(schema);
}

struct Key<'a>(&'a mut Vec<u8>);

impl Key<'_> {
    fn tag(&mut self, tag: u8) {
        self.0.push(tag);
    }

    /// A length or count, in seven-bit groups (LEB128).
    fn len(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn bool(&mut self, b: bool) {
        self.tag(u8::from(b));
    }

    fn f64(&mut self, x: f64) {
        self.0.extend_from_slice(&x.to_bits().to_le_bytes());
    }

    fn i64(&mut self, x: i64) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }

    fn opt<T>(&mut self, value: &Option<T>, write: impl FnOnce(&mut Self, &T)) {
        match value {
            None => self.tag(0),
            Some(v) => {
                self.tag(1);
                write(self, v);
            }
        }
    }

    fn list<T>(&mut self, items: &[T], mut write: impl FnMut(&mut Self, &T)) {
        self.len(items.len());
        for item in items {
            write(self, item);
        }
    }

    fn map<T>(&mut self, map: &IndexMap<String, T>, mut write: impl FnMut(&mut Self, &T)) {
        self.len(map.len());
        for (key, value) in map {
            self.str(key);
            write(self, value);
        }
    }

    fn opt_str(&mut self, s: &Option<String>) {
        self.opt(s, |k, s| k.str(s));
    }

    fn opt_usize(&mut self, n: &Option<usize>) {
        self.opt(n, |k, n| k.len(*n));
    }

    fn value(&mut self, value: &Value) {
        match value {
            Value::Null => self.tag(0),
            Value::Bool(b) => {
                self.tag(1);
                self.bool(*b);
            }
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    self.tag(2);
                    self.0.extend_from_slice(&u.to_le_bytes());
                } else if let Some(i) = n.as_i64() {
                    self.tag(3);
                    self.i64(i);
                } else {
                    // As written out: exact whatever the number's representation.
                    self.tag(4);
                    self.str(&n.to_string());
                }
            }
            Value::String(s) => {
                self.tag(5);
                self.str(s);
            }
            Value::Array(items) => {
                self.tag(6);
                self.list(items, Self::value);
            }
            Value::Object(map) => {
                self.tag(7);
                self.len(map.len());
                for (key, value) in map {
                    self.str(key);
                    self.value(value);
                }
            }
        }
    }

    fn extensions(&mut self, extensions: &IndexMap<String, Value>) {
        self.map(extensions, Self::value);
    }

    fn reference_or<T>(&mut self, r: &ReferenceOr<T>, write: impl FnOnce(&mut Self, &T)) {
        match r {
            ReferenceOr::Reference { reference } => {
                self.tag(0);
                self.str(reference);
            }
            ReferenceOr::Item(item) => {
                self.tag(1);
                write(self, item);
            }
        }
    }

    fn schema_ref(&mut self, r: &ReferenceOr<Schema>) {
        self.reference_or(r, Self::schema);
    }

    fn boxed_ref(&mut self, r: &ReferenceOr<Box<Schema>>) {
        self.reference_or(r, |k, s| k.schema(s));
    }

    fn format<T>(&mut self, format: &VariantOrUnknownOrEmpty<T>, variant: impl FnOnce(&T) -> u8) {
        match format {
            VariantOrUnknownOrEmpty::Item(item) => {
                self.tag(0);
                self.tag(variant(item));
            }
            VariantOrUnknownOrEmpty::Unknown(s) => {
                self.tag(1);
                self.str(s);
            }
            VariantOrUnknownOrEmpty::Empty => self.tag(2),
        }
    }

    fn schema(&mut self, schema: &Schema) {
        let Schema {
            schema_data,
            schema_kind,
        } = schema;
        self.schema_data(schema_data);
        self.schema_kind(schema_kind);
    }

    fn schema_data(&mut self, data: &SchemaData) {
        let SchemaData {
            nullable,
            read_only,
            write_only,
            deprecated,
            external_docs,
            example,
            title,
            description,
            discriminator,
            default,
            extensions,
        } = data;
        self.bool(*nullable);
        self.bool(*read_only);
        self.bool(*write_only);
        self.bool(*deprecated);
        self.opt(external_docs, |k, docs| {
            let ExternalDocumentation {
                description,
                url,
                extensions,
            } = docs;
            k.opt_str(description);
            k.str(url);
            k.extensions(extensions);
        });
        self.opt(example, Self::value);
        self.opt_str(title);
        self.opt_str(description);
        self.opt(discriminator, |k, d| {
            let Discriminator {
                property_name,
                mapping,
                extensions,
            } = d;
            k.str(property_name);
            k.map(mapping, |k, s| k.str(s));
            k.extensions(extensions);
        });
        self.opt(default, Self::value);
        self.extensions(extensions);
    }

    fn schema_kind(&mut self, kind: &SchemaKind) {
        match kind {
            SchemaKind::Type(ty) => {
                self.tag(0);
                self.ty(ty);
            }
            SchemaKind::OneOf { one_of } => {
                self.tag(1);
                self.list(one_of, Self::schema_ref);
            }
            SchemaKind::AllOf { all_of } => {
                self.tag(2);
                self.list(all_of, Self::schema_ref);
            }
            SchemaKind::AnyOf { any_of } => {
                self.tag(3);
                self.list(any_of, Self::schema_ref);
            }
            SchemaKind::Not { not } => {
                self.tag(4);
                self.schema_ref(not);
            }
            SchemaKind::Any(any) => {
                self.tag(5);
                self.any(any);
            }
        }
    }

    fn ty(&mut self, ty: &Type) {
        match ty {
            Type::String(s) => {
                let StringType {
                    format,
                    pattern,
                    enumeration,
                    min_length,
                    max_length,
                } = s;
                self.tag(0);
                self.format(format, |f| match f {
                    StringFormat::Date => 0,
                    StringFormat::DateTime => 1,
                    StringFormat::Password => 2,
                    StringFormat::Byte => 3,
                    StringFormat::Binary => 4,
                });
                self.opt_str(pattern);
                self.list(enumeration, Self::opt_str);
                self.opt_usize(min_length);
                self.opt_usize(max_length);
            }
            Type::Number(n) => {
                let NumberType {
                    format,
                    multiple_of,
                    exclusive_minimum,
                    exclusive_maximum,
                    minimum,
                    maximum,
                    enumeration,
                } = n;
                self.tag(1);
                self.format(format, |f| match f {
                    NumberFormat::Float => 0,
                    NumberFormat::Double => 1,
                });
                self.opt(multiple_of, |k, x| k.f64(*x));
                self.bool(*exclusive_minimum);
                self.bool(*exclusive_maximum);
                self.opt(minimum, |k, x| k.f64(*x));
                self.opt(maximum, |k, x| k.f64(*x));
                self.list(enumeration, |k, x| k.opt(x, |k, x| k.f64(*x)));
            }
            Type::Integer(i) => {
                let IntegerType {
                    format,
                    multiple_of,
                    exclusive_minimum,
                    exclusive_maximum,
                    minimum,
                    maximum,
                    enumeration,
                } = i;
                self.tag(2);
                self.format(format, |f| match f {
                    IntegerFormat::Int32 => 0,
                    IntegerFormat::Int64 => 1,
                });
                self.opt(multiple_of, |k, x| k.i64(*x));
                self.bool(*exclusive_minimum);
                self.bool(*exclusive_maximum);
                self.opt(minimum, |k, x| k.i64(*x));
                self.opt(maximum, |k, x| k.i64(*x));
                self.list(enumeration, |k, x| k.opt(x, |k, x| k.i64(*x)));
            }
            Type::Object(o) => {
                let ObjectType {
                    properties,
                    required,
                    additional_properties,
                    min_properties,
                    max_properties,
                } = o;
                self.tag(3);
                self.map(properties, Self::boxed_ref);
                self.list(required, |k, s| k.str(s));
                self.opt(additional_properties, Self::additional);
                self.opt_usize(min_properties);
                self.opt_usize(max_properties);
            }
            Type::Array(a) => {
                let ArrayType {
                    items,
                    min_items,
                    max_items,
                    unique_items,
                } = a;
                self.tag(4);
                self.opt(items, Self::boxed_ref);
                self.opt_usize(min_items);
                self.opt_usize(max_items);
                self.bool(*unique_items);
            }
            Type::Boolean(b) => {
                let BooleanType { enumeration } = b;
                self.tag(5);
                self.list(enumeration, |k, x| k.opt(x, |k, x| k.bool(*x)));
            }
        }
    }

    fn additional(&mut self, additional: &AdditionalProperties) {
        match additional {
            AdditionalProperties::Any(any) => {
                self.tag(0);
                self.bool(*any);
            }
            AdditionalProperties::Schema(schema) => {
                self.tag(1);
                self.schema_ref(schema);
            }
        }
    }

    fn any(&mut self, any: &AnySchema) {
        let AnySchema {
            typ,
            pattern,
            multiple_of,
            exclusive_minimum,
            exclusive_maximum,
            minimum,
            maximum,
            properties,
            required,
            additional_properties,
            min_properties,
            max_properties,
            items,
            min_items,
            max_items,
            unique_items,
            enumeration,
            format,
            min_length,
            max_length,
            one_of,
            all_of,
            any_of,
            not,
        } = any;
        self.opt_str(typ);
        self.opt_str(pattern);
        self.opt(multiple_of, |k, x| k.f64(*x));
        self.opt(exclusive_minimum, |k, b| k.bool(*b));
        self.opt(exclusive_maximum, |k, b| k.bool(*b));
        self.opt(minimum, |k, x| k.f64(*x));
        self.opt(maximum, |k, x| k.f64(*x));
        self.map(properties, Self::boxed_ref);
        self.list(required, |k, s| k.str(s));
        self.opt(additional_properties, Self::additional);
        self.opt_usize(min_properties);
        self.opt_usize(max_properties);
        self.opt(items, Self::boxed_ref);
        self.opt_usize(min_items);
        self.opt_usize(max_items);
        self.opt(unique_items, |k, b| k.bool(*b));
        self.list(enumeration, Self::value);
        self.opt_str(format);
        self.opt_usize(min_length);
        self.opt_usize(max_length);
        self.list(one_of, Self::schema_ref);
        self.list(all_of, Self::schema_ref);
        self.list(any_of, Self::schema_ref);
        self.opt(not, |k, s| k.schema_ref(s));
    }
}

#[cfg(test)]
mod tests;
