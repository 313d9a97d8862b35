//! Parameters: non-body parameters → OpenAPI 3 parameters (`collectionFormat` → `style`/`explode`),
//! body parameters → request bodies, formData parameters → the fields of one form request body.

use serde_json::{json, Map, Value};

use super::schema::{convert_schema, is_array_schema, split_schema};
use super::{copy_description_and_extensions, copy_extensions, is_multipart};
use crate::diag::{join, Diagnostics};

/// A non-body, non-formData parameter (`query`, `header`, `path`) → an OpenAPI 3 parameter; `None` (reported)
/// when it cannot be converted.
pub(super) fn convert_param(
    m: &Map<String, Value>,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<Value> {
    let loc = match m.get("in").and_then(Value::as_str) {
        Some(loc @ ("query" | "header" | "path" | "cookie")) => loc,
        Some(other) => {
            diags.warn(
                join(ptr, &["in"]),
                format!("unknown parameter location `{other}`; parameter dropped"),
            );
            return None;
        }
        None => {
            diags.warn(ptr, "parameter has no `in`; dropped");
            return None;
        }
    };
    if !m.get("name").is_some_and(Value::is_string) {
        diags.warn(ptr, "parameter has no `name`; dropped");
        return None;
    }
    let (mut out, schema) = split_schema(m, ptr, "parameter", diags);
    let array = is_array_schema(&schema);
    out.insert("schema".into(), schema);
    if array {
        if let Some((style, explode)) = collection_style(loc, m.get("collectionFormat"), ptr, diags)
        {
            out.insert("style".into(), json!(style));
            out.insert("explode".into(), json!(explode));
        }
    }
    Some(Value::Object(out))
}

/// The OpenAPI 3 `style`/`explode` for an array parameter's Swagger 2.0 `collectionFormat` (default `csv`) at
/// location `loc` (`formData` behaves like `query`). `None` when the location's defaults already match.
pub(super) fn collection_style(
    loc: &str,
    cf: Option<&Value>,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<(&'static str, bool)> {
    let cptr = join(ptr, &["collectionFormat"]);
    let cf = match cf {
        None | Some(Value::Null) => "csv",
        Some(Value::String(s)) => s.as_str(),
        Some(_) => {
            diags.warn(&cptr, "`collectionFormat` is not a string; treated as csv");
            "csv"
        }
    };
    let query_like = matches!(loc, "query" | "formData");
    match (cf, query_like) {
        ("csv", true) => Some(("form", false)),
        ("multi", true) => Some(("form", true)),
        ("ssv", true) => Some(("spaceDelimited", false)),
        ("pipes", true) => Some(("pipeDelimited", false)),
        ("csv", false) => None,
        ("tsv", true) => {
            diags.warn(
                cptr,
                "`collectionFormat: tsv` has no OpenAPI 3 equivalent; treated as csv",
            );
            Some(("form", false))
        }
        (other, true) => {
            diags.warn(
                cptr,
                format!("unknown `collectionFormat` `{other}`; treated as csv"),
            );
            Some(("form", false))
        }
        (other, false) => {
            diags.warn(
                cptr,
                format!("`collectionFormat: {other}` has no OpenAPI 3 equivalent for {loc} values; treated as csv"),
            );
            None
        }
    }
}

/// A body parameter → a request body with one `content` entry per media type.
pub(super) fn body_request(
    m: &Map<String, Value>,
    ptr: &str,
    media: &[String],
    diags: &mut Diagnostics,
) -> Value {
    let mut schema = match m.get("schema") {
        Some(s) => s.clone(),
        None => {
            diags.warn(ptr, "body parameter has no `schema`; any value accepted");
            json!({})
        }
    };
    convert_schema(&mut schema, &join(ptr, &["schema"]), diags);
    let mut out = Map::new();
    match m.get("required") {
        None | Some(Value::Null) => {}
        Some(r @ Value::Bool(_)) => {
            out.insert("required".into(), r.clone());
        }
        Some(_) => diags.warn(
            join(ptr, &["required"]),
            "`required` is not a boolean; ignored",
        ),
    }
    if let Some(d) = m.get("description") {
        out.insert("description".into(), d.clone());
    }
    let content: Map<String, Value> = media
        .iter()
        .map(|mt| (mt.clone(), json!({ "schema": schema.clone() })))
        .collect();
    out.insert("content".into(), Value::Object(content));
    copy_extensions(m, &mut out);
    Value::Object(out)
}

/// One formData parameter, ready to become a property of the form request body.
pub(super) struct FormField {
    /// The field name.
    name: String,
    /// The property schema (description and extensions included).
    schema: Value,
    /// Whether the parameter was required.
    required: bool,
    /// Whether the parameter was `type: file`.
    is_file: bool,
    /// The encoding (`style`/`explode`) for array fields.
    encoding: Option<Value>,
}

/// A formData parameter → a [`FormField`]; `None` (reported) when it has no name.
pub(super) fn form_field(
    m: &Map<String, Value>,
    ptr: &str,
    diags: &mut Diagnostics,
) -> Option<FormField> {
    let Some(name) = m.get("name").and_then(Value::as_str) else {
        diags.warn(ptr, "parameter has no `name`; dropped");
        return None;
    };
    let is_file = m.get("type").and_then(Value::as_str) == Some("file");
    let (rest, mut schema) = split_schema(m, ptr, "parameter", diags);
    if let Value::Object(s) = &mut schema {
        copy_description_and_extensions(&rest, s);
    }
    let encoding = is_array_schema(&schema)
        .then(|| collection_style("formData", m.get("collectionFormat"), ptr, diags))
        .flatten()
        .map(|(style, explode)| json!({ "style": style, "explode": explode }));
    Some(FormField {
        name: name.to_owned(),
        schema,
        required: m.get("required") == Some(&Value::Bool(true)),
        is_file,
        encoding,
    })
}

/// The request body made of an operation's formData parameters: one object schema, sent as
/// `multipart/form-data` when `consumes` lists it or a field is a file, else form-urlencoded.
pub(super) fn form_body(fields: Vec<FormField>, consumes: &[String]) -> Value {
    let multipart = fields.iter().any(|f| f.is_file) || consumes.iter().any(|c| is_multipart(c));
    let media = if multipart {
        "multipart/form-data"
    } else {
        "application/x-www-form-urlencoded"
    };
    let any_required = fields.iter().any(|f| f.required);
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut encoding = Map::new();
    for f in fields {
        if f.required {
            required.push(Value::String(f.name.clone()));
        }
        if let Some(e) = f.encoding {
            encoding.insert(f.name.clone(), e);
        }
        properties.insert(f.name, f.schema);
    }
    let mut schema = Map::new();
    schema.insert("type".into(), json!("object"));
    schema.insert("properties".into(), Value::Object(properties));
    if !required.is_empty() {
        schema.insert("required".into(), Value::Array(required));
    }
    let mut media_obj = Map::new();
    media_obj.insert("schema".into(), Value::Object(schema));
    if !encoding.is_empty() {
        media_obj.insert("encoding".into(), Value::Object(encoding));
    }
    let mut body = Map::new();
    if any_required {
        body.insert("required".into(), Value::Bool(true));
    }
    body.insert("content".into(), json!({ media: media_obj }));
    Value::Object(body)
}
