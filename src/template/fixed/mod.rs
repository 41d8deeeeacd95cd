//! `kontakt fix`: a region's own files back as one workbook, each sheet as the region wrote
//! it (every cell at its own row and column, with its type, merged ranges and hidden sheets
//! kept), each finding marked at its cell with a Swedish note, and a first sheet, "Att rätta",
//! listing them. A value kontakt is certain of is written in its standard form (a phone's
//! Swedish written form, an address with its domain in lower case, a län by its name, text
//! without invisible characters), only when `check` reads the new form exactly as the old;
//! each such change is listed. A cell with an error or a warning that is not a matter of form
//! keeps its value. Pure: sheets and findings in, a plan of the workbook out (`book` writes it).

pub mod book;
pub mod marks;
pub mod source;

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Code, Finding, Severity};
use crate::i18n::Lang;
use crate::ingest::Value;
use crate::ingest::formats::NumberFormat;
use crate::schemas::{Field, Reference};
use crate::source::{FileKind, Location};
use crate::validate::{Phones, cell, county};

use marks::{At, Line, Mark, Marks, cell_name};
use source::{Kept, SourceCell, SourceSheet};

/// Findings about a value's form only: once the fixed file writes the value in its standard
/// form (or, for a file, as a workbook in UTF-8), nothing is left to do.
pub const FORM_ONLY: [Code; 5] = [
    Code::PhoneStoredAsNumber,
    Code::EmailNormalised,
    Code::TextInvisible,
    Code::EncodingRepaired,
    Code::FileMislabelled,
];

/// What the fixed workbook holds.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub sheets: Vec<Sheet>,
    pub marks: Marks,
}

/// One sheet of the fixed workbook: a sheet of the region's files, as written.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub name: String,
    pub hidden: bool,
    /// The header row, 0-based.
    pub header: Option<u32>,
    /// What the header names in each column (0-based).
    pub columns: BTreeMap<u16, BTreeSet<Field>>,
    /// The cells: 0-based row and column, and the value written.
    pub cells: Vec<(u32, u16, Kept)>,
    /// Merged ranges, 0-based and inclusive, none overlapping another.
    pub merged: Vec<(u32, u16, u32, u16)>,
    /// The number format of each cell kept as the region wrote it, other than General.
    pub formats: BTreeMap<(u32, u16), NumberFormat>,
}

/// What the plan needs besides the sheets and findings.
pub struct Context<'a> {
    pub reference: &'a Reference,
    pub phones: &'a Phones,
    /// The fixed workbook's file name (`syd-2021-10.xlsx`), which check reads a region from.
    pub file_name: &'a str,
    /// Paths of the input's files as findings show them: quoted by their file name only.
    pub paths: &'a [String],
}

/// The sheet names the workbook uses itself.
pub const LIST: &str = "Att rätta";

/// The most characters Excel holds in a cell, and in a formula.
const CELL_LIMIT: usize = 32_767;
const FORMULA_LIMIT: usize = 8_192;

/// The most columns and rows Excel holds.
const MAX_COL: u32 = 16_384;
const MAX_ROW: u32 = 1_048_576;

