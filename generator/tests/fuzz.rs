//! Hostile input: property tests that feed `generator::generate` broken, twisted and
//! adversarial documents and check that it always answers.
//!
//! Inputs are our own specs (`specs/*.yaml`, read at test time and cut down to one operation
//! and the components it reaches, half of the time without documentation text, so that a case
//! costs milliseconds), small inline fixtures (OpenAPI 3.0, 3.1 and Swagger 2.0, often cut to
//! one operation too) and raw bytes. Documents are parsed (serde_yaml → `serde_json::Value`),
//! mutated structurally (see [`Mutation`]) and written back as JSON or YAML.
//!
//! For every case:
//! - `generate` returns: a panic (caught with `catch_unwind`) fails the case, and proptest
//!   shrinks it and prints the smallest input found (the document itself is in the message);
//! - it takes less than [`CASE_BOUND`] (measured; failing cases are shrunk too); a call still
//!   running after [`HANG_BOUND`] is a hang: the input is printed (not shrunk) and the process
//!   exits at once, since shrinking a hang would pile up spinning threads;
//! - either files come out and there is no error, or there are no files and at least one error
//!   diagnostic; every diagnostic names the input file;
//! - every output path is relative, with only normal components (no `..`, no root, no prefix);
//!   for a subset of cases the files are written with `write::plan` + `write::apply` into a
//!   temporary directory, and nothing may appear outside the output directory in it.
//!
//! A stack overflow aborts the process without unwinding: the input being processed is always
//! in `$CARGO_TARGET_TMPDIR/fuzz-current-<test>.bin`, and the abort message names that file
//! (it is in the name of the thread that overflowed). Failing inputs are also saved under
//! `$CARGO_TARGET_TMPDIR/fuzz-failures/`.
//!
//! Case count: `PROPTEST_CASES` is the total over the three property tests (default
//! [`DEFAULT_TOTAL_CASES`]), shared out 35/45/20 between specs, fixtures and raw bytes. The
//! default takes about 110 s in a debug build on the 2-core machine (while other work ran).
//! `FUZZ_SURVEY=<file>` logs failing cases to that file and goes on, to see every kind of
//! failure in one run (hangs and stack overflows still end it).
//!
//! Regressions policy: proptest records the seed of every failure it finds in
//! `generator/proptest-regressions/fuzz.txt` and replays those seeds before the random cases on
//! every run. Commit that file whenever a run creates or extends it (never edit it by hand; drop
//! lines only when a change to the strategies below makes them meaningless). Each failure is
//! also turned into a small named test at the bottom of this file; one that still fails is
//! then un-ignored.

use std::cell::RefCell;
use std::fmt;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Component, Path, PathBuf};
use std::sync::{mpsc, Once, OnceLock};
use std::time::{Duration, Instant};

use generator::diag::Severity;
use generator::{CrateOptions, Generated, Spec};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError, TestRunner};
use serde_json::{json, Map, Value};

/// Cases over all property tests when `PROPTEST_CASES` is not set.
const DEFAULT_TOTAL_CASES: u32 = 10_000;
/// The most one `generate` call may take.
const CASE_BOUND: Duration = Duration::from_secs(2);
/// After this long a `generate` call counts as hung.
const HANG_BOUND: Duration = Duration::from_secs(30);
/// The stack `generate` runs on: the main thread's usual size, as in the CLI.
const STACK: usize = 8 << 20;

// ---------------------------------------------------------------------------------------------
// Running one case and checking the properties
// ---------------------------------------------------------------------------------------------

/// One input to `generate`.
struct Case {
    /// What the input is, for messages.
    what: String,
    /// The file name stem, which also names the module.
    stem: String,
    /// The document.
    bytes: Vec<u8>,
    /// Whether to write the result to disk too.
    write: bool,
    /// A single named case: a hang fails it (leaving the thread behind) instead of ending
    /// the process.
    single: bool,
}

impl Case {
    fn label(&self) -> String {
        format!("fuzz/{}.yaml", self.stem)
    }
}

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Panics on the `generate` threads are recorded (message and location), not printed.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with("generate"))
            {
                return default(info);
            }
            let payload = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "<non-string panic payload>".to_owned());
            let location = info
                .location()
                .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
                .unwrap_or_else(|| "<unknown location>".to_owned());
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{payload} (at {location})")));
        }));
    });
}

/// The result of one call: what `generate` returned (or the panic), and how long it took.
type Outcome = (Result<Generated, String>, Duration);

/// Calls `generate` on a thread of its own, catching panics and bounding the time.
fn run_generate(case: &Case, test: &str) -> Result<Outcome, TestCaseError> {
    install_panic_hook();
    let current = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz-current-{test}.bin"));
    let _ = fs::write(&current, &case.bytes);
    let spec = Spec {
        label: case.label(),
        module: generator::module_name(&case.stem),
        bytes: case.bytes.clone(),
        ..Default::default()
    };
    let options = CrateOptions {
        name: "fuzz-clients".into(),
        version: "0.1.0".into(),
        standalone: true,
    };
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        // A stack overflow aborts the process, printing only this name: it says where the input is.
        .name(format!("generate (input in {})", current.display()))
        .stack_size(STACK)
        .spawn(move || {
            let start = Instant::now();
            let result = panic::catch_unwind(AssertUnwindSafe(|| {
                generator::generate(std::slice::from_ref(&spec), &options)
            }));
            let elapsed = start.elapsed();
            let result = result.map_err(|_| {
                LAST_PANIC
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_else(|| "<panic message not recorded>".to_owned())
            });
            let _ = tx.send((result, elapsed));
        })
        .map_err(|e| TestCaseError::fail(format!("cannot spawn a thread: {e}")))?;
    match rx.recv_timeout(HANG_BOUND) {
        Ok(outcome) => Ok(outcome),
        Err(_) if case.single => Err(failure(
            case,
            &format!("generate hung: still running after {HANG_BOUND:?}"),
        )),
        Err(_) => {
            let saved = save(&case.bytes);
            // Straight to the process's stderr: the test harness captures `eprintln!`, and
            // the process ends before it would print what it captured.
            let message = format!(
                "\n*** generate HUNG (still running after {HANG_BOUND:?}) in {test} on {}\n{}\n\
                 (the whole input is in {})\n",
                case.what,
                show(&case.bytes),
                saved.display()
            );
            if let Some(log) = std::env::var_os("FUZZ_SURVEY") {
                use std::io::Write;
                if let Ok(mut file) = fs::OpenOptions::new().create(true).append(true).open(log) {
                    let _ = writeln!(file, "{test}\tHANG\t{}", saved.display());
                }
            }
            let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
            std::process::exit(101);
        }
    }
}

/// Runs one case and checks every property.
///
/// With `FUZZ_SURVEY=<file>` set, a failing case is appended to that file (first line of the
/// problem, the input's description and where it was saved) and the run goes on: a way to see
/// every kind of failure in one run instead of the first one, shrunk.
fn check(case: &Case, test: &str) -> Result<(), TestCaseError> {
    let result = check_properties(case, test);
    match (result, std::env::var_os("FUZZ_SURVEY")) {
        (Err(TestCaseError::Fail(message)), Some(log)) => {
            use std::io::Write;
            let mut lines = message.message().lines();
            let problem = lines.next().unwrap_or_default();
            let input = lines.next().unwrap_or_default();
            let mut file = fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(log)
                .expect("open the FUZZ_SURVEY file");
            writeln!(file, "{test}\t{problem}\t{input}").expect("write the FUZZ_SURVEY file");
            Ok(())
        }
        (result, _) => result,
    }
}

fn check_properties(case: &Case, test: &str) -> Result<(), TestCaseError> {
    let (result, elapsed) = run_generate(case, test)?;
    let fail = |problem: String| Err(failure(case, &problem));
    let generated = match result {
        Ok(g) => g,
        Err(panic) => return fail(format!("generate panicked: {panic}")),
    };
    if elapsed > CASE_BOUND {
        return fail(format!("generate took {elapsed:?} (bound {CASE_BOUND:?})"));
    }
    let errors = generated
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    if generated.files.is_empty() && errors == 0 {
        return fail(format!(
            "no files and no error diagnostic (diagnostics: {:?})",
            generated.diagnostics
        ));
    }
    if !generated.files.is_empty() && errors > 0 {
        return fail(format!(
            "{} files despite {errors} error diagnostics: {:?}",
            generated.files.len(),
            generated.diagnostics
        ));
    }
    let label = case.label();
    if let Some(d) = generated.diagnostics.iter().find(|d| d.file != label) {
        return fail(format!(
            "diagnostic without the file label {label:?}: {d:?}"
        ));
    }
    for path in generated.files.keys() {
        if let Some(problem) = unsafe_path(path) {
            return fail(format!("output path {path:?}: {problem}"));
        }
    }
    if case.write && !generated.files.is_empty() {
        if let Err(problem) = write_and_check(&generated) {
            return fail(problem);
        }
    }
    Ok(())
}

/// Why `path` could escape the output directory, if it could.
fn unsafe_path(path: &Path) -> Option<&'static str> {
    if path.as_os_str().is_empty() {
        return Some("empty path");
    }
    if path.is_absolute() {
        return Some("absolute path");
    }
    for component in path.components() {
        match component {
            Component::Normal(_) => {}
            Component::ParentDir => return Some("contains `..`"),
            Component::CurDir => return Some("contains `.`"),
            Component::RootDir | Component::Prefix(_) => return Some("rooted path"),
        }
    }
    None
}

/// Writes the files into `<tmp>/out` and checks that exactly they, and nothing outside
/// `<tmp>/out`, appeared.
fn write_and_check(generated: &Generated) -> Result<(), String> {
    let root = tempfile::tempdir().map_err(|e| format!("tempdir: {e}"))?;
    let out = root.path().join("out");
    let outside = root.path().join("outside.txt");
    fs::write(&outside, b"untouched").map_err(|e| format!("write sentinel: {e}"))?;
    let changes = generator::write::plan(&out, &generated.files)
        .map_err(|e| format!("write::plan failed: {e}"))?;
    generator::write::apply(&out, &generated.files, &changes)
        .map_err(|e| format!("write::apply failed: {e}"))?;
    let mut found = Vec::new();
    walk(root.path(), &mut found);
    for path in &found {
        if path == &outside {
            continue;
        }
        let Ok(relative) = path.strip_prefix(&out) else {
            return Err(format!("written outside the output directory: {path:?}"));
        };
        if !generated.files.contains_key(relative) {
            return Err(format!(
                "a file that was not generated was written: {relative:?}"
            ));
        }
    }
    if fs::read(&outside).ok().as_deref() != Some(&b"untouched"[..]) {
        return Err("a file outside the output directory was changed".into());
    }
    for (relative, contents) in &generated.files {
        if fs::read(out.join(relative)).ok().as_ref() != Some(contents) {
            return Err(format!("{relative:?} was not written as generated"));
        }
    }
    Ok(())
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Saves an input that failed under `$CARGO_TARGET_TMPDIR/fuzz-failures/`.
fn save(bytes: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let _ = fs::create_dir_all(&dir);
    let file = dir.join(format!("{:016x}.bin", fnv(bytes)));
    let _ = fs::write(&file, bytes);
    file
}

/// A failure message carrying the whole input (also saved to a file).
fn failure(case: &Case, problem: &str) -> TestCaseError {
    let file = save(&case.bytes);
    TestCaseError::fail(format!(
        "{problem}\n--- input: {} (file stem {:?}, {} bytes, saved as {}) ---\n{}\n--- end of input ---",
        case.what,
        case.stem,
        case.bytes.len(),
        file.display(),
        show(&case.bytes)
    ))
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The input as text: verbatim when it is UTF-8 without control characters (other than
/// newlines and tabs), else escaped; long inputs are cut in the middle.
fn show(bytes: &[u8]) -> String {
    const MAX: usize = 24_000;
    let text = match std::str::from_utf8(bytes) {
        Ok(t) if !t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') => t.to_owned(),
        _ => format!("(escaped) {}", bytes.escape_ascii()),
    };
    if text.chars().count() <= MAX {
        return text;
    }
    let head: String = text.chars().take(MAX / 2).collect();
    let tail: String = {
        let n = text.chars().count();
        text.chars().skip(n - MAX / 2).collect()
    };
    format!("{head}\n[... cut ...]\n{tail}")
}

// ---------------------------------------------------------------------------------------------
// Inputs: our specs, inline fixtures
// ---------------------------------------------------------------------------------------------

/// Our specs: (file stem, text, parsed value).
fn specs() -> &'static [(String, String, Value)] {
    static SPECS: OnceLock<Vec<(String, String, Value)>> = OnceLock::new();
    SPECS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
        let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        paths.sort();
        assert!(!paths.is_empty(), "no specs in {}", dir.display());
        paths
            .into_iter()
            .map(|p| {
                let text = fs::read_to_string(&p).unwrap();
                let value: Value =
                    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
                (stem, text, value)
            })
            .collect()
    })
}

