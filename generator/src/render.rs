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

fn render(name: &str, source: &str, ctx: &CrateContext) -> Result<String, String> {
    let mut env = Environment::new();
    env.set_keep_trailing_newline(true);
    env.add_template(name, source)
        .map_err(|e| format!("template {name}: {e}"))?;
    let template = env
        .get_template(name)
        .map_err(|e| format!("template {name}: {e}"))?;
    template
        .render(ctx)
        .map_err(|e| format!("template {name}: {e}"))
}

/// Renders `Cargo.toml`.
pub fn cargo_toml(ctx: &CrateContext) -> Result<String, String> {
    render("Cargo.toml.j2", CARGO_TOML, ctx)
}

/// Renders `README.md`.
pub fn readme(ctx: &CrateContext) -> Result<String, String> {
    render("README.md.j2", README, ctx)
}