/// The plan of a region's fixed workbook. `findings` are the findings at the region's files,
/// one place each.
pub fn plan(sheets: &[SourceSheet], findings: &[Finding], ctx: &Context<'_>) -> Plan {
    let mut plan = Plan::default();
    let names = sheet_names(sheets);
    let mut said = vec![false; findings.len()];
    // Each finding's sheet, and the findings at each cell: looked up once.
    let mut on_sheet: Vec<Vec<usize>> = vec![Vec::new(); sheets.len()];
    let mut at_cells: std::collections::HashMap<(usize, u32, u32), Vec<usize>> =
        std::collections::HashMap::new();
    for (f, finding) in findings.iter().enumerate() {
        let Some(l) = finding.location.as_ref() else {
            continue;
        };
        let Some(j) = sheets.iter().position(|s| same_sheet(l, &s.base)) else {
            continue;
        };
        on_sheet[j].push(f);
        if let (Some(row), Some(col)) = (l.row, l.col) {
            at_cells
                .entry((j, row.get(), col.get()))
                .or_default()
                .push(f);
        }
    }
    for (j, (source, name)) in sheets.iter().zip(names).enumerate() {
        let mut sheet = Sheet {
            name: name.clone(),
            hidden: source.hidden,
            header: source.header.map(|h| h - 1),
            columns: source
                .columns
                .iter()
                .filter(|(c, _)| **c <= MAX_COL)
                .map(|(c, f)| ((*c - 1) as u16, f.clone()))
                .collect(),
            ..Sheet::default()
        };
        let origin_sheet = origin(&source.base);
        // A sheet renamed (two files' sheets of one name, a CSV file's name) is said.
        if source.base.sheet.as_deref() != Some(name.as_str()) && source.base.kind != FileKind::Text
        {
            plan.marks.add(changed(
                None,
                format!(
                    "Bladet «{}» heter «{name}» här (två blad hade samma namn, eller namnet går inte i Excel)",
                    source.base.sheet.as_deref().unwrap_or_default()
                ),
                origin_sheet.clone(),
            ));
        }
        region_by_name(source, &name, ctx, &mut plan.marks, &origin_sheet);
        let headers: BTreeMap<u32, String> = source
            .cells
            .iter()
            .filter(|c| Some(c.row) == source.header)
            .map(|c| (c.col, c.value.text().trim().to_string()))
            .collect();
        let mut beyond = 0usize;
        for cell in &source.cells {
            if cell.row > MAX_ROW || cell.col > MAX_COL {
                beyond += 1;
                continue;
            }
            let at: At = (j, cell.row - 1, (cell.col - 1) as u16);
            let here: &[usize] = at_cells
                .get(&(j, cell.row, cell.col))
                .map_or(&[], Vec::as_slice);
            let blocking = here.iter().any(|&f| is_blocking(&findings[f]));

            let column = headers
                .get(&cell.col)
                .filter(|h| !h.is_empty() && Some(cell.row) != source.header)
                .cloned()
                .unwrap_or_else(|| format!("Kolumn {}", column_letters(cell.col)));
            let fields = source.read.get(&(cell.row, cell.col));
            let location = source.base.at(cell.row, cell.col);
            let written = fields.and_then(|fields| {
                let form: Vec<Code> = here
                    .iter()
                    .map(|&f| findings[f].code)
                    .filter(|c| FORM_ONLY.contains(c))
                    .collect();
                settle(fields, cell, &location, blocking, &form, ctx)
            });
            let mut absorbed = Vec::new();
            if let Some(new) = &written {
                for &f in here {
                    if FORM_ONLY.contains(&findings[f].code) {
                        said[f] = true;
                        absorbed.push(findings[f].code.as_str());
                    }
                }
                let what = match (new, &cell.value) {
                    (Kept::Text(t), Kept::Number(_)) if *t == cell.value.text() => {
                        format!("{column}: talet {t} är skrivet som text")
                    }
                    _ => format!(
                        "{column}: «{}» har skrivits om till «{}»",
                        cell.value.text().trim(),
                        new.text()
                    ),
                };
                let mut line = changed(Some(at), what, origin(&location));
                line.code = absorbed.join(", ");
                plan.marks.add(line);
            }
            if cell.formula {
                plan.marks.add(changed(
                    Some(at),
                    format!(
                        "{column}: formeln är ersatt av sitt värde «{}»",
                        cell.value.text()
                    ),
                    origin(&location),
                ));
            }
            if let Kept::Error(e) = &cell.value {
                plan.marks.add(changed(
                    Some(at),
                    format!("{column}: felvärdet {e} står här som text"),
                    origin(&location),
                ));
            }
            for &f in here {
                if !said[f] && findings[f].severity > Severity::Info {
                    said[f] = true;
                    plan.marks.add(line(&findings[f], Some(at), ctx));
                }
            }
            let rewritten = written.is_some();
            let mut value = written.unwrap_or_else(|| match &cell.value {
                Kept::Error(e) => Kept::Text(e.clone()),
                other => other.clone(),
            });
            if let Kept::Formula(f) = &value
                && f.chars().count() > FORMULA_LIMIT
            {
                value = Kept::Text(format!("={f}"));
                plan.marks.add(warning(
                    Some(at),
                    format!("{column}: formeln är längre än Excel godtar och står här som text"),
                    origin(&location),
                ));
            }
            if let Kept::Text(t) = &value
                && t.chars().count() > CELL_LIMIT
            {
                plan.marks.add(warning(
                    Some(at),
                    format!(
                        "{column}: värdet har {} tecken, fler än en Excel-cell rymmer ({CELL_LIMIT}); här är det förkortat, i er egen fil är det helt",
                        t.chars().count()
                    ),
                    origin(&location),
                ));
                value = Kept::Text(t.chars().take(CELL_LIMIT).collect());
            }
            if !rewritten && let Some(format) = source.formats.get(&(at.1, u32::from(at.2))) {
                sheet.formats.insert((at.1, at.2), format.clone());
            }
            sheet.cells.push((at.1, at.2, value));
        }
        if beyond > 0 {
            plan.marks.add(warning(
                None,
                format!(
                    "{beyond} celler ligger utanför det ett Excel-blad rymmer ({MAX_ROW} rader, {MAX_COL} kolumner) och finns inte med här"
                ),
                origin_sheet.clone(),
            ));
        }
        // Findings at a cell without a value, or at a whole row: marked there.
        let mut first_col: BTreeMap<u32, u32> = BTreeMap::new();
        for c in &source.cells {
            first_col
                .entry(c.row)
                .and_modify(|f| *f = (*f).min(c.col))
                .or_insert(c.col);
        }
        for &f in &on_sheet[j] {
            let finding = &findings[f];
            let Some(l) = finding.location.as_ref() else {
                continue;
            };
            if said[f] || finding.severity == Severity::Info {
                continue;
            }
            let Some(row) = l.row.map(|r| r.get()).filter(|&r| r <= MAX_ROW) else {
                continue;
            };
            let col = match l.col {
                Some(c) if c.get() <= MAX_COL => c.get(),
                Some(_) => continue,
                // A finding about a row (a missing name) is marked at the row's first cell.
                None => first_col.get(&row).copied().unwrap_or(1),
            };
            said[f] = true;
            plan.marks
                .add(line(finding, Some((j, row - 1, (col - 1) as u16)), ctx));
        }
        merges(source, &mut sheet, j, &mut plan.marks);
        plan.sheets.push(sheet);
    }
    // Findings about a header, a sheet or a file: listed, without a cell.
    for (f, finding) in findings.iter().enumerate() {
        if !said[f] && finding.severity > Severity::Info {
            plan.marks.add(line(finding, None, ctx));
        }
    }
    plan
}

