//! `kontakt diff OLD NEW`: what changed between two directories.

use std::io::Write;
use std::path::Path;

use super::{Fatal, Outcome};
use crate::cli::{DiffArgs, DiffFormat};
use crate::export::Export;
use crate::pipeline::{Settings, check_input};
use crate::tr;

/// A `contacts.json` written by build.
pub fn read_snapshot(path: &Path) -> Result<crate::diff::Snapshot, Fatal> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| {
        Fatal(tr!(
            "cmd-cannot-read",
            path = &shown,
            reason = crate::i18n::io_reason(&e)
        ))
    })?;
    // Read as it is parsed: a large contacts.json is never held as text.
    serde_json::from_reader(std::io::BufReader::new(file)).map_err(|e| {
        Fatal(tr!(
            "cmd-diff-not-snapshot",
            file = &shown,
            reason = crate::i18n::json_reason(&e)
        ))
    })
}

/// One side of a diff: a `contacts.json`, or an input folder checked and built in memory.
fn snapshot(path: &Path, schemas: Option<&Path>) -> Result<crate::diff::Snapshot, Fatal> {
    if !path.is_dir() {
        return read_snapshot(path);
    }
    let shown = path.display().to_string();
    let settings = Settings::load(path, schemas)?;
    let checked = check_input(&settings)?;
    let errors = checked.errors();
    if errors > 0 {
        return Err(Fatal(tr!(
            "cmd-diff-has-errors",
            input = &shown,
            n = errors
        )));
    }
    let export = Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        None,
    );
    Ok(crate::diff::Snapshot::of(&export))
}

/// `kontakt diff OLD NEW`.
pub fn run(
    args: &DiffArgs,
    lang: crate::i18n::Lang,
    out: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    let old = snapshot(&args.old, args.schemas.as_deref())?;
    let new = snapshot(&args.new, args.schemas.as_deref())?;
    let d = crate::diff::diff(&old, &new);
    let text = match args.format {
        DiffFormat::Human => crate::diff::render::human(&d, lang),
        DiffFormat::Json => crate::diff::render::json(&d),
        DiffFormat::Markdown => crate::diff::render::markdown(&d, lang),
    };
    super::to_reader(out.write_all(text.as_bytes()))
        .map_err(|e| Fatal(tr!("cmd-cannot-write", reason = crate::i18n::io_reason(&e))))?;
    Ok(if args.exit_code && !d.is_empty() {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}
