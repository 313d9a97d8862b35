//! Configuration beside the document: one `<name>.toml` per provider in the specs directory,
//! naming the published document (kept byte for byte as downloaded), the URL it is published
//! at, the overlays to apply, the operations to keep and per-operation switches.
//!
//! ```toml
//! module = "polar"                      # default: the file stem
//! document = "polar.openapi.json"       # relative to this file
//! url = "https://api.example.com/openapi.json"
//! overlays = ["polar.overlay.yaml"]     # applied in order
//! [select]
//! tags = ["webhooks"]
//! [operations."webhooks:list_webhook_endpoints"]   # operationId or Rust method name
//! name = "list"                         # x-rust-name
//! group = "webhooks"                    # x-rust-group
//! pagination = false                    # x-pagination: false
//! ```
//!
//! This module (with [`write`](mod@crate::write)) is where the library reads files: a
//! configuration becomes a [`Spec`] that the in-memory pipeline takes as it is.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use crate::diag::Diagnostics;
use crate::select::Selection;
use crate::Spec;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    module: Option<String>,
    document: String,
    url: Option<String>,
    #[serde(default)]
    overlays: Vec<String>,
    #[serde(default)]
    select: Select,
    #[serde(default)]
    operations: BTreeMap<String, OperationSettings>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Select {
    tags: Vec<String>,
    operations: Vec<String>,
    paths: Vec<String>,
}

/// The switches of one operation (`[operations."<operationId or Rust name>"]`).
#[derive(Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OperationSettings {
    /// The Rust method name (written as `x-rust-name`).
    pub name: Option<String>,
    /// The group (written as `x-rust-group`).
    pub group: Option<String>,
    /// `false`: never paginate (written as `x-pagination: false`).
    pub pagination: Option<bool>,
}

/// Per-operation switches, by operationId or Rust method name, and the file they come from.
#[derive(Debug, Clone, Default)]
pub struct Operations {
    /// The configuration file (for diagnostics).
    pub file: String,
    /// The switches, by operationId or Rust method name.
    pub entries: BTreeMap<String, OperationSettings>,
}

/// One provider's configuration, paths resolved against the configuration's directory.
#[derive(Debug, Clone)]
pub struct Config {
    /// The `.toml` file.
    pub path: PathBuf,
    /// The Rust module name.
    pub module: String,
    /// The published document.
    pub document: PathBuf,
    /// Where the provider publishes the document (for `generator update`).
    pub url: Option<String>,
    /// Overlays, in the order they apply.
    pub overlays: Vec<PathBuf>,
    /// The operations to keep.
    pub selection: Selection,
    /// Per-operation switches.
    pub operations: BTreeMap<String, OperationSettings>,
}

/// Reads and checks a configuration file (not the files it names).
pub fn parse(path: &Path) -> Result<Config, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("error: {}: cannot read: {e}", path.display()))?;
    parse_str(path, &text)
}

/// [`parse`] of a configuration's text; `path` is where it lives (paths are relative to it).
pub fn parse_str(path: &Path, text: &str) -> Result<Config, String> {
    let file: File = toml::from_str(text).map_err(|e| {
        let at = e
            .span()
            .map(|span| {
                let (line, column) = line_column(text, span.start);
                format!(":{line}:{column}")
            })
            .unwrap_or_default();
        format!("error: {}{at}: {}", path.display(), e.message().trim())
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let module = crate::module_name(file.module.as_deref().unwrap_or(stem));
    if module.is_empty() {
        return Err(format!("error: {}: `module` is empty", path.display()));
    }
    Ok(Config {
        path: path.to_path_buf(),
        module,
        document: base.join(&file.document),
        url: file.url,
        overlays: file.overlays.iter().map(|o| base.join(o)).collect(),
        selection: Selection {
            tags: file.select.tags,
            operations: file.select.operations,
            paths: file.select.paths,
        },
        operations: file.operations,
    })
}

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

impl Config {
    /// The spec this configuration describes: its document and overlays read from disk.
    pub fn spec(&self) -> Result<Spec, String> {
        let bytes = read_bytes(&self.document)?;
        self.spec_with(self.document.display().to_string(), bytes)
    }

    /// The spec for another version of the document (a download, a git revision): this
    /// configuration's module, overlays, selection and switches applied to `bytes`.
    pub fn spec_with(&self, label: String, bytes: Vec<u8>) -> Result<Spec, String> {
        let overlays = self
            .overlays
            .iter()
            .map(|o| Ok((o.display().to_string(), read_bytes(o)?)))
            .collect::<Result<_, String>>()?;
        Ok(Spec {
            label,
            module: self.module.clone(),
            bytes,
            overlays,
            selection: self.selection.clone(),
            operations: Operations {
                file: self.path.display().to_string(),
                entries: self.operations.clone(),
            },
        })
    }
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("error: {}: cannot read: {e}", path.display()))
}

/// A provider from its configuration file: the document with its overlays, selection and
/// switches.
pub fn read(path: &Path) -> Result<Spec, String> {
    parse(path)?.spec()
}

/// A document on its own, as today: module named after the file.
pub fn read_document(path: &Path) -> Result<Spec, String> {
    let bytes = read_bytes(path)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    Ok(Spec {
        label: path.display().to_string(),
        module: crate::module_name(stem),
        bytes,
        ..Spec::default()
    })
}

/// A configuration (`.toml`) or a document.
pub fn read_any(path: &Path) -> Result<Spec, String> {
    if is_config(path) {
        read(path)
    } else {
        read_document(path)
    }
}

/// Whether `path` names a configuration file.
pub fn is_config(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()) == Some("toml")
}

