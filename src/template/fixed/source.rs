//! A region's own files as they are written, for `kontakt fix`: every sheet's cells with their
//! types (text, number, date, true/false, error), which hold a formula, the merged ranges, and
//! what `check` reads in each column. A CSV file is one sheet of text cells at its line and
//! field numbers. The I/O edge of the fixed workbook: the rest is pure.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use calamine::Data;

use crate::diagnostic::Finding;
use crate::ingest::Limits;
use crate::ingest::parts::SheetParts;
use crate::ingest::{self, Content, Value, headers, workbook};
use crate::pipeline::Settings;
use crate::schemas::Field;
use crate::schemas::Reference;
use crate::source::{FileKind, Location};

/// A cell's value with its type, as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Kept {
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date or time: Excel's serial number, and whether it is a duration.
    Date {
        serial: f64,
        duration: bool,
    },
    /// An error value such as `#REF!`.
    Error(String),
    /// A formula the file holds no result for, as the file writes it (Excel's without its
    /// `=`, or LibreOffice's `of:=…`).
    Formula(String),
    /// A date in an ODS file, as calamine gives it: ISO 8601 text (`2021-05-03`).
    IsoDate(String),
}

impl Kept {
    /// The value as `check` reads it (`ingest`'s value of the cell).
    pub fn value(&self) -> Value {
        match self {
            Kept::Text(t) => Value::Text(crate::text::clean(t)),
            Kept::Number(n) => Value::Number(*n),
            Kept::Error(e) => Value::Error(e.clone()),
            Kept::Bool(b) => Value::Text(b.to_string()),
            Kept::Date { serial, .. } => Value::Text(ingest::number_text(*serial)),
            Kept::Formula(f) => Value::UncachedFormula(f.clone()),
            Kept::IsoDate(d) => Value::Text(crate::text::clean(d)),
        }
    }

    /// The value as text, as the region sees it (a date as its serial number aside).
    pub fn text(&self) -> String {
        match self {
            Kept::Text(t) => t.clone(),
            Kept::Number(n) | Kept::Date { serial: n, .. } => ingest::number_text(*n),
            Kept::Bool(true) => "SANT".to_string(),
            Kept::Bool(false) => "FALSKT".to_string(),
            Kept::Error(e) => e.clone(),
            Kept::Formula(f) => format!("={f}"),
            Kept::IsoDate(d) => d.clone(),
        }
    }
}

/// One non-empty cell: 1-based row and column (a CSV file's line and field).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCell {
    pub row: u32,
    pub col: u32,
    pub value: Kept,
    /// The cell holds a formula; `value` is its result as last calculated.
    pub formula: bool,
    /// The line of a CSV file the cell is on (its record may start on an earlier one, `row`);
    /// `row` in a workbook.
    pub line: u32,
}

/// One sheet of a region's file (a CSV file is one), as it is written.
#[derive(Debug, Clone)]
pub struct SourceSheet {
    /// The file and sheet, as check's findings name them.
    pub base: Location,
    pub hidden: bool,
    pub cells: Vec<SourceCell>,
    /// Merged ranges: first and last row and column, 0-based.
    pub merged: Vec<(u32, u16, u32, u16)>,
    /// The header row (1-based), when check found one.
    pub header: Option<u32>,
    /// What the header row names in each column (1-based): its fields.
    pub columns: BTreeMap<u32, BTreeSet<Field>>,
    /// The cells check read (1-based row and column), as which fields.
    pub read: BTreeMap<(u32, u32), BTreeSet<Field>>,
    /// The number formats, notes and other features of an XLSX sheet (0-based cells).
    pub parts: SheetParts,
    /// Which format the file is in: what the copy can keep of it.
    pub format: SourceFormat,
    /// A CSV file's lines where a record's field starts on a later line than the record
    /// (quoted line breaks): the line, and the record's first line, where the copy puts it.
    pub lines: BTreeMap<u32, u32>,
    /// The sheet is "Att rätta" of a workbook kontakt fixed: its list, made again, not the
    /// region's data.
    pub old_list: bool,
}

/// The file format of a sheet's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SourceFormat {
    #[default]
    Xlsx,
    /// ODS or XLS: values and types, without number formats or notes.
    OtherWorkbook,
    Csv,
}

/// What check reads of a sheet: its header row, its columns and its cells.
type ReadSheet = (Location, Option<u32>, Columns, Cells);
type Columns = BTreeMap<u32, BTreeSet<Field>>;
type Cells = BTreeMap<(u32, u32), BTreeSet<Field>>;

