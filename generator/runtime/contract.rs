// ---------------------------------------------------------------------------------------------
// What the tests above share: hand-written, copied verbatim by the generator
// (generator/runtime/contract.rs).
// ---------------------------------------------------------------------------------------------

/// The environment variable naming the server under test; unset, the tests call nothing.
pub const BASE_URL_VAR: &str = "CONTRACT_BASE_URL";
/// `prism` (default): error statuses are asked for with `Prefer: code=N` and a rejection must be
/// Prism's; anything else: a server that cannot be asked for errors (only calls and the control).
pub const SERVER_VAR: &str = "CONTRACT_SERVER";
/// The credential sent for every security scheme (default `contract-test-credential`).
pub const CREDENTIAL_VAR: &str = "CONTRACT_CREDENTIAL";
/// When set, a file each test appends its outcomes to, one JSON object a line.
pub const REPORT_VAR: &str = "CONTRACT_REPORT";

/// The check recorded when no negative control is possible (no operation requires credentials,
/// a query parameter or a header).
pub const NO_CONTROL: &str = "none possible";

/// The timeout of every call.
pub const CALL_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The base URL of the server under test.
pub fn base_url() -> String {
    std::env::var(BASE_URL_VAR).unwrap_or_else(|_| "http://127.0.0.1:4010".to_owned())
}

/// Whether a server is named (`CONTRACT_BASE_URL`); without one every test passes without a
/// call, so `cargo test` needs no server.
pub fn configured() -> bool {
    std::env::var_os(BASE_URL_VAR).is_some()
}

/// Whether the server is Prism (it can be asked for each documented status).
pub fn is_prism() -> bool {
    std::env::var(SERVER_VAR).map_or(true, |v| v == "prism")
}

/// The credential for every scheme.
pub fn credential() -> String {
    std::env::var(CREDENTIAL_VAR).unwrap_or_else(|_| "contract-test-credential".to_owned())
}

/// An HTTP client, asking Prism for `prefer` (`Prefer: code=N`) when given.
pub fn http(prefer: Option<u16>) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(code) = prefer {
        if let Ok(value) = reqwest::header::HeaderValue::from_str(&format!("code={code}")) {
            headers.insert("prefer", value);
        }
    }
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap_or_default()
}

/// An argument from the first of the JSON values the generator built from the document (its
/// example, then a value sampled from the schema) that decodes into the argument's type.
pub fn arg<T: serde::de::DeserializeOwned>(name: &str, candidates: &[&str]) -> Result<T, String> {
    let mut errors = Vec::new();
    for json in candidates {
        match serde_json::from_str(json) {
            Ok(value) => return Ok(value),
            Err(e) => errors.push(format!("{e}: {}", truncate(json))),
        }
    }
    Err(format!(
        "argument `{name}` does not decode: {}",
        errors.join("; ")
    ))
}

/// The outcomes of one operation's checks.
pub struct Report {
    module: &'static str,
    operation: &'static str,
    outcomes: Vec<(String, Result<(), String>)>,
}

impl Report {
    /// The report of `operation` (its operationId) in `module`.
    pub fn new(module: &'static str, operation: &'static str) -> Report {
        Report {
            module,
            operation,
            outcomes: Vec::new(),
        }
    }

    /// Records one check: `call` and the argument-building step flattened.
    pub fn record<T>(
        &mut self,
        check: &str,
        sent: Result<T, String>,
        verify: impl FnOnce(T) -> Result<(), String>,
    ) {
        self.outcomes
            .push((check.to_owned(), sent.and_then(verify)));
    }

    /// Appends the outcomes to `CONTRACT_REPORT` and fails when a check failed.
    pub fn finish(self) {
        if let Ok(path) = std::env::var(REPORT_VAR) {
            let mut text = String::new();
            for (check, result) in &self.outcomes {
                let line = serde_json::json!({
                    "module": self.module,
                    "operation": self.operation,
                    "check": check,
                    "ok": result.is_ok(),
                    "message": result.as_ref().err().cloned().unwrap_or_default(),
                });
                text.push_str(&format!("{line}\n"));
            }
            use std::io::Write as _;
            let written = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .and_then(|mut file| file.write_all(text.as_bytes()));
            if let Err(e) = written {
                eprintln!("cannot append to {path}: {e}");
            }
        }
        let failed: Vec<String> = self
            .outcomes
            .iter()
            .filter_map(|(check, r)| r.as_ref().err().map(|m| format!("{check}: {m}")))
            .collect();
        assert!(
            failed.is_empty(),
            "{} {}:\n{}",
            self.module,
            self.operation,
            failed.join("\n")
        );
    }
}

/// The call was accepted and its success response decoded into the operation's type.
pub fn accepted<T, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> Result<(), String> {
    result.map(|_| ()).map_err(|e| describe(&e))
}

/// The call was accepted and answered `status`, decoded into the variant `is_variant` accepts.
pub fn documented<T, E: std::fmt::Debug>(
    result: Result<T, Error<E>>,
    status: u16,
    is_variant: impl FnOnce(&E) -> bool,
) -> Result<(), String> {
    match result {
        Err(Error::Api {
            status: got,
            headers,
            error,
        }) if got.as_u16() == status => {
            if let Some(found) = violations(&headers) {
                Err(format!("{status} from Prism: {found}"))
            } else if is_variant(&error) {
                Ok(())
            } else {
                Err(format!("wrong variant for {status}: {error:?}"))
            }
        }
        Ok(_) => Err(format!("asked for {status}, got a success")),
        Err(error) => Err(format!("asked for {status}, got: {}", describe(&error))),
    }
}

