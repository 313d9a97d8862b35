//! `cargo bench -p generator --bench upstream`: the generator on the providers' full published
//! documents, and `cargo check` of the generated crate.
//!
//! For every `.json`/`.yaml` file under `UPSTREAM_DIR` (default `../shared/upstream` beside the
//! workspace): the document's size; the time to parse it alone (`serde_json::from_slice` into a
//! `serde_json::Value`, or `serde_yaml::from_slice` into a `serde_yaml::Value`); the time of
//! `generator::generate` on it (the whole pipeline, in memory); their ratio; and the peak heap
//! during `generate` (bytes allocated above what was live just before the call: the input bytes
//! are not counted) and its ratio to the size. Each figure is the median of `BENCH_RUNS` runs
//! (default 5). Then the targets, PASS or MISS.
//!
//! Heap is counted by `peak_alloc::PeakAlloc`, a `#[global_allocator]` wrapper around `System`
//! that keeps the current and the peak number of allocated bytes (reset before each
//! measurement). It is a dependency rather than code here because the workspace forbids
//! `unsafe_code`, which implementing `GlobalAlloc` needs. It counts the requested sizes
//! (allocator overhead excluded) and grows blocks by allocate-copy-free, so the timings
//! include a little counting cost (the same for parse and generate).
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
use std::time::{Duration, Instant, SystemTime};

use generator::diag::Severity;
use generator::{CrateOptions, Spec};
use peak_alloc::PeakAlloc;

#[global_allocator]
static ALLOC: PeakAlloc = PeakAlloc;

/// The Polar document must generate in less than this.
const POLAR_BOUND: Duration = Duration::from_secs(1);
/// `generate` may take at most this many times the bare parse.
const TIME_RATIO_BOUND: f64 = 10.0;
/// Peak heap during `generate` may be at most this many times the document size.
const MEMORY_RATIO_BOUND: f64 = 20.0;

