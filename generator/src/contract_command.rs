//! `generator contract`: generate a crate with its contract tests in a work directory, start
//! Prism from the same document on a free loopback port, run the tests, stop Prism, print one
//! line per operation and `N passed, M failed`, compared with an expectations file.

use std::collections::BTreeMap;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use generator::config;
use generator::CrateOptions;

/// The arguments of `generator contract`.
#[derive(clap::Args)]
pub struct Args {
    /// The document, or a provider configuration (`.toml`; Prism gets the document with its
    /// overlays applied).
    #[arg(long)]
    spec: PathBuf,
    /// The `prism` executable (default: the one pinned in `tests/package.json`, installed with
    /// `npm ci` when missing).
    #[arg(long)]
    prism: Option<PathBuf>,
    /// Keep the generated crate (and the logs) in this directory instead of a temporary one.
    #[arg(long)]
    keep: Option<PathBuf>,
    /// Operations expected to fail, with why (`[operations."<operationId>"]` with `reason` and
    /// `failure`, a text the failure message must contain).
    #[arg(long)]
    expectations: Option<PathBuf>,
    /// The cargo target directory (default: `CARGO_TARGET_DIR`, else `target/contract` under
    /// the current directory); shared by successive documents so dependencies build once.
    #[arg(long)]
    target_dir: Option<PathBuf>,
    /// Tests run at once.
    #[arg(long, default_value_t = 4)]
    test_threads: usize,
}

/// How long Prism may take to answer its first request (large documents take a while).
const STARTUP: Duration = Duration::from_secs(180);

/// One expected failure.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    reason: String,
    failure: String,
    /// The document's examples that contradict their schemas (checked by the tests crate).
    #[serde(default)]
    #[allow(dead_code)]
    examples: Vec<String>,
    /// The Prism issue or reproduction behind a Prism limitation.
    #[serde(default)]
    #[allow(dead_code)]
    prism: Option<String>,
    /// A value two branches of a `oneOf` accept (checked by the tests crate).
    #[serde(default)]
    #[allow(dead_code)]
    overlap: Option<toml::Value>,
    /// A required path parameter its path template lacks (checked by the tests crate).
    #[serde(default)]
    #[allow(dead_code)]
    path_parameter: Option<String>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expectations {
    /// The document these expectations are about (read by the tests crate).
    #[serde(default)]
    #[allow(dead_code)]
    document: Option<String>,
    #[serde(default)]
    operations: BTreeMap<String, Expected>,
}

/// A running Prism, killed on drop.
struct Prism(Child);

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("error: no free port: {e}"))
}

/// The Prism pinned in `tests/package.json` of this repository, installed when missing.
fn default_prism() -> Result<PathBuf, String> {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    let bin = tests.join("node_modules/.bin/prism");
    if bin.exists() {
        return Ok(bin);
    }
    eprintln!(
        "prism: {} is missing, running `npm ci` in {}",
        bin.display(),
        tests.display()
    );
    let status = Command::new("npm")
        .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(&tests)
        .env("SCARF_ANALYTICS", "false")
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("error: cannot run npm (Node.js is needed for Prism): {e}"))?;
    if !status.success() || !bin.exists() {
        return Err(format!("error: `npm ci` in {} failed", tests.display()));
    }
    Ok(bin)
}

