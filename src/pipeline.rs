//! The one place that opens the input and wires the stages together: list the input, ingest each
//! file, read sheets through their headers, validate. Every command that reads the regions' files
//! starts here.

use std::path::{Path, PathBuf};

use crate::cli::CommonArgs;
use crate::commands::Fatal;
use crate::diagnostic::{self, Code, Finding, Severity};
use crate::export::Source;
use crate::ingest::{self, Limits, headers};
use crate::model::{Contact, Directory};
use crate::report::Summary;
use crate::schemas::Reference;
use crate::source::{FileKind, Location};
use crate::tr;
use crate::validate::{self, Phones};

/// Settings built once from the command line.
pub struct Settings {
    pub input: PathBuf,
    pub reference: Reference,
    pub limits: Limits,
    /// Show progress on a terminal, in this language (`None`: never, as with `--quiet`).
    pub progress: Option<crate::i18n::Lang>,
    /// Keep every contact after its checks (for exports and diffs); `check` alone needs only
    /// the findings and counts, so its memory does not grow with the rows.
    pub keep_contacts: bool,
}

impl Settings {
    /// For `check` and `build`: their limits, and progress in `lang` unless `--quiet`.
    pub fn new(input: &Path, common: &CommonArgs, lang: crate::i18n::Lang) -> Result<Self, Fatal> {
        let settings = Settings::load(input, common.schemas.as_deref())?;
        Ok(Settings {
            limits: common.limits.limits(),
            progress: (!common.quiet).then_some(lang),
            ..settings
        })
    }

