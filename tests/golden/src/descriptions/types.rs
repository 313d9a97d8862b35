// @generated
// Generated from tests/fixtures/types/descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// A note. Code block, indented:
///
/// ```text
/// let x = note.id;
/// ```
///
/// A fenced block with a language:
///
/// ```text
/// fn main() { panic!() }
/// ```
///
/// A fenced block without a language:
///
/// ```text
/// curl -X GET https://api.example.com/notes?limit=10&page[after]=abc
/// ```
///
/// Tilde fence:
///
/// ```text
/// <xml attr="1"/>
/// ```
///
/// Links: [docs](https://example.com/docs), <https://example.com/raw>, <https://example.com/bare>, \[broken link\]\[ref\], \[Foo\], \[`Bar`\], array\[0\], `a[b]`, map\[string\]interface{}.
///
/// HTML:
///
/// para
///
/// \
/// [anchor](https://example.com) &lt;script&gt;alert(1)&lt;/script&gt; & &lt;
///
/// - list item with \[brackets\] continued line
///
/// 1. numbered `item`
///
/// - star item &lt;T&gt;
///
/// Table:
///
/// | a     | b    |
/// | ----- | ---- |
/// | \[x\] | &lt;y&gt; |
///
/// Footnote\[^1\] and emphasis *a* *b* **c** and a trailing backslash \\
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// The id: see \[Note\] and <https://example.com/ids>. Generics like Vec&lt;T&gt; and Option&lt;Note&gt;.
    pub id: String,
    /// ```text
    /// unterminated fence
    /// ```
    pub body: Option<String>,
    /// Unclosed \[bracket and &lt;tag and `backtick
    pub kind: Option<NoteKind>,
    /// <http://example.com/a_b_c> and <https://example.com/path?x=>\[1\]
    pub url: Option<String>,
    /// The `empty` property.
    pub empty: Option<String>,
    /// A title used as the description
    pub title_only: Option<String>,
    /// ```text
    /// assert!(false);
    /// ```
    pub doc_test: Option<String>,
}
impl ::serde::Serialize for Note {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.optional("body", &self.body);
        map.optional("kind", &self.kind);
        map.optional("url", &self.url);
        map.optional("empty", &self.empty);
        map.optional("title_only", &self.title_only);
        map.optional("doc_test", &self.doc_test);
        map.end()
    }
}
rt::object_deserialize!(Note);
impl<'de> rt::FromMap<'de> for Note {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut body = None;
        let mut kind = None;
        let mut url = None;
        let mut empty = None;
        let mut title_only = None;
        let mut doc_test = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                "body" => map.set(&mut body),
                "kind" => map.set(&mut kind),
                "url" => map.set(&mut url),
                "empty" => map.set(&mut empty),
                "title_only" => map.set(&mut title_only),
                "doc_test" => map.set(&mut doc_test),
                _ => map.skip(),
            }
        }
        match id {
            Some(id) => map.done(Self { id, body, kind, url, empty, title_only, doc_test }),
            None => map.missing(&[("id", true)]),
        }
    }
}
/// Unclosed \[bracket and &lt;tag and `backtick
#[derive(Debug, Clone)]
pub enum NoteKind {
    /// `text`
    Text,
    /// `[html]`
    Html,
    /// `<md>`
    Md,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl NoteKind {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Html => "[html]",
            Self::Md => "<md>",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for NoteKind {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "[html]" => Self::Html,
            "<md>" => Self::Md,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(NoteKind);
