//! OpenAPI Overlay 1.0.0: update merges, removes, order, and diagnostics in the overlay file.

use std::fs;
use std::path::Path;
use std::process::Command;

use generator::diag::{Diagnostic, Diagnostics, Severity};
use generator::overlay;
use serde_json::{json, Value};

fn apply(doc: &mut Value, overlay_text: &str) -> Vec<Diagnostic> {
    let mut diags = Diagnostics::new("o.yaml");
    overlay::apply_all(
        doc,
        &[("o.yaml".to_owned(), overlay_text.as_bytes().to_vec())],
        &mut diags,
    );
    diags.into_vec()
}

fn doc() -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets": {"get": {
                "summary": "List",
                "tags": ["pets"],
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "sort", "in": "query", "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "ok"}}
            }},
            "/stores": {"get": {"tags": ["stores"], "responses": {"204": {"description": "none"}}}}
        }
    })
}

#[test]
fn update_merges_objects_appends_arrays_and_replaces_scalars() {
    let mut d = doc();
    let diags = apply(
        &mut d,
        r#"overlay: 1.0.0
info: {title: t, version: "1"}
actions:
  - target: $.paths['/pets'].get
    update:
      summary: List pets
      tags: [animals]
      responses: {"404": {description: missing}}
      x-rust-name: list
  - target: $.paths['/pets'].get.parameters
    update: {name: cursor, in: query, schema: {type: string}}
  - target: $.info
    update: {title: Pets API}
"#,
    );
    assert!(diags.is_empty(), "{diags:?}");
    let get = &d["paths"]["/pets"]["get"];
    assert_eq!(get["summary"], "List pets");
    assert_eq!(get["tags"], json!(["pets", "animals"]));
    assert_eq!(
        get["responses"],
        json!({"200": {"description": "ok"}, "404": {"description": "missing"}})
    );
    assert_eq!(get["x-rust-name"], "list");
    let names: Vec<&str> = get["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["page", "limit", "sort", "cursor"]);
    assert_eq!(d["info"], json!({"title": "Pets API", "version": "1"}));
}

#[test]
fn remove_takes_out_every_match_and_keeps_order() {
    let mut d = doc();
    let diags = apply(
        &mut d,
        r#"{"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": [
  {"target": "$.paths['/pets'].get.parameters[?@.name != 'limit']", "remove": true},
  {"target": "$.paths['/stores']", "remove": true},
  {"target": "$..tags", "remove": true}
]}"#,
    );
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        d["paths"]["/pets"]["get"]["parameters"],
        json!([{"name": "limit", "in": "query", "schema": {"type": "integer"}}])
    );
    assert_eq!(
        d["paths"].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["/pets"]
    );
    let get_keys: Vec<&String> = d["paths"]["/pets"]["get"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(get_keys, ["summary", "parameters", "responses"]);
}

