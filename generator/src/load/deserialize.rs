//! The document's JSON → `openapiv3::OpenAPI`: first [`fast`] (paths and components entry by
//! entry in parallel, each moved into the model and freed as it is read); when openapiv3 rejects
//! something, [`with_retries`] reads the document again with serde, a schema it rejects replaced
//! by "any value" with a warning.

use openapiv3::{OpenAPI, ReferenceOr};
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::Value;

use super::path;
use super::schema::reference_or_with;
use crate::diag::Diagnostics;

/// The stack of each thread that deserializes: a main thread's (8 MiB).
const STACK: usize = 8 << 20;

/// A document without `paths` is read with an empty one (openapiv3 requires it).
fn with_paths(doc: &mut Value) {
    if doc.get("paths").is_none() {
        if let Some(map) = doc.as_object_mut() {
            map.insert("paths".into(), Value::Object(Default::default()));
        }
    }
}

/// The document read in parallel, consumed as it is read; `None` if openapiv3 rejects anything
/// in it (the caller then reads it again with [`with_retries`]).
pub(super) fn fast(mut doc: Value) -> Option<OpenAPI> {
    with_paths(&mut doc);
    // The big maps split over the threads of the caller's pool (GitHub: about 160 ms on one, not
    // 263 ms): `load_with` runs on [`pool`], whose threads have a main thread's stack, as reading
    // a deeply nested schema recurses deep (rayon's global threads have 2 MiB).
    let api = in_parallel(&mut doc);
    drop_aside(doc);
    api
}

/// The threads that load documents and generate from them, made once: rayon's, with the stack
/// of a main thread ([`STACK`]); `None` if they cannot start (the work then runs on the
/// caller's threads).
pub(crate) fn pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .stack_size(STACK)
            .thread_name(|i| format!("load-{i}"))
            .build()
            .ok()
    })
    .as_ref()
}

/// Deserializes into `openapiv3` with serde, replacing schemas it rejects with "any value" (with
/// a warning), one at a time (serde_path_to_error finds each).
pub(super) fn with_retries(mut doc: Value, diags: &mut Diagnostics) -> Option<OpenAPI> {
    with_paths(&mut doc);
    for _ in 0..10_000 {
        let error = match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&doc) {
            Ok(api) => return Some(api),
            Err(e) => e,
        };
        let tokens: Vec<String> = error
            .path()
            .iter()
            .filter_map(|seg| match seg {
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                _ => None,
            })
            .collect();
        let pointer = tokens
            .iter()
            .map(|t| format!("/{}", crate::diag::escape_token(t)))
            .collect::<String>();
        let message = error.inner().to_string();
        match super::kind::deepest_schema(&doc, &tokens) {
            Some(schema_pointer) => {
                diags.warn(
                    schema_pointer.clone(),
                    format!("unsupported schema ({message}); using any JSON value instead"),
                );
                if let Some(slot) = doc.pointer_mut(&schema_pointer) {
                    let description = slot.get("description").filter(|d| d.is_string()).cloned();
                    let mut any = serde_json::Map::new();
                    if let Some(d) = description {
                        any.insert("description".into(), d);
                    }
                    *slot = Value::Object(any);
                } else {
                    diags.error(pointer, message);
                    return None;
                }
            }
            None => {
                diags.error(pointer, format!("invalid document: {message}"));
                return None;
            }
        }
    }
    diags.error("", "too many unsupported constructs");
    None
}

/// Drops `value` aside, so freeing a big document overlaps the work that follows (GitHub's:
/// about 20 ms each for the JSON value and for the `openapiv3` model): a job of the current
/// rayon pool when on one ([`pool`]'s threads have a main thread's stack: dropping a deeply
/// nested value recurses as deep), so the memory freed goes back to the threads that reuse it.
/// Inline when on no pool: every caller runs on [`pool`], and off it only when its threads
/// could not start (a thread of its own would not either).
pub(crate) fn drop_aside<T: Send + 'static>(value: T) {
    if rayon::current_thread_index().is_some() {
        rayon::spawn(move || drop(value));
    } else {
        drop(value);
    }
}

/// The document read with its paths and components (most of it) deserialized in parallel,
/// entry by entry, each entry's JSON freed on the thread that read it; `None` if anything is
/// rejected. The entries are gone from `doc` either way.
fn in_parallel(doc: &mut Value) -> Option<OpenAPI> {
    // openapiv3 reads only the keys starting with `/` as paths (the rest are extensions).
    let all: Vec<(Kind, String, Value)> = [
        (Kind::Path, "/paths"),
        (Kind::Schema, "/components/schemas"),
        (Kind::Response, "/components/responses"),
        (Kind::Parameter, "/components/parameters"),
        (Kind::Example, "/components/examples"),
        (Kind::RequestBody, "/components/requestBodies"),
        (Kind::Header, "/components/headers"),
    ]
    .into_iter()
    .flat_map(|(kind, pointer)| {
        taken(doc, kind, pointer)
            .into_iter()
            .map(move |(key, value)| (kind, key, value))
    })
    .collect();
    let (skeleton, read) = rayon::join(
        || OpenAPI::deserialize(&*doc).ok(),
        || {
            all.into_par_iter()
                .map(|(kind, key, value)| Some((key, kind.read(value)?)))
                .collect::<Option<Vec<(String, Read)>>>()
        },
    );
    let (mut api, read) = (skeleton?, read?);
    for (key, item) in read {
        if let Read::Path(v) = item {
            api.paths.paths.insert(key, *v);
            continue;
        }
        let c = api.components.get_or_insert_with(Default::default);
        match item {
            Read::Path(_) => {}
            Read::Schema(v) => drop(c.schemas.insert(key, *v)),
            Read::Response(v) => drop(c.responses.insert(key, *v)),
            Read::Parameter(v) => drop(c.parameters.insert(key, *v)),
            Read::Example(v) => drop(c.examples.insert(key, *v)),
            Read::RequestBody(v) => drop(c.request_bodies.insert(key, *v)),
            Read::Header(v) => drop(c.headers.insert(key, *v)),
        }
    }
    Some(api)
}

