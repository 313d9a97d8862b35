//! The Prism harness of `tests/tests/prism.rs`: installs Prism with `npm ci` (once per test
//! binary), runs one `prism mock --errors` per provider on a free local port, records the outcome
//! of every check and kills Prism when the provider's checks are done.
//!
//! Prism validates each request against the spec (path, query, headers, security, body) and, with
//! `--errors`, answers an invalid one with a 4xx/422 instead of a mock response; it also checks the
//! response it generates. Its log of each request is attached to a failing check.

use std::fmt::Debug;
use std::fs::File;
use std::future::Future;
use std::io::{Read, Seek, SeekFrom};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use provider_clients::runtime::{Error, HeaderMap};

#[path = "../common/npm.rs"]
mod npm;
use npm::{prism_executable, tests_dir};

/// How long Prism may take to answer its first HTTP request.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);
/// How many ports are tried when Prism cannot listen on the one chosen.
const START_ATTEMPTS: u32 = 3;
/// The timeout of every client call made by the checks.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(30);

/// A free TCP port on 127.0.0.1: bound to port 0 and released at once.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("binding 127.0.0.1:0 to find a free port")
}

/// The last `lines` lines of a file, for error messages.
fn tail(path: &Path, lines: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// A running `prism mock` process; dropping it kills the process and waits for it.
pub struct Prism {
    child: Child,
    base_url: String,
    stdout: PathBuf,
    stderr: PathBuf,
    _logs: tempfile::TempDir,
    /// How long start-up took.
    pub startup: Duration,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Why one start attempt failed.
enum StartError {
    /// Prism exited before it answered; maybe the port was taken in the meantime.
    Exited(String),
    /// Anything else: not worth another port.
    Fatal(String),
}

impl Prism {
    /// Starts `prism mock --errors` for `specs/<provider>.yaml` and waits until it answers HTTP.
    pub async fn start(provider: &str) -> Prism {
        let executable = prism_executable().unwrap_or_else(|e| panic!("{e}"));
        let started = Instant::now();
        let mut last = String::new();
        for attempt in 1..=START_ATTEMPTS {
            match Self::try_start(&executable, provider).await {
                Ok(mut prism) => {
                    prism.startup = started.elapsed();
                    return prism;
                }
                Err(StartError::Fatal(message)) => panic!("{message}"),
                Err(StartError::Exited(message)) => {
                    eprintln!(
                        "prism {provider}: start attempt {attempt} failed, retrying on another \
                         port\n{message}"
                    );
                    last = message;
                }
            }
        }
        panic!("Prism for {provider} did not start after {START_ATTEMPTS} attempts:\n{last}");
    }

    async fn try_start(executable: &Path, provider: &str) -> Result<Prism, StartError> {
        let spec = Path::new("..")
            .join("specs")
            .join(format!("{provider}.yaml"));
        let port = free_port();
        let logs = tempfile::Builder::new()
            .prefix(&format!("prism-{provider}-"))
            .tempdir()
            .map_err(|e| StartError::Fatal(format!("creating a log directory: {e}")))?;
        let stdout = logs.path().join("stdout.log");
        let stderr = logs.path().join("stderr.log");
        let open = |path: &Path| {
            File::create(path)
                .map_err(|e| StartError::Fatal(format!("creating {}: {e}", path.display())))
        };
        let child = Command::new(executable)
            .args([
                "mock",
                "--errors",
                "-h",
                "127.0.0.1",
                "-p",
                &port.to_string(),
            ])
            .arg(&spec)
            .current_dir(tests_dir())
            .stdin(Stdio::null())
            .stdout(open(&stdout)?)
            .stderr(open(&stderr)?)
            .spawn()
            .map_err(|e| {
                StartError::Fatal(format!("could not start {}: {e}", executable.display()))
            })?;
        let mut prism = Prism {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            stdout,
            stderr,
            _logs: logs,
            startup: Duration::ZERO,
        };
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let probe = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .expect("building the readiness probe client");
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        loop {
            if let Ok(Some(status)) = prism.child.try_wait() {
                // Dropping `prism` reaps the process.
                return Err(StartError::Exited(format!(
                    "Prism ({} mock --errors -p {port} {}) exited with {status} before answering\n{}",
                    executable.display(),
                    spec.display(),
                    prism.output_tail(40)
                )));
            }
            if Instant::now() > deadline {
                return Err(StartError::Fatal(format!(
                    "Prism for {provider} did not answer HTTP on {addr} within {STARTUP_TIMEOUT:?}\n{}",
                    prism.output_tail(40)
                )));
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                // Any answer from Prism (for `/` it is a `NO_PATH_MATCHED_ERROR` problem) means
                // it is serving; the body also proves that the port is Prism's.
                if let Ok(response) = probe.get(format!("{}/", prism.base_url)).send().await {
                    let body = response.text().await.unwrap_or_default();
                    if body.contains("stoplight.io/prism") {
                        return Ok(prism);
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// The base URL of the mock server (`http://127.0.0.1:<port>`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The end of Prism's stderr and stdout (it logs to stdout).
    fn output_tail(&self, lines: usize) -> String {
        format!(
            "--- Prism stderr ---\n{}\n--- Prism stdout (last {lines} lines) ---\n{}",
            tail(&self.stderr, lines),
            tail(&self.stdout, lines)
        )
    }

    /// The size of Prism's log so far: the start of the next request's log lines.
    fn log_offset(&self) -> u64 {
        std::fs::metadata(&self.stdout)
            .map(|m| m.len())
            .unwrap_or(0)
    }

    /// Prism's warnings and errors logged since `offset` (its log of one request).
    fn log_since(&self, offset: u64) -> String {
        let mut text = String::new();
        if let Ok(mut file) = File::open(&self.stdout) {
            if file.seek(SeekFrom::Start(offset)).is_ok() {
                let _ = file.read_to_string(&mut text);
            }
        }
        let lines: Vec<&str> = text
            .lines()
            .filter(|line| {
                let lower = line.to_lowercase();
                line.contains('✖')
                    || line.contains('⚠')
                    || lower.contains("error")
                    || lower.contains("warning")
                    || lower.contains("request received")
            })
            .collect();
        if lines.is_empty() {
            "      (nothing)".to_owned()
        } else {
            lines
                .iter()
                .map(|line| format!("      {}", line.trim()))
                .collect::<Vec<_>>()
                .join("\n")
        }
    }
}

/// A `reqwest::Client` that asks Prism for the response with status `status` (`Prefer: code=`).
pub fn prefer_code(status: u16) -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(
        "prefer",
        format!("code={status}")
            .parse()
            .expect("a valid header value"),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("building a reqwest client")
}

/// A documented error status and the test of the decoded error it must give.
pub type ExpectedError<E> = (u16, fn(&E) -> bool);

/// What a check covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A call of an operation that must succeed and decode.
    Operation,
    /// A documented error status asked for with `Prefer: code=<status>`.
    ErrorStatus,
    /// A negative control: a request Prism must reject (proves that validation is on).
    Control,
}

/// A check that fails for a reason outside the tests (the spec or the generated client).
pub struct KnownFailure {
    /// The check's name, `<operation> ...` as passed to [`Checks::check`].
    pub check: &'static str,
    /// Text the failure message must contain: a different failure is not the known one.
    pub signature: &'static str,
    /// Why it fails and what would fix it.
    pub cause: &'static str,
}

struct Outcome {
    kind: Kind,
    name: String,
    result: Result<(), String>,
}

/// Runs a provider's checks against its Prism and reports them.
pub struct Checks {
    provider: &'static str,
    prism: Prism,
    outcomes: Vec<Outcome>,
    started: Instant,
}

impl Checks {
    /// Starts Prism for `provider`.
    pub async fn start(provider: &'static str) -> Checks {
        let started = Instant::now();
        let prism = Prism::start(provider).await;
        eprintln!(
            "prism {provider}: listening on {} after {:.1?}",
            prism.base_url(),
            prism.startup
        );
        Checks {
            provider,
            prism,
            outcomes: Vec::new(),
            started,
        }
    }

    /// The base URL to give the client.
    pub fn base_url(&self) -> String {
        self.prism.base_url().to_owned()
    }

    /// Runs one check; a failure gets Prism's log of the request attached.
    pub async fn check(
        &mut self,
        kind: Kind,
        name: impl Into<String>,
        check: impl Future<Output = Result<(), String>>,
    ) {
        let offset = self.prism.log_offset();
        let result = match check.await {
            Ok(()) => Ok(()),
            Err(message) => {
                // Prism writes its log asynchronously; give it a moment.
                tokio::time::sleep(Duration::from_millis(200)).await;
                Err(format!(
                    "{message}\n    Prism's log of the request:\n{}",
                    self.prism.log_since(offset)
                ))
            }
        };
        self.outcomes.push(Outcome {
            kind,
            name: name.into(),
            result,
        });
    }

    /// Asks for each documented error status of one operation (`Prefer: code=<status>`) and
    /// checks that the client returns `Error::Api` with the expected variant; `call` sends the
    /// request with a client whose HTTP client sends that `Prefer` header.
    pub async fn error_statuses<T, E, Fut>(
        &mut self,
        operation: &str,
        statuses: &[ExpectedError<E>],
        call: impl Fn(reqwest::Client) -> Fut,
    ) where
        T: Debug,
        E: Debug,
        Fut: Future<Output = Result<T, Error<E>>>,
    {
        for &(status, is_expected) in statuses {
            let response = call(prefer_code(status));
            self.check(
                Kind::ErrorStatus,
                format!("{operation} -> {status}"),
                async move { expect_api_error(response.await, status, is_expected) },
            )
            .await;
        }
    }

    /// Kills Prism, prints the outcome of every check and fails on an unexpected failure or on a
    /// known failure that no longer fails.
    pub fn finish(self, known: &[KnownFailure]) {
        let Checks {
            provider,
            prism,
            outcomes,
            started,
        } = self;
        let startup = prism.startup;
        drop(prism);
        let mut problems = Vec::new();
        let mut lines = Vec::new();
        for outcome in &outcomes {
            let entry = known.iter().find(|k| k.check == outcome.name);
            match (&outcome.result, entry) {
                (Ok(()), None) => {
                    lines.push(format!("  ok    {:?} {}", outcome.kind, outcome.name))
                }
                (Ok(()), Some(_)) => {
                    lines.push(format!("  FIXED {:?} {}", outcome.kind, outcome.name));
                    problems.push(format!(
                        "{} passes now: remove it from KNOWN_FAILURES",
                        outcome.name
                    ));
                }
                (Err(message), Some(k)) if message.contains(k.signature) => lines.push(format!(
                    "  known {:?} {}\n    cause: {}\n    {}",
                    outcome.kind, outcome.name, k.cause, message
                )),
                (Err(message), _) => {
                    lines.push(format!(
                        "  FAIL  {:?} {}\n    {}",
                        outcome.kind, outcome.name, message
                    ));
                    problems.push(format!("{} failed: {message}", outcome.name));
                }
            }
        }
        for k in known {
            if !outcomes.iter().any(|o| o.name == k.check) {
                problems.push(format!(
                    "KNOWN_FAILURES names {}, which is not a check",
                    k.check
                ));
            }
        }
        let count = |kind: Kind, passed: bool| {
            outcomes
                .iter()
                .filter(|o| o.kind == kind && o.result.is_ok() == passed)
                .count()
        };
        println!(
            "prism {provider}: operations {} passed, {} failed; error statuses {} passed, {} \
             failed; controls {} passed, {} failed; Prism start-up {:.1?}, total {:.1?}\n{}",
            count(Kind::Operation, true),
            count(Kind::Operation, false),
            count(Kind::ErrorStatus, true),
            count(Kind::ErrorStatus, false),
            count(Kind::Control, true),
            count(Kind::Control, false),
            startup,
            started.elapsed(),
            lines.join("\n")
        );
        assert!(
            problems.is_empty(),
            "{provider}: {} problem(s):\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}

/// Explains an error: for Prism's rejections, the violations it found.
pub fn describe<E: Debug>(error: &Error<E>) -> String {
    match error {
        Error::UnexpectedStatus { status, body, .. } => {
            format!("undocumented status {status}: {}", explain_body(body))
        }
        Error::Decode {
            status,
            body,
            path,
            source,
        } => format!(
            "the {status} body does not decode at `{path}`: {source}; body: {}",
            String::from_utf8_lossy(body)
        ),
        Error::Api {
            status,
            headers,
            error,
        } => match violations(headers) {
            Some(found) => format!(
                "Prism rejected the request with the documented {status} ({error:?}); \
                 violations:{found}"
            ),
            None => format!("documented error response {status}: {error:?}"),
        },
        other => format!("{other} ({other:?})"),
    }
}

/// One line per item of a list of Prism violations (`location`, `code`, `message`).
fn explain_violations(items: &[serde_json::Value]) -> String {
    let mut text = String::new();
    for item in items {
        let location: Vec<String> = item
            .get("location")
            .and_then(|l| l.as_array())
            .into_iter()
            .flatten()
            .map(|part| {
                part.as_str()
                    .map_or_else(|| part.to_string(), str::to_owned)
            })
            .collect();
        text.push_str(&format!(
            "\n      [{}] {}: {}",
            location.join("."),
            item.get("code").map(|c| c.to_string()).unwrap_or_default(),
            item.get("message").and_then(|m| m.as_str()).unwrap_or("")
        ));
    }
    text
}

/// The violations Prism lists in the `sl-violations` header, which it adds when it answers an
/// invalid request with a response the spec documents.
fn violations(headers: &HeaderMap) -> Option<String> {
    let value = headers.get("sl-violations")?;
    let text = String::from_utf8_lossy(value.as_bytes());
    Some(
        match serde_json::from_str::<Vec<serde_json::Value>>(&text) {
            Ok(items) => explain_violations(&items),
            Err(_) => format!(" {text}"),
        },
    )
}

/// A problem document of Prism's own (`type: https://stoplight.io/prism/errors#...`) as
/// `title: detail` and its validation messages; any other body as it is.
fn explain_body(body: &[u8]) -> String {
    match prism_problem(body) {
        Some(problem) => problem,
        None => String::from_utf8_lossy(body).into_owned(),
    }
}

fn prism_problem(body: &[u8]) -> Option<String> {
    let value = serde_json::from_slice::<serde_json::Value>(body).ok()?;
    let kind = value.get("type")?.as_str()?;
    if !kind.starts_with("https://stoplight.io/prism/errors#") {
        return None;
    }
    let validation = value
        .get("validation")
        .and_then(|v| v.as_array())
        .map(|items| explain_violations(items))
        .unwrap_or_default();
    Some(format!(
        "{}: {}{validation}",
        value.get("title").and_then(|t| t.as_str()).unwrap_or(kind),
        value.get("detail").and_then(|d| d.as_str()).unwrap_or("")
    ))
}

/// A successful call whose decoded value passes `verify`.
pub fn expect_ok<T, E: Debug>(
    result: Result<T, Error<E>>,
    verify: impl FnOnce(&T) -> Result<(), String>,
) -> Result<(), String> {
    match result {
        Ok(value) => verify(&value),
        Err(error) => Err(describe(&error)),
    }
}

/// `Error::Api` with status `status` and an error for which `is_expected` holds, for a request
/// that Prism found valid: it answered the `Prefer`red status, not a rejection.
pub fn expect_api_error<T: Debug, E: Debug>(
    result: Result<T, Error<E>>,
    status: u16,
    is_expected: impl FnOnce(&E) -> bool,
) -> Result<(), String> {
    match result {
        Err(Error::Api {
            status: got,
            headers,
            error,
        }) if got.as_u16() == status && violations(&headers).is_none() => {
            if is_expected(&error) {
                Ok(())
            } else {
                Err(format!(
                    "status {status} decoded as an unexpected error: {error:?}"
                ))
            }
        }
        Ok(value) => Err(format!(
            "expected error status {status}, got a success: {value:?}"
        )),
        Err(error) => Err(format!(
            "expected documented error {status}, got: {}",
            describe(&error)
        )),
    }
}

/// Prism's rejection of an invalid request with status `status`, whether as a response the spec
/// documents (with an `sl-violations` header) or as a problem document of its own, with a
/// violation that mentions `mentions`.
pub fn expect_rejected<T: Debug, E: Debug>(
    result: Result<T, Error<E>>,
    status: u16,
    mentions: &str,
) -> Result<(), String> {
    let found = match &result {
        Err(Error::Api {
            status: got,
            headers,
            ..
        }) if got.as_u16() == status => violations(headers),
        Err(Error::UnexpectedStatus {
            status: got, body, ..
        }) if got.as_u16() == status => prism_problem(body),
        _ => None,
    };
    match (found, result) {
        (Some(found), _) if found.contains(mentions) => Ok(()),
        (Some(found), _) => Err(format!(
            "Prism rejected the request with {status}, but no violation mentions \
             {mentions:?}:{found}"
        )),
        (None, Ok(value)) => Err(format!(
            "expected Prism to reject the request with {status}, got a success: {value:?}"
        )),
        (None, Err(error)) => Err(format!(
            "expected Prism to reject the request with {status}, got: {}",
            describe(&error)
        )),
    }
}

/// `Err` with a message naming both sides when `left != right`.
macro_rules! ensure_eq {
    ($left:expr, $right:expr) => {{
        let (left, right) = (&$left, &$right);
        if left != right {
            return Err(format!(
                "{} is {:?}, expected {:?}",
                stringify!($left),
                left,
                right
            ));
        }
    }};
}

/// `Err` with the condition's text when it does not hold.
macro_rules! ensure {
    ($condition:expr) => {{
        if !$condition {
            return Err(format!("expected {}", stringify!($condition)));
        }
    }};
}
