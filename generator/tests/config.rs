//! Provider configurations (`specs/<name>.toml`): the document, overlays, selection and
//! per-operation switches reach the pipeline; a directory without configuration is read as before.

use std::fs;
use std::path::Path;
use std::process::Command;

use generator::diag::{Diagnostics, Severity};
use generator::{config, CrateOptions, Spec};

const PETS: &str = r##"openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      tags: [pets]
      operationId: pets:listPets
      summary: List pets
      parameters:
        - {name: page, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {type: array, items: {$ref: "#/components/schemas/Pet"}}
                  max_page: {type: integer}
      x-pagination: {style: page, items: items, page: page, total_pages: max_page}
  /pets/{id}:
    get:
      tags: [pets]
      operationId: getPet
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
  /stores:
    get:
      tags: [stores]
      operationId: listStores
      responses:
        "204": {description: none}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: string}
"##;

const OVERLAY: &str = r#"overlay: 1.0.0
info: {title: Pets tweaks, version: "1"}
actions:
  - target: $.paths['/pets/{id}'].get
    description: a summary the document lacks
    update:
      summary: Fetch one pet
  - target: $.components.schemas.Pet.properties
    update:
      name: {type: string}
"#;

fn write(dir: &Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).unwrap();
}

fn options() -> CrateOptions {
    CrateOptions {
        name: "pets-client".into(),
        version: "0.1.0".into(),
        standalone: true,
    }
}

#[test]
fn a_configuration_generates_what_the_edited_document_would() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "pets.openapi.yaml", PETS);
    write(dir.path(), "pets.overlay.yaml", OVERLAY);
    write(
        dir.path(),
        "shop.toml",
        r#"module = "pets"
document = "pets.openapi.yaml"
overlays = ["pets.overlay.yaml"]
[select]
tags = ["pets"]
[operations.list_pets]
name = "list"
group = "animals"
"#,
    );
    let spec = config::read(&dir.path().join("shop.toml")).unwrap();
    assert_eq!(spec.module, "pets");
    let generated = generator::generate(std::slice::from_ref(&spec), &options());
    assert!(
        !generated
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error),
        "{:?}",
        generated.diagnostics
    );

    // The same edits made by hand in the document, and the stores operation removed.
    let edited = PETS
        .replace(
            "      operationId: getPet\n",
            "      operationId: getPet\n      summary: Fetch one pet\n",
        )
        .replace(
            "      operationId: pets:listPets\n",
            "      operationId: pets:listPets\n      x-rust-name: list\n      x-rust-group: animals\n",
        )
        .replace(
            "        id: {type: string}\n",
            "        id: {type: string}\n        name: {type: string}\n",
        );
    let cut = edited.find("  /stores:").unwrap();
    let end = edited.find("components:").unwrap();
    let edited = format!("{}{}", &edited[..cut], &edited[end..]);
    let by_hand = Spec {
        label: spec.label.clone(),
        module: "pets".into(),
        bytes: edited.into_bytes(),
        ..Spec::default()
    };
    let expected = generator::generate(&[by_hand], &options());
    assert!(!expected.files.is_empty(), "{:?}", expected.diagnostics);
    assert_eq!(
        generated.files.keys().collect::<Vec<_>>(),
        expected.files.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &expected.files {
        assert!(
            generated.files[path] == *bytes,
            "{} differs",
            path.display()
        );
    }
}

#[test]
fn per_operation_switches_land_in_the_ir() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "pets.yaml", PETS);
    write(
        dir.path(),
        "pets.toml",
        r#"document = "pets.yaml"
[operations."pets:listPets"]
name = "all_pets"
group = "animals"
pagination = false
[operations.get_pet]
group = "animals"
[operations.no_such_operation]
name = "x"
"#,
    );
    let spec = config::read(&dir.path().join("pets.toml")).unwrap();
    let mut diags = Diagnostics::new(&spec.label);
    let api = generator::api(&spec, &mut diags).expect("loads");
    let groups: Vec<(String, Vec<String>)> = api
        .groups
        .iter()
        .map(|g| {
            (
                g.rust_name.clone(),
                g.operations.iter().map(|o| o.rust_name.clone()).collect(),
            )
        })
        .collect();
    assert_eq!(
        groups,
        [
            (
                "animals".to_owned(),
                vec!["all_pets".to_owned(), "get_pet".to_owned()]
            ),
            ("stores".to_owned(), vec!["list_stores".to_owned()]),
        ]
    );
    let list = &api.groups[0].operations[0];
    assert!(list.pagination.is_none(), "pagination = false");
    let diags = diags.into_vec();
    let unused: Vec<_> = diags
        .iter()
        .filter(|d| d.message.contains("no_such_operation"))
        .collect();
    assert_eq!(unused.len(), 1, "{diags:?}");
    assert_eq!(unused[0].severity, Severity::Warning);
    assert!(unused[0].file.ends_with("pets.toml"), "{:?}", unused[0]);

    // Without the switch, the document's own pagination is there.
    let plain = config::read_document(&dir.path().join("pets.yaml")).unwrap();
    let api = generator::api(&plain, &mut Diagnostics::new("pets.yaml")).unwrap();
    assert!(api.groups[0].operations[0].pagination.is_some());
}

