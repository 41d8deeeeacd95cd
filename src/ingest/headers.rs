//! Finding the header row of a table and turning the rows below it into records.
//!
//! The header row may sit below title rows and to the right of empty columns: it is the first of
//! the top rows with the most cells that the vocabulary in `schemas/columns.json` knows (a sheet
//! that lists only län has one: `Län`). Unknown columns are reported, never silently dropped; a
//! header close to a known one is read as it, with a note. Region and Län cells left empty
//! (under a merged cell, or because the office wrote them once per group) are filled down from
//! the row above.
//!
//! A header that joins two fields (`Roll/Organisation`, `Län/Region`) is read cell by cell: a
//! value goes to each of the two fields it recognisably is (a region name to Region, a list of
//! län to Län, an organisation such as `Linköpings kommun` to Organisation, an address to
//! E-post, digits to Telefon), and to the first field when it is recognisably neither.

use std::collections::{BTreeMap, BTreeSet};

use std::sync::LazyLock;

use regex::Regex;
use smallvec::{SmallVec, smallvec};

use super::vocabulary::{self, Header};
use super::{Cell, Table, Value};
use crate::diagnostic::{Code, Finding};
use crate::schemas::{Field, Reference};
use crate::source::{Location, column_letters};
use crate::tr;

/// Words that make a value an organisation's name: `Linköpings kommun`, `Region Östergötland`,
/// `Polismyndigheten`, `Socialtjänsten i Malmö`.
static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:kommun|kommuns|stad|staden|regionen|landsting|länsstyrelsen|myndighet|myndigheten|förvaltning|förvaltningen|socialtjänst|socialtjänsten|verket|polisen|centrum|förening|föreningen|stiftelse|stiftelsen|mottagning|mottagningen)\b|\bab\b|^region\s").expect("valid regex")
});

/// How many rows from the top may hold the header.
const HEADER_SEARCH_ROWS: usize = 30;
/// A header row names at least this many known columns.
const MIN_KNOWN_HEADERS: usize = 2;

/// One data row: its cells by field (several for phones, e-mails and län).
#[derive(Debug, Clone)]
pub struct Record {
    /// The whole row (`file:Sheet!7:7` or `file:7`).
    pub location: Location,
    /// Where each field's cells end in `cells` (in `Field` order, so a field's cells are the
    /// slice from the end of the field before it).
    ends: [u32; Field::COUNT],
    cells: Vec<Cell>,
}

impl Record {
    pub fn get(&self, field: Field) -> &[Cell] {
        let i = field as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.cells[start as usize..self.ends[i] as usize]
    }

    /// Each field with its cells, in `Field` order.
    pub fn fields(&self) -> impl Iterator<Item = (Field, &[Cell])> {
        Field::ALL.into_iter().map(|f| (f, self.get(f)))
    }
}

/// A table read through its header (its records come apart, one at a time: [`Records`]).
#[derive(Debug, Clone)]
pub struct Sheet {
    pub base: Location,
    /// Where the header row is.
    pub header: Location,
    pub fields: Vec<Field>,
}

/// The next record, with what reading it found added to the findings; `None` at the end.
pub type NextRecord<'a> = dyn FnMut(&mut Vec<Finding>) -> Option<Record> + 'a;

impl Sheet {
    pub fn has(&self, field: Field) -> bool {
        self.fields.contains(&field)
    }
}

/// The header row's position in `table.rows`, if the table has one.
pub fn find_header(table: &Table, reference: &Reference) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    // The top rows repeat values (a region, a role) row after row: each is looked up once.
    let mut looked_up: std::collections::HashMap<std::borrow::Cow<'_, str>, bool> =
        std::collections::HashMap::new();
    for (i, row) in table.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let known = row
            .iter()
            .filter(|c| {
                let text = c.value.as_text();
                match looked_up.get(&text) {
                    Some(&known) => known,
                    None => {
                        let known = vocabulary::header(&text, reference) != Header::Unknown;
                        looked_up.insert(text, known);
                        known
                    }
                }
            })
            .count();
        if known >= MIN_KNOWN_HEADERS && best.is_none_or(|(_, k)| known > k) {
            best = Some((i, known));
        }
    }
    // A sheet that lists län: the first top row whose one known header is `Län` (under a
    // title, perhaps beside a column kontakt does not read).
    best.map(|(i, _)| i).or_else(|| {
        table.rows.iter().take(HEADER_SEARCH_ROWS).position(|row| {
            let known: Vec<Header> = row
                .iter()
                .map(|c| vocabulary::header(&c.value.text(), reference))
                .filter(|h| *h != Header::Unknown)
                .collect();
            known == [Header::Exact(Field::County)]
        })
    })
}

