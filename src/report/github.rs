//! `--format github`: GitHub Actions workflow commands, so a data pull request shows each finding
//! on the changed line (CSV) or names the cell (spreadsheets, which GitHub shows as binary).
//! Escaping follows the runner's rules: `%`, CR and LF in messages; also `:` and `,` in properties.

use std::io::{self, Write};

use super::Report;
use crate::diagnostic::Severity;
use crate::source::FileKind;
use crate::tr;

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(report: &Report<'_>, out: &mut dyn Write) -> io::Result<()> {
    for g in report.groups {
        let f = g.finding;
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut props = Vec::new();
        let mut title = format!("kontakt {}", f.code.as_str());
        if let Some(loc) = &f.location {
            // The runner matches `/` paths; Windows shows `input\vast.csv`.
            let file = if cfg!(windows) {
                loc.file.replace('\\', "/")
            } else {
                loc.file.to_string()
            };
            props.push(format!("file={}", escape_property(&file)));
            match loc.kind {
                FileKind::Text => {
                    if let Some(r) = loc.row {
                        props.push(format!("line={r}"));
                    }
                    if let Some(c) = loc.shown_col() {
                        props.push(format!("col={c}"));
                    }
                }
                FileKind::Sheet => {
                    if let (Some(sheet), Some(cell)) = (&loc.sheet, loc.cell_ref()) {
                        let at = tr!(
                            "github-title-cell",
                            title = &title,
                            sheet = &**sheet,
                            cell = cell
                        );
                        title = at.render(report.lang);
                    } else if let Some(sheet) = &loc.sheet {
                        let at = tr!("github-title-sheet", title = &title, sheet = &**sheet);
                        title = at.render(report.lang);
                    }
                }
            }
        }
        props.push(format!("title={}", escape_property(&title)));
        let mut message = f.message.render(report.lang);
        if let Some(help) = &f.help {
            let word = tr!("report-help").render(report.lang);
            message = format!("{message}\n{word}: {}", help.render(report.lang));
        }
        if let Some(also) = super::also_line(g, report.lang) {
            message = format!("{message}\n{also}");
        }
        writeln!(
            out,
            "::{command} {}::{}",
            props.join(","),
            escape_data(&message)
        )?;
    }
    let s = report.summary;
    if s.omitted > 0 {
        writeln!(
            out,
            "::notice title=kontakt::{}",
            escape_data(&tr!("report-omitted", n = s.omitted).render(report.lang))
        )?;
    }
    writeln!(out, "{}", s.line(report.lang))
}