const FIXTURE_30: &str = r##"openapi: 3.0.3
info: {title: Pets, version: "1.0", description: "Pets `store`. <b>bold</b> [link](https://example.com)"}
servers:
  - url: https://{region}.example.com/v1
    variables: {region: {default: eu, enum: [eu, us]}}
security: [{bearer: []}]
tags: [{name: pets}, {name: store}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      x-pagination: {style: cursor, items: data, cursor: after, limit: limit, next_cursor: meta.next, has_more: meta.more}
      parameters:
        - {name: after, in: query, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
        - {name: status, in: query, style: form, explode: true, schema: {type: array, items: {$ref: "#/components/schemas/Status"}}}
        - {$ref: "#/components/parameters/Trace"}
      responses:
        "200":
          description: a page
          headers: {X-Rate-Limit: {schema: {type: integer}}}
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: {type: array, items: {$ref: "#/components/schemas/Pet"}}
                  meta: {type: object, properties: {next: {type: string, nullable: true}, more: {type: boolean}}}
        default: {$ref: "#/components/responses/Error"}
    post:
      operationId: createPet
      tags: [pets]
      x-retry: true
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: "#/components/schemas/NewPet"}}
          application/x-www-form-urlencoded: {schema: {$ref: "#/components/schemas/NewPet"}}
      responses:
        "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
        "422": {$ref: "#/components/responses/Error"}
  /pets/{petId}:
    parameters:
      - {name: petId, in: path, required: true, schema: {type: string, format: uuid}}
    get:
      operationId: getPet
      x-rust-name: fetch_pet
      x-rust-group: animals
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
        "404": {description: missing}
    delete:
      operationId: deletePet
      deprecated: true
      security: [{apiKey: []}, {basic: []}]
      responses:
        "204": {description: gone}
  /pets/{petId}/photo:
    put:
      operationId: uploadPhoto
      parameters:
        - {name: petId, in: path, required: true, schema: {type: integer, format: int64}}
        - {name: X-Request-Id, in: header, schema: {type: string}}
      requestBody:
        content: {application/octet-stream: {schema: {type: string, format: binary}}}
      responses:
        "200": {description: ok, content: {image/png: {schema: {type: string, format: binary}}}}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    basic: {type: http, scheme: basic}
    apiKey: {type: apiKey, in: header, name: X-Api-Key}
  parameters:
    Trace: {name: trace, in: query, schema: {type: boolean, default: false}}
  responses:
    Error:
      description: error
      content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}
  schemas:
    Status: {type: string, enum: [available, pending, sold, Sold, sold-out, "1st", ""]}
    Pet:
      type: object
      required: [id, kind]
      properties:
        id: {type: string, format: uuid}
        name: {type: string, maxLength: 64}
        kind: {$ref: "#/components/schemas/Kind"}
        status: {$ref: "#/components/schemas/Status"}
        tags: {type: object, additionalProperties: {type: string}}
        parent: {$ref: "#/components/schemas/Pet"}
        born: {type: string, format: date-time, nullable: true}
        weight: {type: number, format: double}
    NewPet:
      allOf:
        - {$ref: "#/components/schemas/Pet"}
        - {type: object, properties: {owner: {type: string}}}
    Kind:
      oneOf:
        - {$ref: "#/components/schemas/Dog"}
        - {$ref: "#/components/schemas/Cat"}
      discriminator: {propertyName: type, mapping: {dog: "#/components/schemas/Dog", cat: "#/components/schemas/Cat"}}
    Dog: {type: object, required: [type], properties: {type: {type: string}, barks: {type: boolean}}}
    Cat: {type: object, required: [type], properties: {type: {type: string}, lives: {type: integer, format: int32}}}
    Error: {type: object, properties: {code: {type: integer}, message: {type: string}}}
"##;

const FIXTURE_31: &str = r##"openapi: 3.1.0
info: {title: Hooks, version: "2024-01", summary: Webhook endpoints}
servers: [{url: https://api.example.com}]
paths:
  /v1/hooks:
    get:
      operationId: "hooks:list"
      tags: [hooks]
      x-pagination: {style: page, items: items, page: page, limit: limit, total_pages: pagination.max_page}
      parameters:
        - {name: page, in: query, schema: {type: integer, exclusiveMinimum: 0, default: 1}}
        - {name: limit, in: query, schema: {type: [integer, "null"], maximum: 100}}
        - name: org
          in: query
          schema: {anyOf: [{type: string}, {type: array, items: {type: string}}, {type: "null"}]}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [items, pagination]
                properties:
                  items: {type: array, items: {$ref: "#/components/schemas/Hook"}}
                  pagination: {type: object, properties: {max_page: {type: integer}, total: {type: integer}}}
    post:
      operationId: "hooks:create"
      tags: [hooks]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/HookCreate"}}}
      responses:
        "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Hook"}}}}
        "422": {description: invalid, content: {application/json: {schema: {$ref: "#/components/schemas/Invalid"}}}}
  /v1/hooks/{id}:
    patch:
      operationId: "hooks:update"
      tags: [hooks]
      parameters: [{name: id, in: path, required: true, schema: {type: string, format: uuid4}}]
      requestBody:
        content: {application/json: {schema: {$ref: "#/components/schemas/HookUpdate"}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Hook"}}}}
webhooks:
  hook.created:
    post:
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Hook"}}}}
      responses: {"200": {description: ok}}
components:
  securitySchemes:
    pat: {type: http, scheme: bearer, bearerFormat: token}
  schemas:
    Event: {type: string, enum: [hook.created, hook.deleted, "order.paid"], const: hook.created}
    Hook:
      type: object
      required: [id, url, events, format]
      properties:
        id: {type: string, format: uuid4, examples: ["0f1e"]}
        url: {type: string, format: uri, maxLength: 2048}
        events: {type: array, items: {$ref: "#/components/schemas/Event"}}
        format: {type: string, const: raw}
        secret: {type: [string, "null"]}
        point: {type: array, prefixItems: [{type: number}, {type: number}], items: false}
        meta: {type: object, additionalProperties: {type: [string, integer, boolean]}}
    HookCreate:
      type: object
      required: [url]
      properties:
        url: {type: string}
        events: {type: [array, "null"], items: {$ref: "#/components/schemas/Event"}}
    HookUpdate:
      type: object
      properties:
        url: {anyOf: [{type: string}, {type: "null"}]}
    Invalid:
      type: object
      properties:
        detail: {type: array, items: {type: object, properties: {loc: {type: array, items: {anyOf: [{type: string}, {type: integer}]}}, msg: {type: string}}}}
"##;

const FIXTURE_20: &str = r##"swagger: "2.0"
info: {title: Shop, version: 2.0.0}
host: shop.example.com
basePath: /rest/v2
schemes: [https]
consumes: [application/json]
produces: [application/json]
securityDefinitions:
  key: {type: apiKey, in: header, name: x-api-key}
  oauth: {type: oauth2, flow: application, tokenUrl: https://shop.example.com/token, scopes: {read: read}}
security: [{key: []}]
parameters:
  Limit: {name: _limit, in: query, type: integer, default: 100}
  Offset: {name: _offset, in: query, type: integer, default: 0}
responses:
  Problem: {description: problem, headers: {UC-REST-ERROR: {type: string}}, schema: {$ref: "#/definitions/ErrorResponse"}}
paths:
  /orders:
    get:
      operationId: getOrders
      tags: [order]
      x-pagination: {style: offset, items: orders, offset: _offset, limit: _limit, has_more: meta.more, next_offset: meta.next_offset}
      parameters:
        - {$ref: "#/parameters/Limit"}
        - {$ref: "#/parameters/Offset"}
        - {name: ids, in: query, type: array, items: {type: string}, collectionFormat: csv}
      responses:
        "200": {description: ok, schema: {$ref: "#/definitions/OrdersResponse"}}
        "400": {$ref: "#/responses/Problem"}
    post:
      operationId: insertOrder
      tags: [order]
      parameters:
        - {name: order, in: body, required: true, schema: {$ref: "#/definitions/Order"}}
      responses:
        "200": {description: ok, schema: {$ref: "#/definitions/Order"}}
  /orders/{order_id}/notes:
    post:
      operationId: addNote
      tags: [order]
      consumes: [application/x-www-form-urlencoded]
      parameters:
        - {name: order_id, in: path, required: true, type: string}
        - {name: note, in: formData, required: true, type: string}
        - {name: pinned, in: formData, type: boolean}
      responses:
        "204": {description: added}
        default: {description: error, schema: {$ref: "#/definitions/ErrorResponse"}}
definitions:
  Order:
    type: object
    required: [order_id]
    properties:
      order_id: {type: string}
      total: {type: number, format: double}
      status: {type: string, enum: [open, Open, closed, "in-progress"]}
      items: {type: array, items: {$ref: "#/definitions/Item"}}
      extra: {type: object, additionalProperties: true}
  Item:
    type: object
    properties:
      sku: {type: string}
      qty: {type: integer, format: int32}
      parent: {$ref: "#/definitions/Item"}
  OrdersResponse:
    type: object
    properties:
      orders: {type: array, items: {$ref: "#/definitions/Order"}}
      meta: {type: object, properties: {more: {type: boolean}, next_offset: {type: integer}}}
  ErrorResponse:
    type: object
    properties:
      error: {type: string}
"##;

/// Tiny and degenerate (but parseable) documents.
const FIXTURES_TINY: [&str; 9] = [
    r#"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {}}"#,
    r#"{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}"#,
    r#"{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}"#,
    r#"{"openapi": "3.0.0"}"#,
    r#"{"swagger": "2.0"}"#,
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {/x: {get: {responses: {}}}}\n",
    "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {/: {get: {responses: {'200': {description: ok}}}}}\n",
    "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {/x: {post: {parameters: [{in: body, name: b, schema: {}}], responses: {'200': {description: ok}}}}}\n",
    // Vendor extensions: retries, deprecation, enum names, client names, x-nullable.
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\nx-speakeasy-retries: {strategy: backoff, backoff: {initialInterval: 1, maxInterval: 2, maxElapsedTime: 3, exponent: 1.5}, statusCodes: [429, '5XX'], retryConnectionErrors: true}\npaths: {/x: {get: {deprecated: true, x-speakeasy-deprecation-message: m, x-speakeasy-deprecation-replacement: y, x-speakeasy-retries: {strategy: none}, parameters: [{name: q, in: query, x-ms-client-name: k, schema: {type: string, enum: [a, b], x-enum-varnames: [A, B], x-enum-descriptions: {a: d}}}], responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {p: {type: integer, enum: [1], x-ms-enum: {name: E, values: [{value: 1, name: One}]}, x-nullable: true, x-rust-name: r}}}}}}}}}, /y: {get: {operationId: y, responses: {}}}}\n",
];

