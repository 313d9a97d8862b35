//! Rust text laid out directly, for the items whose shape is fixed (a struct's serde impls):
//! they skip the round trip through `syn` and prettyplease, which is most of what generating
//! costs. The layout is prettyplease's where it is simple: four spaces per level, a list on one
//! line when it fits in [`WIDTH`] columns, else one item per line with a trailing comma.

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
    let flat = format!("{before}{}{after}", list.flat());
    if indent * 4 + flat.len() <= WIDTH || list.items.is_empty() {
        out.line(indent, &flat);
        return;
    }
    out.line(indent, &format!("{before}{}", list.open));
    for item in list.items {
        out.line(indent + 1, &format!("{item},"));
    }
    out.line(indent, &format!("{}{after}", list.close));
}

/// A string literal as Rust source spells it (escapes included).
pub fn string(value: &str) -> String {
    proc_macro2::Literal::string(value).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn strings_are_escaped_as_rust_spells_them() {
        assert_eq!(string("a\"b\\c\n"), r#""a\"b\\c\n""#);
    }
}
