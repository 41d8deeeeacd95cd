//! Bytes in, tables of cells with their places out.
//!
//! Each input file is read whole (after a size check), sniffed by its content, guarded against
//! hostile spreadsheets before calamine sees it, and turned into [`Table`]s: one per readable
//! sheet, or one for a CSV file. A file that cannot be read is one finding; it never stops the run.

pub mod csv;
pub mod encoding;
pub mod guard;
pub mod headers;
pub mod parts;
mod spare;
pub mod vocabulary;
pub mod workbook;

use std::path::Path;

use crate::diagnostic::{Code, Finding};
use crate::i18n::Text;
use crate::schemas::Reference;
use crate::source::{FileKind, Location};
use crate::tr;

pub use guard::Limits;

/// A cell's value as the file holds it, after text clean-up.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    /// A number cell in a spreadsheet (Excel keeps phone numbers typed without a leading `'` so).
    Number(f64),
    /// A spreadsheet error value such as `#REF!`.
    Error(String),
    /// A formula whose result the file does not store.
    UncachedFormula(String),
}

impl Value {
    /// Whether the value can be used (not a formula without result, not an error value).
    pub fn is_usable(&self) -> bool {
        !matches!(self, Value::Error(_) | Value::UncachedFormula(_))
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(t) => t.is_empty(),
            _ => false,
        }
    }

    /// [`Value::text`], borrowed where the value is text already.
    pub fn as_text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Value::Text(t) => std::borrow::Cow::Borrowed(t),
            other => std::borrow::Cow::Owned(other.text()),
        }
    }

    /// The value as text: numbers in their shortest exact decimal form (`8` for `8.0`).
    pub fn text(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(t) => t.clone(),
            Value::Number(n) => number_text(*n),
            Value::Error(e) => e.clone(),
            Value::UncachedFormula(f) => format!("={f}"),
        }
    }
}

/// The shortest decimal text that reads back as `n` (Rust's float formatting never uses an
/// exponent and prints integers without `.0` once we strip it).
pub fn number_text(n: f64) -> String {
    let s = format!("{n}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// One cell with its 1-based row (CSV: physical line) and column (CSV: field number).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub value: Value,
    pub row: u32,
    pub col: u32,
    /// In a text file, the character column where the field starts on its line; 0 otherwise.
    pub char_col: u32,
}

/// The cells of one sheet (or CSV file), row by row, empty rows left out: the top rows read,
/// and for a CSV file the rest as they are read (`into_rows`).
#[derive(Debug)]
pub struct Table {
    /// File and sheet; cells add row and column.
    pub base: Location,
    /// The rows read so far: the whole sheet of a workbook, the top of a CSV file.
    pub rows: Vec<Vec<Cell>>,
    /// The CSV file's rows after `rows`, not read yet.
    pub rest: Option<csv::Rows>,
}

impl Table {
    /// A table whose rows are all read.
    pub fn of(base: Location, rows: Vec<Vec<Cell>>) -> Self {
        Table {
            base,
            rows,
            rest: None,
        }
    }

    pub fn loc(&self, cell: &Cell) -> Location {
        self.base.at_char(cell.row, cell.col, cell.char_col)
    }

    /// Every row, in order; an `Err` is a finding that ended the reading (a row the CSV
    /// reader could not read).
    pub fn into_rows(self) -> impl Iterator<Item = Result<Vec<Cell>, Finding>> {
        self.rows
            .into_iter()
            .map(Ok)
            .chain(self.rest.into_iter().flatten())
    }
}

/// What reading one file gave.
#[derive(Debug, Default)]
pub struct Ingested {
    pub tables: Vec<Table>,
    pub findings: Vec<Finding>,
    /// SHA-256 of the bytes read, in lower-case hex (none when the file could not be read).
    pub sha256: Option<String>,
}

/// What a file's bytes say it is, whatever its name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    Zip,
    Ole,
    Text,
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const ZIP_EMPTY_MAGIC: &[u8] = b"PK\x05\x06";
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub fn sniff(bytes: &[u8]) -> Content {
    if bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(ZIP_EMPTY_MAGIC) {
        Content::Zip
    } else if bytes.starts_with(OLE_MAGIC) {
        Content::Ole
    } else {
        Content::Text
    }
}

/// Why a directory entry is not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    Folder,
    LockFile,
    Hidden,
    NotData,
}

impl Skip {
    /// The message of the `file-skipped` note.
    pub fn message(self) -> Text {
        match self {
            Skip::Folder => tr!("file-skipped-folder"),
            Skip::LockFile => tr!("file-skipped-lock-file"),
            Skip::Hidden => tr!("file-skipped-hidden"),
            Skip::NotData => tr!("file-skipped-not-data"),
        }
    }
}