#[test]
fn unknown_keys_and_syntax_errors_name_the_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "pets.yaml", PETS);
    let path = dir.path().join("pets.toml");
    for (text, line_col, what) in [
        (
            "document = \"pets.yaml\"\nurls = \"x\"\n",
            ":2:1:",
            "`urls`",
        ),
        (
            "document = \"pets.yaml\"\n[select]\ntag = [\"pets\"]\n",
            ":3:1:",
            "`tag`",
        ),
        (
            "document = \"pets.yaml\"\n[operations.getPet]\npaginate = false\n",
            ":3:1:",
            "`paginate`",
        ),
        ("document = \"pets.yaml\"\nurl = \n", ":2:", "string"),
        ("url = \"https://x\"\n", "", "`document`"),
    ] {
        fs::write(&path, text).unwrap();
        let err = config::read(&path).unwrap_err();
        let file = format!("{}{line_col}", path.display());
        assert!(err.contains(&file), "{text:?}: {err}");
        assert!(err.contains(what), "{text:?}: {err}");
    }
}

#[test]
fn a_directory_scan_takes_configurations_and_the_documents_they_do_not_name() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "pets.openapi.yaml", PETS);
    write(dir.path(), "pets.overlay.yaml", OVERLAY);
    write(dir.path(), "other.yaml", PETS);
    write(
        dir.path(),
        "pets.toml",
        "document = \"pets.openapi.yaml\"\noverlays = [\"pets.overlay.yaml\"]\n",
    );
    let specs = config::read_dir(dir.path()).unwrap();
    let summary: Vec<(String, String, usize)> = specs
        .iter()
        .map(|s| (s.module.clone(), file_name(&s.label), s.overlays.len()))
        .collect();
    assert_eq!(
        summary,
        [
            ("other".to_owned(), "other.yaml".to_owned(), 0),
            ("pets".to_owned(), "pets.openapi.yaml".to_owned(), 1),
        ]
    );

    // Without configuration: every document, exactly as reading each one alone.
    fs::remove_file(dir.path().join("pets.toml")).unwrap();
    let specs = config::read_dir(dir.path()).unwrap();
    let names: Vec<String> = specs.iter().map(|s| file_name(&s.label)).collect();
    assert_eq!(
        names,
        ["other.yaml", "pets.openapi.yaml", "pets.overlay.yaml"]
    );
    for spec in &specs {
        let alone = config::read_document(Path::new(&spec.label)).unwrap();
        assert_eq!(
            (&spec.module, &spec.bytes, spec.overlays.len()),
            (&alone.module, &alone.bytes, 0)
        );
        assert!(spec.selection.is_empty() && spec.operations.entries.is_empty());
    }
}

fn file_name(label: &str) -> String {
    Path::new(label)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn the_cli_reads_configurations_in_ir_and_changes() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "pets.yaml", PETS);
    write(
        dir.path(),
        "new.yaml",
        &PETS.replace(
            "        id: {type: string}\n",
            "        id: {type: integer}\n",
        ),
    );
    write(dir.path(), "pets.overlay.yaml", OVERLAY);
    write(
        dir.path(),
        "pets.toml",
        "document = \"pets.yaml\"\noverlays = [\"pets.overlay.yaml\"]\n[select]\ntags = [\"pets\"]\n[operations.getPet]\nname = \"fetch\"\n",
    );
    let bin = env!("CARGO_BIN_EXE_generator");
    let out = Command::new(bin)
        .current_dir(dir.path())
        .args(["ir", "pets.toml"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ir: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = ir["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["operations"].as_array().unwrap())
        .map(|o| o["rust_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["list_pets", "fetch"]);

    let out = Command::new(bin)
        .current_dir(dir.path())
        .args([
            "changes",
            "pets.yaml",
            "new.yaml",
            "--config",
            "pets.toml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8_lossy(&out.stdout);
    // The renamed method is what both versions are compared under, and the stores group is
    // out of the selection in both.
    assert!(report.contains("fetch"), "{report}");
    assert!(!report.contains("stores"), "{report}");
    assert!(report.contains("breaking"), "{report}");
}
