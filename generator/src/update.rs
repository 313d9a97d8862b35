//! `generator update`: fetch a provider's published document from its configured URL and vet it
//! before it replaces the committed one. A response that is not a loadable OpenAPI document (a
//! bad status, an HTML page, a truncated or unparseable body, something else entirely) is
//! refused, so the committed file is kept.

use std::time::Duration;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::Spec;

/// The largest document accepted (bytes).
const LIMIT: u64 = 256 * 1024 * 1024;

/// Downloads `url` (following redirects, within `timeout` overall). Anything but a 2xx response
/// with a body that is not an HTML page is an error saying why.
pub fn download(url: &str, timeout: Duration) -> Result<Vec<u8>, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = agent.get(url).call().map_err(|e| format!("{url}: {e}"))?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!("{url}: the server answered {status}"));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if content_type.contains("text/html") {
        return Err(format!(
            "{url}: the server sent an HTML page ({content_type}), not a document"
        ));
    }
    let bytes = response
        .body_mut()
        .with_config()
        .limit(LIMIT)
        .read_to_vec()
        .map_err(|e| format!("{url}: the body could not be read in full: {e}"))?;
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    let start = start.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with("<!doctype") || start.starts_with("<html") || start.starts_with('<') {
        return Err(format!("{url}: the body is HTML (or XML), not a document"));
    }
    Ok(bytes)
}

/// What a downloaded document gives once loaded with the configuration's overlays, selection and
/// switches.
pub struct Vetted {
    /// The spec built from the download.
    pub spec: Spec,
    /// Its IR.
    pub api: crate::ir::Api,
    /// Its warnings.
    pub warnings: Vec<Diagnostic>,
}

/// Loads a downloaded document as `config` would; any error refuses it (the diagnostics say why).
pub fn vet(config: &Config, label: String, bytes: Vec<u8>) -> Result<Vetted, Vec<Diagnostic>> {
    let spec = config.spec_with(label.clone(), bytes).map_err(|message| {
        vec![Diagnostic {
            severity: Severity::Error,
            file: config.path.display().to_string(),
            pointer: String::new(),
            message,
            line: None,
            column: None,
        }]
    })?;
    let mut diags = Diagnostics::new(&label);
    let api = crate::api(&spec, &mut diags);
    let diagnostics = crate::locate(&spec, diags.into_vec());
    match api {
        Some(api) if !diagnostics.iter().any(|d| d.severity == Severity::Error) => Ok(Vetted {
            spec,
            api,
            warnings: diagnostics,
        }),
        _ => {
            let mut diagnostics = diagnostics;
            if diagnostics.is_empty() {
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    file: label,
                    pointer: String::new(),
                    message: "the document does not load".into(),
                    line: None,
                    column: None,
                });
            }
            Err(diagnostics)
        }
    }
}
