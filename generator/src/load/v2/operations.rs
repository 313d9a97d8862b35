//! Operations and paths: path-level parameters merged into each operation, parameters lowered
//! (references resolved, bodies and formData gathered into a `requestBody`), path items walked.

use serde_json::{json, Map, Value};

use super::params::{body_request, convert_param, form_body, form_field, FormField};
use super::responses::convert_responses;
use super::{convert_ref, effective_media, media_list, rewrite_ref, unescape_token, Ctx, METHODS};
use crate::diag::{escape_token, join, Diagnostics};

/// The top-level parameter named by a local `#/parameters/X` reference in `v`, with its name `X`.
fn referenced_param<'a>(ctx: &'a Ctx, v: &Value) -> Option<(&'a str, &'a Value)> {
    let r = v.get("$ref")?.as_str()?;
    let name = unescape_token(r.strip_prefix("#/parameters/")?);
    ctx.params
        .get_key_value(&name)
        .map(|(k, p)| (k.as_str(), p))
}

/// The `(name, in)` identity of a parameter (resolving a local reference); `None` when it has none.
fn param_identity(ctx: &Ctx, v: &Value) -> Option<(String, String)> {
    let target = referenced_param(ctx, v).map_or(v, |(_, p)| p);
    let name = target.get("name")?.as_str()?;
    let loc = target.get("in")?.as_str()?;
    Some((name.to_owned(), loc.to_owned()))
}

/// The entries of a `parameters` list with their pointers; a non-list is reported and yields nothing.
fn param_list<'a>(
    v: Option<&'a Value>,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Vec<(&'a Value, String)> {
    match v {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list
            .iter()
            .enumerate()
            .map(|(i, p)| (p, join(ptr, &[&i.to_string()])))
            .collect(),
        Some(_) => {
            diags.warn(ptr, "`parameters` is not a list; ignored");
            Vec::new()
        }
    }
}

