//! Webhook payloads of the full upstream documents (`../shared/upstream`, or `$UPSTREAM_DIR`)
//! decode into the right variant of the `Event` enum generated from that document, and encode
//! back to the same JSON. Slow (it compiles a whole generated crate per document), so ignored by
//! default: `cargo test -p tests --test upstream_webhooks -- --ignored --nocapture`.
//!
//! Every `.json`/`.yaml`/`.yml` file under the directory whose `webhooks` object has events is
//! checked. Per document:
//!
//! 1. The generator (as a library, in memory) writes the whole standalone crate to
//!    `target/upstream-webhooks/<name>/crate/`.
//! 2. The payloads, each with the webhook key it must decode into:
//!    - every explicit example of the `webhooks` section (as `tests/webhooks.rs` collects them,
//!      `common/webhook_examples.rs`): the key its event-type property selects, the property
//!      being the one the generator decided on (`x-rust-webhooks.event_type`, else inferred; it is
//!      the generated `Event::EVENT_TYPE_FIELD`). An example whose event type selects no key is
//!      expected to decode into the one event it is documented on (and is listed as a failure
//!      when it does not);
//!    - one payload per webhook key sampled from its POST body schema by Prism's JSON Schema
//!      sampler (`webhooks/sample.js`). The sampler does not know which event a payload is for:
//!      for a schema shared by several events it takes the first of the event-type property's
//!      `examples` (`company.created` for `company.deleted` too), and for a key with
//!      `{placeholders}` it may produce the key itself or another event's value. When the
//!      sampled event type does not select the key, it is set to one that does: the key itself
//!      when it has no placeholders; otherwise the first `const`/`enum`/`examples`/`example`/
//!      `default` value of the property's schema that matches the key
//!      (`bills.write.unsuccessful` for `{dataType}.write.unsuccessful`), else the key with each
//!      placeholder replaced by its own name (`dataType.write.unsuccessful`);
//!    - a payload (explicit or sampled) without the event-type property at all must decode into
//!      `Unknown`, keeping its JSON: nothing names its event. Codat's legacy document has nine
//!      such events (its alert "rules", whose payloads carry `RuleType` values that are not the
//!      event keys); the generator warns about each;
//!    - one payload with an event type the document does not list (a sample with its event type
//!      changed): it must decode into `Unknown`, keeping its JSON.
//! 3. A checker crate (`target/upstream-webhooks/<name>/checker/`, a path dependency on the
//!    generated crate) decodes each payload with `Event::from_slice`, and prints its `key()`
//!    and its re-encoding; when a payload does not decode, it decodes it again as the expected
//!    event's payload type with `serde_path_to_error` to name the failing JSON path. All checkers
//!    share `CARGO_TARGET_DIR=target/upstream-build` with `.ci/upstream`.
//! 4. Each payload must decode into its expected variant and encode back to the same JSON.
//!    Accepted, and counted apart: integers that come back as floats (`10.0` for `10` in a
//!    `type: number` field), and read-only properties left out (the generated types never send
//!    them; the sampler's output with `skipReadOnly` tells which they are). Anything else (an
//!    explicit `null` that comes back absent, a missing property) is a failure.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde_json::{json, Value};

#[path = "common/npm.rs"]
mod npm;
#[path = "common/upstream.rs"]
mod upstream;
#[path = "common/webhook_examples.rs"]
mod webhook_examples;

use upstream::{
    diff, document_name, run_checker, same_numbers, upstream_documents, write_if_changed,
};
use webhook_examples::{post_content, resolve, Keys};

