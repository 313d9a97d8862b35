//! The JSON reader of [`Locator`](super::Locator): a scan over the bytes keeping the current
//! pointer, descending only into nodes a wanted pointer goes through. Every other subtree is
//! skipped by counting brackets (strings skipped with their escapes), without building a string.
//! `None` on anything that is not JSON, so the caller falls back to the YAML reader.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::Wanted;
use crate::diag::escape_token;

/// The byte offset of every wanted node of `text` that exists: an object member's is its key's
/// opening quote, any other node's its first byte. `None` if `text` is not one JSON value.
pub(super) fn offsets(text: &str, wanted: &Wanted) -> Option<BTreeMap<String, usize>> {
    let mut scan = Scanner {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        wanted,
        path: String::new(),
        found: BTreeMap::new(),
    };
    scan.blank();
    scan.found.insert(String::new(), scan.pos);
    scan.value(true)?;
    scan.blank();
    (scan.pos == scan.bytes.len()).then_some(scan.found)
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    wanted: &'a Wanted,
    /// The pointer of the node being read (only ever a wanted one).
    path: String,
    found: BTreeMap<String, usize>,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.blank();
        (self.peek() == Some(byte)).then(|| self.pos += 1)
    }

    /// The value at `pos` (blanks already skipped); its members are looked at only when
    /// `wanted` (the value's own pointer is).
    fn value(&mut self, wanted: bool) -> Option<()> {
        match self.peek()? {
            b'{' if wanted => self.object(),
            b'[' if wanted => self.array(),
            _ => self.skip_value(),
        }
    }

    fn object(&mut self) -> Option<()> {
        self.pos += 1;
        self.blank();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Some(());
        }
        loop {
            self.blank();
            let start = self.pos;
            let end = self.skip_string()?;
            let len = self.path.len();
            self.path.push('/');
            self.push_key(start, end)?;
            let wanted = self.wanted.contains(&self.path);
            if wanted {
                self.found.entry(self.path.clone()).or_insert(start);
            }
            self.expect(b':')?;
            self.blank();
            self.value(wanted)?;
            self.path.truncate(len);
            self.blank();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self) -> Option<()> {
        self.pos += 1;
        self.blank();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Some(());
        }
        let mut index = 0usize;
        loop {
            self.blank();
            let len = self.path.len();
            write!(self.path, "/{index}").ok()?;
            let wanted = self.wanted.contains(&self.path);
            if wanted {
                self.found.entry(self.path.clone()).or_insert(self.pos);
            }
            self.value(wanted)?;
            self.path.truncate(len);
            index += 1;
            self.blank();
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// Appends the pointer token of the key quoted at `start..end` (escapes decoded, then `~`
    /// and `/` escaped as a pointer writes them).
    fn push_key(&mut self, start: usize, end: usize) -> Option<()> {
        let raw = self.text.get(start + 1..end - 1)?;
        let decoded;
        let key = if raw.contains('\\') {
            decoded = serde_json::from_str::<String>(self.text.get(start..end)?).ok()?;
            decoded.as_str()
        } else {
            raw
        };
        if key.contains(['~', '/']) {
            self.path.push_str(&escape_token(key));
        } else {
            self.path.push_str(key);
        }
        Some(())
    }

    /// Skips the string whose opening quote is at `pos`; returns the offset after its closing one.
    /// The text has been parsed as JSON already: the string is looked at only for its quote and
    /// its escapes (found with `memchr`, a string's bytes are most of a document).
    fn skip_string(&mut self) -> Option<usize> {
        if self.peek() != Some(b'"') {
            return None;
        }
        let mut i = self.pos + 1;
        loop {
            i += memchr::memchr2(b'"', b'\\', self.bytes.get(i..)?)?;
            match self.bytes.get(i)? {
                b'"' => break,
                _ => i += 2,
            }
        }
        self.pos = i + 1;
        Some(self.pos)
    }

    /// Skips the value at `pos`: a string, a container (brackets counted, strings skipped) or a
    /// scalar.
    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.skip_string().map(drop),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.skip_string()?;
                        }
                        b'{' | b'[' => {
                            depth += 1;
                            self.pos += 1;
                        }
                        b'}' | b']' => {
                            depth = depth.checked_sub(1)?;
                            self.pos += 1;
                            if depth == 0 {
                                return Some(());
                            }
                        }
                        _ => self.pos += 1,
                    }
                }
            }
            _ => {
                let start = self.pos;
                while matches!(
                    self.peek(),
                    Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'+' | b'-' | b'.')
                ) {
                    self.pos += 1;
                }
                (self.pos > start).then_some(())
            }
        }
    }
}