/// Every fixture: (name, text).
fn fixtures() -> Vec<(&'static str, &'static str)> {
    let mut all = vec![
        ("fixture-3.0", FIXTURE_30),
        ("fixture-3.1", FIXTURE_31),
        ("fixture-2.0", FIXTURE_20),
    ];
    all.extend(FIXTURES_TINY.iter().map(|t| ("fixture-tiny", *t)));
    all
}

fn fixture_values() -> &'static [(&'static str, Value)] {
    static VALUES: OnceLock<Vec<(&'static str, Value)>> = OnceLock::new();
    VALUES.get_or_init(|| {
        fixtures()
            .into_iter()
            .map(|(name, text)| {
                let value: Value = serde_yaml::from_str(text)
                    .unwrap_or_else(|e| panic!("fixture {name}: {e}\n{text}"));
                (name, value)
            })
            .collect()
    })
}

/// Source texts for byte-level mutations: the fixtures as written, and every operation of
/// every spec cut out and written as YAML.
fn texts() -> &'static [(String, String)] {
    static TEXTS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let mut all: Vec<(String, String)> = fixtures()
            .into_iter()
            .map(|(n, t)| (n.to_owned(), t.to_owned()))
            .collect();
        all.extend(
            cut_specs()
                .iter()
                .map(|(n, v)| (n.clone(), serde_yaml::to_string(v).expect("YAML"))),
        );
        all
    })
}

/// File stems, which become module names.
const STEMS: [&str; 24] = [
    "petstore",
    "api",
    "type",
    "self",
    "Self",
    "crate",
    "super",
    "123",
    "1password",
    "",
    "..",
    ".",
    "_",
    "😀",
    "日本語",
    "a-b",
    "A B",
    "runtime",
    "lib",
    "mod",
    "src",
    "docs",
    "std",
    "fuzz_clients",
];

// ---------------------------------------------------------------------------------------------
// Cutting a spec down to one operation
// ---------------------------------------------------------------------------------------------

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Keeps one operation (of `paths` or, in 3.1, `webhooks`; with the path item's other keys)
/// and the components it reaches.
fn cut_to_operation(doc: &mut Value, which: usize) {
    let mut all: Vec<(&'static str, String, String)> = Vec::new();
    for section in ["paths", "webhooks"] {
        if let Some(items) = doc.get(section).and_then(Value::as_object) {
            for (key, item) in items {
                for m in METHODS.iter().filter(|m| item.get(**m).is_some()) {
                    all.push((section, key.clone(), (*m).to_owned()));
                }
            }
        }
    }
    let Some((section, key, method)) = all.get(which).cloned() else {
        return;
    };
    let mut item = doc[section][&key].clone();
    if let Some(item) = item.as_object_mut() {
        item.retain(|k, _| k == &method || !METHODS.contains(&k.as_str()));
    }
    if let Some(map) = doc.as_object_mut() {
        map.shift_remove("webhooks");
        map.insert("paths".into(), json!({}));
        let mut kept = Map::new();
        kept.insert(key, item);
        map.insert(section.into(), Value::Object(kept));
    }
    prune_components(doc);
}

/// How many operations [`cut_to_operation`] chooses from.
fn operation_count(doc: &Value) -> usize {
    ["paths", "webhooks"]
        .iter()
        .filter_map(|section| doc.get(section).and_then(Value::as_object))
        .flat_map(|items| items.values())
        .map(|item| METHODS.iter().filter(|m| item.get(**m).is_some()).count())
        .sum()
}

/// Every operation of every spec, cut out as in [`cut_to_operation`]: (name, document).
fn cut_specs() -> &'static [(String, Value)] {
    static CUT: OnceLock<Vec<(String, Value)>> = OnceLock::new();
    CUT.get_or_init(|| {
        let mut all = Vec::new();
        for (stem, _, value) in specs() {
            for n in 0..operation_count(value).max(1) {
                let mut doc = value.clone();
                cut_to_operation(&mut doc, n);
                all.push((format!("specs/{stem}.yaml (operation {n})"), doc));
            }
        }
        all
    })
}

/// Drops descriptions, summaries and examples (not properties of those names).
fn strip_docs(v: &mut Value) {
    fn go(v: &mut Value, in_properties: bool) {
        match v {
            Value::Object(map) => {
                if !in_properties {
                    map.retain(|k, _| {
                        !matches!(
                            k.as_str(),
                            "description" | "summary" | "example" | "examples"
                        )
                    });
                }
                for (k, child) in map.iter_mut() {
                    go(child, !in_properties && k == "properties");
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| go(i, false)),
            _ => {}
        }
    }
    go(v, false);
}

/// The reusable entries of a document: `/components/<kind>/<name>` (3.x) and
/// `/definitions/<name>`, `/parameters/<name>`, `/responses/<name>` (2.0).
fn entries(doc: &Value) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    if let Some(components) = doc.get("components").and_then(Value::as_object) {
        for (kind, map) in components {
            if let Some(map) = map.as_object() {
                for name in map.keys() {
                    out.push(vec!["components".into(), kind.clone(), name.clone()]);
                }
            }
        }
    }
    for kind in ["definitions", "parameters", "responses"] {
        if let Some(map) = doc.get(kind).and_then(Value::as_object) {
            for name in map.keys() {
                out.push(vec![kind.into(), name.clone()]);
            }
        }
    }
    out
}

/// Drops the entries (other than security schemes) that no `$ref` reaches from the rest.
fn prune_components(doc: &mut Value) {
    let all = entries(doc);
    let is_entry = |tokens: &[String]| all.iter().any(|e| e.as_slice() == tokens);
    let mut skeleton = doc.clone();
    for e in &all {
        remove_at(&mut skeleton, e);
    }
    let mut work = Vec::new();
    refs_in(&skeleton, &mut work);
    let mut keep: Vec<Vec<String>> = Vec::new();
    while let Some(target) = work.pop() {
        let tokens = pointer_tokens(&target);
        for n in [3, 2] {
            if tokens.len() >= n && is_entry(&tokens[..n]) && !keep.contains(&tokens[..n].to_vec())
            {
                keep.push(tokens[..n].to_vec());
                if let Some(v) = get(doc, &tokens[..n]) {
                    refs_in(v, &mut work);
                }
            }
        }
    }
    for e in &all {
        let security = e[0] == "components" && e[1] == "securitySchemes";
        if !security && !keep.contains(e) {
            remove_at(doc, e);
        }
    }
}

/// Every string that looks like a local reference (`$ref`s, discriminator mappings).
fn refs_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if s.starts_with("#/") => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|i| refs_in(i, out)),
        Value::Object(map) => map.values().for_each(|i| refs_in(i, out)),
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------------
// JSON value plumbing
// ---------------------------------------------------------------------------------------------

type Ptr = Vec<String>;

fn pointer_tokens(reference: &str) -> Ptr {
    reference
        .trim_start_matches('#')
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect()
}

fn pointer(tokens: &[String]) -> String {
    tokens
        .iter()
        .map(|t| format!("/{}", t.replace('~', "~0").replace('/', "~1")))
        .collect()
}

fn get<'a>(v: &'a Value, tokens: &[String]) -> Option<&'a Value> {
    tokens.iter().try_fold(v, |v, t| match v {
        Value::Object(m) => m.get(t),
        Value::Array(a) => a.get(t.parse::<usize>().ok()?),
        _ => None,
    })
}

fn get_mut<'a>(v: &'a mut Value, tokens: &[String]) -> Option<&'a mut Value> {
    tokens.iter().try_fold(v, |v, t| match v {
        Value::Object(m) => m.get_mut(t),
        Value::Array(a) => a.get_mut(t.parse::<usize>().ok()?),
        _ => None,
    })
}

fn remove_at(v: &mut Value, tokens: &[String]) -> Option<Value> {
    let (last, parent) = tokens.split_last()?;
    match get_mut(v, parent)? {
        Value::Object(m) => m.shift_remove(last),
        Value::Array(a) => {
            let i = last.parse::<usize>().ok()?;
            (i < a.len()).then(|| a.remove(i))
        }
        _ => None,
    }
}

/// The object at `tokens`, created (with objects on the way) when missing.
fn object_at<'a>(v: &'a mut Value, tokens: &[&str]) -> Option<&'a mut Map<String, Value>> {
    let mut v = v;
    for t in tokens {
        v = v
            .as_object_mut()?
            .entry(t.to_string())
            .or_insert_with(|| json!({}));
    }
    v.as_object_mut()
}