/// The request was rejected (by Prism: with its violations; elsewhere: with a 4xx).
pub fn rejected<T>(result: Result<T, (u16, String, bool)>) -> Result<(), String> {
    match result {
        Ok(_) => Err("a request that must be rejected succeeded".to_owned()),
        Err((status, _, prism)) if (400..500).contains(&status) && (prism || !is_prism()) => Ok(()),
        Err((status, body, _)) => Err(format!("expected a rejection, got {status}: {body}")),
    }
}

/// The status, body and whether Prism said it rejected the request, of a failed call.
pub fn rejection<T, E: std::fmt::Debug>(
    result: Result<T, Error<E>>,
) -> Result<T, (u16, String, bool)> {
    result.map_err(|error| match &error {
        Error::Api {
            status, headers, ..
        } => (
            status.as_u16(),
            describe(&error),
            violations(headers).is_some() || status.as_u16() == 401,
        ),
        Error::UnexpectedStatus { status, body, .. } => (
            status.as_u16(),
            describe(&error),
            prism_problem(body).is_some(),
        ),
        Error::Decode { status, body, .. } => (
            status.as_u16(),
            describe(&error),
            prism_problem(body).is_some(),
        ),
        other => (0, describe(other), false),
    })
}

/// What went wrong, in one line: a rejection with Prism's violations, a decode error with the
/// field path, an undocumented status.
pub fn describe<E: std::fmt::Debug>(error: &Error<E>) -> String {
    match error {
        Error::UnexpectedStatus { status, body, .. } => match prism_problem(body) {
            Some(problem) => format!("{status} from Prism: {problem}"),
            None => format!(
                "undocumented status {status}: {}",
                truncate(&String::from_utf8_lossy(body))
            ),
        },
        Error::Decode {
            status,
            path,
            source,
            body,
        } => match prism_problem(body) {
            Some(problem) => format!("{status} from Prism: {problem}"),
            None => format!("decode error at `{path}` (status {status}): {source}"),
        },
        Error::Api {
            status,
            headers,
            error,
        } => match violations(headers) {
            Some(found) => format!("{status} from Prism: {found}"),
            None => format!(
                "documented error {status}: {}",
                truncate(&format!("{error:?}"))
            ),
        },
        other => format!("{other}"),
    }
}

fn truncate(text: &str) -> String {
    let mut out: String = text.chars().take(300).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out.replace('\n', " ")
}

/// Prism's list of violations as `[location] message; ...` (the first three, and how many
/// more), prefixed with what they are about: the request (a rejection) or the response Prism
/// built from the document (its example or schema contradicting the document).
fn explain(items: &[serde_json::Value]) -> String {
    let location = |item: &serde_json::Value| -> Vec<String> {
        item.get("location")
            .and_then(|l| l.as_array())
            .into_iter()
            .flatten()
            .map(|p| p.as_str().map_or_else(|| p.to_string(), str::to_owned))
            .collect()
    };
    let about_response = !items.is_empty()
        && items
            .iter()
            .all(|i| location(i).first().is_some_and(|l| l == "response"));
    let mut parts: Vec<String> = items
        .iter()
        .take(3)
        .map(|item| {
            format!(
                "[{}] {}",
                location(item).join("."),
                item.get("message").and_then(|m| m.as_str()).unwrap_or("")
            )
        })
        .collect();
    if items.len() > 3 {
        parts.push(format!("(+{} more)", items.len() - 3));
    }
    let what = if about_response {
        "invalid mock response"
    } else {
        "request violations"
    };
    format!("{what}: {}", parts.join("; "))
}

/// The violations of Prism's `sl-violations` header, when it sent one.
fn violations(headers: &reqwest::header::HeaderMap) -> Option<String> {
    let value = headers.get("sl-violations")?;
    let text = String::from_utf8_lossy(value.as_bytes()).into_owned();
    let items: Vec<serde_json::Value> = serde_json::from_str(&text).ok()?;
    let errors: Vec<serde_json::Value> = items
        .into_iter()
        .filter(|i| match i.get("severity") {
            Some(serde_json::Value::String(s)) => s == "Error",
            Some(serde_json::Value::Number(n)) => n.as_u64() == Some(0),
            _ => true,
        })
        .collect();
    (!errors.is_empty()).then(|| explain(&errors))
}

/// A problem document of Prism's own, as `title: detail [violations]`.
fn prism_problem(body: &[u8]) -> Option<String> {
    let value = serde_json::from_slice::<serde_json::Value>(body).ok()?;
    let kind = value.get("type")?.as_str()?;
    if !kind.starts_with("https://stoplight.io/prism/errors#") {
        return None;
    }
    let validation = value
        .get("validation")
        .and_then(|v| v.as_array())
        .map(|items| explain(items))
        .unwrap_or_default();
    Some(format!(
        "{} {validation}",
        value.get("title").and_then(|t| t.as_str()).unwrap_or(kind),
    ))
}
