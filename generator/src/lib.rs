//! OpenAPI (Swagger 2.0, OpenAPI 3.0 and 3.1) → Rust client crates.
//!
//! The pipeline: [`load`] (bytes → one `openapiv3` model) → [`lower`] (→ the [`ir`]) →
//! [`emit`] (→ Rust, through quote and prettyplease) and [`render`] (→ `Cargo.toml`,
//! `README.md`). [`generate`] runs it in memory; [`write`](mod@write) puts the result on disk. Nothing below
//! this module does I/O except [`write`](mod@write) and [`config`] (which reads a configuration
//! and the files it names into a [`Spec`]). Overlays ([`overlay`]) and configured switches are
//! applied to the parsed document inside [`load`], before version lowering.

pub mod changes;
pub mod config;
pub mod contract;
pub mod diag;
pub mod emit;
pub mod ir;
pub mod load;
pub mod locate;
pub mod lower;
pub mod overlay;
pub mod progress;
pub mod render;
pub mod select;
pub mod update;
pub mod write;

use std::collections::BTreeMap;
use std::path::PathBuf;

use diag::{Diagnostic, Diagnostics};
use rayon::prelude::*;

/// One input document, with what its configuration adds (nothing, by default).
#[derive(Debug, Clone, Default)]
pub struct Spec {
    /// How the file is named in headers and diagnostics (`specs/polar.yaml`).
    pub label: String,
    /// The Rust module name of this provider.
    pub module: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Overlays applied in order to the parsed document: (label, bytes).
    pub overlays: Vec<(String, Vec<u8>)>,
    /// The operations to keep (all when empty); applied before any selection given to
    /// [`api_selected`] or [`generate_selected`].
    pub selection: select::Selection,
    /// Per-operation switches written into the document before lowering.
    pub operations: config::Operations,
}

/// How to name and shape the generated crate.
#[derive(Debug, Clone)]
pub struct CrateOptions {
    /// The package name.
    pub name: String,
    /// The package version.
    pub version: String,
    /// A crate of its own rather than a member of this project's workspace.
    pub standalone: bool,
}

