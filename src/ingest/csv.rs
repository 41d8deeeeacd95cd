//! CSV and other delimited text files.
//!
//! The delimiter is chosen by how many known headers each candidate (`;` `,` tab `|`) splits out
//! of the first lines: generic sniffers pick `-` from the phone numbers. Line numbers are computed
//! here from byte offsets, counting CRLF, CR and LF as one break each, because
//! `csv::Position::line` is wrong for CRLF and CR-only files (rust-csv #395).

use std::sync::Arc;

use csv::{ByteRecord, ReaderBuilder};

use super::encoding::decode;
use super::{Cell, Ingested, Table, Value};
use crate::diagnostic::{Code, Finding};
use crate::schemas::Reference;
use crate::source::Location;
use crate::text::clean;
use crate::tr;

const CANDIDATES: [u8; 4] = [b';', b',', b'\t', b'|'];
const SNIFF_RECORDS: usize = 30;

pub fn read(bytes: Vec<u8>, base: &Location, reference: &Reference) -> Ingested {
    let mut out = Ingested::default();
    if bytes.contains(&0) && !bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFE\xFF") {
        out.findings.push(Finding::at(
            Code::FileCorrupt,
            base,
            tr!("file-corrupt-binary"),
        ));
        return out;
    }
    let decoded = decode(bytes);
    // `Arc<String>`, not `Arc<str>`: making an `Arc<str>` would copy the whole text.
    let text: Arc<String> = Arc::new(decoded.text);
    let delimiter = choose_delimiter(&text, reference);
    let (lines, endings) = LineIndex::new(&text);
    let delimiter_shown = shown_delimiter(delimiter);
    // `UTF-8 with BOM`: the words are the message's, so that they can be translated.
    let detected = match decoded.encoding.strip_suffix(" with BOM") {
        Some(encoding) => tr!(
            "file-detected-bom",
            encoding = encoding,
            delimiter = delimiter_shown,
            endings = endings
        ),
        None => tr!(
            "file-detected",
            encoding = decoded.encoding,
            delimiter = delimiter_shown,
            endings = endings
        ),
    };
    out.findings
        .push(Finding::at(Code::Detected, base, detected));
    if decoded.repaired {
        out.findings.push(
            Finding::at(Code::EncodingRepaired, base, tr!("file-encoding-repaired"))
                .with_help(tr!("file-encoding-repaired-help")),
        );
    }
    let mut rows = Rows::new(text, lines, delimiter, base.clone());
    // The top rows are read now (the header is among them); the rest as the table is read.
    let mut top = Vec::new();
    for row in rows.by_ref().take(TOP_ROWS) {
        match row {
            Ok(cells) => top.push(cells),
            Err(finding) => out.findings.push(finding),
        }
    }
    out.tables.push(Table {
        base: base.clone(),
        rows: top,
        rest: Some(rows),
    });
    out
}

/// How many rows are read before the table is handed on: enough to find the header in.
const TOP_ROWS: usize = 64;

/// The text as the csv crate reads it, shared with the line index.
#[derive(Clone, Default)]
struct Shared(Arc<String>);

impl AsRef<[u8]> for Shared {
    fn as_ref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

/// A CSV file's rows, read one at a time: the file's cells are never all in memory at once.
/// A row the csv crate cannot read ends the rows with a `file-corrupt` finding.
pub struct Rows {
    text: Arc<String>,
    reader: csv::Reader<std::io::Cursor<Shared>>,
    lines: LineIndex,
    /// The line the last record started on (0-based index into `lines`): records come in order.
    line_hint: usize,
    /// The current record's fields as bytes: they are found in `text` (valid UTF-8) rather
    /// than checked as UTF-8 again.
    record: ByteRecord,
    /// Where each field of the current record starts (reused from row to row).
    starts: Vec<usize>,
    delimiter: u8,
    base: Location,
    done: bool,
}

impl Drop for Rows {
    /// The file's text, read whole, is kept for the next file read on this thread.
    fn drop(&mut self) {
        let text = std::mem::take(&mut self.text);
        // The reader holds the text too: it is given an empty one.
        self.reader = ReaderBuilder::new().from_reader(std::io::Cursor::new(Shared::default()));
        if let Ok(text) = Arc::try_unwrap(text) {
            super::spare::give_back(text.into_bytes());
        }
    }
}

impl std::fmt::Debug for Rows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rows").field("base", &self.base).finish()
    }
}

impl Rows {
    fn new(text: Arc<String>, lines: LineIndex, delimiter: u8, base: Location) -> Self {
        let reader = ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(std::io::Cursor::new(Shared(text.clone())));
        Rows {
            lines,
            line_hint: 0,
            text,
            reader,
            record: ByteRecord::new(),
            starts: Vec::new(),
            delimiter,
            base,
            done: false,
        }
    }
}

