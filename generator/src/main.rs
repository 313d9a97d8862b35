//! The command line: `generate`, `check`, `ir`, `changes`, `update`, `contract`.

mod contract_command;
mod progress_bar;
mod update_command;

/// mimalloc, with transparent huge pages where the kernel allows them (see `Cargo.toml`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use generator::config::{self, Config};
use generator::diag::{Diagnostic, Severity};
use generator::write::Changes;
use generator::{CrateOptions, Spec};

#[derive(Parser)]
#[command(version, about = "OpenAPI (2.0, 3.0, 3.1) → Rust client generator")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the crate: every provider in `--specs` → `--out`, or one `--spec` → a standalone crate.
    Generate {
        /// One document, or one provider configuration (`.toml`), to turn into a standalone
        /// crate (needs `--out`).
        #[arg(long, requires = "out")]
        spec: Option<PathBuf>,
        /// The directory of providers: each `*.toml` configuration, and each document no
        /// configuration names (one module each).
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
        /// Where the crate goes.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The package name (default: `provider-clients`, or `<spec name>-client` with `--spec`).
        #[arg(long)]
        crate_name: Option<String>,
        /// Fail when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
        /// Keep only operations with this tag (repeatable; case-insensitive).
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Keep only this operation: operationId or Rust method name (repeatable).
        #[arg(long = "operation", value_name = "ID")]
        operations: Vec<String>,
        /// Keep only paths with this prefix, or matching this `*` pattern (repeatable).
        #[arg(long = "path", value_name = "PATTERN")]
        paths: Vec<String>,
        /// Also write `tests/contract.rs`: one contract test per operation (see `contract`).
        #[arg(long)]
        contract_tests: bool,
    },
    /// Generate a crate with its contract tests, run them against Prism started from the same
    /// document, print one line per operation and `N passed, M failed`; exit 0 only when
    /// nothing failed that the expectations file does not list.
    Contract(contract_command::Args),
    /// Exit non-zero, naming every stale, missing or orphan file, if `--out` is not what `generate` would write.
    Check {
        /// The directory of provider specs.
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
        /// The generated crate.
        #[arg(long, default_value = "generated")]
        out: PathBuf,
    },
    /// Print the intermediate model of one document as JSON.
    Ir {
        /// The document, or a provider configuration (`.toml`).
        file: PathBuf,
    },
    /// Report what changed between two versions of a document and what breaks users of the
    /// generated crate. Exit 0, or 1 with `--fail-on-breaking` when something breaks; 2 on bad input.
    Changes {
        /// The old version: a file, or `git:REV:path` (the file at revision REV of this repository).
        old: String,
        /// The new version: a file, or `git:REV:path`.
        new: String,
        /// Markdown (for a pull-request comment) or JSON (a list of changes).
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// Exit 1 when a breaking change is found.
        #[arg(long)]
        fail_on_breaking: bool,
        /// A provider configuration whose overlays, selection and switches apply to both versions
        /// (and whose module name is used).
        #[arg(long, value_name = "FILE.toml")]
        config: Option<PathBuf>,
    },
    /// Download each provider's published document from its configured `url`; refuse one that
    /// does not load (keeping the committed file), else write it, print what changed (breaking
    /// first) and regenerate `--out`.
    Update {
        /// Providers to update (module name or configuration file stem); default: every one with a `url`.
        providers: Vec<String>,
        /// The directory of providers.
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
        /// The generated crate to regenerate.
        #[arg(long, default_value = "generated")]
        out: PathBuf,
        /// Write nothing; exit 1 when a published document differs from the committed one.
        #[arg(long)]
        check: bool,
        /// Seconds allowed per download.
        #[arg(long, default_value_t = 60)]
        timeout: u64,
    },
}

/// How `changes` prints its report.
#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Markdown,
    Json,
}

/// The exit status of `changes` on bad input.
const BAD_INPUT: u8 = 2;

/// Lines of diff shown per stale file by `check`.
const DIFF_LINES: usize = 40;

/// A document from a file, or from git: `git:REV:path` is `git show REV:path`; with a
/// configuration, its overlays, selection and switches apply.
fn read_source(arg: &str, config: Option<&Config>) -> Result<Spec, String> {
    let Some(rest) = arg.strip_prefix("git:") else {
        return match config {
            Some(c) => c.spec_with(
                arg.to_owned(),
                std::fs::read(arg).map_err(|e| format!("error: {arg}: cannot read: {e}"))?,
            ),
            None => config::read_any(Path::new(arg)),
        };
    };
    let (rev, path) = rest
        .split_once(':')
        .filter(|(rev, path)| !rev.is_empty() && !rev.starts_with('-') && !path.is_empty())
        .ok_or_else(|| format!("error: {arg}: expected `git:REV:path`"))?;
    let out = std::process::Command::new("git")
        .arg("show")
        .arg(format!("{rev}:{path}"))
        .output()
        .map_err(|e| format!("error: {arg}: cannot run git: {e}"))?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        return Err(format!("error: {arg}: git show failed: {}", why.trim()));
    }
    if let Some(c) = config {
        return c.spec_with(arg.to_owned(), out.stdout);
    }
    let stem = Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("api");
    Ok(Spec {
        label: arg.to_owned(),
        module: generator::module_name(stem),
        bytes: out.stdout,
        ..Spec::default()
    })
}

