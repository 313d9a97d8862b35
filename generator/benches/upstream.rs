//! `cargo bench -p generator --bench upstream`: the generator on the providers' full published
//! documents, and `cargo check` of the generated crate.
//!
//! For every `.json`/`.yaml` file under `UPSTREAM_DIR` (default `../shared/upstream` beside the
//! workspace): the document's size; the time to parse it alone (`serde_json::from_slice` into a
//! `serde_json::Value`, or `serde_yaml::from_slice` into a `serde_yaml::Value`); the generate
//! time, wall clock of the CLI a user runs (`generator generate --spec <doc> --out <empty dir>`:
//! reading, the whole pipeline, every file written), and its ratio to the parse (the two
//! alternate, run by run, so a drift of the machine's speed reaches both alike); the time of
//! `generator::generate` in this process (the pipeline in memory, under the counting allocator
//! below); and the peak heap during that `generate` (bytes allocated above what was live just
//! before the call: the input bytes are not counted) and its ratio to the size. Each figure is
//! the median of `BENCH_RUNS` runs (default 5). Then the targets, PASS or MISS.
//!
//! Heap is counted by `peakmem_alloc::PeakMemAlloc` around mimalloc, the allocator the CLI uses
//! (so the timings are the CLI's): a `#[global_allocator]` wrapper that keeps the bytes
//! allocated since its reset and their peak. It is a dependency rather than code here because
//! the workspace forbids `unsafe_code`, which implementing `GlobalAlloc` needs. It counts the
//! requested sizes (allocator overhead excluded); the counting costs two contended atomic
//! operations per allocation, which is why the generate time is the CLI's, measured apart.
//!
//! Besides the upstream documents: GitHub's published description (`@octokit/openapi`, pinned in
//! `benches/inputs/package.json` and its lock file, installed there with `npm ci` when missing)
//! and a synthetic document of 20,000 operations and 5,000 schemas (`upstream/synthetic.rs`).
//! For each: operations, non-comment lines of Rust per operation in the provider module, and
//! (`upstream/crates.rs`) `cargo check` of its crate with all features and with one group: time
//! and peak memory. `BENCH_ONLY=<substring>` keeps the documents whose label contains it.
//!
//! Last, `cargo check` of the generated crate (`generated/`, package `provider-clients`, default
//! features), measured in a copy: `generated/` and the workspace manifest and lock file are
//! copied to `target/bench-upstream/check/` with a target directory of their own, checked once
//! to warm it (dependencies are built there the first time, reported but not the measurement),
//! then `src/lib.rs` is touched and `cargo check -p provider-clients --offline` timed
//! `BENCH_RUNS` times: the incremental re-check of the crate itself, no dependency builds.
//! The copy keeps the measurement away from the shared target directory (and from edits
//! happening in the working tree). `BENCH_SKIP_CHECK=1` skips this part.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use generator::diag::Severity;
use generator::{CrateOptions, Spec};
use peakmem_alloc::{PeakMemAlloc, PeakMemAllocTrait};

#[path = "upstream/committed.rs"]
mod committed;
#[path = "upstream/crates.rs"]
mod crates;
#[path = "upstream/synthetic.rs"]
mod synthetic;

static COUNTED: PeakMemAlloc<mimalloc::MiMalloc> = PeakMemAlloc::new(mimalloc::MiMalloc);
#[global_allocator]
static ALLOC: &PeakMemAlloc<mimalloc::MiMalloc> = &COUNTED;

/// The Polar document must generate in less than this.
const POLAR_BOUND: Duration = Duration::from_millis(250);
/// GitHub's description: generate time, heap, ratio to its parse; crate check all / one group, memory.
const GITHUB_GENERATE: Duration = Duration::from_millis(800);
const GITHUB_HEAP: usize = 150_000_000;
const GITHUB_RATIO: f64 = 6.0;
const GITHUB_CHECK_ALL: Duration = Duration::from_secs(40);
const GITHUB_CHECK_GROUP: Duration = Duration::from_secs(8);
const GITHUB_RUSTC_MEMORY: u64 = 2_000_000_000;
/// The synthetic document's crate checks with all features within this much memory.
const SYNTHETIC_MEMORY: u64 = 6_000_000_000;
/// Non-comment lines of Rust per operation on average.
const LINES_PER_OP: f64 = 50.0;
/// `generate` may take at most this many times the bare parse.
const TIME_RATIO_BOUND: f64 = 10.0;
/// Peak heap during `generate` may be at most this many times the document size.
const MEMORY_RATIO_BOUND: f64 = 20.0;

