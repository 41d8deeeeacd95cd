//! `kontakt fix`: for each region whose files have errors or warnings, its rows back in the
//! template's form as `fixed/<region>-<month>.xlsx`, each finding marked at its cell in
//! Swedish (`template::fixed`). Reads the input twice: once to check it, once for the rows of
//! the regions' files as they are written.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Fatal, Outcome};
use crate::cli::FixArgs;
use crate::diagnostic::{Finding, Severity};
use crate::i18n::Lang;
use crate::ingest::{self, headers};
use crate::model::Contact;
use crate::pipeline::{Checked, Settings, check_input, project_of};
use crate::schemas::{Field, Reference};
use crate::template::fixed::{self, FORM_ONLY, SourceRow};
use crate::template::marks::Mark;
use crate::tr;

const FIELDS: [Field; 11] = [
    Field::Region,
    Field::Name,
    Field::GivenName,
    Field::FamilyName,
    Field::Role,
    Field::Organisation,
    Field::Email,
    Field::Phone,
    Field::Mobile,
    Field::County,
    Field::Kind,
];

/// A region's fixed workbook, ready to write.
pub struct Fixed {
    pub region: usize,
    /// `syd-2021-10.xlsx`
    pub name: String,
    pub bytes: Vec<u8>,
    pub errors: usize,
    pub warnings: usize,
    pub changed: usize,
}

/// The rows of one file's sheets, as `check` reads them through their headers, each with the
/// cells of the columns kontakt does not read (and their headers).
fn source_rows(path: &Path, shown: &str, settings: &Settings) -> Vec<SourceRow> {
    let reference = &settings.reference;
    let read = |hash| ingest::read_file(path, shown, reference, &settings.limits, hash).tables;
    let sorted = |mut tables: Vec<ingest::Table>| {
        tables.sort_by(|a, b| a.base.cmp(&b.base));
        tables
    };
    // First pass: each sheet's columns without a known header, and their cells by row.
    let mut unread: BTreeMap<(String, u32), Vec<(String, ingest::Cell)>> = BTreeMap::new();
    for table in sorted(read(false)) {
        let Some(h) = headers::find_header(&table, reference) else {
            continue;
        };
        let sheet = table.base.sheet.as_deref().unwrap_or_default().to_string();
        let header_row = table.rows[h][0].row;
        let unknown: BTreeMap<u32, String> = table.rows[h]
            .iter()
            .filter(|c| !c.value.is_empty())
            .filter(|c| {
                ingest::vocabulary::header(&c.value.text(), reference)
                    .fields()
                    .is_empty()
            })
            .map(|c| (c.col, c.value.text().trim().to_string()))
            .collect();
        if unknown.is_empty() {
            continue;
        }
        for cells in table.into_rows().flatten() {
            for cell in cells {
                if cell.row > header_row
                    && let Some(name) = unknown.get(&cell.col)
                    && !cell.value.is_empty()
                {
                    unread
                        .entry((sheet.clone(), cell.row))
                        .or_default()
                        .push((name.clone(), cell));
                }
            }
        }
    }
    // Second pass: the records, as check reads them.
    let mut rows = Vec::new();
    let mut ignored = Vec::new();
    for table in sorted(read(false)) {
        let Some(h) = headers::find_header(&table, reference) else {
            continue;
        };
        let (sheet, mut records) = headers::records(table, h, reference, &mut ignored);
        let name = sheet.base.sheet.as_deref().unwrap_or_default().to_string();
        while let Some(record) = records.next_with(&mut ignored) {
            let cells: Vec<(Field, ingest::Cell)> = FIELDS
                .iter()
                .flat_map(|&f| record.get(f).iter().map(move |c| (f, c.clone())))
                .collect();
            // The row's own cells are on it; a merged or filled-down cell comes from above.
            let row = cells
                .iter()
                .map(|(_, c)| c.row)
                .max()
                .unwrap_or_else(|| record.location.row.map_or(0, |r| r.get()));
            rows.push(SourceRow {
                sheet: sheet.base.clone(),
                row,
                cells,
                unread: unread.remove(&(name.clone(), row)).unwrap_or_default(),
            });
        }
    }
    rows
}

/// Each file's region: the one its name names (`syd.xlsx`), else that of its first contact.
/// A fixed workbook holds the file's rows, so it goes to the region the file is from.
fn regions_of_files(checked: &Checked, reference: &Reference) -> BTreeMap<String, usize> {
    let mut by_file = BTreeMap::new();
    for file in &checked.directory.files {
        if let Some(r) = crate::validate::contact::region_from_name(file, reference) {
            by_file.insert(file.clone(), r);
        }
    }
    for c in &checked.directory.contacts {
        by_file.entry(c.source.file.to_string()).or_insert(c.region);
    }
    by_file
}

