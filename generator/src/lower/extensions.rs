//! Vendor extensions that published documents carry, read natively: enum member names and
//! descriptions (`x-speakeasy-enums`, `x-enum-varnames`, `x-enumNames`, `x-enum-descriptions`,
//! Azure's `x-ms-enum`) and Rust names of properties and parameters (`x-rust-name`, Azure's
//! `x-ms-client-name`). Where ours (`x-rust-*`) and a vendor's say the same thing, ours wins.

use indexmap::IndexMap;
use serde_json::Value;

use crate::diag::{escape_token, Diagnostics};

type Extensions = IndexMap<String, Value>;

/// The Rust name asked for a property or parameter: `x-rust-name`, else `x-ms-client-name`.
pub fn client_name(ext: &Extensions) -> Option<&str> {
    super::ext_str(ext, "x-rust-name").or_else(|| super::ext_str(ext, "x-ms-client-name"))
}

/// What the extensions say about one enum value.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Member {
    /// The member name asked for (before the naming pass).
    pub name: Option<String>,
    /// Its description.
    pub description: Option<String>,
}

/// Names and descriptions of an enum's members, by value.
#[derive(Debug, Default)]
pub struct EnumNames {
    /// The enum type's name (`x-ms-enum.name`).
    pub type_name: Option<String>,
    members: Vec<(Value, Member)>,
}

/// The extensions naming members, in order of precedence: the first that names a value wins.
const NAME_LISTS: [&str; 3] = ["x-speakeasy-enums", "x-enum-varnames", "x-enumNames"];

impl EnumNames {
    /// Reads the enum extensions of a schema whose `enum` is `values` (as written, `null`s
    /// included, so lists parallel to it line up). Malformed extensions are warned about and
    /// ignored.
    pub fn read(
        ext: &Extensions,
        values: &[Value],
        pointer: &str,
        diags: &mut Diagnostics,
    ) -> Self {
        let mut out = EnumNames::default();
        let at = |key: &str| format!("{pointer}/{}", escape_token(key));
        if let Some(ms) = ext.get("x-ms-enum") {
            match ms {
                Value::Object(ms) => {
                    out.type_name = ms
                        .get("name")
                        .and_then(Value::as_str)
                        .filter(|s| !s.trim().is_empty())
                        .map(str::to_owned);
                    for entry in ms
                        .get("values")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                    {
                        let Some(value) = entry.get("value") else {
                            continue;
                        };
                        let text = |k: &str| {
                            entry
                                .get(k)
                                .and_then(Value::as_str)
                                .filter(|s| !s.trim().is_empty())
                                .map(str::to_owned)
                        };
                        out.set(value, text("name"), text("description"));
                    }
                }
                _ => diags.warn(at("x-ms-enum"), "`x-ms-enum` is not an object; ignored"),
            }
        }
        for key in NAME_LISTS {
            let Some(list) = ext.get(key) else { continue };
            match list {
                Value::Array(names) => {
                    if names.len() != values.len() {
                        diags.warn(
                            at(key),
                            format!(
                                "`{key}` has {} names for {} enum values; names are matched by position",
                                names.len(),
                                values.len()
                            ),
                        );
                    }
                    for (value, name) in values.iter().zip(names) {
                        out.set(value, name.as_str().map(str::to_owned), None);
                    }
                }
                Value::Object(map) => {
                    for (value, name) in map {
                        out.set_by_text(value, name.as_str().map(str::to_owned), None);
                    }
                }
                _ => diags.warn(
                    at(key),
                    format!("`{key}` is neither a list nor a map of names; ignored"),
                ),
            }
        }
        match ext.get("x-enum-descriptions") {
            None => {}
            Some(Value::Array(list)) => {
                for (value, text) in values.iter().zip(list) {
                    out.set(value, None, text.as_str().map(str::to_owned));
                }
            }
            Some(Value::Object(map)) => {
                for (value, text) in map {
                    out.set_by_text(value, None, text.as_str().map(str::to_owned));
                }
            }
            Some(_) => diags.warn(
                at("x-enum-descriptions"),
                "`x-enum-descriptions` is neither a list nor a map; ignored",
            ),
        }
        out
    }

    /// Records a name and/or description for `value`, keeping what an earlier extension said.
    fn set(&mut self, value: &Value, name: Option<String>, description: Option<String>) {
        let name = name.filter(|s| !s.trim().is_empty());
        let description = description.filter(|s| !s.trim().is_empty());
        let index = match self.members.iter().position(|(v, _)| v == value) {
            Some(i) => i,
            None => {
                self.members.push((value.clone(), Member::default()));
                self.members.len() - 1
            }
        };
        let member = &mut self.members[index].1;
        if member.name.is_none() {
            member.name = name;
        }
        if member.description.is_none() {
            member.description = description;
        }
    }

    /// As [`EnumNames::set`], for a map keyed by the value's text (`"1"` for the integer 1).
    fn set_by_text(&mut self, text: &str, name: Option<String>, description: Option<String>) {
        let value = serde_json::from_str::<Value>(text)
            .ok()
            .filter(|v| !v.is_string())
            .unwrap_or_else(|| Value::String(text.to_owned()));
        self.set(&value, name.clone(), description.clone());
        // A map key is always text: the string "1" and the number 1 both match it.
        if !value.is_string() {
            self.set(&Value::String(text.to_owned()), name, description);
        }
    }

    /// What the extensions say about `value`.
    pub fn member(&self, value: &Value) -> Member {
        self.members
            .iter()
            .find(|(v, _)| v == value)
            .map(|(_, m)| m.clone())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ext(v: Value) -> Extensions {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn lists_maps_and_azure_values() {
        let mut diags = Diagnostics::new("t");
        let values = [json!("a"), json!("b"), json!(1)];
        let names = EnumNames::read(
            &ext(json!({
                "x-ms-enum": {"name": "Kind", "values": [{"value": "a", "name": "Alpha", "description": "first"}]},
                "x-speakeasy-enums": ["Ignored", "Beta", "One"],
                "x-enum-descriptions": {"b": "second", "1": "the number"},
            })),
            &values,
            "/s",
            &mut diags,
        );
        assert!(diags.into_vec().is_empty());
        assert_eq!(names.type_name.as_deref(), Some("Kind"));
        let a = names.member(&json!("a"));
        assert_eq!(
            (a.name.as_deref(), a.description.as_deref()),
            (Some("Alpha"), Some("first"))
        );
        let b = names.member(&json!("b"));
        assert_eq!(
            (b.name.as_deref(), b.description.as_deref()),
            (Some("Beta"), Some("second"))
        );
        assert_eq!(
            names.member(&json!(1)).description.as_deref(),
            Some("the number")
        );
    }

    #[test]
    fn malformed_extensions_are_warned_about() {
        let mut diags = Diagnostics::new("t");
        let names = EnumNames::read(
            &ext(json!({"x-enum-varnames": "A", "x-ms-enum": [1], "x-enumNames": ["A", "B"]})),
            &[json!("a")],
            "/s",
            &mut diags,
        );
        assert_eq!(diags.into_vec().len(), 3);
        assert_eq!(names.member(&json!("a")).name.as_deref(), Some("A"));
    }
}