    /// Reference data from `schemas` (built-in where `None`) and default limits, for `input`.
    pub fn load(input: &Path, schemas: Option<&Path>) -> Result<Self, Fatal> {
        let reference =
            Reference::load(schemas).map_err(|e| Fatal(tr!("cmd-broken-schemas", reason = e.0)))?;
        if !input.exists() {
            return Err(Fatal(tr!(
                "cmd-input-missing",
                input = input.display().to_string()
            )));
        }
        Ok(Settings {
            input: input.to_path_buf(),
            reference,
            limits: Limits::default(),
            progress: None,
            keep_contacts: true,
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

impl Checked {
    /// How many errors the input has.
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(Finding::count)
            .sum()
    }
}

/// Read and validate the input. Never fails on bad data: every problem is a finding.
pub fn check_input(settings: &Settings) -> Result<Checked, Fatal> {
    let reference = &settings.reference;
    let phones = Phones::new(&reference.phone_metadata)
        .map_err(|e| Fatal(tr!("cmd-broken-schemas", reason = e)))?;
    let mut findings = Vec::new();
    let files = list_input(&settings.input, &mut findings)?;
    let bytes = files
        .iter()
        .filter_map(|(path, _)| std::fs::metadata(path).ok())
        .map(|m| m.len())
        .sum();
    let progress = crate::progress::Progress::files(settings.progress, files.len(), bytes);
    // Each file is read and its rows validated on its own core. Its contacts are gathered as
    // they are read, in the order of the files, so none waits longer than the files before it.
    let scope = validate::Scope {
        one_file: settings.input.is_file(),
        unread: Vec::new(),
        files: files
            .iter()
            .map(|(_, shown)| (shown.clone(), validate::region_from_name(shown, reference)))
            .collect(),
    };
    let keep = settings.keep_contacts;
    // The last files to start are read on a thread of their own and checked on every core, so
    // that no core is idle while the last files are read.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let started = std::sync::atomic::AtomicUsize::new(0);
    let background = || {
        let started = started.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        files.len() - started.min(files.len()) < cores.saturating_sub(1)
    };
    let sink = Collect {
        gather: validate::Gather::new(reference, keep),
        findings,
        sources: Vec::new(),
        scope,
    };
    let collected = crate::parallel::relay(
        &files,
        sink,
        |(path, shown), part| {
            // Keys are worked out here, on the file's core; a contact waiting for the files
            // before it is held as its keys alone unless it is to be kept.
            let prepare =
                |c: Contact| (validate::directory::Keys::of(&c), keep.then(|| Box::new(c)));
            let contacts = Contacts {
                prepare: &prepare,
                take: part,
            };
            let read = read_sheets(path, shown, settings, &phones, contacts, background());
            progress.file_done();
            read
        },
        |c: &mut Collect, (keys, contact)| c.gather.keys(&keys, contact.map(|c| *c)),
        |c, i, (file_reads, file_findings, sha256)| {
            let (path, shown) = &files[i];
            let unreadable = file_reads.is_empty()
                && file_findings
                    .iter()
                    .any(|f| f.severity == Severity::Error && f.code.as_str().starts_with("file-"));
            if unreadable {
                c.scope
                    .unread
                    .push((shown.clone(), validate::region_from_name(shown, reference)));
            }
            c.gather.sheets(file_reads);
            c.findings.extend(file_findings);
            if let Some(sha256) = sha256 {
                // By name inside the input folder, so the exports do not depend on how the
                // folder was named on the command line.
                let file = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                c.sources.push(Source { file, sha256 });
            }
        },
    );
    progress.stage(tr!("progress-directory"));
    let Collect {
        gather,
        mut findings,
        sources,
        scope,
    } = collected;
    let (mut directory, more) = gather.finish(&scope);
    findings.extend(more);
    directory.files = files.into_iter().map(|(_, shown)| shown).collect();
    diagnostic::finish(&mut findings);
    progress.finish();
    Ok(Checked {
        directory,
        findings,
        sources,
    })
}

/// What a file's contacts become on the core that checked them (their keys, and the contact
/// when it is kept), in the order of their rows.
type Prepared = (validate::directory::Keys, Option<Box<Contact>>);

/// Where a file's contacts go: `prepare` runs on the core that checked each, and `take` gets
/// what it made, in row order.
struct Contacts<'a, P> {
    prepare: &'a (dyn Fn(Contact) -> P + Sync),
    take: &'a mut dyn FnMut(P),
}

/// What the files give, gathered in their order.
struct Collect<'r> {
    gather: validate::Gather<'r>,
    findings: Vec<Finding>,
    sources: Vec<Source>,
    scope: validate::Scope,
}

/// One file's sheets, read through their headers and validated row by row, and what that found.
fn read_sheets(
    path: &Path,
    shown: &str,
    settings: &Settings,
    phones: &Phones,
    contacts: Contacts<'_, Prepared>,
    background: bool,
) -> (Vec<validate::SheetRead>, Vec<Finding>, Option<String>) {
    // The files' hashes go into the exports, so only a run that keeps the contacts needs them.
    let read = ingest::read_file(
        path,
        shown,
        &settings.reference,
        &settings.limits,
        settings.keep_contacts,
    );
    read_tables(
        read,
        shown,
        &settings.reference,
        phones,
        contacts,
        background,
    )
}

/// One file's bytes through every per-file stage (for the fuzz targets: what `check` does
/// with a file, without the directory around it); each contact goes to `contact` as it is read.
pub fn check_bytes(
    bytes: Vec<u8>,
    shown: &str,
    reference: &Reference,
    limits: &Limits,
    phones: &Phones,
    contact: &mut dyn FnMut(Contact),
) -> (Vec<validate::SheetRead>, Vec<Finding>) {
    let read = ingest::read_bytes(bytes, shown, reference, limits);
    let contacts = Contacts {
        prepare: &|c| c,
        take: contact,
    };
    let (sheets, findings, _) = read_tables(read, shown, reference, phones, contacts, false);
    (sheets, findings)
}

/// A whole check of files held in memory, with the directory rules (for `kontakt explain`'s
/// examples): what `check` reports on a folder holding just these files.
pub fn check_files(files: &[(&str, &[u8])], reference: &Reference) -> Result<Vec<Finding>, Fatal> {
    let phones = Phones::new(&reference.phone_metadata)
        .map_err(|e| Fatal(tr!("cmd-broken-schemas", reason = e)))?;
    let mut findings = Vec::new();
    let mut gather = validate::Gather::new(reference, false);
    let mut scope = validate::Scope {
        one_file: false,
        unread: Vec::new(),
        files: Vec::new(),
    };
    for (name, bytes) in files {
        match ingest::skip_reason(name) {
            Some(why) => findings.push(Finding::at(
                Code::FileSkipped,
                &Location::file(*name, FileKind::Text),
                why.message(),
            )),
            None => {
                let region = validate::region_from_name(name, reference);
                scope.files.push((name.to_string(), region));
                let (sheets, more) = check_bytes(
                    bytes.to_vec(),
                    name,
                    reference,
                    &Limits::default(),
                    &phones,
                    &mut |c| gather.contact(c),
                );
                gather.sheets(sheets);
                findings.extend(more);
            }
        }
    }
    let (_, more) = gather.finish(&scope);
    findings.extend(more);
    diagnostic::finish(&mut findings);
    Ok(findings)
}

/// How many records a background reader hands over at a time.
const BATCH: usize = 512;

/// A sheet's records read into contacts. With `background`, for the last file, which would
/// otherwise leave the other cores idle: the rows are read and turned into records on a thread
/// of their own, and checked in batches on every core (`validate::batches`).
fn read_records<P: Send>(
    sheet: &headers::Sheet,
    mut records: headers::Records<'_>,
    reference: &Reference,
    phones: &Phones,
    contacts: &mut Contacts<'_, P>,
    background: bool,
) -> validate::SheetRead {
    if !background {
        let mut next = |findings: &mut Vec<Finding>| records.next_with(findings);
        let mut sink = |c| (contacts.take)((contacts.prepare)(c));
        return validate::sheet::read_sheet(sheet, &mut next, reference, phones, &mut sink);
    }
    std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel::<validate::batches::Batch>(4);
        scope.spawn(move || {
            loop {
                let mut found = Vec::new();
                let batch: Vec<headers::Record> =
                    std::iter::from_fn(|| records.next_with(&mut found))
                        .take(BATCH)
                        .collect();
                let last = batch.len() < BATCH;
                // The reader stops when the sheet is read, or when nobody reads on.
                if send.send((batch, found)).is_err() || last {
                    return;
                }
            }
        });
        // The rows are checked on every core: the other files are read by now.
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        validate::sheet::read_sheet_batches(
            sheet,
            receive,
            workers,
            reference,
            phones,
            contacts.prepare,
            contacts.take,
        )
    })
}

