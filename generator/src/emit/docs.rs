//! Doc comments from spec text: safe for rustdoc (no doctests, no broken links, no raw HTML).

use proc_macro2::TokenStream;
use quote::quote;

/// Makes spec prose safe to use as rustdoc Markdown (HTML in it becomes Markdown first).
pub fn sanitize(text: &str) -> Vec<String> {
    let text = super::html::to_markdown(text);
    let mut out = Vec::new();
    let mut in_fence = false;
    let mut in_indented = false;
    let mut list_indent = 0;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        // An indented code block (4 spaces after a blank line) becomes a `text` fence.
        let indented = line.starts_with("    ") || line.starts_with('\t');
        if in_indented {
            if indented || trimmed.is_empty() {
                out.push(
                    line.strip_prefix("    ")
                        .or_else(|| line.strip_prefix('\t'))
                        .unwrap_or(line)
                        .to_owned(),
                );
                continue;
            }
            while out.last().is_some_and(|l: &String| l.is_empty()) {
                out.pop();
            }
            out.push("```".to_owned());
            out.push(String::new());
            in_indented = false;
        } else if !in_fence
            && indented
            && !trimmed.is_empty()
            && list_indent == 0
            && out.last().is_none_or(|l: &String| l.is_empty())
        {
            out.push("```text".to_owned());
            out.push(
                line.strip_prefix("    ")
                    .or_else(|| line.strip_prefix('\t'))
                    .unwrap_or(line)
                    .to_owned(),
            );
            in_indented = true;
            continue;
        }
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
        // A line continuing a list item is indented under it (else rustdoc reads a lazy continuation).
        let marker = list_marker(trimmed);
        if trimmed.is_empty() {
            list_indent = 0;
        } else if marker > 0 {
            list_indent = marker;
        } else if list_indent > 0 {
            out.push(format!(
                "{}{}",
                " ".repeat(list_indent),
                escape_line(trimmed)
            ));
            continue;
        }
        out.push(escape_line(trimmed));
    }
    if in_indented {
        while out.last().is_some_and(|l| l.is_empty()) {
            out.pop();
        }
    }
    if in_fence || in_indented {
        out.push("```".to_owned());
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    // Tabs read differently in every viewer (and clippy rejects them): four spaces each.
    for line in &mut out {
        if line.contains('\t') {
            *line = line.replace('\t', "    ");
        }
    }
    out
}

/// The width of a list marker (`- `, `* `, `1. `) at the start of `line`, or 0.
/// The width of a list item's marker and the spaces after it (where its text starts), or 0 for
/// a line that does not start a list item.
fn list_marker(line: &str) -> usize {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let marker = if line.starts_with(['-', '*', '+']) {
        1
    } else if digits > 0 && digits < 4 && line[digits..].starts_with('.') {
        digits + 1
    } else {
        return 0;
    };
    let spaces = line[marker..].chars().take_while(|&c| c == ' ').count();
    match spaces {
        0 => 0,
        // Five spaces or more: the text is an indented code block, indented from one space.
        1..=4 => marker + spaces,
        _ => marker + 1,
    }
}

fn escape_line(line: &str) -> String {
    // Most lines have nothing to escape: every character would be kept as it is.
    if !line.contains(['`', '\\', '<', '>', '[', ']']) {
        return wrap_urls(line);
    }
    let mut escaped = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            // A code span is literal in Markdown: kept as written.
            '`' if chars[i + 1..].contains(&'`') => {
                let end = i + 1 + chars[i + 1..].iter().position(|&c| c == '`').unwrap_or(0);
                escaped.extend(&chars[i..=end]);
                i = end;
            }
            // A Markdown escape (`\[`, `\_`, `\<`) stays one: `\<` is written `&lt;`.
            '\\' if chars.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                match chars[i + 1] {
                    '<' => escaped.push_str("&lt;"),
                    '>' => escaped.push_str("&gt;"),
                    c => {
                        escaped.push('\\');
                        escaped.push(c);
                    }
                }
                i += 1;
            }
            '<' => match autolink_end(&chars, i) {
                // `<https://...>`: an autolink, kept as written.
                Some(end) => {
                    escaped.extend(&chars[i..=end]);
                    i = end;
                }
                None => escaped.push_str("&lt;"),
            },
            '>' => escaped.push_str("&gt;"),
            '[' => match markdown_link_end(&chars, i) {
                // `[text](target)`: a real Markdown link, kept as written.
                Some(end) => {
                    escaped.extend(&chars[i..=end]);
                    i = end;
                }
                None => escaped.push_str("\\["),
            },
            ']' => escaped.push_str("\\]"),
            c => escaped.push(c),
        }
        i += 1;
    }
    wrap_urls(&escaped)
}

/// The index of the `>` closing an autolink `<http(s)://...>` that starts at `start`.
fn autolink_end(chars: &[char], start: usize) -> Option<usize> {
    let rest: String = chars[start + 1..].iter().take(8).collect();
    if !rest.starts_with("http://") && !rest.starts_with("https://") {
        return None;
    }
    let end = start + chars[start..].iter().position(|&c| c == '>')?;
    (!chars[start..end].iter().any(|c| c.is_whitespace())).then_some(end)
}

