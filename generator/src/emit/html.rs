//! HTML in spec descriptions (`<p>`, `<code>`, `<a href>`, `<br>`, `<ul><li>`, ...) → Markdown.
//!
//! Published documents mix Markdown with HTML, so a description with HTML tags is read as
//! CommonMark (which allows inline HTML: `pulldown-cmark` renders it to HTML, Markdown and HTML
//! alike) and the HTML is turned back into Markdown (`htmd`). A `<` that does not open a known
//! tag (`List<String>`, `<id>`) is text, escaped first so that neither step drops it. Text
//! without HTML tags is returned as it is.

use std::borrow::Cow;

use htmd::options::{BrStyle, BulletListMarker, LinkStyle, Options};

/// The HTML elements read as HTML; any other `<name>` is text.
const TAGS: [&str; 36] = [
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// The length of the known HTML tag (`<p>`, `</code>`, `<a href="...">`, `<br/>`) starting at
/// byte `at` of `text`, if one does.
fn tag_at(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?.strip_prefix('<')?;
    let rest_name = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest_name
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest_name.len());
    let name = rest_name[..name_len].to_ascii_lowercase();
    if !TAGS.contains(&name.as_str()) {
        return None;
    }
    let after = &rest_name[name_len..];
    if !after.starts_with(['>', '/', ' ', '\t', '\n']) {
        return None;
    }
    let end = after.find('>')?;
    // No `<` before the closing `>`: `<a <b>` is not a tag.
    if after[..end].contains('<') {
        return None;
    }
    Some(1 + (rest.len() - rest_name.len()) + name_len + end + 1)
}

/// `text` with every `<` that does not open a known tag, outside code, written `&lt;`; and
/// whether any known tag was seen. Code spans and fenced code are left alone (CommonMark keeps
/// them literal).
fn escape_stray_brackets(text: &str) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut seen = false;
    let mut in_fence = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            out.push_str(line);
            continue;
        }
        if in_fence {
            out.push_str(line);
            continue;
        }
        let mut in_code = false;
        let mut i = 0;
        while i < line.len() {
            let c = line[i..].chars().next().unwrap_or(' ');
            match c {
                '`' => in_code = !in_code,
                '<' if !in_code => match tag_at(line, i) {
                    Some(len) => {
                        seen = true;
                        out.push_str(&line[i..i + len]);
                        i += len;
                        continue;
                    }
                    None if line[i + 1..].starts_with("http") => {}
                    None => {
                        out.push_str("&lt;");
                        i += 1;
                        continue;
                    }
                },
                _ => {}
            }
            out.push(c);
            i += c.len_utf8();
        }
    }
    (out, seen)
}

/// `text` as Markdown: converted when it holds HTML tags, else unchanged.
pub fn to_markdown(text: &str) -> Cow<'_, str> {
    if !text.contains('<') {
        return Cow::Borrowed(text);
    }
    let (escaped, has_html) = escape_stray_brackets(text);
    if !has_html {
        return Cow::Borrowed(text);
    }
    let mut html = String::with_capacity(escaped.len() * 2);
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(&escaped, pulldown_cmark::Options::ENABLE_TABLES),
    );
    let converter = htmd::HtmlToMarkdown::builder()
        .options(Options {
            bullet_list_marker: BulletListMarker::Dash,
            ul_bullet_spacing: 1,
            ol_number_spacing: 1,
            link_style: LinkStyle::InlinedPreferAutolinks,
            br_style: BrStyle::Backslash,
            ..Options::default()
        })
        .build();
    match converter.convert(&html) {
        Ok(markdown) => Cow::Owned(markdown),
        Err(_) => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    #[test]
    fn html_becomes_markdown() {
        assert_eq!(
            to_markdown(
                "<p>Hello <code>a&lt;b</code> and <a href=\"https://x.io/a\">the docs</a>.</p>\
                 <ul><li>one</li><li><b>two</b></li></ul>"
            ),
            "Hello `a<b` and [the docs](https://x.io/a).\n\n- one\n- **two**"
        );
    }

    #[test]
    fn markdown_around_html_is_kept() {
        let got = to_markdown(
            "Use `modified_date` or `<redact>`, **not** [this](https://x.io).<br/>Next.\n\n\
             - a\n- b\n\n```json\n{\"a\": \"<b>\"}\n```\n\nA List<String> & <id>.",
        );
        assert_eq!(
            got,
            "Use `modified_date` or `<redact>`, **not** [this](https://x.io).\\\nNext.\n\n\
             - a\n- b\n\n```json\n{\"a\": \"<b>\"}\n```\n\nA List\\<String> & \\<id>."
        );
    }

    #[test]
    fn text_without_tags_is_unchanged() {
        for text in [
            "No tags, a List<String>, <id> and a_b*c.",
            "`<p>` in code",
            "plain",
        ] {
            assert!(matches!(to_markdown(text), std::borrow::Cow::Borrowed(t) if t == text));
        }
    }
}
