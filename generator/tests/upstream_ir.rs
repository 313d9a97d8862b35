//! The published documents in `../shared/upstream`, unmodified, plus our configuration
//! (`tests/upstream/*.toml`: which operations to keep and, only where the document lacks it, a
//! name or an overlay) generate modules whose operations match the modules generated from our
//! own `specs/`: method names, groups, parameters, body and response fields, error statuses,
//! deprecations and pagination, compared operation by operation (`common/ir_compare.rs`).
//!
//! Every difference is printed. The test fails on any difference not listed in `EXPECTED` with
//! its reason, and on a listed difference that no longer occurs.

mod common {
    pub mod ir_compare;
}

use std::path::{Path, PathBuf};

use common::ir_compare::{differences, operation_count};
use generator::diag::Diagnostics;

/// (configuration, our spec, the number of operations the configuration keeps).
const CASES: [(&str, &str, usize); 6] = [
    ("polar-2026-04.toml", "polar.yaml", 8),
    ("polar-2026-10.toml", "polar.yaml", 8),
    ("codat.toml", "codat.yaml", 3),
    ("codat-legacy.toml", "codat.yaml", 6),
    ("zendesk.toml", "zendesk.yaml", 9),
    ("attio.toml", "attio.yaml", 5),
];

/// Differences that are facts of the published documents, not of the generator: `(configuration,
/// start of the difference line, why)`.
const EXPECTED: &[(&str, &str, &str)] = &[
    (
        "codat-legacy.toml",
        "GET /webhooks: response:",
        "the 2025-01 WebhookConsumer has `companyId`; the current document (which our spec follows) dropped it",
    ),
    (
        "codat-legacy.toml",
        "POST /webhooks: body:",
        "the 2025-01 WebhookConsumer has `companyId` and a non-nullable `companyTags`; the current document changed both",
    ),
    (
        "codat-legacy.toml",
        "POST /webhooks: response:",
        "as above",
    ),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn lower(spec: &generator::Spec) -> generator::ir::Api {
    let mut diags = Diagnostics::new(&spec.label);
    let api = generator::api(spec, &mut diags);
    let errors: Vec<String> = diags
        .into_vec()
        .into_iter()
        .filter(|d| d.severity == generator::diag::Severity::Error)
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "{}: {errors:#?}", spec.label);
    api.expect("lowers")
}

#[test]
fn published_documents_with_configuration_match_our_specs() {
    let upstream = root().join("../shared/upstream");
    if !upstream.is_dir() {
        panic!(
            "{} is missing: the published documents are test input",
            upstream.display()
        );
    }
    let mut unexpected = Vec::new();
    let mut seen = vec![false; EXPECTED.len()];
    for (config, ours, count) in CASES {
        let config_path = root().join("tests/upstream").join(config);
        let theirs =
            generator::config::read(&config_path).unwrap_or_else(|e| panic!("{config}: {e}"));
        let theirs = lower(&theirs);
        let ours = generator::config::read_any(&root().join("specs").join(ours))
            .unwrap_or_else(|e| panic!("{ours}: {e}"));
        let mut ours = lower(&ours);
        // A configuration that keeps part of our operations is compared on that part.
        for group in &mut ours.groups {
            group.operations.retain(|o| {
                theirs
                    .groups
                    .iter()
                    .flat_map(|g| &g.operations)
                    .any(|t| t.method == o.method && t.path == o.path)
            });
        }
        let found = differences(&ours, &theirs);
        println!(
            "== {config}: {} operations (expected {count}), {} differences",
            operation_count(&theirs),
            found.len()
        );
        if operation_count(&theirs) != count {
            unexpected.push(format!(
                "{config}: {} operations, expected {count}",
                operation_count(&theirs)
            ));
        }
        for line in found {
            let listed = EXPECTED
                .iter()
                .position(|(c, start, _)| *c == config && line.starts_with(start));
            match listed {
                Some(i) => {
                    seen[i] = true;
                    println!("  (expected: {}) {line}", EXPECTED[i].2);
                }
                None => {
                    println!("  {line}");
                    unexpected.push(format!("{config}: {line}"));
                }
            }
        }
    }
    for (i, (config, start, _)) in EXPECTED.iter().enumerate() {
        if !seen[i] {
            unexpected.push(format!(
                "{config}: listed difference `{start}` no longer occurs"
            ));
        }
    }
    assert!(
        unexpected.is_empty(),
        "differences:\n{}",
        unexpected.join("\n")
    );
}
