//! Rendering findings: one file per output format, chosen by one enum.

pub mod github;
pub mod group;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;

use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;

use crate::diagnostic::{Finding, Severity};
use crate::i18n::Lang;
use crate::tr;

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: one finding a line with its help, then a summary.
    Human,
    /// One JSON document with every finding and the summary.
    Json,
    /// GitHub Actions workflow commands, so a pull request shows each error at its line.
    Github,
    /// A page for people: the coverage map with uncovered län and län claimed twice marked,
    /// then every finding.
    Html,
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
    pub fn count(&mut self, findings: &[&Finding]) {
        for f in findings {
            match f.severity {
                Severity::Error => self.errors += f.count(),
                Severity::Warning => self.warnings += f.count(),
                Severity::Info => self.notes += f.count(),
            }
        }
    }

    /// `2 errors, 3 warnings in 8 files; 18 contacts, 7 regions, 21/21 län`, or in Swedish
    /// `2 fel, 3 varningar i 8 filer; 18 kontakter, 7 regioner, 21/21 län`.
    pub fn line(&self, lang: Lang) -> String {
        let mut counts = vec![
            tr!("count-errors", n = self.errors).render(lang),
            tr!("count-warnings", n = self.warnings).render(lang),
        ];
        if self.notes > 0 {
            counts.push(tr!("count-notes", n = self.notes).render(lang));
        }
        tr!(
            "summary-line",
            counts = counts.join(", "),
            files = tr!("count-files", n = self.files).render(lang),
            contacts = tr!("count-contacts", n = self.contacts).render(lang),
            regions = tr!("count-regions", n = self.regions).render(lang),
            covered = self.lan_covered,
            total = self.lan_total
        )
        .render(lang)
    }
}

/// What a renderer gets: the findings to show (already sorted, grouped and cut), the summary,
/// and the language to say them in.
pub struct Report<'a> {
    pub groups: &'a [group::Group<'a>],
    pub summary: &'a Summary,
    pub lang: Lang,
    /// The reference data, and the regions that claim each län (for the map of `--format html`).
    pub reference: &'a crate::schemas::Reference,
    pub lan_claims: &'a [Vec<usize>],
    /// Whether coverage was checked (not for one file alone).
    pub coverage_checked: bool,
}

/// `error`, `warning`, `info`; in Swedish `fel`, `varning`, `info`.
pub fn severity(s: Severity, lang: Lang) -> String {
    match s {
        Severity::Error => tr!("severity-error"),
        Severity::Warning => tr!("severity-warning"),
        Severity::Info => tr!("severity-info"),
    }
    .render(lang)
}

/// `and at 2 more places: in/syd.csv:5:3, in/syd.csv:7:3`, with at most
/// [`group::SHOWN_PLACES`] places and `…` when there are more; `None` for a finding said once.
pub fn also_line(g: &group::Group<'_>, lang: Lang) -> Option<String> {
    if g.also.is_empty() {
        return None;
    }
    let mut places: Vec<String> = g
        .also
        .iter()
        .take(group::SHOWN_PLACES)
        .map(|l| l.to_string())
        .collect();
    if g.also.len() > group::SHOWN_PLACES {
        places.push("…".to_string());
    }
    Some(tr!("report-also", n = g.also.len(), places = places.join(", ")).render(lang))
}

impl Format {
    pub fn render(self, report: &Report<'_>, out: &mut dyn Write, colour: bool) -> io::Result<()> {
        match self {
            Format::Human => human::render(report, out, colour),
            Format::Json => json::render(report, out),
            Format::Github => github::render(report, out),
            Format::Html => html::render(report, out),
        }
    }
}
