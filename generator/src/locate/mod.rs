//! Line and column of a JSON pointer in the source text, so diagnostics can point into the file.
//! Built only when there is something to report, and only for the pointers asked about (and
//! their ancestors, where [`Locator::find`] falls back to).
//!
//! Two readers: a JSON document (first non-blank byte `{` or `[`) is scanned byte by byte
//! (`json.rs`), skipping every subtree no wanted pointer goes through; anything else, or JSON the
//! scanner finds malformed, is read as YAML (`yaml.rs`, yaml_rust2's event positions). Both give
//! the same answers on JSON: 1-based lines, 1-based columns counted in characters; an object
//! member is where its key's opening quote is, any other node where its first character is.

mod json;
mod yaml;

use std::collections::{BTreeMap, BTreeSet};

/// The pointers a locator records: each wanted pointer and every ancestor of it (the root
/// included). A pointer to `/components/schemas/...` is also wanted in its Swagger 2.0 spelling
/// `/definitions/...`, which [`Locator::find`] tries first.
pub(crate) struct Wanted {
    nodes: BTreeSet<String>,
}

impl Wanted {
    fn new<'a>(pointers: impl IntoIterator<Item = &'a str>) -> Self {
        let mut nodes = BTreeSet::from([String::new()]);
        for pointer in pointers {
            let swagger = pointer
                .strip_prefix("/components/schemas/")
                .map(|rest| format!("/definitions/{rest}"));
            for p in swagger.iter().map(String::as_str).chain([pointer]) {
                let mut p = p;
                // Ancestors share the set's entries: stop at the first one already there.
                while !p.is_empty() && nodes.insert(p.to_owned()) {
                    p = p.rfind('/').map_or("", |i| &p[..i]);
                }
            }
        }
        Self { nodes }
    }

    /// Whether a node at `pointer` is recorded (and, for a container, its members looked at).
    fn contains(&self, pointer: &str) -> bool {
        self.nodes.contains(pointer)
    }
}

/// Pointer → (line, column), both 1-based, for the pointers it was asked about.
pub struct Locator {
    positions: BTreeMap<String, (usize, usize)>,
}

impl Locator {
    /// Indexes the nodes of `text` that [`find`](Self::find) needs for `pointers`; `None` if the
    /// text does not parse.
    pub fn new<'a>(text: &str, pointers: impl IntoIterator<Item = &'a str>) -> Option<Self> {
        let wanted = Wanted::new(pointers);
        if is_json(text) {
            if let Some(offsets) = json::offsets(text, &wanted) {
                return Some(Self {
                    positions: line_columns(text, offsets),
                });
            }
        }
        yaml::positions(text, &wanted).map(|positions| Self { positions })
    }

    /// Where `pointer` is, or its closest ancestor that exists in the source. Pointers of the 3.0
    /// form are also tried in their Swagger 2.0 spelling (`/definitions/...`). Only answers for a
    /// pointer given to [`new`](Self::new) (else the closest ancestor of it that was).
    pub fn find(&self, pointer: &str) -> Option<(usize, usize)> {
        let swagger = pointer
            .strip_prefix("/components/schemas/")
            .map(|rest| format!("/definitions/{rest}"));
        for candidate in swagger.iter().map(String::as_str).chain([pointer]) {
            let mut p = candidate;
            loop {
                if let Some(&at) = self.positions.get(p) {
                    if !p.is_empty() || candidate.is_empty() {
                        return Some(at);
                    }
                    break;
                }
                match p.rfind('/') {
                    Some(i) => p = &p[..i],
                    None => break,
                }
            }
        }
        self.positions.get("").copied()
    }
}

/// A JSON document: its first non-blank byte opens an object or an array.
fn is_json(text: &str) -> bool {
    matches!(
        text.bytes().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    )
}

/// Byte offsets → (line, column) in one pass over the text: a line break is LF, CRLF or a lone
/// CR (as YAML counts them), found with `memchr`; a column counts characters, not bytes, from the
/// start of the line (or from the last offset on the same line).
fn line_columns(text: &str, offsets: BTreeMap<String, usize>) -> BTreeMap<String, (usize, usize)> {
    let mut order: Vec<usize> = offsets.values().copied().collect();
    order.sort_unstable();
    order.dedup();
    let bytes = text.as_bytes();
    let mut at = Vec::with_capacity(order.len());
    // The line so far, where it starts, and the column at `counted` (a byte of that line).
    let (mut line, mut line_start, mut i) = (1, 0, 0);
    let (mut counted, mut column) = (0, 1);
    for &target in &order {
        let target = target.min(bytes.len());
        if target > i {
            for found in memchr::memchr2_iter(b'\n', b'\r', &bytes[i..target]) {
                let at = i + found;
                // The CR of a CRLF: the LF after it counts the line.
                if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    continue;
                }
                line += 1;
                line_start = at + 1;
            }
            i = target;
        }
        if counted < line_start {
            (counted, column) = (line_start, 1);
        }
        // A UTF-8 continuation byte is part of the character already counted.
        column += bytes[counted..target]
            .iter()
            .filter(|b| *b & 0xC0 != 0x80)
            .count();
        counted = target;
        at.push((line, column));
    }
    offsets
        .into_iter()
        .filter_map(|(pointer, offset)| {
            let k = order.binary_search(&offset).ok()?;
            at.get(k).map(|&lc| (pointer, lc))
        })
        .collect()
}

#[cfg(test)]
mod tests;
