//! `kontakt fix`: a region's own files back as one workbook, each sheet as the region wrote
//! it (every cell at its own row and column, with its type, merged ranges and hidden sheets
//! kept), each finding marked at its cell with a Swedish note, and a first sheet, "Att rätta",
//! listing them. A value kontakt is certain of is written in its standard form (a phone's
//! Swedish written form, an address with its domain in lower case, a län by its name, text
//! without invisible characters), only when `check` reads the new form exactly as the old;
//! each such change is listed. A cell with an error or a warning that is not a matter of form
//! keeps its value. Pure: sheets and findings in, a plan of the workbook out (`book` writes it).

pub mod book;
mod forms;
pub mod marks;
mod names;
pub mod source;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::diagnostic::{Code, Finding, Severity};
use crate::i18n::Lang;
use crate::ingest::parts::NumberFormat;
use crate::schemas::{Field, Reference};
use crate::source::{FileKind, Location};
use crate::validate::Phones;

use marks::{At, Line, Mark, Marks, cell_name};
use source::{Kept, SourceCell, SourceFormat, SourceSheet};

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
    /// The region's own notes on cells, kept.
    pub notes: BTreeMap<(u32, u16), String>,
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
    // A workbook kontakt fixed before, sent back: its old list is replaced by the new one.
    let (old, sheets): (Vec<&SourceSheet>, Vec<&SourceSheet>) =
        sheets.iter().partition(|s| s.old_list);
    for old in old {
        plan.marks.add(changed(
            None,
            format!("Bladet «{LIST}» från en tidigare omgång är ersatt av det här bladet"),
            origin(&old.base),
        ));
    }
    let named = names::sheet_names(&sheets, ctx);
    let index = Index::new(&sheets, findings);
    let mut said = vec![false; findings.len()];
    for (j, (source, named)) in sheets.iter().zip(named).enumerate() {
        let mut sheet = Sheet {
            name: named.name.clone(),
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
        // Rows of the sheet read their region from a name: it has no Region column, or a row
        // whose region could not be told.
        let relies_on_name = !source.columns.values().any(|f| f.contains(&Field::Region))
            || index.on_sheet(j).iter().any(|&f| {
                matches!(
                    findings[f].code,
                    Code::RegionUndetermined | Code::RegionMissing
                )
            });
        sheet_lines(source, &named, relies_on_name, ctx, &mut plan.marks);
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
            let column = headers
                .get(&cell.col)
                .filter(|h| !h.is_empty() && Some(cell.row) != source.header)
                .cloned()
                .unwrap_or_else(|| format!("Kolumn {}", column_letters(cell.col)));
            let here = index.at(j, cell.row, cell.col);
            let at: At = (j, cell.row - 1, (cell.col - 1) as u16);
            let value = plan_cell(
                source,
                cell,
                at,
                &column,
                here,
                findings,
                ctx,
                &mut plan.marks,
            );
            for &f in here {
                said[f] = true;
            }
            if let Some(note) = source.parts.notes.get(&(at.1, u32::from(at.2))) {
                sheet.notes.insert((at.1, at.2), note.clone());
            }
            if let (false, Some(format)) =
                (value.1, source.parts.formats.get(&(at.1, u32::from(at.2))))
            {
                sheet.formats.insert((at.1, at.2), format.clone());
            }
            sheet.cells.push((at.1, at.2, value.0));
        }
        if beyond > 0 {
            plan.marks.add(warning(
                None,
                format!(
                    "{beyond} celler ligger utanför det ett Excel-blad rymmer ({MAX_ROW} rader, {MAX_COL} kolumner) och finns inte med här"
                ),
                origin(&source.base),
            ));
        }
        // A note on an empty cell.
        for (&(r, c), note) in &source.parts.notes {
            if r < MAX_ROW && c < MAX_COL {
                sheet
                    .notes
                    .entry((r, c as u16))
                    .or_insert_with(|| note.clone());
            }
        }
        // Findings at a cell without a value, or at a whole row: marked there.
        let first_col = first_columns(source);
        for &f in index.on_sheet(j) {
            let finding = &findings[f];
            if said[f] || finding.severity == Severity::Info {
                continue;
            }
            let Some(l) = finding.location.as_ref() else {
                continue;
            };
            let Some(row) = l
                .row
                .map(|r| index.row(source, r.get()))
                .filter(|&r| r <= MAX_ROW)
            else {
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

/// The findings by sheet and by cell, looked up once; a CSV file's lines as the rows the copy
/// puts them on.
struct Index {
    on_sheet: Vec<Vec<usize>>,
    at_cells: HashMap<(usize, u32, u32), Vec<usize>>,
}

impl Index {
    fn new(sheets: &[&SourceSheet], findings: &[Finding]) -> Self {
        let mut index = Index {
            on_sheet: vec![Vec::new(); sheets.len()],
            at_cells: HashMap::new(),
        };
        for (f, finding) in findings.iter().enumerate() {
            let Some(l) = finding.location.as_ref() else {
                continue;
            };
            let Some(j) = sheets.iter().position(|s| same_sheet(l, &s.base)) else {
                continue;
            };
            index.on_sheet[j].push(f);
            if let (Some(row), Some(col)) = (l.row, l.col) {
                let row = index.row(sheets[j], row.get());
                index
                    .at_cells
                    .entry((j, row, col.get()))
                    .or_default()
                    .push(f);
            }
        }
        index
    }

    /// The row of the copy a line of the sheet's file is on.
    fn row(&self, sheet: &SourceSheet, line: u32) -> u32 {
        sheet.lines.get(&line).copied().unwrap_or(line)
    }

    fn at(&self, j: usize, row: u32, col: u32) -> &[usize] {
        self.at_cells.get(&(j, row, col)).map_or(&[], Vec::as_slice)
    }

    fn on_sheet(&self, j: usize) -> &[usize] {
        &self.on_sheet[j]
    }
}

/// Each row's first column with a value.
fn first_columns(source: &SourceSheet) -> BTreeMap<u32, u32> {
    let mut first: BTreeMap<u32, u32> = BTreeMap::new();
    for c in &source.cells {
        first
            .entry(c.row)
            .and_modify(|f| *f = (*f).min(c.col))
            .or_insert(c.col);
    }
    first
}

/// What a region would want to know of a sheet as a whole: a new name, a region its rows are
/// now read as, what of its file the copy does not keep.
fn sheet_lines(
    source: &SourceSheet,
    named: &names::Named,
    relies_on_name: bool,
    ctx: &Context<'_>,
    marks: &mut Marks,
) {
    let at = origin(&source.base);
    let own = names::own(source);
    if named.renamed {
        marks.add(changed(
            None,
            format!(
                "«{own}» heter «{}» här: ett blad får bara ha ett namn som inget annat blad har, med högst 31 tecken och utan [ ] : * ? / \\, och en rad utan Region ska läsas som samma region som i er fil",
                named.name
            ),
            at.clone(),
        ));
    }
    if named.region_moved && relies_on_name {
        let region = named
            .reads_as
            .map_or_else(String::new, |r| ctx.reference.regions[r].name.clone());
        marks.add(warning(
            None,
            format!(
                "Bladet «{}»: en rad utan Region läses här som region {region}, efter bladets eller arbetsbokens namn; i er fil hade den en annan region, eller ingen. Fyll i Region på varje rad",
                named.name
            ),
            at.clone(),
        ));
    }
    if !source.parts.features.is_empty() {
        marks.add(changed(
            None,
            format!(
                "Bladet «{}» har {}: här finns bara cellernas värden (med talformat och kommentarer). Er egen fil har dem kvar",
                named.name,
                source.parts.features.join(", ")
            ),
            at.clone(),
        ));
    }
    match source.format {
        SourceFormat::Csv if !source.cells.is_empty() => marks.add(changed(
            None,
            format!(
                "Bladet «{}» är CSV-filen {}: cellerna står som kontakt läser dem, utan mellanslag först och sist och med vanliga mellanslag i stället för andra blanksteg; en post som går över flera rader står på sin första rad",
                named.name,
                file_name(&source.base.file)
            ),
            at,
        )),
        SourceFormat::OtherWorkbook if !source.cells.is_empty() => marks.add(changed(
            None,
            format!(
                "Bladet «{}»: från en ODS- eller XLS-fil följer värden och datum med, men inte talformat (till exempel procent) eller kommentarer, och från en ODS-fil inte sammanfogade celler",
                named.name
            ),
            at,
        )),
        _ => {}
    }
}

/// One cell: the value written (and whether kontakt rewrote it), its lines added to `marks`.
#[allow(clippy::too_many_arguments)]
fn plan_cell(
    source: &SourceSheet,
    cell: &SourceCell,
    at: At,
    column: &str,
    here: &[usize],
    findings: &[Finding],
    ctx: &Context<'_>,
    marks: &mut Marks,
) -> (Kept, bool) {
    let location = source.base.at(cell.line, cell.col);
    let blocking = here.iter().any(|&f| is_blocking(&findings[f]));
    let fields = source.read.get(&(cell.row, cell.col));
    let form: Vec<Code> = here
        .iter()
        .map(|&f| findings[f].code)
        .filter(|c| FORM_ONLY.contains(c))
        .collect();
    let written =
        fields.and_then(|fields| forms::settle(fields, cell, &location, blocking, &form, ctx));
    let mut said = vec![false; here.len()];
    if let Some(new) = &written {
        let mut absorbed = Vec::new();
        let mut what = match (new, &cell.value) {
            (Kept::Text(t), Kept::Number(_)) if *t == cell.value.text() => {
                format!("{column}: talet {t} är skrivet som text")
            }
            _ => format!(
                "{column}: «{}» har skrivits om till «{}»",
                cell.value.text().trim(),
                new.text()
            ),
        };
        for (i, &f) in here.iter().enumerate() {
            if FORM_ONLY.contains(&findings[f].code) {
                said[i] = true;
                absorbed.push(findings[f].code.as_str());
                // An invisible character is named, not shown as two strings that look alike.
                if findings[f].code == Code::TextInvisible {
                    what = format!("{column}: {}", findings[f].message.render(Lang::Sv));
                }
            }
        }
        let mut line = changed(Some(at), what, origin(&location));
        line.code = absorbed.join(", ");
        marks.add(line);
    }
    let mut value = written.clone().unwrap_or_else(|| cell.value.clone());
    match &value {
        // LibreOffice writes TRUE and FALSE as formulas: the value says it.
        Kept::Bool(_) if cell.formula => {}
        Kept::Error(e) if cell.formula => marks.add(changed(
            Some(at),
            format!("{column}: formeln är ersatt av sitt resultat, felvärdet {e}"),
            origin(&location),
        )),
        _ if cell.formula && written.is_none() => marks.add(changed(
            Some(at),
            format!(
                "{column}: formeln är ersatt av sitt värde «{}»",
                cell.value.text()
            ),
            origin(&location),
        )),
        Kept::Formula(f) if f.starts_with("of:") || f.chars().count() > FORMULA_LIMIT => {
            marks.add(warning(
                Some(at),
                format!(
                    "{column}: formeln «={f}» kan inte skrivas i Excel (LibreOffice-formel eller för lång) och står här som en formel utan värde; skriv värdet i stället"
                ),
                origin(&location),
            ));
            value = Kept::Formula("\"\"".to_string());
        }
        // An ODS date in a column check reads stays the text check reads.
        Kept::IsoDate(d) if fields.is_some() => value = Kept::Text(d.clone()),
        Kept::Text(t) if t.chars().count() > CELL_LIMIT => {
            marks.add(warning(
                Some(at),
                format!(
                    "{column}: värdet har {} tecken, fler än en Excel-cell rymmer ({CELL_LIMIT}); här är det förkortat, i er egen fil är det helt",
                    t.chars().count()
                ),
                origin(&location),
            ));
            value = Kept::Text(t.chars().take(CELL_LIMIT).collect());
        }
        _ => {}
    }
    for (i, &f) in here.iter().enumerate() {
        if !said[i] && findings[f].severity > Severity::Info {
            marks.add(line(&findings[f], Some(at), ctx));
        }
    }
    (value, written.is_some())
}

/// Whether a finding asks something of a person (not a matter of form, not a note).
pub fn is_blocking(finding: &Finding) -> bool {
    finding.severity >= Severity::Warning && !FORM_ONLY.contains(&finding.code)
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
        // The region has the list of headers on this workbook's first sheet, not the README.
        let text = text.replace("i README)", "överst på bladet Att rätta)");
        ctx.paths.iter().fold(text, |text, path| {
            match path.contains('/') || path.contains('\\') {
                true => text.replace(path.as_str(), &file_name(path)),
                false => text,
            }
        })
    };
    Line {
        mark: match finding.severity {
            // The workbook is an XLSX in Unicode whatever the file was: resolved, a note.
            _ if matches!(finding.code, Code::EncodingRepaired | Code::FileMislabelled) => {
                Mark::Changed
            }
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

/// The built-in reference data and phone plan, as a plan's context for `syd-2021-10.xlsx`.
#[cfg(test)]
fn with_context<R>(f: impl FnOnce(&Context<'_>) -> R) -> R {
    let reference = Reference::load(None).unwrap();
    let phones = Phones::new(&reference.phone_metadata).unwrap();
    f(&Context {
        reference: &reference,
        phones: &phones,
        file_name: "syd-2021-10.xlsx",
        paths: &[],
    })
}
