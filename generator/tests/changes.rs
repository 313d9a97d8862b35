//! `generator changes OLD NEW`: each kind of change, found in a pair of small specs
//! (`tests/fixtures/changes/base.yaml` and a variant with one change, compared both ways) with
//! its breaking flag; the Markdown report; exit statuses; `git:REV:path` sources; the real
//! Codat documents when they are there. Also what `generate` and `check` print about changes.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_generator"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run generator")
}

fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/changes/{name}.yaml")
}

/// The changes from `old` to `new` as (kind, breaking, location), from the JSON output.
fn changes(old: &str, new: &str) -> Vec<(String, bool, String)> {
    let out = run(&["changes", "--format", "json", &fixture(old), &fixture(new)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    json.as_array()
        .expect("a list of changes")
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().expect("kind").to_owned(),
                c["breaking"].as_bool().expect("breaking"),
                c["location"].as_str().expect("location").to_owned(),
            )
        })
        .collect()
}

type Expected<'a> = &'a [(&'a str, bool, &'a str)];

/// Base → variant gives `forward`; variant → base gives `backward` (both exactly, any order).
fn check_pair(variant: &str, forward: Expected<'_>, backward: Expected<'_>) {
    for (old, new, expected) in [("base", variant, forward), (variant, "base", backward)] {
        let mut got = changes(old, new);
        let mut want: Vec<(String, bool, String)> = expected
            .iter()
            .map(|(k, b, l)| ((*k).to_owned(), *b, (*l).to_owned()))
            .collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{old} → {new}");
    }
}

#[test]
fn identical_documents_have_no_changes() {
    assert!(changes("base", "base").is_empty());
}

#[test]
fn operation_removed_and_added() {
    check_pair(
        "operation_removed",
        &[("operation_removed", true, "DELETE /endpoints/{id}")],
        &[("operation_added", false, "DELETE /endpoints/{id}")],
    );
}

#[test]
fn operation_deprecated() {
    check_pair(
        "operation_deprecated",
        &[("operation_deprecated", false, "GET /endpoints/{id}")],
        &[("operation_undeprecated", false, "GET /endpoints/{id}")],
    );
}

#[test]
fn optional_param_added_and_removed() {
    let at = "GET /endpoints query param cursor";
    check_pair(
        "param_added_optional",
        &[("param_added", false, at)],
        &[("param_removed", true, at)],
    );
}

#[test]
fn required_param_added_and_removed() {
    let at = "GET /endpoints query param since";
    check_pair(
        "param_added_required",
        &[("param_added", true, at)],
        &[("param_removed", true, at)],
    );
}

#[test]
fn param_made_required_and_optional() {
    let at = "GET /endpoints query param limit";
    check_pair(
        "param_required",
        &[("param_required", true, at)],
        // A required argument turning into a builder setter breaks calls passing it.
        &[("param_optional", true, at)],
    );
}

#[test]
fn param_retyped() {
    let at = "GET /endpoints query param limit";
    check_pair(
        "param_retyped",
        &[("param_retyped", true, at)],
        &[("param_retyped", true, at)],
    );
}

#[test]
fn optional_field_added_to_a_response_type() {
    check_pair(
        "field_added_optional",
        &[("field_added", false, "Endpoint.secret")],
        &[("field_removed", true, "Endpoint.secret")],
    );
}

#[test]
fn required_field_added_to_a_request_type() {
    check_pair(
        "field_added_required",
        &[("field_added", true, "EndpointCreate.secret")],
        &[("field_removed", true, "EndpointCreate.secret")],
    );
}

#[test]
fn field_removed() {
    check_pair(
        "field_removed",
        &[("field_removed", true, "Endpoint.description")],
        &[("field_added", false, "Endpoint.description")],
    );
}

#[test]
fn field_retyped() {
    check_pair(
        "field_retyped",
        &[("field_retyped", true, "Endpoint.url")],
        &[("field_retyped", true, "Endpoint.url")],
    );
}

#[test]
fn response_field_made_nullable() {
    // `url: String` becomes `url: Option<String>`: callers read it as a plain value.
    check_pair(
        "field_nullable",
        &[("field_nullable", true, "Endpoint.url")],
        &[("field_non_nullable", true, "Endpoint.url")],
    );
}

#[test]
fn request_field_made_required_and_optional() {
    check_pair(
        "field_required",
        &[("field_required", true, "EndpointCreate.description")],
        &[("field_optional", true, "EndpointCreate.description")],
    );
}

#[test]
fn inline_response_field_is_named_from_its_operation() {
    let at = "GET /endpoints response .next";
    check_pair(
        "inline_field_nullable",
        &[("field_nullable", true, at)],
        &[("field_non_nullable", true, at)],
    );
}

#[test]
fn request_body_made_optional_and_required() {
    // The body argument becomes a builder setter, or back: either way calls change.
    let at = "POST /endpoints request body";
    check_pair(
        "body_optional",
        &[("body_optional", true, at)],
        &[("body_required", true, at)],
    );
}

