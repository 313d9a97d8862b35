//! Shared by the example and webhook tests (`examples.rs`, `upstream_webhooks.rs`) and by the
//! throw-away checker programs they build for the upstream documents (which include this file by
//! its path): finding the documents, writing files only when they change, comparing JSON, and how
//! a re-encoded example compares with the example.

#![allow(dead_code)] // Each user takes what it needs.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The upstream documents: `$UPSTREAM_DIR`, else `../shared/upstream` beside the workspace.
/// Returns the folder and its documents, sorted; panics when there are none.
pub fn upstream_documents(workspace: &Path) -> (PathBuf, Vec<PathBuf>) {
    let dir = std::env::var_os("UPSTREAM_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("../shared/upstream"));
    let mut docs = Vec::new();
    find_documents(&dir, &mut docs);
    docs.sort();
    assert!(!docs.is_empty(), "no documents under {}", dir.display());
    (dir, docs)
}

/// A name for the work folder of document `doc` under `dir`: its relative path in lower case,
/// with every other character than a letter or digit as `_`.
pub fn document_name(dir: &Path, doc: &Path) -> String {
    doc.strip_prefix(dir)
        .unwrap_or(doc)
        .to_string_lossy()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// Every `.json` / `.yaml` / `.yml` file below `dir`.
pub fn find_documents(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            find_documents(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("json" | "yaml" | "yml")
        ) {
            out.push(path);
        }
    }
}

/// Writes `contents` to `path` (creating its folder) unless it already holds them, so that cargo
/// does not rebuild what has not changed.
pub fn write_if_changed(path: &Path, contents: &[u8]) -> Result<(), String> {
    if std::fs::read(path).ok().as_deref() == Some(contents) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// Equal JSON, where numbers compare by value (`10` and `10.0` are the same number).
pub fn same_numbers(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_numbers(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_numbers(v, w)))
        }
        _ => a == b,
    }
}

/// Where `back` (re-encoded) and `expected` differ, as `pointer: back vs expected` (at most 8).
pub fn diff(back: &Value, expected: &Value, at: String, out: &mut Vec<String>) {
    if out.len() >= 8 || same_numbers(back, expected) {
        return;
    }
    let short = |v: Option<&Value>| match v {
        None => "absent".to_owned(),
        Some(v) => {
            let t = v.to_string();
            if t.len() > 80 {
                let mut end = 80;
                while !t.is_char_boundary(end) {
                    end -= 1;
                }
                format!("{}...", &t[..end])
            } else {
                t
            }
        }
    };
    match (back, expected) {
        (Value::Object(a), Value::Object(b)) => {
            for k in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
                match (a.get(k), b.get(k)) {
                    (Some(x), Some(y)) => diff(x, y, format!("{at}/{k}"), out),
                    (x, y) => out.push(format!("{at}/{k}: {} vs {}", short(x), short(y))),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                diff(x, y, format!("{at}/{i}"), out);
            }
        }
        _ => out.push(format!(
            "{}: {} vs {}",
            if at.is_empty() { "/" } else { &at },
            short(Some(back)),
            short(Some(expected))
        )),
    }
}

/// `cargo run`s the checker crate in `dir` with `args`, building in `target/upstream-build`
/// (shared by all checkers and by `.ci/upstream` and `.ci/contract`, so dependencies build once,
/// without debug info): its standard output, or the head of its standard error when it does not
/// build or run.
pub fn run_checker(dir: &Path, args: &[&std::ffi::OsStr]) -> Result<String, String> {
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/upstream-build");
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .arg("--")
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .map_err(|e| format!("cargo: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let head: Vec<&str> = stderr.lines().take(60).collect();
        return Err(format!(
            "the checker does not build or run:\n{}",
            head.join("\n")
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// How a decoded and re-encoded example compares with the example.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The same JSON.
    Exact,
    /// The same once read-only properties (never sent) are left out.
    ReadOnly,
    /// The same once properties the schema does not declare are left out too.
    Undeclared,
    /// The same JSON numbers (`25.0` written back as `25`).
    Numbers,
    /// Something else differs.
    Different,
}

impl Outcome {
    /// `back` against the example (`json`), the example without read-only properties
    /// (`expected`) and without undeclared ones too (`declared`).
    pub fn of(back: &Value, json: &Value, expected: &Value, declared: &Value) -> Outcome {
        if back == json {
            Outcome::Exact
        } else if back == expected {
            Outcome::ReadOnly
        } else if back == declared {
            Outcome::Undeclared
        } else if same_numbers(back, declared) {
            Outcome::Numbers
        } else {
            Outcome::Different
        }
    }

    /// The word a checker prints for it.
    pub fn word(self) -> &'static str {
        match self {
            Outcome::Exact => "EXACT",
            Outcome::ReadOnly => "READONLY",
            Outcome::Undeclared => "UNDECLARED",
            Outcome::Numbers => "NUMBERS",
            Outcome::Different => "DIFFERENT",
        }
    }

    /// The outcome a checker's word names.
    pub fn from_word(word: &str) -> Option<Outcome> {
        [
            Outcome::Exact,
            Outcome::ReadOnly,
            Outcome::Undeclared,
            Outcome::Numbers,
            Outcome::Different,
        ]
        .into_iter()
        .find(|o| o.word() == word)
    }
}

/// Counts of examples by how they came back.
#[derive(Default)]
pub struct Tally {
    pub exact: usize,
    pub read_only: usize,
    pub undeclared: usize,
    pub numbers: usize,
    /// Did not round-trip, and do not match their own schema either (by a JSON Schema
    /// validator): the document's mistake, listed but not failed.
    pub contradicting: usize,
    pub failed: usize,
    pub untyped: usize,
}

impl Tally {
    /// Counts one example that came back (`Different` is a failure).
    pub fn count(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Exact => self.exact += 1,
            Outcome::ReadOnly => self.read_only += 1,
            Outcome::Undeclared => self.undeclared += 1,
            Outcome::Numbers => self.numbers += 1,
            Outcome::Different => self.failed += 1,
        }
    }

    pub fn add(&mut self, other: &Tally) {
        self.exact += other.exact;
        self.read_only += other.read_only;
        self.undeclared += other.undeclared;
        self.numbers += other.numbers;
        self.contradicting += other.contradicting;
        self.failed += other.failed;
        self.untyped += other.untyped;
    }

    pub fn line(&self) -> String {
        format!(
            "{} typed examples: {} exact, {} equal without read-only fields, {} equal without \
             undeclared properties, {} equal as numbers, {} contradicting their own schema, {} \
             failed; {} without a type",
            self.exact
                + self.read_only
                + self.undeclared
                + self.numbers
                + self.contradicting
                + self.failed,
            self.exact,
            self.read_only,
            self.undeclared,
            self.numbers,
            self.contradicting,
            self.failed,
            self.untyped
        )
    }
}
