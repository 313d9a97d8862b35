//! Enums → their definition (an `Unknown` catch-all after the listed values), the accessor of
//! the wire value, `From` the wire value and the runtime macro's serde impls, laid out as text
//! (their shape is fixed), as prettyplease would print them.

use super::layout::{self, Text};
use super::{docs, Item};
use crate::ir::{EnumBase, EnumVariant};

/// The items of enum `name` over `base` values, each a text of its own (the caller puts the
/// type's `cfg` before each).
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
    let (unknown, derives, accessor, wire, to_unknown, from_unknown) = if integer {
        (
            "i64",
            "Debug, Clone, Copy",
            "pub fn value(&self) -> i64 {",
            "i64",
            "*v",
            "Self::Unknown(other)",
        )
    } else {
        (
            "String",
            "Debug, Clone",
            "pub fn as_str(&self) -> &str {",
            "&str",
            "v.as_str()",
            "Self::Unknown(other.to_owned())",
        )
    };

    let mut out = Text::default();
    out.lines(&docs::text(doc, 0));
    out.line(0, &format!("#[derive({derives})]"));
    out.line(0, &format!("pub enum {name} {{"));
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
        out.lines(&docs::text(&lines, 1));
        out.line(1, &format!("{},", v.rust_name));
    }
    out.line(1, "/// A value this version of the spec does not list.");
    out.line(1, &format!("Unknown({unknown}),"));
    out.line(0, "}");
    let definition = out.into_string();

    let mut out = Text::default();
    out.line(0, &format!("impl {name} {{"));
    out.line(1, "/// The value on the wire.");
    out.line(1, accessor);
    out.line(2, "match self {");
    for v in variants {
        arm(&mut out, &format!("Self::{}", v.rust_name), &literal(v));
    }
    arm(&mut out, "Self::Unknown(v)", to_unknown);
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    let accessor = out.into_string();

    let mut out = Text::default();
    out.line(0, &format!("impl From<{wire}> for {name} {{"));
    out.line(1, &format!("fn from(value: {wire}) -> Self {{"));
    out.line(2, "match value {");
    for v in variants {
        arm(&mut out, &literal(v), &format!("Self::{}", v.rust_name));
    }
    arm(&mut out, "other", from_unknown);
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    let from = out.into_string();

    let kind = if integer { "integer" } else { "string" };
    vec![
        Item::Text(definition),
        Item::Text(accessor),
        Item::Text(from),
        Item::Text(format!("crate::runtime::{kind}_enum_impls!({name});\n")),
    ]
}

/// A match arm at level 3: `pattern => body,` when it fits, else the body in a block.
fn arm(out: &mut Text, pattern: &str, body: &str) {
    let line = format!("{pattern} => {body},");
    if 3 * 4 + line.len() <= layout::WIDTH {
        out.line(3, &line);
    } else {
        out.line(3, &format!("{pattern} => {{"));
        out.line(4, body);
        out.line(3, "}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{format_ident, quote};
    use serde_json::json;

    fn text(items: Vec<Item>) -> String {
        items
            .into_iter()
            .map(|i| match i {
                Item::Text(t) => t,
                Item::Tokens(_) => unreachable!("enums are text"),
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

    /// What prettyplease prints for the enum's items written as tokens.
    fn pretty(tokens: proc_macro2::TokenStream) -> String {
        prettyplease::unparse(&syn::parse2(tokens).expect("tokens parse"))
    }

    #[test]
    fn a_string_enum_reads_as_prettyplease_prints_it() {
        let long = "a-value-long-enough-that-its-match-arm-cannot-stay-on-one-line-".repeat(2);
        let variants = [
            variant("Open", json!("open"), None),
            variant("Closed", json!("closed"), Some("Closed for good.\n\nKept.")),
            variant("Long", json!(long), None),
            variant("Quoted", json!("say \"hi\""), None),
        ];
        let long_doc = format!(" `{long}`");
        let got = text(enumeration(
            "State",
            &["The state.".into()],
            EnumBase::String,
            &variants,
        ));
        let want = pretty(quote! {
            /// The state.
            #[derive(Debug, Clone)]
            pub enum State {
                /// `open`
                Open,
                /// Closed for good.
                ///
                /// Kept.
                ///
                /// `closed`
                Closed,
                #[doc = #long_doc]
                Long,
                /// `say "hi"`
                Quoted,
                /// A value this version of the spec does not list.
                Unknown(String),
            }
            impl State {
                /// The value on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        Self::Open => "open",
                        Self::Closed => "closed",
                        Self::Long => #long,
                        Self::Quoted => "say \"hi\"",
                        Self::Unknown(v) => v.as_str(),
                    }
                }
            }
            impl From<&str> for State {
                fn from(value: &str) -> Self {
                    match value {
                        "open" => Self::Open,
                        "closed" => Self::Closed,
                        #long => Self::Long,
                        "say \"hi\"" => Self::Quoted,
                        other => Self::Unknown(other.to_owned()),
                    }
                }
            }
            crate::runtime::string_enum_impls!(State);
        });
        assert_eq!(got, want);
    }

    #[test]
    fn a_newline_in_a_value_is_escaped_in_its_doc() {
        let variants = [variant("Two", json!("a\nb"), None)];
        let got = text(enumeration("Lines", &[], EnumBase::String, &variants));
        assert!(got.contains("    /// `a\\nb`\n    Two,\n"), "{got}");
        assert!(got.contains("Self::Two => \"a\\nb\","), "{got}");
    }

    #[test]
    fn an_integer_enum_reads_as_prettyplease_prints_it() {
        let variants = [
            variant("V1", json!(1), None),
            variant("Minus2", json!(-2), Some("Two below.")),
        ];
        let got = text(enumeration("Level", &[], EnumBase::Integer, &variants));
        let name = format_ident!("Level");
        let want = pretty(quote! {
            #[derive(Debug, Clone, Copy)]
            pub enum #name {
                /// `1`
                V1,
                /// Two below.
                ///
                /// `-2`
                Minus2,
                /// A value this version of the spec does not list.
                Unknown(i64),
            }
            impl #name {
                /// The value on the wire.
                pub fn value(&self) -> i64 {
                    match self {
                        Self::V1 => 1,
                        Self::Minus2 => -2,
                        Self::Unknown(v) => *v,
                    }
                }
            }
            impl From<i64> for #name {
                fn from(value: i64) -> Self {
                    match value {
                        1 => Self::V1,
                        -2 => Self::Minus2,
                        other => Self::Unknown(other),
                    }
                }
            }
            crate::runtime::integer_enum_impls!(#name);
        });
        assert_eq!(got, want);
    }
}
