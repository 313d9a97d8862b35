//! Contract tests for any document: the arguments of each operation's test call, built from the
//! document (examples first, else sampled from the schema: `sample.rs`), kept as JSON so the
//! emitter (`emit/contract.rs`) stays on the IR and never reads the spec.
//!
//! [`generate`] is `generate --contract-tests`: the crate of [`crate::generate_selected`] plus
//! `tests/contract.rs`.

pub mod sample;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::ir::{Api, Location, Operation};
use crate::{CrateOptions, Generated, Spec};

use sample::Sampler;

/// The JSON arguments of one operation's test call.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Call {
    /// One per `Operation::params` entry: the candidate values (required parameters only).
    pub params: Vec<Option<Candidates>>,
    /// The request body's candidates (whenever the operation has one).
    pub body: Option<Candidates>,
}

/// The values an argument may take, tried in order until one decodes into the argument's type:
/// the document's example (when there is one), then the value sampled from the schema.
pub type Candidates = Vec<Value>;

/// `example` then the samples, without a duplicate.
fn candidates(example: Option<Value>, samples: Vec<Value>) -> Candidates {
    let mut values: Candidates = example.into_iter().collect();
    for sample in samples {
        if !values.contains(&sample) {
            values.push(sample);
        }
    }
    if values.is_empty() {
        values.push(Value::String("string".into()));
    }
    values
}

/// The calls of one API, by (group index, operation index).
#[derive(Debug, Default)]
pub struct Plan {
    /// The calls.
    pub calls: BTreeMap<(usize, usize), Call>,
}

/// The operation object of `op` in the (loaded, 3.0-shaped) document, with its path item.
fn find<'a>(doc: &'a Value, op: &Operation) -> Option<(&'a Value, &'a Value)> {
    let item = doc.get("paths")?.get(&op.path)?;
    let operation = item.get(op.method.to_lowercase())?;
    Some((item, operation))
}

/// Samples with the schemas' examples, and without them.
struct Samplers<'a>(Sampler<'a>, Sampler<'a>);

impl<'a> Samplers<'a> {
    fn samples(&self, schema: &'a Value) -> Vec<Value> {
        vec![self.0.sample(schema), self.1.sample(schema)]
    }
}

/// The first of a media type's or parameter's `example` / `examples` values.
fn example(sampler: &Sampler, holder: &Value) -> Option<Value> {
    if let Some(example) = holder.get("example").filter(|e| !e.is_null()) {
        return Some(example.clone());
    }
    let examples = holder.get("examples")?.as_object()?;
    examples
        .values()
        .map(|e| sampler.resolve(e))
        .find_map(|e| e.get("value").filter(|v| !v.is_null()).cloned())
}

/// The candidates of one parameter: its examples, then its schema's (or its content's) sample.
fn param_value(sampler: &Samplers, param: &Value) -> Candidates {
    let media = param
        .get("content")
        .and_then(Value::as_object)
        .and_then(|c| c.values().next());
    let example = example(&sampler.0, param).or_else(|| media.and_then(|m| example(&sampler.0, m)));
    let schema = param
        .get("schema")
        .or_else(|| media.and_then(|m| m.get("schema")));
    candidates(
        example,
        schema.map(|s| sampler.samples(s)).unwrap_or_default(),
    )
}

fn location(l: Location) -> &'static str {
    match l {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Cookie => "cookie",
    }
}

/// The call of one operation.
fn call(sampler: &Samplers, doc: &Value, op: &Operation) -> Call {
    let found = find(doc, op);
    let declared: Vec<&Value> = found
        .into_iter()
        .flat_map(|(item, operation)| {
            // Operation parameters first: they override the path item's.
            [operation, item]
                .into_iter()
                .filter_map(|v| v.get("parameters").and_then(Value::as_array))
                .flatten()
        })
        .map(|p| sampler.0.resolve(p))
        .collect();
    let params = op
        .params
        .iter()
        .map(|p| {
            p.required.then(|| {
                declared
                    .iter()
                    .find(|d| {
                        d.get("name").and_then(Value::as_str) == Some(p.wire_name.as_str())
                            && d.get("in").and_then(Value::as_str) == Some(location(p.location))
                    })
                    .map(|d| param_value(sampler, d))
                    .unwrap_or_else(|| candidates(None, Vec::new()))
            })
        })
        .collect();
    let body = op.body.as_ref().map(|body| {
        let media = found
            .and_then(|(_, operation)| operation.get("requestBody"))
            .map(|b| sampler.0.resolve(b))
            .and_then(|b| b.get("content"))
            .and_then(|c| c.get(&body.content_type));
        match media {
            Some(media) => candidates(
                example(&sampler.0, media),
                media
                    .get("schema")
                    .map(|s| sampler.samples(s))
                    .unwrap_or_default(),
            ),
            None => candidates(None, vec![Value::Object(Default::default())]),
        }
    });
    Call { params, body }
}

