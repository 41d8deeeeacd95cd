//! Spreadsheets (XLSX, XLSM, XLS, ODS) through calamine, after the guard has passed them.
//!
//! Every visible worksheet becomes a [`Table`]; hidden sheets are skipped with a note. A formula
//! cell gives its cached value, and a formula without one is an error at that cell. Merged cells
//! give their value to every cell they cover, pointing at the merged cell itself.

use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use calamine::{Data, Ods, Range, Reader, SheetType, SheetVisible, Xls, Xlsx};

use super::guard::{self, Limits, Refusal, ZipKind};
use super::{Cell, Content, Ingested, Table, Value};
use crate::diagnostic::{Code, Finding};
use crate::i18n::Text;
use crate::source::Location;
use crate::text::clean;
use crate::tr;

type Bytes = Cursor<Vec<u8>>;

enum Book {
    Xlsx(Xlsx<Bytes>),
    Ods(Ods<Bytes>),
    Xls(Xls<Bytes>),
}

/// An opened workbook, and whether its sheets must be read for formulas and merged ranges.
struct Opened {
    book: Book,
    formulas: bool,
    merges: bool,
}

/// Open a zipped or OLE spreadsheet, after the guard has passed it; a file that cannot be
/// opened is one finding at `base`.
fn open(
    bytes: Vec<u8>,
    content: Content,
    base: &Location,
    limits: &Limits,
) -> Result<Opened, Box<Finding>> {
    let fail = |code, msg: Text| Box::new(Finding::at(code, base, msg));
    if content == Content::Ole && is_encrypted_ooxml(&bytes) {
        return Err(Box::new(
            Finding::at(Code::FileEncrypted, base, tr!("file-encrypted-ooxml"))
                .with_help(tr!("file-encrypted-ooxml-help")),
        ));
    }
    let kind = match content {
        Content::Zip => match guard::check_zip(&bytes, limits) {
            Ok(zipped) => Some(zipped),
            Err(Refusal::Corrupt(m)) => return Err(fail(Code::FileCorrupt, m)),
            Err(Refusal::Limit(m)) => return Err(fail(Code::FileLimit, m)),
        },
        _ => None,
    };
    // Without a formula or a merged range anywhere, an XLSX sheet is read once, for its values.
    let formulas = kind.is_none_or(|z| z.formulas);
    let merges = kind.is_none_or(|z| z.merged);
    let opened = quietly(|| match kind.map(|z| z.kind) {
        Some(ZipKind::Xlsx) => Xlsx::new(Cursor::new(bytes))
            .map(Book::Xlsx)
            .map_err(|e| e.to_string()),
        Some(ZipKind::Ods) => Ods::new(Cursor::new(bytes))
            .map(Book::Ods)
            .map_err(|e| e.to_string()),
        None => Xls::new(Cursor::new(bytes))
            .map(Book::Xls)
            .map_err(|e| e.to_string()),
    });
    match opened {
        Ok(Ok(book)) => Ok(Opened {
            book,
            formulas,
            merges,
        }),
        Ok(Err(m)) if m.contains("password") => {
            Err(fail(Code::FileEncrypted, tr!("file-encrypted")))
        }
        Ok(Err(m)) => Err(fail(
            Code::FileCorrupt,
            tr!("file-corrupt-workbook", error = m),
        )),
        Err(m) => Err(fail(
            Code::FileCorrupt,
            tr!("file-corrupt-reader-failed", error = m),
        )),
    }
}

fn sheets_of(book: &Book) -> Vec<calamine::Sheet> {
    match book {
        Book::Xlsx(b) => b.sheets_metadata().to_vec(),
        Book::Ods(b) => b.sheets_metadata().to_vec(),
        Book::Xls(b) => b.sheets_metadata().to_vec(),
    }
}

/// One worksheet as the file holds it, for a copy of the workbook (`kontakt fix`): its values
/// with their types, its formulas and its merged ranges (0-based), hidden sheets included.
pub struct RawSheet {
    pub name: String,
    pub hidden: bool,
    pub values: Range<Data>,
    pub formulas: Range<String>,
    pub merged: Vec<((u32, u32), (u32, u32))>,
}

/// Every worksheet of a zipped or OLE spreadsheet, as the file holds it. A sheet that cannot be
/// read is left out with a finding, as `read` reports it.
pub fn raw_sheets(
    bytes: Vec<u8>,
    content: Content,
    base: &Location,
    limits: &Limits,
) -> (Vec<RawSheet>, Vec<Finding>) {
    let mut opened = match open(bytes, content, base, limits) {
        Ok(opened) => opened,
        Err(finding) => return (Vec::new(), vec![*finding]),
    };
    let mut out = Vec::new();
    let mut findings = Vec::new();
    for sheet in sheets_of(&opened.book) {
        if sheet.typ != SheetType::WorkSheet {
            continue;
        }
        let loc = base.in_sheet(&sheet.name);
        match quietly(|| read_sheet(&mut opened.book, &sheet.name, true, true)) {
            Ok(Ok((values, formulas, merged))) => out.push(RawSheet {
                name: sheet.name.clone(),
                hidden: sheet.visible != SheetVisible::Visible,
                values,
                formulas,
                merged,
            }),
            Ok(Err(m)) => findings.push(Finding::at(
                Code::FileCorrupt,
                &loc,
                tr!("sheet-unreadable", error = m),
            )),
            Err(m) => findings.push(Finding::at(
                Code::FileCorrupt,
                &loc,
                tr!("sheet-reader-failed", error = m),
            )),
        }
    }
    (out, findings)
}

