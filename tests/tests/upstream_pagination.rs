//! Pagination over the full published documents (`../shared/upstream`, read, never copied):
//!
//! 1. every operation with `x-speakeasy-pagination` gets pagination in the IR (Polar 37 + 37,
//!    Zendesk 67);
//! 2. with every pagination extension stripped from the parsed document, the inference finds the
//!    same style and request parameters for most of them (for a cursor, the same request
//!    parameter and the extension's cursor path: the same, or among those searched at run time),
//!    and paginates no operation the extension does not. The counts are printed.
//!
//! `cargo test -p tests --test upstream_pagination -- --ignored --nocapture` (run by `.ci/run`).

use std::collections::BTreeMap;
use std::path::Path;

use generator::diag::Diagnostics;
use generator::ir::{Api, Pagination};
use serde_json::Value;

const EXTENSIONS: &[&str] = &["x-pagination", "x-speakeasy-pagination", "x-ms-pageable"];
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One document and what is asserted on it.
struct Document {
    file: &'static str,
    /// Operations with `x-speakeasy-pagination`.
    declared: usize,
    /// How many of them must get pagination from it.
    paginated: usize,
    /// How many the inference must find with the same style and parameters.
    inferred: usize,
    /// How many operations the inference may paginate that the extension does not.
    extra: usize,
}

const DOCUMENTS: &[Document] = &[
    Document {
        file: "polar/2026-04.openapi.json",
        declared: 37,
        paginated: 37,
        inferred: 34,
        extra: 0,
    },
    Document {
        file: "polar/2026-10.openapi.json",
        declared: 37,
        paginated: 37,
        inferred: 34,
        extra: 0,
    },
    // Goal 67 / ≥ 61 (90 %) / 0 extra; measured 67 / 64 / 2. What remains: the 2 operations whose
    // response is a free-form object (`/problems`, `/tickets/{ticket_id}/incidents`) page only
    // from the extension (the inference needs a declared items array), and `/ticket_audits`
    // declares its cursor at `after_cursor` while its extension reads `meta.after_cursor`: the
    // inference follows the schema, counted as a difference. The 2 extra are the incremental
    // exports (`/incremental/{tickets,users}/cursor`: `after_cursor` → `cursor`), truly cursor-
    // paginated but without the extension, so not false positives.
    Document {
        file: "zendesk/openapi.yaml",
        declared: 67,
        paginated: 67,
        inferred: 64,
        extra: 2,
    },
];

/// Style and request parameters: what must agree between the extension and the inference.
fn signature(p: &Pagination) -> String {
    match p {
        Pagination::Page { page, limit, .. } => format!("page({page}, {limit:?})"),
        Pagination::Offset { offset, limit, .. } => format!("offset({offset}, {limit:?})"),
        Pagination::Cursor { cursor, .. } => format!("cursor({cursor})"),
        Pagination::NextUrl { from, .. } => format!("next_url({from:?})"),
    }
}

/// Whether the inferred pagination reads the cursor where the extension says it is: the same
/// path, or among the paths searched at run time when the response declares none.
fn same_cursor(extension: &Pagination, inferred: &Pagination) -> bool {
    match (extension, inferred) {
        (
            Pagination::Cursor {
                next_cursor: want,
                from_last_item: false,
                ..
            },
            Pagination::Cursor {
                next_cursor: got,
                search,
                ..
            },
        ) => match search {
            Some(search) => search.cursors.contains(want),
            None => got == want,
        },
        _ => true,
    }
}

/// The pagination of every operation, by `METHOD path`.
fn paginations(label: &str, bytes: Vec<u8>) -> BTreeMap<String, Option<Pagination>> {
    let spec = generator::Spec {
        label: label.into(),
        module: "upstream".into(),
        bytes,
        ..Default::default()
    };
    let mut diags = Diagnostics::default();
    let api: Api = generator::api(&spec, &mut diags).unwrap_or_else(|| panic!("{label} lowers"));
    api.groups
        .iter()
        .flat_map(|g| &g.operations)
        .map(|op| (format!("{} {}", op.method, op.path), op.pagination.clone()))
        .collect()
}

