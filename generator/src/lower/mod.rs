//! The `openapiv3` model → the IR: operations, parameters, bodies, responses, security, names.

mod extensions;
pub mod names;
mod operation;
mod pagination;
mod retries;
mod security;
mod shared;
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

/// The client's own methods and the modules beside the groups: no group takes these names.
const CLIENT_NAMES: [&str; 7] = [
    "types", "client", "runtime", "builder", "new", "base_url", "core",
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
    let mut group_names = Names::with_reserved(&CLIENT_NAMES);
    let mut method_names: Vec<Names> = Vec::new();
    // Type names inside each group module: the group's accessor, builders and error enums.
    let mut group_type_names: Vec<Names> = Vec::new();
    // Each group's index by its key (a document may have thousands of groups).
    let mut group_of: std::collections::BTreeMap<String, usize> = Default::default();
    for (path, item) in api.paths.iter() {
        let item_pointer = format!("/paths/{}", escape_token(path));
        let ReferenceOr::Item(item) = item else {
            diags.warn(item_pointer, "`$ref` path items are not supported; skipped");
            continue;
        };
        for (method, op) in item.iter() {
            let pointer = format!("{item_pointer}/{method}");
            let tag = op.tags.first().cloned();
            let wanted_group = group_key(op, path);
            let group_index = match group_of.get(&wanted_group) {
                Some(i) => *i,
                None => {
                    // Not named like a trait method, a method of the client or a module beside
                    // the groups.
                    let base = names::not_trait_method(names::module(&wanted_group), "_api");
                    let base = if CLIENT_NAMES.contains(&base.as_str()) {
                        format!("{base}_api")
                    } else {
                        base
                    };
                    let rust_name = group_names.unique(&base);
                    let description = api
                        .tags
                        .iter()
                        .find(|t| Some(&t.name) == tag.as_ref())
                        .and_then(|t| t.description.clone());
                    groups.push(Group {
                        type_name: names::not_prelude_type(pascal(&rust_name), "Api"),
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
                    group_of.insert(wanted_group.clone(), groups.len() - 1);
                    groups.len() - 1
                }
            };
            let rust_name = method_names[group_index]
                .unique(&names::not_trait_method(method_name(op, method, path), "_"));
            let builder_name = group_type_names[group_index]
                .unique(&names::not_prelude_type(pascal(&rust_name), "Request"));
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
                    path_servers: &item.servers,
                    default_retry: default_retry.as_ref(),
                },
                op,
                diags,
            );
            let mut operation = operation;
            if !operation.successes.is_empty() {
                operation.success_enum = Some(
                    group_type_names[group_index]
                        .unique(&format!("{}Response", operation.builder_name)),
                );
            }
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
        object_lists: false,
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

/// The group an operation belongs to: `x-rust-group`, else `x-speakeasy-group` (a dotted
/// `customer_portal.customers` names one group, `customer_portal_customers`: Speakeasy nests
/// them, and merging them would number their methods), else the first tag, else the first
/// meaningful path segment (`/v1/customers/{id}` → `customers`), else `default`.
fn group_key(op: &SpecOp, path: &str) -> String {
    ext_str(&op.extensions, "x-rust-group")
        .or_else(|| ext_str(&op.extensions, "x-speakeasy-group"))
        .map(str::to_owned)
        .or_else(|| op.tags.iter().find(|t| !t.trim().is_empty()).cloned())
        .or_else(|| path_group(path))
        .unwrap_or_else(|| "default".to_owned())
}

/// The first path segment that names a resource: not a `{parameter}`, not a version (`v1`,
/// `v2beta`, `2024-01-01`, `1.0`) and not `api`/`rest`; a `.json`-style suffix is dropped.
fn path_group(path: &str) -> Option<String> {
    fn version_like(s: &str) -> bool {
        let lower = s.to_ascii_lowercase();
        let digits_and_seps = |t: &str| {
            !t.is_empty()
                && t.starts_with(|c: char| c.is_ascii_digit())
                && t.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '_')
        };
        // `v` + a number (`v1`, `v1.1`), optionally a pre-release word (`v2beta1`).
        let versioned = lower.strip_prefix('v').is_some_and(|rest| {
            let tail = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            tail.len() < rest.len()
                && rest.starts_with(|c: char| c.is_ascii_digit())
                && ["", "alpha", "beta", "preview"]
                    .iter()
                    .any(|w| tail.trim_end_matches(|c: char| c.is_ascii_digit()) == *w)
        });
        versioned || digits_and_seps(&lower) || ["api", "apis", "rest"].contains(&lower.as_str())
    }
    path.split('/')
        .map(|segment| {
            segment
                .strip_suffix(".json")
                .or_else(|| segment.strip_suffix(".xml"))
                .unwrap_or(segment)
        })
        .find(|segment| {
            !segment.is_empty()
                && !segment.contains('{')
                && !version_like(segment)
                && segment.chars().any(|c| c.is_ascii_alphabetic())
        })
        .map(str::to_owned)
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

#[cfg(test)]
mod tests {
    use super::path_group;

    #[test]
    fn groups_from_paths() {
        let cases = [
            ("/v1/customers/{id}", Some("customers")),
            ("/api/v2/webhooks", Some("webhooks")),
            ("/2024-01-01/orders", Some("orders")),
            ("/rest/v2beta1/users.json", Some("users")),
            ("/{tenant}/invoices", Some("invoices")),
            ("/v1.1/video", Some("video")),
            ("/version", Some("version")),
            ("/v1/{id}", None),
            ("/", None),
        ];
        for (path, want) in cases {
            assert_eq!(path_group(path).as_deref(), want, "{path}");
        }
    }
}