/// The path item's parameters not overridden (same name and `in`) by the operation's, followed by the
/// operation's own.
fn merged_params<'a>(
    ctx: &Ctx,
    path_level: Vec<(&'a Value, String)>,
    own: Vec<(&'a Value, String)>,
) -> Vec<(&'a Value, String)> {
    let own_ids: Vec<(String, String)> = own
        .iter()
        .filter_map(|(p, _)| param_identity(ctx, p))
        .collect();
    let mut out: Vec<(&Value, String)> = path_level
        .into_iter()
        .filter(|(p, _)| match param_identity(ctx, p) {
            Some(id) => !own_ids.contains(&id),
            None => true,
        })
        .collect();
    out.extend(own);
    out
}

/// An operation parameter after lowering.
enum Lowered {
    /// An OpenAPI 3 parameter (or reference to one).
    Param(Value),
    /// A request body (or reference to one).
    Body(Value),
    /// A field of the form request body.
    Form(FormField),
}

/// The media types in effect for one operation.
struct OpMedia {
    /// The operation's own `consumes` (possibly empty).
    own_consumes: Vec<String>,
    /// The `consumes` in effect (own, else document's, else JSON).
    consumes: Vec<String>,
    /// The `produces` in effect (own, else document's, else JSON).
    produces: Vec<String>,
}

/// Lowers one operation parameter; `None` (reported) drops it.
fn lower_param(
    ctx: &Ctx,
    v: &Value,
    ptr: &str,
    media: &OpMedia,
    diags: &mut Diagnostics,
) -> Option<Lowered> {
    let Some(m) = v.as_object() else {
        diags.warn(ptr, "parameter is not an object; dropped");
        return None;
    };
    if let Some(r) = m.get("$ref") {
        return lower_param_ref(ctx, v, r, ptr, media, diags);
    }
    match m.get("in").and_then(Value::as_str) {
        Some("body") => Some(Lowered::Body(body_request(m, ptr, &media.consumes, diags))),
        Some("formData") => form_field(m, ptr, diags).map(Lowered::Form),
        _ => convert_param(m, ptr, diags).map(Lowered::Param),
    }
}

/// Lowers a parameter reference: to a body parameter → a request body reference; to a formData parameter → the
/// inlined field; otherwise a parameter reference into components.
fn lower_param_ref(
    ctx: &Ctx,
    v: &Value,
    r: &Value,
    ptr: &str,
    media: &OpMedia,
    diags: &mut Diagnostics,
) -> Option<Lowered> {
    if let Some((name, target)) = referenced_param(ctx, v) {
        let tptr = join("/parameters", &[name]);
        match (target.get("in").and_then(Value::as_str), target.as_object()) {
            (Some("body"), _) => {
                if !media.own_consumes.is_empty()
                    && media.own_consumes != effective_media(&[], &ctx.consumes)
                {
                    diags.warn(
                        ptr,
                        format!(
                            "the operation's `consumes` differs from the document's; shared request body `{name}` keeps the document's media types"
                        ),
                    );
                }
                let target = format!("#/components/requestBodies/{}", escape_token(name));
                return Some(Lowered::Body(json!({ "$ref": target })));
            }
            (Some("formData"), Some(m)) => return form_field(m, &tptr, diags).map(Lowered::Form),
            _ => {}
        }
    }
    convert_ref(r, ptr, diags).map(Lowered::Param)
}

/// The lowered parameters of an operation and its request body, if any.
fn assemble(
    lowered: Vec<(Lowered, String)>,
    consumes: &[String],
    op_ptr: &str,
    diags: &mut Diagnostics,
) -> (Vec<Value>, Option<Value>) {
    let mut params = Vec::new();
    let mut body = None;
    let mut fields = Vec::new();
    for (l, ptr) in lowered {
        match l {
            Lowered::Param(p) => params.push(p),
            Lowered::Body(b) if body.is_none() => body = Some(b),
            Lowered::Body(_) => diags.warn(ptr, "more than one body parameter; dropped"),
            Lowered::Form(f) => fields.push(f),
        }
    }
    if !fields.is_empty() {
        if body.is_some() {
            diags.warn(
                op_ptr,
                "the operation has both body and formData parameters; formData parameters dropped",
            );
        } else {
            body = Some(form_body(fields, consumes));
        }
    }
    (params, body)
}

/// Converts one operation; `path_params` are the path item's `parameters`.
fn convert_operation(
    ctx: &Ctx,
    op: &Value,
    ptr: &str,
    path_params: Vec<(&Value, String)>,
    diags: &mut Diagnostics,
) -> Option<Value> {
    let Some(m) = op.as_object() else {
        diags.warn(ptr, "operation is not an object; dropped");
        return None;
    };
    let own_consumes = media_list(m.get("consumes"), &join(ptr, &["consumes"]), diags);
    let own_produces = media_list(m.get("produces"), &join(ptr, &["produces"]), diags);
    let media = OpMedia {
        consumes: effective_media(&own_consumes, &ctx.consumes),
        produces: effective_media(&own_produces, &ctx.produces),
        own_consumes,
    };
    let own_params = param_list(m.get("parameters"), &join(ptr, &["parameters"]), diags);
    let lowered = merged_params(ctx, path_params, own_params)
        .into_iter()
        .filter_map(|(p, pptr)| lower_param(ctx, p, &pptr, &media, diags).map(|l| (l, pptr)))
        .collect();
    let (params, body) = assemble(lowered, &media.consumes, ptr, diags);
    let mut pending = Some((params, body));
    let mut out = Map::new();
    for (k, v) in m {
        match k.as_str() {
            "consumes" | "produces" | "schemes" => {}
            "parameters" => place_params(&mut out, pending.take()),
            "responses" => {
                place_params(&mut out, pending.take());
                let converted =
                    convert_responses(v, &join(ptr, &["responses"]), &media.produces, diags);
                out.insert(k.clone(), converted);
            }
            "requestBody" => diags.warn(
                join(ptr, &[k]),
                "`requestBody` is not a Swagger 2.0 field; dropped",
            ),
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    place_params(&mut out, pending.take());
    if !m.contains_key("responses") {
        diags.warn(ptr, "the operation has no `responses`; assuming none");
        out.insert("responses".into(), json!({}));
    }
    Some(Value::Object(out))
}

/// Inserts `parameters` (when not empty) and `requestBody` (when present) into an operation.
fn place_params(out: &mut Map<String, Value>, pending: Option<(Vec<Value>, Option<Value>)>) {
    let Some((params, body)) = pending else {
        return;
    };
    if !params.is_empty() {
        out.insert("parameters".into(), Value::Array(params));
    }
    if let Some(b) = body {
        out.insert("requestBody".into(), b);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------------------------

/// Converts the `paths` object.
pub(super) fn convert_paths(ctx: &Ctx, paths: &Value, diags: &mut Diagnostics) -> Value {
    let Some(m) = paths.as_object() else {
        diags.warn("/paths", "`paths` is not an object; no operations");
        return json!({});
    };
    let mut out = Map::new();
    for (path, item) in m {
        let ptr = join("/paths", &[path]);
        if path.starts_with("x-") {
            out.insert(path.clone(), item.clone());
        } else if !path.starts_with('/') {
            diags.warn(ptr, "path does not start with `/`; dropped");
        } else if let Some(item) = convert_path_item(ctx, item, &ptr, diags) {
            out.insert(path.clone(), item);
        }
    }
    Value::Object(out)
}

/// Converts one path item: every operation gets the path-level parameters merged in.
fn convert_path_item(ctx: &Ctx, item: &Value, ptr: &str, diags: &mut Diagnostics) -> Option<Value> {
    let Some(m) = item.as_object() else {
        diags.warn(ptr, "path item is not an object; dropped");
        return None;
    };
    let params_ptr = join(ptr, &["parameters"]);
    let mut out = Map::new();
    for (k, v) in m {
        let kptr = join(ptr, &[k]);
        if METHODS.contains(&k.as_str()) {
            let path_params = param_list(m.get("parameters"), &params_ptr, diags);
            if let Some(op) = convert_operation(ctx, v, &kptr, path_params, diags) {
                out.insert(k.clone(), op);
            }
        } else if k == "$ref" {
            match v {
                Value::String(r) => {
                    out.insert(k.clone(), Value::String(rewrite_ref(r)));
                }
                _ => diags.warn(kptr, "`$ref` is not a string; dropped"),
            }
        } else if k.starts_with("x-") {
            out.insert(k.clone(), v.clone());
        } else if k != "parameters" {
            diags.warn(
                kptr,
                format!("`{k}` is not a Swagger 2.0 path item field; dropped"),
            );
        }
    }
    Some(Value::Object(out))
}