struct Row {
    label: String,
    size: usize,
    parse: Duration,
    /// Reading and parsing the document in a process of its own, as the CLI starts (for
    /// information: the target is the ratio to `parse`).
    cold_parse: Option<Duration>,
    /// The CLI's wall time.
    generate: Duration,
    /// `generator::generate` in this process, heap counted.
    in_process: Duration,
    peak: usize,
    result: String,
    operations: usize,
    lines_per_op: f64,
    checks: Option<crates::Checks>,
}

impl Row {
    fn time_ratio(&self) -> f64 {
        self.generate.as_secs_f64() / self.parse.as_secs_f64().max(1e-9)
    }
    fn memory_ratio(&self) -> f64 {
        self.peak as f64 / self.size.max(1) as f64
    }
}

fn main() {
    // Run again by `cold_parse`: read and parse one document in this fresh process, print the
    // nanoseconds it took, and stop.
    if let Some(path) = std::env::var_os(COLD_PARSE) {
        let start = Instant::now();
        let parsed = fs::read(&path).map(|bytes| parse(&bytes, is_json(Path::new(&path))));
        let time = start.elapsed();
        drop(black_box(parsed));
        println!("{}", time.as_nanos());
        return;
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::var_os("UPSTREAM_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../../shared/upstream"));
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(5);

    let mut documents = Vec::new();
    collect(&dir, &mut documents);
    documents.sort();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../target"))
        .join("bench-upstream");
    let _ = fs::create_dir_all(&target);
    let synthetic = target.join("synthetic.json");
    if fs::write(&synthetic, synthetic::document()).is_ok() {
        documents.push(synthetic);
    }
    match github(manifest) {
        Ok(path) => documents.push(path),
        Err(e) => println!("(GitHub's description is missing: {e})\n"),
    }
    if let Ok(only) = std::env::var("BENCH_ONLY") {
        documents.retain(|d| d.display().to_string().contains(&only));
    }
    let check = std::env::var_os("BENCH_SKIP_CHECK").is_none_or(|v| v == "0");
    println!(
        "# Upstream documents: generator timings and memory\n\n\
         Documents under `{}`, median of {runs} runs each, `{}` profile.\n",
        dir.display(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    if documents.is_empty() {
        println!("No .json or .yaml document under {}.", dir.display());
    }

    let mut rows = Vec::new();
    for path in &documents {
        let label = match path.strip_prefix(&dir) {
            Ok(inside) => inside.display().to_string(),
            Err(_) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
        };
        eprintln!("measuring {label} ...");
        rows.push(measure(
            path,
            label,
            runs,
            check.then_some(target.as_path()),
        ));
    }

    println!("| document | size | parse | generate (CLI) | generate / parse | parse, fresh process | generate / that | in process, heap counted | peak heap in generate | peak / size | result |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for r in &rows {
        let (cold, cold_ratio) = match r.cold_parse {
            Some(cold) => (
                millis(cold),
                format!(
                    "{:.1}×",
                    r.generate.as_secs_f64() / cold.as_secs_f64().max(1e-9)
                ),
            ),
            None => ("—".to_owned(), "—".to_owned()),
        };
        println!(
            "| {} | {} | {} | {} | {:.1}× | {cold} | {cold_ratio} | {} | {} | {:.1}× | {} |",
            r.label,
            bytes_of(r.size),
            millis(r.parse),
            millis(r.generate),
            r.time_ratio(),
            millis(r.in_process),
            bytes_of(r.peak),
            r.memory_ratio(),
            r.result
        );
    }

    println!("\n## Generated code and its `cargo check`\n");
    println!("| document | operations | lines of Rust per operation | check, all features | peak memory | check, one group | peak memory |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for r in &rows {
        let (all, all_mem) = check_cells(r.checks.as_ref().map(|c| &c.all));
        let (one, one_mem) = match r.checks.as_ref().and_then(|c| c.group.as_ref()) {
            Some((g, result)) => {
                let (t, m) = check_cells(Some(result));
                (format!("{t} (`{g}`)"), m)
            }
            None => ("(one group)".into(), String::new()),
        };
        println!(
            "| {} | {} | {:.0} | {all} | {all_mem} | {one} | {one_mem} |",
            r.label, r.operations, r.lines_per_op
        );
    }

    println!("\n## Targets\n");
    for r in rows.iter().filter(|r| r.label.contains("api.github.com")) {
        println!(
            "- {}: GitHub generates in ≤ {}: {}",
            verdict(r.generate <= GITHUB_GENERATE),
            millis(GITHUB_GENERATE),
            millis(r.generate)
        );
        println!(
            "- {}: GitHub peak heap ≤ {}: {}",
            verdict(r.peak <= GITHUB_HEAP),
            bytes_of(GITHUB_HEAP),
            bytes_of(r.peak)
        );
        println!(
            "- {}: GitHub generate ≤ {GITHUB_RATIO}× its parse: {:.1}×",
            verdict(r.time_ratio() <= GITHUB_RATIO),
            r.time_ratio()
        );
        if let Some(c) = &r.checks {
            if let Ok(all) = &c.all {
                println!(
                    "- {}: GitHub crate check, all features, ≤ {} s: {}",
                    verdict(all.time <= GITHUB_CHECK_ALL),
                    GITHUB_CHECK_ALL.as_secs(),
                    millis(all.time)
                );
                if let Some(peak) = all.peak {
                    println!(
                        "- {}: GitHub crate check peak memory ≤ 2 GB: {}",
                        verdict(peak <= GITHUB_RUSTC_MEMORY),
                        bytes_of(peak as usize)
                    );
                }
            }
            if let Some((g, Ok(one))) = &c.group {
                println!(
                    "- {}: GitHub crate check, one group (`{g}`), ≤ {} s: {}",
                    verdict(one.time <= GITHUB_CHECK_GROUP),
                    GITHUB_CHECK_GROUP.as_secs(),
                    millis(one.time)
                );
            }
        }
    }
    for r in rows.iter().filter(|r| r.label.contains("synthetic")) {
        if let Some(Ok(all)) = r.checks.as_ref().map(|c| &c.all) {
            let peak = all.peak.unwrap_or(u64::MAX);
            println!(
                "- {}: synthetic crate checks with all features within 6 GB: {}",
                verdict(peak <= SYNTHETIC_MEMORY),
                bytes_of(peak as usize)
            );
        }
    }
    for r in rows.iter().filter(|r| r.operations >= 500) {
        println!(
            "- {}: {}: ≤ {LINES_PER_OP} lines of Rust per operation: {:.0}",
            verdict(r.lines_per_op <= LINES_PER_OP),
            r.label,
            r.lines_per_op
        );
    }
    let polar: Vec<&Row> = rows
        .iter()
        .filter(|r| r.label.to_lowercase().contains("polar"))
        .collect();
    if polar.is_empty() {
        println!("- MISS: the full Polar document generated in ≤ 250 ms: no Polar document found");
    }
    for r in &polar {
        println!(
            "- {}: the full Polar document ({}, {}) generated in ≤ {}: {}",
            verdict(r.generate <= POLAR_BOUND),
            r.label,
            bytes_of(r.size),
            millis(POLAR_BOUND),
            millis(r.generate)
        );
    }
    for r in &rows {
        println!(
            "- {}: {}: generate within {TIME_RATIO_BOUND}× the bare parse time: {:.1}×",
            verdict(r.time_ratio() <= TIME_RATIO_BOUND),
            r.label,
            r.time_ratio()
        );
    }
    for r in &rows {
        println!(
            "- {}: {}: peak heap during generate under {MEMORY_RATIO_BOUND}× the document size: {:.1}×",
            verdict(r.memory_ratio() < MEMORY_RATIO_BOUND),
            r.label,
            r.memory_ratio()
        );
    }

    if !check {
        println!("\n(`cargo check` of the generated crate skipped: BENCH_SKIP_CHECK is set)");
    } else {
        committed::check_generated(manifest, runs);
    }
}

fn verdict(pass: bool) -> &'static str {
    if pass {
        "PASS"
    } else {
        "MISS"
    }
}

/// Every `.json`, `.yaml` and `.yml` file under `dir`.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "json" | "yaml" | "yml"))
        {
            out.push(path);
        }
    }
}

