//! `kontakt fix`: a region's own rows back in the template's form, with each finding marked at
//! its cell. A value kontakt is certain of is written in its standard form (a phone's Swedish
//! written form, an e-mail address with its domain in lower case, text without invisible
//! characters), and each such change is listed; a cell with an error or a warning that is not
//! a matter of form keeps the value as the region wrote it. Nothing the region wrote is left
//! out: Förnamn and Efternamn, and columns kontakt does not read, follow the template's columns
//! as they were. Pure: rows, contacts and findings in, rows and marks out.

use crate::diagnostic::{Code, Finding, Severity};
use crate::i18n::Lang;
use crate::ingest::Cell;
use crate::model::Contact;
use crate::schemas::{Field, Reference};
use crate::source::{FileKind, Location};

use super::marks::{Line, Mark, Marks};
use super::{EMAIL, KIND, LAN, MOBILE, PHONE, REGION, Row};

/// One data row of a region's file: where it is, its cells by field, and the cells of columns
/// kontakt does not read, with their headers.
#[derive(Debug, Clone)]
pub struct SourceRow {
    /// The sheet (`file:Sheet`) the row is in.
    pub sheet: Location,
    /// The 1-based row.
    pub row: u32,
    pub cells: Vec<(Field, Cell)>,
    pub unread: Vec<(String, Cell)>,
}

/// What `fixed` makes: the rows, the headers of the columns after the template's, and the marks.
#[derive(Debug, Clone, Default)]
pub struct Fixed {
    pub rows: Vec<Row>,
    pub extra: Vec<String>,
    pub marks: Marks,
}

/// Findings that are about a value's form only: once kontakt writes the value in its standard
/// form, nothing is left to do.
pub const FORM_ONLY: [Code; 3] = [
    Code::PhoneStoredAsNumber,
    Code::EmailNormalised,
    Code::TextInvisible,
];

/// The most characters Excel holds in a cell.
const CELL_LIMIT: usize = 32_767;

/// The template column of a field (Förnamn and Efternamn go to the name column too, and keep
/// their own columns after the template's).
fn column(field: Field) -> u16 {
    match field {
        Field::Region => REGION,
        Field::Name | Field::GivenName | Field::FamilyName => 1,
        Field::Role => 2,
        Field::Organisation => 3,
        Field::Email => EMAIL,
        Field::Phone => PHONE,
        Field::Mobile => MOBILE,
        Field::County => LAN,
        Field::Kind => KIND,
    }
}

/// The column's name, for the list.
fn column_name(c: u16, extra: &[String], base: u16) -> String {
    let names = [
        "Region",
        "Namn",
        "Roll",
        "Organisation",
        "E-post",
        "Telefon",
        "Mobil",
        "Län",
        "Typ",
    ];
    match c.checked_sub(base) {
        Some(i) => extra.get(i as usize).cloned().unwrap_or_default(),
        None => names.get(c as usize).copied().unwrap_or("").to_string(),
    }
}

fn same_sheet(at: &Location, sheet: &Location) -> bool {
    at.file == sheet.file && at.sheet == sheet.sheet
}

fn at_cell(at: &Location, sheet: &Location, row: u32, col: u32) -> bool {
    same_sheet(at, sheet)
        && at.row.map(|r| r.get()) == Some(row)
        && at.col.map(|c| c.get()) == Some(col)
}

fn in_row(at: &Location, sheet: &Location, row: u32) -> bool {
    same_sheet(at, sheet) && at.row.map(|r| r.get()) == Some(row)
}

/// Where a place was in the region's own file, as the region knows it: `syd.xlsx, Syd!D3` or
/// `mitt.csv, rad 2, fält 4`.
pub fn origin(at: &Location) -> String {
    let file = std::path::Path::new(at.file.as_ref())
        .file_name()
        .map_or_else(|| at.file.to_string(), |n| n.to_string_lossy().into_owned());
    match (at.kind, &at.sheet, at.row, at.col) {
        (FileKind::Sheet, Some(sheet), Some(r), Some(c)) => {
            let name = super::marks::cell_name(r.get() - 1, (c.get() - 1) as u16);
            format!("{file}, {sheet}!{name}")
        }
        (FileKind::Sheet, Some(sheet), Some(r), None) => format!("{file}, {sheet} rad {r}"),
        (FileKind::Sheet, Some(sheet), None, _) => format!("{file}, bladet {sheet}"),
        (FileKind::Text, _, Some(r), Some(c)) => format!("{file}, rad {r}, fält {c}"),
        (_, _, Some(r), _) => format!("{file}, rad {r}"),
        _ => file,
    }
}

