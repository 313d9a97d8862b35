//! Swagger 2.0 → OpenAPI 3.0.3 lowering.
//!
//! The loader reads a document into a `serde_json::Value`; when the document says `swagger: "2.0"`, this pass
//! rewrites it in place into an OpenAPI 3.0.3-shaped document that the `openapiv3` crate can deserialize:
//!
//! * `schemes`/`host`/`basePath` become one `servers` entry;
//! * `definitions`, `parameters`, `responses` and `securityDefinitions` become `components`;
//! * path-level parameters are merged into every operation; body and formData parameters become a
//!   `requestBody`; the JSON-schema keywords of other parameters and of response headers move into `schema`;
//! * response `schema`s become `content` keyed by the `produces` media types;
//! * `$ref`s to `#/definitions`, `#/responses` and `#/parameters` are redirected into `#/components`;
//! * schema dialect differences (`type: file`, `x-nullable`, string `discriminator`) are rewritten.
//!
//! Every problem is reported to [`Diagnostics`] with a JSON pointer into the original document; the pass never
//! panics, whatever the shape of its input.

use serde_json::{json, Map, Value};

use crate::diag::{join, Diagnostics};

mod components;
mod operations;
mod params;
mod responses;
mod schema;
mod security;
#[cfg(test)]
mod tests;

use components::build_components;
use operations::convert_paths;

/// The HTTP methods a Swagger 2.0 path item may hold.
const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

/// The media type used when neither the operation nor the document lists any.
const DEFAULT_MEDIA_TYPE: &str = "application/json";

/// Rewrites the Swagger 2.0 document `doc` in place into an OpenAPI 3.0.3 document.
///
/// Problems are reported with `diags.warn(pointer, msg)` (construct dropped or degraded, generation goes on) or
/// `diags.error(pointer, msg)` (cannot go on). Never panics on any input: every field may be missing or of the
/// wrong JSON type; then the pass reports and skips it.
pub fn lower(doc: &mut Value, diags: &mut Diagnostics) {
    let Some(top) = doc.as_object_mut() else {
        diags.error("", "the document is not an object");
        return;
    };
    let top = std::mem::take(top);
    check_version(&top, diags);
    let ctx = Ctx::new(&top);
    let mut out = Map::new();
    out.insert("openapi".into(), json!("3.0.3"));
    match top.get("info") {
        Some(info) => {
            out.insert("info".into(), info.clone());
        }
        None => diags.warn("", "the document has no `info`"),
    }
    out.insert("servers".into(), build_servers(&top, diags));
    let mut components = build_components(&top, &ctx, diags);
    let mut saw_paths = false;
    for (key, value) in top {
        match key.as_str() {
            "swagger" | "info" | "host" | "basePath" | "schemes" | "consumes" | "produces" => {}
            "definitions" | "parameters" | "responses" | "securityDefinitions" => {
                if let Some(c) = components.take() {
                    out.insert("components".into(), c);
                }
            }
            "paths" => {
                saw_paths = true;
                out.insert(key, convert_paths(&ctx, &value, diags));
            }
            "openapi" | "servers" | "components" => diags.warn(
                join("", &[&key]),
                format!("`{key}` is not a Swagger 2.0 field; dropped"),
            ),
            _ => {
                out.insert(key, value);
            }
        }
    }
    if !saw_paths {
        diags.warn("", "the document has no `paths`; it has no operations");
        out.insert("paths".into(), json!({}));
    }
    *doc = Value::Object(out);
}

/// What operations need to know about the whole document.
struct Ctx {
    /// The document's `consumes` list (possibly empty).
    consumes: Vec<String>,
    /// The document's `produces` list (possibly empty).
    produces: Vec<String>,
    /// The document's top-level `parameters`, unconverted, for resolving `#/parameters/X` references.
    params: Map<String, Value>,
}

impl Ctx {
    /// Collects the document-wide settings from the top-level object. Type problems are reported later, where
    /// the fields are converted.
    fn new(top: &Map<String, Value>) -> Self {
        let mut quiet = Diagnostics::default();
        Self {
            consumes: media_list(top.get("consumes"), "/consumes", &mut quiet),
            produces: media_list(top.get("produces"), "/produces", &mut quiet),
            params: top
                .get("parameters")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default(),
        }
    }
}

/// Warns unless the document declares `swagger: "2.0"`.
fn check_version(top: &Map<String, Value>, diags: &mut Diagnostics) {
    if top.get("swagger").and_then(Value::as_str) != Some("2.0") {
        diags.warn(
            "/swagger",
            "expected `swagger: \"2.0\"`; converting as Swagger 2.0 anyway",
        );
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

/// `m[key]` as a string; warns (and yields `None`) when it is present but not a string.
fn opt_str<'a>(
    m: &'a Map<String, Value>,
    key: &str,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<&'a str> {
    let v = m.get(key)?;
    if v.is_null() {
        return None;
    }
    let s = v.as_str();
    if s.is_none() {
        diags.warn(
            join(ptr, &[key]),
            format!("`{key}` is not a string; ignored"),
        );
    }
    s
}

/// `m[key]` as an object; warns (and yields `None`) when it is present but not an object.
fn opt_object<'a>(
    m: &'a Map<String, Value>,
    key: &str,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<&'a Map<String, Value>> {
    let v = m.get(key)?;
    if v.is_null() {
        return None;
    }
    let o = v.as_object();
    if o.is_none() {
        diags.warn(
            join(ptr, &[key]),
            format!("`{key}` is not an object; ignored"),
        );
    }
    o
}

