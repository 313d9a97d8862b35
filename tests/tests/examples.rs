//! Every `example` / `examples` value in `specs/` (on schemas, properties, parameters and media
//! types, Swagger 2.0 response `examples` included) decodes into the generated type it belongs to
//! and encodes back to the same JSON.
//!
//! The table is written at build time by `tests/build.rs`, which walks each spec and finds each
//! example's type through the generator's IR: nothing here lists examples by hand, so a new
//! example in a spec is checked without touching this file. Run with `--nocapture` for counts.

use std::collections::BTreeMap;

use serde_json::Value;

/// One example and the generated type it belongs to.
struct Example {
    /// The provider module (`polar`).
    provider: &'static str,
    /// Where the example is in the spec (a JSON pointer into the file as written).
    pointer: &'static str,
    /// The Rust type, as written in the table.
    rust_type: &'static str,
    /// The example, as JSON text.
    json: &'static str,
    /// What it should encode back to: the example without read-only properties (which the
    /// generated types never send).
    expected: &'static str,
    /// `expected` without the properties the schema does not declare (which the generated
    /// structs decode and drop, unless the schema keeps additional properties).
    declared: &'static str,
    /// Decodes the text into the type and encodes it again.
    roundtrip: fn(&str) -> Result<Value, String>,
}

macro_rules! example {
    ($provider:expr, $pointer:expr, $ty:ty, $json:expr, $expected:expr, $declared:expr $(,)?) => {
        Example {
            provider: $provider,
            pointer: $pointer,
            rust_type: stringify!($ty),
            json: $json,
            expected: $expected,
            declared: $declared,
            roundtrip: |text| {
                let decoded: $ty = serde_json::from_str(text).map_err(|e| e.to_string())?;
                // Encoded as the client writes request bodies (whole-number floats as integers).
                let bytes =
                    provider_clients::runtime::json::to_vec(&decoded).map_err(|e| e.to_string())?;
                serde_json::from_slice(&bytes).map_err(|e| e.to_string())
            },
        }
    };
}

/// Every example that has a type.
const EXAMPLES: &[Example] = include!(concat!(env!("OUT_DIR"), "/spec_examples.rs"));

/// Examples no generated type belongs to: (provider, pointer, why).
const UNTYPED: &[(&str, &str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/spec_examples_untyped.rs"));

#[test]
fn every_spec_example_round_trips_through_its_generated_type() {
    assert!(!EXAMPLES.is_empty(), "no examples found in specs/");
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    for e in EXAMPLES {
        let json: Value = serde_json::from_str(e.json).expect("example JSON");
        let expected: Value = serde_json::from_str(e.expected).expect("expected JSON");
        let declared: Value = serde_json::from_str(e.declared).expect("declared JSON");
        let tally = tallies.entry(e.provider).or_default();
        let rust_type = e.rust_type.replace(' ', "");
        match (e.roundtrip)(e.json) {
            Ok(back) => {
                let outcome = Outcome::of(&back, &json, &expected, &declared);
                tally.count(outcome);
                match outcome {
                    Outcome::Exact => {}
                    Outcome::Different => failures.push(format!(
                        "{} {} as {rust_type}: encodes back as\n    {back}\n  expected\n    {declared}",
                        e.provider, e.pointer
                    )),
                    other => eprintln!("{}: {} {}", other.word(), e.provider, e.pointer),
                }
            }
            Err(error) => {
                tally.failed += 1;
                failures.push(format!(
                    "{} {} as {rust_type}: does not decode: {error}\n    {json}",
                    e.provider, e.pointer
                ));
            }
        }
    }
    eprintln!(
        "{} examples with a type ({} without, see the other test):",
        EXAMPLES.len(),
        UNTYPED.len()
    );
    for (provider, tally) in &tallies {
        eprintln!("  {provider}: {}", tally.line());
    }
    assert!(
        failures.is_empty(),
        "{} example(s) do not round-trip:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_spec_example_belongs_to_a_generated_type() {
    for (provider, pointer, why) in UNTYPED {
        eprintln!("{provider} {pointer}: {why}");
    }
    assert!(
        UNTYPED.is_empty(),
        "{} example(s) have no generated type to decode into (listed above)",
        UNTYPED.len()
    );
}

/// The examples of the full upstream documents (`../shared/upstream`, or `$UPSTREAM_DIR`), each
/// decoded into the type generated from that document. Slow (it compiles the generated types of
/// every document), so ignored by default:
/// `cargo test -p tests --test examples -- --ignored --nocapture`.
///
/// Per document: the generator's output (in memory) gives `src/<module>/types.rs`, verbatim; a
/// throw-away crate under `target/upstream-examples/` compiles it with the same table of
/// examples as above (built by `build/examples_table.rs` from the IR) and prints one line per
/// example.
#[test]
#[ignore = "slow: compiles the generated types of every upstream document"]
fn upstream_examples_round_trip() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf();
    let (upstream, docs) = common_upstream::upstream_documents(&root);
    let work = root.join("target/upstream-examples");
    let mut total = Tally::default();
    let mut failures = Vec::new();
    for doc in &docs {
        let name = common_upstream::document_name(&upstream, doc);
        match upstream::run(doc, &name, &work) {
            Ok(result) => {
                eprintln!("{}: {}", doc.display(), result.tally.line());
                total.add(&result.tally);
                failures.extend(
                    result
                        .failures
                        .into_iter()
                        .map(|f| format!("{}: {f}", doc.display())),
                );
            }
            Err(e) => failures.push(format!("{}: {e}", doc.display())),
        }
    }
    eprintln!("all upstream documents: {}", total.line());
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} upstream failure(s), listed above",
        failures.len()
    );
}

