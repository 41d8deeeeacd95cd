//! `kontakt build`: check, then write every export whole, or (with `--check`) compare.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::check::{Run, report};
use super::diff::read_snapshot;
use super::{Fatal, Outcome};
use crate::cli::BuildArgs;
use crate::diagnostic::{Code, Finding};
use crate::export::{self, Export};
use crate::pipeline::{Settings, check_input, project_of};
use crate::source::{FileKind, Location};

/// Refuse an output folder that is, is inside, or contains the input or the reference data, or
/// is or contains the folder kontakt runs in.
fn refuse_overlap(out: &Path, args: &BuildArgs) -> Result<(), Fatal> {
    use crate::output::overlap::{Overlap, overlap};
    // One input file: its folder is the input folder.
    let input = match args.input.parent() {
        Some(parent) if args.input.is_file() => parent,
        _ => args.input.as_path(),
    };
    let input = if input.as_os_str().is_empty() {
        Path::new(".")
    } else {
        input
    };
    let protected = [
        ("the input folder", Some(input)),
        ("the reference data folder", args.common.schemas.as_deref()),
    ];
    for (what, path) in protected {
        let Some(path) = path else { continue };
        let how = match overlap(out, path) {
            None => continue,
            Some(Overlap::Same) => "is",
            Some(Overlap::Inside) => "is inside",
            Some(Overlap::Contains) => "contains",
        };
        return Err(Fatal(format!(
            "refusing to write to {}: it {how} {what} ({}), and replacing it would delete those files; choose another --out",
            out.display(),
            path.display()
        )));
    }
    if let Ok(here) = std::env::current_dir()
        && matches!(overlap(out, &here), Some(Overlap::Same | Overlap::Contains))
    {
        return Err(Fatal(format!(
            "refusing to write to {}: it {} the folder kontakt runs in; choose a folder below it, such as output",
            out.display(),
            if overlap(out, &here) == Some(Overlap::Same) {
                "is"
            } else {
                "contains"
            }
        )));
    }
    Ok(())
}

/// `kontakt build`: check, then write every export whole, or (with `--check`) compare.
/// Status lines go to `err`, so that stdout holds only the report in its format.
pub fn run(
    args: &BuildArgs,
    lang: crate::i18n::Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    let settings = Settings::new(&args.input, &args.common)?;
    if args.input.is_file() && args.out.is_none() {
        return Err(Fatal(format!(
            "{} is one file: its exports would replace the whole directory in output with that file's contacts alone; build the input folder, or give --out DIR for an export of this file",
            args.input.display()
        )));
    }
    // `./output/.` is `./output`.
    let target: PathBuf = args
        .out
        .clone()
        .unwrap_or_else(|| project_of(&args.input).join("output"))
        .components()
        .collect();
    refuse_overlap(&target, args)?;
    let checked = check_input(&settings)?;
    let io = |e: std::io::Error| Fatal(format!("cannot write the report: {e}"));
    let shown = target.display();
    let export = Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        args.as_of.as_deref(),
    );
    let files = crate::output::manifest::seal(export::files(&export, args.vcard_version));
    let mut run = Run {
        command: format!(
            "kontakt build{} {}",
            if args.check { " --check" } else { "" },
            args.input.display()
        ),
        output: target.clone(),
        exports: Vec::new(),
        lang,
    };
    if args.check {
        // Compared even when the input has errors: a pull request that breaks a cell and
        // forgets to rebuild hears about both.
        let errors = checked
            .findings
            .iter()
            .any(|f| f.severity == crate::diagnostic::Severity::Error);
        let rebuild = format!(
            "{}run `kontakt build {} --out {shown}` and commit {shown}",
            if errors {
                "fix the errors above, then "
            } else {
                ""
            },
            args.input.display()
        );
        run.exports = crate::output::differences(&target, &files)
            .into_iter()
            .map(|(rel, why)| {
                Finding::at(
                    Code::ExportStale,
                    &Location::file(target.join(&rel).display().to_string(), FileKind::Text),
                    crate::tr!("export-stale", file = &rel, reason = why.to_string()),
                )
                .with_help(if errors {
                    crate::tr!(
                        "export-stale-help-errors",
                        input = args.input.display().to_string(),
                        out = shown.to_string()
                    )
                } else {
                    crate::tr!(
                        "export-stale-help",
                        input = args.input.display().to_string(),
                        out = shown.to_string()
                    )
                })
            })
            .collect();
        let outcome = report(&checked, &settings, &args.common, &run, out, err)?;
        if run.exports.is_empty() {
            writeln!(
                err,
                "kontakt: {shown} is up to date ({} files)",
                files.len()
            )
            .map_err(io)?;
        } else {
            writeln!(
                err,
                "kontakt: {shown} is not what `kontakt build` writes from the input; {rebuild}"
            )
            .map_err(io)?;
        }
        return Ok(outcome);
    }
    let outcome = report(&checked, &settings, &args.common, &run, out, err)?;
    if outcome == Outcome::Failed {
        let what = if checked
            .findings
            .iter()
            .any(|f| f.severity == crate::diagnostic::Severity::Error)
        {
            "the errors"
        } else {
            "the warnings (--deny-warnings)"
        };
        writeln!(err, "kontakt: {shown} not written: fix {what} above first").map_err(io)?;
        return Ok(Outcome::Failed);
    }
    // Against the folder it replaces, said once it has been replaced.
    let changes = read_snapshot(&target.join("contacts.json"))
        .ok()
        .map(|old| {
            let new = crate::diff::Snapshot::of_json(&files["contacts.json"]);
            crate::diff::render::human(&crate::diff::diff(&old, &new), lang)
        });
    let written = crate::output::write(&target, &files, args.force).map_err(|e| match e {
        crate::output::Error::Foreign { .. } | crate::output::Error::Busy(_) => {
            Fatal(e.to_string())
        }
        _ => Fatal(format!("{e}; {shown} is unchanged")),
    })?;
    if let Some(e) = written.leftover {
        writeln!(
            err,
            "kontakt: warning: {shown} is written, but {e}; remove that folder (the next build tries again)"
        )
        .map_err(io)?;
    }
    if let Some(changes) = changes.filter(|_| !args.common.quiet) {
        write!(err, "kontakt: changes against {shown}:\n{changes}").map_err(io)?;
    }
    writeln!(err, "kontakt: wrote {} files to {shown}", files.len()).map_err(io)?;
    std::mem::forget(checked);
    Ok(Outcome::Clean)
}
