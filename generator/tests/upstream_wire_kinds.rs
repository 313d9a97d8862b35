//! How many operations of every full document in `../shared/upstream` use each request-body
//! and response kind, and each parameter style the wire-format work covers: the coverage
//! table of the wire formats, printed (`cargo test -p generator --test upstream_wire_kinds --
//! --nocapture`). It fails when a document does not lower, or when an operation has a body or
//! response kind the emitter does not know.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use generator::diag::Diagnostics;
use generator::ir::{Encoding, Location, Style};

fn documents(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            documents(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("json" | "yaml" | "yml")
        ) {
            out.push(path);
        }
    }
}

fn kind(e: Encoding) -> &'static str {
    match e {
        Encoding::Json => "json",
        Encoding::Form => "form",
        Encoding::Text => "text",
        Encoding::Binary => "binary",
        Encoding::Multipart => "multipart",
        Encoding::EventStream => "event-stream",
        Encoding::JsonLines => "json-lines",
        Encoding::Empty => "none",
    }
}

#[test]
fn wire_kinds_of_every_upstream_document() {
    let upstream = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/upstream");
    let mut docs = Vec::new();
    documents(&upstream, &mut docs);
    assert!(!docs.is_empty(), "{} has no documents", upstream.display());
    for doc in docs {
        let label = doc
            .strip_prefix(&upstream)
            .unwrap_or(&doc)
            .display()
            .to_string();
        let spec = generator::config::read_any(&doc).unwrap_or_else(|e| panic!("{label}: {e}"));
        let mut diags = Diagnostics::new(&spec.label);
        let api =
            generator::api(&spec, &mut diags).unwrap_or_else(|| panic!("{label} does not lower"));
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        let mut total = 0;
        for op in api.groups.iter().flat_map(|g| &g.operations) {
            total += 1;
            let body = op.body.as_ref().map_or("none", |b| kind(b.encoding));
            *counts.entry(format!("body {body}")).or_default() += 1;
            if op.successes.is_empty() {
                *counts
                    .entry(format!("response {}", kind(op.success.encoding)))
                    .or_default() += 1;
            } else {
                *counts
                    .entry("response one type per status".into())
                    .or_default() += 1;
            }
            if op.server.is_some() {
                *counts.entry("own server".into()).or_default() += 1;
            }
            let query = |style: Style| {
                op.params
                    .iter()
                    .any(|p| p.location == Location::Query && p.style == style)
            };
            if query(Style::DeepObject) {
                *counts.entry("query deepObject".into()).or_default() += 1;
            }
            if query(Style::Json) {
                *counts.entry("query JSON content".into()).or_default() += 1;
            }
            if op.params.iter().any(|p| p.allow_reserved) {
                *counts.entry("query allowReserved".into()).or_default() += 1;
            }
            if op.body.as_ref().is_some_and(|b| !b.fields.is_empty()) {
                *counts
                    .entry("body with encoding entries".into())
                    .or_default() += 1;
            }
        }
        let line: Vec<String> = counts.iter().map(|(k, n)| format!("{k}: {n}")).collect();
        println!("{label}: {total} operations; {}", line.join(", "));
    }
}
