//! `generator update` against a local HTTP server serving Polar's published 2026-04 and 2026-10
//! documents (read from `../shared/upstream` at test time), a 500, a truncated body, an HTML page
//! and a JSON document that is not OpenAPI.

use std::fs;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn upstream(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/upstream/polar")
        .join(name);
    fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Serves one response per path on 127.0.0.1; returns the base URL.
fn serve(old: Vec<u8>, new: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&buf[..n]),
                }
            }
            let text = String::from_utf8_lossy(&request);
            let path = text.split_whitespace().nth(1).unwrap_or("/").to_owned();
            let json = "application/json";
            let (status, content_type, body, sent): (&str, &str, &[u8], usize) = match path.as_str()
            {
                "/2026-04.json" => ("200 OK", json, &old, usize::MAX),
                "/2026-10.json" => ("200 OK", json, &new, usize::MAX),
                "/truncated.json" => ("200 OK", json, &new, new.len() / 2),
                "/html" => (
                    "200 OK",
                    "text/html; charset=utf-8",
                    b"<!DOCTYPE html><html><body>Sign in</body></html>",
                    usize::MAX,
                ),
                "/not-openapi.json" => ("200 OK", json, b"{\"hello\": \"world\"}", usize::MAX),
                _ => (
                    "500 Internal Server Error",
                    "text/plain",
                    b"oops",
                    usize::MAX,
                ),
            };
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body[..sent.min(body.len())]);
        }
    });
    base
}

fn config(url: &str) -> String {
    format!(
        "document = \"polar.openapi.json\"\nurl = \"{url}\"\n[select]\npaths = [\"/v1/webhooks/endpoints\"]\n"
    )
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_generator"))
        .current_dir(dir)
        .arg("update")
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn update_refuses_what_does_not_load_and_writes_what_does() {
    let (old, new) = (
        upstream("2026-04.openapi.json"),
        upstream("2026-10.openapi.json"),
    );
    assert_ne!(old, new);
    let base = serve(old.clone(), new.clone());
    let dir = tempfile::tempdir().unwrap();
    let specs = dir.path().join("specs");
    fs::create_dir(&specs).unwrap();
    let document: PathBuf = specs.join("polar.openapi.json");
    fs::write(&document, &old).unwrap();
    fs::write(specs.join("other.yaml"), OTHER).unwrap();
    fs::write(specs.join("other.toml"), "document = \"other.yaml\"\n").unwrap();
    let toml = specs.join("polar.toml");
    let generated = dir.path().join("generated");

    // The committed document is what is published: --check passes; a provider without url is
    // skipped with a note.
    fs::write(&toml, config(&format!("{base}/2026-04.json"))).unwrap();
    let out = run(dir.path(), &["--check"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("up to date"), "{}", text(&out));
    assert!(
        text(&out).contains("note: specs/other.toml: no `url`"),
        "{}",
        text(&out)
    );
    // Named explicitly, a provider without url is an error.
    let out = run(dir.path(), &["--check", "other"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("error: specs/other.toml: no `url`"),
        "{}",
        text(&out)
    );

    // Each bad response is refused and the committed file kept byte for byte.
    for (path, why) in [
        ("/broken", "500"),
        ("/truncated.json", "refused"),
        ("/html", "HTML"),
        ("/not-openapi.json", "not an OpenAPI document"),
    ] {
        fs::write(&toml, config(&format!("{base}{path}"))).unwrap();
        let out = run(dir.path(), &["polar"]);
        eprintln!("{path}:\n{}", text(&out));
        assert_eq!(out.status.code(), Some(1), "{path}: {}", text(&out));
        assert!(text(&out).contains(why), "{path}: {}", text(&out));
        assert!(
            text(&out).contains("polar.openapi.json kept"),
            "{path}: {}",
            text(&out)
        );
        assert!(
            fs::read(&document).unwrap() == old,
            "{path}: the old file is kept"
        );
        assert!(!generated.exists(), "{path}: nothing generated");
    }

    // A new version: --check reports it and fails, writing nothing.
    fs::write(&toml, config(&format!("{base}/2026-10.json"))).unwrap();
    let out = run(dir.path(), &["--check"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("differs from"), "{}", text(&out));
    assert!(text(&out).contains("## API changes"), "{}", text(&out));
    assert!(fs::read(&document).unwrap() == old);
    assert!(!generated.exists());

    // Without --check: written, the report printed, the crate regenerated.
    let out = run(dir.path(), &[]);
    eprintln!("update:\n{}", text(&out));
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("polar.openapi.json updated from"),
        "{}",
        text(&out)
    );
    assert!(stdout.contains("## API changes"), "{}", text(&out));
    assert!(
        fs::read(&document).unwrap() == new,
        "the new document is written as served"
    );
    assert!(
        generated.join("src/polar/webhooks.rs").exists(),
        "{}",
        text(&out)
    );
    assert!(
        generated.join("src/other/pets.rs").exists(),
        "{}",
        text(&out)
    );
    let leftovers: Vec<_> = fs::read_dir(&specs)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // And now it is up to date.
    let out = run(dir.path(), &["--check"]);
    assert!(out.status.success(), "{}", text(&out));
}

const OTHER: &str = r#"openapi: 3.0.3
info: {title: Other, version: "1"}
paths:
  /pets:
    get:
      tags: [pets]
      operationId: listPets
      responses:
        "204": {description: none}
"#;