/// Whether a row only lists län (a "Län" sheet): it has län and nothing of a contact.
fn lists_lan(row: &SourceRow) -> bool {
    let has = |f: Field| row.cells.iter().any(|(g, _)| *g == f);
    has(Field::County)
        && !row
            .cells
            .iter()
            .any(|(f, c)| *f != Field::County && *f != Field::Region && !c.value.is_empty())
}

/// The rows and marks of a region's fixed workbook. `findings` are the region's files'
/// findings, one place each; `national` says whether the template has Typ.
pub fn fixed(
    rows: &[SourceRow],
    contacts: &[&Contact],
    findings: &[Finding],
    reference: &Reference,
    national: bool,
) -> Fixed {
    let base: u16 = if national { 9 } else { 8 };
    let mut extra: Vec<String> = Vec::new();
    let split = rows.iter().any(|r| {
        r.cells
            .iter()
            .any(|(f, _)| matches!(f, Field::GivenName | Field::FamilyName))
    });
    if split {
        extra.extend(["Förnamn".to_string(), "Efternamn".to_string()]);
    }
    for row in rows {
        for (header, _) in &row.unread {
            if !extra.contains(header) {
                extra.push(header.clone());
            }
        }
    }
    let mut fixed = Fixed {
        extra: extra.clone(),
        ..Fixed::default()
    };
    let mut placed = vec![false; findings.len()];
    // A "Län" sheet's län: written into the first contact row of its file that has none.
    let mut lan_lists: Vec<(std::sync::Arc<str>, Vec<&SourceRow>)> = Vec::new();
    for row in rows.iter().filter(|r| lists_lan(r)) {
        match lan_lists.iter_mut().find(|(f, _)| *f == row.sheet.file) {
            Some((_, list)) => list.push(row),
            None => lan_lists.push((row.sheet.file.clone(), vec![row])),
        }
    }

    for source in rows.iter().filter(|r| !lists_lan(r)) {
        let r = fixed.rows.len() as u32 + 1;
        // The contact the row became: the one with an address or number from its cells (a
        // row whose first cell is merged from above is located at the row above).
        let own = |at: &Location| {
            source.cells.iter().any(|(_, cell)| {
                cell.row == source.row && at_cell(at, &source.sheet, cell.row, cell.col)
            })
        };
        let contact = contacts
            .iter()
            .find(|c| c.emails.iter().any(|e| own(&e.at)) || c.phones.iter().any(|p| own(&p.at)))
            .or_else(|| {
                contacts
                    .iter()
                    .find(|c| in_row(&c.source, &source.sheet, source.row))
            });
        let mut row = Row {
            extra: vec![String::new(); extra.len()],
            ..Row::default()
        };
        let mut columns: Vec<(u16, Vec<&Cell>)> = Vec::new();
        for c in [REGION, 1, 2, 3, EMAIL, PHONE, MOBILE, LAN, KIND] {
            if c == KIND && !national && !source.cells.iter().any(|(f, _)| *f == Field::Kind) {
                continue;
            }
            let cells: Vec<&Cell> = source
                .cells
                .iter()
                .filter(|(f, _)| column(*f) == c)
                // A Region or Län cell from the row above (filled down, or merged) is how
                // check reads an empty cell: left empty, it is read the same way.
                .filter(|(f, cell)| {
                    !matches!(f, Field::Region | Field::County) || cell.row == source.row
                })
                .filter(|(f, _)| {
                    // The name column is the Namn cells, else Förnamn and Efternamn together.
                    c != 1
                        || *f == Field::Name
                        || !source.cells.iter().any(|(g, _)| *g == Field::Name)
                })
                .map(|(_, cell)| cell)
                .collect();
            let c = if c == KIND && !national {
                // Typ in a region's file: kept after the template's columns.
                if !fixed.extra.iter().any(|h| h == "Typ") {
                    fixed.extra.push("Typ".to_string());
                    row.extra.push(String::new());
                }
                base + fixed.extra.iter().position(|h| h == "Typ").unwrap_or(0) as u16
            } else {
                c
            };
            columns.push((c, cells));
        }
        if split {
            for (i, field) in [Field::GivenName, Field::FamilyName]
                .into_iter()
                .enumerate()
            {
                let cells = source
                    .cells
                    .iter()
                    .filter(|(f, _)| *f == field)
                    .map(|(_, c)| c)
                    .collect();
                columns.push((base + i as u16, cells));
            }
        }
        for (header, cell) in &source.unread {
            let i = fixed.extra.iter().position(|h| h == header).unwrap_or(0);
            columns.push((base + i as u16, vec![cell]));
        }

        for (c, cells) in columns {
            let raw = raw_text(c, &cells);
            let here = |at: &Location| {
                cells
                    .iter()
                    .filter(|cell| cell.row == source.row)
                    .any(|cell| at_cell(at, &source.sheet, cell.row, cell.col))
            };
            let found: Vec<usize> = (0..findings.len())
                .filter(|&f| findings[f].location.as_ref().is_some_and(&here))
                .collect();
            let blocking = found.iter().any(|&f| {
                findings[f].severity >= Severity::Warning && !FORM_ONLY.contains(&findings[f].code)
            });
            let standard = match (contact, blocking, raw.trim().is_empty(), c < base) {
                (Some(contact), false, false, true) => {
                    standard_form(c, contact, &cells, source, reference)
                }
                _ => None,
            };
            let mut value = standard.clone().unwrap_or_else(|| raw.clone());
            let form: Vec<&Finding> = found
                .iter()
                .map(|&f| &findings[f])
                .filter(|f| FORM_ONLY.contains(&f.code))
                .collect();
            let as_text = form.iter().any(|f| f.code == Code::PhoneStoredAsNumber);
            if value.chars().count() > CELL_LIMIT {
                value = value.chars().take(CELL_LIMIT).collect();
                fixed.marks.add(Line {
                    mark: Mark::Warning,
                    cell: Some((r, c)),
                    code: String::new(),
                    what: format!(
                        "{}: värdet har {} tecken, fler än en Excel-cell rymmer ({CELL_LIMIT}); här är det förkortat, i er egen fil är det helt",
                        column_name(c, &fixed.extra, base),
                        raw.chars().count()
                    ),
                    help: String::new(),
                    origin: cells.first().map(|cell| origin(&source.sheet.at(source.row, cell.col))).unwrap_or_default(),
                });
            }
            let rewritten = value != raw || as_text;
            if rewritten && value.chars().count() <= CELL_LIMIT {
                let codes: Vec<&str> = form.iter().map(|f| f.code.as_str()).collect();
                let what = match (value != raw, as_text) {
                    (false, true) => format!(
                        "{}: talet {} är skrivet som text",
                        column_name(c, &fixed.extra, base),
                        raw.trim()
                    ),
                    _ => format!(
                        "{}: «{}» har skrivits om till «{value}»",
                        column_name(c, &fixed.extra, base),
                        raw.trim()
                    ),
                };
                if standard.is_some() || as_text || !form.is_empty() {
                    fixed.marks.add(Line {
                        mark: Mark::Changed,
                        cell: Some((r, c)),
                        code: codes.join(", "),
                        what,
                        help: String::new(),
                        origin: cells
                            .first()
                            .map(|cell| origin(&source.sheet.at(source.row, cell.col)))
                            .unwrap_or_default(),
                    });
                }
            }
            for &f in &found {
                placed[f] = true;
                // A form finding is said by the change line above, once.
                if rewritten && FORM_ONLY.contains(&findings[f].code) {
                    continue;
                }
                fixed.marks.add(line(&findings[f], Some((r, c))));
            }
            set(&mut row, c, base, value);
        }
        // A finding about the row as a whole (a missing name) is marked at its name.
        for (f, finding) in findings.iter().enumerate() {
            let whole_row = finding
                .location
                .as_ref()
                .is_some_and(|at| at.col.is_none() && in_row(at, &source.sheet, source.row));
            if whole_row && !placed[f] {
                placed[f] = true;
                fixed.marks.add(line(finding, Some((r, 1))));
            }
        }
        // The län of the file's "Län" sheet, in its first row without län of its own.
        if row.lan.is_empty()
            && let Some(i) = lan_lists.iter().position(|(f, _)| *f == source.sheet.file)
        {
            let (_, list) = lan_lists.remove(i);
            let cells: Vec<&Cell> = list
                .iter()
                .flat_map(|l| {
                    l.cells
                        .iter()
                        .filter(|(f, _)| *f == Field::County)
                        .map(|(_, c)| c)
                })
                .collect();
            row.lan = raw_text(LAN, &cells);
            let sheet = list[0].sheet.sheet.as_deref().unwrap_or_default();
            fixed.marks.add(Line {
                mark: Mark::Changed,
                cell: Some((r, LAN)),
                code: String::new(),
                what: format!(
                    "Län: länen från bladet «{sheet}» (ett län per rad) står här, i regionens första rad: «{}»; raderna under läses med samma län",
                    row.lan
                ),
                help: String::new(),
                origin: origin(&list[0].sheet),
            });
            for l in &list {
                for (f, finding) in findings.iter().enumerate() {
                    if !placed[f]
                        && finding
                            .location
                            .as_ref()
                            .is_some_and(|at| in_row(at, &l.sheet, l.row))
                    {
                        placed[f] = true;
                        fixed.marks.add(line(finding, Some((r, LAN))));
                    }
                }
            }
        }
        fixed.rows.push(row);
    }
    // Findings about a header, a sheet or a file: listed, without a cell.
    for (f, finding) in findings.iter().enumerate() {
        if !placed[f] {
            fixed.marks.add(line(finding, None));
        }
    }
    fixed
}

