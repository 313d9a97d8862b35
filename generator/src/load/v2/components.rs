//! `components` of the lowered document, from the top-level `definitions`, `responses`, `parameters`
//! and `securityDefinitions`.

use serde_json::{Map, Value};

use super::params::{body_request, convert_param};
use super::responses::convert_response;
use super::schema::convert_schema;
use super::security::convert_security_scheme;
use super::{convert_ref, effective_media, opt_object, Ctx};
use crate::diag::{join, Diagnostics};

/// `components`, from `definitions`, `responses`, `parameters` and `securityDefinitions`; `None` when empty.
pub(super) fn build_components(
    top: &Map<String, Value>,
    ctx: &Ctx,
    diags: &mut Diagnostics,
) -> Option<Value> {
    let mut c = Map::new();
    let schemas = component_schemas(top, diags);
    let responses = component_responses(top, ctx, diags);
    let (parameters, bodies) = component_parameters(top, ctx, diags);
    let schemes = component_security(top, diags);
    for (key, map) in [
        ("schemas", schemas),
        ("responses", responses),
        ("parameters", parameters),
        ("requestBodies", bodies),
        ("securitySchemes", schemes),
    ] {
        if !map.is_empty() {
            c.insert(key.into(), Value::Object(map));
        }
    }
    (!c.is_empty()).then_some(Value::Object(c))
}

/// `definitions` → `components.schemas`.
fn component_schemas(top: &Map<String, Value>, diags: &mut Diagnostics) -> Map<String, Value> {
    let mut out = Map::new();
    for (name, schema) in opt_object(top, "definitions", "", diags)
        .into_iter()
        .flatten()
    {
        let mut schema = schema.clone();
        convert_schema(&mut schema, &join("/definitions", &[name]), diags);
        out.insert(name.clone(), schema);
    }
    out
}

/// Top-level `responses` → `components.responses`, with the document's `produces`.
fn component_responses(
    top: &Map<String, Value>,
    ctx: &Ctx,
    diags: &mut Diagnostics,
) -> Map<String, Value> {
    let produces = effective_media(&[], &ctx.produces);
    let mut out = Map::new();
    for (name, response) in opt_object(top, "responses", "", diags)
        .into_iter()
        .flatten()
    {
        let ptr = join("/responses", &[name]);
        if let Some(r) = convert_response(response, &ptr, &produces, diags) {
            out.insert(name.clone(), r);
        }
    }
    out
}

/// Top-level `parameters` → `components.parameters` (non-body) and `components.requestBodies` (body).
/// formData parameters have no component form; they are inlined where they are referenced.
fn component_parameters(
    top: &Map<String, Value>,
    ctx: &Ctx,
    diags: &mut Diagnostics,
) -> (Map<String, Value>, Map<String, Value>) {
    let consumes = effective_media(&[], &ctx.consumes);
    let mut params = Map::new();
    let mut bodies = Map::new();
    for (name, p) in opt_object(top, "parameters", "", diags)
        .into_iter()
        .flatten()
    {
        let ptr = join("/parameters", &[name]);
        let Some(m) = p.as_object() else {
            diags.warn(ptr, "parameter is not an object; dropped");
            continue;
        };
        if let Some(r) = m.get("$ref") {
            if let Some(v) = convert_ref(r, &ptr, diags) {
                params.insert(name.clone(), v);
            }
            continue;
        }
        match m.get("in").and_then(Value::as_str) {
            Some("body") => {
                bodies.insert(name.clone(), body_request(m, &ptr, &consumes, diags));
            }
            Some("formData") => {}
            _ => {
                if let Some(v) = convert_param(m, &ptr, diags) {
                    params.insert(name.clone(), v);
                }
            }
        }
    }
    (params, bodies)
}

/// `securityDefinitions` → `components.securitySchemes`.
fn component_security(top: &Map<String, Value>, diags: &mut Diagnostics) -> Map<String, Value> {
    let mut out = Map::new();
    for (name, def) in opt_object(top, "securityDefinitions", "", diags)
        .into_iter()
        .flatten()
    {
        let ptr = join("/securityDefinitions", &[name]);
        if let Some(s) = convert_security_scheme(def, &ptr, diags) {
            out.insert(name.clone(), s);
        }
    }
    out
}
