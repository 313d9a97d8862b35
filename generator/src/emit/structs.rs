//! Structs → their definition and their serde impls, written without serde's derives: the
//! derives expand to about 45 lines per field that rustc checks (decoding from sequences, field
//! identifiers as integers and bytes, a wrapper type per `deserialize_with`), these to about three
//! that call the run time (`runtime::ser`, `runtime::de`).

use super::layout::{self, Text};
use super::types::{boxed_text, is_nullable, ty_text, Scope};
use super::{docs, Item};
use crate::ir::{Api, Field, TypeDef, TypeKind, TypeRef};

/// What a struct is made of (`TypeKind::Struct`).
pub(super) struct Shape<'a> {
    /// Every property, inherited from the base or not.
    pub fields: &'a [Field],
    pub additional: Option<&'a TypeRef>,
    /// The struct it extends (settled: its fields are among `fields`).
    pub base: Option<usize>,
    /// Whether a struct extends this one.
    pub extended: bool,
}

/// A struct's fields as it declares them: the struct it extends, if any, in a field of its own
/// (named `base`, or with `_`s after it while a property has that name), and the fields that
/// are not the base's.
pub(super) struct Own<'a> {
    /// The base's field name and id.
    pub base: Option<(String, usize)>,
    /// The fields that are not the base's, in the spec's order.
    pub fields: Vec<&'a Field>,
    /// How many of them come before the base's (the base is declared, sent and shown in the
    /// place of its first property).
    pub before: usize,
}

/// The fields of a struct (every property, `fields`) with base `base`, as it declares them.
pub(super) fn own_fields<'a>(api: &Api, fields: &'a [Field], base: Option<usize>) -> Own<'a> {
    let Some(b) = base else {
        return Own {
            base: None,
            fields: fields.iter().collect(),
            before: 0,
        };
    };
    let inherited: Vec<&str> = match &api.types[b].kind {
        TypeKind::Struct { fields, .. } => fields.iter().map(|f| f.wire_name.as_str()).collect(),
        _ => Vec::new(),
    };
    let is_own = |f: &&Field| !inherited.contains(&f.wire_name.as_str());
    let own: Vec<&Field> = fields.iter().filter(is_own).collect();
    let before = fields.iter().take_while(is_own).count();
    let mut name = String::from("base");
    while own.iter().any(|f| f.rust_name == name) {
        name.push('_');
    }
    Own {
        base: Some((name, b)),
        fields: own,
        before,
    }
}

/// A struct: its definition, `Serialize`, `Deserialize` and `FromMap`, laid out as text (their
/// shape is fixed).
pub(super) fn strukt(
    api: &Api,
    id: usize,
    def: &TypeDef,
    doc: &[String],
    shape: Shape<'_>,
) -> Vec<Item> {
    let Shape {
        fields: all,
        additional,
        base,
        extended,
    } = shape;
    let name = def.rust_name.as_str();
    let Own {
        base,
        fields,
        before,
    } = own_fields(api, all, base);
    let base = base.map(|(field, b)| (field, api.types[b].rust_name.as_str()));
    if base.is_none()
        && !extended
        && !fields.is_empty()
        && fields.iter().all(|f| !f.rust_name.starts_with('_'))
    {
        return vec![Item::Object(object(
            api, id, name, doc, &fields, additional, all,
        ))];
    }
    let mut out = Text::default();
    out.lines(&docs::text(doc, 0));
    out.line(0, &derive_line(all));
    if fields.is_empty() && additional.is_none() && base.is_none() {
        out.line(0, &format!("pub struct {name} {{}}"));
    } else {
        out.line(0, &format!("pub struct {name} {{"));
    }
    for (i, f) in fields.iter().enumerate() {
        if i == before {
            base_field(&mut out, base.as_ref());
        }
        out.lines(&docs::text(&field_doc(f), 1));
        let inner = boxed_text(api, &f.ty, id);
        if is_required(f) {
            out.line(1, &format!("pub {}: {inner},", f.rust_name));
        } else {
            // Optional and nullable: `None` = absent, `Some(None)` = explicit `null`.
            out.line(1, &format!("pub {}: Option<{inner}>,", f.rust_name));
        }
    }
    if before == fields.len() {
        base_field(&mut out, base.as_ref());
    }
    let additional = additional.map(|extra| {
        let fname = additional_name(all);
        out.line(1, "/// Properties not listed in the spec.");
        out.line(
            1,
            &format!(
                "pub {fname}: ::std::collections::BTreeMap<String, {}>,",
                ty_text(api, extra, Scope::Types)
            ),
        );
        fname
    });
    if !fields.is_empty() || additional.is_some() || base.is_some() {
        out.line(0, "}");
    }
    // Each item is a text of its own: the type's `cfg` goes before each.
    let mut items = vec![Item::Text(out.into_string())];
    if let Some((field, parent)) = &base {
        items.push(Item::Text(format!(
            "rt::extends!({name}, {field}: {parent});\n"
        )));
    }
    let base = base
        .as_ref()
        .map(|(field, parent)| (field.as_str(), *parent));
    let object = Object {
        name,
        fields: &fields,
        before,
        additional,
        base,
        extended,
    };
    if extended {
        items.push(Item::Text(format!("rt::object_serialize!({name});\n")));
    }
    items.extend([
        Item::Text(serialize(&object)),
        Item::Text(format!("rt::object_deserialize!({name});\n")),
        Item::Text(super::from_map::from_map(api, &object)),
    ]);
    items
}

