//! The CLI's view of [`generator::progress`]: a spinner on stderr with the phase and the count
//! of files made or written. Shown only when stderr is a terminal, and only once the run has
//! taken longer than [`DELAY`]; cleared by [`Bar::finish`] before anything else is printed, so
//! what a run prints is the same with or without it, and nothing at all changes off a terminal.

use std::io::IsTerminal;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

use generator::progress::{Phase, Progress};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A run shorter than this shows nothing.
const DELAY: Duration = Duration::from_secs(1);

/// How often the spinner turns while a phase lasts.
const TICK: Duration = Duration::from_millis(120);

pub struct Bar {
    /// Hidden until [`DELAY`] has passed.
    bar: ProgressBar,
    /// The thread that shows the bar after [`DELAY`] unless told to stop first (by the sender
    /// being dropped). None off a terminal.
    shower: Option<(mpsc::Sender<()>, JoinHandle<()>)>,
}

impl Bar {
    /// A bar on stderr if it is a terminal (else one that never draws).
    pub fn start() -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{spinner} [{elapsed}] {wide_msg}") {
            bar.set_style(style);
        }
        if !std::io::stderr().is_terminal() {
            return Self { bar, shower: None };
        }
        let (stop, stopped) = mpsc::channel::<()>();
        let shown = bar.clone();
        let shower = std::thread::Builder::new()
            .name("progress".into())
            .spawn(move || {
                if stopped.recv_timeout(DELAY) == Err(RecvTimeoutError::Timeout) {
                    shown.set_draw_target(ProgressDrawTarget::stderr());
                    shown.enable_steady_tick(TICK);
                }
            })
            .ok()
            .map(|handle| (stop, handle));
        Self { bar, shower }
    }

    /// Clears the bar; it never shows again. Call before printing diagnostics or a summary.
    pub fn finish(&mut self) {
        if let Some((stop, handle)) = self.shower.take() {
            drop(stop);
            // The bar is shown now or never: clearing it after this cannot be undone.
            let _ = handle.join();
        }
        self.bar.finish_and_clear();
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.finish();
    }
}

impl Progress for Bar {
    fn report(&self, phase: Phase<'_>) {
        let message = match phase {
            Phase::Reading { document } => format!("reading {document}"),
            Phase::Lowering { document } => format!("lowering {document}"),
            Phase::Emitting { provider, files: 0 } => format!("emitting {provider}"),
            Phase::Emitting { provider, files } => {
                format!("emitting {provider} ({files} files made so far)")
            }
            Phase::Emitted { files } => format!("emitted {files} files"),
            Phase::Writing { written, total } => {
                format!("writing: {written}/{total} files written")
            }
        };
        self.bar.set_message(message);
    }
}