/// The result of a run: files (relative to the output directory) and diagnostics.
#[derive(Debug, Default)]
pub struct Generated {
    /// The files, sorted by path.
    pub files: BTreeMap<PathBuf, Vec<u8>>,
    /// Every warning (and, on failure, error) found.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads and lowers one document into the IR.
pub fn api(spec: &Spec, diags: &mut Diagnostics) -> Option<ir::Api> {
    api_selected(spec, &select::Selection::default(), diags)
}

/// The IR of a document given as text (module `t`), for tests; panics with the diagnostics when
/// it does not lower.
#[cfg(test)]
pub(crate) fn test_api(document: &str) -> ir::Api {
    let spec = Spec {
        label: "t.yaml".into(),
        module: "t".into(),
        bytes: document.as_bytes().to_vec(),
        ..Default::default()
    };
    let mut diags = Diagnostics::new("t.yaml");
    api(&spec, &mut diags).unwrap_or_else(|| panic!("{:?}", diags.into_vec()))
}

/// Loads and lowers one document, keeping only the selected operations (and what they reach).
pub fn api_selected(
    spec: &Spec,
    selection: &select::Selection,
    diags: &mut Diagnostics,
) -> Option<ir::Api> {
    loaded_selected(spec, selection, diags).map(|(_, api)| api)
}

/// [`api_selected`], also returning the loaded (selected, 3.0-shaped) document.
pub fn loaded_selected(
    spec: &Spec,
    selection: &select::Selection,
    diags: &mut Diagnostics,
) -> Option<(load::Loaded, ir::Api)> {
    loaded_with(spec, selection, diags, &progress::Silent)
}

/// [`loaded_selected`], reporting its phases to `progress`.
fn loaded_with(
    spec: &Spec,
    selection: &select::Selection,
    diags: &mut Diagnostics,
    progress: &dyn progress::Progress,
) -> Option<(load::Loaded, ir::Api)> {
    progress.report(progress::Phase::Reading {
        document: &spec.label,
    });
    let mut loaded = load::load_with(
        &spec.bytes,
        &mut |doc, diags| {
            overlay::apply_all(doc, &spec.overlays, diags);
            config::apply_operations(doc, &spec.operations, diags);
        },
        diags,
    )?;
    for selection in [&spec.selection, selection] {
        if !selection.is_empty() && !diags.has_errors() {
            let webhooks = serde_json::to_value(&loaded.webhooks).unwrap_or_default();
            select::apply_keeping(&mut loaded.api, selection, &webhooks, diags);
        }
    }
    if diags.has_errors() {
        return None;
    }
    progress.report(progress::Phase::Lowering {
        document: &spec.label,
    });
    let api = lower::lower_with_webhooks(
        &loaded.api,
        &loaded.webhooks,
        &spec.module,
        &spec.label,
        diags,
    );
    (!diags.has_errors()).then_some((loaded, api))
}

/// Each document's diagnostics, located ([`locate`](fn@locate)), in document order.
fn locate_all(specs: &[Spec], found: Vec<Vec<Diagnostic>>) -> Vec<Diagnostic> {
    specs
        .iter()
        .zip(found)
        .flat_map(|(spec, diagnostics)| locate(spec, diagnostics))
        .collect()
}

/// Adds line and column to the document's diagnostics that have a pointer (those of an overlay
/// or a configuration are about another file, and located there).
pub fn locate(spec: &Spec, mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let ours = |d: &Diagnostic| !d.pointer.is_empty() && d.line.is_none() && d.file == spec.label;
    if !diagnostics.iter().any(ours) {
        return diagnostics;
    }
    let wanted = diagnostics
        .iter()
        .filter(|d| ours(d))
        .map(|d| d.pointer.as_str());
    let Some(locator) = std::str::from_utf8(&spec.bytes)
        .ok()
        .and_then(|text| locate::Locator::new(text, wanted))
    else {
        return diagnostics;
    };
    for d in diagnostics.iter_mut().filter(|d| ours(d)) {
        if let Some((line, column)) = locator.find(&d.pointer) {
            d.line = Some(line);
            d.column = Some(column);
        }
    }
    diagnostics
}

/// The lines a generated Rust file starts with.
fn rust_header(what: &str) -> String {
    format!("// @generated\n// {}\n\n", header(what))
}

pub(crate) fn header(what: &str) -> String {
    format!("Generated from {what} by this project's generator. Do not edit: change the spec and regenerate.")
}

/// A Rust identifier for a module name derived from a file name.
pub fn module_name(stem: &str) -> String {
    let name = lower::names::snake(stem);
    // A leading digit became `_`; a module (and crate) name reads better starting with a word.
    match name.strip_prefix('_') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => format!("api_{rest}"),
        _ => name,
    }
}

/// Runs the whole pipeline in memory. On any error, returns no files (so nothing is written).
pub fn generate(specs: &[Spec], options: &CrateOptions) -> Generated {
    generate_selected(specs, options, &select::Selection::default())
}

/// [`generate`], keeping only the selected operations of every spec.
pub fn generate_selected(
    specs: &[Spec],
    options: &CrateOptions,
    selection: &select::Selection,
) -> Generated {
    generate_with(specs, options, selection, &progress::Silent)
}

/// [`generate_selected`], reporting its phases to `progress` (which changes nothing else).
pub fn generate_with(
    specs: &[Spec],
    options: &CrateOptions,
    selection: &select::Selection,
    progress: &dyn progress::Progress,
) -> Generated {
    // All of it on one pool (the loading's: big stacks), so the memory one phase frees is
    // reused by the threads of the next (GitHub: about 200 MB resident, not 235).
    match load::pool() {
        Some(pool) => pool.install(|| generate_on(specs, options, selection, progress)),
        None => generate_on(specs, options, selection, progress),
    }
}

