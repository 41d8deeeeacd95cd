//! `--format json`: one document, described in the README.

use std::io::{self, Write};

use serde::Serialize;

use super::group::Group;
use super::{Report, Summary};
use crate::diagnostic::Finding;
use crate::source::{FileKind, Location};

/// Bumped when a field changes meaning or goes away. 2: a finding said at several places
/// (a note or warning, never an error) is one entry with `count` and every place in `locations`.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Serialize)]
struct Document<'a> {
    format_version: u32,
    /// The language of the messages (`sv` or `en`); codes and keys never change with it.
    lang: crate::i18n::Lang,
    summary: &'a Summary,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'static str,
    severity: &'static str,
    message: String,
    help: Option<String>,
    location: Option<JsonLocation<'a>>,
    /// How many places say this finding: 1, or more for a grouped note or warning.
    count: usize,
    /// Every place, `location` first, when `count` is more than 1.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<JsonLocation<'a>>,
}

#[derive(Serialize)]
struct JsonLocation<'a> {
    file: &'a str,
    kind: FileKind,
    sheet: Option<&'a str>,
    row: Option<u32>,
    /// The spreadsheet column, or a text file's field number.
    column: Option<u32>,
    /// In a text file: the character column where the field starts on its line.
    #[serde(skip_serializing_if = "Option::is_none")]
    character: Option<u32>,
    /// `E7` for a spreadsheet cell.
    cell: Option<String>,
    /// As the human report writes it.
    display: String,
}

fn location(l: &Location) -> JsonLocation<'_> {
    JsonLocation {
        file: &l.file,
        kind: l.kind,
        sheet: l.sheet.as_deref(),
        row: l.row.map(|n| n.get()),
        column: l.col.map(|n| n.get()),
        character: l.char_col.map(|n| n.get()),
        cell: if l.kind == FileKind::Sheet {
            l.cell_ref()
        } else {
            None
        },
        display: l.to_string(),
    }
}

fn finding<'a>(g: &Group<'a>, lang: crate::i18n::Lang) -> JsonFinding<'a> {
    let f: &'a Finding = g.finding;
    let locations = if g.also.is_empty() {
        Vec::new()
    } else {
        f.location
            .iter()
            .chain(g.also.iter().copied())
            .map(location)
            .collect()
    };
    JsonFinding {
        code: f.code.as_str(),
        severity: f.severity.as_str(),
        message: f.message.render(lang),
        help: f.help.as_ref().map(|h| h.render(lang)),
        location: f.location.as_ref().map(location),
        count: g.count(),
        locations,
    }
}

pub fn render(report: &Report<'_>, out: &mut dyn Write) -> io::Result<()> {
    let doc = Document {
        format_version: FORMAT_VERSION,
        lang: report.lang,
        summary: report.summary,
        findings: report
            .groups
            .iter()
            .map(|g| finding(g, report.lang))
            .collect(),
    };
    // serde writes a token at a time: into a buffer of a known type, not through `dyn Write`.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, &doc)?;
    writeln!(buffered)?;
    buffered.flush()
}