#[test]
fn enum_value_removed_and_added() {
    check_pair(
        "enum_value_removed",
        &[("enum_value_removed", true, "EventType")],
        &[("enum_value_added", false, "EventType")],
    );
}

#[test]
fn error_status_added_and_removed() {
    // A new error status is breaking by our rule (see the report's legend).
    let at = "GET /endpoints/{id} 429 response";
    check_pair(
        "error_status_added",
        &[("error_status_added", true, at)],
        &[("error_status_removed", true, at)],
    );
}

#[test]
fn security_changed() {
    check_pair(
        "security_changed",
        &[
            ("security_scheme_changed", true, "security scheme bearer"),
            // Dropping a requirement accepts every caller that was accepted.
            (
                "operation_security_changed",
                false,
                "GET /endpoints/{id} security",
            ),
        ],
        &[
            ("security_scheme_changed", true, "security scheme bearer"),
            (
                "operation_security_changed",
                true,
                "GET /endpoints/{id} security",
            ),
        ],
    );
}

#[test]
fn server_changed() {
    check_pair(
        "server_changed",
        &[("default_server_changed", true, "servers")],
        &[("default_server_changed", true, "servers")],
    );
    check_pair(
        "server_added",
        &[("server_added", false, "servers")],
        &[("server_removed", true, "servers")],
    );
}

