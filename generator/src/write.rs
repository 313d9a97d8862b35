//! Writing the generated files: only what changed, each file atomically, orphans removed;
//! and the check mode that reports stale, missing and orphan files without writing.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// How many files are written in parallel between two progress reports.
pub(crate) const WRITE_BATCH: usize = 32;

/// What differs between the files we would write and the directory.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Files to create.
    pub added: Vec<PathBuf>,
    /// Files whose content differs.
    pub changed: Vec<PathBuf>,
    /// Files in the directory that we would not write.
    pub orphans: Vec<PathBuf>,
    /// Files already up to date.
    pub unchanged: usize,
}

impl Changes {
    /// Whether nothing needs writing.
    pub fn is_clean(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.orphans.is_empty()
    }
}

/// Directories and files in an output directory that are never ours.
fn ignored(relative: &Path) -> bool {
    let first = relative
        .components()
        .next()
        .and_then(|c| c.as_os_str().to_str())
        .unwrap_or("");
    first == "target" || first.starts_with('.') || relative == Path::new("Cargo.lock")
}

fn existing(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let mut entries: Vec<_> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let relative = path.strip_prefix(base).unwrap_or(&path).to_path_buf();
        if ignored(&relative) {
            continue;
        }
        if entry.file_type()?.is_dir() {
            existing(&path, base, out)?;
        } else {
            out.push(relative);
        }
    }
    Ok(())
}

/// Compares `files` (paths relative to `dir`) with what is in `dir`.
pub fn plan(dir: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) -> io::Result<Changes> {
    let mut changes = Changes::default();
    for (relative, contents) in files {
        match fs::read(dir.join(relative)) {
            Ok(current) if &current == contents => changes.unchanged += 1,
            Ok(_) => changes.changed.push(relative.clone()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => changes.added.push(relative.clone()),
            Err(e) => return Err(e),
        }
    }
    let mut present = Vec::new();
    existing(dir, dir, &mut present)?;
    changes.orphans = present
        .into_iter()
        .filter(|p| !files.contains_key(p))
        .collect();
    Ok(changes)
}

/// Writes what `plan` found different: each file through a temporary file and a rename.
pub fn apply(dir: &Path, files: &BTreeMap<PathBuf, Vec<u8>>, changes: &Changes) -> io::Result<()> {
    apply_with(dir, files, changes, &crate::progress::Silent)
}

/// [`apply`], reporting each file written to `progress`.
pub fn apply_with(
    dir: &Path,
    files: &BTreeMap<PathBuf, Vec<u8>>,
    changes: &Changes,
    progress: &dyn crate::progress::Progress,
) -> io::Result<()> {
    let to_write: Vec<&PathBuf> = changes.added.iter().chain(&changes.changed).collect();
    let total = to_write.len();
    let report = |written| progress.report(crate::progress::Phase::Writing { written, total });
    report(0);
    // Each directory once, then the files in parallel batches (progress reported between them,
    // on this thread).
    let parents: BTreeSet<&Path> = to_write.iter().filter_map(|r| r.parent()).collect();
    for parent in parents {
        fs::create_dir_all(dir.join(parent))?;
    }
    let mut done = 0;
    for batch in to_write.chunks(WRITE_BATCH) {
        batch.par_iter().try_for_each(|relative| {
            let target = dir.join(relative);
            let tmp = target.with_extension("generator-tmp");
            fs::write(&tmp, &files[*relative])?;
            fs::rename(&tmp, &target)
        })?;
        done += batch.len();
        report(done);
    }
    for relative in &changes.orphans {
        fs::remove_file(dir.join(relative))?;
        let mut parent = dir.join(relative).parent().map(Path::to_path_buf);
        while let Some(p) = parent {
            if p == dir
                || fs::read_dir(&p)
                    .map(|mut d| d.next().is_some())
                    .unwrap_or(true)
            {
                break;
            }
            fs::remove_dir(&p)?;
            parent = p.parent().map(Path::to_path_buf);
        }
    }
    Ok(())
}

/// Replaces one file atomically: the bytes go to a temporary file beside it, then a rename.
pub fn atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.generator-tmp"));
    fs::write(&tmp, bytes)?;
    fs::rename(&tmp, path).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

/// A unified diff of the file `relative` in `dir` (as it is) against `contents` (what would
/// be written), cut after `max_lines` lines.
pub fn stale_diff(
    dir: &Path,
    relative: &Path,
    contents: &[u8],
    max_lines: usize,
) -> io::Result<String> {
    let current = fs::read(dir.join(relative))?;
    let (old, new) = (
        String::from_utf8_lossy(&current),
        String::from_utf8_lossy(contents),
    );
    let label = dir.join(relative).display().to_string();
    let text = similar::TextDiff::from_lines(old.as_ref(), new.as_ref())
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("{label} (on disk)"),
            &format!("{label} (generated)"),
        )
        .to_string();
    Ok(first_lines(&text, max_lines))
}

/// The first `max` lines of `text`, and how many more there were.
fn first_lines(text: &str, max: usize) -> String {
    let total = text.lines().count();
    let mut out: String = text.lines().take(max).flat_map(|l| [l, "\n"]).collect();
    if total > max {
        out.push_str(&format!("... ({} more diff lines)\n", total - max));
    }
    out
}