/// Loads and lowers one document, printing its diagnostics.
fn lower_one(spec: &Spec) -> Option<generator::ir::Api> {
    let mut diags = generator::diag::Diagnostics::new(&spec.label);
    let api = generator::api(spec, &mut diags);
    let (errors, _) = report(&diags.into_vec());
    api.filter(|_| errors == 0)
}

/// `changes`: both versions lowered with the same module name, compared, printed.
fn changes(
    old: &str,
    new: &str,
    config: Option<&Path>,
    format: Format,
    fail_on_breaking: bool,
) -> ExitCode {
    let config = match config.map(config::parse).transpose() {
        Ok(c) => c,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let config = config.as_ref();
    let specs = read_source(old, config).and_then(|o| Ok((o, read_source(new, config)?)));
    let (mut old, new) = match specs {
        Ok(specs) => specs,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    old.module = new.module.clone();
    let (Some(old), Some(new)) = (lower_one(&old), lower_one(&new)) else {
        eprintln!("error: cannot compare: see the diagnostics above");
        return ExitCode::from(BAD_INPUT);
    };
    let report = generator::changes::compare(&old, &new);
    let text = match format {
        Format::Markdown => generator::changes::markdown(&report),
        Format::Json => match generator::changes::json(&report) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(BAD_INPUT);
            }
        },
    };
    print!("{text}");
    if fail_on_breaking && report.breaking() > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The provider module a generated file belongs to (`src/<module>/...`).
fn module_of(path: &Path) -> Option<String> {
    let mut parts = path.components().map(|c| c.as_os_str().to_str());
    if parts.next()? != Some("src") {
        return None;
    }
    let module = parts.next()??.to_owned();
    parts.next().map(|_| module)
}

/// One line per provider module (those generated and those whose files are orphans): what
/// changed under `src/<module>/`.
fn module_lines(changes: &Changes, modules: &[String]) -> Vec<String> {
    let mut names: std::collections::BTreeSet<String> = modules.iter().cloned().collect();
    names.extend(changes.orphans.iter().filter_map(|p| module_of(p)));
    let count = |list: &[PathBuf], m: &str| {
        list.iter()
            .filter(|p| module_of(p).as_deref() == Some(m))
            .count()
    };
    names
        .iter()
        .map(|m| {
            let (a, c, r) = (
                count(&changes.added, m),
                count(&changes.changed, m),
                count(&changes.orphans, m),
            );
            if a + c + r == 0 {
                format!("  {m} (src/{m}/): unchanged")
            } else {
                format!("  {m} (src/{m}/): {a} added, {c} changed, {r} removed")
            }
        })
        .collect()
}

fn report(diagnostics: &[Diagnostic]) -> (usize, usize) {
    // One write for all: stderr is unbuffered, and each `Display` piece of a diagnostic would
    // be a write of its own (GitHub's 300-odd warnings: 3,200 writes, about 20 ms).
    let text: String = diagnostics.iter().map(|d| format!("{d}\n")).collect();
    {
        use std::io::Write;
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

/// Generates `inputs` and writes the crate to `out`, printing diagnostics and what changed.
fn write_generated(
    inputs: &[Spec],
    out: &Path,
    options: &CrateOptions,
    selection: &generator::select::Selection,
    deny_warnings: bool,
    contract_tests: bool,
) -> Result<ExitCode, String> {
    let mut progress = progress_bar::Bar::start();
    let generated = if contract_tests {
        generator::contract::generate_with(inputs, options, selection, &progress)
    } else {
        generator::generate_with(inputs, options, selection, &progress)
    };
    let errors = generated
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = generated.diagnostics.len() - errors;
    let refused = errors > 0 || generated.files.is_empty() || (deny_warnings && warnings > 0);
    // Written before the diagnostics are printed, so the progress shown covers the writing too
    // and is cleared once, before anything else appears.
    let written = (!refused).then(|| {
        let changes = generator::write::plan(out, &generated.files)?;
        generator::write::apply_with(out, &generated.files, &changes, &progress)?;
        Ok::<_, std::io::Error>(changes)
    });
    progress.finish();
    report(&generated.diagnostics);
    eprintln!("{errors} error(s), {warnings} warning(s)");
    if errors > 0 || generated.files.is_empty() {
        eprintln!("nothing written to {}", out.display());
        return Ok(ExitCode::FAILURE);
    }
    let Some(written) = written else {
        eprintln!("nothing written to {} (--deny-warnings)", out.display());
        return Ok(ExitCode::FAILURE);
    };
    let changes = written.map_err(|e| format!("error: {}: {e}", out.display()))?;
    println!(
        "{}: {} added, {} changed, {} removed, {} unchanged",
        out.display(),
        changes.added.len(),
        changes.changed.len(),
        changes.orphans.len(),
        changes.unchanged
    );
    let modules: Vec<String> = inputs.iter().map(|s| s.module.clone()).collect();
    for line in module_lines(&changes, &modules) {
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Generate {
            spec,
            specs,
            out,
            crate_name,
            deny_warnings,
            tags,
            operations,
            paths,
            contract_tests,
        } => {
            let selection = generator::select::Selection {
                tags,
                operations,
                paths,
            };
            let (inputs, out, options) = match spec {
                Some(spec) => {
                    let spec = config::read_any(&spec)?;
                    let name = crate_name
                        .unwrap_or_else(|| format!("{}-client", spec.module.replace('_', "-")));
                    let out = out.ok_or("error: --spec needs --out")?;
                    (
                        vec![spec],
                        out,
                        CrateOptions {
                            name,
                            version: "0.1.0".into(),
                            standalone: true,
                        },
                    )
                }
                None => (
                    config::read_dir(&specs)?,
                    out.unwrap_or_else(|| PathBuf::from("generated")),
                    CrateOptions {
                        name: crate_name.unwrap_or_else(|| "provider-clients".into()),
                        version: "0.1.0".into(),
                        standalone: false,
                    },
                ),
            };
            write_generated(
                &inputs,
                &out,
                &options,
                &selection,
                deny_warnings,
                contract_tests,
            )
        }
        Command::Contract(args) => contract_command::run(&args),
        Command::Check { specs, out } => {
            let inputs = config::read_dir(&specs)?;
            let options = CrateOptions {
                name: "provider-clients".into(),
                version: "0.1.0".into(),
                standalone: false,
            };
            let mut progress = progress_bar::Bar::start();
            let generated =
                generator::generate_with(&inputs, &options, &Default::default(), &progress);
            progress.finish();
            let (errors, _) = report(&generated.diagnostics);
            if errors > 0 || generated.files.is_empty() {
                return Ok(ExitCode::FAILURE);
            }
            let changes = generator::write::plan(&out, &generated.files)
                .map_err(|e| format!("error: {}: {e}", out.display()))?;
            if changes.is_clean() {
                println!(
                    "{}: up to date ({} files)",
                    out.display(),
                    changes.unchanged
                );
                return Ok(ExitCode::SUCCESS);
            }
            for p in &changes.changed {
                eprintln!("stale: {}", out.join(p).display());
                let contents = generated.files.get(p).map_or(&[][..], Vec::as_slice);
                match generator::write::stale_diff(&out, p, contents, DIFF_LINES) {
                    Ok(diff) => eprint!("{diff}"),
                    Err(e) => eprintln!("  (no diff: {e})"),
                }
            }
            for p in &changes.added {
                eprintln!("missing: {}", out.join(p).display());
            }
            for p in &changes.orphans {
                eprintln!("orphan: {}", out.join(p).display());
            }
            eprintln!(
                "{} is out of date: run `cargo run -p generator -- generate`",
                out.display()
            );
            Ok(ExitCode::FAILURE)
        }
        Command::Ir { file } => {
            let spec = config::read_any(&file)?;
            let mut diags = generator::diag::Diagnostics::new(&spec.label);
            let api = generator::api(&spec, &mut diags);
            let (errors, _) = report(&diags.into_vec());
            match api {
                Some(api) if errors == 0 => {
                    let json =
                        serde_json::to_string_pretty(&api).map_err(|e| format!("error: {e}"))?;
                    println!("{json}");
                    Ok(ExitCode::SUCCESS)
                }
                _ => Ok(ExitCode::FAILURE),
            }
        }
        Command::Changes {
            old,
            new,
            format,
            fail_on_breaking,
            config,
        } => Ok(changes(
            &old,
            &new,
            config.as_deref(),
            format,
            fail_on_breaking,
        )),
        Command::Update {
            providers,
            specs,
            out,
            check,
            timeout,
        } => update_command::run(&update_command::Options {
            providers,
            specs,
            out,
            check,
            timeout: std::time::Duration::from_secs(timeout),
        }),
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