/// Starts `prism mock --errors` on `document` and waits until it answers.
fn start_prism(prism: &Path, document: &Path, log: &Path) -> Result<(Prism, String), String> {
    let port = free_port()?;
    let file =
        |p: &Path| std::fs::File::create(p).map_err(|e| format!("error: {}: {e}", p.display()));
    let child = Command::new(prism)
        .args([
            "mock",
            "--errors",
            "-h",
            "127.0.0.1",
            "-p",
            &port.to_string(),
        ])
        .arg(document)
        .stdin(Stdio::null())
        .stdout(file(log)?)
        .stderr(file(&log.with_extension("err.log"))?)
        .spawn()
        .map_err(|e| format!("error: cannot start {}: {e}", prism.display()))?;
    let mut prism = Prism(child);
    let url = format!("http://127.0.0.1:{port}");
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let deadline = Instant::now() + STARTUP;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into();
    while Instant::now() < deadline {
        if let Ok(Some(status)) = prism.0.try_wait() {
            return Err(format!(
                "error: Prism exited with {status} before answering; see {}",
                log.display()
            ));
        }
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            if let Ok(mut response) = agent.get(format!("{url}/")).call() {
                let body = response.body_mut().read_to_string().unwrap_or_default();
                if body.contains("stoplight.io/prism") {
                    return Ok((prism, url));
                }
            }
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    Err(format!(
        "error: Prism did not answer within {STARTUP:?}; see {}",
        log.display()
    ))
}

/// The document Prism is started from: the file itself, or (for a configuration with overlays)
/// the document with them applied, written into `work`.
fn prism_document(
    spec_path: &Path,
    spec: &generator::Spec,
    work: &Path,
) -> Result<PathBuf, String> {
    if spec.overlays.is_empty() && !config::is_config(spec_path) {
        return std::fs::canonicalize(spec_path)
            .map_err(|e| format!("error: {}: {e}", spec_path.display()));
    }
    let mut diags = generator::diag::Diagnostics::new(&spec.label);
    let mut doc = generator::load::parse(&spec.bytes, &mut diags)
        .ok_or_else(|| format!("error: {}: does not parse", spec.label))?;
    generator::overlay::apply_all(&mut doc, &spec.overlays, &mut diags);
    let path = work.join("document.json");
    let text = serde_json::to_string(&doc).map_err(|e| format!("error: {e}"))?;
    std::fs::write(&path, text).map_err(|e| format!("error: {}: {e}", path.display()))?;
    Ok(path)
}

/// The report's name of the negative control.
const CONTROL: &str = "negative control";

/// Shortens a failure for its line.
fn short(text: &str) -> String {
    let mut out: String = text.chars().take(600).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// One operation's outcome: `None` when every check passed.
struct Outcome {
    id: String,
    failure: Option<String>,
}

fn read_report(path: &Path, api: &generator::ir::Api) -> Vec<Outcome> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut no_control = false;
    for line in text.lines() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let id = value["operation"].as_str().unwrap_or_default().to_owned();
        if id == CONTROL && value["check"].as_str() == Some("none possible") {
            found.remove(CONTROL);
            no_control = true;
            continue;
        }
        let entry = found.entry(id).or_default();
        if value["ok"].as_bool() != Some(true) {
            entry.push(format!(
                "{}: {}",
                value["check"].as_str().unwrap_or_default(),
                value["message"].as_str().unwrap_or_default()
            ));
        }
    }
    let mut outcomes = Vec::new();
    let ids = std::iter::once(CONTROL).chain(
        api.groups
            .iter()
            .flat_map(|g| &g.operations)
            .map(|o| o.id.as_str()),
    );
    for id in ids {
        if id == CONTROL && no_control {
            println!("skip {CONTROL}: none possible (no operation requires credentials, a query parameter or a header)");
            continue;
        }
        let failure = match found.get(id) {
            Some(failures) if failures.is_empty() => None,
            Some(failures) => Some(short(&failures.join(" | "))),
            None => Some("not run (the test crashed, was ignored or did not compile)".to_owned()),
        };
        outcomes.push(Outcome {
            id: id.to_owned(),
            failure,
        });
    }
    outcomes
}

/// The generator's warnings by kind: the message with what is quoted (names, values) and
/// numbers left out, so `cannot resolve response `#/a`` and `cannot resolve response `#/b`` are
/// one kind.
fn warning_kinds(diagnostics: &[generator::diag::Diagnostic]) -> BTreeMap<String, usize> {
    let mut kinds = BTreeMap::new();
    for d in diagnostics
        .iter()
        .filter(|d| d.severity == generator::diag::Severity::Warning)
    {
        let mut kind = String::new();
        let mut quoted = false;
        for c in d.message.chars() {
            match c {
                '`' => {
                    if !quoted {
                        kind.push_str("`…`");
                    }
                    quoted = !quoted;
                }
                _ if quoted => {}
                '0'..='9' => {
                    if !kind.ends_with('N') {
                        kind.push('N');
                    }
                }
                _ => kind.push(c),
            }
        }
        *kinds.entry(kind).or_insert(0) += 1;
    }
    kinds
}