/// The calls of every operation of `api`, from `doc` (the loaded document as JSON).
pub fn plan(doc: &Value, api: &Api) -> Plan {
    let sampler = Samplers(Sampler::new(doc), Sampler::without_examples(doc));
    let mut calls = BTreeMap::new();
    for (g, group) in api.groups.iter().enumerate() {
        for (o, op) in group.operations.iter().enumerate() {
            calls.insert((g, o), call(&sampler, doc, op));
        }
    }
    Plan { calls }
}

/// The section `--contract-tests` adds to the generated crate's README.
const README: &str = "
## Contract tests

`tests/contract.rs` has one test per operation: it calls the operation through the client with
arguments built from the document (its examples first, else values sampled from the schema),
checks that the server accepts the request and that the success response decodes into the
operation's type, then asks for each documented error status (`Prefer: code=N`, understood by
the Prism mock server) and checks that it decodes into the operation's error variant. One
negative control per API (a call without credentials, or without a required parameter) must be
rejected.

```sh
CONTRACT_BASE_URL=http://127.0.0.1:4010 cargo test --test contract
```

- `CONTRACT_BASE_URL`: the server under test (a mock, or your staging server). Unset: every test
  returns at once without a call, so a plain `cargo test` needs no server.
- `CONTRACT_SERVER`: `prism` (default) asks for error statuses with `Prefer: code=N`; any other
  value (a real server) checks only the calls and the negative control.
- `CONTRACT_CREDENTIAL`: the credential sent for every security scheme.
- `CONTRACT_REPORT`: a file each test appends its outcomes to, one JSON object a line.

`generator contract --spec FILE` does all of it against Prism started from the same document.
";

/// [`crate::generate_selected`] plus `tests/contract.rs`: one contract test per operation of
/// every spec.
pub fn generate(
    specs: &[Spec],
    options: &CrateOptions,
    selection: &crate::select::Selection,
) -> Generated {
    generate_with(specs, options, selection, &crate::progress::Silent)
}

/// [`generate`], reporting the phases of the first pass to `progress`.
pub fn generate_with(
    specs: &[Spec],
    options: &CrateOptions,
    selection: &crate::select::Selection,
    progress: &dyn crate::progress::Progress,
) -> Generated {
    let mut out = crate::generate_with(specs, options, selection, progress);
    if out.files.is_empty() {
        return out;
    }
    let crate_ident = options.name.replace('-', "_");
    let mut apis = Vec::new();
    for spec in specs {
        // Diagnostics were reported by the first pass; this one only rebuilds the model.
        let mut diags = Diagnostics::new(&spec.label);
        let Some((loaded, api)) = crate::loaded_selected(spec, selection, &mut diags) else {
            continue;
        };
        let doc = serde_json::to_value(&loaded.api).unwrap_or_default();
        let plan = plan(&doc, &api);
        apis.push((api, plan));
    }
    let sources: Vec<&str> = apis.iter().map(|(a, _)| a.source.as_str()).collect();
    match crate::emit::contract::file(&apis, &crate_ident) {
        Ok(text) => {
            let header = format!(
                "// @generated\n// {}\n\n",
                crate::header(&sources.join(", "))
            );
            out.files.insert(
                PathBuf::from("tests/contract.rs"),
                format!("{header}{text}").into_bytes(),
            );
            if let Some(readme) = out.files.get_mut(&PathBuf::from("README.md")) {
                readme.extend_from_slice(README.as_bytes());
            }
        }
        Err(message) => {
            out.files.clear();
            out.diagnostics.push(Diagnostic {
                severity: Severity::Error,
                file: specs.first().map(|s| s.label.clone()).unwrap_or_default(),
                pointer: String::new(),
                message,
                line: None,
                column: None,
            });
        }
    }
    out
}
