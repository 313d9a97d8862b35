//! The `openapiv3` model → the IR: operations, parameters, bodies, responses, security, names.

mod extensions;
pub mod names;
mod operation;
mod pagination;
mod retries;
mod security;
pub mod types;
pub mod webhooks;

use openapiv3::{OpenAPI, Operation as SpecOp, ReferenceOr};
use serde_json::Value;

use crate::diag::{escape_token, Diagnostics};
use crate::ir::*;
use names::{pascal, snake, Names};
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
    let security_schemes = security::security_schemes(api, diags);
    let default_retry = api
        .extensions
        .get(retries::RETRIES)
        .and_then(|v| retries::policy(v, &format!("/{}", retries::RETRIES), diags));
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
            let operation = operation::operation(
                api,
                &mut types,
                operation::OpContext {
                    path,
                    method,
                    pointer: &pointer,
                    rust_name,
                    builder_name,
                    error_name,
                    path_params: &item.parameters,
                    default_retry: default_retry.as_ref(),
                },
                op,
                diags,
            );
            groups[group_index].operations.push(operation);
        }
    }
    retries::resolve_replacements(&mut groups);
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
        servers: security::servers(api),
        security_schemes,
        groups,
        types: types.defs,
    }
}

pub(crate) fn ext_str<'a>(
    ext: &'a indexmap::IndexMap<String, Value>,
    key: &str,
) -> Option<&'a str> {
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
