//! Progress on a terminal (indicatif) for a run that takes more than a moment: files read, then
//! the checks across files. Nothing is drawn when stderr is not a terminal, with `--quiet`, or
//! for an input small enough to be read in an instant.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::i18n::{Lang, Text};
use crate::tr;

/// Below this many bytes of input a check takes well under a second: no progress is shown.
pub const MIN_BYTES: u64 = 4 << 20;

/// A progress bar, or nothing.
#[derive(Clone, Default)]
pub struct Progress {
    bar: Option<ProgressBar>,
    lang: Option<Lang>,
}

impl Progress {
    /// Progress over `files` files of `bytes` bytes in all, in `lang`; `None` for no progress
    /// (`--quiet`). Drawn only when stderr is a terminal (indicatif checks) and the input is
    /// large.
    pub fn files(lang: Option<Lang>, files: usize, bytes: u64) -> Self {
        let Some(lang) = lang.filter(|_| bytes >= MIN_BYTES) else {
            return Progress::default();
        };
        let bar = ProgressBar::with_draw_target(
            Some(u64::try_from(files).unwrap_or(u64::MAX)),
            ProgressDrawTarget::stderr(),
        );
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len} {elapsed}")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(tr!("progress-reading").render(lang));
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress {
            bar: Some(bar),
            lang: Some(lang),
        }
    }

    /// One more file read.
    pub fn file_done(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// What the run does now (`checking the directory`).
    pub fn stage(&self, text: Text) {
        if let (Some(bar), Some(lang)) = (&self.bar, self.lang) {
            bar.set_message(text.render(lang));
        }
    }

    /// Remove the bar: the report follows.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
