//! `kontakt build`: check, then write every export whole, or (with `--check`) compare.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::check::{Run, report};
use super::diff::read_snapshot;
use super::{Fatal, Outcome};
use crate::cli::BuildArgs;
use crate::diagnostic::{Code, Finding};
use crate::export::{self, Export};
use crate::i18n::Lang;
use crate::output::Difference;
use crate::pipeline::{Settings, check_input, project_of};
use crate::source::{FileKind, Location};
use crate::tr;

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
    // `what` and `how` choose the words in locales/*/commands.ftl.
    // The project's schemas/ (recipients.json lives there) even when --schemas is not given.
    let project_schemas = project_of(&args.input).join("schemas");
    let protected = [
        ("input", Some(input)),
        ("schemas", args.common.schemas.as_deref()),
        (
            "schemas",
            project_schemas
                .is_dir()
                .then_some(project_schemas.as_path()),
        ),
    ];
    for (what, path) in protected {
        let Some(path) = path else { continue };
        let how = match overlap(out, path) {
            None => continue,
            Some(Overlap::Same) => "same",
            Some(Overlap::Inside) => "inside",
            Some(Overlap::Contains) => "contains",
        };
        return Err(Fatal(tr!(
            "cmd-build-refuse-overlap",
            out = out.display().to_string(),
            how = how,
            what = what,
            path = path.display().to_string()
        )));
    }
    if let Ok(here) = std::env::current_dir()
        && matches!(overlap(out, &here), Some(Overlap::Same | Overlap::Contains))
    {
        let how = if overlap(out, &here) == Some(Overlap::Same) {
            "same"
        } else {
            "contains"
        };
        return Err(Fatal(tr!(
            "cmd-build-refuse-here",
            out = out.display().to_string(),
            how = how
        )));
    }
    Ok(())
}

/// `kontakt build`: check, then write every export whole, or (with `--check`) compare.
/// Status lines go to `err`, so that stdout holds only the report in its format.
pub fn run(
    args: &BuildArgs,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Fatal> {
    let settings = Settings::new(&args.input, &args.common, lang)?;
    if args.input.is_file() && args.out.is_none() {
        return Err(Fatal(tr!(
            "cmd-build-one-file",
            input = args.input.display().to_string()
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
    let io = |e: std::io::Error| {
        Fatal(tr!(
            "cmd-cannot-write-report",
            reason = crate::i18n::io_reason(&e)
        ))
    };
    let shown = target.display().to_string();
    // The command a stale output is told to run: the input and every option that changes the
    // exports, so that running it makes `build --check` pass.
    let mut input = args.input.display().to_string();
    if let Some(schemas) = &args.common.schemas {
        input.push_str(&format!(" --schemas {}", schemas.display()));
    }
    if let Some(date) = &args.as_of {
        input.push_str(&format!(" --as-of {date}"));
    }
    if args.vcard_version != export::vcard::Version::default() {
        input.push_str(" --vcard-version 4.0");
    }
    if args.outlook_cards {
        input.push_str(" --outlook-cards");
    }
    let export = Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        args.as_of.as_deref(),
    );
    let options = export::Options {
        vcard: args.vcard_version,
        outlook_cards: args.outlook_cards,
    };
    let files = export::plan(&export, options);
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
        let errors = checked.errors() > 0;
        let differences = crate::output::differences(&target, &files);
        // A file edited by hand, or one kontakt did not write, is replaced only with --force.
        if differences.iter().any(|(_, why)| {
            matches!(
                why,
                Difference::ChangedByHand | Difference::Differs | Difference::Foreign(_)
            )
        }) {
            input.push_str(" --force");
        }
        run.exports = differences
            .into_iter()
            .map(|(rel, why)| {
                Finding::at(
                    Code::ExportStale,
                    &Location::file(target.join(&rel).display().to_string(), FileKind::Text),
                    tr!(
                        "export-stale",
                        file = &rel,
                        reason = why.text().render(lang)
                    ),
                )
                .with_help(if errors {
                    tr!("export-stale-help-errors", input = &input, out = &shown)
                } else {
                    tr!("export-stale-help", input = &input, out = &shown)
                })
            })
            .collect();
        let outcome = report(&checked, &settings, &args.common, &run, out, err)?;
        let status = if run.exports.is_empty() {
            tr!("cmd-build-up-to-date", out = &shown, n = files.len() + 1)
        } else if errors {
            tr!("cmd-build-stale-errors", out = &shown, input = &input)
        } else {
            tr!("cmd-build-stale", out = &shown, input = &input)
        };
        writeln!(err, "{}", status.render(lang)).map_err(io)?;
        return Ok(outcome);
    }
    let outcome = report(&checked, &settings, &args.common, &run, out, err)?;
    if outcome == Outcome::Failed {
        let status = if checked.errors() > 0 {
            tr!("cmd-build-not-written-errors", out = &shown)
        } else {
            tr!("cmd-build-not-written-warnings", out = &shown)
        };
        writeln!(err, "{}", status.render(lang)).map_err(io)?;
        return Ok(Outcome::Failed);
    }
    // Against the folder it replaces, said once it has been replaced.
    let changes = read_snapshot(&target.join("contacts.json"))
        .ok()
        .map(|old| {
            let new = crate::diff::Snapshot::of(&export);
            crate::diff::render::human(&crate::diff::diff(&old, &new), lang)
        });
    let written = crate::output::write(&target, &files, args.force).map_err(|e| match e {
        crate::output::Error::Foreign { .. } | crate::output::Error::Busy(_) => {
            Fatal(tr!("cmd-build-refused", reason = e.render(lang)))
        }
        _ => Fatal(tr!(
            "cmd-build-unchanged",
            reason = e.render(lang),
            out = &shown
        )),
    })?;
    if let Some(e) = written.leftover {
        let warning = tr!("cmd-build-leftover", out = &shown, reason = e.render(lang));
        writeln!(err, "{}", warning.render(lang)).map_err(io)?;
    }
    if let Some(changes) = changes.filter(|_| !args.common.quiet) {
        let heading = tr!("cmd-build-changes", out = &shown);
        write!(err, "{}\n{changes}", heading.render(lang)).map_err(io)?;
    }
    let wrote = tr!("cmd-build-wrote", n = files.len() + 1, out = &shown);
    writeln!(err, "{}", wrote.render(lang)).map_err(io)?;
    // Freeing every contact one by one would only delay the exit.
    drop(files);
    drop(export);
    std::mem::forget(checked);
    Ok(Outcome::Clean)
}
