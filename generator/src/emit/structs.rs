//! Structs → their definition and their serde impls, written without serde's derives: the
//! derives expand to about 45 lines per field that rustc checks (decoding from sequences, field
//! identifiers as integers and bytes, a wrapper type per `deserialize_with`), these to about three
//! that call the run time (`runtime::ser`, `runtime::de`).

use super::layout::{self, List, Text};
use super::types::{boxed_text, is_nullable, ty_text, Scope};
use super::{docs, Item};
use crate::ir::{Api, Field, TypeDef, TypeRef};

/// A struct: its definition, `Serialize`, `Deserialize` and `FromMap`, laid out as text (their
/// shape is fixed).
pub(super) fn strukt(
    api: &Api,
    id: usize,
    def: &TypeDef,
    doc: &[String],
    fields: &[Field],
    additional: Option<&TypeRef>,
) -> Vec<Item> {
    let name = def.rust_name.as_str();
    let mut out = Text::default();
    out.lines(&docs::text(doc, 0));
    let default = if fields.iter().all(|f| !f.required) {
        ", Default"
    } else {
        ""
    };
    out.line(0, &format!("#[derive(Debug, Clone, PartialEq{default})]"));
    if fields.is_empty() && additional.is_none() {
        out.line(0, &format!("pub struct {name} {{}}"));
    } else {
        out.line(0, &format!("pub struct {name} {{"));
    }
    for f in fields {
        out.lines(&docs::text(&field_doc(f), 1));
        let inner = boxed_text(api, &f.ty, id);
        if is_required(f) {
            out.line(1, &format!("pub {}: {inner},", f.rust_name));
        } else {
            // Optional and nullable: `None` = absent, `Some(None)` = explicit `null`.
            out.line(1, &format!("pub {}: Option<{inner}>,", f.rust_name));
        }
    }
    let additional = additional.map(|extra| {
        let fname = if fields
            .iter()
            .any(|f| f.rust_name == "additional_properties")
        {
            "additional_properties_"
        } else {
            "additional_properties"
        };
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
    if !fields.is_empty() || additional.is_some() {
        out.line(0, "}");
    }
    vec![
        Item::Text(out.into_string()),
        Item::Text(serialize(name, fields, additional)),
        Item::Text(format!("rt::object_deserialize!({name});\n")),
        Item::Text(from_map(api, name, fields, additional)),
    ]
}

/// The struct's `Serialize` (through `runtime::ser`): one line per property it sends.
fn serialize(name: &str, fields: &[Field], additional: Option<&str>) -> String {
    let mut out = Text::default();
    out.line(0, &format!("impl ::serde::Serialize for {name} {{"));
    out.line(
        1,
        "fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {",
    );
    let sent: Vec<&Field> = fields.iter().filter(|f| !f.read_only).collect();
    if sent.is_empty() && additional.is_none() {
        out.line(2, "rt::ser::object(serializer).end()");
    } else {
        out.line(2, "let mut map = rt::ser::object(serializer);");
        for f in sent {
            let how = if is_required(f) { "field" } else { "optional" };
            let wire = layout::string(&f.wire_name);
            out.line(2, &format!("map.{how}({wire}, &self.{});", f.rust_name));
        }
        if let Some(extra) = additional {
            out.line(2, &format!("map.flatten(&self.{extra});"));
        }
        out.line(2, "map.end()");
    }
    out.line(1, "}");
    out.line(0, "}");
    out.into_string()
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

/// The struct's `FromMap` (its `Deserialize`, through `runtime::de`): one slot per field, one
/// match arm per property name, then the struct.
fn from_map(api: &Api, name: &str, fields: &[Field], additional: Option<&str>) -> String {
    // The slots are named like the fields; one that would shadow `map` or `key` gets a `_`, and
    // one like `_1` (clippy wants a descriptive name) a `field` before it.
    let taken: Vec<&str> = fields.iter().map(|f| f.rust_name.as_str()).collect();
    let slot = |f: &Field| {
        let mut local = f.rust_name.clone();
        if local.starts_with('_') {
            local.insert_str(0, "field");
        }
        if local != f.rust_name || local == "map" || local == "key" {
            while local == "map" || local == "key" || taken.contains(&local.as_str()) {
                local.push('_');
            }
        }
        local
    };
    let slots: Vec<String> = fields.iter().map(slot).collect();
    // A struct whose fields are all optional (so `Default`) is read straight into `value`; any
    // other into one slot per field, then built.
    let into_default = !fields.is_empty() && fields.iter().all(|f| !f.required);
    // Where a field (or the additional properties) is read to: `value.field`, or its slot.
    let place = |field: &str, slot: &str| {
        if into_default {
            format!("value.{field}")
        } else {
            slot.to_string()
        }
    };
    // A field it must have (and cannot decode from nothing) is read as `Some` into an `Option`
    // slot, and checked at the end; any other into a slot of the field's own type.
    let must = |f: &Field| is_required(f) && !is_nullable(api, &f.ty);
    let mut out = Text::default();
    out.line(0, &format!("impl<'de> rt::FromMap<'de> for {name} {{"));
    out.lines(concat!(
        "    fn read<A: rt::MapAccess<'de>>(\n",
        "        map: &mut rt::Fields<'de, A>,\n",
        "    ) -> Result<Self, A::Error> {\n",
    ));
    if into_default {
        out.line(2, "let mut value = Self::default();");
    } else {
        for s in &slots {
            out.line(2, &format!("let mut {s} = None;"));
        }
    }
    if let Some(extra) = additional.filter(|_| !into_default) {
        out.line(
            2,
            &format!("let mut {extra} = ::std::collections::BTreeMap::new();"),
        );
    }
    if fields.is_empty() {
        match additional {
            Some(extra) => {
                out.line(2, "while let Some(key) = map.key() {");
                out.line(3, &format!("map.keep(key, &mut {extra});"));
            }
            None => {
                out.line(2, "while map.key().is_some() {");
                out.line(3, "map.skip();");
            }
        }
    } else {
        out.line(2, "while let Some(key) = map.key() {");
        out.line(3, "match key.as_str() {");
        for (f, s) in fields.iter().zip(&slots) {
            let how = if must(f) || (!is_required(f) && is_nullable(api, &f.ty)) {
                "put"
            } else {
                "set"
            };
            let wire = layout::string(&f.wire_name);
            let place = place(&f.rust_name, s);
            out.line(4, &format!("{wire} => map.{how}(&mut {place}),"));
        }
        match additional {
            Some(extra) => {
                let place = place(extra, extra);
                out.line(4, &format!("_ => map.keep(key, &mut {place}),"));
            }
            None => out.line(4, "_ => map.skip(),"),
        }
        out.line(3, "}");
    }
    out.line(2, "}");
    if into_default {
        out.line(2, "map.done(value)");
    } else {
        let mut values: Vec<String> = fields
            .iter()
            .zip(&slots)
            .map(|(f, s)| {
                if f.rust_name == *s {
                    s.clone()
                } else {
                    format!("{}: {s}", f.rust_name)
                }
            })
            .collect();
        values.extend(additional.map(str::to_string));
        let built = List {
            open: "Self {",
            items: &values,
            close: "}",
            padded: true,
        };
        // One match over the slots of the fields it must have: all set, or the first
        // that is not named in the error (no early return per field).
        let musts: Vec<(&Field, &String)> =
            fields.iter().zip(&slots).filter(|(f, _)| must(f)).collect();
        match musts.as_slice() {
            [] => layout::list(&mut out, 2, "map.done(", &built, ")"),
            [(f, s)] => {
                out.line(2, &format!("match {s} {{"));
                let some = [s.to_string()];
                let pattern = List {
                    open: "Some(",
                    items: &some,
                    close: ")",
                    padded: false,
                };
                arm(&mut out, &pattern, "map.done(", &built, ")");
                let wire = layout::string(&f.wire_name);
                out.line(3, &format!("None => map.missing(&[({wire}, true)]),"));
                out.line(2, "}");
            }
            _ => {
                let names: Vec<String> = musts.iter().map(|(_, s)| s.to_string()).collect();
                let tuple = |items| List {
                    open: "(",
                    items,
                    close: ")",
                    padded: false,
                };
                layout::list(&mut out, 2, "match ", &tuple(&names), " {");
                let some: Vec<String> = names.iter().map(|s| format!("Some({s})")).collect();
                arm(&mut out, &tuple(&some), "map.done(", &built, ")");
                let absent: Vec<String> = musts
                    .iter()
                    .map(|(f, s)| format!("({}, {s}.is_none())", layout::string(&f.wire_name)))
                    .collect();
                let missing = List {
                    open: "map.missing(&[",
                    items: &absent,
                    close: "])",
                    padded: false,
                };
                arm(&mut out, &tuple(&names), "", &missing, "");
                out.line(2, "}");
            }
        }
    }
    out.line(1, "}");
    out.line(0, "}");
    out.into_string()
}

/// A match arm at level 3, `pattern => call`: on one line if it fits, else the call in a block
/// of its own (each list on one line while it fits, as prettyplease lays them out).
fn arm(out: &mut Text, pattern: &List<'_>, call: &str, body: &List<'_>, close: &str) {
    let one_line = format!("{} => {call}{}{close},", pattern.flat(), body.flat());
    if 3 * 4 + one_line.len() <= layout::WIDTH {
        out.line(3, &one_line);
        return;
    }
    layout::list(out, 3, "", pattern, " => {");
    layout::list(out, 4, call, body, close);
    out.line(3, "}");
}
