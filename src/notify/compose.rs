//! The monthly e-mails, composed as data: one per region that has findings or changes, and a
//! summary for the national coordinator. Pure: no network, no files.
//!
//! Every text comes from the Fluent resources (`locales/*/mail.ftl`); the mails are always
//! rendered in Swedish ([`LANG`]), findings and help included. People are shown by name and
//! e-mail address, never by internal id. A message's Message-ID and MIME boundary come from the
//! region, the month and the content (the Message-ID in the sender's domain), so a rerun for the
//! same content produces the same ones.
//!
//! A region with no one to write to (no address in `recipients.json`, none valid among its
//! contacts) is never sent a mail to nobody: its mail goes to the coordinator, saying so first.

use std::fmt::Write;

use sha2::{Digest, Sha256};

use crate::diagnostic::{Finding, Severity};
use crate::diff::RegionChanges;
use crate::i18n::{Lang, Text};
use crate::source::FileKind;
use crate::tr;

/// The language of the mails: the regions and the coordinator read Swedish.
pub const LANG: Lang = Lang::Sv;

/// One e-mail to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    /// The region's id, or `sammanfattning` for the coordinator's summary.
    pub key: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub subject: String,
    pub body: String,
    /// File name and bytes of the findings CSV, when there are findings.
    pub attachment: Option<(String, Vec<u8>)>,
    /// `<2021-09.syd.0123456789abcdef@jamy.se>`: region, month, a hash of the content, and the
    /// sender's domain.
    pub message_id: String,
    /// When the region could not be reached and its mail went to the coordinator: why.
    pub unreachable: Option<Unreachable>,
    /// The region's line in the summary: `Väst: 1 fel, 0 varningar, 1 ändring`.
    pub summary: String,
}

/// Why a region's mail could not go to the region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreachable {
    /// How many contacts the region has in the data.
    pub contacts: usize,
    /// The reason in Swedish, for the mails.
    pub why: String,
}

/// What became of a region's mail in this run, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Sent or written (or, in a dry run, would be).
    Delivered,
    Failed,
    /// Left out by `--only`.
    NotChosen,
}

/// The key of the coordinator's summary (usable with `--only`).
pub const SUMMARY: &str = "sammanfattning";

/// What `compose` needs for each region.
pub struct RegionInput<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// Checked addresses; empty when the region cannot be reached.
    pub recipients: Vec<String>,
    /// How many contacts the region has in the data (to say why it cannot be reached).
    pub contacts: usize,
    pub findings: Vec<&'a Finding>,
    pub changes: Option<&'a RegionChanges>,
    /// The region's own files marked up (`kontakt fix`), attached instead of the findings CSV
    /// with `notify --attach-fixed`: file name and bytes.
    pub fixed: Option<(String, Vec<u8>)>,
}

/// Where a finding is, as a reader finds it: `cell D7 i fliken Nord, fil in/nord.xlsx`,
/// `rad 2, kolumn 3 i filen in/vast.csv`, `hela katalogen`.
fn place(f: &Finding, lang: Lang) -> String {
    match &f.location {
        Some(l) => l.in_words(lang),
        None => tr!("mail-place-directory").render(lang),
    }
}

fn severity(s: Severity, lang: Lang) -> String {
    match s {
        Severity::Error => tr!("mail-severity-error"),
        Severity::Warning => tr!("mail-severity-warning"),
        Severity::Info => tr!("mail-severity-info"),
    }
    .render(lang)
}