/// Whether a finding asks something of a person (not a matter of form, not a note).
pub fn is_blocking(finding: &Finding) -> bool {
    finding.severity >= Severity::Warning && !FORM_ONLY.contains(&finding.code)
}

/// The data sheets' names: each sheet's own (a CSV file's name without its extension), within
/// Excel's rules, none twice and none of the workbook's own.
fn sheet_names(sheets: &[SourceSheet]) -> Vec<String> {
    let mut taken: BTreeSet<String> = [LIST, super::LISTS]
        .iter()
        .map(|n| n.to_lowercase())
        .collect();
    sheets
        .iter()
        .map(|s| {
            let own = match (&s.base.sheet, s.base.kind) {
                (Some(sheet), _) => sheet.to_string(),
                (None, _) => std::path::Path::new(s.base.file.as_ref())
                    .file_stem()
                    .map_or_else(|| "Blad".to_string(), |n| n.to_string_lossy().into_owned()),
            };
            let clean: String = own
                .chars()
                .filter(|c| {
                    !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control()
                })
                .collect();
            let clean = clean.trim_matches('\'').trim().to_string();
            let clean = if clean.is_empty() {
                "Blad".to_string()
            } else {
                clean
            };
            let mut n = 1;
            loop {
                let suffix = if n == 1 {
                    String::new()
                } else {
                    format!(" ({n})")
                };
                let keep = 31 - suffix.chars().count();
                let name: String = clean.chars().take(keep).collect::<String>() + &suffix;
                if taken.insert(name.to_lowercase()) {
                    return name;
                }
                n += 1;
            }
        })
        .collect()
}

