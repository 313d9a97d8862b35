// @generated
// Generated from tests/fixtures/types/descriptions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
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
    pub struct Note {
        /// The id: see \[Note\] and <https://example.com/ids>. Generics like Vec&lt;T&gt; and Option&lt;Note&gt;.
        id: String = field("id", must),
        /// ```text
        /// unterminated fence
        /// ```
        body: Option<String> = optional("body", set),
        /// Unclosed \[bracket and &lt;tag and `backtick
        kind: Option<NoteKind> = optional("kind", set),
        /// <http://example.com/a_b_c> and <https://example.com/path?x=>\[1\]
        url: Option<String> = optional("url", set),
        /// The `empty` property.
        empty: Option<String> = optional("empty", set),
        /// A title used as the description
        title_only: Option<String> = optional("title_only", set),
        /// ```text
        /// assert!(false);
        /// ```
        doc_test: Option<String> = optional("doc_test", set),
    }
}
rt::string_enum! {
    /// Unclosed \[bracket and &lt;tag and `backtick
    pub enum NoteKind {
        /// `text`
        Text = "text",
        /// `[html]`
        Html = "[html]",
        /// `<md>`
        Md = "<md>",
    }
}
