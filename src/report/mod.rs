//! Rendering findings: one file per output format, chosen by one enum.

pub mod github;
pub mod human;
pub mod json;
pub mod markdown;

use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;

use crate::diagnostic::{Finding, Severity};

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: one finding a line with its help, then a summary.
    Human,
    /// One JSON document with every finding and the summary.
    Json,
    /// GitHub Actions workflow commands, so a pull request shows each error at its line.
    Github,
}

/// The counts a run ends with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    pub files: usize,
    pub contacts: usize,
    pub regions: usize,
    pub regions_expected: usize,
    pub lan_covered: usize,
    pub lan_total: usize,
    /// Findings left out by `--max-findings`.
    pub omitted: usize,
}

impl Summary {
    pub fn count(&mut self, findings: &[Finding]) {
        for f in findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.notes += 1,
            }
        }
    }

    /// `2 errors, 3 warnings in 8 files; 18 contacts, 7 regions, 21/21 län`
    pub fn line(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut counts = vec![
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings"),
        ];
        if self.notes > 0 {
            counts.push(plural(self.notes, "note", "notes"));
        }
        format!(
            "{} in {}; {}, {}, {}/{} län",
            counts.join(", "),
            plural(self.files, "file", "files"),
            plural(self.contacts, "contact", "contacts"),
            plural(self.regions, "region", "regions"),
            self.lan_covered,
            self.lan_total
        )
    }
}

/// What a renderer gets: the findings to show (already sorted and cut) and the summary.
pub struct Report<'a> {
    pub findings: &'a [Finding],
    pub summary: &'a Summary,
}

impl Format {
    pub fn render(self, report: &Report<'_>, out: &mut dyn Write, colour: bool) -> io::Result<()> {
        match self {
            Format::Human => human::render(report, out, colour),
            Format::Json => json::render(report, out),
            Format::Github => github::render(report, out),
        }
    }
}
