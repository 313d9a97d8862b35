//! Names for inline schemas shared by several uses (identical JSON, one type): at first a shared
//! type is named from where it was first met (`CreateCustomerRequestMetadata`); once every use is
//! known it is named from what it is: its `title`, else — when its first name comes from an
//! operation (`/paths/...`, `/webhooks/...`), not from a component schema that holds it — the
//! property it sits in, when every use sits in a property of that name (`metadata` →
//! `Metadata`). A type used once, a name another type already has, or uses in properties of
//! different names keep the first name.

use std::collections::BTreeMap;

use super::names::{pascal, Names};
use crate::ir::{TypeDef, TypeKind, TypeRef};

/// Where each shared inline type is used.
#[derive(Debug, Default)]
pub struct Uses {
    /// By type id: the schema's title (from the first use) and, per use, the property it sits
    /// in (`None` elsewhere: a request body, an array's items, a union branch).
    by_type: BTreeMap<usize, Sites>,
}

#[derive(Debug)]
struct Sites {
    title: Option<String>,
    /// Whether the first use (which named the type) sits in an operation or a webhook.
    from_operation: bool,
    properties: Vec<Option<String>>,
}

/// The property a schema at `pointer` is the value of: `.../properties/metadata` → `metadata`.
fn property(pointer: &str) -> Option<String> {
    let (parent, last) = pointer.rsplit_once('/')?;
    parent
        .ends_with("/properties")
        .then(|| last.replace("~1", "/").replace("~0", "~"))
}

impl Uses {
    /// Records a use of the inline type `ty` at `pointer`; `title` comes with its first use.
    pub fn record(&mut self, ty: &TypeRef, pointer: &str, title: Option<String>) {
        let id = match ty {
            TypeRef::Named(id) => *id,
            TypeRef::Nullable(inner) => match **inner {
                TypeRef::Named(id) => id,
                _ => return,
            },
            _ => return,
        };
        let entry = self.by_type.entry(id).or_insert_with(|| Sites {
            title,
            from_operation: pointer.starts_with("/paths/") || pointer.starts_with("/webhooks/"),
            properties: Vec::new(),
        });
        entry.properties.push(property(pointer));
    }

    /// The name a type used from several places should have, if any.
    fn wanted(&self, id: usize) -> Option<String> {
        let sites = self.by_type.get(&id)?;
        if sites.properties.len() < 2 {
            return None;
        }
        if let Some(title) = &sites.title {
            return Some(pascal(title));
        }
        if !sites.from_operation {
            return None;
        }
        let first = sites.properties.first()?.as_ref()?;
        sites
            .properties
            .iter()
            .all(|s| s.as_deref() == Some(first.as_str()))
            .then(|| pascal(first))
    }
}

/// Renames every shared inline type [`Uses::wanted`] names, when that name is free; union
/// variants named after the old name follow.
pub fn rename(uses: &Uses, defs: &mut [TypeDef], names: &mut Names) {
    for &id in uses.by_type.keys() {
        let Some(wanted) = uses.wanted(id) else {
            continue;
        };
        let old = defs[id].rust_name.clone();
        if wanted == old || names.is_taken(&wanted) {
            continue;
        }
        names.release(&old);
        defs[id].rust_name = names.unique(&wanted);
        let new = defs[id].rust_name.clone();
        for def in defs.iter_mut() {
            let TypeKind::Union { variants, .. } = &mut def.kind else {
                continue;
            };
            let free = !variants.iter().any(|v| v.rust_name == new);
            for v in variants.iter_mut() {
                let this = matches!(&v.ty, TypeRef::Named(t) if *t == id)
                    || matches!(&v.ty, TypeRef::Nullable(inner) if **inner == TypeRef::Named(id));
                if this && v.rust_name == old && free {
                    v.rust_name = new.clone();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_from_the_property_all_uses_share_or_the_title() {
        let mut uses = Uses::default();
        let ty = TypeRef::Named(3);
        uses.record(&ty, "/paths/~1a/post/requestBody/properties/metadata", None);
        assert_eq!(uses.wanted(3), None, "one use keeps its name");
        uses.record(&ty, "/components/schemas/B/properties/metadata", None);
        assert_eq!(uses.wanted(3).as_deref(), Some("Metadata"));
        uses.record(&ty, "/components/schemas/C/properties/meta", None);
        assert_eq!(uses.wanted(3), None, "different properties");

        let in_component = TypeRef::Named(5);
        uses.record(
            &in_component,
            "/components/schemas/Hook/properties/status",
            None,
        );
        uses.record(
            &in_component,
            "/components/schemas/NewHook/properties/status",
            None,
        );
        assert_eq!(uses.wanted(5), None, "named from its component, kept");

        let titled = TypeRef::Nullable(Box::new(TypeRef::Named(4)));
        uses.record(&titled, "/x/properties/a", Some("Postal address".into()));
        uses.record(
            &titled,
            "/y/requestBody/content/application~1json/schema",
            None,
        );
        assert_eq!(uses.wanted(4).as_deref(), Some("PostalAddress"));
    }
}
