//! Finding the header row of a table and turning the rows below it into records.
//!
//! The header row may sit below title rows and to the right of empty columns: it is the first of
//! the top rows with the most cells that the vocabulary in `schemas/columns.json` knows. Unknown
//! columns are reported, never silently dropped. Region and Län cells left empty (under a merged
//! cell, or because the office wrote them once per group) are filled down from the row above.

use std::collections::BTreeMap;

use super::{Cell, Table, Value};
use crate::diagnostic::{Code, Finding};
use crate::schemas::{Field, Reference};
use crate::source::{Location, column_letters};

/// How many rows from the top may hold the header.
const HEADER_SEARCH_ROWS: usize = 30;
/// A header row names at least this many known columns.
const MIN_KNOWN_HEADERS: usize = 2;

/// One data row: its cells by field (several for phones, e-mails and län).
#[derive(Debug, Clone)]
pub struct Record {
    /// The whole row (`file:Sheet!7:7` or `file:7`).
    pub location: Location,
    /// The field of each cell in `cells`, sorted, so a field's cells are one slice.
    fields: Vec<Field>,
    cells: Vec<Cell>,
}

impl Record {
    pub fn get(&self, field: Field) -> &[Cell] {
        let start = self.fields.partition_point(|f| *f < field);
        let end = self.fields.partition_point(|f| *f <= field);
        &self.cells[start..end]
    }
}

/// A table read through its header.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub base: Location,
    /// Where the header row is.
    pub header: Location,
    pub fields: Vec<Field>,
    pub records: Vec<Record>,
}

impl Sheet {
    pub fn has(&self, field: Field) -> bool {
        self.fields.contains(&field)
    }
}

/// The header row's position in `table.rows`, if the table has one.
pub fn find_header(table: &Table, reference: &Reference) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, row) in table.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let known = row
            .iter()
            .filter(|c| reference.column(&c.value.text()).is_some())
            .count();
        if known >= MIN_KNOWN_HEADERS && best.is_none_or(|(_, k)| known > k) {
            best = Some((i, known));
        }
    }
    best.map(|(i, _)| i)
}

/// Read a table through its header row (at `header` in `table.rows`).
pub fn records(
    table: &Table,
    header: usize,
    reference: &Reference,
    findings: &mut Vec<Finding>,
) -> Sheet {
    let header_row = &table.rows[header];
    let header_loc = table.base.at(header_row[0].row, 0);
    let mut by_col: BTreeMap<u32, Field> = BTreeMap::new();
    let mut fields = Vec::new();
    for cell in header_row {
        let text = cell.value.text();
        let at = table.loc(cell);
        match reference.column(&text) {
            Some(field) if !field.is_multi() && fields.contains(&field) => findings.push(
                Finding::at(
                    Code::ColumnDuplicate,
                    &at,
                    format!("a second {text:?} column is not read"),
                )
                .with_help("keep one column per field, or merge the two"),
            ),
            Some(field) => {
                by_col.insert(cell.col, field);
                fields.push(field);
            }
            None => findings.push(
                Finding::at(
                    Code::ColumnUnknown,
                    &at,
                    format!("unknown column {text:?} is not read"),
                )
                .with_help(
                    "rename it to a known header (see the README's column vocabulary) or remove it",
                ),
            ),
        }
    }
    let named: std::collections::BTreeSet<u32> = header_row.iter().map(|c| c.col).collect();
    let mut unnamed_reported = std::collections::BTreeSet::new();
    let mut records = Vec::new();
    let mut last_fill: BTreeMap<Field, Vec<Cell>> = BTreeMap::new();
    for row in &table.rows[header + 1..] {
        let mut pairs: Vec<(Field, Cell)> = Vec::with_capacity(row.len());
        for cell in row {
            match by_col.get(&cell.col) {
                Some(&field) => {
                    if let Some(finding) = unusable(cell, table) {
                        findings.push(finding);
                    }
                    pairs.push((field, cell.clone()));
                }
                None if !named.contains(&cell.col) && unnamed_reported.insert(cell.col) => findings
                    .push(
                        Finding::at(
                            Code::ColumnUnknown,
                            &table.loc(cell),
                            format!(
                                "column {} has values but no header; it is not read",
                                column_letters(cell.col)
                            ),
                        )
                        .with_help("give the column a known header or remove it"),
                    ),
                None => {}
            }
        }
        for field in [Field::Region, Field::County] {
            let own: Vec<Cell> = pairs
                .iter()
                .filter(|(f, _)| *f == field)
                .map(|(_, c)| c.clone())
                .collect();
            if own.is_empty() {
                if let Some(cells) = last_fill.get(&field) {
                    pairs.extend(cells.iter().map(|c| (field, c.clone())));
                }
            } else {
                last_fill.insert(field, own);
            }
        }
        pairs.sort_by_key(|(f, _)| *f);
        let (fields, cells) = pairs.into_iter().unzip();
        records.push(Record {
            location: table.base.at(row[0].row, 0),
            fields,
            cells,
        });
    }
    Sheet {
        base: table.base.clone(),
        header: header_loc,
        fields,
        records,
    }
}

/// A finding for a cell whose value cannot be used: a formula without a stored result, or an
/// error value such as `#REF!`. Such cells stay in the record (the row is not "missing" the
/// value) but give no value to the validators.
fn unusable(cell: &Cell, table: &Table) -> Option<Finding> {
    match &cell.value {
        Value::UncachedFormula(f) => Some(
            Finding::at(Code::CellFormulaUncached, &table.loc(cell), format!("the formula ={f} has no stored result"))
                .with_help("open the file in Excel or LibreOffice and save it again, or replace the formula by its value"),
        ),
        Value::Error(e) => Some(
            Finding::at(Code::CellError, &table.loc(cell), format!("the cell holds the error {e}"))
                .with_help("fix the formula or type the value"),
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
        }
    }

    #[test]
    fn header_below_titles_and_right_of_empty_columns() {
        let reference = Reference::builtin().unwrap();
        let table = Table {
            base: Location::file("n.xlsx", FileKind::Sheet).in_sheet("Nord"),
            rows: vec![
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
        };
        let header = find_header(&table, &reference).unwrap();
        assert_eq!(header, 1);
        let mut findings = Vec::new();
        let sheet = records(&table, header, &reference, &mut findings);
        assert_eq!(sheet.records.len(), 2);
        // Län is filled down from the row above, keeping the cell it came from.
        assert_eq!(sheet.records[1].get(Field::County)[0].row, 4);
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
