//! The Node.js packages of `tests/package.json` (Prism, and with it the JSON Schema sampler),
//! installed with `npm ci` in `tests/` when missing: used by the Prism contract tests
//! (`tests/prism/harness.rs`) and by `tests/upstream_webhooks.rs`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Instant;

/// The test crate's directory (`tests/`), where `package.json` and `node_modules/` live.
pub fn tests_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The name of an executable (`npm` is `npm.cmd` on Windows).
pub fn program(name: &str) -> String {
    if cfg!(windows) {
        format!("{name}.cmd")
    } else {
        name.to_owned()
    }
}

/// The `version` (or, with `dependency`, that dev-dependency's version) of a `package.json`.
fn package_version(path: &Path, dependency: Option<&str>) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let version = match dependency {
        Some(name) => json.get("devDependencies")?.get(name)?,
        None => json.get("version")?,
    };
    version.as_str().map(str::to_owned)
}

/// Runs `npm ci` in `tests/` when `node_modules/.bin/prism` is missing or is not the version
/// pinned in `tests/package.json`; once per test binary, the other threads wait for the first
/// one. Returns the path of the `prism` executable.
pub fn prism_executable() -> Result<PathBuf, String> {
    static INSTALLED: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    INSTALLED
        .get_or_init(|| {
            let node_modules = tests_dir().join("node_modules");
            let bin = node_modules.join(".bin").join(program("prism"));
            let pinned = package_version(
                &tests_dir().join("package.json"),
                Some("@stoplight/prism-cli"),
            );
            let installed = package_version(
                &node_modules.join("@stoplight/prism-cli/package.json"),
                None,
            );
            if bin.exists() && pinned.is_some() && installed == pinned {
                return Ok(bin);
            }
            eprintln!(
                "prism: {} is missing or is not version {} (found {}), running `npm ci` in {}",
                bin.display(),
                pinned.as_deref().unwrap_or("?"),
                installed.as_deref().unwrap_or("none"),
                tests_dir().display()
            );
            let started = Instant::now();
            // `--ignore-scripts`: Prism needs no install script (the only one in its tree is
            // a telemetry ping).
            let output = Command::new(program("npm"))
                .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
                .current_dir(tests_dir())
                .env("SCARF_ANALYTICS", "false")
                .stdin(Stdio::null())
                .output()
                .map_err(|e| {
                    format!(
                        "could not run `npm ci` in {}: {e}; the Prism contract tests need Node.js and npm",
                        tests_dir().display()
                    )
                })?;
            if !output.status.success() {
                return Err(format!(
                    "`npm ci` in {} failed ({}):\n{}\n{}",
                    tests_dir().display(),
                    output.status,
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            eprintln!("prism: `npm ci` took {:.1?}", started.elapsed());
            if bin.exists() {
                Ok(bin)
            } else {
                Err(format!("`npm ci` succeeded but {} is still missing", bin.display()))
            }
        })
        .clone()
}