/// The findings as a CSV for Swedish Excel: BOM, `;`, CRLF, formula starts defused.
pub fn findings_csv(findings: &[&Finding]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let defuse = crate::export::csv::defuse;
    let _ = w.write_record(
        [
            tr!("mail-csv-file"),
            tr!("mail-csv-sheet"),
            tr!("mail-csv-row"),
            tr!("mail-csv-column"),
            tr!("mail-csv-cell"),
            tr!("mail-csv-severity"),
            tr!("mail-csv-code"),
            tr!("mail-csv-message"),
            tr!("mail-csv-help"),
        ]
        .map(|heading| heading.render(LANG)),
    );
    for f in findings.iter().flat_map(|f| f.each()) {
        let l = f.location.as_ref();
        let _ = w.write_record([
            l.map(|l| l.file.to_string()).unwrap_or_default(),
            l.and_then(|l| l.sheet.as_deref().map(str::to_string))
                .unwrap_or_default(),
            l.and_then(|l| l.row)
                .map(|r| r.to_string())
                .unwrap_or_default(),
            l.and_then(|l| l.col)
                .map(|c| c.to_string())
                .unwrap_or_default(),
            l.and_then(|l| {
                if l.kind == FileKind::Sheet {
                    l.cell_ref()
                } else {
                    None
                }
            })
            .unwrap_or_default(),
            severity(f.severity, LANG),
            f.code.as_str().to_string(),
            defuse(f.message.render_prose(LANG)),
            defuse(
                f.help
                    .as_ref()
                    .map(|h| h.render_prose(LANG))
                    .unwrap_or_default(),
            ),
        ]);
    }
    w.into_inner().unwrap_or_default()
}

/// A region's changes, one line each.
fn change_lines(r: &RegionChanges, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = |text: Text| lines.push(text.render(lang));
    if r.added {
        line(tr!("mail-change-region-added"));
    }
    if r.dropped {
        line(tr!("mail-change-region-dropped"));
    }
    let person = crate::diff::render::person;
    for c in &r.contacts_added {
        line(tr!(
            "mail-change-contact-added",
            person = person(&c.name, &c.email)
        ));
    }
    for c in &r.contacts_removed {
        line(tr!(
            "mail-change-contact-removed",
            person = person(&c.name, &c.email)
        ));
    }
    for c in &r.contacts_changed {
        for f in &c.changes {
            let field = match f.field {
                "name" => tr!("diff-field-name"),
                "region" => tr!("diff-field-region"),
                "role" => tr!("diff-field-role"),
                "organisation" => tr!("diff-field-organisation"),
                "e-mail" => tr!("diff-field-email"),
                _ => tr!("diff-field-phone"),
            };
            line(tr!(
                "mail-change-field",
                name = &c.name,
                field = field.render(lang),
                old = &f.old,
                new = &f.new
            ));
        }
    }
    for m in &r.lan_moved {
        let name = |n: &Option<String>| {
            n.clone()
                .unwrap_or_else(|| tr!("diff-no-region").render(lang))
        };
        line(tr!(
            "mail-change-lan-moved",
            lan = &m.name,
            from = name(&m.from_name),
            to = name(&m.to_name)
        ));
    }
    lines
}

fn message_id(month: &str, key: &str, domain: &str, parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    let hex: String = h
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("<{month}.{key}.{hex}@{domain}>")
}

/// What every mail of a month shares.
pub struct Month<'a> {
    /// `YYYY-MM`.
    pub month: &'a str,
    pub coordinator: &'a [String],
    /// The sender's domain, in ASCII: the Message-IDs' right-hand side.
    pub domain: &'a str,
}

fn finish(
    key: &str,
    m: &Month<'_>,
    to: Vec<String>,
    cc: Vec<String>,
    subject: String,
    body: String,
    attachment: Option<(String, Vec<u8>)>,
) -> Mail {
    let att = attachment
        .as_ref()
        .map(|(_, b)| b.as_slice())
        .unwrap_or_default();
    let id = message_id(
        m.month,
        key,
        m.domain,
        &[
            to.join(",").as_bytes(),
            cc.join(",").as_bytes(),
            subject.as_bytes(),
            body.as_bytes(),
            att,
        ],
    );
    Mail {
        key: key.to_string(),
        to,
        cc,
        subject,
        body,
        attachment,
        message_id: id,
        unreachable: None,
        summary: String::new(),
    }
}

/// Why a region without recipients could not be reached.
fn unreachable_why(contacts: usize) -> Text {
    tr!("mail-unreachable-why", n = contacts)
}