/// GitHub's description from the pinned npm package, installed with `npm ci` when missing.
fn github(manifest: &Path) -> Result<PathBuf, String> {
    let inputs = manifest.join("benches/inputs");
    let path = inputs.join("node_modules/@octokit/openapi/generated/api.github.com.json");
    if !path.exists() {
        let status = Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
            .current_dir(&inputs)
            .status()
            .map_err(|e| format!("npm: {e}"))?;
        if !status.success() {
            return Err(format!("`npm ci` in {} failed", inputs.display()));
        }
    }
    path.exists()
        .then_some(path)
        .ok_or_else(|| "not in the npm package".into())
}

fn check_cells(result: Option<&Result<crates::Check, String>>) -> (String, String) {
    match result {
        Some(Ok(c)) => (
            millis(c.time),
            c.peak.map(|p| bytes_of(p as usize)).unwrap_or_default(),
        ),
        Some(Err(e)) => (
            format!("failed: {}", e.lines().next().unwrap_or_default()),
            String::new(),
        ),
        None => ("(skipped)".into(), String::new()),
    }
}

/// Non-blank, non-comment lines of Rust in the provider module, per operation.
fn lines_per_op(
    files: &std::collections::BTreeMap<PathBuf, Vec<u8>>,
    module: &str,
    operations: usize,
) -> f64 {
    let dir = Path::new("src").join(module);
    let lines: usize = files
        .iter()
        .filter(|(p, _)| p.starts_with(&dir) && p.extension().is_some_and(|e| e == "rs"))
        .map(|(_, bytes)| {
            String::from_utf8_lossy(bytes)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with("//"))
                .count()
        })
        .sum();
    lines as f64 / operations.max(1) as f64
}

