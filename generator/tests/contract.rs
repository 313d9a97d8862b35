//! `generate --contract-tests`: `tests/contract.rs` with one test per operation and a negative
//! control, byte-identical across runs; `contract` without a document fails cleanly.

use std::path::Path;
use std::process::Command;

fn generator() -> Command {
    Command::new(env!("CARGO_BIN_EXE_generator"))
}

fn workspace() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn generate(spec: &Path, out: &Path) -> String {
    let status = generator()
        .args(["generate", "--spec"])
        .arg(spec)
        .arg("--out")
        .arg(out)
        .arg("--contract-tests")
        .output()
        .expect("running the generator");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    std::fs::read_to_string(out.join("tests/contract.rs")).expect("tests/contract.rs written")
}

#[test]
fn one_test_per_operation_and_a_control_deterministically() {
    let spec = workspace().join("specs/attio.yaml");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let first = generate(&spec, &dir.path().join("a"));
    let second = generate(&spec, &dir.path().join("b"));
    assert_eq!(first, second, "the contract tests differ between two runs");
    // specs/attio.yaml has 5 operations; every test and the control is a tokio test.
    assert_eq!(first.matches("#[tokio::test]").count(), 6, "{first}");
    assert!(first.contains("async fn attio_negative_control()"));
    assert!(first.contains("fn client_attio("));
    // Error statuses are asked for by `Prefer: code=N` and checked against their variant.
    assert!(first.contains("documented("));
    let readme = std::fs::read_to_string(dir.path().join("a/README.md")).expect("README");
    assert!(readme.contains("CONTRACT_BASE_URL"));
}

#[test]
fn without_the_flag_no_contract_tests() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let out = dir.path().join("c");
    let status = generator()
        .args(["generate", "--spec"])
        .arg(workspace().join("specs/attio.yaml"))
        .arg("--out")
        .arg(&out)
        .status()
        .expect("running the generator");
    assert!(status.success());
    assert!(!out.join("tests/contract.rs").exists());
}

#[test]
fn contract_on_a_missing_document_fails_cleanly() {
    let output = generator()
        .args(["contract", "--spec", "does/not/exist.yaml"])
        .output()
        .expect("running the generator");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
