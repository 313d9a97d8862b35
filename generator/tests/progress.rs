//! Progress is shown only on a terminal: off one (here stderr is a pipe), `generate` prints the
//! diagnostics and the counts and nothing else, however long the run.

use std::process::Command;

#[test]
fn generate_prints_nothing_extra_when_stderr_is_not_a_terminal() {
    let out_dir = tempfile::tempdir().unwrap();
    let specs = tempfile::tempdir().unwrap();
    std::fs::write(specs.path().join("many.yaml"), many_operations(500)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(["generate", "--specs"])
        .arg(specs.path())
        .arg("--out")
        .arg(out_dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(
        !stderr.contains(['\r', '\u{1b}']),
        "no terminal control: {stderr:?}"
    );
    let mut lines: Vec<&str> = stderr.lines().collect();
    let counts = lines.pop().unwrap_or_default();
    assert!(
        counts.starts_with("0 error(s), ") && counts.ends_with(" warning(s)"),
        "{stderr}"
    );
    let warnings: usize = counts["0 error(s), ".len()..counts.len() - " warning(s)".len()]
        .parse()
        .unwrap();
    assert_eq!(lines.len(), warnings, "{stderr}");
    assert_eq!(warnings, 2, "{stderr}");
    assert!(lines.iter().all(|l| l.starts_with("warning: ")), "{stderr}");
}

/// A document of `n` operations (a run of over a second in a debug build, long enough that a
/// terminal would show progress), every 250th with a warning located in the file.
fn many_operations(n: usize) -> String {
    let mut doc = String::from("openapi: 3.0.3\ninfo: {title: Many, version: '1'}\npaths:\n");
    for i in 0..n {
        let extra = if i % 250 == 0 {
            "x-pagination: {style: nowhere}"
        } else {
            "description: x"
        };
        doc.push_str(&format!(
            "  /things{i}:\n    get:\n      operationId: getThing{i}\n      tags: [group{}]\n      \
             {extra}\n      responses:\n        '200':\n          description: ok\n          \
             content:\n            application/json:\n              schema: {{type: object, \
             properties: {{id: {{type: string}}, n: {{type: integer}}}}}}\n",
            i % 20
        ));
    }
    doc
}
