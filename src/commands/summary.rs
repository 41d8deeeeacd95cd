//! The Markdown summary at the edge: where it goes (`--summary FILE`, else GitHub's
//! `$GITHUB_STEP_SUMMARY`), and the directory it compares the input with (`--base`, else the
//! output folder's contacts.json).

use std::io::Write;

use super::Fatal;
use super::check::Run;
use super::diff::read_snapshot;
use crate::cli::CommonArgs;
use crate::diagnostic::Finding;
use crate::diff::{self, Snapshot};
use crate::export::Export;
use crate::pipeline::{Checked, Settings};
use crate::report::Summary;
use crate::report::markdown::{self, Changes, StepSummary};
use crate::tr;

/// The variable GitHub Actions sets to the file a step's summary is appended to.
pub const GITHUB_STEP_SUMMARY: &str = "GITHUB_STEP_SUMMARY";

/// What the run found, as the report counted it.
pub struct Tally<'a> {
    /// Every finding of the run, notes included.
    pub findings: &'a [&'a Finding],
    pub summary: &'a Summary,
    /// The run fails (exit 1).
    pub failed: bool,
}

/// Where the summary goes, and whether it is appended to: `None` when none is asked for.
pub fn destination(common: &CommonArgs) -> Option<(std::path::PathBuf, bool)> {
    match &common.summary {
        Some(path) => Some((path.clone(), false)),
        None => match std::env::var_os(GITHUB_STEP_SUMMARY) {
            Some(p) if !p.is_empty() => Some((p.into(), true)),
            _ => None,
        },
    }
}

/// Write the summary when one is asked for: `--summary FILE` (replaced) or
/// `$GITHUB_STEP_SUMMARY` (appended to, as GitHub expects from every step). A summary that cannot
/// be written is a warning on `err`: the report and the exit code stand without it.
pub fn write(
    checked: &Checked,
    settings: &Settings,
    common: &CommonArgs,
    run: &Run,
    tally: &Tally<'_>,
    err: &mut dyn Write,
) -> std::io::Result<()> {
    let Some((path, append)) = destination(common) else {
        return Ok(());
    };
    let changes = changes(checked, settings, common, run);
    if let Changes::Unreadable(why) = &changes {
        let reason = why.render(run.lang);
        writeln!(
            err,
            "{}",
            tr!("summary-warn-no-changes", reason = reason).render(run.lang)
        )?;
    }
    let text = markdown::render(&StepSummary {
        command: &run.command,
        findings: tally.findings,
        summary: tally.summary,
        failed: tally.failed,
        deny_warnings: common.deny_warnings,
        lang: run.lang,
        changes,
    });
    let written = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .append(append)
        .truncate(!append)
        .open(&path)
        .and_then(|mut file| file.write_all(text.as_bytes()));
    if let Err(e) = written {
        let warning = tr!(
            "summary-warn-unwritable",
            file = path.display().to_string(),
            reason = crate::i18n::io_reason(&e)
        );
        writeln!(err, "{}", warning.render(run.lang))?;
    }
    Ok(())
}

/// The input's directory against the base's: as `kontakt diff` says it, and only when it would
/// (the whole input folder, without errors).
fn changes(checked: &Checked, settings: &Settings, common: &CommonArgs, run: &Run) -> Changes {
    if settings.input.is_file() {
        return Changes::None(tr!(
            "summary-one-file",
            file = settings.input.display().to_string()
        ));
    }
    let errors = checked.errors();
    if errors > 0 {
        return Changes::None(tr!("summary-has-errors", n = errors));
    }
    let base = match &common.base {
        Some(path) => path.clone(),
        None => {
            let default = run.output.join("contacts.json");
            if !default.exists() {
                return Changes::None(tr!("summary-no-base", file = default.display().to_string()));
            }
            default
        }
    };
    let old = match read_snapshot(&base) {
        Ok(old) => old,
        Err(Fatal(why)) => {
            let reason = why.render(run.lang);
            return Changes::Unreadable(tr!("summary-base-unreadable", reason = reason));
        }
    };
    let export = Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        None,
    );
    Changes::Diff {
        base: base.display().to_string(),
        markdown: diff::render::markdown(&diff::diff(&old, &Snapshot::of(&export)), run.lang),
    }
}
