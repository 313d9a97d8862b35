//! Line and column of a JSON pointer in the source text (YAML or JSON: JSON is read as YAML), so
//! diagnostics can point into the file. Built only when there is something to report.

use std::collections::BTreeMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::diag::escape_token;

enum Frame {
    Map {
        pointer: String,
        key: Option<String>,
    },
    Seq {
        pointer: String,
        index: usize,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    positions: BTreeMap<String, (usize, usize)>,
}

impl Builder {
    /// The pointer of the node starting now, and whether it is a mapping key.
    fn place(&mut self) -> (Option<String>, bool) {
        match self.stack.last_mut() {
            None => (Some(String::new()), false),
            Some(Frame::Map { pointer, key }) => match key.take() {
                None => (None, true),
                Some(k) => (Some(format!("{pointer}/{}", escape_token(&k))), false),
            },
            Some(Frame::Seq { pointer, index }) => {
                let p = format!("{pointer}/{index}");
                *index += 1;
                (Some(p), false)
            }
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        let at = (mark.line(), mark.col() + 1);
        match event {
            Event::Scalar(value, ..) => {
                let (pointer, is_key) = self.place();
                if is_key {
                    if let Some(Frame::Map { pointer, key }) = self.stack.last_mut() {
                        self.positions
                            .entry(format!("{pointer}/{}", escape_token(&value)))
                            .or_insert(at);
                        *key = Some(value);
                    }
                } else if let Some(p) = pointer {
                    self.positions.entry(p).or_insert(at);
                }
            }
            Event::Alias(_) => {
                let (pointer, _) = self.place();
                if let Some(p) = pointer {
                    self.positions.entry(p).or_insert(at);
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let (pointer, _) = self.place();
                let pointer = pointer.unwrap_or_default();
                self.positions.entry(pointer.clone()).or_insert(at);
                self.stack
                    .push(if matches!(event, Event::MappingStart(..)) {
                        Frame::Map { pointer, key: None }
                    } else {
                        Frame::Seq { pointer, index: 0 }
                    });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

/// Pointer → (line, column), both 1-based.
pub struct Locator {
    positions: BTreeMap<String, (usize, usize)>,
}

impl Locator {
    /// Indexes `text`; `None` if it does not parse.
    pub fn new(text: &str) -> Option<Self> {
        let mut builder = Builder::default();
        Parser::new_from_str(text).load(&mut builder, false).ok()?;
        Some(Self {
            positions: builder.positions,
        })
    }

    /// Where `pointer` is, or its closest ancestor that exists in the source. Pointers of the 3.0
    /// form are also tried in their Swagger 2.0 spelling (`/definitions/...`).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_yaml_and_json_positions() {
        let yaml = "openapi: 3.0.3\npaths:\n  /a/b:\n    get:\n      responses:\n        '200':\n          description: ok\n";
        let l = Locator::new(yaml).unwrap();
        assert_eq!(l.find("/paths/~1a~1b/get"), Some((4, 5)));
        assert_eq!(
            l.find("/paths/~1a~1b/get/responses/200/description"),
            Some((7, 11))
        );
        assert_eq!(l.find("/paths/~1a~1b/get/nothing/here"), Some((4, 5)));
        let json = "{\n  \"a\": [1,\n   {\"b\": 2}]\n}";
        let l = Locator::new(json).unwrap();
        assert_eq!(l.find("/a/1/b"), Some((3, 5)));
    }
}