/// The wall time of one run of the CLI on `path`, into `out` emptied first; `None` when it
/// fails (its stderr is printed).
fn cli_run(path: &Path, out: &Path) -> Option<Duration> {
    let _ = fs::remove_dir_all(out);
    let start = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_generator"))
        .arg("generate")
        .arg("--spec")
        .arg(path)
        .arg("--out")
        .arg(out)
        .output();
    let time = start.elapsed();
    match output {
        Ok(o) if o.status.success() => Some(time),
        Ok(o) => {
            eprintln!(
                "generator on {}: {}",
                path.display(),
                String::from_utf8_lossy(&o.stderr)
            );
            None
        }
        Err(e) => {
            eprintln!("generator on {}: {e}", path.display());
            None
        }
    }
}

fn measure(path: &Path, label: String, runs: usize, check: Option<&Path>) -> Row {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let json = is_json(path);

    // The parse and the CLI's generate alternate, run by run, so both are measured with the
    // machine in the same state (on a shared host its speed drifts from one second to the
    // next). Each timed parse follows an untimed one, so it is warm (allocator and caches) as
    // when parses run back to back: the CLI run before it leaves neither.
    let out = std::env::temp_dir().join("bench-upstream-cli");
    let mut parse = Vec::with_capacity(runs);
    let mut cli = Some(Vec::with_capacity(runs));
    for _ in 0..runs {
        drop(black_box(self::parse(&bytes, json)));
        let start = Instant::now();
        let value = self::parse(&bytes, json);
        parse.push(start.elapsed());
        drop(black_box(value));
        cli = cli.and_then(|mut times: Vec<Duration>| {
            times.push(cli_run(path, &out)?);
            Some(times)
        });
    }
    let _ = fs::remove_dir_all(&out);
    let cold_parse = (0..runs)
        .map(|_| cold_parse(path))
        .collect::<Option<Vec<_>>>()
        .map(median);

    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let options = CrateOptions {
        name: "upstream-clients".into(),
        version: "0.1.0".into(),
        standalone: true,
    };
    let mut generate = Vec::with_capacity(runs);
    let mut peaks = Vec::with_capacity(runs);
    let mut result = String::new();
    let mut last = None;
    for _ in 0..runs {
        let specs = [Spec {
            label: label.clone(),
            module: generator::module_name(stem),
            bytes: bytes.clone(),
            ..Default::default()
        }];
        ALLOC.reset_peak_memory();
        let start = Instant::now();
        let generated = generator::generate(&specs, &options);
        generate.push(start.elapsed());
        peaks.push(ALLOC.get_peak_memory());
        let errors: Vec<_> = generated
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        let warnings = generated.diagnostics.len() - errors.len();
        result = match errors.first() {
            None => format!(
                "{} files, {warnings} warnings, {} of code",
                generated.files.len(),
                bytes_of(generated.files.values().map(Vec::len).sum())
            ),
            Some(first) => format!(
                "{} errors (first: {})",
                errors.len(),
                first.message.chars().take(80).collect::<String>()
            ),
        };
        last = Some(black_box(generated));
    }
    let module = generator::module_name(stem);
    let spec = Spec {
        label: label.clone(),
        module: module.clone(),
        bytes: bytes.clone(),
        ..Default::default()
    };
    let operations = generator::api(&spec, &mut generator::diag::Diagnostics::new(&label))
        .map_or(0, |api| api.groups.iter().map(|g| g.operations.len()).sum());
    let generated = last.expect("at least one run");
    let lines_per_op = lines_per_op(&generated.files, &module, operations);
    let checks = check.filter(|_| !generated.files.is_empty()).map(|target| {
        eprintln!("checking the crate of {label} ...");
        let name: String = label
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        crates::check(
            &target.join("crates").join(name),
            &target.join("crates-target"),
            &generated.files,
        )
    });
    drop(generated);
    Row {
        operations,
        lines_per_op,
        checks,
        label,
        size: bytes.len(),
        parse: median(parse),
        cold_parse,
        generate: cli.map_or(Duration::MAX, median),
        in_process: median(generate),
        peak: median(peaks),
        result,
    }
}