/// Every node, in document order.
fn nodes(v: &Value) -> Vec<Ptr> {
    fn go(v: &Value, at: &mut Ptr, out: &mut Vec<Ptr>) {
        out.push(at.clone());
        match v {
            Value::Object(m) => {
                for (k, c) in m {
                    at.push(k.clone());
                    go(c, at, out);
                    at.pop();
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    at.push(i.to_string());
                    go(c, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    go(v, &mut Vec::new(), &mut out);
    out
}

/// Nodes that are members of an object.
fn members(v: &Value) -> Vec<Ptr> {
    nodes(v)
        .into_iter()
        .filter(|p| {
            p.split_last()
                .is_some_and(|(_, parent)| get(v, parent).is_some_and(Value::is_object))
        })
        .collect()
}

/// Nodes where a schema sits.
fn schema_slots(v: &Value) -> Vec<Ptr> {
    nodes(v)
        .into_iter()
        .filter(|p| {
            let n = p.len();
            let last = p.last().map(String::as_str);
            let parent = (n >= 2).then(|| p[n - 2].as_str());
            matches!(
                last,
                Some("schema" | "items" | "additionalProperties" | "not")
            ) || matches!(
                parent,
                Some("properties" | "allOf" | "anyOf" | "oneOf" | "prefixItems" | "$defs")
            ) || (n == 3 && p[0] == "components" && p[1] == "schemas")
                || (n == 2 && p[0] == "definitions")
        })
        .collect()
}

/// Operations: `/paths/<path>/<method>`.
fn operations(v: &Value) -> Vec<Ptr> {
    let Some(paths) = v.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    paths
        .iter()
        .flat_map(|(p, item)| {
            METHODS
                .iter()
                .filter(|m| item.get(**m).is_some_and(Value::is_object))
                .map(move |m| vec!["paths".to_owned(), p.clone(), (*m).to_owned()])
        })
        .collect()
}

/// Nodes whose last token is `key`.
fn keyed(v: &Value, key: &str) -> Vec<Ptr> {
    nodes(v)
        .into_iter()
        .filter(|p| p.last().is_some_and(|l| l == key))
        .collect()
}

fn pick<T: Clone>(items: &[T], i: &Index) -> Option<T> {
    (!items.is_empty()).then(|| items[i.index(items.len())].clone())
}

fn is_v2(doc: &Value) -> bool {
    doc.get("swagger").is_some()
}

/// Where schemas are kept: `/definitions` (2.0) or `/components/schemas`.
fn schema_home(doc: &Value) -> Vec<&'static str> {
    if is_v2(doc) {
        vec!["definitions"]
    } else {
        vec!["components", "schemas"]
    }
}

/// Renames the member at `at` to `new`, keeping its position.
fn rename_member(doc: &mut Value, at: &[String], new: &str) {
    let Some((old, parent)) = at.split_last() else {
        return;
    };
    let Some(Value::Object(map)) = get_mut(doc, parent) else {
        return;
    };
    if old == new || !map.contains_key(old) {
        return;
    }
    let old_map = std::mem::take(map);
    for (k, v) in old_map {
        if &k == old {
            map.insert(new.to_owned(), v);
        } else if k != new {
            map.insert(k, v);
        }
    }
}

/// Rewrites every reference string equal to `old` into `new`.
fn rewrite_refs(v: &mut Value, old: &str, new: &str) {
    match v {
        Value::String(s) if s == old => *s = new.to_owned(),
        Value::Array(items) => items.iter_mut().for_each(|i| rewrite_refs(i, old, new)),
        Value::Object(map) => map.values_mut().for_each(|i| rewrite_refs(i, old, new)),
        _ => {}
    }
}

fn percent_all(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

// ---------------------------------------------------------------------------------------------
// Hostile names
// ---------------------------------------------------------------------------------------------

/// Names that are keywords, reserved in generated code, unicode, punctuation or path-like.
const NAMES: &[&str] = &[
    "type",
    "self",
    "Self",
    "super",
    "crate",
    "fn",
    "match",
    "mod",
    "r#type",
    "async",
    "await",
    "dyn",
    "try",
    "gen",
    "union",
    "static",
    "impl",
    "struct",
    "enum",
    "use",
    "where",
    "loop",
    "box",
    "abstract",
    "macro_rules",
    "true",
    "None",
    "Some",
    "Ok",
    "Err",
    "Result",
    "Option",
    "Box",
    "String",
    "Vec",
    "Client",
    "ClientBuilder",
    "Error",
    "Value",
    "Unknown",
    "unknown",
    "std",
    "core",
    "serde",
    "reqwest",
    "runtime",
    "types",
    "lib",
    "main",
    "default",
    "new",
    "builder",
    "send",
    "items",
    "pages",
    "body",
    "client",
    "_",
    "__",
    "",
    " ",
    "0",
    "123abc",
    "-",
    "--",
    "$",
    "@type",
    "a b",
    "a.b",
    "a/b",
    "../..",
    "..",
    ".",
    "/etc/passwd",
    "C:\\x",
    "a\\b",
    "~",
    "~1",
    "%2F",
    "{id}",
    "{",
    "}",
    "\"",
    "'",
    "`",
    "*/",
    "/*",
    "#[cfg(x)]",
    "\n",
    "\r\n",
    "\t",
    "\u{0}",
    "ñame",
    "日本語",
    "😀",
    "👨‍👩‍👧",
    "e\u{301}",
    "\u{202e}evil",
    "\u{200b}",
    "Ω",
    "ﬁ",
    "İ",
    "ß",
    "ǅ",
    "x-rust-name",
    "$ref",
    "__proto__",
    "200",
    "1e3",
    "-1",
    "null",
    "NaN",
];

/// Pieces that make up huge names.
const HUGE_UNITS: [&str; 6] = ["a", "Ab_", "😀", "日", "-", "{x}"];

#[derive(Clone)]
enum Name {
    Listed(Index),
    Huge(Index, usize),
    Random(String),
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Name::Huge(unit, n) => write!(
                f,
                "Huge({:?} x {n})",
                HUGE_UNITS[unit.index(HUGE_UNITS.len())]
            ),
            _ => write!(f, "{:?}", self.render()),
        }
    }
}

impl Name {
    fn render(&self) -> String {
        match self {
            Name::Listed(i) => NAMES[i.index(NAMES.len())].to_owned(),
            Name::Huge(unit, n) => HUGE_UNITS[unit.index(HUGE_UNITS.len())]
                .chars()
                .cycle()
                .take(*n)
                .collect(),
            Name::Random(s) => s.clone(),
        }
    }
}

fn name() -> impl Strategy<Value = Name> {
    prop_oneof![
        6 => any::<Index>().prop_map(Name::Listed),
        2 => (any::<Index>(), prop_oneof![3 => Just(10_000usize), 1 => Just(300usize)])
            .prop_map(|(u, n)| Name::Huge(u, n)),
        2 => "\\PC{0,16}".prop_map(Name::Random),
        1 => ".{0,8}".prop_map(Name::Random),
    ]
}

/// A name differing from another only by case or punctuation.
#[derive(Clone, Copy, Debug)]
enum Variant {
    Upper,
    Lower,
    Pascal,
    Underscored,
    Hyphenated,
    Dotted,
    Spaced,
    TrailingUnderscore,
    LeadingUnderscore,
    Numbered,
}

impl Variant {
    const ALL: [Variant; 10] = [
        Variant::Upper,
        Variant::Lower,
        Variant::Pascal,
        Variant::Underscored,
        Variant::Hyphenated,
        Variant::Dotted,
        Variant::Spaced,
        Variant::TrailingUnderscore,
        Variant::LeadingUnderscore,
        Variant::Numbered,
    ];

    fn apply(self, base: &str) -> String {
        let split = |sep: &str| {
            let mut out = String::new();
            for (i, c) in base.chars().enumerate() {
                if i > 0 && c.is_uppercase() {
                    out.push_str(sep);
                }
                out.push(c);
            }
            if out == base {
                let mid = base.chars().count() / 2;
                let (a, b): (String, String) = (
                    base.chars().take(mid).collect(),
                    base.chars().skip(mid).collect(),
                );
                out = format!("{a}{sep}{b}");
            }
            out
        };
        match self {
            Variant::Upper => base.to_uppercase(),
            Variant::Lower => base.to_lowercase(),
            Variant::Pascal => {
                let mut c = base.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }
            Variant::Underscored => split("_").to_lowercase(),
            Variant::Hyphenated => split("-"),
            Variant::Dotted => split("."),
            Variant::Spaced => split(" "),
            Variant::TrailingUnderscore => format!("{base}_"),
            Variant::LeadingUnderscore => format!("_{base}"),
            Variant::Numbered => format!("{base}2"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Structural mutations
// ---------------------------------------------------------------------------------------------

/// Values of every JSON type, to put where another type belongs.
fn wrong_values() -> [Value; 14] {
    [
        json!(""),
        json!("x"),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(1e308),
        json!(u64::MAX),
        json!([]),
        json!([1, "a", null, {}]),
        json!({}),
        json!({"a": 1, "$ref": 2}),
        Value::Null,
        json!(true),
        json!(false),
    ]
}

fn same_type(a: &Value, b: &Value) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// References that point nowhere useful.
const NONSENSE_REFS: &[&str] = &[
    "",
    "#",
    "#/",
    "#/paths",
    "#/info/title",
    "#/components",
    "#/components/schemas",
    "#/components/schemas/",
    "#/components/schemas//x",
    "#/definitions",
    "#/definitions/",
    "#/servers/0",
    "#/servers/99",
    "#/paths/~1nope/get",
    "#/paths/~2",
    "#/~",
    "#/%",
    "#/%zz",
    "#/%C3%28",
    "#/%00",
    "#/components/schemas/%F0%9F%98%80",
    "#/components/schemas/%E2%82",
    "#/components/schemas/%%41",
    "#/components/schemas/..%2F..",
    "#/components/schemas/a~1b",
    "#/components/schemas/a~0b",
    "#/components/schemas/a~2b",
    "#/components/schemas/A/properties",
    "#/components/parameters/A",
    "#/components/responses/A",
    "#/parameters/A",
    "#/a/b/c/d/e/f/g/h",
    "#//",
    "#a",
    "http://example.com/spec.yaml#/components/schemas/A",
    "other.yaml#/A",
    "other.yaml",
    "//host/x",
    "urn:x",
    "file:///etc/passwd",
    "#/components/schemas/A#/b",
    "#/components/schemas/A?x=1",
];

#[derive(Clone, Debug)]
enum RefKind {
    /// To the slot itself.
    ToSelf,
    /// To the object containing the slot.
    ToParent,
    /// To any node of the document.
    ToNode(Index),
    /// To a reusable entry (possibly of another kind).
    ToEntry(Index),
    /// To a reusable entry, percent-encoded in one of a few ways.
    Percent(Index, u8),
    /// To a missing component with a hostile name.
    Dangling(Name),
    /// From [`NONSENSE_REFS`].
    Nonsense(Index),
    /// `$ref` holding a non-string.
    NotAString(Index),
    /// A valid-looking reference with sibling keys.
    WithSiblings(Index),
}

#[derive(Clone, Copy, Debug)]
enum Container {
    Schemas,
    Parameters,
    Responses,
    RequestBodies,
    PathItems,
}

#[derive(Clone, Copy, Debug)]
enum CycleShape {
    Ref,
    AllOf,
    AnyOf,
    OneOf,
    Property,
    RequiredProperty,
    Items,
    AdditionalProperties,
}

#[derive(Clone, Copy, Debug)]
enum Slot {
    OperationId,
    RustName,
    RustGroup,
    Tag,
    ParamName,
    PathParam,
    EnumValue,
    PropertyName,
    SchemaName,
    PathKey,
    Title,
    Description,
    ServerUrl,
    SecurityScheme,
    ResponseHeader,
    MediaType,
    StatusCode,
    Pagination,
    ModuleLike,
}

#[derive(Clone, Copy, Debug)]
enum Collide {
    Schema,
    Property,
    Operation,
    Param,
    EnumValue,
    Tag,
}

#[derive(Clone, Copy, Debug)]
enum Nesting {
    Objects,
    Arrays,
    Mixed,
    SchemaProperties,
    SchemaItems,
    SchemaAllOf,
    SchemaAnyOf,
}

#[derive(Clone, Copy, Debug)]
enum VersionSwap {
    ToSwagger2,
    To30,
    To31,
    To32,
    Both,
    OpenapiNumber,
    SwaggerNumber,
    Removed,
    Weird(u8),
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete(Index),
    WrongType(Index, Index),
    Ref {
        at: Index,
        anywhere: bool,
        kind: RefKind,
    },
    Cycle {
        container: Container,
        len: u8,
        shape: CycleShape,
        at: Index,
    },
    RenameKey(Index, Name),
    SetName(Slot, Index, Name),
    Collide(Collide, Index, Variant),
    Nest {
        at: Index,
        shape: Nesting,
        depth: usize,
    },
    Version(VersionSwap),
    Graft(Index, Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let container = prop_oneof![
        4 => Just(Container::Schemas),
        1 => Just(Container::Parameters),
        1 => Just(Container::Responses),
        1 => Just(Container::RequestBodies),
        1 => Just(Container::PathItems),
    ];
    let shape = prop::sample::select(vec![
        CycleShape::Ref,
        CycleShape::AllOf,
        CycleShape::AnyOf,
        CycleShape::OneOf,
        CycleShape::Property,
        CycleShape::RequiredProperty,
        CycleShape::Items,
        CycleShape::AdditionalProperties,
    ]);
    let slot = prop::sample::select(vec![
        Slot::OperationId,
        Slot::RustName,
        Slot::RustGroup,
        Slot::Tag,
        Slot::ParamName,
        Slot::PathParam,
        Slot::EnumValue,
        Slot::PropertyName,
        Slot::SchemaName,
        Slot::PathKey,
        Slot::Title,
        Slot::Description,
        Slot::ServerUrl,
        Slot::SecurityScheme,
        Slot::ResponseHeader,
        Slot::MediaType,
        Slot::StatusCode,
        Slot::Pagination,
        Slot::ModuleLike,
    ]);
    let collide = prop::sample::select(vec![
        Collide::Schema,
        Collide::Property,
        Collide::Operation,
        Collide::Param,
        Collide::EnumValue,
        Collide::Tag,
    ]);
    let nesting = prop_oneof![
        (
            prop::sample::select(vec![Nesting::Objects, Nesting::Arrays, Nesting::Mixed]),
            1usize..=150
        ),
        (
            prop::sample::select(vec![
                Nesting::SchemaProperties,
                Nesting::SchemaItems,
                Nesting::SchemaAllOf,
                Nesting::SchemaAnyOf
            ]),
            1usize..=40
        ),
    ];
    let version = prop_oneof![
        Just(VersionSwap::ToSwagger2),
        Just(VersionSwap::To30),
        Just(VersionSwap::To31),
        Just(VersionSwap::To32),
        Just(VersionSwap::Both),
        Just(VersionSwap::OpenapiNumber),
        Just(VersionSwap::SwaggerNumber),
        Just(VersionSwap::Removed),
        any::<u8>().prop_map(VersionSwap::Weird),
    ];
    let ref_kind = prop_oneof![
        1 => Just(RefKind::ToSelf),
        1 => Just(RefKind::ToParent),
        1 => any::<Index>().prop_map(RefKind::ToNode),
        2 => any::<Index>().prop_map(RefKind::ToEntry),
        2 => (any::<Index>(), 0u8..5).prop_map(|(i, s)| RefKind::Percent(i, s)),
        1 => name().prop_map(RefKind::Dangling),
        2 => any::<Index>().prop_map(RefKind::Nonsense),
        1 => any::<Index>().prop_map(RefKind::NotAString),
        1 => any::<Index>().prop_map(RefKind::WithSiblings),
    ];
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::Delete),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, w)| Mutation::WrongType(a, w)),
        3 => (any::<Index>(), prop::bool::weighted(0.2), ref_kind)
            .prop_map(|(at, anywhere, kind)| Mutation::Ref { at, anywhere, kind }),
        3 => (container, 1u8..=4, shape, any::<Index>()).prop_map(|(container, len, shape, at)| {
            Mutation::Cycle { container, len, shape, at }
        }),
        2 => (any::<Index>(), name()).prop_map(|(a, n)| Mutation::RenameKey(a, n)),
        5 => (slot, any::<Index>(), name()).prop_map(|(s, a, n)| Mutation::SetName(s, a, n)),
        3 => (collide, any::<Index>(), prop::sample::select(Variant::ALL.to_vec()))
            .prop_map(|(c, a, v)| Mutation::Collide(c, a, v)),
        1 => (any::<Index>(), nesting)
            .prop_map(|(at, (shape, depth))| Mutation::Nest { at, shape, depth }),
        1 => version.prop_map(Mutation::Version),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Graft(a, b)),
    ]
}

fn set_at(doc: &mut Value, at: &[String], value: Value) {
    if at.is_empty() {
        *doc = value;
    } else if let Some(slot) = get_mut(doc, at) {
        *slot = value;
    }
}

fn apply(doc: &mut Value, m: &Mutation) {
    match m {
        Mutation::Delete(i) => {
            if let Some(at) = pick(&members(doc), i) {
                remove_at(doc, &at);
            }
        }
        Mutation::WrongType(i, w) => {
            let all = nodes(doc);
            let Some(at) = pick(&all, i) else { return };
            let values = wrong_values();
            let start = w.index(values.len());
            let current = get(doc, &at).cloned().unwrap_or(Value::Null);
            let value = (0..values.len())
                .map(|k| values[(start + k) % values.len()].clone())
                .find(|v| !same_type(v, &current))
                .unwrap_or(Value::Null);
            set_at(doc, &at, value);
        }
        Mutation::Ref { at, anywhere, kind } => {
            let slots = if *anywhere {
                nodes(doc)
            } else {
                schema_slots(doc)
            };
            let Some(at) = pick(&slots, at) else { return };
            let value = reference(doc, &at, kind);
            set_at(doc, &at, value);
        }
        Mutation::Cycle {
            container,
            len,
            shape,
            at,
        } => cycle(doc, *container, *len, *shape, at),
        Mutation::RenameKey(i, n) => {
            if let Some(at) = pick(&members(doc), i) {
                rename_member(doc, &at, &n.render());
            }
        }
        Mutation::SetName(slot, i, n) => set_name(doc, *slot, i, &n.render()),
        Mutation::Collide(c, i, v) => collide(doc, *c, i, *v),
        Mutation::Nest { at, shape, depth } => {
            let schema = !matches!(shape, Nesting::Objects | Nesting::Arrays | Nesting::Mixed);
            let slots = if schema {
                schema_slots(doc)
            } else {
                nodes(doc)
            };
            if let Some(at) = pick(&slots, at) {
                set_at(doc, &at, nested(*shape, *depth));
            }
        }
        Mutation::Version(swap) => version(doc, *swap),
        Mutation::Graft(from, to) => {
            let all = nodes(doc);
            if let (Some(from), Some(to)) = (pick(&all, from), pick(&all, to)) {
                if let Some(value) = get(doc, &from).cloned() {
                    set_at(doc, &to, value);
                }
            }
        }
    }
}

fn reference(doc: &Value, at: &[String], kind: &RefKind) -> Value {
    let entries = entries(doc);
    let r = |s: String| json!({ "$ref": s });
    match kind {
        RefKind::ToSelf => r(format!("#{}", pointer(at))),
        RefKind::ToParent => r(format!("#{}", pointer(&at[..at.len().saturating_sub(1)]))),
        RefKind::ToNode(i) => r(format!(
            "#{}",
            pointer(&pick(&nodes(doc), i).unwrap_or_default())
        )),
        RefKind::ToEntry(i) => match pick(&entries, i) {
            Some(e) => r(format!("#{}", pointer(&e))),
            None => r("#/components/schemas/Missing".into()),
        },
        RefKind::Percent(i, style) => {
            let Some(e) = pick(&entries, i) else {
                return r("#/components/schemas/%4D%69%73%73".into());
            };
            let (name, home) = e.split_last().expect("entries are not empty");
            let home = pointer(home);
            r(match style {
                0 => format!("#{home}/{}", percent_all(name)),
                1 => format!("#{home}/{}", percent_all(name).to_lowercase()),
                2 => format!("#{home}/{}", percent_all(name).replace('%', "%25")),
                3 => format!("#{}", percent_all(&format!("{home}/{name}"))),
                _ => format!("#{home}%2F{name}"),
            })
        }
        RefKind::Dangling(n) => {
            let home = pointer(
                &schema_home(doc)
                    .iter()
                    .map(|s| s.to_string())
                    .collect::<Vec<_>>(),
            );
            r(format!("#{home}/{}", n.render()))
        }
        RefKind::Nonsense(i) => r(NONSENSE_REFS[i.index(NONSENSE_REFS.len())].to_owned()),
        RefKind::NotAString(i) => {
            let values = wrong_values();
            let v = values[i.index(values.len())].clone();
            json!({ "$ref": if v.is_string() { json!(7) } else { v } })
        }
        RefKind::WithSiblings(i) => {
            let target = pick(&entries, i)
                .map(|e| format!("#{}", pointer(&e)))
                .unwrap_or_else(|| "#/components/schemas/Missing".into());
            json!({
                "$ref": target,
                "description": "sibling",
                "type": "string",
                "nullable": true,
                "properties": {"x": {"type": "integer"}},
                "allOf": [{"$ref": target}],
            })
        }
    }
}

fn cycle(doc: &mut Value, container: Container, len: u8, shape: CycleShape, at: &Index) {
    let v2 = is_v2(doc);
    let home: Vec<&str> = match (container, v2) {
        (Container::Schemas, _) => schema_home(doc),
        (Container::Parameters, true) => vec!["parameters"],
        (Container::Responses, true) => vec!["responses"],
        (Container::Parameters, false) => vec!["components", "parameters"],
        (Container::Responses, false) => vec!["components", "responses"],
        (Container::RequestBodies, _) => vec!["components", "requestBodies"],
        (Container::PathItems, _) => vec!["paths"],
    };
    let home_ptr = pointer(&home.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    let name = |i: u8| match container {
        Container::PathItems => format!("/cycle{i}"),
        _ => format!("Cycle{i}"),
    };
    let target = |i: u8| {
        format!(
            "#{home_ptr}/{}",
            name(i % len).replace('~', "~0").replace('/', "~1")
        )
    };
    let Some(map) = object_at(doc, &home) else {
        return;
    };
    for i in 0..len {
        let next = json!({ "$ref": target(i + 1) });
        let value = match (container, shape) {
            (Container::Schemas, CycleShape::Ref) => next,
            (Container::Schemas, CycleShape::AllOf) => json!({"allOf": [next]}),
            (Container::Schemas, CycleShape::AnyOf) => json!({"anyOf": [next, {"type": "null"}]}),
            (Container::Schemas, CycleShape::OneOf) => {
                json!({"oneOf": [next, {"type": "string"}]})
            }
            (Container::Schemas, CycleShape::Property) => {
                json!({"type": "object", "properties": {"next": next}})
            }
            (Container::Schemas, CycleShape::RequiredProperty) => {
                json!({"type": "object", "required": ["next"], "properties": {"next": next}})
            }
            (Container::Schemas, CycleShape::Items) => json!({"type": "array", "items": next}),
            (Container::Schemas, CycleShape::AdditionalProperties) => {
                json!({"type": "object", "additionalProperties": next})
            }
            _ => next,
        };
        map.insert(name(i), value);
    }
    let first = json!({ "$ref": target(0) });
    match container {
        Container::Schemas => {
            if let Some(slot) = pick(&schema_slots(doc), at) {
                set_at(doc, &slot, first);
            }
        }
        Container::PathItems => {}
        Container::Parameters => {
            if let Some(op) = pick(&operations(doc), at) {
                if let Some(op) = get_mut(doc, &op).and_then(Value::as_object_mut) {
                    let params = op.entry("parameters").or_insert_with(|| json!([]));
                    if let Some(params) = params.as_array_mut() {
                        params.push(first);
                    }
                }
            }
        }
        Container::Responses => {
            if let Some(op) = pick(&operations(doc), at) {
                if let Some(op) = get_mut(doc, &op).and_then(Value::as_object_mut) {
                    let responses = op.entry("responses").or_insert_with(|| json!({}));
                    if let Some(responses) = responses.as_object_mut() {
                        responses.insert("200".into(), first);
                    }
                }
            }
        }
        Container::RequestBodies => {
            if let Some(op) = pick(&operations(doc), at) {
                if let Some(op) = get_mut(doc, &op).and_then(Value::as_object_mut) {
                    op.insert("requestBody".into(), first);
                }
            }
        }
    }
}

fn set_name(doc: &mut Value, slot: Slot, i: &Index, name: &str) {
    let ops = operations(doc);
    let op = pick(&ops, i);
    let set_op = |doc: &mut Value, key: &str, value: Value| {
        if let Some(op) = op
            .as_ref()
            .and_then(|op| get_mut(doc, op))
            .and_then(Value::as_object_mut)
        {
            op.insert(key.to_owned(), value);
        }
    };
    match slot {
        Slot::OperationId => set_op(doc, "operationId", json!(name)),
        Slot::RustName => set_op(doc, "x-rust-name", json!(name)),
        Slot::RustGroup => set_op(doc, "x-rust-group", json!(name)),
        Slot::Tag => {
            set_op(doc, "tags", json!([name]));
            if let Some(tags) = doc.get_mut("tags").and_then(Value::as_array_mut) {
                tags.push(json!({ "name": name }));
            }
        }
        Slot::ParamName => {
            let params: Vec<Ptr> = nodes(doc)
                .into_iter()
                .filter(|p| {
                    get(doc, p).is_some_and(|v| v.get("in").is_some() && v.get("name").is_some())
                })
                .collect();
            if let Some(p) = pick(&params, i) {
                if let Some(Value::Object(m)) = get_mut(doc, &p) {
                    m.insert("name".into(), json!(name));
                }
            }
        }
        Slot::PathParam => {
            let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
                return;
            };
            let templated: Vec<String> =
                paths.keys().filter(|k| k.contains('{')).cloned().collect();
            let Some(path) = pick(&templated, i) else {
                return;
            };
            let (Some(open), Some(close)) = (path.find('{'), path.find('}')) else {
                return;
            };
            if close < open {
                return;
            }
            let old = path[open + 1..close].to_owned();
            let new_path = format!("{}{{{name}}}{}", &path[..open], &path[close + 1..]);
            let item_ptr = vec!["paths".to_owned(), path.clone()];
            if let Some(item) = get_mut(doc, &item_ptr) {
                rename_param(item, &old, name);
            }
            rename_member(doc, &item_ptr, &new_path);
        }
        Slot::EnumValue => {
            if let Some(p) = pick(&keyed(doc, "enum"), i) {
                if let Some(Value::Array(values)) = get_mut(doc, &p) {
                    values.push(json!(name));
                }
            }
        }
        Slot::PropertyName => {
            if let Some(p) = pick(&keyed(doc, "properties"), i) {
                if let Some(Value::Object(props)) = get_mut(doc, &p) {
                    let value = props
                        .values()
                        .next()
                        .cloned()
                        .unwrap_or(json!({"type": "string"}));
                    props.insert(name.to_owned(), value);
                }
                if let Some((_, schema)) = p.split_last() {
                    if let Some(Value::Object(s)) = get_mut(doc, schema) {
                        let required = s.entry("required").or_insert_with(|| json!([]));
                        if let Some(r) = required.as_array_mut() {
                            r.push(json!(name));
                        }
                    }
                }
            }
        }
        Slot::SchemaName => {
            let all = entries(doc);
            let Some(e) = pick(&all, i) else { return };
            let old_ref = format!("#{}", pointer(&e));
            let mut renamed = e.clone();
            *renamed.last_mut().expect("entries are not empty") = name.to_owned();
            rename_member(doc, &e, name);
            rewrite_refs(doc, &old_ref, &format!("#{}", pointer(&renamed)));
        }
        Slot::PathKey => {
            let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
                return;
            };
            let keys: Vec<String> = paths.keys().cloned().collect();
            if let Some(k) = pick(&keys, i) {
                rename_member(doc, &["paths".to_owned(), k], name);
            }
        }
        Slot::Title => {
            if let Some(info) = object_at(doc, &["info"]) {
                info.insert("title".into(), json!(name));
            }
        }
        Slot::Description => {
            let all: Vec<Ptr> = ["description", "summary"]
                .iter()
                .flat_map(|k| keyed(doc, k))
                .collect();
            if let Some(p) = pick(&all, i) {
                set_at(doc, &p, json!(name));
            }
        }
        Slot::ServerUrl => {
            if is_v2(doc) {
                if let Some(m) = doc.as_object_mut() {
                    m.insert("host".into(), json!(name));
                }
            } else if let Some(m) = doc.as_object_mut() {
                m.insert("servers".into(), json!([{ "url": name }]));
            }
        }
        Slot::SecurityScheme => {
            let home: Vec<String> = if is_v2(doc) {
                vec!["securityDefinitions".into()]
            } else {
                vec!["components".into(), "securitySchemes".into()]
            };
            let Some(schemes) = get(doc, &home).and_then(Value::as_object) else {
                return;
            };
            let keys: Vec<String> = schemes.keys().cloned().collect();
            let Some(old) = pick(&keys, i) else { return };
            let mut at = home.clone();
            at.push(old.clone());
            rename_member(doc, &at, name);
            for p in keyed(doc, "security") {
                if let Some(Value::Array(reqs)) = get_mut(doc, &p) {
                    for req in reqs.iter_mut() {
                        if let Some(req) = req.as_object_mut() {
                            if let Some(v) = req.shift_remove(&old) {
                                req.insert(name.to_owned(), v);
                            }
                        }
                    }
                }
            }
        }
        Slot::ResponseHeader => {
            if let Some(p) = pick(&keyed(doc, "responses"), i) {
                if let Some(Value::Object(responses)) = get_mut(doc, &p) {
                    if let Some(Value::Object(first)) = responses.values_mut().next() {
                        let headers = first.entry("headers").or_insert_with(|| json!({}));
                        if let Some(h) = headers.as_object_mut() {
                            h.insert(
                                name.to_owned(),
                                json!({"schema": {"type": "string"}, "type": "string"}),
                            );
                        }
                    }
                }
            }
        }
        Slot::MediaType => {
            if let Some(p) = pick(&keyed(doc, "content"), i) {
                if let Some(Value::Object(content)) = get(doc, &p) {
                    if let Some(k) = content.keys().next().cloned() {
                        let mut at = p.clone();
                        at.push(k);
                        rename_member(doc, &at, name);
                    }
                }
            }
        }
        Slot::StatusCode => {
            if let Some(p) = pick(&keyed(doc, "responses"), i) {
                if let Some(Value::Object(responses)) = get(doc, &p) {
                    if let Some(k) = responses.keys().next().cloned() {
                        let mut at = p.clone();
                        at.push(k);
                        rename_member(doc, &at, name);
                    }
                }
            }
        }
        Slot::Pagination => {
            let all = keyed(doc, "x-pagination");
            if let Some(p) = pick(&all, i) {
                if let Some(Value::Object(pg)) = get_mut(doc, &p) {
                    let keys: Vec<String> = pg.keys().cloned().collect();
                    if let Some(k) = pick(&keys, i) {
                        pg.insert(k, json!(name));
                    }
                }
            } else {
                set_op(
                    doc,
                    "x-pagination",
                    json!({"style": "cursor", "items": name, "cursor": name, "next_cursor": name}),
                );
            }
        }
        Slot::ModuleLike => {
            // Names that become file names: group (tag / x-rust-group) and the operation.
            set_op(doc, "x-rust-group", json!(name));
            set_op(doc, "tags", json!([name]));
            set_op(doc, "operationId", json!(name));
        }
    }
}

/// Renames path parameter `old` to `new` in a path item (its own and its operations' lists).
fn rename_param(item: &mut Value, old: &str, new: &str) {
    if let Some(map) = item.as_object_mut() {
        for (k, v) in map.iter_mut() {
            let list = if k == "parameters" {
                Some(v)
            } else if METHODS.contains(&k.as_str()) {
                v.get_mut("parameters")
            } else {
                None
            };
            if let Some(params) = list.and_then(Value::as_array_mut) {
                rename_in(params, old, new);
            }
        }
    }
}

fn rename_in(params: &mut [Value], old: &str, new: &str) {
    for p in params {
        if p.get("name").and_then(Value::as_str) == Some(old) {
            p["name"] = json!(new);
        }
    }
}

fn collide(doc: &mut Value, what: Collide, i: &Index, variant: Variant) {
    match what {
        Collide::Schema => {
            let all: Vec<Ptr> = entries(doc)
                .into_iter()
                .filter(|e| e.len() == 2 || e[1] == "schemas")
                .collect();
            if let Some(e) = pick(&all, i) {
                let (old, home) = e.split_last().expect("entries are not empty");
                let new = variant.apply(old);
                let value = get(doc, &e).cloned();
                if let (Some(value), Some(Value::Object(map))) = (value, get_mut(doc, home)) {
                    map.insert(new.clone(), value);
                }
                // Make something use the twin.
                let mut twin = home.to_vec();
                twin.push(new);
                if let Some(slot) = pick(&schema_slots(doc), i) {
                    set_at(
                        doc,
                        &slot,
                        json!({ "$ref": format!("#{}", pointer(&twin)) }),
                    );
                }
            }
        }
        Collide::Property => {
            if let Some(p) = pick(&keyed(doc, "properties"), i) {
                if let Some(Value::Object(props)) = get_mut(doc, &p) {
                    let twins: Vec<(String, Value)> = props
                        .iter()
                        .map(|(k, v)| (variant.apply(k), v.clone()))
                        .collect();
                    props.extend(twins);
                }
            }
        }
        Collide::Operation => {
            let Some(op) = pick(&operations(doc), i) else {
                return;
            };
            let Some(mut twin) = get(doc, &op).cloned() else {
                return;
            };
            if let Some(t) = twin.as_object_mut() {
                for key in ["operationId", "x-rust-name"] {
                    if let Some(Value::String(s)) = t.get(key).cloned() {
                        t.insert(key.into(), json!(variant.apply(&s)));
                    }
                }
            }
            let path = &op[1];
            let item = vec!["paths".to_owned(), path.clone()];
            let free = METHODS
                .iter()
                .find(|m| get(doc, &item).is_some_and(|it| it.get(**m).is_none()));
            match free {
                Some(m) => {
                    if let Some(Value::Object(it)) = get_mut(doc, &item) {
                        it.insert((*m).to_owned(), twin);
                    }
                }
                None => {
                    if let Some(paths) = object_at(doc, &["paths"]) {
                        let mut item = Map::new();
                        item.insert(op[2].clone(), twin);
                        paths.insert(format!("{path}/twin"), Value::Object(item));
                    }
                }
            }
        }
        Collide::Param => {
            let lists: Vec<Ptr> = keyed(doc, "parameters")
                .into_iter()
                .filter(|p| get(doc, p).is_some_and(Value::is_array))
                .collect();
            if let Some(p) = pick(&lists, i) {
                if let Some(Value::Array(params)) = get_mut(doc, &p) {
                    let twins: Vec<Value> = params
                        .iter()
                        .filter_map(|param| {
                            let name = param.get("name")?.as_str()?;
                            let mut t = param.clone();
                            t["name"] = json!(variant.apply(name));
                            Some(t)
                        })
                        .collect();
                    params.extend(twins);
                }
            }
        }
        Collide::EnumValue => {
            if let Some(p) = pick(&keyed(doc, "enum"), i) {
                if let Some(Value::Array(values)) = get_mut(doc, &p) {
                    let twins: Vec<Value> = values
                        .iter()
                        .filter_map(|v| v.as_str().map(|s| json!(variant.apply(s))))
                        .collect();
                    values.extend(twins);
                }
            }
        }
        Collide::Tag => {
            let ops = operations(doc);
            let tag = ops.iter().find_map(|op| {
                get(doc, op)?
                    .get("tags")?
                    .get(0)?
                    .as_str()
                    .map(str::to_owned)
            });
            let tag = tag.unwrap_or_else(|| "webhooks".into());
            if let Some(op) = pick(&ops, i) {
                if let Some(Value::Object(o)) = get_mut(doc, &op) {
                    o.insert("tags".into(), json!([variant.apply(&tag)]));
                }
            }
        }
    }
}

fn nested(shape: Nesting, depth: usize) -> Value {
    let mut v = json!({"type": "string"});
    if matches!(shape, Nesting::Objects | Nesting::Arrays | Nesting::Mixed) {
        v = json!("leaf");
    }
    for level in 0..depth {
        v = match shape {
            Nesting::Objects => json!({ "a": v }),
            Nesting::Arrays => json!([v]),
            Nesting::Mixed if level % 2 == 0 => json!({ "a": v }),
            Nesting::Mixed => json!([v]),
            Nesting::SchemaProperties => {
                json!({"type": "object", "required": ["child"], "properties": {"child": v}})
            }
            Nesting::SchemaItems => json!({"type": "array", "items": v}),
            Nesting::SchemaAllOf => json!({"allOf": [v, {"description": "level"}]}),
            Nesting::SchemaAnyOf => json!({"anyOf": [v, {"type": "null"}]}),
        };
    }
    v
}

fn version(doc: &mut Value, swap: VersionSwap) {
    let Some(m) = doc.as_object_mut() else {
        return;
    };
    match swap {
        VersionSwap::ToSwagger2 => {
            m.shift_remove("openapi");
            m.insert("swagger".into(), json!("2.0"));
        }
        VersionSwap::To30 | VersionSwap::To31 | VersionSwap::To32 => {
            m.shift_remove("swagger");
            let v = match swap {
                VersionSwap::To30 => "3.0.3",
                VersionSwap::To31 => "3.1.0",
                _ => "3.2.0",
            };
            m.insert("openapi".into(), json!(v));
        }
        VersionSwap::Both => {
            m.insert("openapi".into(), json!("3.1.0"));
            m.insert("swagger".into(), json!("2.0"));
        }
        VersionSwap::OpenapiNumber => {
            m.shift_remove("swagger");
            m.insert("openapi".into(), json!(3.0));
        }
        VersionSwap::SwaggerNumber => {
            m.shift_remove("openapi");
            m.insert("swagger".into(), json!(2.0));
        }
        VersionSwap::Removed => {
            m.shift_remove("openapi");
            m.shift_remove("swagger");
        }
        VersionSwap::Weird(n) => {
            let weird = [
                "",
                "3",
                "3.",
                "3.0",
                "3.1",
                "4.0.0",
                "3.1.0-rc1",
                "2.0",
                "1.2",
                "3.0.0.0",
                "v3",
                "３.０",
            ];
            let key = if m.contains_key("swagger") {
                "swagger"
            } else {
                "openapi"
            };
            m.insert(key.into(), json!(weird[n as usize % weird.len()]));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Serialization
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
enum Format {
    Json,
    JsonPretty,
    Yaml,
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![
        1 => Just(Format::Json),
        1 => Just(Format::JsonPretty),
        2 => Just(Format::Yaml),
    ]
}

fn serialize(doc: &Value, format: Format) -> Vec<u8> {
    match format {
        Format::Json => serde_json::to_vec(doc).expect("JSON"),
        Format::JsonPretty => serde_json::to_vec_pretty(doc).expect("JSON"),
        Format::Yaml => serde_yaml::to_string(doc).expect("YAML").into_bytes(),
    }
}

// ---------------------------------------------------------------------------------------------
// Raw bytes
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Raw {
    /// Arbitrary bytes.
    Random(Vec<u8>),
    /// Arbitrary text.
    RandomText(String),
    /// A document header followed by arbitrary bytes.
    AfterHeader(Index, Vec<u8>),
    /// A valid document with invalid UTF-8 put in.
    NotUtf8(Index, Index, Index),
    /// A valid document cut short.
    Truncated(Index, Index),
    /// A valid document with random bytes spliced in.
    Spliced(Index, Index, Vec<u8>),
    /// Empty and near-empty documents.
    Empty(Index),
    /// Nesting thousands deep, as JSON.
    DeepJson(usize, u8),
    /// Nesting thousands deep, as YAML flow collections, inside a document.
    DeepYamlFlow(usize, u8),
    /// Nesting hundreds deep, as indented YAML.
    DeepYamlBlock(usize),
    /// Anchors and aliases: `levels` of `fanout` aliases each, under `place`.
    AliasBomb { levels: u32, fanout: u32, place: u8 },
    /// YAML oddities: recursive, undefined and duplicate anchors, merge keys, tags, several
    /// documents, duplicate keys.
    YamlOddity(Index),
    /// A valid document re-encoded (UTF-16, CRLF, tabs, BOM).
    Reencoded(Index, u8),
}

fn raw() -> impl Strategy<Value = Raw> {
    prop_oneof![
        2 => prop::collection::vec(any::<u8>(), 0..512).prop_map(Raw::Random),
        2 => "\\PC{0,256}|[{}\\[\\]:,\"' \n\t&*!|>#-]{0,64}".prop_map(Raw::RandomText),
        2 => (any::<Index>(), prop::collection::vec(any::<u8>(), 0..256))
            .prop_map(|(i, b)| Raw::AfterHeader(i, b)),
        2 => (any::<Index>(), any::<Index>(), any::<Index>())
            .prop_map(|(a, b, c)| Raw::NotUtf8(a, b, c)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Raw::Truncated(a, b)),
        2 => (any::<Index>(), any::<Index>(), prop::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(a, b, c)| Raw::Spliced(a, b, c)),
        1 => any::<Index>().prop_map(Raw::Empty),
        1 => (500usize..=5000, 0u8..3).prop_map(|(d, k)| Raw::DeepJson(d, k)),
        1 => (500usize..=1500, 0u8..3).prop_map(|(d, k)| Raw::DeepYamlFlow(d, k)),
        1 => (100usize..=400).prop_map(Raw::DeepYamlBlock),
        // At most 4,096 copies of the anchored node once expanded.
        2 => (1u32..=6, 2u32..=10, 0u8..4).prop_map(|(levels, fanout, place)| Raw::AliasBomb {
            levels: (1..=levels).rev().find(|l| fanout.pow(*l) <= 4096).unwrap_or(1),
            fanout,
            place,
        }),
        2 => any::<Index>().prop_map(Raw::YamlOddity),
        1 => (any::<Index>(), 0u8..5).prop_map(|(i, k)| Raw::Reencoded(i, k)),
    ]
}

const HEADERS: [&str; 5] = [
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n",
    "openapi: 3.1.0\n",
    "swagger: '2.0'\ninfo:\n  title: ",
    "{\"openapi\": \"3.0.0\", \"paths\": ",
    "%YAML 1.2\n---\n",
];

const EMPTY: [&str; 18] = [
    "",
    " ",
    "\n\n",
    "\u{feff}",
    "\u{feff}\u{feff}",
    "---",
    "---\n...\n",
    "...",
    "~",
    "null",
    "{}",
    "[]",
    "\"\"",
    "0",
    "# only a comment\n",
    "---\n---\n",
    "%YAML 1.2\n---\n",
    "openapi:",
];

const ODDITIES: [&str; 16] = [
    "openapi: 3.0.0\ninfo: &a {title: t, version: '1', self: *a}\npaths: {}\n",
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: *nope\n",
    "openapi: 3.0.0\ninfo: &a {title: t, version: '1'}\nx: &a [1]\npaths: {}\ny: *a\n",
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\nbase: &b {type: object}\ncomponents: {schemas: {A: {<<: *b, properties: {x: {<<: [*b, *b]}}}}}\npaths: {}\n",
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\ncomponents: {schemas: {A: {<<: 5}}}\npaths: {}\n",
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\ncomponents: {schemas: {A: {<<: [1, 2]}}}\npaths: {}\n",
    "openapi: !!binary aGVsbG8=\ninfo: {title: t, version: '1'}\npaths: {}\n",
    "openapi: 3.0.0\ninfo: !!python/object {title: t, version: '1'}\npaths: !Custom {}\n",
    "openapi: !!int 3\ninfo: {title: !!float t, version: '1'}\npaths: {}\n",
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n---\nopenapi: 3.1.0\n",
    "openapi: 3.0.0\nopenapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
    "{\"openapi\": \"3.0.0\", \"openapi\": \"3.1.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}",
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n? [complex, key]\n: value\n? {a: 1}\n: value\n",
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n1: one\ntrue: yes\n~: null\n1.5: x\n",
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\nx: 1e999999\ny: 123456789012345678901234567890\nz: -0\nw: .nan\nv: .inf\n",
    "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get: &op\n      responses: {'200': {description: ok}}\n    put: *op\n    post: *op\n",
];

/// Invalid UTF-8 sequences.
const BAD_UTF8: [&[u8]; 8] = [
    &[0xFF],
    &[0xFE],
    &[0xC3, 0x28],
    &[0xED, 0xA0, 0x80],
    &[0xF4, 0x90, 0x80, 0x80],
    &[0x80],
    &[0xE2, 0x82],
    &[0xC0, 0xAF],
];

fn raw_bytes(raw: &Raw) -> (String, Vec<u8>) {
    let texts = texts();
    let text = |i: &Index| texts[i.index(texts.len())].clone();
    match raw {
        Raw::Random(b) => ("random bytes".into(), b.clone()),
        Raw::RandomText(t) => ("random text".into(), t.clone().into_bytes()),
        Raw::AfterHeader(i, b) => {
            let mut out = HEADERS[i.index(HEADERS.len())].as_bytes().to_vec();
            out.extend_from_slice(b);
            ("header + random bytes".into(), out)
        }
        Raw::NotUtf8(i, at, which) => {
            let (name, t) = text(i);
            let mut out = t.into_bytes();
            let at = at.index(out.len() + 1);
            let bad = BAD_UTF8[which.index(BAD_UTF8.len())];
            out.splice(at..at, bad.iter().copied());
            (format!("{name} with invalid UTF-8 at byte {at}"), out)
        }
        Raw::Truncated(i, at) => {
            let (name, t) = text(i);
            let mut out = t.into_bytes();
            let at = at.index(out.len() + 1);
            out.truncate(at);
            (format!("{name} cut at byte {at}"), out)
        }
        Raw::Spliced(i, at, b) => {
            let (name, t) = text(i);
            let mut out = t.into_bytes();
            let at = at.index(out.len() + 1);
            out.splice(at..at, b.iter().copied());
            (format!("{name} with bytes spliced at {at}"), out)
        }
        Raw::Empty(i) => ("near-empty".into(), EMPTY[i.index(EMPTY.len())].into()),
        Raw::DeepJson(depth, kind) => {
            let (open, close) = match kind {
                0 => ("[".repeat(*depth), "]".repeat(*depth)),
                1 => ("{\"a\":".repeat(*depth), "}".repeat(*depth)),
                _ => ("{\"a\":[".repeat(*depth), "]}".repeat(*depth)),
            };
            let doc = format!(
                "{{\"openapi\": \"3.0.0\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \
                 \"paths\": {{}}, \"components\": {{\"schemas\": {{\"A\": {open}1{close}}}}}}}"
            );
            (format!("JSON nested {depth} deep"), doc.into_bytes())
        }
        Raw::DeepYamlFlow(depth, kind) => {
            let (open, close) = match kind {
                0 => ("[".repeat(*depth), "]".repeat(*depth)),
                1 => ("{a: ".repeat(*depth), "}".repeat(*depth)),
                _ => ("{a: [".repeat(*depth), "]}".repeat(*depth)),
            };
            let doc = format!(
                "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n\
                 components: {{schemas: {{A: {open}1{close}}}}}\n"
            );
            (format!("YAML flow nested {depth} deep"), doc.into_bytes())
        }
        Raw::DeepYamlBlock(depth) => {
            let mut doc = String::from(
                "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n",
            );
            for level in 0..*depth {
                let indent = " ".repeat(6 + 2 * level);
                doc.push_str(&format!(
                    "{indent}type: object\n{indent}properties:\n{indent}  a:\n"
                ));
            }
            doc.push_str(&format!("{}type: string\n", " ".repeat(6 + 2 * depth + 2)));
            (format!("YAML block nested {depth} deep"), doc.into_bytes())
        }
        Raw::AliasBomb {
            levels,
            fanout,
            place,
        } => {
            let mut doc = String::from("openapi: 3.0.0\ninfo: {title: t, version: '1'}\n");
            doc.push_str("x-bomb:\n  l0: &l0 {type: string, description: lol}\n");
            for l in 1..=*levels {
                let items: Vec<String> = (0..*fanout).map(|_| format!("*l{}", l - 1)).collect();
                let body = match place {
                    0 | 1 => format!("{{allOf: [{}]}}", items.join(", ")),
                    _ => format!("[{}]", items.join(", ")),
                };
                doc.push_str(&format!("  l{l}: &l{l} {body}\n"));
            }
            let top = format!("*l{levels}");
            match place {
                0 => doc.push_str(&format!(
                    "paths: {{}}\ncomponents: {{schemas: {{Bomb: {top}}}}}\n"
                )),
                1 => doc.push_str(&format!(
                    "paths:\n  /b:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {{application/json: {{schema: {top}}}}}\n"
                )),
                2 => doc.push_str(&format!("paths: {{}}\nx-more: {top}\n")),
                _ => doc.push_str(&format!(
                    "paths: {{}}\ncomponents: {{schemas: {{Bomb: {{enum: {top}}}}}}}\n"
                )),
            }
            (
                format!("alias bomb {fanout}^{levels} (place {place})"),
                doc.into_bytes(),
            )
        }
        Raw::YamlOddity(i) => (
            "YAML oddity".into(),
            ODDITIES[i.index(ODDITIES.len())].into(),
        ),
        Raw::Reencoded(i, kind) => {
            let (name, t) = text(i);
            let out = match kind {
                0 => {
                    let mut b = vec![0xFF, 0xFE];
                    b.extend(t.encode_utf16().flat_map(u16::to_le_bytes));
                    b
                }
                1 => t.replace('\n', "\r\n").into_bytes(),
                2 => t.replace("  ", "\t").into_bytes(),
                3 => format!("\u{feff}{t}").into_bytes(),
                _ => t.replace('\n', "\r").into_bytes(),
            };
            (format!("{name} re-encoded ({kind})"), out)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The property tests
// ---------------------------------------------------------------------------------------------

/// `share` percent of the total number of cases (`PROPTEST_CASES`, default 10,000).
fn config(share: u32) -> Config {
    let total = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(DEFAULT_TOTAL_CASES);
    let mut config = Config {
        cases: (u64::from(total) * u64::from(share) / 100).max(1) as u32,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/fuzz.txt",
        ))),
        ..Config::default()
    };
    // Shrinking runs `generate` once a step: bound it unless the environment says otherwise.
    if std::env::var_os("PROPTEST_MAX_SHRINK_ITERS").is_none() {
        config.max_shrink_iters = 4096;
    }
    if std::env::var_os("PROPTEST_MAX_SHRINK_TIME").is_none() {
        config.max_shrink_time = 120_000;
    }
    config
}

fn stem() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just("fuzz".to_owned()),
        1 => prop::sample::select(STEMS.to_vec()).prop_map(str::to_owned),
    ]
}

/// Runs a property over `share` percent of the cases, as the `proptest!` macro would, except
/// that `PROPTEST_CASES` is the total over all the property tests here.
fn property<S: Strategy>(
    name: &'static str,
    share: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let mut config = config(share);
    config.test_name = Some(name);
    config.source_file = Some(file!());
    let mut runner = TestRunner::new(config);
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}\n{runner}");
    }
}

/// Our specs, cut down to one operation (now and then whole; half of the time without
/// documentation text), mutated.
#[test]
fn mutated_specs() {
    let strategy = (
        any::<Index>(),
        prop::bool::weighted(0.01),
        prop::bool::weighted(0.5),
        prop::collection::vec(mutation(), 1..=4),
        format(),
        prop::bool::weighted(0.1),
    );
    property(
        "mutated_specs",
        35,
        strategy,
        |(source, whole, lean, mutations, format, write)| {
            let (mut name, mut doc) = if whole {
                let (stem, _, value) = &specs()[source.index(specs().len())];
                (format!("specs/{stem}.yaml (whole)"), value.clone())
            } else {
                let (name, value) = &cut_specs()[source.index(cut_specs().len())];
                (name.clone(), value.clone())
            };
            if lean {
                // Documentation text is half the cost of generating one operation.
                strip_docs(&mut doc);
                name.push_str(" without docs");
            }
            for m in &mutations {
                apply(&mut doc, m);
            }
            let case = Case {
                what: format!("{name} mutated, as {format:?}"),
                stem: "fuzz".into(),
                bytes: serialize(&doc, format),
                write,
                single: false,
            };
            check(&case, "mutated_specs")
        },
    );
}

/// Inline fixtures (now and then cut down to one operation), mutated, under hostile file names.
#[test]
fn mutated_fixtures() {
    let strategy = (
        // The three rich fixtures half of the time, the tiny ones the other half.
        prop_oneof![0usize..3, 3usize..3 + FIXTURES_TINY.len()],
        prop::option::weighted(0.8, any::<Index>()),
        prop::collection::vec(mutation(), 1..=5),
        format(),
        stem(),
        prop::bool::weighted(0.1),
    );
    property(
        "mutated_fixtures",
        45,
        strategy,
        |(fixture, cut, mutations, format, stem, write)| {
            let (name, value) = &fixture_values()[fixture];
            let mut doc = value.clone();
            if let Some(which) = &cut {
                let count = operation_count(&doc).max(1);
                cut_to_operation(&mut doc, which.index(count));
            }
            for m in &mutations {
                apply(&mut doc, m);
            }
            let case = Case {
                what: format!(
                    "{name}{} mutated, as {format:?}",
                    if cut.is_some() {
                        " (one operation)"
                    } else {
                        ""
                    }
                ),
                stem,
                bytes: serialize(&doc, format),
                write,
                single: false,
            };
            check(&case, "mutated_fixtures")
        },
    );
}

/// Bytes that are barely (or not) a document.
#[test]
fn hostile_bytes() {
    property("hostile_bytes", 20, raw(), |raw| {
        let (what, bytes) = raw_bytes(&raw);
        let case = Case {
            what,
            stem: "fuzz".into(),
            bytes,
            write: false,
            single: false,
        };
        check(&case, "hostile_bytes")
    });
}

// ---------------------------------------------------------------------------------------------
// Reproducers of what the property tests found (ignored while the generator still fails)
// ---------------------------------------------------------------------------------------------

/// Runs one document through every check (writing the files too), panicking on failure.
fn reproduce(stem: &str, doc: &str) {
    let case = Case {
        what: "reproducer".into(),
        stem: stem.into(),
        bytes: doc.as_bytes().to_vec(),
        write: true,
        single: true,
    };
    if let Err(e) = check(&case, "reproducer") {
        panic!("{e}");
    }
}

/// A 3.1 schema that is its own nullable alias (`A = Option<A>`), used as a branch of an untagged
/// union. `emit::types::struct_field_names` follows `Nullable`/`Alias` through `A` forever:
/// "thread 'generate' has overflowed its stack", and the process aborts (not a panic:
/// `catch_unwind` cannot stop it). Used as a property instead, it is emitted as
/// `pub type A = Option<A>;`, which does not compile.
#[test]
fn alias_cycle_through_nullable_any_of() {
    reproduce(
        "fuzz",
        "openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    U: {anyOf: [{type: string}, {$ref: '#/components/schemas/A'}]}
    A: {anyOf: [{$ref: '#/components/schemas/A'}, {type: 'null'}]}
",
    );
}

/// An invalid keyword (`required` as a map) under 18 levels of inline object schemas. Loading
/// takes time exponential in the depth (about x1.85 a level in a debug build: 16 levels 3.4 s,
/// 18 levels 19 s, 39 levels never ends): `openapiv3`'s untagged enums (`ReferenceOr`,
/// `SchemaKind`) buffer and retry every variant at every level before `load::deserialize` gets
/// the error it then repairs. A 700-byte document hangs the generator.
#[test]
fn invalid_schema_nested_deep() {
    let mut schema = "{type: object, required: {x: 1}}".to_owned();
    for _ in 0..18 {
        schema = format!("{{type: object, properties: {{child: {schema}}}}}");
    }
    reproduce(
        "fuzz",
        &format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n\
             components: {{schemas: {{A: {schema}}}}}\n"
        ),
    );
}

