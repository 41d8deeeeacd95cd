//! The default report: `input/nord.xlsx:Nord!E7: error[phone-invalid]: …`, a help line, a summary.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use super::Report;
use crate::diagnostic::Severity;
use crate::tr;

pub fn render(report: &Report<'_>, out: &mut dyn Write, colour: bool) -> io::Result<()> {
    let lang = report.lang;
    let paint = |style: Style| if colour { style } else { Style::new() };
    let bold = paint(Style::new().bold());
    for g in report.groups {
        let f = g.finding;
        let style = paint(match f.severity {
            Severity::Error => AnsiColor::Red.on_default().bold(),
            Severity::Warning => AnsiColor::Yellow.on_default().bold(),
            Severity::Info => AnsiColor::Cyan.on_default().bold(),
        });
        if let Some(loc) = &f.location {
            write!(out, "{bold}{loc}{bold:#}: ")?;
        }
        writeln!(
            out,
            "{style}{}[{}]{style:#}: {}",
            super::severity(f.severity, lang),
            f.code.as_str(),
            f.message.render(lang)
        )?;
        if let Some(help) = &f.help {
            let blue = paint(AnsiColor::Blue.on_default().bold());
            let word = tr!("report-help").render(lang);
            writeln!(out, "  {blue}= {word}:{blue:#} {}", help.render(lang))?;
        }
        if let Some(also) = super::also_line(g, lang) {
            writeln!(out, "  = {also}")?;
        }
    }
    let s = report.summary;
    if s.omitted > 0 {
        writeln!(out, "{}", tr!("report-omitted", n = s.omitted).render(lang))?;
    }
    writeln!(out, "{bold}{}{bold:#}", s.line(lang))
}