impl Iterator for Rows {
    type Item = Result<Vec<Cell>, Finding>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.reader.read_byte_record(&mut self.record) {
                Ok(false) => self.done = true,
                Ok(true) => {
                    let (text, lines) = (self.text.as_str(), &self.lines);
                    // The csv crate skips blank lines and reports the record as starting before
                    // them.
                    let mut start = self.record.position().map_or(0, |p| p.byte() as usize);
                    while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
                        start += 1;
                    }
                    let mut line = lines.line_after(start, &mut self.line_hint);
                    let mut cells = Vec::with_capacity(self.record.len());
                    let starts = &mut self.starts;
                    field_starts(text, start, self.delimiter, starts);
                    // Character columns counted on from the field before, on the same line.
                    let mut counted: Option<(usize, usize, u32)> = None;
                    let mut char_col_of = |at: usize, line: u32| {
                        let line_start = lines.start(line);
                        let col = match counted {
                            Some((start, before, col)) if start == line_start => {
                                col + text.get(before..at).map_or(0, |t| t.chars().count() as u32)
                            }
                            _ => text
                                .get(line_start..at)
                                .map_or(0, |before| before.chars().count() as u32 + 1),
                        };
                        counted = Some((line_start, at, col));
                        col
                    };
                    // Line breaks inside fields, looked for in the whole record at once.
                    let multiline = memchr::memchr2(b'\n', b'\r', self.record.as_slice()).is_some();
                    for (i, bytes) in self.record.iter().enumerate() {
                        let Some(field) = starts
                            .get(i)
                            .and_then(|&at| in_text(text, at, bytes))
                            .or_else(|| std::str::from_utf8(bytes).ok())
                        else {
                            // The text is UTF-8 and the parser splits it only at ASCII
                            // characters; should a field not be, the file is reported from there.
                            self.done = true;
                            return Some(Err(Finding::at(
                                Code::FileCorrupt,
                                &self.base.at(line, 0),
                                tr!("file-corrupt-csv", error = "invalid UTF-8"),
                            )));
                        };
                        let value = clean(field);
                        if !value.is_empty() {
                            let char_col = starts.get(i).map_or(0, |&at| char_col_of(at, line));
                            cells.push(Cell {
                                value: Value::Text(value),
                                row: line,
                                col: i as u32 + 1,
                                char_col,
                            });
                        }
                        if multiline {
                            line += breaks(field);
                        }
                    }
                    if !cells.is_empty() {
                        return Some(Ok(cells));
                    }
                }
                // The text is valid UTF-8 and records may differ in length, so the csv crate
                // has nothing left to reject; should it, the file is reported from that line on.
                Err(e) => {
                    self.done = true;
                    let line = e
                        .position()
                        .map_or(0, |p| self.lines.line_of(p.byte() as usize));
                    return Some(Err(Finding::at(
                        Code::FileCorrupt,
                        &self.base.at(line, 0),
                        tr!("file-corrupt-csv", error = e.to_string()),
                    )));
                }
            }
        }
        None
    }
}

/// A field's value as it stands in `text` from byte `at` (inside its quotes, if it has them),
/// when it stands there unchanged: most fields, found without checking their UTF-8 again.
fn in_text<'t>(text: &'t str, at: usize, value: &[u8]) -> Option<&'t str> {
    let from = at + usize::from(text.as_bytes().get(at) == Some(&b'"'));
    let slice = text.get(from..from + value.len())?;
    (slice.as_bytes() == value).then_some(slice)
}

/// Line breaks inside a field (a quoted multi-line cell), counting CRLF once.
fn breaks(field: &str) -> u32 {
    let b = field.as_bytes();
    (0..b.len())
        .filter(|&i| b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')))
        .count() as u32
}

/// Byte offsets where each physical line starts.
struct LineIndex(Vec<usize>);

impl LineIndex {
    /// The lines' starts, and how the lines end (`CRLF`, `CR`, `LF` or `mixed`), in one pass.
    fn new(text: &str) -> (Self, &'static str) {
        let b = text.as_bytes();
        let mut starts = vec![0];
        let (mut crlf, mut cr, mut lf) = (0usize, 0usize, 0usize);
        let mut breaks = memchr::memchr2_iter(b'\n', b'\r', b);
        while let Some(i) = breaks.next() {
            match (b[i], b.get(i + 1)) {
                (b'\r', Some(b'\n')) => {
                    crlf += 1;
                    breaks.next();
                    starts.push(i + 2);
                }
                (b'\r', _) => {
                    cr += 1;
                    starts.push(i + 1);
                }
                _ => {
                    lf += 1;
                    starts.push(i + 1);
                }
            }
        }
        let endings = match (crlf > 0, cr > 0, lf > 0) {
            (true, false, false) => "CRLF",
            (false, true, false) => "CR",
            (false, false, _) => "LF",
            _ => "mixed",
        };
        (LineIndex(starts), endings)
    }

    /// The 1-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> u32 {
        self.0.partition_point(|&s| s <= offset) as u32
    }

    /// `line_of` for an offset at or after the one `hint` was left at.
    fn line_after(&self, offset: usize, hint: &mut usize) -> u32 {
        let mut i = *hint;
        if self.0.get(i).is_none_or(|&s| s > offset) {
            return self.line_of(offset);
        }
        while self.0.get(i + 1).is_some_and(|&s| s <= offset) {
            i += 1;
        }
        *hint = i;
        i as u32 + 1
    }

    /// The byte offset where 1-based `line` starts.
    fn start(&self, line: u32) -> usize {
        self.0[(line as usize).clamp(1, self.0.len()) - 1]
    }
}