/// Which map of the document an entry is taken from.
#[derive(Clone, Copy)]
enum Kind {
    Path,
    Schema,
    Response,
    Parameter,
    Example,
    RequestBody,
    Header,
}

/// An entry read (boxed: a path item is kilobytes, and thousands wait to be put in place).
enum Read {
    Path(Box<ReferenceOr<openapiv3::PathItem>>),
    Schema(Box<ReferenceOr<openapiv3::Schema>>),
    Response(Box<ReferenceOr<openapiv3::Response>>),
    Parameter(Box<ReferenceOr<openapiv3::Parameter>>),
    Example(Box<ReferenceOr<openapiv3::Example>>),
    RequestBody(Box<ReferenceOr<openapiv3::RequestBody>>),
    Header(Box<ReferenceOr<openapiv3::Header>>),
}

impl Kind {
    /// The entry read (a path item, a response or a request body by [`super::path`], a schema by
    /// [`super::schema`], the rest by serde), its JSON moved in.
    fn read(self, value: Value) -> Option<Read> {
        Some(match self {
            Kind::Path => Read::Path(Box::new(path::reference_or(value)?)),
            Kind::Schema => Read::Schema(Box::new(super::schema::reference_or(value)?)),
            Kind::Response => Read::Response(Box::new(reference_or_with(value, path::response)?)),
            Kind::Parameter => Read::Parameter(Box::new(reference_or(value)?)),
            Kind::Example => Read::Example(Box::new(reference_or(value)?)),
            Kind::RequestBody => {
                Read::RequestBody(Box::new(reference_or_with(value, path::request_body)?))
            }
            Kind::Header => Read::Header(Box::new(reference_or(value)?)),
        })
    }
}

/// `ReferenceOr<T>` as its `Deserialize` reads it, the item by serde from the JSON moved in.
fn reference_or<T: for<'de> Deserialize<'de>>(value: Value) -> Option<ReferenceOr<T>> {
    reference_or_with(value, path::by_serde)
}

/// The entries taken out of the object at `pointer`, in order (of `/paths`, those starting with
/// `/`: openapiv3 reads the others as extensions, left in place).
fn taken(doc: &mut Value, kind: Kind, pointer: &str) -> Vec<(String, Value)> {
    let Some(Value::Object(map)) = doc.pointer_mut(pointer) else {
        return Vec::new();
    };
    let mut entries = Vec::new();
    for (key, value) in std::mem::take(map) {
        if !matches!(kind, Kind::Path) || key.starts_with('/') {
            entries.push((key, value));
        } else {
            map.insert(key, value);
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_in_parallel_as_in_one_piece() {
        let doc: Value = serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/b": {"get": {"responses": {"200": {"$ref": "#/components/responses/Ok"}}}},
                "x-note": {"kept": true},
                "/a": {"parameters": [{"$ref": "#/components/parameters/Id"}]}
            },
            "components": {
                "schemas": {"Z": {"type": "string"}, "A": {"$ref": "#/components/schemas/Z"}},
                "responses": {"Ok": {"description": "ok"}},
                "parameters": {"Id": {"name": "id", "in": "path", "required": true,
                                      "schema": {"type": "string"}}},
                "examples": {"E": {"value": 1}},
                "requestBodies": {"B": {"content": {}}},
                "headers": {"H": {"schema": {"type": "integer"}}},
                "x-extra": 1
            }
        });
        let read = fast(doc.clone()).expect("reads");
        assert_eq!(read, OpenAPI::deserialize(&doc).unwrap());
        let keys: Vec<&String> = read.paths.paths.keys().collect();
        assert_eq!(keys, ["/b", "/a"]);
    }

    #[test]
    fn a_rejected_entry_leaves_it_to_the_slow_path() {
        let doc: Value = serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {"Bad": {"type": "string", "enum": 5}}}
        });
        assert!(fast(doc.clone()).is_none());
        let mut diags = Diagnostics::new("t");
        let read = with_retries(doc, &mut diags).expect("reads");
        let warnings = diags.into_vec();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].pointer, "/components/schemas/Bad");
        assert!(read.components.is_some());
    }

    #[test]
    fn an_entry_reads_as_openapiv3_reads_it_without_its_buffer() {
        for value in [
            serde_json::json!({"$ref": "#/components/responses/A", "description": "ignored"}),
            serde_json::json!({"description": "a response"}),
            serde_json::json!({"$ref": 5, "description": "d"}),
        ] {
            let ours: Option<ReferenceOr<openapiv3::Response>> = reference_or(value.clone());
            let theirs = ReferenceOr::<openapiv3::Response>::deserialize(&value).ok();
            assert_eq!(ours, theirs, "{value}");
        }
        let bad = serde_json::json!({"description": 5});
        assert!(reference_or::<openapiv3::Response>(bad).is_none());
    }
}
