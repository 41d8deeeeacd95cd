//! A region's own files as they are written, for `kontakt fix`: every sheet's cells with their
//! types (text, number, date, true/false, error), which hold a formula, the merged ranges, and
//! what `check` reads in each column. A CSV file is one sheet of text cells at its line and
//! field numbers. The I/O edge of the fixed workbook: the rest is pure.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use calamine::Data;

use crate::diagnostic::Finding;
use crate::ingest::formats::NumberFormat;
use crate::ingest::{self, Content, Value, headers, workbook};
use crate::pipeline::Settings;
use crate::schemas::Field;
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
    /// A formula the file holds no result for (without its `=`).
    Formula(String),
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
    /// The number format of each cell that has one other than General (0-based row and
    /// column; XLSX only).
    pub formats: BTreeMap<(u32, u32), NumberFormat>,
}

/// What check reads of a sheet: its header row, its columns and its cells.
type ReadSheet = (Location, Option<u32>, Columns, Cells);
type Columns = BTreeMap<u32, BTreeSet<Field>>;
type Cells = BTreeMap<(u32, u32), BTreeSet<Field>>;

/// Every sheet of the file at `path` (`shown` as findings name it), with findings for what
/// could not be read (check has reported them too).
pub fn read(path: &Path, shown: &str, settings: &Settings) -> (Vec<SourceSheet>, Vec<Finding>) {
    let reference = &settings.reference;
    let read = || ingest::read_file(path, shown, reference, &settings.limits, false);
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
        // A CSV file: its cells from a second reading (the first went to its records).
        let mut cells = Vec::new();
        for table in read().tables {
            cells_of(table, &mut cells, &mut findings);
        }
        let Some((base, header, columns, read)) = read_sheets.pop() else {
            return (Vec::new(), findings);
        };
        let sheet = SourceSheet {
            base,
            hidden: false,
            cells,
            merged: Vec::new(),
            header,
            columns,
            read,
            formats: BTreeMap::new(),
        };
        return (vec![sheet], findings);
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(_) => return (Vec::new(), findings),
    };
    let content = ingest::sniff(&bytes);
    if content == Content::Text {
        return (Vec::new(), findings);
    }
    let file = Location::file(shown, FileKind::Sheet);
    // Number formats only from an archive the guard passes (raw_sheets checks it again).
    let mut formats = match content {
        Content::Zip if ingest::guard::check_zip(&bytes, &settings.limits).is_ok() => {
            ingest::formats::number_formats(&bytes)
        }
        _ => BTreeMap::new(),
    };
    let (raw, more) = workbook::raw_sheets(bytes, content, &file, &settings.limits);
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
                formats: formats.remove(&raw.name).unwrap_or_default(),
            }
        })
        .collect();
    (sheets, findings)
}

/// A text file's cells, in file order; a row the reader stopped at ends them.
fn cells_of(table: ingest::Table, out: &mut Vec<SourceCell>, findings: &mut Vec<Finding>) {
    for row in table.into_rows() {
        match row {
            Ok(cells) => out.extend(cells.into_iter().map(|c| SourceCell {
                row: c.row,
                col: c.col,
                value: Kept::Text(c.value.text()),
                formula: false,
            })),
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
                        serial: d.as_f64(),
                        duration: d.is_duration(),
                    },
                    Data::DateTimeIso(s) | Data::DurationIso(s) => Kept::Text(s.clone()),
                    Data::Error(e) => Kept::Error(e.to_string()),
                };
                let (row, col) = (start.0 + r as u32 + 1, start.1 + c as u32 + 1);
                let cell = SourceCell {
                    row,
                    col,
                    value,
                    formula: false,
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
                    .and_modify(|cell| cell.formula = true)
                    .or_insert_with(|| SourceCell {
                        row,
                        col,
                        value: Kept::Formula(formula.clone()),
                        formula: false,
                    });
            }
        }
    }
    cells.into_values().collect()
}
