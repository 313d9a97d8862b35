//! Rust text laid out directly, for the items whose shape is fixed (a struct's definition and
//! serde impls, a group's accessors, each operation's items): they skip the round trip through
//! `syn` and prettyplease, which is most of what generating costs. The layout is rustfmt's where
//! it is simple: four spaces per level, a list on one line when it fits in [`WIDTH`] columns,
//! else one item per line with a trailing comma, nested lists broken from the outside in.

/// The line width prettyplease fills.
pub const WIDTH: usize = 100;

/// Text being laid out: whole lines, each indented by the caller's level.
#[derive(Default)]
pub struct Text(String);

impl Text {
    /// Appends `line` at `indent` levels, and a newline.
    pub fn line(&mut self, indent: usize, line: &str) {
        push_indent(&mut self.0, indent);
        self.0.push_str(line);
        self.0.push('\n');
    }

    /// Appends text already laid out (whole lines).
    pub fn lines(&mut self, text: &str) {
        self.0.push_str(text);
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

fn push_indent(out: &mut String, indent: usize) {
    for _ in 0..indent {
        out.push_str("    ");
    }
}

/// A delimited list, such as `Self { a, b }` or `(a, b)`.
pub struct List<'a> {
    /// What opens it, without a trailing space: `Self {`, `(`.
    pub open: &'a str,
    pub items: &'a [String],
    /// What closes it, without a leading space: `}`, `)`.
    pub close: &'a str,
    /// Whether the one-line form has spaces inside the delimiters (`{ a }`, not `(a)`).
    pub padded: bool,
}

impl List<'_> {
    /// Its one-line form.
    pub fn flat(&self) -> String {
        let pad = if self.padded && !self.items.is_empty() {
            " "
        } else {
            ""
        };
        format!(
            "{}{pad}{}{pad}{}",
            self.open,
            self.items.join(", "),
            self.close
        )
    }
}

/// Writes `before`, the list and `after` as one line at `indent` levels when that fits in
/// [`WIDTH`], else `before` and the opening on the first line, the items one per line a level
/// deeper, and the closing and `after` at `indent` again.
pub fn list(out: &mut Text, indent: usize, before: &str, list: &List<'_>, after: &str) {
    let items = list.items.iter().cloned().map(Node::Atom).collect();
    let node = Node::List {
        open: list.open.to_owned(),
        items,
        close: list.close.to_owned(),
        padded: list.padded,
    };
    node_at(out, indent, before, &node, after);
}

/// An expression of nested lists: `f(a, g(b))`, `X { a: f(b) }`, `&[&["a"], &["b"]]`.
pub enum Node {
    /// Text that is never broken.
    Atom(String),
    /// A delimited list, as [`List`], whose items may break in turn.
    List {
        open: String,
        items: Vec<Node>,
        close: String,
        padded: bool,
    },
}

impl Node {
    /// A call (or any list in parentheses): `open` ends with `(`.
    pub fn call(open: impl Into<String>, items: Vec<Node>) -> Node {
        Node::List {
            open: open.into(),
            items,
            close: ")".into(),
            padded: false,
        }
    }

    /// A list of atoms.
    pub fn atoms(open: &str, items: &[String], close: &str, padded: bool) -> Node {
        Node::List {
            open: open.to_owned(),
            items: items.iter().cloned().map(Node::Atom).collect(),
            close: close.to_owned(),
            padded,
        }
    }

    /// Its one-line form.
    pub fn flat(&self) -> String {
        let mut out = String::new();
        self.push_flat(&mut out);
        out
    }

    fn push_flat(&self, out: &mut String) {
        match self {
            Node::Atom(text) => out.push_str(text),
            Node::List {
                open,
                items,
                close,
                padded,
            } => {
                out.push_str(open);
                let pad = *padded && !items.is_empty();
                if pad {
                    out.push(' ');
                }
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.push_flat(out);
                }
                if pad {
                    out.push(' ');
                }
                out.push_str(close);
            }
        }
    }
}

/// Writes `before`, `node` and `after` on one line at `indent` levels when that fits in
/// [`WIDTH`] (or cannot break), else the node's opening on the first line, each item laid out
/// the same way a level deeper with a trailing comma, and the closing and `after` at `indent`.
pub fn node_at(out: &mut Text, indent: usize, before: &str, node: &Node, after: &str) {
    at(out, indent, before, node, after, false);
}