struct Row {
    label: String,
    size: usize,
    parse: Duration,
    generate: Duration,
    peak: usize,
    result: String,
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
        let label = path
            .strip_prefix(&dir)
            .unwrap_or(path)
            .display()
            .to_string();
        eprintln!("measuring {label} ...");
        rows.push(measure(path, label, runs));
    }

    println!("| document | size | parse | generate | generate / parse | peak heap in generate | peak / size | result |");
    println!("|---|---:|---:|---:|---:|---:|---:|---|");
    for r in &rows {
        println!(
            "| {} | {} | {} | {} | {:.1}× | {} | {:.1}× | {} |",
            r.label,
            bytes_of(r.size),
            millis(r.parse),
            millis(r.generate),
            r.time_ratio(),
            bytes_of(r.peak),
            r.memory_ratio(),
            r.result
        );
    }

    println!("\n## Targets\n");
    let polar: Vec<&Row> = rows
        .iter()
        .filter(|r| r.label.to_lowercase().contains("polar"))
        .collect();
    if polar.is_empty() {
        println!("- MISS: the full Polar document generated in under 1 s: no Polar document found");
    }
    for r in &polar {
        println!(
            "- {}: the full Polar document ({}, {}) generated in under {} s: {}",
            verdict(r.generate < POLAR_BOUND),
            r.label,
            bytes_of(r.size),
            POLAR_BOUND.as_secs(),
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

    if std::env::var_os("BENCH_SKIP_CHECK").is_some_and(|v| v != "0") {
        println!("\n(`cargo check` of the generated crate skipped: BENCH_SKIP_CHECK is set)");
    } else {
        check_generated(manifest, runs);
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

fn measure(path: &Path, label: String, runs: usize) -> Row {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let json = path.extension().is_some_and(|e| e == "json");

    let mut parse = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        if json {
            let value = serde_json::from_slice::<serde_json::Value>(&bytes);
            parse.push(start.elapsed());
            drop(black_box(value));
        } else {
            let value = serde_yaml::from_slice::<serde_yaml::Value>(&bytes);
            parse.push(start.elapsed());
            drop(black_box(value));
        }
    }

    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let options = CrateOptions {
        name: "upstream-clients".into(),
        version: "0.1.0".into(),
        standalone: true,
    };
    let mut generate = Vec::with_capacity(runs);
    let mut peaks = Vec::with_capacity(runs);
    let mut result = String::new();
    for _ in 0..runs {
        let specs = [Spec {
            label: label.clone(),
            module: generator::module_name(stem),
            bytes: bytes.clone(),
            ..Default::default()
        }];
        ALLOC.reset_peak_usage();
        let before = ALLOC.current_usage();
        let start = Instant::now();
        let generated = generator::generate(&specs, &options);
        generate.push(start.elapsed());
        peaks.push(ALLOC.peak_usage().saturating_sub(before));
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
        drop(black_box(generated));
    }
    Row {
        label,
        size: bytes.len(),
        parse: median(parse),
        generate: median(generate),
        peak: median(peaks),
        result,
    }
}

fn median<T: Ord + Copy>(mut values: Vec<T>) -> T {
    values.sort();
    values[values.len() / 2]
}

fn millis(d: Duration) -> String {
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

/// Times the incremental `cargo check` of the generated crate in a copy of it.
fn check_generated(manifest: &Path, runs: usize) {
    let workspace = manifest.parent().expect("the workspace root");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("target"));
    let copy = target.join("bench-upstream").join("check");
    println!("\n## `cargo check` of the generated crate\n");
    if let Err(e) = prepare_copy(workspace, &copy) {
        println!(
            "MISS: could not copy the generated crate to {}: {e}",
            copy.display()
        );
        return;
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let check = || {
        let start = Instant::now();
        let output = Command::new(&cargo)
            .args(["check", "-p", "provider-clients", "--offline", "--quiet"])
            .current_dir(&copy)
            .env("CARGO_TARGET_DIR", copy.join("target"))
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .output();
        let elapsed = start.elapsed();
        match output {
            Ok(o) if o.status.success() => Ok(elapsed),
            Ok(o) => Err(String::from_utf8_lossy(&o.stderr).into_owned()),
            Err(e) => Err(e.to_string()),
        }
    };
    let warm = match check() {
        Ok(d) => d,
        Err(e) => {
            println!("MISS: `cargo check` of the copy failed:\n```\n{e}\n```");
            return;
        }
    };
    let lib = copy.join("generated/src/lib.rs");
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        if let Err(e) = touch(&lib) {
            println!("MISS: cannot touch {}: {e}", lib.display());
            return;
        }
        match check() {
            Ok(d) => times.push(d),
            Err(e) => {
                println!("MISS: `cargo check` failed:\n```\n{e}\n```");
                return;
            }
        }
    }
    let mut sorted = times.clone();
    sorted.sort();
    println!(
        "Measured: `cargo check -p provider-clients --offline` (default features: all five \
         providers, rustls) in a copy of `generated/` at `{}`, with its own target directory, \
         after touching `src/lib.rs`: the re-check of the crate itself, dependencies already \
         checked.\n",
        copy.display()
    );
    println!("| what | time |\n|---|---:|");
    println!(
        "| first check of the copy (warm-up; builds dependencies if the copy's target is cold) | {} |",
        millis(warm)
    );
    println!(
        "| incremental re-check after touching src/lib.rs, median of {runs} | {} |",
        millis(median(times))
    );
    println!(
        "| fastest / slowest | {} / {} |",
        millis(sorted[0]),
        millis(sorted[sorted.len() - 1])
    );
}

/// Copies `generated/` with the workspace's manifest (members cut to it) and lock file.
fn prepare_copy(workspace: &Path, copy: &Path) -> std::io::Result<()> {
    let generated = copy.join("generated");
    if generated.exists() {
        fs::remove_dir_all(&generated)?;
    }
    copy_dir(&workspace.join("generated"), &generated)?;
    let manifest = fs::read_to_string(workspace.join("Cargo.toml"))?;
    let mut out = String::new();
    let mut in_members = false;
    for line in manifest.lines() {
        if in_members {
            in_members = !line.contains(']');
        } else if line.trim_start().starts_with("members") {
            out.push_str("members = [\"generated\"]\n");
            in_members = !line.contains(']');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    fs::write(copy.join("Cargo.toml"), out)?;
    fs::copy(workspace.join("Cargo.lock"), copy.join("Cargo.lock"))?;
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let path = entry.path();
        let name = entry.file_name();
        if name == "target" {
            continue;
        }
        if entry.file_type()?.is_dir() {
            copy_dir(&path, &to.join(name))?;
        } else {
            fs::copy(&path, to.join(name))?;
        }
    }
    Ok(())
}

fn touch(path: &Path) -> std::io::Result<()> {
    fs::File::options()
        .write(true)
        .open(path)?
        .set_modified(SystemTime::now())
}