/// Every sheet of the file at `path` (`shown` as findings name it), with findings for what
/// could not be read (check has reported them too).
pub fn read(path: &Path, shown: &str, settings: &Settings) -> (Vec<SourceSheet>, Vec<Finding>) {
    // A file over the size limit, or that cannot be read, is left out: check has said why.
    let readable = std::fs::metadata(path).is_ok_and(|m| m.len() <= settings.limits.max_file_bytes);
    if !readable {
        return (Vec::new(), Vec::new());
    }
    match std::fs::read(path) {
        Ok(bytes) if !bytes.is_empty() => {
            from_bytes(bytes, shown, &settings.reference, &settings.limits)
        }
        _ => (Vec::new(), Vec::new()),
    }
}

/// `read`, for a file's bytes (within `limits`' size).
pub fn from_bytes(
    bytes: Vec<u8>,
    shown: &str,
    reference: &Reference,
    limits: &Limits,
) -> (Vec<SourceSheet>, Vec<Finding>) {
    let read = || ingest::read_bytes(bytes.clone(), shown, reference, limits);
    let ingested = read();
    let mut findings = ingested.findings;
    // What check reads in each column of each sheet.
    let mut read_sheets: Vec<ReadSheet> = Vec::new();
    let mut text = false;
    for table in ingested.tables {
        let base = table.base.clone();
        text |= base.kind == FileKind::Text;
        let mut columns = Columns::new();
        let mut cells = Cells::new();
        let mut header = None;
        if let Some(h) = headers::find_header(&table, reference) {
            header = Some(table.rows[h][0].row);
            for cell in &table.rows[h] {
                let named = ingest::vocabulary::header(&cell.value.text(), reference).fields();
                if !named.is_empty() {
                    columns.entry(cell.col).or_default().extend(named);
                }
            }
            let mut ignored = Vec::new();
            let (_, mut records) = headers::records(table, h, reference, &mut ignored);
            while let Some(record) = records.next_with(&mut ignored) {
                for (field, read) in record.fields() {
                    for cell in read {
                        cells.entry((cell.row, cell.col)).or_default().insert(field);
                    }
                }
            }
        }
        read_sheets.push((base, header, columns, cells));
    }
    if text {
        // A CSV file: its cells from a second reading (the first went to its records), each
        // record on one row.
        let mut cells = Vec::new();
        let mut lines = BTreeMap::new();
        for table in read().tables {
            cells_of(table, &mut cells, &mut lines, &mut findings);
        }
        let Some((base, header, columns, read)) = read_sheets.pop() else {
            return (Vec::new(), findings);
        };
        let on_row = |row: u32| lines.get(&row).copied().unwrap_or(row);
        let read = read
            .into_iter()
            .map(|((row, col), fields)| ((on_row(row), col), fields))
            .collect();
        let sheet = SourceSheet {
            base,
            hidden: false,
            cells,
            merged: Vec::new(),
            header: header.map(on_row),
            columns,
            read,
            parts: SheetParts::default(),
            format: SourceFormat::Csv,
            lines,
            old_list: false,
        };
        return (vec![sheet], findings);
    }
    let content = ingest::sniff(&bytes);
    if content == Content::Text {
        return (Vec::new(), findings);
    }
    let file = Location::file(shown, FileKind::Sheet);
    // Number formats and notes only from an archive the guard passes (raw_sheets checks it
    // again); an ODS file has neither in an XLSX's parts.
    let mut parts = match content {
        Content::Zip if ingest::guard::check_zip(&bytes, limits).is_ok() => {
            ingest::parts::sheet_parts(&bytes)
        }
        _ => BTreeMap::new(),
    };
    let format = match (content, &parts) {
        (Content::Zip, parts) if !parts.is_empty() => SourceFormat::Xlsx,
        _ => SourceFormat::OtherWorkbook,
    };
    let fixed_before = crate::template::signature(&bytes).is_some();
    let (raw, more) = workbook::raw_sheets(bytes, content, &file, limits);
    findings.extend(more);
    let sheets = raw
        .into_iter()
        .map(|raw| {
            let base = file.in_sheet(&raw.name);
            let (header, columns, read) = read_sheets
                .iter()
                .find(|(b, ..)| b.sheet == base.sheet)
                .map(|(_, h, c, r)| (*h, c.clone(), r.clone()))
                .unwrap_or_default();
            SourceSheet {
                cells: raw_cells(&raw),
                merged: raw
                    .merged
                    .iter()
                    .map(|&((r0, c0), (r1, c1))| (r0, c0 as u16, r1, c1 as u16))
                    .collect(),
                hidden: raw.hidden,
                base,
                header,
                columns,
                read,
                parts: parts.remove(&raw.name).unwrap_or_default(),
                format,
                lines: BTreeMap::new(),
                old_list: fixed_before && raw.name == super::LIST,
            }
        })
        .collect();
    (sheets, findings)
}

