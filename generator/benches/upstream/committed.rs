//! `cargo check` of the committed crate (`generated/`, all five providers) in a copy of it: the
//! re-check of the crate itself after touching `src/lib.rs`, median of the runs.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime};

use super::{median, millis};

/// Times the incremental `cargo check` of the generated crate in a copy of it.
pub fn check_generated(manifest: &Path, runs: usize) {
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
