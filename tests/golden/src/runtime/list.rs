// @generated
// Generated from tests/fixtures/types/all_of.yaml, tests/fixtures/types/annotated_all_of.yaml, tests/fixtures/types/azure_v2.yaml, tests/fixtures/types/client_names.yaml, tests/fixtures/types/deep_refs.yaml, tests/fixtures/types/default_response.yaml, tests/fixtures/types/deprecations.yaml, tests/fixtures/types/descriptions.yaml, tests/fixtures/types/enums.yaml, tests/fixtures/types/field_flags.yaml, tests/fixtures/types/formats.yaml, tests/fixtures/types/groups.yaml, tests/fixtures/types/html_descriptions.yaml, tests/fixtures/types/inline_naming.yaml, tests/fixtures/types/linked.yaml, tests/fixtures/types/maps.yaml, tests/fixtures/types/names.yaml, tests/fixtures/types/no_content.yaml, tests/fixtures/types/nulls_v30.yaml, tests/fixtures/types/nulls_v31.yaml, tests/fixtures/types/objects.yaml, tests/fixtures/types/pagination_inferred.yaml, tests/fixtures/types/pagination_ms_pageable.yaml, tests/fixtures/types/pagination_speakeasy.yaml, tests/fixtures/types/recursion.yaml, tests/fixtures/types/retries.yaml, tests/fixtures/types/shared_inline.yaml, tests/fixtures/types/swagger2.yaml, tests/fixtures/types/tuples.yaml, tests/fixtures/types/union_mapping_declared_first.yaml, tests/fixtures/types/unions.yaml, tests/fixtures/types/vendor_enums.yaml, tests/fixtures/types/webhooks_only.yaml, tests/fixtures/types/webhooks_v30.yaml, tests/fixtures/types/wire_formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! [`List`]: the `Vec` of the API's objects in crates whose types link each other in long chains.
//!
//! rustc's drop check, for each type a function holds, walks every type that type reaches,
//! afresh. When an API's objects reach one another through lists (as in large, highly linked
//! documents), every walk covers most of the API and `cargo check` needs memory quadratic in its
//! size. A `List` keeps its items in a [`ManuallyDrop`] and drops them itself, so the walk stops
//! at the list. Everything else is a `Vec`'s: a `List` dereferences to a `Vec<T>`, converts from
//! and into one, iterates, compares, prints and (de)serializes as one.

use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

/// A list of the API's objects: a `Vec<T>` (to which it dereferences) that cuts rustc's drop
/// check short. Build one with `vec![..].into()`, `collect()` or [`List::new`].
pub struct List<T> {
    items: ManuallyDrop<Vec<T>>,
}

impl<T> List<T> {
    /// An empty list.
    pub const fn new() -> Self {
        List {
            items: ManuallyDrop::new(Vec::new()),
        }
    }

    /// The items, as a `Vec`.
    pub fn into_vec(mut self) -> Vec<T> {
        std::mem::take(&mut *self.items)
    }
}

impl<T> Drop for List<T> {
    fn drop(&mut self) {
        // An empty `Vec` owns no memory, so leaving one in the `ManuallyDrop` leaks nothing.
        drop(std::mem::take(&mut *self.items));
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List::new()
    }
}

impl<T> Deref for List<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.items
    }
}

impl<T> DerefMut for List<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.items
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        List {
            items: ManuallyDrop::new(items),
        }
    }
}

impl<T> From<List<T>> for Vec<T> {
    fn from(list: List<T>) -> Self {
        list.into_vec()
    }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Vec::from_iter(iter).into()
    }
}

impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut List<T> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter_mut()
    }
}

impl<T: Clone> Clone for List<T> {
    fn clone(&self) -> Self {
        Vec::clone(&self.items).into()
    }
}

impl<T: PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &Self) -> bool {
        **self.items == **other.items
    }
}

impl<T: Eq> Eq for List<T> {}

impl<T: std::fmt::Debug> std::fmt::Debug for List<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Vec::fmt(&self.items, f)
    }
}

impl<T: serde::Serialize> serde::Serialize for List<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Vec::serialize(&self.items, serializer)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for List<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::deserialize(deserializer).map(List::from)
    }
}

#[cfg(test)]
mod tests {
    use super::List;

    #[test]
    fn a_list_is_a_vec_on_the_wire_and_in_use() {
        let list: List<u32> = serde_json::from_str("[1,2,3]").unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(serde_json::to_string(&list).unwrap(), "[1,2,3]");
        assert_eq!(format!("{list:?}"), "[1, 2, 3]");
        let mut list = list;
        list.push(4);
        for item in &mut list {
            *item *= 10;
        }
        assert_eq!(list.iter().sum::<u32>(), 100);
        assert_eq!(list.clone(), List::from(vec![10, 20, 30, 40]));
        assert_eq!(Vec::from(list), vec![10, 20, 30, 40]);
        let collected: List<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
        assert_eq!(collected.into_iter().collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn a_list_drops_its_items() {
        let item = std::rc::Rc::new(());
        let list = List::from(vec![item.clone(), item.clone()]);
        assert_eq!(std::rc::Rc::strong_count(&item), 3);
        drop(list);
        assert_eq!(std::rc::Rc::strong_count(&item), 1);
    }
}
