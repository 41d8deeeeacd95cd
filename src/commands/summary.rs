//! The Markdown summary at the edge: where it goes (`--summary FILE`, else GitHub's
//! `$GITHUB_STEP_SUMMARY`), and the directory it compares the input with (`--base`, else the
//! output folder's contacts.json).

use std::io::Write;

use super::Fatal;
use super::check::Run;
use super::diff::read_snapshot;
use crate::cli::CommonArgs;
use crate::diagnostic::{Finding, Severity};
use crate::diff::{self, Snapshot};
use crate::export::Export;
use crate::pipeline::{Checked, Settings};
use crate::report::Summary;
use crate::report::markdown::{self, Changes, StepSummary};

/// The variable GitHub Actions sets to the file a step's summary is appended to.
pub const GITHUB_STEP_SUMMARY: &str = "GITHUB_STEP_SUMMARY";

/// What the run found, as the report counted it.
pub struct Tally<'a> {
    /// Every finding of the run, notes included.
    pub findings: &'a [Finding],
    pub summary: &'a Summary,
    /// The run fails (exit 1).
    pub failed: bool,
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
    let (path, append) = match &common.summary {
        Some(path) => (path.clone(), false),
        None => match std::env::var_os(GITHUB_STEP_SUMMARY) {
            Some(p) if !p.is_empty() => (p.into(), true),
            _ => return Ok(()),
        },
    };
    let changes = changes(checked, settings, common, run);
    if let Changes::Unreadable(why) = &changes {
        writeln!(err, "kontakt: warning: the summary shows no changes: {why}")?;
    }
    let text = markdown::render(&StepSummary {
        command: &run.command,
        findings: tally.findings,
        summary: tally.summary,
        failed: tally.failed,
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
        writeln!(
            err,
            "kontakt: warning: cannot write the summary to {}: {e}",
            path.display()
        )?;
    }
    Ok(())
}

/// The input's directory against the base's: as `kontakt diff` says it, and only when it would
/// (the whole input folder, without errors).
fn changes(checked: &Checked, settings: &Settings, common: &CommonArgs, run: &Run) -> Changes {
    if settings.input.is_file() {
        return Changes::None(format!(
            "{} is one file: the change to the directory is measured on the whole input folder.",
            settings.input.display()
        ));
    }
    let errors = checked
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if errors > 0 {
        return Changes::None(format!(
            "The input has {errors} error{}: the change to the directory is shown once they are fixed (as `kontakt diff` does), since a row with an error is not read as meant.",
            if errors == 1 { "" } else { "s" }
        ));
    }
    let base = match &common.base {
        Some(path) => path.clone(),
        None => {
            let default = run.output.join("contacts.json");
            if !default.exists() {
                return Changes::None(format!(
                    "No {} to compare with (give --base FILE).",
                    default.display()
                ));
            }
            default
        }
    };
    let old = match read_snapshot(&base) {
        Ok(old) => old,
        Err(Fatal(why)) => return Changes::Unreadable(why),
    };
    let export = Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        None,
    );
    Changes::Diff {
        base: base.display().to_string(),
        markdown: diff::render::markdown(&diff::diff(&old, &Snapshot::of(&export))),
    }
}
