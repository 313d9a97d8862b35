//! Writes `$OUT_DIR/spec_examples.rs`: one entry per `example` / `examples` value in `specs/`,
//! with the generated type (`provider_clients::<provider>::types::...`) it belongs to, for
//! `tests/examples.rs` to decode and re-encode. The types are found through the generator's IR
//! (see `build/examples_table.rs`), so every example is covered without a hand-written list.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "build/examples_table.rs"]
mod examples_table;

/// One Rust string literal.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let root = manifest.parent().expect("workspace root").to_path_buf();
    let specs = root.join("specs");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/examples_table.rs");
    println!("cargo:rerun-if-changed={}", specs.display());

    let mut paths: Vec<PathBuf> = std::fs::read_dir(&specs)
        .expect("read specs/")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            )
        })
        .collect();
    paths.sort();

    let mut typed = String::from("&[\n");
    let mut untyped = String::from("&[\n");
    for path in &paths {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("file stem");
        let label = format!(
            "specs/{}",
            path.file_name().and_then(|n| n.to_str()).expect("name")
        );
        let spec = generator::Spec {
            label: label.clone(),
            module: generator::module_name(stem),
            bytes: std::fs::read(path).expect("read spec"),
            ..Default::default()
        };
        let mut diags = generator::diag::Diagnostics::new(&label);
        let doc = generator::load::parse(&spec.bytes, &mut diags);
        let api = generator::api(&spec, &mut diags);
        let (Some(doc), Some(api)) = (doc, api) else {
            // `generated/` cannot be built from this spec either; the other tests say why.
            println!("cargo:warning={label} does not load; its examples are not checked");
            continue;
        };
        let table = examples_table::table(&doc, &api, "provider_clients");
        for t in &table.typed {
            writeln!(
                typed,
                "    example!({}, {}, {}, {}, {}, {}),",
                lit(&spec.module),
                lit(&t.pointer),
                t.rust_type,
                lit(&t.value.to_string()),
                lit(&t.expected.to_string()),
                lit(&t.declared.to_string()),
            )
            .expect("write");
        }
        for (pointer, why) in &table.untyped {
            writeln!(
                untyped,
                "    ({}, {}, {}),",
                lit(&spec.module),
                lit(pointer),
                lit(why)
            )
            .expect("write");
        }
    }
    typed.push(']');
    untyped.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    write(&out.join("spec_examples.rs"), &typed);
    write(&out.join("spec_examples_untyped.rs"), &untyped);
}

fn write(path: &Path, contents: &str) {
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}