fn read_tables<P: Send>(
    read: ingest::Ingested,
    shown: &str,
    reference: &Reference,
    phones: &Phones,
    mut contacts: Contacts<'_, P>,
    background: bool,
) -> (Vec<validate::SheetRead>, Vec<Finding>, Option<String>) {
    let mut findings = read.findings;
    let mut sheets = Vec::new();
    let kind = kind_of(&read.tables);
    let had_tables = !read.tables.is_empty();
    let mut tables = read.tables;
    // Sheets in the order the report lists them (by name), so that the contacts are too.
    tables.sort_by(|a, b| a.base.cmp(&b.base));
    // Each table is read row by row into its records and dropped once its contacts are read.
    for table in tables {
        match headers::find_header(&table, reference) {
            Some(h) => {
                let (sheet, records) = headers::records(table, h, reference, &mut findings);
                sheets.push(read_records(
                    &sheet,
                    records,
                    reference,
                    phones,
                    &mut contacts,
                    background,
                ));
            }
            None if table.base.kind == FileKind::Sheet => findings.push(Finding::at(
                Code::SheetSkipped,
                &table.base,
                if table.rows.is_empty() {
                    tr!("sheet-skipped-empty")
                } else {
                    tr!("sheet-skipped-no-header")
                },
            )),
            None => {}
        }
    }
    findings.extend(validate::contact::lan_column_findings(&mut sheets));
    let failed = findings.iter().any(|f| f.severity == Severity::Error);
    if sheets.is_empty() && (had_tables || !failed) {
        findings.push(
            Finding::at(
                Code::HeaderMissing,
                &Location::file(shown, kind),
                tr!("header-missing"),
            )
            .with_help(tr!("header-missing-help")),
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
    let entries = std::fs::read_dir(input).map_err(|e| {
        Fatal(tr!(
            "cmd-cannot-read",
            path = input.display().to_string(),
            reason = crate::i18n::io_reason(&e)
        ))
    })?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort_by(|a, b| crate::collate::swedish(a, b).then_with(|| a.cmp(b)));
    let mut files = Vec::new();
    for name in names {
        let path = input.join(&name);
        let shown = path.display().to_string();
        let reason = if path.is_dir() {
            Some(ingest::Skip::Folder)
        } else {
            ingest::skip_reason(&name)
        };
        match reason {
            Some(why) => findings.push(Finding::at(
                Code::FileSkipped,
                &Location::file(shown, FileKind::Text),
                why.message(),
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
    shown: &[&Finding],
    omitted: usize,
) -> Summary {
    let mut summary = Summary {
        files: checked.directory.files.len(),
        contacts: checked.directory.count,
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