/// Why a directory entry is not read, if it is not.
pub fn skip_reason(file_name: &str) -> Option<Skip> {
    if file_name.starts_with("~$") || file_name.starts_with(".~lock") {
        Some(Skip::LockFile)
    } else if file_name.starts_with('.') {
        Some(Skip::Hidden)
    } else {
        let ext = extension(file_name);
        let known =
            SHEET_EXTENSIONS.contains(&ext.as_str()) || TEXT_EXTENSIONS.contains(&ext.as_str());
        (!known).then_some(Skip::NotData)
    }
}

const SHEET_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "ods"];
const TEXT_EXTENSIONS: &[&str] = &["csv", "txt"];

fn extension(file_name: &str) -> String {
    Path::new(file_name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Read one input file. `shown` is the path as reports print it; with `hash`, the file's SHA-256
/// is worked out for the exports' list of sources.
pub fn read_file(
    path: &Path,
    shown: &str,
    reference: &Reference,
    limits: &Limits,
    hash: bool,
) -> Ingested {
    let kind_by_name = if TEXT_EXTENSIONS.contains(&extension(shown).as_str()) {
        FileKind::Text
    } else {
        FileKind::Sheet
    };
    let file_loc = Location::file(shown, kind_by_name);
    let fail = |code, msg: Text| Ingested {
        tables: Vec::new(),
        findings: vec![Finding::at(code, &file_loc, msg)],
        sha256: None,
    };
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > limits.max_file_bytes => {
            return fail(
                Code::FileTooLarge,
                tr!(
                    "file-too-large",
                    bytes = meta.len().to_string(),
                    limit = limits.max_file_bytes.to_string()
                ),
            );
        }
        Ok(_) => {}
        Err(e) => {
            return fail(
                Code::FileUnreadable,
                tr!("file-unreadable", error = crate::i18n::io_reason(&e)),
            );
        }
    }
    let bytes = match spare::read(path) {
        Ok(b) => b,
        Err(e) => {
            return fail(
                Code::FileUnreadable,
                tr!("file-unreadable", error = crate::i18n::io_reason(&e)),
            );
        }
    };
    let sha256 = hash.then(|| crate::hash::sha256_hex(&bytes));
    Ingested {
        sha256,
        ..read_bytes(bytes, shown, reference, limits)
    }
}

/// Read one input file's bytes (already within `--max-file-bytes`). `shown` is the path as
/// reports print it; its extension says what the file claims to be.
pub fn read_bytes(bytes: Vec<u8>, shown: &str, reference: &Reference, limits: &Limits) -> Ingested {
    let kind_by_name = if TEXT_EXTENSIONS.contains(&extension(shown).as_str()) {
        FileKind::Text
    } else {
        FileKind::Sheet
    };
    let file_loc = Location::file(shown, kind_by_name);
    let mut out = Ingested::default();
    let fail = |code, msg: Text| Ingested {
        tables: Vec::new(),
        findings: vec![Finding::at(code, &file_loc, msg)],
        sha256: None,
    };
    if bytes.is_empty() {
        return fail(Code::FileEmpty, tr!("file-empty"));
    }
    let content = sniff(&bytes);
    let actual = match content {
        Content::Zip | Content::Ole => FileKind::Sheet,
        Content::Text => FileKind::Text,
    };
    let base = Location::file(shown, actual);
    let read = match content {
        Content::Text => csv::read(bytes, &base, reference),
        Content::Zip | Content::Ole => workbook::read(bytes, content, &base, limits),
    };
    // Bytes that are neither a workbook nor text (a PDF or an image named .xlsx) are reported
    // as such by the reader; calling them "text (CSV)" first would mislead.
    let unreadable_text = actual == FileKind::Text
        && read.tables.is_empty()
        && read.findings.iter().any(|f| f.code == Code::FileCorrupt);
    if actual != kind_by_name && !unreadable_text {
        let message = if actual == FileKind::Text {
            tr!("file-mislabelled-text")
        } else {
            tr!("file-mislabelled-spreadsheet")
        };
        out.findings.push(
            Finding::at(Code::FileMislabelled, &file_loc, message)
                .with_help(tr!("file-mislabelled-help")),
        );
    }
    out.tables.extend(read.tables);
    out.findings.extend(read.findings);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_and_hidden_files_are_skipped() {
        let why = |name: &str| skip_reason(name).map(|s| s.message().to_string());
        let skipped = |reason: &str| Some(format!("skipped: {reason}"));
        assert_eq!(why("~$nord.xlsx"), skipped("an office lock file"));
        assert_eq!(why(".~lock.nord.xlsx#"), skipped("an office lock file"));
        assert_eq!(why(".DS_Store"), skipped("a hidden file"));
        assert_eq!(why("README.md"), skipped("not a spreadsheet or CSV file"));
        assert_eq!(skip_reason("NORD.XLSX"), None);
        assert_eq!(skip_reason("mitt.Csv"), None);
    }

    #[test]
    fn number_text_is_exact_and_short() {
        assert_eq!(number_text(703284869.0), "703284869");
        assert_eq!(number_text(8.0), "8");
        assert_eq!(number_text(8.5), "8.5");
    }
}
