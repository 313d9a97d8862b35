//! Servers and security schemes.

use openapiv3::{OpenAPI, ReferenceOr};

use super::names::{snake, Names};
use crate::diag::{escape_token, Diagnostics};
use crate::ir::*;

pub(super) fn servers(api: &OpenAPI) -> Vec<Server> {
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

/// The server of one operation: its own `servers`, else its path item's, when they differ from
/// the document's; the first one, variables at their defaults, a relative URL resolved against
/// the document's first server.
pub(super) fn operation_server(
    api: &OpenAPI,
    own: &[openapiv3::Server],
    path: &[openapiv3::Server],
) -> Option<String> {
    let servers = if own.is_empty() { path } else { own };
    let first = servers.first()?;
    if api.servers.first().is_some_and(|s| s.url == first.url) {
        return None;
    }
    let mut url = first.url.clone();
    for (name, v) in first.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &v.default);
    }
    if url.starts_with('/') {
        let base = api.servers.first()?.url.as_str();
        let origin_end = base
            .find("://")
            .map(|i| i + 3)
            .map(|i| base[i..].find('/').map_or(base.len(), |j| i + j))?;
        url = format!("{}{url}", &base[..origin_end]);
    }
    Some(url.trim_end_matches('/').to_owned())
}

pub(super) fn security_schemes(api: &OpenAPI, diags: &mut Diagnostics) -> Vec<SecurityScheme> {
    let mut names = Names::with_reserved(&[
        "build",
        "base_url",
        "http_client",
        "retry",
        "timeout",
        "user_agent",
        "bearer_token",
        "header",
        "no_timeout",
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
