//! The evidence behind `tests/contract/*.toml`, the operations `generator contract` (run by
//! `.ci/contract`) expects to fail. Each entry gives a reason backed by evidence:
//!
//! - `examples`: the document's own examples that Prism serves (or that the test sends) and
//!   that contradict their schema: a JSON Schema validator must reject every one of them
//!   (`common/contradiction.rs`, the check of the example walk, here with formats checked, as
//!   Prism checks them);
//! - `overlap`: a value that two branches of a `oneOf` both accept (so the `oneOf` rejects it);
//! - `path_parameter`: a required path parameter the operation declares and its path template
//!   lacks, so no request can carry it;
//! - `prism`: a Prism limitation, with the Prism issue or a minimal reproduction.
//!
//! That a listed operation still fails, and fails the way it says, is checked by
//! `generator contract --expectations` itself.

use std::path::{Path, PathBuf};

use serde_json::Value;

#[path = "common/contradiction.rs"]
mod contradiction;
#[path = "../build/examples_table.rs"]
#[allow(dead_code)]
mod examples_table;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Expectations {
    /// The document: relative to `../shared/upstream` (`attio/attio-spec.json`), or to the
    /// workspace (`specs/...`, `tests/contract/prism/...`).
    document: String,
    #[serde(default)]
    operations: std::collections::BTreeMap<String, Expected>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Expected {
    reason: String,
    failure: String,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    prism: Option<String>,
    #[serde(default)]
    overlap: Option<Overlap>,
    /// A required path parameter the operation declares but its path template lacks, so no
    /// request can have it.
    #[serde(default)]
    path_parameter: Option<String>,
}

/// A value valid against two branches of a `oneOf`: no value of the first can pass the `oneOf`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Overlap {
    /// The value, as JSON (Prism's mock of the first branch).
    value: String,
    /// The branches (schema pointers) that all accept it.
    branches: Vec<String>,
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn document(path: &str) -> Result<Value, String> {
    let file = if path.starts_with("specs/") || path.starts_with("tests/") {
        workspace().join(path)
    } else {
        std::env::var_os("UPSTREAM_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace().join("../shared/upstream"))
            .join(path)
    };
    let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut diags = generator::diag::Diagnostics::new(path);
    generator::load::parse(&bytes, &mut diags)
        .ok_or_else(|| format!("{}: does not parse", file.display()))
}

/// An `examples` entry's value: a `$ref` to `components/examples` resolved to its `value`.
fn example_value<'a>(doc: &'a Value, example: &'a Value) -> &'a Value {
    let Some(target) = example.get("$ref").and_then(Value::as_str) else {
        return example;
    };
    target
        .strip_prefix('#')
        .and_then(|p| doc.pointer(p))
        .and_then(|e| e.get("value"))
        .unwrap_or(example)
}

/// `Ok` when the operation `id` declares the required path parameter `name` (itself or on its
/// path item, possibly through a `$ref`) and its path template has no `{name}`.
fn unused_path_parameter(doc: &Value, id: &str, name: &str) -> Result<(), String> {
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .ok_or("no paths")?;
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for operation in item.values() {
            if operation.get("operationId").and_then(Value::as_str) != Some(id) {
                continue;
            }
            let declared = [operation.get("parameters"), item.get("parameters")]
                .into_iter()
                .flatten()
                .filter_map(Value::as_array)
                .flatten()
                .map(|p| example_ref(doc, p))
                .any(|p| {
                    p.get("name").and_then(Value::as_str) == Some(name)
                        && p.get("in").and_then(Value::as_str) == Some("path")
                        && p.get("required").and_then(Value::as_bool) == Some(true)
                });
            if !declared {
                return Err(format!("declares no required path parameter `{name}`"));
            }
            if path.contains(&format!("{{{name}}}")) {
                return Err(format!("{path} has `{{{name}}}`"));
            }
            return Ok(());
        }
    }
    Err("no such operationId".to_owned())
}

/// A `$ref`'d object resolved (one level).
fn example_ref<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|t| t.strip_prefix('#'))
        .and_then(|p| doc.pointer(p))
        .unwrap_or(value)
}

#[test]
fn every_listed_failure_has_its_evidence() {
    let dir = workspace().join("tests/contract");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("reading an expectations file");
        let expectations: Expectations = match toml::from_str(&text) {
            Ok(e) => e,
            Err(e) => {
                problems.push(format!("{}: {e}", file.display()));
                continue;
            }
        };
        let doc = match document(&expectations.document) {
            Ok(doc) => doc,
            Err(e) => {
                // The upstream documents are not in every checkout: nothing to check then.
                eprintln!("skipped {}: {e}", file.display());
                continue;
            }
        };
        for (operation, expected) in &expectations.operations {
            if let Some(overlap) = &expected.overlap {
                checked += 1;
                let value: Value = serde_json::from_str(&overlap.value).expect("overlap value");
                for branch in &overlap.branches {
                    if let Some(why) = contradiction::contradiction(&doc, &value, branch, true) {
                        problems.push(format!(
                            "{}: {operation}: {branch} rejects the overlap value: {why}",
                            file.display()
                        ));
                    }
                }
                if overlap.branches.len() < 2 {
                    problems.push(format!(
                        "{}: {operation}: an overlap needs two branches",
                        file.display()
                    ));
                }
            }
            if let Some(prism) = expected
                .prism
                .as_deref()
                .filter(|p| !p.starts_with("https://"))
            {
                if !workspace().join(prism).is_file() {
                    problems.push(format!(
                        "{}: {operation}: no reproduction {prism}",
                        file.display()
                    ));
                }
            }
            if let Some(name) = &expected.path_parameter {
                checked += 1;
                if let Err(why) = unused_path_parameter(&doc, operation, name) {
                    problems.push(format!("{}: {operation}: {why}", file.display()));
                }
            }
            if expected.examples.is_empty()
                && expected.prism.is_none()
                && expected.overlap.is_none()
                && expected.path_parameter.is_none()
            {
                problems.push(format!(
                    "{}: {operation}: no evidence (`examples` or `prism`)",
                    file.display()
                ));
            }
            for pointer in &expected.examples {
                checked += 1;
                let Some(example) = doc.pointer(pointer).map(|e| example_value(&doc, e)) else {
                    problems.push(format!("{}: {operation}: no {pointer}", file.display()));
                    continue;
                };
                let schema = examples_table::example_schema(&doc, pointer);
                match schema.and_then(|s| contradiction::contradiction(&doc, example, &s, true)) {
                    Some(why) => eprintln!("{operation}: {pointer} contradicts its schema: {why}"),
                    None => problems.push(format!(
                        "{}: {operation}: the validator accepts {pointer}",
                        file.display()
                    )),
                }
            }
        }
    }
    eprintln!(
        "{checked} contradicting examples checked in {} files",
        files.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
