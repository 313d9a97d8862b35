//! Non-Rust files (the crate's `Cargo.toml` and `README.md`) from minijinja templates in `templates/`.

use minijinja::Environment;
use serde::Serialize;

const CARGO_TOML: &str = include_str!("../../templates/Cargo.toml.j2");
const README: &str = include_str!("../../templates/README.md.j2");

/// What the crate templates see.
#[derive(Serialize)]
pub struct CrateContext {
    /// The first-line header (what this file is generated from).
    pub header: String,
    /// The package name.
    pub crate_name: String,
    /// The package name as a Rust identifier.
    pub crate_ident: String,
    /// The package version.
    pub crate_version: String,
    /// The package description.
    pub description: String,
    /// A crate of its own (not a member of our workspace).
    pub standalone: bool,
    /// Some provider signs its webhook deliveries (`src/webhooks.rs` and its dependencies).
    pub webhooks: bool,
    /// One entry per provider module.
    pub providers: Vec<ProviderContext>,
    /// The README's quick start.
    pub quick: Option<QuickStart>,
}

/// One provider as the templates see it.
#[derive(Serialize)]
pub struct ProviderContext {
    /// Module name.
    pub module: String,
    /// The features of its groups (empty: one group, the provider's feature is all there is).
    pub features: Vec<String>,
    /// API title.
    pub title: String,
    /// API version.
    pub version: String,
    /// Spec file.
    pub source: String,
    /// Intra-doc link target of the module.
    pub link: String,
    /// Groups with their operation method names.
    pub groups: Vec<GroupContext>,
}

/// A group of operations.
#[derive(Serialize)]
pub struct GroupContext {
    /// Accessor name.
    pub rust_name: String,
    /// Method names.
    pub operations: Vec<String>,
}

/// The README quick start.
#[derive(Serialize)]
pub struct QuickStart {
    /// Module of the example.
    pub module: String,
    /// The builder line setting credentials.
    pub auth: String,
    /// The call.
    pub call: String,
}

/// An environment holding the one template `name`.
fn environment(name: &'static str, source: &'static str) -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.set_keep_trailing_newline(true);
    env.add_template(name, source)
        .map_err(|e| format!("template {name}: {e}"))?;
    Ok(env)
}

/// The template `name` of `env`, rendered with `ctx`.
fn render_in(env: &Environment<'_>, name: &str, ctx: &impl Serialize) -> Result<String, String> {
    env.get_template(name)
        .and_then(|template| template.render(ctx))
        .map_err(|e| format!("template {name}: {e}"))
}

fn render(name: &'static str, source: &'static str, ctx: &CrateContext) -> Result<String, String> {
    render_in(&environment(name, source)?, name, ctx)
}

/// Renders `Cargo.toml`.
pub fn cargo_toml(ctx: &CrateContext) -> Result<String, String> {
    render("Cargo.toml.j2", CARGO_TOML, ctx)
}

/// Renders `README.md`.
pub fn readme(ctx: &CrateContext) -> Result<String, String> {
    render("README.md.j2", README, ctx)
}

const DOCS: &str = include_str!("../../templates/docs.md.j2");

/// The environment of the docs template, compiled once (every group's page renders it, on
/// any thread).
fn docs_environment() -> Result<&'static Environment<'static>, String> {
    static ENV: std::sync::OnceLock<Result<Environment<'static>, String>> =
        std::sync::OnceLock::new();
    ENV.get_or_init(|| environment("docs.md.j2", DOCS))
        .as_ref()
        .map_err(Clone::clone)
}

/// One group's documentation page, as the docs template sees it.
#[derive(Serialize)]
struct DocsContext {
    header: String,
    crate_ident: String,
    module: String,
    auth: String,
    group: GroupDocs,
    webhooks: Option<WebhookDocs>,
}

/// The "Receiving webhooks" section (on one group page per provider).
#[derive(Serialize)]
struct WebhookDocs {
    events_module: String,
    signed: bool,
    scheme: String,
    description: String,
    link: String,
    headers: Vec<String>,
    event_field: String,
    events: Vec<EventDocs>,
    example: String,
}

#[derive(Serialize)]
struct EventDocs {
    key: String,
    variant: String,
    payload: String,
}

