//! Output: the report as JSON, or as Markdown for a pull-request comment.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::{Change, Kind, Report};

/// Markdown inline code; backticks inside become `'` and line breaks spaces.
pub(super) fn code(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| match c {
            '`' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    format!("`{clean}`")
}

/// The report as JSON: a list of change objects (`kind`, `breaking`, `location`, `detail`,
/// `operations`).
pub fn json(report: &Report) -> Result<String, String> {
    serde_json::to_string_pretty(&report.changes).map_err(|e| e.to_string())
}

/// The report as Markdown, for a pull-request comment: a title, a summary line with counts,
/// sections per kind (breaking changes first), and a legend of the rules that applied.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let (old, new) = (&report.old, &report.new);
    let _ = writeln!(out, "## API changes: {}\n", new.title);
    let _ = writeln!(
        out,
        "{} ({}) → {} ({})\n",
        code(&old.source),
        old.version,
        code(&new.source),
        new.version
    );
    let breaking = report.breaking();
    let other = report.changes.len() - breaking;
    if report.changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    let _ = writeln!(
        out,
        "**{breaking} breaking**, {other} non-breaking {}.",
        plural(other + breaking, "change")
    );
    for (flag, heading) in [(true, "Breaking changes"), (false, "Non-breaking changes")] {
        let changes: Vec<&Change> = report
            .changes
            .iter()
            .filter(|c| c.breaking == flag)
            .collect();
        if !changes.is_empty() {
            let _ = writeln!(out, "\n### {heading} ({})", changes.len());
            sections(&mut out, &changes);
        }
    }
    legend(&mut out, report);
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}

/// One `####` section per kind, in kind order (the changes are sorted by kind already).
fn sections(out: &mut String, changes: &[&Change]) {
    let mut by_kind: BTreeMap<Kind, Vec<&Change>> = BTreeMap::new();
    for c in changes {
        by_kind.entry(c.kind).or_default().push(c);
    }
    for (kind, list) in by_kind {
        let _ = writeln!(out, "\n#### {} ({})\n", kind.title(), list.len());
        for c in list {
            let _ = writeln!(out, "{}", line(c));
        }
    }
}

/// How many operations a line names before "and N more".
const OPS_SHOWN: usize = 3;

fn line(c: &Change) -> String {
    match c.operations.as_slice() {
        [] if c.kind.in_type() => format!(
            "- {}: {}; not used by any operation",
            code(&c.location),
            c.detail
        ),
        [] => format!("- {}: {}", code(&c.location), c.detail),
        [op] if c.location.starts_with(&op.operation) => {
            format!("- {} ({}): {}", code(&c.location), code(&op.rust), c.detail)
        }
        ops => {
            let shown: Vec<String> = ops
                .iter()
                .take(OPS_SHOWN)
                .map(|op| format!("{} ({})", code(&op.operation), code(&op.rust)))
                .collect();
            let more = match ops.len().saturating_sub(OPS_SHOWN) {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            format!(
                "- {}: {}; used by {}{more}",
                code(&c.location),
                c.detail,
                shown.join(", ")
            )
        }
    }
}

fn legend(out: &mut String, report: &Report) {
    // The rules of the kinds present, and always our choice about new error statuses.
    let mut kinds: BTreeSet<Kind> = report.changes.iter().map(|c| c.kind).collect();
    kinds.insert(Kind::ErrorStatusAdded);
    out.push_str("\n<details><summary>What counts as breaking</summary>\n\n");
    out.push_str(
        "Breaking: code written against the old generated crate may stop compiling, or calls \
         that worked may fail or decode differently. A type used in both requests and responses \
         breaks if either use breaks.\n\n",
    );
    for kind in kinds {
        let _ = writeln!(out, "- **{}**: {}", kind.title(), kind.rule());
    }
    out.push_str("\n</details>\n");
}
