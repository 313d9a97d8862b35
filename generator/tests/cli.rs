//! The command line end to end: `generate`, `check`, `ir`, and what happens on bad input.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_generator"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run generator")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every file under `dir` with its bytes, sorted.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, base, out);
            } else {
                out.push((
                    p.strip_prefix(base).unwrap().to_path_buf(),
                    fs::read(&p).unwrap(),
                ));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

const GOOD: &str = r##"openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: string}
"##;

fn workspace_with(spec_name: &str, spec: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("specs")).unwrap();
    fs::write(dir.path().join("specs").join(spec_name), spec).unwrap();
    dir
}

#[test]
fn malformed_yaml_is_reported_with_file_and_line_and_nothing_is_written() {
    let dir = workspace_with("pets.yaml", "openapi: 3.0.3\ninfo: {title: x\npaths: [\n");
    fs::create_dir(dir.path().join("generated")).unwrap();
    fs::write(dir.path().join("generated/keep.txt"), "untouched").unwrap();
    let before = snapshot(&dir.path().join("generated"));
    let out = run(dir.path(), &["generate"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("specs/pets.yaml"), "{err}");
    assert!(err.contains("invalid YAML at line"), "{err}");
    assert_eq!(snapshot(&dir.path().join("generated")), before);
}

#[test]
fn dangling_ref_is_reported_with_its_pointer_and_nothing_is_written() {
    let spec = GOOD.replace(
        "#/components/schemas/Pet\"",
        "#/components/schemas/Missing\"",
    );
    let dir = workspace_with("pets.yaml", &spec);
    fs::create_dir(dir.path().join("generated")).unwrap();
    fs::write(dir.path().join("generated/keep.txt"), "untouched").unwrap();
    let before = snapshot(&dir.path().join("generated"));
    let out = run(dir.path(), &["generate"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("specs/pets.yaml"), "{err}");
    assert!(
        err.contains("/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema"),
        "{err}"
    );
    assert!(err.contains("#/components/schemas/Missing"), "{err}");
    assert!(
        err.contains("specs/pets.yaml:14:15:"),
        "line and column of the ref: {err}"
    );
    assert_eq!(snapshot(&dir.path().join("generated")), before);
}

#[test]
fn not_an_openapi_document_and_bad_bytes_fail_cleanly() {
    for (name, bytes) in [
        ("a.yaml", b"just: a map\n".to_vec()),
        ("b.json", b"{\"openapi\": \"3.0.3\",".to_vec()),
        ("c.yaml", vec![0xff, 0xfe, 0x00, 0x41]),
        ("d.yaml", Vec::new()),
    ] {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(name), &bytes).unwrap();
        let out = run(dir.path(), &["generate", "--spec", name, "--out", "out"]);
        assert!(!out.status.success(), "{name}");
        assert!(stderr(&out).contains(name), "{name}: {}", stderr(&out));
        assert!(!dir.path().join("out").exists(), "{name}");
    }
}

#[test]
fn check_names_stale_and_orphan_files_until_regenerated() {
    let dir = workspace_with("pets.yaml", GOOD);
    assert!(run(dir.path(), &["generate"]).status.success());
    assert!(run(dir.path(), &["check"]).status.success());

    // A spec change makes the generated files stale.
    fs::write(
        dir.path().join("specs/pets.yaml"),
        GOOD.replace(
            "operationId: getPet",
            "operationId: getPet\n      summary: Fetch a pet",
        ),
    )
    .unwrap();
    let out = run(dir.path(), &["check"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("stale: generated/src/pets/pets.rs"), "{err}");

    // An extra file under generated/ is an orphan.
    fs::write(dir.path().join("generated/src/extra.rs"), "").unwrap();
    let err = stderr(&run(dir.path(), &["check"]));
    assert!(err.contains("orphan: generated/src/extra.rs"), "{err}");

    assert!(run(dir.path(), &["generate"]).status.success());
    assert!(run(dir.path(), &["check"]).status.success());
    assert!(!dir.path().join("generated/src/extra.rs").exists());
}

#[test]
fn output_is_byte_identical_across_runs() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    for dir in [&first, &second] {
        let out = bin()
            .current_dir(root())
            .args(["generate", "--out"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let a = snapshot(first.path());
    assert!(a.len() > 10);
    assert_eq!(a, snapshot(second.path()));
}

#[test]
fn committed_generated_crate_is_fresh() {
    let out = run(&root(), &["check"]);
    assert!(
        out.status.success(),
        "generated/ is stale; run `cargo run -p generator -- generate`:\n{}",
        stderr(&out)
    );
}

#[test]
fn every_generated_file_starts_with_a_header_naming_its_spec() {
    for (path, bytes) in snapshot(&root().join("generated")) {
        let text = String::from_utf8(bytes).unwrap();
        let first = text.lines().take(2).collect::<Vec<_>>().join("\n");
        assert!(
            first.contains("Generated from"),
            "{}: {first}",
            path.display()
        );
        assert!(first.contains("specs/"), "{}: {first}", path.display());
        assert!(first.contains("Do not edit"), "{}: {first}", path.display());
    }
}

#[test]
fn ir_prints_the_intermediate_model() {
    let dir = workspace_with("pets.yaml", GOOD);
    let out = run(dir.path(), &["ir", "specs/pets.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ir: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let op = &ir["groups"][0]["operations"][0];
    assert_eq!(op["rust_name"], "get_pet");
    assert_eq!(op["method"], "GET");
    assert_eq!(op["path"], "/pets/{id}");
    assert_eq!(op["params"][0]["location"], "path");
}

#[test]
fn standalone_crate_from_one_spec() {
    let dir = workspace_with("pets.yaml", GOOD);
    let out = run(
        dir.path(),
        &[
            "generate",
            "--spec",
            "specs/pets.yaml",
            "--out",
            "pets-client",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let cargo = fs::read_to_string(dir.path().join("pets-client/Cargo.toml")).unwrap();
    assert!(cargo.contains("name = \"pets-client\""));
    assert!(cargo.contains("[workspace]"));
    assert!(dir.path().join("pets-client/src/pets/mod.rs").exists());
}