/// A `consumes`/`produces` list; non-string entries and non-list values are reported and skipped.
fn media_list(v: Option<&Value>, ptr: &str, diags: &mut Diagnostics) -> Vec<String> {
    match v {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let s = item.as_str();
                if s.is_none() {
                    diags.warn(
                        join(ptr, &[&i.to_string()]),
                        "entry is not a string; ignored",
                    );
                }
                s.map(str::to_owned)
            })
            .collect(),
        Some(_) => {
            diags.warn(ptr, "not a list; ignored");
            Vec::new()
        }
    }
}

/// The media types that apply: the operation's own list, else the document's, else `application/json`.
fn effective_media(own: &[String], global: &[String]) -> Vec<String> {
    if !own.is_empty() {
        own.to_vec()
    } else if !global.is_empty() {
        global.to_vec()
    } else {
        vec![DEFAULT_MEDIA_TYPE.to_owned()]
    }
}

/// Whether a media type (parameters such as `; charset=` ignored) is `multipart/form-data`.
fn is_multipart(media: &str) -> bool {
    media
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .eq_ignore_ascii_case("multipart/form-data")
}

/// Decodes one JSON pointer token taken from a reference (percent-decoding, then `~1` → `/`, `~0` → `~`).
fn unescape_token(token: &str) -> String {
    let decoded = percent_encoding::percent_decode_str(token).decode_utf8_lossy();
    decoded.replace("~1", "/").replace("~0", "~")
}

/// Redirects a Swagger 2.0 reference into `components` (`#/definitions/X` → `#/components/schemas/X`, and
/// likewise for responses and parameters). The file part of external references is kept; other references are
/// returned unchanged.
fn rewrite_ref(r: &str) -> String {
    let Some((file, fragment)) = r.split_once('#') else {
        return r.to_owned();
    };
    const MOVES: [(&str, &str); 3] = [
        ("/definitions/", "/components/schemas/"),
        ("/responses/", "/components/responses/"),
        ("/parameters/", "/components/parameters/"),
    ];
    for (old, new) in MOVES {
        if let Some(rest) = fragment.strip_prefix(old) {
            return format!("{file}#{new}{rest}");
        }
    }
    r.to_owned()
}

/// `{"$ref": <rewritten>}` for an object holding a `$ref`; `None` (reported) when the `$ref` is not a string.
fn convert_ref(v: &Value, ptr: &str, diags: &mut Diagnostics) -> Option<Value> {
    match v {
        Value::String(r) => Some(json!({ "$ref": rewrite_ref(r) })),
        _ => {
            diags.warn(join(ptr, &["$ref"]), "`$ref` is not a string; dropped");
            None
        }
    }
}

/// Copies the `x-*` extensions of `from` into `to`.
fn copy_extensions(from: &Map<String, Value>, to: &mut Map<String, Value>) {
    for (k, v) in from {
        if k.starts_with("x-") {
            to.insert(k.clone(), v.clone());
        }
    }
}

/// Copies `description` and the `x-*` extensions of `from` into `to`.
fn copy_description_and_extensions(from: &Map<String, Value>, to: &mut Map<String, Value>) {
    if let Some(d) = from.get("description") {
        to.insert("description".into(), d.clone());
    }
    copy_extensions(from, to);
}

/// Whether `code` is an HTTP status code (`200`) or range (`2XX`), as OpenAPI 3 accepts them.
fn is_status_code(code: &str) -> bool {
    let b = code.as_bytes();
    match b {
        [first, rest @ ..] if b.len() == 3 && (b'1'..=b'9').contains(first) => {
            rest.iter().all(u8::is_ascii_digit) || rest.eq_ignore_ascii_case(b"XX")
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Servers
// ---------------------------------------------------------------------------------------------------------------

/// The `servers` list built from `schemes`, `host` and `basePath`.
fn build_servers(top: &Map<String, Value>, diags: &mut Diagnostics) -> Value {
    let scheme = pick_scheme(top.get("schemes"), diags);
    let host = opt_str(top, "host", "", diags)
        .map(|h| h.trim_end_matches('/'))
        .filter(|h| !h.is_empty());
    let base = opt_str(top, "basePath", "", diags)
        .map(normalize_base_path)
        .unwrap_or_default();
    let url = match host {
        Some(h) if h.contains("://") => {
            diags.warn("/host", "`host` includes a scheme; used as given");
            format!("{h}{base}")
        }
        Some(h) => format!("{scheme}://{h}{base}"),
        None if base.is_empty() => "/".to_owned(),
        None => base,
    };
    json!([{ "url": url }])
}

/// The scheme to use: `https` if listed, else the first listed, else `https`.
fn pick_scheme(schemes: Option<&Value>, diags: &mut Diagnostics) -> String {
    let listed = media_list(schemes, "/schemes", diags);
    if listed.iter().any(|s| s.eq_ignore_ascii_case("https")) {
        return "https".to_owned();
    }
    listed
        .into_iter()
        .next()
        .unwrap_or_else(|| "https".to_owned())
}

/// `basePath` with exactly one leading slash and no trailing slash (`""` for the root).
fn normalize_base_path(p: &str) -> String {
    let trimmed = p.trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}