/// [`generate_with`]'s work, on the threads it runs on.
fn generate_on(
    specs: &[Spec],
    options: &CrateOptions,
    selection: &select::Selection,
    progress: &dyn progress::Progress,
) -> Generated {
    let mut out = Generated::default();
    let mut apis = Vec::new();
    let mut found = Vec::new();
    for spec in specs {
        let mut diags = Diagnostics::new(&spec.label);
        let api = loaded_with(spec, selection, &mut diags, progress).map(|(loaded, api)| {
            load::drop_aside(loaded);
            api
        });
        found.push(diags.into_vec());
        apis.extend(api);
    }
    let failed = found
        .iter()
        .flatten()
        .any(|d| d.severity == diag::Severity::Error)
        || apis.len() != specs.len();
    // Locating the diagnostics (a scan of each document) overlaps the settling of the types and
    // the emission, as a job of the pool this runs on ([`load::pool`]'s threads have a main
    // thread's stack: the scan recurses as deep as the document nests); one after the other
    // when on no pool. It changes no file. The diagnostics are all known once the documents are
    // lowered: settling the types reports nothing.
    let locate = || locate_all(specs, found);
    let mut make = || {
        (!failed).then(|| {
            for api in &mut apis {
                api.merge_identical_types();
                api.settle_bases();
                api.object_lists = emit::reach::needs_object_lists(api);
            }
            files(&apis, options, progress)
        })
    };
    let (located, made) = if rayon::current_thread_index().is_some() {
        rayon::join(locate, make)
    } else {
        (locate(), make())
    };
    // The IR is freed aside too: the files are made.
    load::drop_aside(apis);
    out.diagnostics = located;
    let Some(made) = made else {
        return out;
    };
    match made {
        Ok(files) => out.files = files,
        Err(message) => out.diagnostics.push(Diagnostic {
            severity: diag::Severity::Error,
            file: specs.first().map(|s| s.label.clone()).unwrap_or_default(),
            pointer: String::new(),
            message,
            line: None,
            column: None,
        }),
    }
    out
}

fn files(
    apis: &[ir::Api],
    options: &CrateOptions,
    progress: &dyn progress::Progress,
) -> Result<BTreeMap<PathBuf, Vec<u8>>, String> {
    let mut files = BTreeMap::new();
    let all_sources: Vec<&str> = apis.iter().map(|a| a.source.as_str()).collect();
    let all = all_sources.join(", ");
    let plans = feature_plans(apis);
    let crate_ident = options.name.replace('-', "_");
    let examples: Vec<Vec<Vec<String>>> = apis
        .iter()
        .map(|api| emit::example::all(api, &crate_ident))
        .collect();
    // The longest chain of types (for `lib.rs`) is found beside the emission.
    let (emitted, chain) = rayon::join(
        || emit_providers(apis, &plans, &examples, &crate_ident, progress, &mut files),
        || {
            apis.iter()
                .map(emit::reach::longest_chain)
                .max()
                .unwrap_or(0)
        },
    );
    emitted?;
    let modules: Vec<(String, String, Vec<String>)> = apis
        .iter()
        .zip(&plans)
        .map(|(a, plan)| {
            (
                a.module.clone(),
                format!("{} client.", a.title.trim()),
                plan.module_gate(&a.module),
            )
        })
        .collect();
    let signed: Vec<String> = apis
        .iter()
        .zip(&plans)
        .filter(|(a, _)| emit::webhooks::signed(a).is_some())
        .flat_map(|(a, plan)| plan.module_gate(&a.module))
        .collect();
    files.insert(
        "src/lib.rs".into(),
        format!(
            "{}{}",
            rust_header(&all),
            emit::lib_with_webhooks(&modules, &signed, chain)?
        )
        .into_bytes(),
    );
    if !signed.is_empty() {
        files.insert(
            "src/webhooks.rs".into(),
            format!("{}{}", rust_header(&all), emit::webhooks::RUNTIME).into_bytes(),
        );
    }
    for (path, source) in emit::RUNTIME_FILES {
        files.insert(
            (*path).into(),
            format!("{}{}", rust_header(&all), source).into_bytes(),
        );
    }
    let ctx = crate_context(apis, &plans, options, &header(&all));
    files.insert("Cargo.toml".into(), render::cargo_toml(&ctx)?.into_bytes());
    files.insert("README.md".into(), render::readme(&ctx)?.into_bytes());
    progress.report(progress::Phase::Emitted { files: files.len() });
    Ok(files)
}

