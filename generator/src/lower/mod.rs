//! The `openapiv3` model → the IR: operations, parameters, bodies, responses, security, names.

pub mod names;
pub mod types;
pub mod webhooks;

use openapiv3::{OpenAPI, Operation as SpecOp, Parameter, ParameterSchemaOrContent, ReferenceOr};
use serde_json::Value;

use crate::diag::{escape_token, Diagnostics};
use crate::ir::*;
use crate::load::refs::component_name;
use names::{pascal, snake, status_variant, Names};
use types::Types;

/// Names the generated types module uses unqualified (or that read as the crate's own), which
/// schema names must avoid. `Error` is free: generated code spells the crate's error by path.
const RESERVED_TYPES: [&str; 7] = [
    "Client",
    "ClientBuilder",
    "Result",
    "Option",
    "Vec",
    "String",
    "Box",
];

/// Lowers a loaded document into the IR.
pub fn lower(api: &OpenAPI, module: &str, source: &str, diags: &mut Diagnostics) -> Api {
    lower_with_webhooks(api, &indexmap::IndexMap::new(), module, source, diags)
}

/// Lowers a loaded document and its `webhooks` (kept aside by the loader) into the IR.
pub fn lower_with_webhooks(
    api: &OpenAPI,
    webhook_items: &indexmap::IndexMap<String, openapiv3::PathItem>,
    module: &str,
    source: &str,
    diags: &mut Diagnostics,
) -> Api {
    let mut types = Types::new(api, &RESERVED_TYPES);
    types.convert_components(diags);
    let security_schemes = security_schemes(api, diags);
    let mut groups: Vec<Group> = Vec::new();
    let mut group_names = Names::with_reserved(&["types", "client", "runtime", "builder", "new"]);
    let mut method_names: Vec<Names> = Vec::new();
    // Type names inside each group module: the group's accessor, builders and error enums.
    let mut group_type_names: Vec<Names> = Vec::new();
    for (path, item) in api.paths.iter() {
        let item_pointer = format!("/paths/{}", escape_token(path));
        let ReferenceOr::Item(item) = item else {
            diags.warn(item_pointer, "`$ref` path items are not supported; skipped");
            continue;
        };
        for (method, op) in item.iter() {
            let pointer = format!("{item_pointer}/{method}");
            let tag = op.tags.first().cloned();
            let wanted_group = ext_str(&op.extensions, "x-rust-group")
                .map(str::to_owned)
                .or_else(|| tag.clone())
                .unwrap_or_else(|| "default".to_owned());
            let group_index = match groups
                .iter()
                .position(|g| g.tag.as_deref().unwrap_or("default") == wanted_group)
            {
                Some(i) => i,
                None => {
                    let rust_name = group_names.unique(&names::module(&wanted_group));
                    let description = api
                        .tags
                        .iter()
                        .find(|t| Some(&t.name) == tag.as_ref())
                        .and_then(|t| t.description.clone());
                    groups.push(Group {
                        type_name: pascal(&rust_name),
                        rust_name,
                        tag: Some(wanted_group.clone()),
                        description,
                        operations: Vec::new(),
                    });
                    method_names.push(Names::with_reserved(&["new", "client"]));
                    let accessor = groups
                        .last()
                        .map(|g| g.type_name.as_str())
                        .unwrap_or_default();
                    group_type_names.push(Names::with_reserved(&[accessor]));
                    groups.len() - 1
                }
            };
            let rust_name = method_names[group_index].unique(&method_name(op, method, path));
            let builder_name = group_type_names[group_index].unique(&pascal(&rust_name));
            let error_name = group_type_names[group_index].unique(&format!("{builder_name}Error"));
            let operation = operation(
                api,
                &mut types,
                OpContext {
                    path,
                    method,
                    pointer: &pointer,
                    rust_name,
                    builder_name,
                    error_name,
                    path_params: &item.parameters,
                },
                op,
                diags,
            );
            groups[group_index].operations.push(operation);
        }
    }
    // The webhook events' module: `events`, unless a group has that name.
    let events_module = match group_names.unique("events") {
        name if name == "events" => name,
        _ => group_names.unique("webhook_events"),
    };
    // Before `finalize`, so unions inside webhook payloads get their tags too.
    let webhooks = webhooks::lower(api, webhook_items, events_module, &mut types, diags);
    types.finalize();
    Api {
        webhooks,
        module: module.to_owned(),
        source: source.to_owned(),
        title: api.info.title.clone(),
        version: api.info.version.clone(),
        description: api.info.description.clone(),
        servers: servers(api),
        security_schemes,
        groups,
        types: types.defs,
    }
}

fn ext_str<'a>(ext: &'a indexmap::IndexMap<String, Value>, key: &str) -> Option<&'a str> {
    ext.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// `x-rust-name`, else `x-speakeasy-name-override`, else the operationId (after its last `:`),