#[test]
#[ignore = "slow: generates and compiles a whole crate per upstream document with webhooks"]
fn upstream_webhook_payloads_decode_into_their_events() {
    let started = Instant::now();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf();
    let (upstream, files) = upstream_documents(&root);
    let work = root.join("target/upstream-webhooks");
    let mut docs = Vec::new();
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let mut diags = generator::diag::Diagnostics::new(path.display().to_string());
        let Some(doc) = generator::load::parse(&bytes, &mut diags) else {
            continue;
        };
        match doc.get("webhooks").and_then(Value::as_object) {
            Some(w) if !w.is_empty() => docs.push((path, bytes, doc)),
            Some(_) => eprintln!("{}: an empty `webhooks` object; skipped", path.display()),
            None => {}
        }
    }
    assert!(
        !docs.is_empty(),
        "no documents with webhooks under {}",
        upstream.display()
    );
    npm::prism_executable().unwrap_or_else(|e| panic!("{e}"));

    let mut total = Counts::default();
    let mut failures = Vec::new();
    for (path, bytes, doc) in docs {
        let name = document_name(&upstream, &path);
        let label = path.display().to_string();
        let doc_started = Instant::now();
        match run(&path, bytes, &doc, &name, &work) {
            Ok(outcome) => {
                eprintln!(
                    "{label} ({:.1?}): {}",
                    doc_started.elapsed(),
                    outcome.counts.line()
                );
                for note in &outcome.notes {
                    eprintln!("  {note}");
                }
                total.add(&outcome.counts);
                failures.extend(
                    outcome
                        .failures
                        .into_iter()
                        .map(|f| format!("{label}: {f}")),
                );
            }
            Err(e) => {
                eprintln!("{label}: {e}");
                failures.push(format!("{label}: {e}"));
            }
        }
    }
    eprintln!(
        "all documents ({:.1?}): {}",
        started.elapsed(),
        total.line()
    );
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} failure(s), listed above",
        failures.len()
    );
}

/// Counts over the payloads of one or more documents.
#[derive(Default)]
struct Counts {
    explicit: usize,
    sampled: usize,
    /// Sampled payloads whose event type was set (see the module's documentation).
    tags_set: usize,
    unlisted: usize,
    /// Payloads without the event-type property (expected: `Unknown`, JSON kept).
    untagged: usize,
    right_variant: usize,
    exact: usize,
    numbers: usize,
    read_only: usize,
    failed: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.explicit += o.explicit;
        self.sampled += o.sampled;
        self.tags_set += o.tags_set;
        self.unlisted += o.unlisted;
        self.untagged += o.untagged;
        self.right_variant += o.right_variant;
        self.exact += o.exact;
        self.numbers += o.numbers;
        self.read_only += o.read_only;
        self.failed += o.failed;
    }

    fn line(&self) -> String {
        format!(
            "{} explicit examples, {} sampled payloads ({} with their event type set), {} unlisted \
             event, {} without an event type (expected `Unknown`); {} decoded into the right \
             variant; {} round-tripped exactly, {} equal as numbers, {} equal without read-only \
             properties; {} failed",
            self.explicit,
            self.sampled,
            self.tags_set,
            self.unlisted,
            self.untagged,
            self.right_variant,
            self.exact,
            self.numbers,
            self.read_only,
            self.failed
        )
    }
}

