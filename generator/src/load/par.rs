//! The document passes (`refs`, `sanity`, `annotations`) walk the whole JSON tree on one thread
//! each, in document order. A big document's bulk sits in the members of `paths` and of
//! `components` and its sections, so there the members are walked in parallel, each with
//! diagnostics of its own that are then added in document order: the result and the diagnostics
//! are those of the walk in one thread.

use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics};

/// Whether the members of an object at `depth` (the root is 0) are walked in parallel: those of
/// `paths`, `components` (1) and of each section of `components` or each path item (2).
pub(super) fn splits(depth: usize) -> bool {
    depth == 1 || depth == 2
}

/// Runs `walk` on every member in parallel, each with its own diagnostics for `diags`' file,
/// and adds those to `diags` in the members' order; returns what each walk returned, in order.
pub(super) fn each<T: Send, R: Send>(
    members: Vec<T>,
    diags: &mut Diagnostics,
    walk: impl Fn(T, &mut Diagnostics) -> R + Sync,
) -> Vec<R> {
    let file = diags.file().to_owned();
    let done: Vec<(R, Vec<Diagnostic>)> = members
        .into_par_iter()
        .map(|member| {
            let mut own = Diagnostics::new(file.as_str());
            let out = walk(member, &mut own);
            (out, own.into_vec())
        })
        .collect();
    done.into_iter()
        .map(|(out, found)| {
            diags.extend(found);
            out
        })
        .collect()
}