/// The mails of a month: one per region with findings or changes. The coordinator's summary is
/// written after they went (`summary`), so that it says which did.
pub fn compose(m: &Month<'_>, regions: &[RegionInput<'_>]) -> Vec<Mail> {
    let month = m.month;
    let mut mails = Vec::new();
    for r in regions {
        let errors: usize = r
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.count())
            .sum();
        // As `kontakt diff` and the job summary do: a row with an error is not read as meant
        // (a broken number reads as a removed one), so a region's changes wait for its errors.
        let all_changes = r.changes.map(|c| change_lines(c, LANG)).unwrap_or_default();
        // Counted in the subject and the summary either way: the coordinator sees they wait.
        let pending = all_changes.len();
        let changes_wait = errors > 0 && pending > 0;
        let changes = if errors > 0 { Vec::new() } else { all_changes };
        if r.findings.is_empty() && pending == 0 {
            continue;
        }
        let warnings: usize = r
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| f.count())
            .sum();
        let counts = tr!(
            "mail-counts",
            errors = errors,
            warnings = warnings,
            changes = pending
        )
        .render(LANG);
        let unreachable = r.recipients.is_empty().then(|| Unreachable {
            contacts: r.contacts,
            why: unreachable_why(r.contacts).render(LANG),
        });
        let mut body = String::new();
        if let Some(u) = &unreachable {
            let _ = writeln!(
                body,
                "{}\n",
                tr!(
                    "mail-unreachable-note",
                    region = r.name,
                    why = &u.why,
                    id = r.id
                )
                .render(LANG)
            );
        }
        let subject = match &unreachable {
            None => tr!(
                "mail-subject",
                month = month,
                region = r.name,
                counts = &counts
            ),
            Some(_) => tr!(
                "mail-subject-unreachable",
                month = month,
                region = r.name,
                counts = &counts
            ),
        }
        .render(LANG);
        let _ = writeln!(
            body,
            "{}\n\n{}",
            tr!("mail-greeting").render(LANG),
            tr!("mail-intro", region = r.name).render(LANG)
        );
        if !r.findings.is_empty() {
            let _ = writeln!(
                body,
                "\n{}\n",
                tr!("mail-problems", errors = errors, warnings = warnings).render(LANG)
            );
            for f in &r.findings {
                let finding = tr!(
                    "mail-finding",
                    place = place(f, LANG),
                    severity = severity(f.severity, LANG),
                    code = f.code.as_str(),
                    message = f.message.render_prose(LANG)
                );
                let _ = writeln!(body, "- {}", finding.render(LANG));
                if let Some(help) = &f.help {
                    let help = tr!("mail-help", help = help.render_prose(LANG));
                    let _ = writeln!(body, "  {}", help.render(LANG));
                }
            }
            let attached = match &r.fixed {
                Some(_) => tr!("mail-fixed-attached"),
                None => tr!("mail-csv-attached"),
            };
            let _ = writeln!(body, "\n{}", attached.render(LANG));
        }
        if changes_wait {
            let _ = writeln!(body, "\n{}", tr!("mail-changes-wait").render(LANG));
        }
        if !changes.is_empty() {
            let _ = writeln!(body, "\n{}\n", tr!("mail-changes-heading").render(LANG));
            for line in &changes {
                let _ = writeln!(body, "- {line}");
            }
        }
        let _ = write!(
            body,
            "\n{}\n\n{}\n{}\n",
            tr!("mail-closing").render(LANG),
            tr!("mail-regards").render(LANG),
            tr!("mail-sender").render(LANG)
        );
        let attachment = (!r.findings.is_empty()).then(|| match &r.fixed {
            Some(fixed) => fixed.clone(),
            None => (
                tr!("mail-attachment", id = r.id, month = month).render(LANG),
                findings_csv(&r.findings),
            ),
        });
        let (to, cc) = match &unreachable {
            None => (r.recipients.clone(), m.coordinator.to_vec()),
            Some(_) => (m.coordinator.to_vec(), Vec::new()),
        };
        let (to, cc) = once_each(to, cc);
        let mut mail = finish(r.id, m, to, cc, subject, body, attachment);
        mail.unreachable = unreachable;
        mail.summary = format!("{}: {counts}", r.name);
        mails.push(mail);
    }
    mails
}