/// Which of a combined header's two fields a value goes to: each it recognisably is, else the
/// first.
fn route(value: &Value, a: Field, b: Field, reference: &Reference) -> SmallVec<[Field; 2]> {
    let text = value.text();
    let is = |f: Field| match f {
        Field::Region => reference.region(&text).is_some(),
        Field::County => {
            let tokens: Vec<&str> = text
                .split([',', ';', '/', '&', '\n'])
                .flat_map(|t| t.split(" och "))
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .collect();
            !tokens.is_empty() && tokens.iter().all(|t| reference.lan(t).is_some())
        }
        Field::Organisation => ORGANISATION.is_match(&text),
        Field::Email => text.contains('@'),
        Field::Phone | Field::Mobile => {
            text.chars().filter(char::is_ascii_digit).count() >= 6
                && !text.chars().any(char::is_alphabetic)
        }
        _ => false,
    };
    match (is(a), is(b)) {
        (_, false) => smallvec![a],
        (false, true) => smallvec![b],
        // `Stockholm` is both a region and a län; two phone kinds are one number.
        (true, true)
            if matches!(
                (a, b),
                (Field::County, Field::Region) | (Field::Region, Field::County)
            ) =>
        {
            smallvec![a, b]
        }
        (true, true) => smallvec![a],
    }
}

/// A `Roll/Organisation` cell that holds both, `Samordnare, Socialförvaltningen Göteborg`: its
/// parts, each to the field it is. `None` when the cell is not so split.
fn split_role_organisation(text: &str) -> Option<(String, String)> {
    for sep in [", ", " – ", " - ", " vid ", " på "] {
        if let Some((x, y)) = text.split_once(sep) {
            let (x, y) = (x.trim(), y.trim());
            match (ORGANISATION.is_match(x), ORGANISATION.is_match(y)) {
                (false, true) => return Some((x.to_string(), y.to_string())),
                (true, false) => return Some((y.to_string(), x.to_string())),
                _ => {}
            }
        }
    }
    None
}

/// Read a table through its header row (at `header` in `table.rows`).
pub fn records<'r>(
    mut table: Table,
    header: usize,
    reference: &'r Reference,
    findings: &mut Vec<Finding>,
) -> (Sheet, Records<'r>) {
    let header_row = &table.rows[header];
    let header_loc = table.base.at(header_row[0].row, 0);
    let mut by_col: BTreeMap<u32, Header> = BTreeMap::new();
    let mut fields = Vec::new();
    for cell in header_row {
        let text = cell.value.text();
        let at = table.loc(cell);
        let read = vocabulary::header(&text, reference);
        let duplicate = read
            .fields()
            .into_iter()
            .find(|f| !f.is_multi() && fields.contains(f));
        if let Some(field) = duplicate {
            findings.push(
                Finding::at(
                    Code::ColumnDuplicate,
                    &at,
                    tr!(
                        "column-duplicate",
                        field = field.label(),
                        header = format!("{text:?}")
                    ),
                )
                .with_help(tr!("column-duplicate-help")),
            );
            continue;
        }
        match read {
            Header::Exact(_) => {}
            Header::Combined(a, b) => findings.push(
                Finding::at(
                    Code::ColumnCombined,
                    &at,
                    tr!(
                        "column-combined",
                        header = format!("{text:?}"),
                        first = a.label(),
                        second = b.label()
                    ),
                )
                .with_help(tr!(
                    "column-combined-help",
                    first = a.label(),
                    second = b.label()
                )),
            ),
            Header::Guessed(f) => findings.push(
                Finding::at(
                    Code::ColumnGuessed,
                    &at,
                    tr!(
                        "column-guessed",
                        header = format!("{text:?}"),
                        field = f.label()
                    ),
                )
                .with_help(tr!("column-guessed-help", field = f.label())),
            ),
            Header::Unknown => {
                let help = match (
                    vocabulary::joined(&text, reference),
                    vocabulary::nearest(&text, reference, 3),
                ) {
                    (Some((a, b)), _) => tr!(
                        "column-unknown-joined-help",
                        first = a.label(),
                        second = b.label()
                    ),
                    (None, Some((f, d))) if d <= 3 => {
                        tr!("column-unknown-near-help", field = f.label())
                    }
                    _ => tr!("column-unknown-help"),
                };
                findings.push(
                    Finding::at(
                        Code::ColumnUnknown,
                        &at,
                        tr!("column-unknown", header = format!("{text:?}")),
                    )
                    .with_help(help),
                );
                continue;
            }
        }
        by_col.insert(cell.col, read);
        fields.extend(read.fields());
    }
    let named: BTreeSet<u32> = header_row.iter().map(|c| c.col).collect();
    // The rows are moved into the records, not copied, and read as the records are.
    let below = table.rows.split_off(header + 1);
    let base = table.base.clone();
    table.rows = below;
    (
        Sheet {
            base: base.clone(),
            header: header_loc,
            fields,
        },
        Records {
            rows: Box::new(table.into_rows()),
            base,
            reference,
            by_col,
            named,
            unnamed_reported: BTreeSet::new(),
            last_fill: BTreeMap::new(),
            pairs: Vec::new(),
            findings: Vec::new(),
        },
    )
}