/// check reads a sheet's region from its name, else from its file's: a line when the fixed
/// workbook's names give another region than the region's own file did.
fn region_by_name(
    source: &SourceSheet,
    name: &str,
    ctx: &Context<'_>,
    marks: &mut Marks,
    origin_sheet: &str,
) {
    let by = crate::validate::region_from_name;
    let before = source
        .base
        .sheet
        .as_deref()
        .and_then(|s| by(s, ctx.reference))
        .or_else(|| by(&source.base.file, ctx.reference));
    let after = by(name, ctx.reference).or_else(|| by(ctx.file_name, ctx.reference));
    if before != after
        && let Some(r) = after
    {
        marks.add(changed(
            None,
            format!(
                "Bladet «{name}»: en rad utan region läses här som region {}, efter {}",
                ctx.reference.regions[r].name,
                match by(name, ctx.reference) {
                    Some(_) => "bladets namn",
                    None => "arbetsbokens namn",
                }
            ),
            origin_sheet.to_string(),
        ));
    }
}

/// The merged ranges, as Excel holds them: one that overlaps another kept before it is left
/// out, its first cell's value written into each of its cells (as check reads them), and said.
fn merges(source: &SourceSheet, sheet: &mut Sheet, j: usize, marks: &mut Marks) {
    for &(r0, c0, r1, c1) in &source.merged {
        if (r0, c0) == (r1, c1) || r1 >= MAX_ROW || u32::from(c1) >= MAX_COL {
            continue;
        }
        let overlaps = sheet
            .merged
            .iter()
            .any(|&(a0, b0, a1, b1)| r0 <= a1 && a0 <= r1 && c0 <= b1 && b0 <= c1);
        if !overlaps {
            sheet.merged.push((r0, c0, r1, c1));
            continue;
        }
        let Some(value) = sheet
            .cells
            .iter()
            .find(|(r, c, _)| (*r, *c) == (r0, c0))
            .map(|(_, _, v)| v.clone())
        else {
            continue;
        };
        let filled: BTreeSet<(u32, u16)> = sheet.cells.iter().map(|(r, c, _)| (*r, *c)).collect();
        for r in r0..=r1 {
            for c in c0..=c1 {
                if !filled.contains(&(r, c)) {
                    sheet.cells.push((r, c, value.clone()));
                }
            }
        }
        marks.add(changed(
            Some((j, r0, c0)),
            format!(
                "De sammanfogade cellerna {}:{} går över andra sammanfogade celler; här står värdet i var och en av dem",
                cell_name(r0, c0),
                cell_name(r1, c1)
            ),
            origin(&source.base.at(r0 + 1, u32::from(c0) + 1)),
        ));
    }
}

/// The value kontakt writes instead of the cell's, when it is certain of it: check reads the
/// new value exactly as the old, without a finding.
fn settle(
    fields: &BTreeSet<Field>,
    cell: &SourceCell,
    at: &Location,
    blocking: bool,
    form: &[Code],
    ctx: &Context<'_>,
) -> Option<Kept> {
    let value = cell.value.value();
    let text = match &cell.value {
        Kept::Text(t) => Some(t.as_str()),
        _ => None,
    };
    let new = if fields.contains(&Field::Phone) || fields.contains(&Field::Mobile) {
        match blocking {
            false => phone_form(&value, at, ctx),
            true => None,
        }
        .or_else(|| number_as_text(&value, at, ctx))
    } else if blocking || cell.formula {
        None
    } else if fields.contains(&Field::Email) {
        email_form(&value, at)
    } else if fields.contains(&Field::County) {
        county_form(&value, ctx.reference)
    } else if form.contains(&Code::TextInvisible) {
        let clean = crate::text::clean(&value.text());
        let (visible, removed) = crate::text::strip_invisible(&clean, true);
        (!removed.is_empty()).then(|| visible.into_owned())
    } else {
        None
    }?;
    (text != Some(new.as_str())).then_some(Kept::Text(new))
}

/// A phone cell in the Swedish written form of each number, joined with ` alt. `.
fn phone_form(value: &Value, at: &Location, ctx: &Context<'_>) -> Option<String> {
    let (phones, findings) = cell::phones(value, ctx.phones, at);
    if phones.is_empty()
        || findings.iter().any(is_blocking)
        || phones.iter().any(|p| p.extension.is_some())
    {
        return None;
    }
    let new = phones
        .iter()
        .map(|p| p.written.as_str())
        .collect::<Vec<_>>()
        .join(" alt. ");
    let (again, more) = cell::phones(&Value::Text(new.clone()), ctx.phones, at);
    let key = |p: &crate::model::Phone| p.e164.clone();
    let same = again.iter().map(key).eq(phones.iter().map(key));
    (same && more.is_empty()).then_some(new)
}

