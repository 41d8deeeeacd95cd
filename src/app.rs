//! The one place that opens files and wires the stages together: list the input, ingest each
//! file, read sheets through their headers, validate, and report.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::cli::{BuildArgs, CheckArgs, ColorChoice, CommonArgs, DiffArgs, DiffFormat};
use crate::diagnostic::{self, Code, Finding, Severity};
use crate::export::{self, Export, Source};
use crate::ingest::{self, Limits, headers};
use crate::model::Directory;
use crate::report::{Report, Summary};
use crate::schemas::Reference;
use crate::source::{FileKind, Location};
use crate::validate::{self, Phones};

/// kontakt could not run at all (exit 2): bad arguments, a missing input folder, broken schemas.
#[derive(Debug)]
pub struct Fatal(pub String);

/// The outcome of a run that could run: exit 0 or 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    Failed,
}

/// Settings built once from the command line.
pub struct Settings {
    pub input: PathBuf,
    pub reference: Reference,
    pub limits: Limits,
}

impl Settings {
    pub fn new(input: &Path, common: &CommonArgs) -> Result<Self, Fatal> {
        let settings = Settings::load(input, common.schemas.as_deref())?;
        Ok(Settings {
            limits: common.limits.limits(),
            ..settings
        })
    }

    /// Reference data from `schemas` (built-in where `None`) and default limits, for `input`.
    pub fn load(input: &Path, schemas: Option<&Path>) -> Result<Self, Fatal> {
        let reference =
            Reference::load(schemas).map_err(|e| Fatal(format!("broken schemas: {e}")))?;
        if !input.exists() {
            return Err(Fatal(format!(
                "the input {} does not exist: give the folder of the regions' files (or one file)",
                input.display()
            )));
        }
        Ok(Settings {
            input: input.to_path_buf(),
            reference,
            limits: Limits::default(),
        })
    }

    /// The built-in schemas and default limits, for `input` (what `kontakt check INPUT` uses).
    pub fn with_defaults(input: &Path) -> Result<Self, Fatal> {
        Settings::load(input, None)
    }
}