#[path = "common/upstream.rs"]
mod common_upstream;
#[path = "common/contradiction.rs"]
mod contradiction;
#[path = "../build/examples_table.rs"]
mod examples_table;

use common_upstream::{Outcome, Tally};

mod upstream {
    use std::fmt::Write as _;
    use std::path::{Path, PathBuf};

    use super::common_upstream::{run_checker, write_if_changed, Outcome, Tally};
    use super::examples_table;

    /// What one document's examples came to.
    pub struct Report {
        pub tally: Tally,
        pub failures: Vec<String>,
    }

    /// The parts of the generated crate's run time its types use, from the files themselves
    /// (`RUNTIME` is replaced by the run time's directory).
    const RUNTIME_SHIM: &str = r#"
mod runtime {
    #[path = "RUNTIME/de.rs"]
    pub mod de;
    #[path = "RUNTIME/enums.rs"]
    mod enums;
    #[path = "RUNTIME/list.rs"]
    mod list;
    #[path = "RUNTIME/object.rs"]
    mod object;
    pub use list::List;
    #[path = "RUNTIME/ser.rs"]
    pub mod ser;
    pub use de::{Fields, FromMap, MapAccess};
    #[allow(unused_imports)]
    pub(crate) use de::{extends, object_deserialize};
    #[allow(unused_imports)]
    pub(crate) use enums::{integer_enum, integer_enum_impls, string_enum, string_enum_impls};
    #[allow(unused_imports)]
    pub(crate) use object::object;
    #[allow(unused_imports)]
    pub(crate) use ser::object_serialize;
    pub use ser::Serializer;
    #[path = "RUNTIME/unions.rs"]
    mod unions;
    #[allow(unused_imports)]
    pub(crate) use unions::{scored_union, tagged_union};
}
"#;

    const MAIN: &str = r#"
macro_rules! example {
    ($pointer:expr, $ty:ty, $json:expr, $expected:expr, $declared:expr $(,)?) => {{
        let outcome = match serde_json::from_str::<$ty>($json) {
            Err(e) => format!("FAIL does not decode: {e}"),
            Ok(decoded) => {
                let back: serde_json::Value =
                    serde_json::from_slice(&json::to_vec(&decoded).expect("encode")).expect("json");
                let json: serde_json::Value = serde_json::from_str($json).expect("json");
                let expected: serde_json::Value = serde_json::from_str($expected).expect("json");
                let declared: serde_json::Value = serde_json::from_str($declared).expect("json");
                match Outcome::of(&back, &json, &expected, &declared) {
                    Outcome::Different => {
                        let mut out = Vec::new();
                        diff(&back, &declared, String::new(), &mut out);
                        format!("FAIL differs: {}", out.join("; "))
                    }
                    outcome => outcome.word().to_owned(),
                }
            }
        };
        let ty: String = stringify!($ty).split_whitespace().collect();
        println!("{}\t{}\t{}", $pointer, ty, outcome);
    }};
}

"#;

