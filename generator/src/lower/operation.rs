//! One operation: parameters, request body, responses.

use openapiv3::{OpenAPI, Operation as SpecOp, Parameter, ParameterSchemaOrContent, ReferenceOr};
use serde_json::Value;

use super::names::{pascal, snake, status_variant, Names};
use super::pagination::{declares_link_header, pagination, Shape};
use super::retries;
use super::types::Types;
use crate::diag::{escape_token, Diagnostics};
use crate::ir::*;
use crate::load::refs::component_name;

/// Where an operation sits and the names decided for it.
pub(super) struct OpContext<'a> {
    pub path: &'a str,
    pub method: &'a str,
    pub pointer: &'a str,
    pub rust_name: String,
    pub builder_name: String,
    pub error_name: String,
    pub path_params: &'a [ReferenceOr<Parameter>],
    /// The path item's `servers`.
    pub path_servers: &'a [openapiv3::Server],
    /// The document's `x-speakeasy-retries`.
    pub default_retry: Option<&'a RetryPolicy>,
}

fn resolve_param<'a>(api: &'a OpenAPI, p: &'a ReferenceOr<Parameter>) -> Option<&'a Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let name = component_name(reference, "parameters")?;
            match api.components.as_ref()?.parameters.get(&*name)? {
                ReferenceOr::Item(p) => Some(p),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

pub(super) fn operation(
    api: &OpenAPI,
    types: &mut Types<'_>,
    cx: OpContext<'_>,
    op: &SpecOp,
    diags: &mut Diagnostics,
) -> Operation {
    let builder_name = cx.builder_name.clone();
    let mut arg_names = Names::with_reserved(&[
        "client",
        "options",
        "send",
        "retries",
        "timeout",
        "pages",
        "items",
        "self_",
        "header",
        "request",
        "new",
        "core",
        "args",
        "idempotency_key",
        "with_idempotency_key",
        "send_with_response",
        "send_streaming",
    ]);

    // Path-level parameters first, overridden by operation-level ones with the same name and location.
    let mut specs: Vec<(&Parameter, String)> = Vec::new();
    for (list, base) in [
        (
            cx.path_params,
            format!(
                "{}/parameters",
                cx.pointer.rsplit_once('/').map_or("", |(p, _)| p)
            ),
        ),
        (&op.parameters[..], format!("{}/parameters", cx.pointer)),
    ] {
        for (i, p) in list.iter().enumerate() {
            let Some(param) = resolve_param(api, p) else {
                diags.warn(format!("{base}/{i}"), "cannot resolve parameter; skipped");
                continue;
            };
            let data = param.parameter_data_ref();
            specs.retain(|(q, _)| {
                !(q.parameter_data_ref().name == data.name
                    && std::mem::discriminant(*q) == std::mem::discriminant(param))
            });
            specs.push((param, format!("{base}/{i}")));
        }
    }
    // Path parameters in the order they appear in the path.
    let order = |p: &Parameter| match p {
        Parameter::Path { parameter_data, .. } => cx
            .path
            .find(&format!("{{{}}}", parameter_data.name))
            .unwrap_or(usize::MAX),
        _ => usize::MAX,
    };
    specs.sort_by_key(|(p, _)| order(p));
    let mut params: Vec<Param> = Vec::new();
    for (p, pointer) in specs {
        let data = p.parameter_data_ref();
        if matches!(p, Parameter::Path { .. }) && !cx.path.contains(&format!("{{{}}}", data.name)) {
            diags.warn(
                pointer,
                format!(
                    "path parameter `{}` does not appear in the path `{}`; ignored",
                    data.name, cx.path
                ),
            );
            continue;
        }
        params.push(param(
            types,
            p,
            &builder_name,
            &pointer,
            &mut arg_names,
            diags,
        ));
    }
    for name in template_names(cx.path) {
        if !params
            .iter()
            .any(|p| p.location == Location::Path && p.wire_name == name)
        {
            diags.warn(
                cx.pointer,
                format!("the path has `{{{name}}}` but no path parameter declares it; taking it as a required string"),
            );
            let position = params
                .iter()
                .filter(|p| p.location == Location::Path)
                .count();
            params.insert(
                position,
                Param {
                    rust_name: arg_names.unique(&snake(&name)),
                    wire_name: name,
                    location: Location::Path,
                    required: true,
                    ty: TypeRef::String,
                    description: None,
                    deprecated: false,
                    style: Style::Simple,
                    allow_reserved: false,
                },
            );
        }
    }

    let body = op.request_body.as_ref().and_then(|b| {
        body(
            api,
            types,
            b,
            &builder_name,
            &format!("{}/requestBody", cx.pointer),
            &mut arg_names,
            diags,
        )
    });
    let (success, successes, errors) = responses(api, types, op, &builder_name, cx.pointer, diags);
    let server = super::security::operation_server(api, &op.servers, cx.path_servers);
    let security = op
        .security
        .as_ref()
        .or(api.security.as_ref())
        .map(|alternatives| {
            alternatives
                .iter()
                .map(|req| {
                    req.iter()
                        .map(|(k, scopes)| (k.clone(), scopes.clone()))
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default();
    let shape = Shape {
        types,
        params: &params,
        success: &success,
        link_header: declares_link_header(api, op),
        pointer: cx.pointer,
        path: cx.path,
    };
    let pagination = pagination(&shape, &op.extensions, diags);
    let retry = match op.extensions.get(retries::RETRIES) {
        Some(v) => retries::policy(v, &format!("{}/{}", cx.pointer, retries::RETRIES), diags),
        None => cx.default_retry.cloned(),
    };
    let deprecation = retries::deprecation(&op.extensions, op.deprecated, cx.pointer, diags);
    Operation {
        id: op
            .operation_id
            .clone()
            .unwrap_or_else(|| cx.rust_name.clone()),
        error_name: cx.error_name,
        builder_name,
        rust_name: cx.rust_name,
        method: cx.method.to_ascii_uppercase(),
        path: cx.path.to_owned(),
        summary: op.summary.clone(),
        description: op.description.clone(),
        deprecated: op.deprecated,
        params,
        body,
        success,
        successes,
        success_enum: None,
        server,
        errors,
        security,
        pagination,
        retry_non_idempotent: op.extensions.get("x-retry") == Some(&Value::Bool(true))
            || retry.is_some(),
        retry,
        deprecation,
    }
}

/// The `{name}` placeholders of a path template, in order.
fn template_names(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        names.push(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    names
}

fn param(
    types: &mut Types<'_>,
    p: &Parameter,
    owner: &str,
    pointer: &str,
    names: &mut Names,
    diags: &mut Diagnostics,
) -> Param {
    let data = p.parameter_data_ref();
    let allow_reserved = matches!(
        p,
        Parameter::Query {
            allow_reserved: true,
            ..
        }
    );
    let (location, mut style) = match p {
        Parameter::Path { .. } => (Location::Path, Style::Simple),
        Parameter::Header { .. } => (Location::Header, Style::Simple),
        Parameter::Cookie { .. } => (Location::Cookie, Style::FormExploded),
        Parameter::Query { style, .. } => (
            Location::Query,
            match style {
                openapiv3::QueryStyle::Form if data.explode == Some(false) => Style::Form,
                openapiv3::QueryStyle::Form => Style::FormExploded,
                openapiv3::QueryStyle::SpaceDelimited => Style::SpaceDelimited,
                openapiv3::QueryStyle::PipeDelimited => Style::PipeDelimited,
                openapiv3::QueryStyle::DeepObject => Style::DeepObject,
            },
        ),
    };
    let hint = format!("{owner}{}", pascal(&data.name));
    let ty = match &data.format {
        ParameterSchemaOrContent::Schema(s) => {
            types.type_of(s, &hint, &format!("{pointer}/schema"), diags)
        }
        ParameterSchemaOrContent::Content(content) => {
            if content
                .keys()
                .next()
                .is_some_and(|ct| encoding_of(ct) == Encoding::Json)
            {
                style = Style::Json;
            }
            match content.iter().next().and_then(|(_, m)| m.schema.as_ref()) {
                Some(s) => types.type_of(s, &hint, &format!("{pointer}/content"), diags),
                None => TypeRef::String,
            }
        }
    };
    let required = data.required || location == Location::Path;
    Param {
        wire_name: data.name.clone(),
        // Setters of the request builder must not shadow a trait method (`from`, `into`, ...).
        rust_name: names.unique(&{
            let name =
                snake(super::extensions::client_name(&data.extensions).unwrap_or(&data.name));
            match location {
                Location::Path => name,
                _ => super::names::not_trait_method(name, "_"),
            }
        }),
        location,
        required,
        ty,
        description: data.description.clone(),
        deprecated: data.deprecated.unwrap_or(false),
        style,
        allow_reserved,
    }
}

fn encoding_of(content_type: &str) -> Encoding {
    let ct = content_type.to_ascii_lowercase();
    let essence = ct.split(';').next().unwrap_or_default().trim();
    if matches!(
        essence,
        "application/x-ndjson"
            | "application/jsonl"
            | "application/json-seq"
            | "application/x-jsonlines"
            | "application/jsonlines"
    ) {
        Encoding::JsonLines
    } else if essence == "text/event-stream" {
        Encoding::EventStream
    } else if ct.contains("json") {
        Encoding::Json
    } else if ct.starts_with("application/x-www-form-urlencoded") {
        Encoding::Form
    } else if ct.starts_with("multipart/form-data") {
        Encoding::Multipart
    } else if ct.starts_with("text/") {
        Encoding::Text
    } else {
        Encoding::Binary
    }
}

/// Picks the media type to use: JSON first, then form, text, anything.
fn pick_media(
    content: &indexmap::IndexMap<String, openapiv3::MediaType>,
) -> Option<(&String, &openapiv3::MediaType)> {
    let rank = |ct: &str| match encoding_of(ct) {
        Encoding::Json => 0,
        Encoding::Form => 1,
        Encoding::Multipart => 2,
        Encoding::EventStream | Encoding::JsonLines => 3,
        Encoding::Text => 4,
        _ => 5,
    };
    content.iter().min_by_key(|(ct, _)| rank(ct))
}

fn body(
    api: &OpenAPI,
    types: &mut Types<'_>,
    b: &ReferenceOr<openapiv3::RequestBody>,
    owner: &str,
    pointer: &str,
    names: &mut Names,
    diags: &mut Diagnostics,
) -> Option<Body> {
    let b = match b {
        ReferenceOr::Item(b) => b,
        ReferenceOr::Reference { reference } => {
            match component_name(reference, "requestBodies")
                .and_then(|n| api.components.as_ref()?.request_bodies.get(&*n))
            {
                Some(ReferenceOr::Item(b)) => b,
                _ => {
                    diags.warn(
                        pointer,
                        format!("cannot resolve request body `{reference}`; skipped"),
                    );
                    return None;
                }
            }
        }
    };
    let (content_type, media) = pick_media(&b.content)?;
    let encoding = encoding_of(content_type);
    let ty = match (&media.schema, encoding) {
        (_, Encoding::Binary) => TypeRef::Upload,
        (_, Encoding::Text) => TypeRef::String,
        (Some(s), _) => types.type_of(
            s,
            &format!("{owner}Request"),
            &format!("{pointer}/content/{}/schema", escape_token(content_type)),
            diags,
        ),
        (None, _) => TypeRef::Any,
    };
    Some(Body {
        content_type: content_type.clone(),
        encoding,
        ty,
        required: b.required,
        description: b.description.clone(),
        rust_name: names.unique("body"),
        fields: media
            .encoding
            .iter()
            .map(|(name, e)| FieldEncoding {
                name: name.clone(),
                style: match (&e.style, e.content_type.as_deref()) {
                    (_, Some(ct))
                        if encoding == Encoding::Form && encoding_of(ct) == Encoding::Json =>
                    {
                        Some(Style::Json)
                    }
                    // openapiv3 reads a missing `explode` as false; `style: form` defaults to exploded.
                    (Some(openapiv3::QueryStyle::Form), _) => Some(Style::FormExploded),
                    (Some(openapiv3::QueryStyle::SpaceDelimited), _) => Some(Style::SpaceDelimited),
                    (Some(openapiv3::QueryStyle::PipeDelimited), _) => Some(Style::PipeDelimited),
                    (Some(openapiv3::QueryStyle::DeepObject), _) => Some(Style::DeepObject),
                    (None, _) => None,
                },
                content_type: e.content_type.clone(),
            })
            .collect(),
    })
}

fn responses(
    api: &OpenAPI,
    types: &mut Types<'_>,
    op: &SpecOp,
    owner: &str,
    pointer: &str,
    diags: &mut Diagnostics,
) -> (Response, Vec<Response>, Vec<Response>) {
    let mut entries: Vec<(StatusSpec, String, &ReferenceOr<openapiv3::Response>)> = op
        .responses
        .responses
        .iter()
        .map(|(code, r)| match code {
            openapiv3::StatusCode::Code(c) => (StatusSpec::Code(*c), c.to_string(), r),
            openapiv3::StatusCode::Range(c) => (StatusSpec::Range(*c), format!("{c}XX"), r),
        })
        .collect();
    if let Some(d) = &op.responses.default {
        entries.push((StatusSpec::Default, "default".into(), d));
    }
    let mut success: Option<Response> = None;
    let mut successes: Vec<Response> = Vec::new();
    let mut redirects = false;
    let mut errors = Vec::new();
    let mut variants = Names::default();
    for (status, key, r) in entries {
        let rp = format!("{pointer}/responses/{key}");
        let r = match r {
            ReferenceOr::Item(r) => r,
            ReferenceOr::Reference { reference } => {
                match component_name(reference, "responses")
                    .and_then(|n| api.components.as_ref()?.responses.get(&*n))
                {
                    Some(ReferenceOr::Item(r)) => r,
                    _ => {
                        diags.warn(
                            rp,
                            format!("cannot resolve response `{reference}`; skipped"),
                        );
                        continue;
                    }
                }
            }
        };
        let is_success = matches!(status, StatusSpec::Code(200..=299) | StatusSpec::Range(2));
        redirects |= matches!(status, StatusSpec::Code(300..=399) | StatusSpec::Range(3));
        // RFC 9110: a 204, 205 or 304 response has no content, whatever the document declares.
        let bodiless = matches!(status, StatusSpec::Code(204 | 205 | 304));
        if bodiless && !r.content.is_empty() {
            diags.warn(
                rp.clone(),
                format!("a {key} response has no body; its content is ignored"),
            );
        }
        let (content_type, encoding, ty) = match pick_media(&r.content).filter(|_| !bodiless) {
            None => (None, Encoding::Empty, None),
            Some((ct, media)) => {
                let encoding = encoding_of(ct);
                let hint = if is_success {
                    format!("{owner}Response")
                } else {
                    format!("{owner}{}", variant_for(&status))
                };
                let ty = match (encoding, &media.schema) {
                    (Encoding::Binary, _) => TypeRef::Bytes,
                    (Encoding::Text, _) => TypeRef::String,
                    (Encoding::EventStream | Encoding::JsonLines, None) => TypeRef::String,
                    (_, Some(s)) => types.type_of(
                        s,
                        &hint,
                        &format!("{rp}/content/{}/schema", escape_token(ct)),
                        diags,
                    ),
                    (_, None) => TypeRef::Any,
                };
                (Some(ct.clone()), encoding, Some(ty))
            }
        };
        let variant = if is_success {
            variant_for(&status)
        } else {
            variants.unique(&variant_for(&status))
        };
        let kinds: Vec<Encoding> = r.content.keys().map(|ct| encoding_of(ct)).collect();
        let by_content_type = encoding == Encoding::Json && kinds.contains(&Encoding::Text);
        let response = Response {
            by_content_type,
            status,
            variant,
            description: Some(r.description.clone()).filter(|d| !d.trim().is_empty()),
            content_type,
            encoding,
            ty,
        };
        if is_success {
            if success.is_none() {
                success = Some(response.clone());
            }
            successes.push(response);
        } else {
            errors.push(response);
        }
    }
    // Only a redirect documented: the client follows it, and the body it ends at is the result
    // (a download).
    let success = success.unwrap_or(Response {
        status: StatusSpec::Range(2),
        variant: String::new(),
        description: None,
        content_type: None,
        encoding: if redirects {
            Encoding::Binary
        } else {
            Encoding::Empty
        },
        by_content_type: false,
        ty: redirects.then_some(TypeRef::Bytes),
    });
    // One type per status only when the documented success bodies differ.
    let body = |r: &Response| {
        (
            r.encoding == Encoding::Empty || r.ty.is_none(),
            r.encoding,
            r.ty.clone(),
        )
    };
    if successes.iter().all(|r| body(r) == body(&success)) {
        successes.clear();
    }
    (success, successes, errors)
}

fn variant_for(status: &StatusSpec) -> String {
    match status {
        StatusSpec::Code(c) => status_variant(*c),
        StatusSpec::Range(4) => "ClientError".into(),
        StatusSpec::Range(5) => "ServerError".into(),
        StatusSpec::Range(c) => format!("Status{c}xx"),
        StatusSpec::Default => "Default".into(),
    }
}