/// The folder that holds the input folder (the project), where `output/`, `outbox/` and
/// `schemas/recipients.json` are by default, wherever kontakt is run from.
pub fn project_of(input: &Path) -> PathBuf {
    let input = if input.file_name().is_none() {
        crate::output::overlap::resolve(input)
    } else {
        input.to_path_buf()
    };
    let folder = if input.is_file() {
        input.parent().map(Path::to_path_buf)
    } else {
        Some(input)
    };
    folder
        .as_deref()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Everything a check found.
pub struct Checked {
    pub directory: Directory,
    pub findings: Vec<Finding>,
    /// The files read, with the SHA-256 of the bytes checked.
    pub sources: Vec<Source>,
}

/// Read and validate the input. Never fails on bad data: every problem is a finding.
pub fn check_input(settings: &Settings) -> Result<Checked, Fatal> {
    let reference = &settings.reference;
    let phones = Phones::new(&reference.phone_metadata)
        .map_err(|e| Fatal(format!("broken schemas: {e}")))?;
    let mut findings = Vec::new();
    let files = list_input(&settings.input, &mut findings)?;
    // Each file is read and its rows validated on its own core; only the contacts are kept.
    let mut reads = Vec::new();
    let mut sources = Vec::new();
    let mut scope = validate::Scope {
        one_file: settings.input.is_file(),
        unread: Vec::new(),
        files: files
            .iter()
            .map(|(_, shown)| (shown.clone(), validate::region_from_name(shown, reference)))
            .collect(),
    };
    let per_file = crate::parallel::map(&files, |(path, shown)| {
        read_sheets(path, shown, settings, &phones)
    });
    for ((path, shown), (file_reads, file_findings, sha256)) in files.iter().zip(per_file) {
        let unreadable = file_reads.is_empty()
            && file_findings
                .iter()
                .any(|f| f.severity == Severity::Error && f.code.as_str().starts_with("file-"));
        if unreadable {
            scope
                .unread
                .push((shown.clone(), validate::region_from_name(shown, reference)));
        }
        reads.extend(file_reads);
        findings.extend(file_findings);
        if let Some(sha256) = sha256 {
            // By name inside the input folder, so the exports do not depend on how the folder
            // was named on the command line.
            let file = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            sources.push(Source { file, sha256 });
        }
    }
    let (mut directory, more) = validate::directory(reads, reference, &scope);
    findings.extend(more);
    directory.files = files.into_iter().map(|(_, shown)| shown).collect();
    diagnostic::finish(&mut findings);
    Ok(Checked {
        directory,
        findings,
        sources,
    })
}

/// One file's sheets, read through their headers and validated row by row, and what that found.
fn read_sheets(
    path: &Path,
    shown: &str,
    settings: &Settings,
    phones: &Phones,
) -> (Vec<validate::SheetRead>, Vec<Finding>, Option<String>) {
    let read = ingest::read_file(path, shown, &settings.reference, &settings.limits);
    read_tables(read, shown, &settings.reference, phones)
}

/// One file's bytes through every per-file stage (for the fuzz targets: what `check` does
/// with a file, without the directory around it).
pub fn check_bytes(
    bytes: Vec<u8>,
    shown: &str,
    reference: &Reference,
    limits: &Limits,
    phones: &Phones,
) -> (Vec<validate::SheetRead>, Vec<Finding>) {
    let read = ingest::read_bytes(bytes, shown, reference, limits);
    let (sheets, findings, _) = read_tables(read, shown, reference, phones);
    (sheets, findings)
}

fn read_tables(
    read: ingest::Ingested,
    shown: &str,
    reference: &Reference,
    phones: &Phones,
) -> (Vec<validate::SheetRead>, Vec<Finding>, Option<String>) {
    let mut findings = read.findings;
    let mut sheets = Vec::new();
    for table in &read.tables {
        match headers::find_header(table, reference) {
            Some(h) => {
                let sheet = headers::records(table, h, reference, &mut findings);
                sheets.push(validate::contact::read_sheet(&sheet, reference, phones));
            }
            None if table.base.kind == FileKind::Sheet => findings.push(Finding::at(
                Code::SheetSkipped,
                &table.base,
                if table.rows.is_empty() {
                    "empty sheet skipped"
                } else {
                    "no header row with known columns; sheet skipped"
                },
            )),
            None => {}
        }
    }
    findings.extend(validate::contact::lan_column_findings(&mut sheets));
    let failed = findings.iter().any(|f| f.severity == Severity::Error);
    if sheets.is_empty() && (!read.tables.is_empty() || !failed) {
        findings.push(
            Finding::at(
                Code::HeaderMissing,
                &Location::file(shown, kind_of(&read.tables)),
                "no header row with known columns",
            )
            .with_help("the first rows must include headers such as Namn, E-post, Telefon and Län"),
        );
    }
    (sheets, findings, read.sha256)
}

fn kind_of(tables: &[ingest::Table]) -> FileKind {
    tables.first().map_or(FileKind::Sheet, |t| t.base.kind)
}

/// The files to read, sorted by name; skipped entries become notes.
fn list_input(input: &Path, findings: &mut Vec<Finding>) -> Result<Vec<(PathBuf, String)>, Fatal> {
    if input.is_file() {
        return Ok(vec![(input.to_path_buf(), input.display().to_string())]);
    }
    let entries = std::fs::read_dir(input)
        .map_err(|e| Fatal(format!("cannot read {}: {e}", input.display())))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut files = Vec::new();
    for name in names {
        let path = input.join(&name);
        let shown = path.display().to_string();
        let reason = if path.is_dir() {
            Some("a folder")
        } else {
            ingest::skip_reason(&name)
        };
        match reason {
            Some(why) => findings.push(Finding::at(
                Code::FileSkipped,
                &Location::file(shown, FileKind::Text),
                format!("skipped: {why}"),
            )),
            None => files.push((path, shown)),
        }
    }
    Ok(files)
}

/// The summary of a check.
pub fn summarise(
    checked: &Checked,
    reference: &Reference,
    shown: &[Finding],
    omitted: usize,
) -> Summary {
    let mut summary = Summary {
        files: checked.directory.files.len(),
        contacts: checked.directory.contacts.len(),
        regions: checked.directory.regions_present(reference),
        regions_expected: reference.regional().count(),
        lan_covered: checked.directory.lan_covered(),
        lan_total: reference.lan.len(),
        omitted,
        ..Summary::default()
    };
    summary.count(shown);
    summary
}

/// Report the findings and decide the outcome.
pub fn report(
    checked: &Checked,
    settings: &Settings,
    common: &CommonArgs,
    out: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let visible: Vec<Finding> = checked
        .findings
        .iter()
        .filter(|f| common.verbose || f.code != Code::Detected)
        .cloned()
        .collect();
    let limit = common.max_findings.unwrap_or(usize::MAX);
    let omitted = visible.len().saturating_sub(limit);
    let summary = summarise(checked, &settings.reference, &visible, omitted);
    let shown = &visible[..visible.len() - omitted];
    let colour = match common.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    common.format.render(
        &Report {
            findings: shown,
            summary: &summary,
        },
        out,
        colour,
    )?;
    let failed = summary.errors > 0 || (common.deny_warnings && summary.warnings > 0);
    Ok(if failed {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

/// `kontakt check`.
pub fn check(args: &CheckArgs, out: &mut dyn Write) -> Result<Outcome, Fatal> {
    let settings = Settings::new(&args.input, &args.common)?;
    let checked = check_input(&settings)?;
    report(&checked, &settings, &args.common, out)
        .map_err(|e| Fatal(format!("cannot write the report: {e}")))
}

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
pub fn build(args: &BuildArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome, Fatal> {
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
    let outcome = report(&checked, &settings, &args.common, out).map_err(io)?;
    let shown = target.display();
    if outcome == Outcome::Failed {
        writeln!(
            err,
            "kontakt: {shown} not written: fix the errors above first"
        )
        .map_err(io)?;
        return Ok(Outcome::Failed);
    }
    let export = Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        args.as_of.as_deref(),
    );
    let files = crate::output::manifest::seal(export::files(&export, args.vcard_version));
    if args.check {
        let diffs = crate::output::differences(&target, &files);
        if diffs.is_empty() {
            writeln!(
                err,
                "kontakt: {shown} is up to date ({} files)",
                files.len()
            )
            .map_err(io)?;
            return Ok(Outcome::Clean);
        }
        writeln!(
            err,
            "kontakt: {shown} is not what `kontakt build` writes from the input:"
        )
        .map_err(io)?;
        for (rel, why) in &diffs {
            writeln!(err, "  {rel}: {why}").map_err(io)?;
        }
        writeln!(
            err,
            "run `kontakt build {} --out {shown}` and commit {shown}",
            args.input.display()
        )
        .map_err(io)?;
        return Ok(Outcome::Failed);
    }
    // Against the folder it replaces, said once it has been replaced.
    let changes = read_snapshot(&target.join("contacts.json"))
        .ok()
        .map(|old| {
            let new = crate::diff::Snapshot::of_json(&files["contacts.json"]);
            crate::diff::render::human(&crate::diff::diff(&old, &new))
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
    if let Some(changes) = changes {
        write!(err, "kontakt: changes against {shown}:\n{changes}").map_err(io)?;
    }
    writeln!(err, "kontakt: wrote {} files to {shown}", files.len()).map_err(io)?;
    std::mem::forget(checked);
    Ok(Outcome::Clean)
}

/// A `contacts.json` written by build.
pub fn read_snapshot(path: &Path) -> Result<crate::diff::Snapshot, Fatal> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| Fatal(format!("cannot read {shown}: {e}")))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        Fatal(format!(
            "{shown} is not a contacts.json written by build: {e}"
        ))
    })
}

/// One side of a diff: a `contacts.json`, or an input folder checked and built in memory.
fn snapshot(path: &Path, schemas: Option<&Path>) -> Result<crate::diff::Snapshot, Fatal> {
    if !path.is_dir() {
        return read_snapshot(path);
    }
    let shown = path.display();
    let settings = Settings::load(path, schemas)?;
    let checked = check_input(&settings)?;
    let errors = checked
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if errors > 0 {
        return Err(Fatal(format!(
            "{shown} has {errors} errors; see `kontakt check {shown}`"
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
pub fn diff(args: &DiffArgs, out: &mut dyn Write) -> Result<Outcome, Fatal> {
    let old = snapshot(&args.old, args.schemas.as_deref())?;
    let new = snapshot(&args.new, args.schemas.as_deref())?;
    let d = crate::diff::diff(&old, &new);
    let text = match args.format {
        DiffFormat::Human => crate::diff::render::human(&d),
        DiffFormat::Json => crate::diff::render::json(&d),
        DiffFormat::Markdown => crate::diff::render::markdown(&d),
    };
    out.write_all(text.as_bytes())
        .map_err(|e| Fatal(format!("cannot write: {e}")))?;
    Ok(if args.exit_code && !d.is_empty() {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}