/// A schema whose `description` is not a string. `load::deserialize` replaces the rejected
/// schema by "any value" but keeps its `description`, which is what was rejected, so it
/// retries 10,000 times (each a full deserialization) before giving up with "too many
/// unsupported constructs": 4.7 s here (debug build) for 1.4 KB, 23 s with 120 schemas before
/// it; a mutated one-operation spec took 8-17 s.
#[test]
fn schema_description_not_a_string() {
    let mut doc =
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
            .to_owned();
    for i in 0..20 {
        doc.push_str(&format!(
            "    F{i}: {{type: object, properties: {{a: {{type: string}}, b: {{type: integer}}}}}}\n"
        ));
    }
    doc.push_str("    A: {type: object, description: 5}\n");
    reproduce("fuzz", &doc);
}

/// Flow collections nested 12,000 deep (`{a: [{a: [...]}]}`, 84 KB). The YAML parser
/// (serde_yaml / unsafe-libyaml) reads every event before the recursion limit is checked, and
/// its scanner is quadratic in the flow depth: 4,000 levels 0.86 s, 8,000 2.75 s, 16,000
/// 10.1 s (debug build). A check of the nesting depth before parsing would bound it.
#[test]
fn yaml_flow_nested_deep() {
    let depth = 12_000;
    reproduce(
        "fuzz",
        &format!(
            "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n\
             components: {{schemas: {{A: {}1{}}}}}\n",
            "{a: [".repeat(depth),
            "]}".repeat(depth)
        ),
    );
}

#[test]
fn fixtures_generate_cleanly() {
    for (name, text) in fixtures().into_iter().take(3) {
        let case = Case {
            what: name.into(),
            stem: "fuzz".into(),
            bytes: text.as_bytes().to_vec(),
            write: true,
            single: true,
        };
        let (result, _) = run_generate(&case, "fixtures").unwrap();
        let generated = result.unwrap_or_else(|p| panic!("{name}: {p}"));
        assert!(
            !generated.files.is_empty(),
            "{name}: {:#?}",
            generated.diagnostics
        );
    }
}
