//! The provider module root: module docs, `Client` and `ClientBuilder`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use crate::ir::{Api, SecurityKind};

/// The default base URL: the first server with its variables' defaults.
pub fn default_base_url(api: &Api) -> String {
    let server = &api.servers[0];
    server.variables.iter().fold(server.url.clone(), |url, v| {
        url.replace(&format!("{{{}}}", v.name), &v.default)
    })
}

/// Module docs of the provider module.
pub fn module_docs(api: &Api) -> Vec<String> {
    let mut lines = vec![format!(
        "Client for the {} (version {}).",
        api.title.trim(),
        api.version.trim()
    )];
    if let Some(d) = &api.description {
        let d = docs::sanitize(d);
        if !d.is_empty() {
            lines.push(String::new());
            lines.extend(d);
        }
    }
    lines.push(String::new());
    let m = &api.module;
    lines.push(format!(
        "Build a [`Client`](crate::{m}::Client) with [`Client::builder`](crate::{m}::Client::builder); the default server is `{}`.",
        default_base_url(api)
    ));
    lines.push("Operations are grouped as in the API's documentation:".into());
    lines.push(String::new());
    for g in &api.groups {
        lines.push(format!(
            "- [`Client::{}`](crate::{m}::Client::{}): {} operation{}",
            g.rust_name,
            g.rust_name,
            g.operations.len(),
            if g.operations.len() == 1 { "" } else { "s" }
        ));
    }
    lines
}

