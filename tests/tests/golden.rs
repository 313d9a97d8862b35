//! The golden crate `tests/golden` (`golden-types`) is what the generator makes of the type
//! fixtures in `tests/fixtures/types/` (one module per fixture). This test fails when the
//! committed files are stale; `BLESS=1 cargo test -p tests --test golden` rewrites them.
//!
//! The round trips through the golden types are in `roundtrip.rs`.

use std::path::{Path, PathBuf};

use generator::diag::Severity;
use generator::{CrateOptions, Spec};

/// The package name of the golden crate (its `Cargo.toml` is generated too).
const CRATE_NAME: &str = "golden-types";
/// The fixtures, relative to the workspace root (labels in file headers are relative to it).
const FIXTURES: &str = "tests/fixtures/types";
/// The golden crate, relative to the workspace root.
const GOLDEN: &str = "tests/golden";
/// Lines of diff shown per stale file.
const DIFF_LINES: usize = 60;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Every fixture, sorted by file name, labelled and named as `generator generate --specs` does.
fn fixtures(root: &Path) -> Vec<Spec> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(FIXTURES))
        .expect("read the fixtures directory")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            )
        })
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures in {FIXTURES}");
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).expect("file name");
            let stem = p.file_stem().and_then(|s| s.to_str()).expect("file stem");
            Spec {
                label: format!("{FIXTURES}/{name}"),
                module: generator::module_name(stem),
                bytes: std::fs::read(p).expect("read fixture"),
                ..Default::default()
            }
        })
        .collect()
}

#[test]
fn golden_crate_is_fresh() {
    let root = root();
    let specs = fixtures(&root);
    let options = CrateOptions {
        name: CRATE_NAME.into(),
        version: "0.1.0".into(),
        standalone: false,
    };
    let generated = generator::generate(&specs, &options);
    let errors: Vec<String> = generated
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert!(
        errors.is_empty() && !generated.files.is_empty(),
        "the fixtures do not generate:\n{}",
        errors.join("\n")
    );
    // Warnings (constructs degraded to `serde_json::Value`) do not fail the test: the golden
    // files show what they degrade to.
    for d in &generated.diagnostics {
        eprintln!("{d}");
    }

    let out = root.join(GOLDEN);
    let changes = generator::write::plan(&out, &generated.files).expect("compare with golden");
    if changes.is_clean() {
        return;
    }
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        generator::write::apply(&out, &generated.files, &changes).expect("write golden files");
        eprintln!(
            "blessed {GOLDEN}: {} added, {} changed, {} removed",
            changes.added.len(),
            changes.changed.len(),
            changes.orphans.len()
        );
        return;
    }
    let mut report = String::new();
    for p in &changes.changed {
        report.push_str(&format!("stale: {GOLDEN}/{}\n", p.display()));
        let diff = generator::write::stale_diff(&out, p, &generated.files[p], DIFF_LINES)
            .unwrap_or_else(|e| format!("  (no diff: {e})\n"));
        report.push_str(&diff);
    }
    for p in &changes.added {
        report.push_str(&format!("missing: {GOLDEN}/{}\n", p.display()));
    }
    for p in &changes.orphans {
        report.push_str(&format!("orphan: {GOLDEN}/{}\n", p.display()));
    }
    panic!(
        "{GOLDEN} is not what the generator makes of {FIXTURES}:\n{report}\
         review the change, then run `BLESS=1 cargo test -p tests --test golden` to accept it"
    );
}

#[test]
fn every_fixture_has_a_module_in_the_golden_crate() {
    let root = root();
    let lib = std::fs::read_to_string(root.join(GOLDEN).join("src/lib.rs")).expect("lib.rs");
    for spec in fixtures(&root) {
        assert!(
            lib.contains(&format!("pub mod {};", spec.module)),
            "{} has no module `{}` in {GOLDEN}/src/lib.rs (run with BLESS=1)",
            spec.label,
            spec.module
        );
    }
}