/// A finding as a line of the list.
fn line(finding: &Finding, cell: Option<(u32, u16)>) -> Line {
    Line {
        mark: match finding.severity {
            Severity::Error => Mark::Error,
            _ => Mark::Warning,
        },
        cell,
        code: finding.code.as_str().to_string(),
        what: finding.message.render(Lang::Sv),
        help: finding
            .help
            .as_ref()
            .map(|h| h.render(Lang::Sv))
            .unwrap_or_default(),
        origin: finding.location.as_ref().map(origin).unwrap_or_default(),
    }
}

/// The cells' text as the region wrote them, joined as the template joins several values.
fn raw_text(column: u16, cells: &[&Cell]) -> String {
    let texts: Vec<String> = cells
        .iter()
        .map(|c| c.value.text())
        .filter(|t| !t.trim().is_empty())
        .collect();
    let separator = match column {
        EMAIL => "; ",
        PHONE | MOBILE => " alt. ",
        LAN => ", ",
        _ => " ",
    };
    texts.join(separator)
}

/// The value in the standard form kontakt is certain of, from the contact the row became.
fn standard_form(
    column: u16,
    contact: &Contact,
    cells: &[&Cell],
    source: &SourceRow,
    reference: &Reference,
) -> Option<String> {
    let ours = |at: &Location| {
        cells
            .iter()
            .any(|cell| at_cell(at, &source.sheet, cell.row, cell.col))
    };
    let joined = |values: Vec<String>, sep: &str| (!values.is_empty()).then(|| values.join(sep));
    match column {
        EMAIL => joined(
            contact
                .emails
                .iter()
                .filter(|e| ours(&e.at))
                .map(|e| e.email.address())
                .collect(),
            "; ",
        ),
        PHONE | MOBILE => joined(
            contact
                .phones
                .iter()
                .filter(|p| ours(&p.at))
                .map(|p| match &p.phone.extension {
                    Some(ext) => format!("{} ankn. {ext}", p.phone.written),
                    None => p.phone.written.to_string(),
                })
                .collect(),
            " alt. ",
        ),
        LAN => joined(
            contact
                .lan
                .iter()
                .filter_map(|&l| reference.lan.get(l))
                .map(|l| l.short.clone())
                .collect(),
            ", ",
        ),
        // Text as check reads it: invisible characters removed (each said, `text-invisible`).
        _ => {
            let raw = raw_text(column, cells);
            let (visible, removed) = crate::text::strip_invisible(&raw, true);
            (!removed.is_empty()).then(|| visible.into_owned())
        }
    }
}

fn set(row: &mut Row, column: u16, base: u16, value: String) {
    if column >= base {
        let i = (column - base) as usize;
        if row.extra.len() <= i {
            row.extra.resize(i + 1, String::new());
        }
        row.extra[i] = value;
        return;
    }
    match column {
        REGION => row.region = value,
        1 => row.name = value,
        2 => row.role = value,
        3 => row.organisation = value,
        EMAIL => row.email = value,
        PHONE => row.phone = value,
        MOBILE => row.mobile = value,
        LAN => row.lan = value,
        _ => row.kind = value,
    }
}
