//! `generator update [PROVIDER…] [--check]`: the CLI side of [`generator::update`].

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use generator::config::{self, Config};
use generator::CrateOptions;

/// What `update` was asked to do.
pub struct Options {
    pub providers: Vec<String>,
    pub specs: PathBuf,
    pub out: PathBuf,
    pub check: bool,
    pub timeout: Duration,
}

/// How one provider's update went.
enum Outcome {
    UpToDate,
    Differs,
    Written,
    Failed,
}

pub fn run(options: &Options) -> Result<ExitCode, String> {
    let configs = config::configs(&options.specs)?;
    let named = |c: &Config| {
        let stem = c.path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        options
            .providers
            .iter()
            .any(|p| *p == c.module || p == stem)
    };
    let mut failed = false;
    for wanted in &options.providers {
        if !configs.iter().any(|c| {
            let stem = c.path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            *wanted == c.module || wanted == stem
        }) {
            eprintln!(
                "error: {}: no provider configuration named `{wanted}`",
                options.specs.display()
            );
            failed = true;
        }
    }
    let mut outcomes = Vec::new();
    for config in &configs {
        let explicit = named(config);
        if !options.providers.is_empty() && !explicit {
            continue;
        }
        let Some(url) = &config.url else {
            if explicit {
                eprintln!(
                    "error: {}: no `url` to update `{}` from",
                    config.path.display(),
                    config.module
                );
                failed = true;
            } else {
                eprintln!(
                    "note: {}: no `url`; `{}` skipped",
                    config.path.display(),
                    config.module
                );
            }
            continue;
        };
        outcomes.push(update_one(config, url, options));
    }
    if failed || outcomes.iter().any(|o| matches!(o, Outcome::Failed)) {
        failed = true;
    }
    if options.check {
        let differs = outcomes.iter().any(|o| matches!(o, Outcome::Differs));
        return Ok(if failed || differs {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        });
    }
    if outcomes.iter().any(|o| matches!(o, Outcome::Written)) {
        let inputs = config::read_dir(&options.specs)?;
        let crate_options = CrateOptions {
            name: "provider-clients".into(),
            version: "0.1.0".into(),
            standalone: false,
        };
        let code = crate::write_generated(
            &inputs,
            &options.out,
            &crate_options,
            &Default::default(),
            false,
            false,
        )?;
        if code != ExitCode::SUCCESS {
            return Ok(code);
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn update_one(config: &Config, url: &str, options: &Options) -> Outcome {
    let document = &config.document;
    let bytes = match generator::update::download(url, options.timeout) {
        Ok(bytes) => bytes,
        Err(why) => {
            eprintln!(
                "error: {}: refused: {why}; {} kept",
                config.module,
                document.display()
            );
            return Outcome::Failed;
        }
    };
    let current = std::fs::read(document).ok();
    if current.as_deref() == Some(bytes.as_slice()) {
        println!(
            "{}: {} is up to date with {url}",
            config.module,
            document.display()
        );
        return Outcome::UpToDate;
    }
    let vetted = match generator::update::vet(config, url.to_owned(), bytes) {
        Ok(vetted) => vetted,
        Err(diagnostics) => {
            crate::report(&diagnostics);
            eprintln!(
                "error: {}: refused: the document at {url} does not load; {} kept",
                config.module,
                document.display()
            );
            return Outcome::Failed;
        }
    };
    if options.check {
        // Without --check, regeneration reports them.
        crate::report(&vetted.warnings);
    }
    let verb = if options.check {
        "differs from"
    } else {
        "updated from"
    };
    println!("{}: {} {verb} {url}", config.module, document.display());
    // What changed, breaking first: against the committed document, when it loads.
    match config.spec() {
        Ok(old) => {
            let mut diags = generator::diag::Diagnostics::new(&old.label);
            match generator::api(&old, &mut diags) {
                Some(old_api) => {
                    let report = generator::changes::compare(&old_api, &vetted.api);
                    print!("{}", generator::changes::markdown(&report));
                }
                None => println!(
                    "(no change report: the committed {} does not load)",
                    document.display()
                ),
            }
        }
        Err(_) => println!("(no change report: {} is new)", document.display()),
    }
    if options.check {
        return Outcome::Differs;
    }
    if let Err(e) = generator::write::atomic(document, &vetted.spec.bytes) {
        eprintln!("error: {}: cannot write: {e}", document.display());
        return Outcome::Failed;
    }
    Outcome::Written
}