#[test]
fn json_changes_name_kind_breaking_location_detail_and_operations() {
    let out = run(&[
        "changes",
        "--format",
        "json",
        &fixture("base"),
        &fixture("param_required"),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let change = &json[0];
    assert_eq!(change["kind"], "param_required");
    assert_eq!(change["breaking"], true);
    assert_eq!(change["location"], "GET /endpoints query param limit");
    assert_eq!(
        change["detail"],
        "optional setter `.limit()` → required argument `limit`"
    );
    assert_eq!(change["operations"][0]["operation"], "GET /endpoints");
    assert_eq!(
        change["operations"][0]["rust"],
        "client.webhooks().list_endpoints()"
    );
}

const MARKDOWN: &str = "\
## API changes: Hooks

`tests/fixtures/changes/base.yaml` (1.0) → `tests/fixtures/changes/combined.yaml` (1.0)

**1 breaking**, 2 non-breaking changes.

### Breaking changes (1)

#### Operations removed (1)

- `DELETE /endpoints/{id}` (`client.webhooks().delete_endpoint()`): removed (operationId `deleteEndpoint`)

### Non-breaking changes (2)

#### Fields added (1)

- `Endpoint.secret`: new optional field `secret: Option<String>`; used by `GET /endpoints` (`client.webhooks().list_endpoints()`), `GET /endpoints/{id}` (`client.webhooks().get_endpoint()`), `POST /endpoints` (`client.webhooks().create_endpoint()`)

#### Enum values added (1)

- `Status`: new value `paused` (variant `Paused`); used by `GET /endpoints` (`client.webhooks().list_endpoints()`), `GET /endpoints/{id}` (`client.webhooks().get_endpoint()`), `POST /endpoints` (`client.webhooks().create_endpoint()`)

<details><summary>What counts as breaking</summary>
";

#[test]
fn markdown_report() {
    let out = run(&["changes", &fixture("base"), &fixture("combined")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    let (head, legend) = report
        .split_once("<details>")
        .expect("a legend after the changes");
    assert_eq!(
        format!(
            "{head}<details>{}",
            &legend[..legend.find('\n').unwrap() + 1]
        ),
        MARKDOWN
    );
    // The legend gives the rule of each kind present, and always our choice on error statuses.
    assert!(
        legend.contains("- **Operations removed**: breaking"),
        "{legend}"
    );
    assert!(
        legend.contains("- **Enum values added**: non-breaking"),
        "{legend}"
    );
    assert!(
        legend.contains("- **Error statuses added**: **breaking (our choice)**"),
        "{legend}"
    );
    assert!(legend.trim_end().ends_with("</details>"), "{legend}");
}

#[test]
fn markdown_without_changes() {
    let out = run(&["changes", &fixture("base"), &fixture("base")]);
    assert!(
        text(&out.stdout).ends_with("No changes.\n"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn exit_status_with_fail_on_breaking() {
    let status = |new: &str, flag: bool| {
        let (base, new) = (fixture("base"), fixture(new));
        let mut args = vec!["changes", base.as_str(), new.as_str()];
        if flag {
            args.push("--fail-on-breaking");
        }
        run(&args).status.code()
    };
    assert_eq!(status("operation_removed", false), Some(0));
    assert_eq!(status("operation_removed", true), Some(1));
    assert_eq!(status("field_added_optional", true), Some(0));
    assert_eq!(status("base", true), Some(0));
}

#[test]
fn bad_input_exits_2_with_diagnostics() {
    let out = run(&[
        "changes",
        &fixture("base"),
        "tests/fixtures/changes/missing.yaml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("missing.yaml: cannot read"),
        "{}",
        text(&out.stderr)
    );

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    fs::write(&bad, "openapi: 3.0.3\ninfo: [\n").unwrap();
    let out = run(&["changes", &fixture("base"), bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("bad.yaml") && err.contains("invalid YAML"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let out = run(&["changes", "git:HEAD", &fixture("base")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("expected `git:REV:path`"),
        "{}",
        text(&out.stderr)
    );
}

fn in_git_checkout() -> bool {
    Command::new("git")
        .current_dir(root())
        .args(["rev-parse", "HEAD"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn git_revisions_as_sources() {
    if !in_git_checkout() {
        eprintln!("skipped: not in a git checkout");
        return;
    }
    let out = run(&[
        "changes",
        "git:HEAD:specs/polar.yaml",
        "git:HEAD:specs/polar.yaml",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("`git:HEAD:specs/polar.yaml`"), "{report}");
    assert!(report.ends_with("No changes.\n"), "{report}");

    let out = run(&[
        "changes",
        "git:no-such-revision:specs/polar.yaml",
        "specs/polar.yaml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("git show failed"),
        "{}",
        text(&out.stderr)
    );
}

/// The two real Codat documents: the later one dropped the three `/rules` operations.
#[test]
fn codat_rules_removal() {
    let upstream = root().join("../shared/upstream/codat");
    let old = upstream.join("2025-01-20-before-rules-removal/Codat-Platform.json");
    let new = upstream.join("Codat-Platform.json");
    if !old.exists() || !new.exists() {
        eprintln!("skipped: {} not found", upstream.display());
        return;
    }
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let out = run(&["changes", "--format", "json", old, new]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let removed: Vec<(String, bool, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "operation_removed")
        .map(|c| {
            (
                c["location"].as_str().unwrap().to_owned(),
                c["breaking"].as_bool().unwrap(),
                c["detail"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let want = [
        ("GET /rules", "list-rules"),
        ("GET /rules/{ruleId}", "get-webhook"),
        ("POST /rules", "create-rule"),
    ];
    assert_eq!(removed.len(), want.len(), "{removed:?}");
    for ((location, breaking, detail), (at, id)) in removed.iter().zip(want) {
        assert_eq!(location, at);
        assert!(breaking);
        assert!(detail.contains(id), "{detail}");
    }
    let markdown = text(&run(&["changes", old, new]).stdout);
    assert!(
        markdown.contains("#### Operations removed (3)"),
        "{markdown}"
    );
    assert!(
        markdown.contains("`client.webhooks().list_rules()`"),
        "{markdown}"
    );
    assert!(markdown.contains("#### Operations added (6)"), "{markdown}");
    // The legacy webhook types went with them; types no operation uses are compared too.
    assert!(
        markdown.contains("- `Webhook`: struct removed"),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "- `ReadCompletedWebhookPayload.dataTypes[].issues`: new optional field \
             `issues: Option<Vec<Issue>>`; not used by any operation"
        ),
        "{markdown}"
    );
    assert_eq!(
        run(&["changes", "--fail-on-breaking", old, new])
            .status
            .code(),
        Some(1)
    );
}

// ---------------------------------------------------------------------------------------------
// What `generate` and `check` print about changed files

const PETS: &str = r##"openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      tags: [pets]
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

#[test]
fn generate_summarises_each_module_and_check_shows_a_short_diff() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("specs")).unwrap();
    fs::write(dir.path().join("specs/pets.yaml"), PETS).unwrap();

    let out = run_in(dir.path(), &["generate"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("  pets (src/pets/): "), "{stdout}");
    assert!(stdout.contains(" added, 0 changed, 0 removed"), "{stdout}");

    // Every line of the module's client file edited: a diff far longer than what is shown.
    let client = dir.path().join("generated/src/pets/mod.rs");
    let original = fs::read_to_string(&client).unwrap();
    assert!(original.lines().count() > 40);
    let edited: String = original
        .lines()
        .map(|l| format!("{l} // edited\n"))
        .collect();
    fs::write(&client, edited).unwrap();

    let out = run_in(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("stale: generated/src/pets/mod.rs"), "{err}");
    assert!(
        err.contains("(on disk)") && err.contains("(generated)"),
        "{err}"
    );
    assert!(err.contains("@@ "), "{err}");
    let diff_lines = err
        .lines()
        .skip_while(|l| !l.starts_with("stale:"))
        .skip(1)
        .take_while(|l| !l.starts_with("... ("))
        .count();
    assert_eq!(diff_lines, 40, "{err}");
    assert!(err.contains("more diff lines)"), "{err}");

    let out = run_in(dir.path(), &["generate"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("  pets (src/pets/): 0 added, 1 changed, 0 removed"),
        "{stdout}"
    );
    let out = run_in(dir.path(), &["generate"]);
    assert!(
        text(&out.stdout).contains("  pets (src/pets/): unchanged"),
        "{}",
        text(&out.stdout)
    );
}