struct Outcome {
    counts: Counts,
    notes: Vec<String>,
    failures: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Origin {
    Explicit,
    Sampled,
    Unlisted,
}

/// One payload to decode.
struct Case {
    origin: Origin,
    /// Where it comes from.
    place: String,
    /// The webhook key it must decode into; `None`: `Unknown`.
    expected: Option<String>,
    payload: Value,
    /// The payload without read-only properties (sampled payloads only).
    without_read_only: Option<Value>,
    /// Said with a failure: why the payload is what it is.
    note: Option<String>,
}

/// Generates the crate of one document, builds its checker and checks every payload.
fn run(
    path: &Path,
    bytes: Vec<u8>,
    doc: &Value,
    name: &str,
    work: &Path,
) -> Result<Outcome, String> {
    let label = path.display().to_string();
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let spec = generator::Spec {
        label: label.clone(),
        module: generator::module_name(stem),
        bytes,
        ..Default::default()
    };
    let mut diags = generator::diag::Diagnostics::new(&label);
    let api = generator::api(&spec, &mut diags).ok_or("the generator rejects the document")?;
    let webhooks = api
        .webhooks
        .as_ref()
        .ok_or("the generator found no webhooks")?;
    let field = webhooks.event_field.as_str();
    let package = format!("upstream-webhooks-{}", name.replace('_', "-"));
    let generated = generator::generate(
        std::slice::from_ref(&spec),
        &generator::CrateOptions {
            name: package.clone(),
            version: "0.1.0".into(),
            standalone: true,
        },
    );
    if generated.files.is_empty() {
        let errors: Vec<String> = generated
            .diagnostics
            .iter()
            .map(|d| format!("{d:?}"))
            .collect();
        return Err(format!(
            "the generator wrote nothing:\n{}",
            errors.join("\n")
        ));
    }
    let dir = work.join(name);
    let crate_dir = dir.join("crate");
    for (file, contents) in &generated.files {
        write_if_changed(&crate_dir.join(file), contents)?;
    }

    let mut notes = vec![format!(
        "event type property: `{field}`; {} events",
        webhooks.events.len()
    )];
    let keys = Keys::new(webhooks.events.iter().map(|e| &e.key));
    let mut cases = Vec::new();
    let mut failures = Vec::new();
    // The property is the one the generated `Event` reads.
    let events_rs = PathBuf::from(format!("src/{}/{}.rs", spec.module, webhooks.module));
    let constant = format!("EVENT_TYPE_FIELD: &'static str = {field:?};");
    if !generated
        .files
        .get(&events_rs)
        .is_some_and(|f| String::from_utf8_lossy(f).contains(&constant))
    {
        failures.push(format!(
            "{} does not declare `{constant}`",
            events_rs.display()
        ));
    }

    // Explicit examples.
    let collected = webhook_examples::collect(doc);
    failures.extend(collected.problems);
    let mut untagged = 0;
    for e in collected.examples {
        if e.value.get(field).is_none() {
            // Nothing names the event: `Unknown`, with the JSON kept (the generator warns about
            // events whose payload schema lacks the property; this can also be an example that
            // leaves out a property its schema declares).
            untagged += 1;
            cases.push(Case {
                origin: Origin::Explicit,
                place: e.place,
                expected: None,
                payload: e.value,
                without_read_only: None,
                note: Some(format!("it has no `{field}`, so nothing names its event")),
            });
            continue;
        }
        let (expected, note) = match keys.event_of(&e.value, field) {
            Ok(key) if e.using.iter().any(|u| u == key) => (key.to_owned(), None),
            Ok(key) => (
                key.to_owned(),
                Some(format!(
                    "documented on {:?}, but its `{field}` selects `{key}`",
                    e.using
                )),
            ),
            Err(why) if e.using.len() == 1 => (
                e.using[0].clone(),
                Some(format!("it {why}; expected the event it is documented on")),
            ),
            Err(why) => {
                failures.push(format!(
                    "{}: no expected event: it {why}, and it is documented on {:?}",
                    e.place, e.using
                ));
                continue;
            }
        };
        cases.push(Case {
            origin: Origin::Explicit,
            place: e.place,
            expected: Some(expected),
            payload: e.value,
            without_read_only: None,
            note,
        });
    }

    // Sampled payloads.
    let document = dir.join("document.json");
    write_if_changed(
        &document,
        &serde_json::to_vec(doc).map_err(|e| e.to_string())?,
    )?;
    let samples = sample(&document)?;
    let mut tags_set = 0;
    for key in keys.iter() {
        let Some((mut payload, without_read_only)) = samples.get(key).cloned() else {
            failures.push(format!("{key}: the sampler produced nothing"));
            continue;
        };
        let mut without_read_only = Some(without_read_only);
        let mut note = None;
        let mut expected = Some(key.to_owned());
        match payload.get(field) {
            None if declares(&api, key, field) => {
                failures.push(format!(
                    "sample of {key}: no `{field}`, though the payload schema declares it"
                ));
                continue;
            }
            None => {
                // The payload schema has no such property (the generator warned): `Unknown`.
                untagged += 1;
                expected = None;
                note = Some(format!(
                    "the sample has no `{field}`, the property the generated `Event` reads the \
                     event type from"
                ));
            }
            Some(tag) if tag.as_str().and_then(|t| keys.matching(t)) != Some(key) => {
                let set = tag_for(doc, key, field, &keys);
                note = Some(format!("the sampled `{field}` {tag} was set to \"{set}\""));
                for p in std::iter::once(&mut payload).chain(without_read_only.as_mut()) {
                    if let Some(object) = p.as_object_mut() {
                        object.insert(field.to_owned(), Value::String(set.clone()));
                    }
                }
                tags_set += 1;
            }
            Some(_) => {}
        }
        cases.push(Case {
            origin: Origin::Sampled,
            place: format!("sample of {key}"),
            expected,
            payload,
            without_read_only,
            note,
        });
    }

    // An event type the document does not list.
    let mut unlisted = "upstream-test.unlisted".to_owned();
    while keys.matching(&unlisted).is_some() {
        unlisted.push('x');
    }
    let mut payload = cases
        .iter()
        .find(|c| c.origin == Origin::Sampled && c.payload.get(field).is_some())
        .map_or_else(|| json!({}), |c| c.payload.clone());
    if let Some(object) = payload.as_object_mut() {
        object.insert(field.to_owned(), Value::String(unlisted.clone()));
    }
    cases.push(Case {
        origin: Origin::Unlisted,
        place: format!("unlisted event type \"{unlisted}\""),
        expected: None,
        payload,
        without_read_only: None,
        note: None,
    });

    // The checker.
    let results = check(
        &crate_dir,
        &dir.join("checker"),
        &package,
        &spec.module,
        webhooks,
        &cases,
    )?;
    let mut counts = Counts {
        tags_set,
        untagged,
        // What failed before decoding: unreadable examples, payloads without an expected event.
        failed: failures.len(),
        ..Counts::default()
    };
    for (case, result) in cases.iter().zip(&results) {
        match case.origin {
            Origin::Explicit => counts.explicit += 1,
            Origin::Sampled => counts.sampled += 1,
            Origin::Unlisted => counts.unlisted += 1,
        }
        let expected = case.expected.as_deref().unwrap_or("Unknown");
        let note = case
            .note
            .as_ref()
            .map_or_else(String::new, |n| format!(" ({n})"));
        let fail = |what: String| format!("{} (expected {expected}){note}: {what}", case.place);
        if result.get("decoded") != Some(&Value::Bool(true)) {
            let mut what = format!(
                "does not decode: {}",
                result["error"].as_str().unwrap_or("?")
            );
            if let Some(at) = result["at"].as_str() {
                write!(what, "; as the `{expected}` payload type: at {at}").expect("write");
            }
            failures.push(fail(what));
            counts.failed += 1;
            continue;
        }
        let key = result["key"].as_str();
        if key != case.expected.as_deref() {
            failures.push(fail(format!("decoded into {}", key.unwrap_or("Unknown"))));
            counts.failed += 1;
            continue;
        }
        counts.right_variant += 1;
        let back = &result["back"];
        if let Some(e) = result["error"].as_str() {
            failures.push(fail(format!("does not encode: {e}")));
            counts.failed += 1;
        } else if *back == case.payload {
            counts.exact += 1;
        } else if same_numbers(back, &case.payload) {
            counts.numbers += 1;
            notes.push(format!("integers re-encoded as floats: {}", case.place));
        } else if case
            .without_read_only
            .as_ref()
            .is_some_and(|w| same_numbers(back, w))
        {
            counts.read_only += 1;
            let mut dropped = Vec::new();
            diff(back, &case.payload, String::new(), &mut dropped);
            notes.push(format!(
                "read-only properties not re-encoded: {}: {}",
                case.place,
                dropped.join("; ")
            ));
        } else {
            let against = case.without_read_only.as_ref().unwrap_or(&case.payload);
            let mut out = Vec::new();
            diff(back, against, String::new(), &mut out);
            failures.push(fail(format!(
                "encodes back differently (re-encoded vs payload{}): {}",
                if case.without_read_only.is_some() {
                    " without read-only properties"
                } else {
                    ""
                },
                out.join("; ")
            )));
            counts.failed += 1;
        }
    }
    if results.len() != cases.len() {
        failures.push(format!(
            "the checker answered for {} of {} payloads",
            results.len(),
            cases.len()
        ));
        counts.failed += cases.len().saturating_sub(results.len());
    }
    Ok(Outcome {
        counts,
        notes,
        failures,
    })
}

/// Runs `webhooks/sample.js` on a document: webhook key → (sampled payload, the same sample
/// without its read-only properties).
fn sample(document: &Path) -> Result<BTreeMap<String, (Value, Value)>, String> {
    let script = npm::tests_dir().join("tests/webhooks/sample.js");
    let output = Command::new("node")
        .arg(&script)
        .arg(document)
        .output()
        .map_err(|e| format!("node {}: {e}", script.display()))?;
    let samples: BTreeMap<String, (Value, Value)> = serde_json::from_slice(&output.stdout)
        .map_err(|e| {
            format!(
                "node {}: not JSON ({e}): {}",
                script.display(),
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
    if !output.status.success() {
        // Some webhooks could not be sampled: they are missing from `samples` and fail there.
        eprintln!(
            "  the sampler: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(samples)
}

/// An event-type value selecting `key` (see the module's documentation).
fn tag_for(doc: &Value, key: &str, field: &str, keys: &Keys) -> String {
    if !key.contains('{') {
        return key.to_owned();
    }
    let schema = doc
        .get("webhooks")
        .and_then(|w| w.get(key))
        .and_then(|item| post_content(doc, item))
        .and_then(|content| {
            content.get("application/json").or_else(|| {
                content
                    .iter()
                    .find(|(t, _)| t.contains("json"))
                    .map(|(_, m)| m)
            })
        })
        .and_then(|media| media.get("schema"));
    let mut candidates = Vec::new();
    if let Some(schema) = schema {
        property_values(doc, schema, field, &mut candidates, 0);
    }
    if let Some(tag) = candidates.iter().find(|c| keys.matching(c) == Some(key)) {
        return tag.clone();
    }
    // Each `{name}` replaced by `name`.
    key.replace(['{', '}'], "")
}

/// The string `const`/`enum`/`examples`/`example`/`default` values of property `field` of a
/// schema (through `$ref`s and `allOf`/`oneOf`/`anyOf` members).
fn property_values(doc: &Value, schema: &Value, field: &str, out: &mut Vec<String>, depth: usize) {
    let Some(schema) = resolve(doc, schema) else {
        return;
    };
    if depth > 8 {
        return;
    }
    if let Some(property) = schema
        .get("properties")
        .and_then(|p| p.get(field))
        .and_then(|p| resolve(doc, p))
    {
        let listed = ["enum", "examples"]
            .iter()
            .filter_map(|k| property.get(*k).and_then(Value::as_array))
            .flatten();
        let single = ["const", "example", "default"]
            .iter()
            .filter_map(|k| property.get(*k));
        out.extend(
            listed
                .chain(single)
                .filter_map(Value::as_str)
                .map(str::to_owned),
        );
    }
    for combinator in ["allOf", "oneOf", "anyOf"] {
        for member in schema
            .get(combinator)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            property_values(doc, member, field, out, depth + 1);
        }
    }
}

/// Writes the checker crate, runs it on the payloads and returns its answer per payload.
fn check(
    crate_dir: &Path,
    dir: &Path,
    package: &str,
    module: &str,
    webhooks: &generator::ir::Webhooks,
    cases: &[Case],
) -> Result<Vec<Value>, String> {
    let manifest = format!(
        "[package]\nname = \"{package}-checker\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n\
         generated = {{ package = \"{package}\", path = {:?}, default-features = false, features = [\"{module}\"] }}\n\
         serde = \"1\"\nserde_json = \"1\"\nserde_path_to_error = \"0.1\"\n\n\
         # A crate of its own, outside the project's workspace.\n[workspace]\n",
        crate_dir.display().to_string()
    );
    let mut arms = String::new();
    for event in &webhooks.events {
        writeln!(
            arms,
            "        {:?} => locate(Event::{}, payload),",
            event.key, event.rust_name
        )
        .expect("write");
    }
    let main = MAIN
        .replace("MODULE", &format!("{module}::{}", webhooks.module))
        .replace("        ARMS\n", &arms);
    let src = dir.join("src");
    write_if_changed(&dir.join("Cargo.toml"), manifest.as_bytes())?;
    write_if_changed(&src.join("main.rs"), main.as_bytes())?;
    // The workspace's lock file as a start: the versions the project builds with, no network.
    let lock = dir.join("Cargo.lock");
    if !lock.exists() {
        let root_lock = npm::tests_dir().join("../Cargo.lock");
        if let Ok(bytes) = std::fs::read(root_lock) {
            write_if_changed(&lock, &bytes)?;
        }
    }
    let payloads: Vec<Value> = cases
        .iter()
        .map(|c| json!({ "expected": c.expected, "payload": c.payload }))
        .collect();
    let payloads_file = dir.join("payloads.json");
    write_if_changed(
        &payloads_file,
        &serde_json::to_vec_pretty(&payloads).map_err(|e| e.to_string())?,
    )?;
    run_checker(dir, &[payloads_file.as_os_str()])?
        .lines()
        .map(|line| serde_json::from_str(line).map_err(|e| format!("checker output: {e}: {line}")))
        .collect()
}

/// The checker's `src/main.rs` (`MODULE` and `ARMS` filled in); the generated crate is its
/// dependency `generated`.
const MAIN: &str = r#"//! Decodes each payload of a JSON file (`[{"expected": key, "payload": ...}]`) into the generated
//! `Event`; prints one JSON line per payload.

use serde_json::{json, Value};
use generated::MODULE::Event;

/// Where `payload` fails to decode as the payload type of `variant`: JSON path and error.
fn locate<T: serde::de::DeserializeOwned>(_variant: fn(T) -> Event, payload: &Value) -> Option<String> {
    serde_path_to_error::deserialize::<_, T>(payload.clone())
        .err()
        .map(|e| format!("{}: {}", e.path(), e.inner()))
}

fn locate_key(key: &str, payload: &Value) -> Option<String> {
    match key {
        ARMS
        _ => None,
    }
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: checker PAYLOADS.json");
    let cases: Vec<Value> =
        serde_json::from_slice(&std::fs::read(&path).expect("read the payloads")).expect("JSON");
    for case in &cases {
        let payload = &case["payload"];
        let bytes = serde_json::to_vec(payload).expect("JSON");
        let line = match Event::from_slice(&bytes) {
            Ok(event) => match generated::runtime::json::to_vec(&event)
                .and_then(|bytes| serde_json::from_slice::<Value>(&bytes))
            {
                Ok(back) => json!({
                    "decoded": true,
                    "key": event.key(),
                    "equal": back == *payload,
                    "back": back,
                }),
                Err(e) => json!({ "decoded": true, "key": event.key(), "error": e.to_string() }),
            },
            Err(e) => json!({
                "decoded": false,
                "error": e.to_string(),
                "at": case["expected"].as_str().and_then(|k| locate_key(k, payload)),
            }),
        };
        println!("{line}");
    }
}
"#;

/// Whether the payload type of event `key` declares property `field` (through aliases).
fn declares(api: &generator::ir::Api, key: &str, field: &str) -> bool {
    use generator::ir::{TypeKind, TypeRef};
    let Some(event) = api
        .webhooks
        .iter()
        .flat_map(|w| &w.events)
        .find(|e| e.key == key)
    else {
        return false;
    };
    let mut ty = event.ty.clone();
    for _ in 0..32 {
        match ty {
            TypeRef::Nullable(inner) => ty = *inner,
            TypeRef::Named(id) => match &api.types[id].kind {
                TypeKind::Alias(inner) => ty = inner.clone(),
                TypeKind::Struct { fields, .. } => {
                    return fields.iter().any(|f| f.wire_name == field)
                }
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}
