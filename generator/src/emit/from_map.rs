//! The `FromMap` written out for a struct `runtime::object!` does not take (one with a base, one
//! another extends, one without properties or with a property named `_…`).

use super::layout::{self, List, Text};
use super::structs::{must, read_as_some, Object};
use crate::ir::{Api, Field};

/// The struct's `FromMap` (its `Deserialize`, through `runtime::de`): one slot per field, one
/// match arm per property name, then the struct. A struct extending another reads the base
/// first, which offers it the keys that are not the base's; a struct another extends offers
/// those it does not declare to that one (`read_with`).
pub(super) fn from_map(api: &Api, object: &Object<'_>) -> String {
    let Object {
        name,
        fields,
        additional,
        base,
        extended,
        ..
    } = *object;
    // The slots are named like the fields; one that would shadow `map`, `key` or `other` (or
    // the base) gets a `_`, and one like `_1` (clippy wants a descriptive name) a `field`
    // before it.
    let taken: Vec<&str> = fields.iter().map(|f| f.rust_name.as_str()).collect();
    let reserved = |local: &str| {
        ["map", "key", "other"].contains(&local) || base.is_some_and(|(field, _)| field == local)
    };
    let slot = |f: &Field| {
        let mut local = f.rust_name.clone();
        if local.starts_with('_') {
            local.insert_str(0, "field");
        }
        if local != f.rust_name || reserved(&local) {
            while reserved(&local) || taken.contains(&local.as_str()) {
                local.push('_');
            }
        }
        local
    };
    let slots: Vec<String> = fields.iter().copied().map(slot).collect();
    // A struct whose fields are all optional (so `Default`) is read straight into `value`; any
    // other into one slot per field, then built.
    let into_default = base.is_none() && !fields.is_empty() && fields.iter().all(|f| !f.required);
    // Where a field (or the additional properties) is read to: `value.field`, or its slot.
    let place = |field: &str, slot: &str| {
        if into_default {
            format!("value.{field}")
        } else {
            slot.to_string()
        }
    };
    let mut out = Text::default();
    out.line(0, &format!("impl<'de> rt::FromMap<'de> for {name} {{"));
    if extended {
        out.lines(concat!(
            "    fn read_with<A: rt::MapAccess<'de>>(\n",
            "        map: &mut rt::Fields<'de, A>,\n",
            "        other: rt::de::Other<'_, 'de, A>,\n",
            "    ) -> Result<Self, A::Error> {\n",
        ));
    } else {
        out.lines(concat!(
            "    fn read<A: rt::MapAccess<'de>>(\n",
            "        map: &mut rt::Fields<'de, A>,\n",
            "    ) -> Result<Self, A::Error> {\n",
        ));
    }
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
    // What becomes of a key that is none of the struct's own properties (a call; a match arm
    // adds the comma).
    let rest = match (additional, extended) {
        (Some(extra), _) => format!("map.keep(key, &mut {})", place(extra, extra)),
        (None, true) => "map.offer(key, other)".to_string(),
        (None, false) => "map.skip()".to_string(),
    };
    let arms = |out: &mut Text, level: usize| {
        for (f, s) in fields.iter().zip(&slots) {
            let how = if read_as_some(api, f) { "put" } else { "set" };
            let wire = layout::string(&f.wire_name);
            let place = place(&f.rust_name, s);
            out.line(level, &format!("{wire} => map.{how}(&mut {place}),"));
        }
    };
    match base {
        Some((field, parent)) if fields.is_empty() && additional.is_none() => {
            let read = if extended {
                "read_with(map, other)"
            } else {
                "read(map)"
            };
            out.line(
                2,
                &format!("let {field} = <{parent} as rt::FromMap>::{read}?;"),
            );
        }
        Some((field, parent)) if fields.is_empty() => {
            // Properties of its own it has none: the base hands over every key it does not
            // declare, kept as additional properties.
            let extra = additional.unwrap_or_default();
            out.line(
                2,
                &format!(
                    "let {field} = <{parent} as rt::FromMap>::read_with(map, &mut |key, map| {{"
                ),
            );
            out.line(3, &format!("map.keep(key, &mut {extra});"));
            out.line(3, "true");
            out.line(2, "})?;");
        }
        Some((field, parent)) => {
            // The base reads the object and hands over the keys it does not declare.
            out.line(
                2,
                &format!(
                    "let {field} = <{parent} as rt::FromMap>::read_with(map, &mut |key, map| {{"
                ),
            );
            out.line(3, "match key.as_str() {");
            arms(&mut out, 4);
            match (additional, extended) {
                (Some(_), _) => out.line(4, &format!("_ => {rest},")),
                (None, true) => out.line(4, "_ => return other(key, map),"),
                (None, false) => out.line(4, "_ => return false,"),
            }
            out.line(3, "}");
            out.line(3, "true");
            out.line(2, "})?;");
        }
        None if fields.is_empty() => {
            match (additional, extended) {
                (Some(_), _) | (None, true) => {
                    out.line(2, "while let Some(key) = map.key() {");
                    out.line(3, &rest);
                }
                (None, false) => {
                    out.line(2, "while map.key().is_some() {");
                    out.line(3, "map.skip();");
                }
            }
            out.line(2, "}");
        }
        None => {
            out.line(2, "while let Some(key) = map.key() {");
            out.line(3, "match key.as_str() {");
            arms(&mut out, 4);
            out.line(4, &format!("_ => {rest},"));
            out.line(3, "}");
            out.line(2, "}");
        }
    }
    if into_default {
        out.line(2, "map.done(value)");
    } else {
        let mut values: Vec<String> = base.iter().map(|(field, _)| field.to_string()).collect();
        values.extend(fields.iter().zip(&slots).map(|(f, s)| {
            if f.rust_name == *s {
                s.clone()
            } else {
                format!("{}: {s}", f.rust_name)
            }
        }));
        values.extend(additional.map(str::to_string));
        let built = List {
            open: "Self {",
            items: &values,
            close: "}",
            padded: true,
        };
        // One match over the slots of the fields it must have: all set, or the first
        // that is not named in the error (no early return per field).
        let musts: Vec<(&Field, &String)> = fields
            .iter()
            .copied()
            .zip(&slots)
            .filter(|(f, _)| must(api, f))
            .collect();
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