/// Read a zipped or OLE spreadsheet.
pub fn read(bytes: Vec<u8>, content: Content, base: &Location, limits: &Limits) -> Ingested {
    let mut out = Ingested::default();
    let Opened {
        mut book,
        formulas,
        merges,
    } = match open(bytes, content, base, limits) {
        Ok(opened) => opened,
        Err(finding) => {
            return Ingested {
                tables: Vec::new(),
                findings: vec![*finding],
                sha256: None,
            };
        }
    };
    let sheets = sheets_of(&book);
    for sheet in sheets {
        let loc = base.in_sheet(&sheet.name);
        if sheet.typ != SheetType::WorkSheet {
            continue;
        }
        if sheet.visible != SheetVisible::Visible {
            out.findings.push(Finding::at(
                Code::SheetSkipped,
                &loc,
                tr!("sheet-skipped-hidden"),
            ));
            continue;
        }
        match quietly(|| read_sheet(&mut book, &sheet.name, formulas, merges)) {
            Ok(Ok((values, formulas, merged))) => {
                out.tables.push(table(loc, &values, &formulas, &merged));
            }
            Ok(Err(m)) => out.findings.push(Finding::at(
                Code::FileCorrupt,
                &loc,
                tr!("sheet-unreadable", error = m),
            )),
            Err(m) => out.findings.push(Finding::at(
                Code::FileCorrupt,
                &loc,
                tr!("sheet-reader-failed", error = m),
            )),
        }
    }
    out
}

type Merged = Vec<((u32, u32), (u32, u32))>;

fn read_sheet(
    book: &mut Book,
    name: &str,
    formulas: bool,
    merges: bool,
) -> Result<(Range<Data>, Range<String>, Merged), String> {
    match book {
        Book::Xlsx(b) => {
            let values = b.worksheet_range(name).map_err(|e| e.to_string())?;
            let formulas = match formulas {
                true => b.worksheet_formula(name).unwrap_or_default(),
                false => Range::default(),
            };
            // Merged cells only fill in values; a sheet whose merge list cannot be read still reads.
            let merged = match merges {
                true => spans(b.merge_cells_by_sheet_name(name).unwrap_or_default()),
                false => Vec::new(),
            };
            Ok((values, formulas, merged))
        }
        Book::Ods(b) => Ok((
            b.worksheet_range(name).map_err(|e| e.to_string())?,
            b.worksheet_formula(name).unwrap_or_default(),
            Vec::new(),
        )),
        Book::Xls(b) => {
            let merged = spans(b.merge_cells_by_sheet_name(name).unwrap_or_default());
            Ok((
                b.worksheet_range(name).map_err(|e| e.to_string())?,
                b.worksheet_formula(name).unwrap_or_default(),
                merged,
            ))
        }
    }
}

fn spans(merged: Vec<calamine::Dimensions>) -> Merged {
    merged.into_iter().map(|d| (d.start, d.end)).collect()
}

fn table(base: Location, values: &Range<Data>, formulas: &Range<String>, merged: &Merged) -> Table {
    let mut rows = Vec::new();
    let Some(start) = values.start() else {
        return Table::of(base, rows);
    };
    for (r, row) in values.rows().enumerate() {
        let mut cells = Vec::new();
        for (c, data) in row.iter().enumerate() {
            let (row_no, col_no) = crate::source::calamine_cell(start, (r, c));
            let abs = (start.0 + r as u32, start.1 + c as u32);
            let mut value = convert(data);
            if value.is_empty()
                && let Some(f) = formulas.get_value(abs).filter(|f| !f.is_empty())
            {
                value = Value::UncachedFormula(f.clone());
            }
            if value.is_empty()
                && let Some(&(top, _)) = merged.iter().find(|(s, e)| {
                    (s.0..=e.0).contains(&abs.0) && (s.1..=e.1).contains(&abs.1) && *s != abs
                })
                && let Some(data) = values.get_value(top)
            {
                // The merged cell's value, reported at the merged cell.
                cells.push(Cell {
                    value: convert(data),
                    row: top.0 + 1,
                    col: top.1 + 1,
                    char_col: 0,
                });
                continue;
            }
            if !value.is_empty() {
                cells.push(Cell {
                    value,
                    row: row_no,
                    col: col_no,
                    char_col: 0,
                });
            }
        }
        if !cells.is_empty() {
            rows.push(cells);
        }
    }
    Table::of(base, rows)
}

fn convert(data: &Data) -> Value {
    match data {
        Data::Empty => Value::Empty,
        Data::String(s) => Value::Text(clean(s)),
        Data::Float(f) => Value::Number(*f),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Error(e) => Value::Error(e.to_string()),
        other => Value::Text(clean(&other.to_string())),
    }
}

/// An OOXML file saved with a password is an OLE container holding an `EncryptedPackage` stream.
fn is_encrypted_ooxml(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

thread_local! {
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Run a third-party parser, turning a panic into an error message without printing it. The
/// panic hook is installed once for the process and stays quiet only on the thread that asked.
fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                default(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result.map_err(|p| {
        p.downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown failure".into())
    })
}