/// The webhooks section of `group`'s page: on the first group named like `webhook`, else the first.
fn webhook_docs(
    api: &crate::ir::Api,
    group: &crate::ir::Group,
    crate_ident: &str,
) -> Option<WebhookDocs> {
    use crate::emit::webhooks;
    let webhooks_ir = api.webhooks.as_ref()?;
    let host = api
        .groups
        .iter()
        .find(|g| g.rust_name.contains("webhook"))
        .or(api.groups.first())?;
    if host.rust_name != group.rust_name {
        return None;
    }
    let signature = webhooks_ir.signature.as_ref();
    let signed = webhooks::signed(api).is_some();
    let headers = signature
        .filter(|_| signed)
        .map(|s| {
            [Some(&s.id_header), Some(&s.timestamp_header)]
                .into_iter()
                .flatten()
                .flatten()
                .chain(std::iter::once(&s.signature_header))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    Some(WebhookDocs {
        events_module: webhooks_ir.module.clone(),
        signed,
        scheme: signature.map_or_else(|| "not declared".to_owned(), |s| webhooks::scheme_name(s).to_owned()),
        description: signature.map_or_else(
            || "The spec does not say how deliveries are signed; decode bodies with `Event::from_slice`.".to_owned(),
            webhooks::describe,
        ),
        link: signature.and_then(|s| s.docs.clone()).unwrap_or_default(),
        headers,
        event_field: webhooks_ir.event_field.clone(),
        events: webhooks::rows(api)
            .into_iter()
            .map(|(key, variant, payload)| EventDocs { key: key.replace('|', "\\|"), variant, payload })
            .collect(),
        example: webhooks::example(api, crate_ident),
    })
}

#[derive(Serialize)]
struct GroupDocs {
    title: String,
    rust_name: String,
    overview: String,
    operations: Vec<OpDocs>,
}

#[derive(Serialize)]
struct OpDocs {
    rust_name: String,
    summary: String,
    description: String,
    deprecated: bool,
    /// Why, and what replaces it (Markdown), when deprecated.
    deprecation: String,
    /// The declared retry policy, in a sentence (empty: none).
    retry: String,
    method: String,
    path: String,
    scopes: Vec<String>,
    example: String,
    params: Vec<ParamDocs>,
    response: String,
    errors: Vec<ErrorDocs>,
}

#[derive(Serialize)]
struct ParamDocs {
    name: String,
    ty: String,
    required: bool,
    description: String,
}

#[derive(Serialize)]
struct ErrorDocs {
    ty: String,
    status: String,
    content_type: String,
}

/// Markdown continuing a `> ` block quote: every line after the first quoted too.
fn quoted(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(str::trim_end)
        .enumerate()
        .map(|(i, line)| match (i, line.is_empty()) {
            (0, _) => line.to_owned(),
            (_, true) => ">".to_owned(),
            (_, false) => format!("> {line}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Spec prose in one Markdown table cell.
/// Spec text as Markdown: HTML in it converted (see [`crate::emit::html`]).
fn markdown(text: &str) -> String {
    crate::emit::html::to_markdown(text).trim().to_owned()
}

/// The first paragraph of `text` on one line (whitespace runs made one space, `|` escaped), or
/// `N/A`.
fn cell(text: Option<&str>) -> String {
    let text = markdown(text.unwrap_or(""));
    // A hard line break (`\` at the end of a line) is a space in a one-line cell.
    let text = if text.contains("\\\n") {
        text.replace("\\\n", " ")
    } else {
        text
    };
    let first = text.split("\n\n").next().unwrap_or("");
    let mut joined = String::with_capacity(first.len());
    for word in first.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        if word.contains('|') {
            joined.push_str(&word.replace('|', "\\|"));
        } else {
            joined.push_str(word);
        }
    }
    if joined.is_empty() {
        "N/A".into()
    } else {
        joined
    }
}

fn op_docs(api: &crate::ir::Api, op: &crate::ir::Operation, example: &str) -> OpDocs {
    use crate::emit::types::display;
    use crate::ir::{Encoding, StatusSpec};
    let mut scopes: Vec<String> = Vec::new();
    for (_, list) in op.security.iter().flatten() {
        for s in list {
            if !scopes.contains(s) {
                scopes.push(s.clone());
            }
        }
    }
    let mut params: Vec<ParamDocs> = op
        .params
        .iter()
        .map(|p| ParamDocs {
            name: p.rust_name.clone(),
            ty: display(api, &p.ty),
            required: p.required,
            description: cell(p.description.as_deref()),
        })
        .collect();
    if let Some(body) = &op.body {
        params.push(ParamDocs {
            name: body.rust_name.clone(),
            ty: display(api, &body.ty),
            required: body.required,
            description: cell(body.description.as_deref().or(Some("The request body."))),
        });
    }
    let response = match (&op.success.ty, op.success.encoding) {
        (Some(t), e) if e != Encoding::Empty => display(api, t),
        _ => "()".into(),
    };
    let errors = op
        .errors
        .iter()
        .map(|r| ErrorDocs {
            ty: match (&r.ty, r.encoding) {
                (Some(t), e) if e != Encoding::Empty => {
                    format!("{}::{}({})", op.error_name, r.variant, display(api, t))
                }
                _ => format!("{}::{}", op.error_name, r.variant),
            },
            status: match r.status {
                StatusSpec::Code(c) => c.to_string(),
                StatusSpec::Range(c) => format!("{c}XX"),
                StatusSpec::Default => "default".into(),
            },
            content_type: r.content_type.clone().unwrap_or_else(|| "none".into()),
        })
        .collect();
    let summary = cell(op.summary.as_deref().or(op.description.as_deref()));
    let description = op
        .description
        .as_deref()
        .or(op.summary.as_deref())
        .map(markdown)
        .unwrap_or_default();
    OpDocs {
        rust_name: op.rust_name.clone(),
        summary,
        description,
        deprecated: op.deprecated,
        deprecation: if op.deprecated {
            quoted(&crate::emit::deprecation_text(op))
        } else {
            String::new()
        },
        retry: crate::emit::retry_doc(op).unwrap_or_default(),
        method: op.method.clone(),
        path: op.path.clone(),
        scopes,
        example: example.to_owned(),
        params,
        response,
        errors,
    }
}

/// Renders `docs/<module>/<group>.md`, in the shape of the providers' SDK docs; `examples`: its
/// operations' examples, in order.
pub fn group_docs(
    api: &crate::ir::Api,
    group: &crate::ir::Group,
    crate_ident: &str,
    header: &str,
    examples: &[String],
) -> Result<String, String> {
    use heck::ToTitleCase;
    let auth = match api.security_schemes.first() {
        Some(s) => match &s.kind {
            crate::ir::SecurityKind::Bearer { .. } => {
                ".bearer_token(\"<access token>\")".to_owned()
            }
            crate::ir::SecurityKind::Basic => {
                format!(".{}(\"<user name>\", \"<password>\")", s.rust_name)
            }
            crate::ir::SecurityKind::ApiKey { .. } => format!(".{}(\"<api key>\")", s.rust_name),
        },
        None => String::new(),
    };
    let overview = group
        .description
        .as_deref()
        .map(markdown)
        .unwrap_or_else(|| {
            format!(
                "Operations of the {} (`{}` tag).",
                api.title.trim(),
                group.tag.as_deref().unwrap_or(&group.rust_name)
            )
        });
    let ctx = DocsContext {
        header: header.to_owned(),
        crate_ident: crate_ident.to_owned(),
        module: api.module.clone(),
        auth,
        webhooks: webhook_docs(api, group, crate_ident),
        group: GroupDocs {
            title: group.rust_name.to_title_case(),
            rust_name: group.rust_name.clone(),
            overview: overview.trim().to_owned(),
            operations: group
                .operations
                .iter()
                .zip(examples)
                .map(|(op, example)| op_docs(api, op, example))
                .collect(),
        },
    };
    render_in(docs_environment()?, "docs.md.j2", &ctx)
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_the_first_paragraph_on_one_line() {
        assert_eq!(cell(None), "N/A");
        assert_eq!(cell(Some("  \n ")), "N/A");
        assert_eq!(
            cell(Some("Lists  the\n\titems.\n\nMore.")),
            "Lists the items."
        );
        assert_eq!(cell(Some("a|b | c")), "a\\|b \\| c");
        // A hard line break joins its lines; it does not end the paragraph.
        assert_eq!(cell(Some("one\\\n\ntwo\n\nthree")), "one two");
    }
}
