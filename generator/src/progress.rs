//! What a run is doing, told to whoever shows it. The library reports phases through a
//! [`Progress`] it is given and knows nothing of terminals; by default nobody listens
//! ([`Silent`]). The CLI shows them on a terminal (`generator/src/progress_bar.rs`).
//!
//! Reports never change the output: they are made on the thread that runs the pipeline, in the
//! pipeline's own order, and carry nothing that depends on timing.

/// One step of a run, as [`generate_with`](crate::generate_with) and
/// [`write::apply_with`](crate::write::apply_with) go through them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase<'a> {
    /// Parsing and loading a document (its label), overlays and selection included.
    Reading { document: &'a str },
    /// Lowering a loaded document into the IR.
    Lowering { document: &'a str },
    /// Emitting a provider's files; `files`: how many the run has made so far.
    Emitting { provider: &'a str, files: usize },
    /// All files made (Rust, docs, manifest).
    Emitted { files: usize },
    /// Writing to disk: `written` of `total` files (added or changed) so far.
    Writing { written: usize, total: usize },
}

/// Receives the phases of a run (`Sync`: the run reports from the threads of its pool).
pub trait Progress: Sync {
    fn report(&self, phase: Phase<'_>);
}

/// Listens to nothing.
pub struct Silent;

impl Progress for Silent {
    fn report(&self, _: Phase<'_>) {}
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::{select::Selection, CrateOptions, Spec};

    /// Keeps every report, in order.
    #[derive(Default)]
    struct Recording(Mutex<Vec<String>>);

    impl Recording {
        /// The reports so far, taken.
        fn take(&self) -> Vec<String> {
            self.0
                .lock()
                .map(|mut r| std::mem::take(&mut *r))
                .unwrap_or_default()
        }
    }

    impl Progress for Recording {
        fn report(&self, phase: Phase<'_>) {
            if let Ok(mut reports) = self.0.lock() {
                reports.push(format!("{phase:?}"));
            }
        }
    }

    const DOC: &str = r#"openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /owners:
    get:
      operationId: listOwners
      tags: [owners]
      responses:
        '204': {description: none}
"#;

    fn spec(label: &str, module: &str) -> Spec {
        Spec {
            label: label.into(),
            module: module.into(),
            bytes: DOC.as_bytes().to_vec(),
            ..Spec::default()
        }
    }

    fn options() -> CrateOptions {
        CrateOptions {
            name: "pets-client".into(),
            version: "0.1.0".into(),
            standalone: true,
        }
    }

    #[test]
    fn the_library_reports_its_phases_in_order() {
        let specs = [spec("a.yaml", "a"), spec("b.yaml", "b")];
        let recording = Recording::default();
        let generated = crate::generate_with(&specs, &options(), &Selection::default(), &recording);
        let silent = crate::generate(&specs, &options());
        assert_eq!(generated.files, silent.files, "reports change nothing");
        // Provider `a`'s Rust files and docs pages are made before `b` is reported.
        let a_files = generated
            .files
            .keys()
            .filter(|p| p.starts_with("src/a") || p.starts_with("docs/a"))
            .count();
        let reports = recording.take();
        assert_eq!(
            reports,
            [
                r#"Reading { document: "a.yaml" }"#.to_owned(),
                r#"Lowering { document: "a.yaml" }"#.to_owned(),
                r#"Reading { document: "b.yaml" }"#.to_owned(),
                r#"Lowering { document: "b.yaml" }"#.to_owned(),
                r#"Emitting { provider: "a", files: 0 }"#.to_owned(),
                format!(r#"Emitting {{ provider: "b", files: {a_files} }}"#),
                format!("Emitted {{ files: {} }}", generated.files.len()),
            ]
        );

        let dir = tempfile::tempdir().unwrap();
        let changes = crate::write::plan(dir.path(), &generated.files).unwrap();
        let recording = Recording::default();
        crate::write::apply_with(dir.path(), &generated.files, &changes, &recording).unwrap();
        let total = generated.files.len();
        // Before the first file, then after each batch.
        let batch = crate::write::WRITE_BATCH;
        let expected: Vec<String> = std::iter::once(0)
            .chain((1..=total.div_ceil(batch)).map(|b| (b * batch).min(total)))
            .map(|written| format!("Writing {{ written: {written}, total: {total} }}"))
            .collect();
        assert_eq!(recording.take(), expected);
    }

    #[test]
    fn a_failed_load_stops_the_reports() {
        let mut broken = spec("bad.yaml", "bad");
        broken.bytes = b"openapi: [".to_vec();
        let recording = Recording::default();
        let generated =
            crate::generate_with(&[broken], &options(), &Selection::default(), &recording);
        assert!(generated.files.is_empty());
        assert_eq!(recording.take(), [r#"Reading { document: "bad.yaml" }"#]);
    }
}