/// A number in a phone column, with something a person must look at: written as text, when
/// check reads the text as it read the number (only without `phone-stored-as-number`).
fn number_as_text(value: &Value, at: &Location, ctx: &Context<'_>) -> Option<String> {
    let Value::Number(n) = value else {
        return None;
    };
    let text = crate::ingest::number_text(*n);
    let codes = |findings: Vec<Finding>| -> Vec<Code> {
        findings
            .into_iter()
            .map(|f| f.code)
            .filter(|c| *c != Code::PhoneStoredAsNumber)
            .collect()
    };
    let (a, fa) = cell::phones(value, ctx.phones, at);
    let (b, fb) = cell::phones(&Value::Text(text.clone()), ctx.phones, at);
    let key = |p: &crate::model::Phone| (p.e164.clone(), p.extension.clone());
    let same = a.iter().map(key).eq(b.iter().map(key));
    (same && codes(fa) == codes(fb)).then_some(text)
}

/// An e-mail cell with each address trimmed and its domain in lower case, joined with `; `.
fn email_form(value: &Value, at: &Location) -> Option<String> {
    let (emails, findings) = cell::emails(&value.text(), at);
    if emails.is_empty() || findings.iter().any(is_blocking) {
        return None;
    }
    let new = emails
        .iter()
        .map(|e| e.address())
        .collect::<Vec<_>>()
        .join("; ");
    let (again, more) = cell::emails(&new, at);
    let same = again
        .iter()
        .map(|e| e.key())
        .eq(emails.iter().map(|e| e.key()));
    (same && more.is_empty()).then_some(new)
}