/// Runs `generator contract`.
pub fn run(args: &Args) -> Result<ExitCode, String> {
    let started = Instant::now();
    let spec = config::read_any(&args.spec)?;
    let temp;
    let work = match &args.keep {
        Some(dir) => dir.clone(),
        None => {
            temp = std::env::temp_dir().join(format!(
                "contract-{}-{}",
                spec.module,
                std::process::id()
            ));
            temp.clone()
        }
    };
    std::fs::create_dir_all(&work).map_err(|e| format!("error: {}: {e}", work.display()))?;
    let work =
        std::fs::canonicalize(&work).map_err(|e| format!("error: {}: {e}", work.display()))?;
    let expectations: Expectations = match &args.expectations {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("error: {}: {e}", path.display()))?;
            toml::from_str(&text).map_err(|e| format!("error: {}: {e}", path.display()))?
        }
        None => Expectations::default(),
    };
    // Documents may share a module name (a JSON and a YAML copy, two versions): each gets a crate
    // name of its own, or cargo would take one's build for the other's in the shared target dir.
    let path = std::fs::canonicalize(&args.spec).unwrap_or_else(|_| args.spec.clone());
    let hash = path
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
    let name = format!(
        "contract-{}-{:08x}",
        spec.module.replace('_', "-"),
        hash & 0xffff_ffff
    );
    let options = CrateOptions {
        name,
        version: "0.1.0".into(),
        standalone: true,
    };
    let generated =
        generator::contract::generate(std::slice::from_ref(&spec), &options, &Default::default());
    let warnings = generated
        .diagnostics
        .iter()
        .filter(|d| d.severity == generator::diag::Severity::Warning)
        .count();
    let kinds = warning_kinds(&generated.diagnostics);
    if generated.files.is_empty() {
        for d in &generated.diagnostics {
            eprintln!("{d}");
        }
        return Err(format!("error: {}: nothing generated", args.spec.display()));
    }
    let krate = work.join("crate");
    let changes =
        generator::write::plan(&krate, &generated.files).map_err(|e| format!("error: {e}"))?;
    generator::write::apply(&krate, &generated.files, &changes)
        .map_err(|e| format!("error: {e}"))?;
    let mut diags = generator::diag::Diagnostics::new(&spec.label);
    let api = generator::api(&spec, &mut diags).ok_or("error: the document does not lower")?;

    let target = match (&args.target_dir, std::env::var_os("CARGO_TARGET_DIR")) {
        (Some(dir), _) => dir.clone(),
        (None, Some(dir)) => PathBuf::from(dir),
        (None, None) => std::env::current_dir()
            .map_err(|e| e.to_string())?
            .join("target/contract"),
    };
    let target = if target.is_absolute() {
        target
    } else {
        std::env::current_dir()
            .map_err(|e| e.to_string())?
            .join(target)
    };
    // A one-shot build: incremental state would only take disk (gigabytes for a large document).
    let incremental = std::env::var("CARGO_INCREMENTAL").unwrap_or_else(|_| "0".to_owned());
    let build_log = work.join("build.log");
    let built = Instant::now();
    let status = Command::new("cargo")
        .args(["test", "--test", "contract", "--no-run", "-q"])
        .current_dir(&krate)
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_INCREMENTAL", incremental.as_str())
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&build_log).map_err(|e| e.to_string())?)
        .stderr(std::fs::File::create(work.join("build.err.log")).map_err(|e| e.to_string())?)
        .status()
        .map_err(|e| format!("error: cannot run cargo: {e}"))?;
    if !status.success() {
        let err = std::fs::read_to_string(work.join("build.err.log")).unwrap_or_default();
        let tail: Vec<&str> = err.lines().rev().take(60).collect();
        eprintln!("{}", tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
        return Err(format!(
            "error: the contract tests of {} do not compile",
            args.spec.display()
        ));
    }
    let build_time = built.elapsed();

    let prism_bin = match &args.prism {
        Some(p) => p.clone(),
        None => default_prism()?,
    };
    let document = prism_document(&args.spec, &spec, &work)?;
    let (prism, url) = start_prism(&prism_bin, &document, &work.join("prism.log"))?;
    let report = work.join("report.jsonl");
    let _ = std::fs::remove_file(&report);
    let ran = Instant::now();
    let _ = Command::new("cargo")
        .args(["test", "-q", "--test", "contract", "--", "--test-threads"])
        .arg(args.test_threads.to_string())
        .current_dir(&krate)
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_INCREMENTAL", incremental.as_str())
        .env("CONTRACT_BASE_URL", &url)
        .env("CONTRACT_SERVER", "prism")
        .env("CONTRACT_REPORT", &report)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(work.join("test.log")).map_err(|e| e.to_string())?)
        .stderr(std::fs::File::create(work.join("test.err.log")).map_err(|e| e.to_string())?)
        .status()
        .map_err(|e| format!("error: cannot run cargo: {e}"))?;
    let run_time = ran.elapsed();
    drop(prism);

    let outcomes = read_report(&report, &api);
    let (mut passed, mut failed, mut listed) = (0, 0, 0);
    for o in &outcomes {
        let expected = expectations.operations.get(&o.id);
        match (&o.failure, expected) {
            (None, None) => {
                passed += 1;
                println!("ok {}", o.id);
            }
            (None, Some(_)) => {
                failed += 1;
                println!(
                    "FAIL {}: passes now, but the expectations list it: remove it",
                    o.id
                );
            }
            (Some(why), Some(e)) if why.contains(&e.failure) => {
                listed += 1;
                println!("listed {}: {why} (reason: {})", o.id, e.reason);
            }
            (Some(why), Some(e)) => {
                failed += 1;
                println!(
                    "FAIL {}: {why} (listed as failing with {:?})",
                    o.id, e.failure
                );
            }
            (Some(why), None) => {
                failed += 1;
                println!("FAIL {}: {why}", o.id);
            }
        }
    }
    for id in expectations.operations.keys() {
        if !outcomes.iter().any(|o| &o.id == id) {
            failed += 1;
            println!("FAIL {id}: listed in the expectations, but no such operation");
        }
    }
    if args.keep.is_none() {
        let _ = std::fs::remove_dir_all(&work);
    }
    println!(
        "{}: {} operations, {warnings} generator warnings; build {:.0?}, tests {:.0?}, total {:.0?}; {listed} failing as listed",
        args.spec.display(),
        outcomes.iter().filter(|o| o.id != CONTROL).count(),
        build_time,
        run_time,
        started.elapsed()
    );
    for (kind, count) in &kinds {
        println!("warning kind: {count} × {kind}");
    }
    println!("{passed} passed, {failed} failed");
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