/// else method + path.
pub fn method_name(op: &SpecOp, method: &str, path: &str) -> String {
    if let Some(name) = ext_str(&op.extensions, "x-rust-name")
        .or_else(|| ext_str(&op.extensions, "x-speakeasy-name-override"))
    {
        return snake(name);
    }
    if let Some(id) = op.operation_id.as_deref().filter(|s| !s.is_empty()) {
        return snake(id.rsplit(':').next().unwrap_or(id));
    }
    snake(&format!("{method} {}", path.replace(['{', '}'], "")))
}

fn servers(api: &OpenAPI) -> Vec<Server> {
    let mut servers: Vec<Server> = api
        .servers
        .iter()
        .map(|s| {
            let mut names = Names::default();
            Server {
                url: s.url.clone(),
                description: s.description.clone(),
                variables: s
                    .variables
                    .iter()
                    .flatten()
                    .map(|(name, v)| ServerVariable {
                        name: name.clone(),
                        rust_name: names.unique(&snake(name)),
                        default: v.default.clone(),
                        allowed: v.enumeration.clone(),
                        description: v.description.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    if servers.is_empty() {
        servers.push(Server {
            url: "/".into(),
            description: None,
            variables: Vec::new(),
        });
    }
    servers
}

fn security_schemes(api: &OpenAPI, diags: &mut Diagnostics) -> Vec<SecurityScheme> {
    let mut names = Names::with_reserved(&[
        "build",
        "base_url",
        "http_client",
        "retry",
        "timeout",
        "user_agent",
        "bearer_token",
        "new",
    ]);
    let mut out = Vec::new();
    let Some(components) = &api.components else {
        return out;
    };
    for (key, scheme) in &components.security_schemes {
        let pointer = format!("/components/securitySchemes/{}", escape_token(key));
        let ReferenceOr::Item(scheme) = scheme else {
            diags.warn(
                pointer,
                "`$ref` security schemes are not supported; skipped",
            );
            continue;
        };
        use openapiv3::SecurityScheme as S;
        let (kind, description) = match scheme {
            S::HTTP {
                scheme,
                description,
                ..
            } if scheme.eq_ignore_ascii_case("bearer") => (
                SecurityKind::Bearer {
                    origin: "http".into(),
                },
                description,
            ),
            S::HTTP {
                scheme,
                description,
                ..
            } if scheme.eq_ignore_ascii_case("basic") => (SecurityKind::Basic, description),
            S::HTTP { scheme, .. } => {
                diags.warn(
                    pointer,
                    format!("HTTP auth scheme `{scheme}` is not supported; skipped"),
                );
                continue;
            }
            S::APIKey {
                location,
                name,
                description,
                ..
            } => {
                let location = match location {
                    openapiv3::APIKeyLocation::Query => "query",
                    openapiv3::APIKeyLocation::Header => "header",
                    openapiv3::APIKeyLocation::Cookie => "cookie",
                };
                (
                    SecurityKind::ApiKey {
                        location: location.into(),
                        name: name.clone(),
                    },
                    description,
                )
            }
            S::OAuth2 { description, .. } => (
                SecurityKind::Bearer {
                    origin: "oauth2".into(),
                },
                description,
            ),
            S::OpenIDConnect { description, .. } => (
                SecurityKind::Bearer {
                    origin: "openIdConnect".into(),
                },
                description,
            ),
        };
        out.push(SecurityScheme {
            key: key.clone(),
            rust_name: names.unique(&snake(key)),
            kind,
            description: description.clone(),
        });
    }
    out
}

struct OpContext<'a> {
    path: &'a str,
    method: &'a str,
    pointer: &'a str,
    rust_name: String,
    builder_name: String,
    error_name: String,
    path_params: &'a [ReferenceOr<Parameter>],
}

fn resolve_param<'a>(api: &'a OpenAPI, p: &'a ReferenceOr<Parameter>) -> Option<&'a Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let name = component_name(reference, "parameters")?;
            match api.components.as_ref()?.parameters.get(&name)? {
                ReferenceOr::Item(p) => Some(p),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

fn operation(
    api: &OpenAPI,
    types: &mut Types<'_>,
    cx: OpContext<'_>,
    op: &SpecOp,
    diags: &mut Diagnostics,
) -> Operation {
    let builder_name = cx.builder_name.clone();
    let mut arg_names = Names::with_reserved(&[
        "client", "options", "send", "retries", "timeout", "pages", "items", "self_",
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
    let (success, errors) = responses(api, types, op, &builder_name, cx.pointer, diags);
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
    let pagination = op.extensions.get("x-pagination").and_then(|p| {
        pagination(
            types,
            p,
            &params,
            &success,
            &format!("{}/x-pagination", cx.pointer),
            diags,
        )
    });
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
        errors,
        security,
        pagination,
        retry_non_idempotent: op.extensions.get("x-retry") == Some(&Value::Bool(true)),
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
    let (location, style) = match p {
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
            match content.iter().next().and_then(|(_, m)| m.schema.as_ref()) {
                Some(s) => types.type_of(s, &hint, &format!("{pointer}/content"), diags),
                None => TypeRef::String,
            }
        }
    };
    let required = data.required || location == Location::Path;
    Param {
        wire_name: data.name.clone(),
        rust_name: names.unique(&snake(&data.name)),
        location,
        required,
        ty,
        description: data.description.clone(),
        deprecated: data.deprecated.unwrap_or(false),
        style,
    }
}

fn encoding_of(content_type: &str) -> Encoding {
    let ct = content_type.to_ascii_lowercase();
    if ct.contains("json") {
        Encoding::Json
    } else if ct.starts_with("application/x-www-form-urlencoded") {
        Encoding::Form
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
        Encoding::Text => 2,
        _ => 3,
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
                .and_then(|n| api.components.as_ref()?.request_bodies.get(&n))
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
        (_, Encoding::Binary) => TypeRef::Bytes,
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
    })
}

fn responses(
    api: &OpenAPI,
    types: &mut Types<'_>,
    op: &SpecOp,
    owner: &str,
    pointer: &str,
    diags: &mut Diagnostics,
) -> (Response, Vec<Response>) {
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
    let mut errors = Vec::new();
    let mut variants = Names::default();
    for (status, key, r) in entries {
        let rp = format!("{pointer}/responses/{key}");
        let r = match r {
            ReferenceOr::Item(r) => r,
            ReferenceOr::Reference { reference } => {
                match component_name(reference, "responses")
                    .and_then(|n| api.components.as_ref()?.responses.get(&n))
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
        let (content_type, encoding, ty) = match pick_media(&r.content) {
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
            String::new()
        } else {
            variants.unique(&variant_for(&status))
        };
        let response = Response {
            status,
            variant,
            description: Some(r.description.clone()).filter(|d| !d.trim().is_empty()),
            content_type,
            encoding,
            ty,
        };
        if is_success {
            if success.is_none() {
                success = Some(response);
            }
        } else {
            errors.push(response);
        }
    }
    let success = success.unwrap_or(Response {
        status: StatusSpec::Range(2),
        variant: String::new(),
        description: None,
        content_type: None,
        encoding: Encoding::Empty,
        ty: None,
    });
    (success, errors)
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

/// The type found at a dotted path inside `ty` (through struct fields).
fn type_at(types: &Types<'_>, ty: &TypeRef, path: &str) -> Option<TypeRef> {
    let mut current = ty.clone();
    for key in path.split('.').filter(|k| !k.is_empty()) {
        let TypeRef::Named(id) = types.resolve_named(&current) else {
            return None;
        };
        let TypeKind::Struct { fields, .. } = &types.defs[id].kind else {
            return None;
        };
        current = fields.iter().find(|f| f.wire_name == key)?.ty.clone();
    }
    Some(types.resolve_named(&current))
}

fn pagination(
    types: &Types<'_>,
    p: &Value,
    params: &[Param],
    success: &Response,
    pointer: &str,
    diags: &mut Diagnostics,
) -> Option<Pagination> {
    let get = |k: &str| p.get(k).and_then(Value::as_str).map(str::to_owned);
    let param_name = |k: &str, diags: &mut Diagnostics| -> Option<String> {
        let wire = get(k)?;
        match params
            .iter()
            .find(|q| q.wire_name == wire && q.location == Location::Query && !q.required)
        {
            Some(q) => Some(q.rust_name.clone()),
            None => {
                diags.warn(format!("{pointer}/{k}"), format!("`{wire}` is not an optional query parameter of this operation; pagination ignored"));
                None
            }
        }
    };
    let items = get("items").unwrap_or_default();
    let item = success
        .ty
        .as_ref()
        .and_then(|ty| type_at(types, ty, &items))
        .and_then(|ty| match ty {
            TypeRef::Array(inner) => Some(*inner),
            _ => None,
        })
        .unwrap_or(TypeRef::Any);
    match get("style").as_deref() {
        Some("page") => Some(Pagination::Page {
            items,
            page: param_name("page", diags)?,
            total_pages: get("total_pages"),
            next_link: get("next_link"),
            limit: get("limit").and_then(|_| param_name("limit", diags)),
            item,
        }),
        Some("offset") => Some(Pagination::Offset {
            items,
            offset: param_name("offset", diags)?,
            limit: get("limit").and_then(|_| param_name("limit", diags)),
            has_more: get("has_more"),
            next_offset: get("next_offset"),
            item,
        }),
        Some("cursor") => Some(Pagination::Cursor {
            items,
            cursor: param_name("cursor", diags)?,
            next_cursor: get("next_cursor")?,
            has_more: get("has_more"),
            clear: p
                .get("clear")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .filter_map(|wire| {
                    let found = params.iter().find(|q| q.wire_name == wire && !q.required);
                    if found.is_none() {
                        diags.warn(
                            format!("{pointer}/clear"),
                            format!("`{wire}` is not an optional parameter of this operation"),
                        );
                    }
                    found.map(|q| q.rust_name.clone())
                })
                .collect(),
            item,
        }),
        other => {
            diags.warn(
                pointer,
                format!("unknown pagination style {other:?}; expected page, offset or cursor"),
            );
            None
        }
    }
}
