//! The command line: `generate`, `check`, `ir`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use generator::diag::{Diagnostic, Severity};
use generator::{CrateOptions, Spec};

#[derive(Parser)]
#[command(version, about = "OpenAPI (2.0, 3.0, 3.1) → Rust client generator")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the crate: every spec in `--specs` → `--out`, or one `--spec` → a standalone crate.
    Generate {
        /// One document to turn into a standalone crate (needs `--out`).
        #[arg(long, requires = "out")]
        spec: Option<PathBuf>,
        /// The directory of provider specs (one module per file).
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
    },
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
        /// The document.
        file: PathBuf,
    },
}

fn read_spec(path: &Path) -> Result<Spec, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("error: {}: cannot read: {e}", path.display()))?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    Ok(Spec {
        label: path.display().to_string(),
        module: generator::module_name(stem),
        bytes,
    })
}

fn read_dir(dir: &Path) -> Result<Vec<Spec>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("error: {}: cannot read directory: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            )
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!(
            "error: {}: no .yaml, .yml or .json specs found",
            dir.display()
        ));
    }
    paths.iter().map(|p| read_spec(p)).collect()
}

fn report(diagnostics: &[Diagnostic]) -> (usize, usize) {
    for d in diagnostics {
        eprintln!("{d}");
    }
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Generate {
            spec,
            specs,
            out,
            crate_name,
            deny_warnings,
        } => {
            let (inputs, out, options) = match spec {
                Some(spec) => {
                    let spec = read_spec(&spec)?;
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
                    read_dir(&specs)?,
                    out.unwrap_or_else(|| PathBuf::from("generated")),
                    CrateOptions {
                        name: crate_name.unwrap_or_else(|| "provider-clients".into()),
                        version: "0.1.0".into(),
                        standalone: false,
                    },
                ),
            };
            let generated = generator::generate(&inputs, &options);
            let (errors, warnings) = report(&generated.diagnostics);
            eprintln!("{errors} error(s), {warnings} warning(s)");
            if errors > 0 || generated.files.is_empty() {
                eprintln!("nothing written to {}", out.display());
                return Ok(ExitCode::FAILURE);
            }
            if deny_warnings && warnings > 0 {
                eprintln!("nothing written to {} (--deny-warnings)", out.display());
                return Ok(ExitCode::FAILURE);
            }
            let changes = generator::write::plan(&out, &generated.files)
                .map_err(|e| format!("error: {}: {e}", out.display()))?;
            generator::write::apply(&out, &generated.files, &changes)
                .map_err(|e| format!("error: {}: {e}", out.display()))?;
            println!(
                "{}: {} added, {} changed, {} removed, {} unchanged",
                out.display(),
                changes.added.len(),
                changes.changed.len(),
                changes.orphans.len(),
                changes.unchanged
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { specs, out } => {
            let inputs = read_dir(&specs)?;
            let options = CrateOptions {
                name: "provider-clients".into(),
                version: "0.1.0".into(),
                standalone: false,
            };
            let generated = generator::generate(&inputs, &options);
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
            let spec = read_spec(&file)?;
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
