//! Diagnostics: every problem found in an input document, with where it is.

use std::fmt;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Generation went on, degrading the construct (usually to `serde_json::Value`).
    Warning,
    /// Generation of this document stopped.
    Error,
}

/// One problem, located by file and JSON pointer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// The input file, as given on the command line.
    pub file: String,
    /// The JSON pointer of the offending value (`""` for the whole document).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
    /// The line in the file (1-based), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The column in the file (1-based), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(
                f,
                "{level}: {}:{line}:{column}: at {pointer}: {}",
                self.file, self.message
            ),
            _ => write!(f, "{level}: {}: at {pointer}: {}", self.file, self.message),
        }
    }
}

/// Collects diagnostics for one document.
#[derive(Debug, Default)]
pub struct Diagnostics {
    file: String,
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collection for `file`.
    pub fn new(file: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            items: Vec::new(),
        }
    }

    /// The file these diagnostics are about.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// Records a warning.
    pub fn warn(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, pointer.into(), message.into());
    }

    /// Records an error.
    pub fn error(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, pointer.into(), message.into());
    }

    fn push(&mut self, severity: Severity, pointer: String, message: String) {
        let d = Diagnostic {
            severity,
            file: self.file.clone(),
            pointer,
            message,
            line: None,
            column: None,
        };
        if !self.items.contains(&d) {
            self.items.push(d);
        }
    }

    /// Adds diagnostics found elsewhere (another file's, say), keeping their own file.
    pub fn extend(&mut self, items: impl IntoIterator<Item = Diagnostic>) {
        for d in items {
            if !self.items.contains(&d) {
                self.items.push(d);
            }
        }
    }

    /// Whether an error was recorded.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// All diagnostics, in the order they were found.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// Escapes one JSON pointer token (`~` → `~0`, `/` → `~1`).
pub fn escape_token(token: &str) -> String {
    let mut escaped = String::with_capacity(token.len());
    push_escaped(&mut escaped, token);
    escaped
}

/// Appends `/` and `token`, escaped as a JSON pointer token, to `pointer` (without allocating:
/// the document walks extend one pointer per key).
pub fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    push_escaped(pointer, token);
}

/// `token` with `~` as `~0` and `/` as `~1`, appended to `out`.
fn push_escaped(out: &mut String, token: &str) {
    if !token.contains(['~', '/']) {
        out.push_str(token);
        return;
    }
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// Appends `/` and an array index to `pointer`.
pub fn push_index(pointer: &mut String, index: usize) {
    use std::fmt::Write;
    let _ = write!(pointer, "/{index}");
}

/// Appends tokens to a pointer.
pub fn join(pointer: &str, tokens: &[&str]) -> String {
    let mut out =
        String::with_capacity(pointer.len() + tokens.iter().map(|t| t.len() + 1).sum::<usize>());
    out.push_str(pointer);
    for t in tokens {
        push_token(&mut out, t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_escaped() {
        let cases = [
            ("plain", "plain"),
            ("a/b", "a~1b"),
            ("x~y", "x~0y"),
            ("~/~1", "~0~1~01"),
            ("", ""),
            ("ünï/cödé", "ünï~1cödé"),
        ];
        for (token, want) in cases {
            assert_eq!(escape_token(token), want);
            let mut pointer = String::from("/root");
            push_token(&mut pointer, token);
            assert_eq!(pointer, format!("/root/{want}"));
        }
        let mut pointer = String::new();
        push_index(&mut pointer, 42);
        assert_eq!(pointer, "/42");
    }
}