/// A Län cell with each län by its name, joined with `, `.
fn county_form(value: &Value, reference: &Reference) -> Option<String> {
    let (lan, findings) = county::parse_text(&value.text(), reference);
    if lan.is_empty() || !findings.is_empty() {
        return None;
    }
    let new = lan
        .iter()
        .filter_map(|&l| reference.lan.get(l))
        .map(|l| l.short.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let (again, more) = county::parse_text(&new, reference);
    (again == lan && more.is_empty()).then_some(new)
}

fn same_sheet(at: &Location, sheet: &Location) -> bool {
    at.file == sheet.file && at.sheet == sheet.sheet
}

/// `A`, `B`, … `AA` for a 1-based column.
fn column_letters(col: u32) -> String {
    let name = cell_name(0, (col.min(MAX_COL) - 1) as u16);
    name.trim_end_matches('1').to_string()
}

/// Where a place is in the region's own file, as the region knows it: `syd.xlsx, Syd!D3` or
/// `mitt.csv, rad 2, fält 4`.
pub fn origin(at: &Location) -> String {
    let file = file_name(&at.file);
    match (at.kind, &at.sheet, at.row, at.col) {
        (FileKind::Sheet, Some(sheet), Some(r), Some(c)) if c.get() <= MAX_COL => {
            format!(
                "{file}, {sheet}!{}",
                cell_name(r.get() - 1, (c.get() - 1) as u16)
            )
        }
        (FileKind::Sheet, Some(sheet), Some(r), _) => format!("{file}, {sheet} rad {r}"),
        (FileKind::Sheet, Some(sheet), None, _) => format!("{file}, bladet {sheet}"),
        (FileKind::Text, _, Some(r), Some(c)) => format!("{file}, rad {r}, fält {c}"),
        (_, _, Some(r), _) => format!("{file}, rad {r}"),
        _ => file,
    }
}

fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// A change kontakt made, as a line.
fn changed(at: Option<At>, what: String, origin: String) -> Line {
    Line {
        mark: Mark::Changed,
        at,
        code: String::new(),
        what,
        help: String::new(),
        origin,
    }
}

/// Something the fixed file could not keep as the region wrote it, as a line.
fn warning(at: Option<At>, what: String, origin: String) -> Line {
    Line {
        mark: Mark::Warning,
        ..changed(at, what, origin)
    }
}

/// A finding as a line, in Swedish, the input's paths quoted by their file names.
fn line(finding: &Finding, at: Option<At>, ctx: &Context<'_>) -> Line {
    let short = |text: String| {
        ctx.paths.iter().fold(text, |text, path| {
            match path.contains('/') || path.contains('\\') {
                true => text.replace(path.as_str(), &file_name(path)),
                false => text,
            }
        })
    };
    Line {
        mark: match finding.severity {
            Severity::Error => Mark::Error,
            Severity::Warning => Mark::Warning,
            Severity::Info => Mark::Changed,
        },
        at,
        code: finding.code.as_str().to_string(),
        what: short(finding.message.render(Lang::Sv)),
        help: finding
            .help
            .as_ref()
            .map(|h| short(h.render(Lang::Sv)))
            .unwrap_or_default(),
        origin: finding.location.as_ref().map(origin).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(file: &str, name: Option<&str>) -> SourceSheet {
        let base = Location::file(file, FileKind::Sheet);
        SourceSheet {
            base: match name {
                Some(n) => base.in_sheet(n),
                None => Location::file(file, FileKind::Text),
            },
            hidden: false,
            cells: Vec::new(),
            merged: Vec::new(),
            header: Some(1),
            columns: BTreeMap::new(),
            read: BTreeMap::new(),
            formats: BTreeMap::new(),
        }
    }

    #[test]
    fn sheet_names_are_each_sheets_own_within_excels_rules_and_never_twice() {
        let sheets = [
            sheet("in/syd.xlsx", Some("Syd")),
            sheet("in/syd-2.xlsx", Some("syd")),
            sheet("in/syd-lan.csv", None),
            sheet("in/x.xlsx", Some("Att rätta")),
            sheet(
                "in/y.xlsx",
                Some("Kontakter [2021]: Syd/Skåne och Blekinge"),
            ),
        ];
        assert_eq!(
            sheet_names(&sheets),
            [
                "Syd",
                "syd (2)",
                "syd-lan",
                "Att rätta (2)",
                "Kontakter 2021 SydSkåne och Ble"
            ]
        );
    }

    fn settled(field: Field, value: Kept, form: &[Code]) -> Option<Kept> {
        let reference = Reference::load(None).unwrap();
        let phones = Phones::new(&reference.phone_metadata).unwrap();
        let ctx = Context {
            reference: &reference,
            phones: &phones,
            file_name: "syd-2021-10.xlsx",
            paths: &[],
        };
        let cell = SourceCell {
            row: 2,
            col: 1,
            value,
            formula: false,
        };
        let at = Location::file("in/syd.xlsx", FileKind::Sheet).at(2, 1);
        settle(&BTreeSet::from([field]), &cell, &at, false, form, &ctx)
    }

    fn text(t: &str) -> Kept {
        Kept::Text(t.to_string())
    }

    #[test]
    fn a_value_is_rewritten_only_into_a_form_check_reads_the_same() {
        assert_eq!(
            settled(Field::Phone, Kept::Number(40349355.0), &[]),
            Some(text("040-34 93 55")),
            "a number that lost its 0, as check reads it"
        );
        assert_eq!(
            settled(Field::Phone, text("+46 8 123 456 78 / 08-123 456 79"), &[]),
            Some(text("08-123 456 78 alt. 08-123 456 79"))
        );
        assert_eq!(settled(Field::Phone, text("08-123 456 78"), &[]), None);
        assert_eq!(
            settled(Field::Email, text(" Anna.Berg@Malmo.SE "), &[]),
            Some(text("Anna.Berg@malmo.se"))
        );
        assert_eq!(
            settled(Field::County, text("Skåne län, Blekinge"), &[]),
            Some(text("Skåne, Blekinge"))
        );
        assert_eq!(settled(Field::County, text("Gottland"), &[]), None);
        assert_eq!(
            settled(
                Field::Name,
                text("Anna\u{200B} Berg"),
                &[Code::TextInvisible]
            ),
            Some(text("Anna Berg"))
        );
        assert_eq!(settled(Field::Name, text("Anna\u{200B} Berg"), &[]), None);
    }
}