/// `Client`, `ClientBuilder` and the server list.
pub fn client(api: &Api, plan: &super::features::Plan) -> TokenStream {
    let groups_of_plan = &plan.groups;
    let default_url = default_base_url(api);
    let servers = api.servers.iter().map(|s| &s.url);
    let server_docs = api.servers.iter().map(|s| {
        let text = format!(
            " - `{}`{}",
            s.url,
            s.description
                .as_deref()
                .map(|d| format!(": {}", d.trim()))
                .unwrap_or_default()
        );
        quote!(#[doc = #text])
    });
    // With only the webhook events compiled, no operation uses the core; a document without
    // operations (webhooks only) has no use for it at all.
    let core_allow = plan
        .events
        .is_some()
        .then(|| quote!(#[cfg_attr(not(any(#(feature = #groups_of_plan),*)), allow(dead_code))]));
    let core_fn = (!api.groups.is_empty()).then(|| {
        quote! {
            #core_allow
            pub(crate) fn core(&self) -> &crate::runtime::Core {
                &self.core
            }
        }
    });
    let accessors = api.groups.iter().enumerate().map(|(index, g)| {
        let cfg = plan.group_cfg(index);
        let name = format_ident!("{}", g.rust_name);
        let ty = format_ident!("{}", g.type_name);
        let mut lines = vec![format!(
            "The `{}` operations.",
            g.tag.as_deref().unwrap_or(&g.rust_name)
        )];
        if let Some(d) = &g.description {
            lines.push(String::new());
            lines.extend(docs::sanitize(d));
        }
        let doc = docs::lines(&lines);
        quote! {
            #doc
            #cfg
            pub fn #name(&self) -> #name::#ty<'_> {
                #name::#ty { client: self }
            }
        }
    });

    let variables = &api.servers[0].variables;
    let var_fields = variables.iter().map(|v| {
        let f = format_ident!("{}", v.rust_name);
        quote!(#f: String)
    });
    let var_inits = variables.iter().map(|v| {
        let f = format_ident!("{}", v.rust_name);
        let d = &v.default;
        quote!(#f: #d.to_owned())
    });
    let var_setters = variables.iter().map(|v| {
        let f = format_ident!("{}", v.rust_name);
        let mut lines = vec![format!(
            "Sets the `{}` variable of the default server `{}` (default `{}`).",
            v.name, api.servers[0].url, v.default
        )];
        if let Some(d) = &v.description {
            lines.push(String::new());
            lines.extend(docs::sanitize(d));
        }
        let doc = docs::lines(&lines);
        quote! {
            #doc
            pub fn #f(mut self, value: impl Into<String>) -> Self {
                self.#f = value.into();
                self
            }
        }
    });
    let template = &api.servers[0].url;
    let substitutions = variables.iter().map(|v| {
        let f = format_ident!("{}", v.rust_name);
        let placeholder = format!("{{{}}}", v.name);
        quote!(.replace(#placeholder, &self.#f))
    });

    let has_bearer = api
        .security_schemes
        .iter()
        .any(|s| matches!(s.kind, SecurityKind::Bearer { .. }));
    let bearer_all = if !has_bearer {
        quote! {
            /// Sends `token` as `Authorization: Bearer <token>` with every request (the document
            /// declares no bearer scheme; for APIs that take one anyway).
            pub fn bearer_token(mut self, token: impl Into<crate::runtime::Secret>) -> Self {
                let token = token.into();
                self.core = self.core.header("authorization", format!("Bearer {}", token.expose()));
                self
            }
        }
    } else {
        let keys = api
            .security_schemes
            .iter()
            .filter(|s| matches!(s.kind, SecurityKind::Bearer { .. }))
            .map(|s| &s.key);
        quote! {
            /// Sends `token` as `Authorization: Bearer <token>` for every bearer-token scheme of the API.
            pub fn bearer_token(mut self, token: impl Into<crate::runtime::Secret>) -> Self {
                let token = token.into();
                #( self.core = self.core.credential(#keys, crate::runtime::Credential::Bearer(token.clone())); )*
                self
            }
        }
    };
    let scheme_setters = api.security_schemes.iter().map(|s| {
        let f = format_ident!("{}", s.rust_name);
        let key = &s.key;
        let mut lines = vec![match &s.kind {
            SecurityKind::Bearer { origin } => format!("Sets the access token of the `{key}` scheme ({origin}), sent as a bearer token."),
            SecurityKind::Basic => format!("Sets the user name and password of the `{key}` scheme (HTTP basic)."),
            SecurityKind::ApiKey { location, name } => format!("Sets the API key of the `{key}` scheme, sent in the {location} `{name}`."),
        }];
        if let Some(d) = &s.description {
            lines.push(String::new());
            lines.extend(docs::sanitize(d));
        }
        let doc = docs::lines(&lines);
        match &s.kind {
            SecurityKind::Bearer { .. } => quote! {
                #doc
                pub fn #f(mut self, token: impl Into<crate::runtime::Secret>) -> Self {
                    self.core = self.core.credential(#key, crate::runtime::Credential::Bearer(token.into()));
                    self
                }
            },
            SecurityKind::Basic => quote! {
                #doc
                pub fn #f(mut self, username: impl Into<String>, password: impl Into<crate::runtime::Secret>) -> Self {
                    self.core = self.core.credential(
                        #key,
                        crate::runtime::Credential::Basic { username: username.into(), password: password.into() },
                    );
                    self
                }
            },
            SecurityKind::ApiKey { location, name } => {
                let loc = match location.as_str() {
                    "query" => quote!(Query),
                    "cookie" => quote!(Cookie),
                    _ => quote!(Header),
                };
                quote! {
                    #doc
                    pub fn #f(mut self, key: impl Into<crate::runtime::Secret>) -> Self {
                        self.core = self.core.credential(
                            #key,
                            crate::runtime::Credential::ApiKey {
                                location: crate::runtime::ApiKeyLocation::#loc,
                                name: #name,
                                value: key.into(),
                            },
                        );
                        self
                    }
                }
            }
        }
    });
    let server_count = api.servers.len();

    quote! {
        /// The servers the spec lists, as URL templates; the first is the default.
        ///
        #(#server_docs)*
        pub const SERVERS: [&str; #server_count] = [#(#servers),*];

        /// The default base URL (the first server, variables at their defaults).
        pub const DEFAULT_BASE_URL: &str = #default_url;

        /// A client for this API. Cheap to clone: clones share one connection pool.
        #[derive(Debug, Clone)]
        pub struct Client {
            core: crate::runtime::Core,
        }

        impl Default for Client {
            fn default() -> Self {
                Self::new()
            }
        }

        impl Client {
            /// A client for the default server, without credentials.
            pub fn new() -> Self {
                Self::builder().build()
            }

            /// Starts building a client.
            pub fn builder() -> ClientBuilder {
                ClientBuilder::new()
            }

            /// The base URL requests go to.
            pub fn base_url(&self) -> &str {
                self.core.base_url()
            }

            #core_fn

            #(#accessors)*
        }

        /// Configures a [`Client`]: server, credentials, retries, timeout, HTTP client.
        #[derive(Debug, Clone)]
        pub struct ClientBuilder {
            core: crate::runtime::CoreBuilder,
            base_url: Option<String>,
            #(#var_fields,)*
        }

        impl Default for ClientBuilder {
            fn default() -> Self {
                Self::new()
            }
        }

        impl ClientBuilder {
            /// A builder for the default server.
            pub fn new() -> Self {
                Self {
                    core: crate::runtime::CoreBuilder::new(DEFAULT_BASE_URL, crate::USER_AGENT),
                    base_url: None,
                    #(#var_inits,)*
                }
            }

            /// Sends requests to `base_url` instead of the spec's server (for example a sandbox or a test server).
            pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
                self.base_url = Some(base_url.into());
                self
            }

            #(#var_setters)*

            #bearer_all

            #(#scheme_setters)*

            /// Uses a `reqwest::Client` you built (proxies, TLS settings, connection pool size).
            pub fn http_client(mut self, http: ::reqwest::Client) -> Self {
                self.core = self.core.http_client(http);
                self
            }

            /// Sets the default retry configuration (calls can override it).
            pub fn retry(mut self, retry: crate::runtime::RetryConfig) -> Self {
                self.core = self.core.retry(retry);
                self
            }

            /// Sets the default timeout of each attempt (calls can override it).
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.core = self.core.timeout(timeout);
                self
            }

            /// Sends the header `name: value` with every request (an account header, a key the
            /// document declares no scheme for); its value is treated as a secret.
            pub fn header(mut self, name: impl Into<String>, value: impl Into<crate::runtime::Secret>) -> Self {
                self.core = self.core.header(name, value);
                self
            }

            /// Waits as long as the server takes: no timeout (the default is
            /// [`DEFAULT_TIMEOUT`](crate::runtime::DEFAULT_TIMEOUT) per attempt).
            pub fn no_timeout(mut self) -> Self {
                self.core = self.core.no_timeout();
                self
            }

            /// Sets the `User-Agent` header.
            pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
                self.core = self.core.user_agent(user_agent);
                self
            }

            /// Builds the client.
            pub fn build(self) -> Client {
                let core = match &self.base_url {
                    Some(url) => self.core.base_url(url.clone()),
                    None => self.core.default_base_url(#template.to_owned() #(#substitutions)*),
                };
                Client { core: core.build() }
            }
        }
    }
}