#[test]
fn actions_and_overlays_apply_in_order() {
    let mut d = doc();
    let first = r#"overlay: 1.0.0
info: {title: one, version: "1"}
actions:
  - target: $.paths['/pets'].get
    update: {summary: first}
  - target: $.paths['/pets'].get.summary
    remove: true
  - target: $.paths['/pets'].get
    update: {summary: second}
"#;
    let second = r#"overlay: 1.0.0
info: {title: two, version: "1"}
actions:
  - target: $.paths['/pets'].get
    update: {summary: third, description: from the second overlay}
"#;
    let mut diags = Diagnostics::new("doc.yaml");
    overlay::apply_all(
        &mut d,
        &[
            ("one.yaml".to_owned(), first.as_bytes().to_vec()),
            ("two.yaml".to_owned(), second.as_bytes().to_vec()),
        ],
        &mut diags,
    );
    assert!(diags.into_vec().is_empty());
    assert_eq!(d["paths"]["/pets"]["get"]["summary"], "third");
    // summary was removed and added again: it now comes after the keys that stayed.
    let keys: Vec<&String> = d["paths"]["/pets"]["get"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(
        keys,
        ["tags", "parameters", "responses", "summary", "description"]
    );
}

#[test]
fn a_target_matching_nothing_is_a_warning_naming_the_action() {
    let mut d = doc();
    let before = d.clone();
    let diags = apply(
        &mut d,
        "overlay: 1.0.0\ninfo: {title: t, version: \"1\"}\nactions:\n  - target: $.info\n    update: {}\n  - target: $.paths['/nope'].get\n    description: rename nope\n    update: {summary: x}\n",
    );
    assert_eq!(d, before);
    assert_eq!(diags.len(), 1, "{diags:?}");
    let w = &diags[0];
    assert_eq!(w.severity, Severity::Warning);
    assert_eq!(w.file, "o.yaml");
    assert_eq!((w.line, w.column), (Some(6), Some(5)), "{w}");
    assert!(w.message.contains("action 1 (\"rename nope\")"), "{w}");
    assert!(w.message.contains("matches nothing"), "{w}");
}

#[test]
fn malformed_overlays_are_errors_located_in_the_overlay_and_change_nothing() {
    let header = "overlay: 1.0.0\ninfo: {title: t, version: \"1\"}\n";
    for (text, at, what) in [
        (
            "info: {title: t, version: \"1\"}\nactions: []\n".to_owned(),
            (1, 1),
            "`overlay: 1.0.0` is missing",
        ),
        (
            format!("{header}actions:\n  target: $.info\n"),
            (3, 1),
            "`actions` must be a list",
        ),
        (
            format!("{header}actions:\n  - target: $.info\n    update: {{title: x}}\n  - target: $.paths[?@.x ==]\n    remove: true\n"),
            (6, 5),
            "invalid JSONPath",
        ),
        (
            format!("{header}actions:\n  - target: $.info\n    update: {{title: x}}\n    remove: true\n"),
            (5, 5),
            "cannot be used together",
        ),
        (
            format!("{header}actions:\n  - target: $.info\n"),
            (4, 5),
            "needs `update` or `remove: true`",
        ),
    ] {
        let mut d = doc();
        let before = d.clone();
        let diags = apply(&mut d, &text);
        assert_eq!(d, before, "{text}");
        let errors: Vec<&Diagnostic> = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert_eq!(errors.len(), 1, "{text}: {diags:?}");
        let e = errors[0];
        assert_eq!(e.file, "o.yaml");
        assert_eq!((e.line, e.column), (Some(at.0), Some(at.1)), "{text}: {e}");
        assert!(e.message.contains(what), "{text}: {e}");
    }
}

#[test]
fn a_bad_overlay_fails_generate_with_file_line_column_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let specs = dir.path().join("specs");
    fs::create_dir(&specs).unwrap();
    fs::write(
        specs.join("pets.openapi.json"),
        serde_json::to_string_pretty(&doc()).unwrap(),
    )
    .unwrap();
    fs::write(
        specs.join("pets.toml"),
        "document = \"pets.openapi.json\"\noverlays = [\"fix.yaml\"]\n",
    )
    .unwrap();
    fs::write(
        specs.join("fix.yaml"),
        "overlay: 1.0.0\ninfo: {title: t, version: \"1\"}\nactions:\n  - target: \"$.paths[\"\n    remove: true\n",
    )
    .unwrap();
    let generated = dir.path().join("generated");
    fs::create_dir(&generated).unwrap();
    fs::write(generated.join("keep.txt"), "untouched").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_generator"))
        .current_dir(dir.path())
        .arg("generate")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("error: specs/fix.yaml:4:5: at /actions/0/target: action 0: invalid JSONPath"),
        "{err}"
    );
    assert!(err.contains("nothing written"), "{err}");
    let left: Vec<_> = fs::read_dir(&generated).unwrap().flatten().collect();
    assert_eq!(left.len(), 1);
    assert_eq!(
        fs::read_to_string(Path::new(&generated).join("keep.txt")).unwrap(),
        "untouched"
    );

    // Fixed, the same configuration generates.
    fs::write(
        specs.join("fix.yaml"),
        "overlay: 1.0.0\ninfo: {title: t, version: \"1\"}\nactions:\n  - target: \"$.paths['/stores']\"\n    remove: true\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_generator"))
        .current_dir(dir.path())
        .arg("generate")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(generated.join("src/pets/pets.rs").exists());
    assert!(!generated.join("src/pets/stores.rs").exists());
}