/// The records below a header, read one row at a time. What reading a row finds (a cell that
/// cannot be used, a column without a header) goes to `findings`, for the reader to take.
pub struct Records<'r> {
    rows: Box<dyn Iterator<Item = Result<Vec<Cell>, Finding>> + Send + 'r>,
    base: Location,
    reference: &'r Reference,
    by_col: BTreeMap<u32, Header>,
    named: BTreeSet<u32>,
    unnamed_reported: BTreeSet<u32>,
    last_fill: BTreeMap<Field, Vec<Cell>>,
    /// A row's cells with their fields, before they are sorted into a record (reused).
    pairs: Vec<(Field, Cell)>,
    pub findings: Vec<Finding>,
}

impl Iterator for Records<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            let row = match self.rows.next()? {
                Ok(row) => row,
                Err(finding) => {
                    self.findings.push(finding);
                    continue;
                }
            };
            if let Some(record) = self.record(row) {
                return Some(record);
            }
        }
    }
}

impl Records<'_> {
    /// The next record, what reading it found added to `findings`.
    pub fn next_with(&mut self, findings: &mut Vec<Finding>) -> Option<Record> {
        let record = self.next();
        findings.append(&mut self.findings);
        record
    }

    fn loc(&self, cell: &Cell) -> Location {
        self.base.at_char(cell.row, cell.col, cell.char_col)
    }

    fn record(&mut self, row: Vec<Cell>) -> Option<Record> {
        // A sheet's row is where its own cells are: a merged cell's value points at the merged
        // cell above. A CSV record is where it starts (a quoted line break moves later fields).
        let row_number = match self.base.kind {
            crate::source::FileKind::Text => row.first().map(|c| c.row)?,
            crate::source::FileKind::Sheet => row.iter().map(|c| c.row).max()?,
        };
        let mut pairs = std::mem::take(&mut self.pairs);
        pairs.clear();
        for cell in row {
            match self.by_col.get(&cell.col) {
                Some(&read) => {
                    if !matches!(cell.value, Value::Text(_) | Value::Number(_))
                        && let Some(finding) = unusable(&cell, &self.loc(&cell))
                    {
                        self.findings.push(finding);
                    }
                    let role_org = matches!(
                        read,
                        Header::Combined(Field::Role, Field::Organisation)
                            | Header::Combined(Field::Organisation, Field::Role)
                    );
                    if let Some((role, org)) = role_org
                        .then(|| split_role_organisation(&cell.value.text()))
                        .flatten()
                    {
                        for (field, text) in [(Field::Role, role), (Field::Organisation, org)] {
                            pairs.push((
                                field,
                                Cell {
                                    value: Value::Text(text),
                                    ..cell.clone()
                                },
                            ));
                        }
                        continue;
                    }
                    let targets = match read {
                        Header::Combined(a, b) => route(&cell.value, a, b, self.reference),
                        other => other.fields(),
                    };
                    if let Some((&last, rest)) = targets.split_last() {
                        for &field in rest {
                            pairs.push((field, cell.clone()));
                        }
                        pairs.push((last, cell));
                    }
                }
                None if !self.named.contains(&cell.col)
                    && self.unnamed_reported.insert(cell.col) =>
                {
                    self.findings.push(
                        Finding::at(
                            Code::ColumnUnknown,
                            &self.loc(&cell),
                            tr!("column-unknown-unnamed", column = column_letters(cell.col)),
                        )
                        .with_help(tr!("column-unknown-unnamed-help")),
                    )
                }
                None => {}
            }
        }
        for field in [Field::Region, Field::County] {
            let own = pairs.iter().filter(|(f, _)| *f == field).map(|(_, c)| c);
            if own.clone().next().is_none() {
                if let Some(cells) = self.last_fill.get(&field) {
                    pairs.extend(cells.iter().map(|c| (field, c.clone())));
                }
            } else {
                // Kept for the rows below that leave it empty; most rows repeat the row above,
                // whose cells (value and place) stand until then.
                let filled = self.last_fill.entry(field).or_default();
                let same_values = filled.len() == own.clone().count()
                    && filled
                        .iter()
                        .zip(own.clone())
                        .all(|(a, b)| same(&a.value, &b.value));
                match same_values {
                    // The same value one row down: only its place changes.
                    true => filled.iter_mut().zip(own).for_each(|(a, b)| {
                        (a.row, a.col, a.char_col) = (b.row, b.col, b.char_col);
                    }),
                    false => {
                        filled.clear();
                        filled.extend(own.cloned());
                    }
                }
            }
        }
        pairs.sort_by_key(|(f, _)| *f);
        let mut ends = [0u32; Field::COUNT];
        let mut cells = Vec::with_capacity(pairs.len());
        for (field, cell) in pairs.drain(..) {
            cells.push(cell);
            ends[field as usize] = cells.len() as u32;
        }
        // A field without cells ends where the one before it ends.
        for i in 1..ends.len() {
            ends[i] = ends[i].max(ends[i - 1]);
        }
        self.pairs = pairs;
        Some(Record {
            location: self.base.at(row_number, 0),
            ends,
            cells,
        })
    }
}

