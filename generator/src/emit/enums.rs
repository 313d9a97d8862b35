//! Enums → one `runtime::string_enum!` or `runtime::integer_enum!` each: the enum's docs, then
//! one line per value (`Variant = "value",`, after the value's docs), which the run time's
//! macro writes out as the enum with its `Unknown` catch-all, the accessor of the wire value,
//! `From` the wire value and the serde impls. Laid out as text (the shape is fixed).

use super::layout::{self, Text};
use super::{docs, Item};
use crate::ir::{EnumBase, EnumVariant};

/// Enum `name` over `base` values: one item (the caller puts the type's `cfg` before it).
pub(super) fn enumeration(
    name: &str,
    doc: &[String],
    base: EnumBase,
    variants: &[EnumVariant],
) -> Vec<Item> {
    let integer = matches!(base, EnumBase::Integer);
    // The value as its variant's doc shows it and as code spells it.
    let shown = |v: &EnumVariant| {
        v.value
            .as_str()
            .map_or_else(|| v.value.to_string(), str::to_owned)
    };
    let literal = |v: &EnumVariant| {
        if integer {
            v.value.as_i64().unwrap_or_default().to_string()
        } else {
            layout::string(&shown(v))
        }
    };
    let kind = if integer { "integer" } else { "string" };
    let mut out = Text::default();
    out.line(0, &format!("rt::{kind}_enum! {{"));
    out.lines(&docs::text(doc, 1));
    out.line(1, &format!("pub enum {name} {{"));
    for v in variants {
        // A newline cannot stand in a `///` line: the doc shows it escaped.
        let value = format!("`{}`", shown(v).replace('\n', "\\n").replace('\r', "\\r"));
        let lines = match v.description.as_deref() {
            Some(text) => {
                let mut lines = docs::sanitize(text);
                lines.extend([String::new(), value]);
                lines
            }
            None => vec![value],
        };
        out.lines(&docs::text(&lines, 2));
        out.line(2, &format!("{} = {},", v.rust_name, literal(v)));
    }
    out.line(1, "}");
    out.line(0, "}");
    vec![Item::Text(out.into_string())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(items: Vec<Item>) -> String {
        items
            .into_iter()
            .map(|i| match i {
                Item::Text(t) => t,
                Item::Tokens(_) | Item::Object(_) => unreachable!("enums are text"),
            })
            .collect()
    }

    fn variant(name: &str, value: serde_json::Value, description: Option<&str>) -> EnumVariant {
        EnumVariant {
            rust_name: name.into(),
            value,
            description: description.map(str::to_owned),
        }
    }

    #[test]
    fn a_string_enum_is_one_line_per_value_after_its_docs() {
        let variants = [
            variant("Open", json!("open"), None),
            variant("Closed", json!("closed"), Some("Closed for good.\n\nKept.")),
            variant("Quoted", json!("say \"hi\""), None),
        ];
        let got = text(enumeration(
            "State",
            &["The state.".into()],
            EnumBase::String,
            &variants,
        ));
        let want = concat!(
            "rt::string_enum! {\n",
            "    /// The state.\n",
            "    pub enum State {\n",
            "        /// `open`\n",
            "        Open = \"open\",\n",
            "        /// Closed for good.\n",
            "        ///\n",
            "        /// Kept.\n",
            "        ///\n",
            "        /// `closed`\n",
            "        Closed = \"closed\",\n",
            "        /// `say \"hi\"`\n",
            "        Quoted = \"say \\\"hi\\\"\",\n",
            "    }\n",
            "}\n",
        );
        assert_eq!(got, want);
    }

    #[test]
    fn a_newline_in_a_value_is_escaped_in_its_doc() {
        let variants = [variant("Two", json!("a\nb"), None)];
        let got = text(enumeration("Lines", &[], EnumBase::String, &variants));
        assert!(
            got.contains("        /// `a\\nb`\n        Two = \"a\\nb\",\n"),
            "{got}"
        );
    }

    #[test]
    fn an_integer_enum_is_one_line_per_value() {
        let variants = [
            variant("V1", json!(1), None),
            variant("Minus2", json!(-2), Some("Two below.")),
        ];
        let got = text(enumeration("Level", &[], EnumBase::Integer, &variants));
        let want = concat!(
            "rt::integer_enum! {\n",
            "    pub enum Level {\n",
            "        /// `1`\n",
            "        V1 = 1,\n",
            "        /// Two below.\n",
            "        ///\n",
            "        /// `-2`\n",
            "        Minus2 = -2,\n",
            "    }\n",
            "}\n",
        );
        assert_eq!(got, want);
    }
}
