//! The Markdown summary at the edge: where it goes (`--summary FILE`, else GitHub's
//! `$GITHUB_STEP_SUMMARY`), and the directory it compares the input with (`--base`, else the
//! output folder's contacts.json).

use std::io::Write;
use std::path::Path;

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

/// The variable GitHub Actions sets to the file a step's summary is appended to.
pub const GITHUB_STEP_SUMMARY: &str = "GITHUB_STEP_SUMMARY";

/// Write the summary when one is asked for: `--summary FILE` (replaced) or
/// `$GITHUB_STEP_SUMMARY` (appended to, as GitHub expects from every step).
pub fn write(
    checked: &Checked,
    settings: &Settings,
    common: &CommonArgs,
    run: &Run,
    findings: &[Finding],
    summary: &Summary,
) -> Result<(), Fatal> {
    let (path, append) = match &common.summary {
        Some(path) => (path.clone(), false),
        None => match std::env::var_os(GITHUB_STEP_SUMMARY) {
            Some(p) if !p.is_empty() => (p.into(), true),
            _ => return Ok(()),
        },
    };
    let text = markdown::render(&StepSummary {
        command: &run.command,
        findings,
        summary,
        changes: changes(checked, settings, common, run)?,
    });
    let written = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .append(append)
        .truncate(!append)
        .open(&path)
        .and_then(|mut file| file.write_all(text.as_bytes()));
    written.map_err(|e| {
        Fatal(format!(
            "cannot write the summary to {}: {e}",
            path.display()
        ))
    })
}

/// The input's directory against the base's.
fn changes(
    checked: &Checked,
    settings: &Settings,
    common: &CommonArgs,
    run: &Run,
) -> Result<Changes, Fatal> {
    let base = match &common.base {
        Some(path) => path.clone(),
        None => {
            let default = run.output.join("contacts.json");
            if !default.exists() {
                return Ok(Changes::None(format!(
                    "No {} to compare with (give --base FILE).",
                    default.display()
                )));
            }
            default
        }
    };
    let old = read_snapshot(&base)?;
    let export = Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        None,
    );
    let d = diff::diff(&old, &Snapshot::of(&export));
    let mut markdown = diff::render::markdown(&d);
    if checked
        .findings
        .iter()
        .any(|f| f.severity == crate::diagnostic::Severity::Error)
    {
        markdown.push_str(
            "\nThe input has errors: the contacts are compared as kontakt could read them.\n",
        );
    }
    Ok(Changes::Diff {
        base: shown(&base),
        markdown,
    })
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}