fn is_document(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml" | "json")
    )
}

fn same_file_key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The files of a directory, sorted.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("error: {}: cannot read directory: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    Ok(paths)
}

/// Every configuration (`*.toml`) of a directory, sorted by file name.
pub fn configs(dir: &Path) -> Result<Vec<Config>, String> {
    entries(dir)?
        .iter()
        .filter(|p| is_config(p))
        .map(|p| parse(p))
        .collect()
}

/// Every provider of a specs directory: each `*.toml`, and each `.yaml`/`.yml`/`.json` that no
/// configuration names (as its document or an overlay), sorted by file name.
pub fn read_dir(dir: &Path) -> Result<Vec<Spec>, String> {
    let paths = entries(dir)?;
    let configs = configs(dir)?;
    let referenced: BTreeSet<PathBuf> = configs
        .iter()
        .flat_map(|c| std::iter::once(&c.document).chain(&c.overlays))
        .map(|p| same_file_key(p))
        .collect();
    let mut providers: Vec<(PathBuf, Spec)> = Vec::new();
    for config in &configs {
        providers.push((config.path.clone(), config.spec()?));
    }
    for path in paths.iter().filter(|p| is_document(p)) {
        if !referenced.contains(&same_file_key(path)) {
            providers.push((path.clone(), read_document(path)?));
        }
    }
    if providers.is_empty() {
        return Err(format!(
            "error: {}: no .toml configurations or .yaml, .yml or .json specs found",
            dir.display()
        ));
    }
    providers.sort_by(|a, b| a.0.cmp(&b.0));
    let mut seen: BTreeMap<&str, &Path> = BTreeMap::new();
    for (path, spec) in &providers {
        if let Some(first) = seen.insert(&spec.module, path) {
            return Err(format!(
                "error: {}: module `{}` is also the module of {}",
                path.display(),
                spec.module,
                first.display()
            ));
        }
    }
    Ok(providers.into_iter().map(|(_, s)| s).collect())
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Writes the configured switches into the operations of a parsed document (before version
/// lowering): `x-rust-name`, `x-rust-group`, `x-pagination: false`. A switch naming no operation
/// is a warning on the configuration file.
pub fn apply_operations(doc: &mut Value, operations: &Operations, diags: &mut Diagnostics) {
    if operations.entries.is_empty() {
        return;
    }
    let mut used = BTreeSet::new();
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            let Value::Object(item) = item else { continue };
            for method in METHODS {
                let Some(Value::Object(op)) = item.get_mut(method) else {
                    continue;
                };
                let keys = operation_keys(op, method, path);
                for (key, settings) in &operations.entries {
                    if keys.contains(key) {
                        used.insert(key.clone());
                        write_settings(op, settings);
                    }
                }
            }
        }
    }
    let mut own = Diagnostics::new(&operations.file);
    for (key, settings) in &operations.entries {
        if !used.contains(key) {
            own.warn(
                "",
                format!("[operations.{key:?}] names no operation of the document (neither an operationId nor a Rust method name); ignored"),
            );
        }
        if settings.pagination == Some(true) {
            own.warn(
                "",
                format!("[operations.{key:?}]: `pagination = true` does nothing; describe the pagination with an overlay (`x-pagination`)"),
            );
        }
    }
    diags.extend(own.into_vec());
}

/// The operationId and the Rust method name the document gives an operation.
fn operation_keys(op: &serde_json::Map<String, Value>, method: &str, path: &str) -> Vec<String> {
    let text = |k: &str| op.get(k).and_then(Value::as_str).map(str::to_owned);
    let mut spec_op = openapiv3::Operation {
        operation_id: text("operationId"),
        ..Default::default()
    };
    for ext in ["x-rust-name", "x-speakeasy-name-override"] {
        if let Some(v) = op.get(ext) {
            spec_op.extensions.insert(ext.to_owned(), v.clone());
        }
    }
    let mut keys = vec![crate::lower::method_name(&spec_op, method, path)];
    keys.extend(spec_op.operation_id);
    keys
}

fn write_settings(op: &mut serde_json::Map<String, Value>, settings: &OperationSettings) {
    if let Some(name) = &settings.name {
        op.insert("x-rust-name".into(), Value::String(name.clone()));
    }
    if let Some(group) = &settings.group {
        op.insert("x-rust-group".into(), Value::String(group.clone()));
    }
    if settings.pagination == Some(false) {
        op.insert("x-pagination".into(), Value::Bool(false));
    }
}