/// A struct without a base, not extended, with properties (none of whose names begins with `_`),
/// as `runtime::object!` takes it (one level in): one line per property (how it is sent and
/// read), from which it writes the definition and the impls the functions below write by hand.
fn object(
    api: &Api,
    id: usize,
    name: &str,
    doc: &[String],
    fields: &[&Field],
    additional: Option<&TypeRef>,
    all: &[Field],
) -> String {
    let mut out = Text::default();
    out.lines(&docs::text(doc, 1));
    // `object!` derives `Debug`, `Clone` and `PartialEq`.
    if derives_default(all) {
        out.line(1, "#[derive(Default)]");
    }
    out.line(1, &format!("pub struct {name} {{"));
    for f in fields {
        out.lines(&docs::text(&field_doc(f), 2));
        let inner = boxed_text(api, &f.ty, id);
        let ty = if is_required(f) {
            inner
        } else {
            format!("Option<{inner}>")
        };
        let send = if f.read_only {
            "skip"
        } else if is_required(f) {
            "field"
        } else {
            "optional"
        };
        let read = if must(api, f) {
            "must"
        } else if read_as_some(api, f) {
            "put"
        } else {
            "set"
        };
        let wire = layout::string(&f.wire_name);
        out.line(
            2,
            &format!("{}: {ty} = {send}({wire}, {read}),", f.rust_name),
        );
    }
    if let Some(extra) = additional {
        let fname = additional_name(all);
        out.line(
            2,
            &format!("..{fname}: {},", ty_text(api, extra, Scope::Types)),
        );
    }
    out.line(1, "}");
    out.into_string()
}

/// The name of the field holding a struct's additional properties (with a `_` after it when a
/// property has the name).
fn additional_name(all: &[Field]) -> &'static str {
    if all.iter().any(|f| f.rust_name == "additional_properties") {
        "additional_properties_"
    } else {
        "additional_properties"
    }
}

/// The field holding the base, if any.
fn base_field(out: &mut Text, base: Option<&(String, &str)>) {
    if let Some((field, parent)) = base {
        out.line(
            1,
            &format!(
                "/// The properties of [`{parent}`], which this schema extends (`allOf`): they"
            ),
        );
        out.line(1, "/// read as this struct's own too (`Deref`).");
        out.line(1, &format!("pub {field}: {parent},"));
    }
}