/// A text file's cells, in file order, each record on the row of its first line (a quoted
/// line break does not split it); `lines` gets each later line a field starts on. A row the
/// reader stopped at ends them.
fn cells_of(
    table: ingest::Table,
    out: &mut Vec<SourceCell>,
    lines: &mut BTreeMap<u32, u32>,
    findings: &mut Vec<Finding>,
) {
    for row in table.into_rows() {
        match row {
            Ok(cells) => {
                let first = cells.iter().map(|c| c.row).min().unwrap_or(0);
                for c in cells {
                    if c.row != first {
                        lines.insert(c.row, first);
                    }
                    out.push(SourceCell {
                        row: first,
                        col: c.col,
                        value: Kept::Text(c.value.text()),
                        formula: false,
                        line: c.row,
                    });
                }
            }
            Err(finding) => {
                findings.push(finding);
                break;
            }
        }
    }
}

fn raw_cells(raw: &workbook::RawSheet) -> Vec<SourceCell> {
    let mut cells: BTreeMap<(u32, u32), SourceCell> = BTreeMap::new();
    if let Some(start) = raw.values.start() {
        for (r, row) in raw.values.rows().enumerate() {
            for (c, data) in row.iter().enumerate() {
                let value = match data {
                    Data::Empty => continue,
                    Data::String(s) if s.is_empty() => continue,
                    Data::String(s) => Kept::Text(s.clone()),
                    Data::Float(f) => Kept::Number(*f),
                    Data::Int(i) => Kept::Number(*i as f64),
                    Data::Bool(b) => Kept::Bool(*b),
                    Data::DateTime(d) => Kept::Date {
                        serial: serial_1900(d),
                        duration: d.is_duration(),
                    },
                    Data::DateTimeIso(s) => Kept::IsoDate(s.clone()),
                    Data::DurationIso(s) => Kept::Text(s.clone()),
                    Data::Error(e) => Kept::Error(e.to_string()),
                };
                let (row, col) = (start.0 + r as u32 + 1, start.1 + c as u32 + 1);
                let cell = SourceCell {
                    row,
                    col,
                    value,
                    formula: false,
                    line: row,
                };
                cells.insert((row, col), cell);
            }
        }
    }
    // A formula's cell: its result as last calculated, or the formula where the file holds no
    // result.
    if let Some(start) = raw.formulas.start() {
        for (r, row) in raw.formulas.rows().enumerate() {
            for (c, formula) in row.iter().enumerate() {
                if formula.is_empty() {
                    continue;
                }
                let (row, col) = (start.0 + r as u32 + 1, start.1 + c as u32 + 1);
                cells
                    .entry((row, col))
                    .and_modify(|cell| match &cell.value {
                        // A blank result is none, as check reads it.
                        Kept::Text(t) if t.trim().is_empty() => {
                            cell.value = Kept::Formula(formula.clone());
                        }
                        _ => cell.formula = true,
                    })
                    .or_insert_with(|| SourceCell {
                        row,
                        col,
                        value: Kept::Formula(formula.clone()),
                        formula: false,
                        line: row,
                    });
            }
        }
    }
    cells.into_values().collect()
}

/// A date's serial number in Excel's 1900 date system, which the copy is written in: a
/// workbook in the 1904 system counts 1,462 days fewer.
fn serial_1900(d: &calamine::ExcelDateTime) -> f64 {
    use calamine::{ExcelDateTime, ExcelDateTimeType};
    let kind = match d.is_duration() {
        true => ExcelDateTimeType::TimeDelta,
        false => ExcelDateTimeType::DateTime,
    };
    let in_1904 = *d != ExcelDateTime::new(d.as_f64(), kind, false);
    match in_1904 && !d.is_duration() {
        true => d.as_f64() + 1462.0,
        false => d.as_f64(),
    }
}