/// The fixed workbook of every region whose files have errors or warnings.
pub fn workbooks(settings: &Settings, checked: &Checked, month: &str) -> Result<Vec<Fixed>, Fatal> {
    let reference = &settings.reference;
    let by_file = regions_of_files(checked, reference);
    let mut out = Vec::new();
    for (r, region) in reference.regions.iter().enumerate() {
        let files: Vec<&String> = by_file
            .iter()
            .filter(|(_, fr)| **fr == r)
            .map(|(f, _)| f)
            .collect();
        let findings: Vec<Finding> = checked
            .findings
            .iter()
            .flat_map(Finding::each)
            .filter(|f| {
                f.location
                    .as_ref()
                    .is_some_and(|l| files.iter().any(|file| ***file == *l.file))
            })
            .filter(|f| f.severity >= Severity::Warning || FORM_ONLY.contains(&f.code))
            .collect();
        if !findings.iter().any(|f| f.severity >= Severity::Warning) {
            continue;
        }
        let rows: Vec<SourceRow> = files
            .iter()
            .flat_map(|f| source_rows(Path::new(f.as_str()), f, settings))
            .collect();
        let contacts: Vec<&Contact> = checked
            .directory
            .contacts
            .iter()
            .filter(|c| files.iter().any(|f| ***f == *c.source.file))
            .collect();
        let fixed::Fixed { rows, extra, marks } =
            fixed::fixed(&rows, &contacts, &findings, reference, region.national);
        let lan: Vec<String> = reference
            .lan
            .iter()
            .enumerate()
            .filter(|(i, _)| checked.directory.lan_owner.get(*i).copied().flatten() == Some(r))
            .map(|(_, l)| l.short.clone())
            .collect();
        let bytes = crate::template::workbook(reference, region, &rows, &lan, &extra, Some(&marks))
            .map_err(|e| Fatal(tr!("template-cannot-make", reason = e.to_string())))?;
        let count = |m: Mark| marks.lines.iter().filter(|l| l.mark == m).count();
        out.push(Fixed {
            region: r,
            name: crate::export::cards::file_name(&format!("{}-{month}", region.id), "xlsx"),
            bytes,
            errors: count(Mark::Error),
            warnings: count(Mark::Warning),
            changed: count(Mark::Changed),
        });
    }
    Ok(out)
}

pub fn run(args: &FixArgs, lang: Lang, out: &mut dyn Write) -> Result<Outcome, Fatal> {
    crate::notify::send::check_month(&args.month).map_err(Fatal)?;
    let settings = Settings::load(&args.input, args.schemas.as_deref())?;
    let dir: PathBuf = args
        .out
        .clone()
        .unwrap_or_else(|| project_of(&args.input).join("fixed"));
    if crate::output::overlap::overlap(&dir, &args.input).is_some() {
        return Err(Fatal(tr!(
            "template-out-in-input",
            out = dir.display().to_string(),
            input = args.input.display().to_string()
        )));
    }
    let checked = check_input(&settings)?;
    let fixed = workbooks(&settings, &checked, &args.month)?;
    let cannot_write = |path: &Path, e: &std::io::Error| {
        Fatal(tr!(
            "template-cannot-write",
            path = path.display().to_string(),
            reason = crate::i18n::io_reason(e)
        ))
    };
    if fixed.is_empty() {
        writeln!(out, "{}", tr!("fix-nothing").render(lang)).map_err(|e| cannot_write(&dir, &e))?;
        return Ok(Outcome::Clean);
    }
    // A file of that name that kontakt did not write is never replaced.
    let theirs: Vec<String> = fixed
        .iter()
        .map(|f| dir.join(&f.name))
        .filter(|p| p.exists() && !crate::template::written_by_kontakt(p))
        .map(|p| p.display().to_string())
        .collect();
    if !theirs.is_empty() {
        return Err(Fatal(tr!("fix-not-ours", files = theirs.join(", "))));
    }
    std::fs::create_dir_all(&dir).map_err(|e| cannot_write(&dir, &e))?;
    for f in &fixed {
        let path = dir.join(&f.name);
        let partial = dir.join(format!(".{}.partial", f.name));
        std::fs::write(&partial, &f.bytes).map_err(|e| cannot_write(&partial, &e))?;
        std::fs::rename(&partial, &path).map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            cannot_write(&path, &e)
        })?;
        let line = tr!(
            "fix-written",
            path = path.display().to_string(),
            errors = f.errors,
            warnings = f.warnings,
            changed = f.changed
        );
        writeln!(out, "{}", line.render(lang)).map_err(|e| cannot_write(&path, &e))?;
    }
    Ok(Outcome::Clean)
}