/// The index of the `)` closing a `[text](target)` link that starts at `start`.
fn markdown_link_end(chars: &[char], start: usize) -> Option<usize> {
    let close = start + chars[start..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'(') || chars[start + 1..close].contains(&'[') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|&c| c == ')')?;
    let target: String = chars[close + 2..end].iter().collect();
    (!target.is_empty() && !target.contains(char::is_whitespace) && !target.contains('<'))
        .then_some(end)
}

/// Wraps bare `http(s)://` URLs in `<...>` so rustdoc links them instead of warning.
fn wrap_urls(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut at = 0;
    while let Some(pos) = [line[at..].find("http://"), line[at..].find("https://")]
        .into_iter()
        .flatten()
        .min()
    {
        let (before, from) = line[at..].split_at(pos);
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
        // The target of a Markdown link (`](`, not an escaped `\](`), an autolink or a URL in a
        // code span stays as written.
        let link_target = before.ends_with("](") && !before.ends_with("\\](");
        if in_code_span(line, at + pos) || link_target || before.ends_with('<') {
            out.push_str(url);
        } else {
            out.push('<');
            out.push_str(url_trimmed);
            out.push('>');
            out.push_str(tail);
        }
        at = line.len() - after.len();
    }
    out.push_str(&line[at..]);
    out
}

/// Whether byte `pos` of `line` is inside a code span: an odd number of backticks before it and
/// one after it to close the span. A backtick with none after it closes a span a previous line
/// opened (a span may cross lines), or is a literal one: what follows is not code.
fn in_code_span(line: &str, pos: usize) -> bool {
    line[..pos].matches('`').count() % 2 == 1 && line[pos..].contains('`')
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

/// [`lines`] as source text at `indent` levels: `///` comments, as prettyplease prints them.
pub fn text(lines: &[String], indent: usize) -> String {
    let mut out = String::new();
    for l in lines {
        for _ in 0..indent {
            out.push_str("    ");
        }
        out.push_str("///");
        if !l.is_empty() {
            out.push(' ');
            out.push_str(l.trim_end_matches(' '));
        }
        out.push('\n');
    }
    out
}

/// The doc lines of optional spec text, or `fallback` when there is none.
pub fn or_else(text: Option<&str>, fallback: impl FnOnce() -> String) -> Vec<String> {
    let mut lines = text.map(sanitize).unwrap_or_default();
    if lines.is_empty() {
        lines.push(fallback());
    }
    lines
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
    fn continuation_lines_are_indented_to_the_item_text_and_tabs_become_spaces() {
        let got = sanitize("*   An item that\ncontinues.\n1.  First\nnext\n\n| a\t| b |");
        assert_eq!(
            got,
            vec![
                "*   An item that".to_owned(),
                "    continues.".into(),
                "1.  First".into(),
                "    next".into(),
                String::new(),
                "| a    | b |".into(),
            ]
        );
    }

    #[test]
    fn keeps_autolinks_and_fences_indented_code() {
        let got = sanitize("See <https://x.io/a> and [docs](https://x.io/b).\n\n    let a = 1;\n    let b = 2;\nAfter.");
        assert_eq!(
            got,
            vec![
                "See <https://x.io/a> and [docs](https://x.io/b).".to_owned(),
                String::new(),
                "```text".into(),
                "let a = 1;".into(),
                "let b = 2;".into(),
                "```".into(),
                String::new(),
                "After.".into(),
            ]
        );
    }

    #[test]
    fn html_becomes_markdown_before_escaping() {
        let got = sanitize(
            "<p>Use <code>a&lt;b</code>, see <a href=\"https://x.io/a\">docs</a> and [x].</p>\
             <ul><li>A List<String></li></ul>",
        );
        assert_eq!(
            got,
            vec![
                "Use `a<b`, see [docs](https://x.io/a) and \\[x\\].".to_owned(),
                String::new(),
                "- A List&lt;String&gt;".into(),
            ]
        );
    }

    #[test]
    fn fences_code_and_escapes() {
        let got = sanitize(
            "See https://x.io/a.\n```json\n{\"a\": [1]}\n```\n    indented <T>[x]</T> `<T>[x]`",
        );
        assert_eq!(
            got,
            vec![
                "See <https://x.io/a>.".to_owned(),
                "```text".into(),
                "{\"a\": [1]}".into(),
                "```".into(),
                "indented &lt;T&gt;\\[x\\]&lt;/T&gt; `<T>[x]`".into(),
            ]
        );
    }

    #[test]
    fn a_url_after_a_code_span_closed_from_the_line_before_is_wrapped() {
        // A link whose text is a code span broken over two lines: its `[`/`]` are escaped line
        // by line, so the URL stands bare after the span's closing backtick (rustdoc warns of
        // a bare URL unless it is wrapped).
        let got = sanitize("while [`amazing\nlanguage:go`](https://x.io/s?q=a%3Ago) is.");
        assert_eq!(
            got,
            vec![
                "while \\[`amazing".to_owned(),
                "language:go`\\](<https://x.io/s?q=a%3Ago>) is.".into(),
            ]
        );
        let kept = sanitize("a `b https://x.io/c` and `d` then https://x.io/e");
        assert_eq!(
            kept,
            vec!["a `b https://x.io/c` and `d` then <https://x.io/e>".to_owned()]
        );
    }
}