/// [`node_at`], but a list in parentheses or brackets whose only item is a list too keeps its
/// delimiters around that item's (`f(X {` … `})`, `Some(vec![` … `])`), as rustfmt writes a
/// last argument; braces (`X { a: Y { .. } }`) break as in [`node_at`].
pub fn node_overflowing_at(out: &mut Text, indent: usize, before: &str, node: &Node, after: &str) {
    at(out, indent, before, node, after, true);
}

fn at(out: &mut Text, indent: usize, before: &str, node: &Node, after: &str, overflow: bool) {
    let flat = node.flat();
    let fits = indent * 4 + before.len() + flat.len() + after.len() <= WIDTH;
    let Node::List {
        open,
        items,
        close,
        padded,
    } = node
    else {
        out.line(indent, &format!("{before}{flat}{after}"));
        return;
    };
    if fits || items.is_empty() {
        out.line(indent, &format!("{before}{flat}{after}"));
        return;
    }
    if let (true, false, [only @ Node::List { .. }]) = (overflow, padded, items.as_slice()) {
        let (before, after) = (format!("{before}{open}"), format!("{close}{after}"));
        return at(out, indent, &before, only, &after, overflow);
    }
    out.line(indent, &format!("{before}{open}"));
    for item in items {
        at(out, indent + 1, "", item, ",", overflow);
    }
    out.line(indent, &format!("{close}{after}"));
}

/// A string literal as Rust source spells it (escapes included).
pub fn string(value: &str) -> String {
    // Printable ASCII but the quote and the backslash: written as it is (what the literal's own
    // escaping would give, without making a token).
    if value
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\' && b != b'\'')
    {
        return format!("\"{value}\"");
    }
    proc_macro2::Literal::string(value).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_written_as_the_literal_token_writes_them() {
        let cases = [
            "",
            "plain text",
            "a'b",
            "say \"hi\"",
            "back\\slash",
            "tab\there",
            "new\nline",
            "caf\u{e9}",
            "\u{7f}",
            "\u{200b}zero width",
            "~!@#$%^&*()_+{}|:<>?`-=[];,./",
        ];
        for case in cases {
            assert_eq!(
                string(case),
                proc_macro2::Literal::string(case).to_string(),
                "{case:?}"
            );
        }
    }

    fn items(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn a_list_stays_on_one_line_while_it_fits() {
        let mut out = Text::default();
        let fields = items(&["id", "name"]);
        let l = List {
            open: "Self {",
            items: &fields,
            close: "}",
            padded: true,
        };
        list(&mut out, 2, "map.done(", &l, ")");
        assert_eq!(out.into_string(), "        map.done(Self { id, name })\n");
    }

    #[test]
    fn a_long_list_goes_one_item_per_line() {
        let mut out = Text::default();
        let long = "x".repeat(60);
        let fields = items(&[&long, &long]);
        let l = List {
            open: "(",
            items: &fields,
            close: ")",
            padded: false,
        };
        list(&mut out, 1, "match ", &l, " {");
        let x = &long;
        assert_eq!(
            out.into_string(),
            format!("    match (\n        {x},\n        {x},\n    ) {{\n")
        );
    }

    #[test]
    fn nested_lists_break_from_the_outside_in() {
        let mut out = Text::default();
        let long = "x".repeat(40);
        let inner = Node::atoms("g(", &items(&["a", "b"]), ")", false);
        let node = Node::call(
            "f(",
            vec![Node::Atom(long.clone()), Node::Atom(long.clone()), inner],
        );
        node_at(&mut out, 1, "let v = ", &node, "?;");
        assert_eq!(
            out.into_string(),
            format!(
                "    let v = f(\n        {long},\n        {long},\n        g(a, b),\n    )?;\n"
            )
        );
        let mut out = Text::default();
        node_at(
            &mut out,
            1,
            "",
            &Node::call("f(", vec![Node::Atom("a".into())]),
            ";",
        );
        assert_eq!(out.into_string(), "    f(a);\n");
    }

    #[test]
    fn strings_are_escaped_as_rust_spells_them() {
        assert_eq!(string("a\"b\\c\n"), r#""a\"b\\c\n""#);
    }
}