/// Whether two values are the same to the last bit (`-0` and `0` are two numbers here).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.to_bits() == y.to_bits(),
        _ => a == b,
    }
}

/// A finding for a cell whose value cannot be used: a formula without a stored result, or an
/// error value such as `#REF!`. Such cells stay in the record (the row is not "missing" the
/// value) but give no value to the validators.
fn unusable(cell: &Cell, at: &Location) -> Option<Finding> {
    match &cell.value {
        Value::UncachedFormula(f) => Some(
            Finding::at(
                Code::CellFormulaUncached,
                at,
                tr!("file-formula-uncached", formula = f),
            )
            .with_help(tr!("file-formula-uncached-help")),
        ),
        Value::Error(e) => Some(
            Finding::at(Code::CellError, at, tr!("file-cell-error", error = e))
                .with_help(tr!("file-cell-error-help")),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;

    fn cell(row: u32, col: u32, text: &str) -> Cell {
        Cell {
            value: Value::Text(text.into()),
            row,
            col,
            char_col: 0,
        }
    }

    #[test]
    fn header_below_titles_and_right_of_empty_columns() {
        let reference = Reference::builtin().unwrap();
        let table = Table::of(
            Location::file("n.xlsx", FileKind::Sheet).in_sheet("Nord"),
            vec![
                vec![cell(1, 2, "Regionkoordinatorer Nord")],
                vec![
                    cell(3, 2, "Namn"),
                    cell(3, 3, "E-post"),
                    cell(3, 4, "Län"),
                    cell(3, 5, "Skostorlek"),
                ],
                vec![
                    cell(4, 2, "Eva Norlin"),
                    cell(4, 3, "eva.norlin@umea.se"),
                    cell(4, 4, "Jämtland"),
                ],
                vec![cell(5, 2, "Maria Alden"), cell(5, 6, "stray")],
            ],
        );
        let header = find_header(&table, &reference).unwrap();
        assert_eq!(header, 1);
        let mut findings = Vec::new();
        let (_, mut rows) = records(table, header, &reference, &mut findings);
        let read: Vec<Record> = std::iter::from_fn(|| rows.next_with(&mut findings)).collect();
        assert_eq!(read.len(), 2);
        // Län is filled down from the row above, keeping the cell it came from.
        assert_eq!(read[1].get(Field::County)[0].row, 4);
        let codes: Vec<_> = findings
            .iter()
            .map(|f| (f.code, f.location.as_ref().unwrap().to_string()))
            .collect();
        assert_eq!(
            codes,
            vec![
                (Code::ColumnUnknown, "n.xlsx:Nord!E3".to_string()),
                (Code::ColumnUnknown, "n.xlsx:Nord!F5".to_string())
            ]
        );
    }
}