/// Byte offsets where each field of the record starting at `start` begins, read the way the csv
/// crate reads it: `"` quotes a field (`""` inside is a quote), the delimiter and an unquoted
/// line break end one.
fn field_starts(text: &str, start: usize, delimiter: u8, starts: &mut Vec<usize>) {
    let b = text.as_bytes();
    starts.clear();
    starts.push(start);
    let mut quoted = false;
    let mut i = start;
    while i < b.len() {
        if quoted {
            // Inside quotes only a quote matters: the next one is found in one fast pass.
            match memchr::memchr(b'"', &b[i..]) {
                Some(n) => i += n,
                None => break,
            }
        }
        match b[i] {
            b'"' if quoted && b.get(i + 1) == Some(&b'"') => i += 1,
            b'"' => quoted = !quoted,
            c if c == delimiter && !quoted => starts.push(i + 1),
            b'\n' | b'\r' if !quoted => break,
            _ => {}
        }
        i += 1;
    }
}

fn choose_delimiter(text: &str, reference: &Reference) -> u8 {
    let mut best = (CANDIDATES[0], 0usize, 0usize);
    for delimiter in CANDIDATES {
        let mut reader = ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut known = 0;
        let mut widest = 0;
        for record in reader.records().take(SNIFF_RECORDS).flatten() {
            let hits = record
                .iter()
                .filter(|f| reference.column(f).is_some())
                .count();
            known = known.max(hits);
            widest = widest.max(record.len());
        }
        if (known, widest) > (best.1, best.2) {
            best = (delimiter, known, widest);
        }
    }
    best.0
}

fn shown_delimiter(d: u8) -> &'static str {
    match d {
        b';' => "';'",
        b',' => "','",
        b'\t' => "tab",
        _ => "'|'",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;

    fn table(text: &str) -> Table {
        let reference = Reference::builtin().unwrap();
        let base = Location::file("t.csv", FileKind::Text);
        read(text.as_bytes().to_vec(), &base, &reference)
            .tables
            .remove(0)
    }

    /// Every row of a table, read to the end.
    fn all(t: Table) -> Vec<Vec<Cell>> {
        t.into_rows().map(Result::unwrap).collect()
    }

    fn positions(t: Table) -> Vec<Vec<(u32, u32)>> {
        all(t)
            .iter()
            .map(|r| r.iter().map(|c| (c.row, c.col)).collect())
            .collect()
    }

    #[test]
    fn semicolon_wins_over_the_dashes_in_phone_numbers() {
        let t = all(table("Namn;Telefon\nEva Norlin;0703-284869\n"));
        assert_eq!(t[1][1].value, Value::Text("0703-284869".into()));
    }

    #[test]
    fn comma_and_tab_and_pipe_are_found() {
        for d in [",", "\t", "|"] {
            let t = all(table(&format!(
                "Namn{d}E-post{d}Telefon\nA{d}a@b.se{d}08-1\n"
            )));
            assert_eq!(t[1].len(), 3, "delimiter {d:?}");
        }
    }

    #[test]
    fn line_numbers_are_physical_for_crlf_cr_and_quoted_newlines() {
        for eol in ["\n", "\r\n", "\r"] {
            let text = format!(
                "Titel{eol}{eol}Namn;Telefon{eol}\"Eva{eol}Norlin\";070{eol}Maria;073{eol}"
            );
            assert_eq!(
                positions(table(&text)),
                vec![
                    vec![(1, 1)],
                    vec![(3, 1), (3, 2)],
                    vec![(4, 1), (5, 2)],
                    vec![(6, 1), (6, 2)]
                ],
                "{eol:?}"
            );
        }
    }
}