/// The operations of a parsed document, by `METHOD path`.
fn operations(doc: &mut Value) -> Vec<(String, &mut serde_json::Map<String, Value>)> {
    let mut out = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return out;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, op) in item.iter_mut() {
            if let (true, Some(op)) = (METHODS.contains(&method.as_str()), op.as_object_mut()) {
                out.push((format!("{} {path}", method.to_ascii_uppercase()), op));
            }
        }
    }
    out
}

#[test]
#[ignore = "reads the full upstream documents; run by .ci/run"]
fn extensions_and_inference_on_the_published_documents() {
    let upstream = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/upstream");
    let mut failures = Vec::new();
    for &Document {
        file,
        declared,
        paginated: must_paginate,
        inferred: must_infer,
        extra: most_extra,
    } in DOCUMENTS
    {
        let bytes = std::fs::read(upstream.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut diags = Diagnostics::default();
        let mut doc = generator::load::parse(&bytes, &mut diags).expect("parses");
        let with_extension: Vec<String> = operations(&mut doc)
            .into_iter()
            .filter(|(_, op)| op.contains_key("x-speakeasy-pagination"))
            .map(|(key, _)| key)
            .collect();
        let extended = paginations(file, bytes);
        let covered = with_extension
            .iter()
            .filter(|k| matches!(extended.get(*k), Some(Some(_))))
            .count();

        for (_, op) in operations(&mut doc) {
            for name in EXTENSIONS {
                op.remove(*name);
            }
        }
        let stripped = serde_json::to_vec(&doc).expect("serializes");
        let inferred = paginations(file, stripped);
        let mut same = 0;
        let mut differ = Vec::new();
        for key in &with_extension {
            let want = extended.get(key).cloned().flatten();
            let got = inferred.get(key).cloned().flatten();
            let cursor_found = match (&want, &got) {
                (Some(want), Some(got)) => same_cursor(want, got),
                _ => false,
            };
            let (want, got) = (want.map(|p| signature(&p)), got.map(|p| signature(&p)));
            if want.is_some() && want == got && cursor_found {
                same += 1;
            } else {
                differ.push(format!("{key}: extension {want:?}, inferred {got:?}"));
            }
        }
        let extra: Vec<String> = inferred
            .iter()
            .filter(|(k, p)| p.is_some() && !with_extension.contains(k))
            .map(|(k, p)| format!("{k}: {}", signature(p.as_ref().expect("some"))))
            .collect();
        println!(
            "{file}: {covered}/{declared_found} x-speakeasy-pagination operations paginated from the extension; \
             without extensions the inference finds the same style and parameters for {same}/{declared_found} ({:.0} %) \
             and paginates {} operations the extension does not",
            100.0 * same as f64 / with_extension.len().max(1) as f64,
            extra.len(),
            declared_found = with_extension.len(),
        );
        let mut shown = BTreeMap::<String, usize>::new();
        for d in &differ {
            // One line per distinct outcome, with a count.
            let outcome = d.split_once(": ").map_or(d.as_str(), |(_, o)| o).to_owned();
            *shown.entry(outcome).or_default() += 1;
        }
        for (outcome, n) in &shown {
            println!("  not found ×{n}: {outcome}");
        }
        for d in differ.iter().take(8) {
            println!("    {d}");
        }
        for e in &extra {
            println!("  inferred without an extension: {e}");
        }
        if with_extension.len() != declared || covered < must_paginate {
            failures.push(format!(
                "{file}: {covered} of {} extension operations paginated, {must_paginate} of {declared} expected",
                with_extension.len()
            ));
        }
        if same < must_infer || extra.len() > most_extra {
            failures.push(format!(
                "{file}: inference found {same}/{declared} (at least {must_infer} expected), {} extra (at most {most_extra})",
                extra.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
