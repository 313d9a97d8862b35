//! Doc comments from spec text: safe for rustdoc (no doctests, no broken links, no raw HTML).

use proc_macro2::TokenStream;
use quote::quote;

/// Makes spec prose safe to use as rustdoc Markdown.
pub fn sanitize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if in_fence {
                out.push("```".to_owned());
            } else {
                out.push("```text".to_owned());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_owned());
            continue;
        }
        out.push(escape_line(trimmed));
    }
    if in_fence {
        out.push("```".to_owned());
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    out
}

fn escape_line(line: &str) -> String {
    let mut escaped = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '[' => escaped.push_str("\\["),
            ']' => escaped.push_str("\\]"),
            _ => escaped.push(c),
        }
    }
    wrap_urls(&escaped)
}

/// Wraps bare `http(s)://` URLs in `<...>` so rustdoc links them instead of warning.
fn wrap_urls(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while let Some(pos) = rest.find("http://").or_else(|| rest.find("https://")) {
        let pos = [rest.find("http://"), rest.find("https://")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(pos);
        let (before, from) = rest.split_at(pos);
        out.push_str(before);
        let end = from
            .find(|c: char| {
                c.is_whitespace()
                    || c == ')'
                    || c == '"'
                    || c == '\''
                    || c == '`'
                    || c == '\\'
                    || c == '&'
            })
            .unwrap_or(from.len());
        let (url, after) = from.split_at(end);
        let url_trimmed = url.trim_end_matches(['.', ',', ';', ':']);
        let tail = &url[url_trimmed.len()..];
        let in_code = before.matches('`').count() % 2 == 1;
        if in_code || before.ends_with('(') || before.ends_with('<') {
            out.push_str(url);
        } else {
            out.push('<');
            out.push_str(url_trimmed);
            out.push('>');
            out.push_str(tail);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `#[doc = " line"]` attributes for each line.
pub fn lines(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|l| {
        let text = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote! { #[doc = #text] }
    });
    quote! { #(#attrs)* }
}

/// Doc attributes for optional spec text.
pub fn doc(text: Option<&str>) -> TokenStream {
    match text {
        Some(t) => lines(&sanitize(t)),
        None => TokenStream::new(),
    }
}

/// Module-level (`//!`) doc attributes.
pub fn inner(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|l| {
        let text = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote! { #![doc = #text] }
    });
    quote! { #(#attrs)* }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_code_and_escapes() {
        let got =
            sanitize("See https://x.io/a.\n```json\n{\"a\": [1]}\n```\n    indented <b>[x]</b>");
        assert_eq!(
            got,
            vec![
                "See <https://x.io/a>.".to_owned(),
                "```text".into(),
                "{\"a\": [1]}".into(),
                "```".into(),
                "indented &lt;b&gt;\\[x\\]&lt;/b&gt;".into(),
            ]
        );
    }
}