    /// Generates, builds and runs the example checker of one document.
    pub fn run(doc: &Path, name: &str, work: &Path) -> Result<Report, String> {
        let label = doc.display().to_string();
        let stem = doc.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
        let spec = generator::Spec {
            label: label.clone(),
            module: generator::module_name(stem),
            bytes: std::fs::read(doc).map_err(|e| format!("read: {e}"))?,
            ..Default::default()
        };
        let mut diags = generator::diag::Diagnostics::new(&label);
        let parsed = generator::load::parse(&spec.bytes, &mut diags);
        let api = generator::api(&spec, &mut diags);
        let (Some(parsed), Some(api)) = (parsed, api) else {
            return Err("the generator rejects the document".into());
        };
        let generated = generator::generate(
            std::slice::from_ref(&spec),
            &generator::CrateOptions {
                name: format!("upstream-{name}"),
                version: "0.1.0".into(),
                standalone: true,
            },
        );
        let types_path = PathBuf::from(format!("src/{}/types.rs", spec.module));
        let types = generated
            .files
            .get(&types_path)
            .ok_or("the generator wrote no types.rs")?;
        let table = examples_table::table(&parsed, &api, "crate");

        let dir = work.join(name);
        let src = dir.join("src");
        std::fs::create_dir_all(&src).map_err(|e| e.to_string())?;
        // The generated crate's group features (its types carry their `cfg`), all on.
        let cargo_toml = generated
            .files
            .get(&PathBuf::from("Cargo.toml"))
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        let features: String = cargo_toml
            .lines()
            .skip_while(|l| *l != "[features]")
            .skip(1)
            .take_while(|l| !l.starts_with('['))
            .filter(|l| {
                l.contains(" = [")
                    && !l.contains('/')
                    && !l.contains("dep:")
                    && !l.starts_with("default ")
                    && !l.starts_with('#')
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let manifest = format!(
            "[package]\nname = \"examples-{}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [features]\ndefault = [\"{}\"]\n{features}\n\
             [dependencies]\nserde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n\
             bytes = {{ version = \"1\", features = [\"serde\"] }}\n\n[workspace]\n",
            name.replace('_', "-"),
            spec.module
        );
        let mut main = String::from("#![allow(warnings, clippy::all)]\n");
        main.push_str(&RUNTIME_SHIM.replace(
            "RUNTIME",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../generator/runtime"),
        ));
        writeln!(
            main,
            "pub mod {} {{\n    #[path = \"types.rs\"]\n    pub mod types;\n}}",
            spec.module
        )
        .expect("write");
        // The JSON comparison, from the file the tests use themselves.
        writeln!(
            main,
            "#[path = {:?}]\nmod compare;\nuse compare::{{diff, Outcome}};\n\
             #[path = {:?}]\nmod json;",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/common/upstream.rs"),
            concat!(env!("CARGO_MANIFEST_DIR"), "/../generator/runtime/json.rs")
        )
        .expect("write");
        main.push_str(MAIN);
        main.push_str("fn main() {\n");
        for t in &table.typed {
            writeln!(
                main,
                "    example!({:?}, {}, {:?}, {:?}, {:?});",
                t.pointer,
                t.rust_type,
                t.value.to_string(),
                t.expected.to_string(),
                t.declared.to_string()
            )
            .expect("write");
        }
        main.push_str("}\n");
        let module_dir = src.join(&spec.module);
        std::fs::create_dir_all(&module_dir).map_err(|e| e.to_string())?;
        write_if_changed(&dir.join("Cargo.toml"), manifest.as_bytes())?;
        write_if_changed(&src.join("main.rs"), main.as_bytes())?;
        write_if_changed(&module_dir.join("types.rs"), types)?;

        let stdout = run_checker(&dir, &[])?;
        let mut tally = Tally {
            untyped: table.untyped.len(),
            ..Tally::default()
        };
        let mut failures = Vec::new();
        for line in stdout.lines() {
            let mut parts = line.splitn(3, '\t');
            let (pointer, ty, outcome) = (
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
            );
            match Outcome::from_word(outcome) {
                Some(came_back) if came_back != Outcome::Different => tally.count(came_back),
                _ => match super::contradiction(&parsed, pointer) {
                    Some(why) => {
                        tally.contradicting += 1;
                        eprintln!(
                            "  contradicts its schema: {pointer} as {ty}: {outcome}\n    \
                             (the validator: {why})"
                        );
                    }
                    None => {
                        tally.failed += 1;
                        failures.push(format!("{pointer} as {ty}: {outcome}"));
                    }
                },
            }
        }
        for (pointer, why) in &table.untyped {
            eprintln!("  no type: {pointer}: {why}");
        }
        Ok(Report { tally, failures })
    }
}

/// Whether the upstream example at `pointer` contradicts its own schema (the schema holding it,
/// or the `schema` beside it): see `common/contradiction.rs`.
fn contradiction(doc: &serde_json::Value, pointer: &str) -> Option<String> {
    let schema = examples_table::example_schema(doc, pointer)?;
    contradiction::contradiction(doc, doc.pointer(pointer)?, &schema, false)
}
