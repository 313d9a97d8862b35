//! The YAML reader of [`Locator`](super::Locator) (also JSON the JSON scanner refused): yaml_rust2's
//! events with their positions. Only wanted nodes get a pointer built; the events inside any
//! other container are counted through.

use std::collections::BTreeMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use super::Wanted;
use crate::diag::escape_token;

/// The (line, column) of every wanted node of `text` that exists; `None` if it does not parse.
pub(super) fn positions(text: &str, wanted: &Wanted) -> Option<BTreeMap<String, (usize, usize)>> {
    let mut builder = Builder {
        wanted,
        stack: Vec::new(),
        skipped: 0,
        positions: BTreeMap::new(),
    };
    Parser::new_from_str(text).load(&mut builder, false).ok()?;
    Some(builder.positions)
}

/// What a mapping expects next.
enum Key {
    /// A key.
    Next,
    /// The value of the key just read: its pointer if wanted.
    Value(Option<String>),
}

enum Frame {
    Map { pointer: String, key: Key },
    Seq { pointer: String, index: usize },
}

/// Where the node starting now goes.
enum Place {
    /// It is a mapping key.
    Key,
    /// A node: its pointer if wanted.
    Node(Option<String>),
}

struct Builder<'w> {
    wanted: &'w Wanted,
    /// The wanted containers being read.
    stack: Vec<Frame>,
    /// How deep inside a container that is not wanted (0: not inside one).
    skipped: usize,
    positions: BTreeMap<String, (usize, usize)>,
}

impl Builder<'_> {
    fn place(&mut self) -> Place {
        match self.stack.last_mut() {
            None => Place::Node(Some(String::new())),
            Some(Frame::Map { key, .. }) => match std::mem::replace(key, Key::Next) {
                Key::Next => Place::Key,
                Key::Value(pointer) => Place::Node(pointer),
            },
            Some(Frame::Seq { pointer, index }) => {
                let p = format!("{pointer}/{index}");
                *index += 1;
                Place::Node(self.wanted.contains(&p).then_some(p))
            }
        }
    }

    /// The key `value` was read: its member's pointer is where its value goes.
    fn key(&mut self, value: Option<&str>, at: (usize, usize)) {
        let Some(Frame::Map { pointer, key }) = self.stack.last_mut() else {
            return;
        };
        let member = value
            .map(|v| format!("{pointer}/{}", escape_token(v)))
            .filter(|p| self.wanted.contains(p));
        if let Some(p) = &member {
            self.positions.entry(p.clone()).or_insert(at);
        }
        *key = Key::Value(member);
    }
}

impl MarkedEventReceiver for Builder<'_> {
    fn on_event(&mut self, event: Event, mark: Marker) {
        if self.skipped > 0 {
            match event {
                Event::MappingStart(..) | Event::SequenceStart(..) => self.skipped += 1,
                Event::MappingEnd | Event::SequenceEnd => self.skipped -= 1,
                _ => {}
            }
            return;
        }
        let at = (mark.line(), mark.col() + 1);
        match event {
            Event::Scalar(value, ..) => match self.place() {
                Place::Key => self.key(Some(&value), at),
                Place::Node(Some(p)) => {
                    self.positions.entry(p).or_insert(at);
                }
                Place::Node(None) => {}
            },
            Event::Alias(_) => match self.place() {
                // An alias as a key names no pointer: its value is not located.
                Place::Key => self.key(None, at),
                Place::Node(Some(p)) => {
                    self.positions.entry(p).or_insert(at);
                }
                Place::Node(None) => {}
            },
            Event::MappingStart(..) | Event::SequenceStart(..) => match self.place() {
                Place::Node(Some(pointer)) => {
                    self.positions.entry(pointer.clone()).or_insert(at);
                    self.stack
                        .push(if matches!(event, Event::MappingStart(..)) {
                            Frame::Map {
                                pointer,
                                key: Key::Next,
                            }
                        } else {
                            Frame::Seq { pointer, index: 0 }
                        });
                }
                // A mapping or sequence as a key: skipped, and so is its value.
                Place::Key => {
                    self.key(None, at);
                    self.skipped = 1;
                }
                Place::Node(None) => self.skipped = 1,
            },
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}
