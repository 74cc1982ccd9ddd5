//! The progress bar on standard error, shown only when standard error is a terminal.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;

/// A byte-counting progress bar, or nothing (hidden) when standard error is not a
/// terminal or `--quiet` was given.
#[derive(Debug, Clone)]
pub struct Progress {
    /// The bar (hidden when not drawn).
    bar: ProgressBar,
}

impl Progress {
    /// A bar over the inputs `paths` (their total size is read from the file system).
    pub fn new(paths: &[PathBuf], quiet: bool) -> Self {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress { bar: ProgressBar::hidden() };
        }
        let bar = match crate::input::total_bytes(paths) {
            Some(total) => {
                let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
                if let Ok(style) = ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
                ) {
                    bar.set_style(style);
                }
                bar
            }
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
        };
        Progress { bar }
    }

    /// Counts `bytes` more input as done, and `docs` more documents.
    pub fn advance(&self, bytes: u64, docs: u64, total_docs: u64) {
        self.bar.inc(bytes);
        if docs > 0 && !self.bar.is_hidden() {
            self.bar.set_message(format!("{total_docs} docs"));
        }
    }

    /// Runs `f` (which writes to standard error) with the bar out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