/// What a struct's impls are written from.
pub(super) struct Object<'a> {
    pub(super) name: &'a str,
    /// Its own fields (not the base's).
    pub(super) fields: &'a [&'a Field],
    /// How many of them come before the base.
    pub(super) before: usize,
    /// The field holding additional properties.
    pub(super) additional: Option<&'a str>,
    /// The field holding the base, and the base's type.
    pub(super) base: Option<(&'a str, &'a str)>,
    /// Whether a struct extends this one.
    pub(super) extended: bool,
}

/// The struct's `Serialize` (through `runtime::ser`): one line per property it sends (the base's
/// in one, `map.extend`). A struct another extends writes them in its `WriteFields`, and its
/// `Serialize` is `object_serialize!`.
fn serialize(object: &Object<'_>) -> String {
    let Object {
        name,
        fields,
        before,
        additional,
        base,
        extended,
    } = *object;
    let mut out = Text::default();
    // Nothing to send: every field read-only, no base, no additional properties.
    let nothing = fields.iter().all(|f| f.read_only) && additional.is_none() && base.is_none();
    if extended {
        out.line(0, &format!("impl rt::ser::WriteFields for {name} {{"));
        out.line(
            1,
            "fn write<M: ::serde::ser::SerializeMap>(&self, map: &mut rt::ser::Object<M>) {",
        );
        if nothing {
            out.line(2, "let _ = map;");
        }
    } else {
        out.line(0, &format!("impl ::serde::Serialize for {name} {{"));
        out.line(
            1,
            "fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {",
        );
    }
    if nothing && !extended {
        out.line(2, "rt::ser::object(serializer).end()");
    } else if !nothing {
        if !extended {
            out.line(2, "let mut map = rt::ser::object(serializer);");
        }
        let extend = |out: &mut Text| {
            if let Some((field, _)) = base {
                out.line(2, &format!("map.extend(&self.{field});"));
            }
        };
        for (i, f) in fields.iter().enumerate() {
            if i == before {
                extend(&mut out);
            }
            if f.read_only {
                continue;
            }
            let how = if is_required(f) { "field" } else { "optional" };
            let wire = layout::string(&f.wire_name);
            out.line(2, &format!("map.{how}({wire}, &self.{});", f.rust_name));
        }
        if before == fields.len() {
            extend(&mut out);
        }
        if let Some(extra) = additional {
            out.line(2, &format!("map.flatten(&self.{extra});"));
        }
        if !extended {
            out.line(2, "map.end()");
        }
    }
    out.line(1, "}");
    out.line(0, "}");
    out.into_string()
}

/// The struct's derives: `Default` too when none of its fields is required.
fn derive_line(all: &[Field]) -> String {
    let default = if derives_default(all) {
        ", Default"
    } else {
        ""
    };
    format!("#[derive(Debug, Clone, PartialEq{default})]")
}

/// Whether a struct derives `Default`: when none of its fields is required.
fn derives_default(all: &[Field]) -> bool {
    all.iter().all(|f| !f.required)
}

/// A field the struct must have and cannot decode from nothing (required, not nullable): read
/// as `Some` into an `Option` slot, and checked at the end.
pub(super) fn must(api: &Api, f: &Field) -> bool {
    is_required(f) && !is_nullable(api, &f.ty)
}

/// Whether a field is read as `Some(value)` (`put`): one it must have, or an optional nullable
/// one (where absent and `null` differ); any other is read as the field's own type (`set`).
pub(super) fn read_as_some(api: &Api, f: &Field) -> bool {
    must(api, f) || (!is_required(f) && is_nullable(api, &f.ty))
}

/// A field the struct always has (not an `Option` of its own).
fn is_required(f: &Field) -> bool {
    f.required && !f.read_only && !f.write_only
}

fn field_doc(f: &Field) -> Vec<String> {
    let mut lines = docs::or_else(f.description.as_deref(), || {
        format!("The `{}` property.", f.wire_name)
    });
    if f.read_only {
        lines.push(String::new());
        lines.push("Set by the server (read-only); never sent.".into());
    }
    if f.deprecated {
        lines.push(String::new());
        lines.push("**Deprecated** in the spec.".into());
    }
    lines
}
