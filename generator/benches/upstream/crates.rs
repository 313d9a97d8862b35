//! `cargo check` of each measured document's generated crate: with all features and with one
//! group alone, time and peak memory (the largest resident set of `cargo` and the `rustc` it
//! waits for, from GNU `time`), in `target/bench-upstream/crates/` with one target directory
//! for all of them (dependencies built once, by a warm-up check that is not measured: with one
//! group, when there is one).

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// One timed `cargo check`.
pub struct Check {
    pub time: Duration,
    /// Peak resident memory in bytes, when GNU `time` is there to tell.
    pub peak: Option<u64>,
}

/// The results for one crate: all features, then the first group alone (when it has groups).
pub struct Checks {
    pub all: Result<Check, String>,
    pub group: Option<(String, Result<Check, String>)>,
}

/// Writes `files` as a crate under `dir` and checks it.
pub fn check(
    dir: &Path,
    target: &Path,
    files: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
) -> Checks {
    let _ = fs::remove_dir_all(dir);
    for (path, bytes) in files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            let _ = fs::create_dir_all(parent);
        }
        if let Err(e) = fs::write(&path, bytes) {
            return Checks {
                all: Err(format!("write {}: {e}", path.display())),
                group: None,
            };
        }
    }
    let manifest = fs::read_to_string(dir.join("Cargo.toml")).unwrap_or_default();
    let first = first_group(&manifest);
    let features = first.as_ref().map(|g| format!("rustls,{g}"));
    let one_group: &[&str] = match &features {
        Some(features) => &["--no-default-features", "--features", features],
        None => &[],
    };
    // Warm-up: builds the dependencies the first time (not measured). With one group when there
    // is one: the dependencies and their features are the same as with all, and a huge crate is
    // not checked in full twice.
    if let Err(e) = run(dir, target, one_group) {
        return Checks {
            all: Err(e),
            group: None,
        };
    }
    let all = run(dir, target, &[]);
    let group = first.map(|g| (g, run(dir, target, one_group)));
    Checks { all, group }
}

/// The first group feature of a generated `Cargo.toml`: a `name = []` line in `[features]` that
/// is not the provider's own feature or one of the crate's fixed ones.
fn first_group(manifest: &str) -> Option<String> {
    let default = manifest.lines().find(|l| l.starts_with("default = "))?;
    let module = default.split('"').nth(3)?.to_owned();
    manifest
        .lines()
        .skip_while(|l| *l != "[features]")
        .take_while(|l| !l.starts_with("[dependencies]"))
        .filter_map(|l| l.strip_suffix(" = []"))
        .find(|f| !["rustls", "native-tls", "tracing", module.as_str()].contains(f))
        .map(str::to_owned)
}

/// `cargo check` of the crate itself (its `src/lib.rs` touched first), timed.
fn run(dir: &Path, target: &Path, args: &[&str]) -> Result<Check, String> {
    let lib = dir.join("src/lib.rs");
    let touched = fs::File::options()
        .write(true)
        .open(&lib)
        .and_then(|f| f.set_modified(std::time::SystemTime::now()));
    touched.map_err(|e| format!("touch {}: {e}", lib.display()))?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let gnu_time = Path::new("/usr/bin/time").exists();
    let peak_file = dir.join("peak.txt");
    let mut command = if gnu_time {
        let mut c = Command::new("/usr/bin/time");
        c.arg("-f").arg("%M").arg("-o").arg(&peak_file).arg(&cargo);
        c
    } else {
        Command::new(&cargo)
    };
    command
        .args(["check", "--quiet"])
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        // As for any dependency: no incremental cache.
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS");
    let start = Instant::now();
    let output = command.output().map_err(|e| e.to_string())?;
    let time = start.elapsed();
    if !output.status.success() {
        let text = String::from_utf8_lossy(&output.stderr);
        return Err(text.lines().take(20).collect::<Vec<_>>().join("\n"));
    }
    let peak = fs::read_to_string(&peak_file)
        .ok()
        .and_then(|t| t.trim().lines().last()?.trim().parse::<u64>().ok())
        .map(|kib| kib * 1024);
    Ok(Check { time, peak })
}