/// Each address once (case aside, as `check` compares them): repeats in `to` dropped, and from
/// `cc` whatever `to` or `cc` already holds.
fn once_each(to: Vec<String>, cc: Vec<String>) -> (Vec<String>, Vec<String>) {
    let mut seen: Vec<String> = Vec::new();
    let mut keep = |list: Vec<String>| -> Vec<String> {
        list.into_iter()
            .filter(|a| {
                let key = a.to_lowercase();
                let new = !seen.contains(&key);
                if new {
                    seen.push(key);
                }
                new
            })
            .collect()
    };
    let to = keep(to);
    let cc = keep(cc);
    (to, cc)
}

/// The coordinator's summary: which regions were written to, which could not be reached (their
/// mail went to the coordinator), which failed and which this run left out, and the findings
/// about the whole directory (attached as CSV).
pub fn summary(m: &Month<'_>, regions: &[(&Mail, Delivery)], general: &[&Finding]) -> Mail {
    let month = m.month;
    let lines = |want: &dyn Fn(&Mail, Delivery) -> bool, extra: &dyn Fn(&Mail) -> String| {
        regions
            .iter()
            .filter(|(mail, d)| want(mail, *d))
            .map(|(mail, _)| format!("- {}{}", mail.summary, extra(mail)))
            .collect::<Vec<_>>()
    };
    let none = |_: &Mail| String::new();
    let reached = lines(
        &|mail, d| d == Delivery::Delivered && mail.unreachable.is_none(),
        &none,
    );
    let unreachable = lines(
        &|mail, d| d == Delivery::Delivered && mail.unreachable.is_some(),
        &|mail| {
            mail.unreachable
                .as_ref()
                .map(|u| format!(" ({})", u.why))
                .unwrap_or_default()
        },
    );
    let failed = lines(&|_, d| d == Delivery::Failed, &|mail| {
        format!(
            " ({})",
            tr!("mail-summary-resend", id = &mail.key).render(LANG)
        )
    });
    let left_out = lines(&|_, d| d == Delivery::NotChosen, &none);
    let mut body = format!(
        "{}\n\n{}\n",
        tr!("mail-greeting").render(LANG),
        tr!("mail-summary-intro", month = month).render(LANG)
    );
    let mut section = |heading: Text, lines: &[String], always: bool| {
        if lines.is_empty() && !always {
            return;
        }
        let _ = writeln!(body, "\n{}\n", heading.render(LANG));
        if lines.is_empty() {
            let _ = writeln!(body, "- {}", tr!("mail-summary-none").render(LANG));
        }
        for line in lines {
            let _ = writeln!(body, "{line}");
        }
    };
    section(tr!("mail-summary-reached"), &reached, true);
    section(tr!("mail-summary-unreachable"), &unreachable, false);
    section(tr!("mail-summary-failed"), &failed, false);
    section(tr!("mail-summary-left-out"), &left_out, false);
    if regions.is_empty() {
        let _ = writeln!(body, "\n{}", tr!("mail-summary-quiet").render(LANG));
    }
    if !general.is_empty() {
        let _ = writeln!(body, "\n{}\n", tr!("mail-summary-general").render(LANG));
        for f in general {
            // Where it is, when it is somewhere (a file no region's name names).
            let finding = match &f.location {
                Some(_) => tr!(
                    "mail-finding",
                    place = place(f, LANG),
                    severity = severity(f.severity, LANG),
                    code = f.code.as_str(),
                    message = f.message.render_prose(LANG)
                ),
                None => tr!(
                    "mail-summary-finding",
                    severity = severity(f.severity, LANG),
                    code = f.code.as_str(),
                    message = f.message.render_prose(LANG)
                ),
            };
            let _ = writeln!(body, "- {}", finding.render(LANG));
        }
    }
    body.push_str("\nkontakt\n");
    let subject = tr!("mail-summary-subject", month = month).render(LANG);
    let attachment = (!general.is_empty()).then(|| {
        (
            tr!("mail-summary-attachment", month = month).render(LANG),
            findings_csv(general),
        )
    });
    let (to, _) = once_each(m.coordinator.to_vec(), Vec::new());
    finish(SUMMARY, m, to, Vec::new(), subject, body, attachment)
}