/// The environment variable that makes this bench a cold parse of one document ([`cold_parse`]).
const COLD_PARSE: &str = "BENCH_COLD_PARSE";

fn is_json(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "json")
}

/// The bare parse: into a `serde_json::Value`, or a `serde_yaml::Value` (returned, so that it is
/// dropped after the time is taken).
fn parse(bytes: &[u8], json: bool) -> Option<Box<dyn std::any::Any>> {
    if json {
        let value = serde_json::from_slice::<serde_json::Value>(bytes).ok()?;
        Some(Box::new(value))
    } else {
        let value = serde_yaml::from_slice::<serde_yaml::Value>(bytes).ok()?;
        Some(Box::new(value))
    }
}

/// Reading and parsing `path` in a fresh process (this bench run again with [`COLD_PARSE`]): what
/// the CLI does first, its memory new to the process as it is for the CLI.
fn cold_parse(path: &Path) -> Option<Duration> {
    let output = Command::new(std::env::current_exe().ok()?)
        .env(COLD_PARSE, path)
        .output()
        .ok()?;
    let nanos: u64 = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_nanos(nanos))
}

pub(crate) fn median<T: Ord + Copy>(mut values: Vec<T>) -> T {
    values.sort();
    values[values.len() / 2]
}

pub(crate) fn millis(d: Duration) -> String {
    if d == Duration::MAX {
        return "failed".into();
    }
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else {
        format!("{ms:.0} ms")
    }
}

/// A size in decimal units (1 MB = 1,000,000 bytes).
fn bytes_of(n: usize) -> String {
    let n = n as f64;
    if n >= 1e6 {
        format!("{:.2} MB", n / 1e6)
    } else {
        format!("{:.0} KB", n / 1e3)
    }
}