/// Each provider's Rust files and docs pages, into `files`. The Rust files get their header in
/// the parallel jobs too, not one after the other once all are made.
fn emit_providers(
    apis: &[ir::Api],
    plans: &[emit::features::Plan],
    examples: &[Vec<Vec<String>>],
    crate_ident: &str,
    progress: &dyn progress::Progress,
    files: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> Result<(), String> {
    for ((api, plan), examples) in apis.iter().zip(plans).zip(examples) {
        progress.report(progress::Phase::Emitting {
            provider: &api.module,
            files: files.len(),
        });
        // The Rust files and the pages are made in parallel; the map orders them.
        let header = header(&api.source);
        let rust_header = rust_header(&api.source);
        let (rust, pages) = rayon::join(
            || {
                emit::provider(api, crate_ident, plan, examples).map(|made| {
                    made.into_par_iter()
                        .map(|(path, contents)| {
                            let mut bytes = Vec::with_capacity(rust_header.len() + contents.len());
                            bytes.extend_from_slice(rust_header.as_bytes());
                            bytes.extend_from_slice(contents.as_bytes());
                            (PathBuf::from("src").join(path), bytes)
                        })
                        .collect::<Vec<_>>()
                })
            },
            || {
                api.groups
                    .par_iter()
                    .zip(examples)
                    .map(|(group, examples)| {
                        render::group_docs(api, group, crate_ident, &header, examples)
                    })
                    .collect::<Vec<Result<String, String>>>()
            },
        );
        files.extend(rust?);
        for (group, page) in api.groups.iter().zip(pages) {
            files.insert(
                PathBuf::from("docs")
                    .join(&api.module)
                    .join(format!("{}.md", group.rust_name)),
                page?.into_bytes(),
            );
        }
    }
    Ok(())
}

/// The group features of each provider (`emit::features`): named `<group>` in a crate of one
/// provider, `<module>-<group>` in a crate of several.
fn feature_plans(apis: &[ir::Api]) -> Vec<emit::features::Plan> {
    let modules: Vec<String> = apis.iter().map(|a| a.module.clone()).collect();
    apis.iter()
        .map(|a| emit::features::Plan::of(a, apis.len() > 1, &modules))
        .collect()
}

fn crate_context(
    apis: &[ir::Api],
    plans: &[emit::features::Plan],
    options: &CrateOptions,
    header: &str,
) -> render::CrateContext {
    let providers = apis
        .iter()
        .zip(plans)
        .map(|(a, plan)| render::ProviderContext {
            features: plan.parts(),
            module: a.module.clone(),
            title: a.title.trim().to_owned(),
            version: a.version.trim().to_owned(),
            source: a.source.clone(),
            link: format!("crate::{}", a.module),
            groups: a
                .groups
                .iter()
                .map(|g| render::GroupContext {
                    rust_name: g.rust_name.clone(),
                    operations: g.operations.iter().map(|o| o.rust_name.clone()).collect(),
                })
                .collect(),
        })
        .collect();
    render::CrateContext {
        header: header.to_owned(),
        crate_name: options.name.clone(),
        crate_ident: options.name.replace('-', "_"),
        crate_version: options.version.clone(),
        description: format!(
            "API clients for {}",
            apis.iter()
                .map(|a| a.title.trim().replace('"', "'"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        standalone: options.standalone,
        webhooks: apis.iter().any(|a| emit::webhooks::signed(a).is_some()),
        providers,
        quick: apis.iter().find_map(quick_start),
    }
}

/// A README example: the first operation with no required arguments and no deprecation.
fn quick_start(api: &ir::Api) -> Option<render::QuickStart> {
    let (group, op) = api
        .groups
        .iter()
        .flat_map(|g| g.operations.iter().map(move |o| (g, o)))
        .find(|(_, o)| {
            !o.deprecated
                && o.params.iter().all(|p| !p.required)
                && o.body.as_ref().is_none_or(|b| !b.required)
        })?;
    let auth = match api
        .security_schemes
        .first()
        .map(|s| (&s.kind, &s.rust_name))
    {
        Some((ir::SecurityKind::Bearer { .. }, _)) => {
            ".bearer_token(\"<access token>\")".to_owned()
        }
        Some((ir::SecurityKind::Basic, name)) => {
            format!(".{name}(\"<user name>\", \"<password>\")")
        }
        Some((ir::SecurityKind::ApiKey { .. }, name)) => format!(".{name}(\"<api key>\")"),
        None => String::new(),
    };
    Some(render::QuickStart {
        module: api.module.clone(),
        auth,
        call: format!(
            "let response = client.{}().{}().send().await?;\nprintln!(\"{{response:?}}\");",
            group.rust_name, op.rust_name
        ),
    })
}
