//! `--format json`: one document, described in the README.

use std::io::{self, Write};

use serde::Serialize;

use super::{Report, Summary};
use crate::diagnostic::Finding;
use crate::source::{FileKind, Location};

/// Bumped when a field changes meaning or goes away.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    format_version: u32,
    summary: &'a Summary,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'static str,
    severity: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    location: Option<JsonLocation<'a>>,
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

fn finding(f: &Finding) -> JsonFinding<'_> {
    JsonFinding {
        code: f.code.as_str(),
        severity: f.severity.as_str(),
        message: &f.message,
        help: f.help.as_deref(),
        location: f.location.as_ref().map(location),
    }
}

pub fn render(report: &Report<'_>, out: &mut dyn Write) -> io::Result<()> {
    let doc = Document {
        format_version: FORMAT_VERSION,
        summary: report.summary,
        findings: report.findings.iter().map(finding).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
