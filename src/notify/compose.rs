//! The monthly e-mails, composed as data: one per region that has findings or changes, and a
//! summary for the national coordinator. Pure: no network, no files.
//!
//! Text is Swedish; finding messages and help keep kontakt's English wording, quoted as they
//! appear in the report. A message's Message-ID, Date and MIME boundary come from the region,
//! the month and the content, so a rerun for the same content produces the same bytes.

use std::fmt::Write;

use sha2::{Digest, Sha256};

use crate::diagnostic::{Finding, Severity};
use crate::diff::RegionChanges;
use crate::source::FileKind;

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
    /// `<2021-09.syd.0123456789abcdef@kontakt>`: region, month and a hash of the content.
    pub message_id: String,
}

/// The key of the coordinator's summary (usable with `--only`).
pub const SUMMARY: &str = "sammanfattning";

/// What `compose` needs for each region.
pub struct RegionInput<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub recipients: Vec<String>,
    pub findings: Vec<&'a Finding>,
    pub changes: Option<&'a RegionChanges>,
}

fn place(f: &Finding) -> String {
    let Some(l) = &f.location else {
        return "hela katalogen".into();
    };
    let mut s = format!("fil {}", l.file);
    if let Some(sheet) = &l.sheet {
        let _ = write!(s, ", blad {sheet}");
    }
    match (l.kind, l.cell_ref(), l.row) {
        (FileKind::Sheet, Some(cell), _) => {
            let _ = write!(s, ", cell {cell}");
        }
        (FileKind::Text, _, Some(row)) => {
            let _ = write!(s, ", rad {row}");
            if let Some(col) = l.col {
                let _ = write!(s, ", fält {col}");
            }
        }
        (_, None, Some(row)) => {
            let _ = write!(s, ", rad {row}");
        }
        _ => {}
    }
    s
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "fel",
        Severity::Warning => "varning",
        Severity::Info => "notering",
    }
}

/// The findings as a CSV for Swedish Excel: BOM, `;`, CRLF, formula starts defused.
pub fn findings_csv(findings: &[&Finding]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let defuse = crate::export::csv::defuse;
    let _ = w.write_record([
        "fil",
        "blad",
        "rad",
        "kolumn",
        "cell",
        "allvarlighet",
        "kod",
        "meddelande",
        "hjälp",
    ]);
    for f in findings {
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
            severity(f.severity).to_string(),
            f.code.as_str().to_string(),
            defuse(f.message.clone()),
            defuse(f.help.clone().unwrap_or_default()),
        ]);
    }
    w.into_inner().unwrap_or_default()
}

/// A region's changes in Swedish.
fn changes_sv(r: &RegionChanges) -> Vec<String> {
    let mut lines = Vec::new();
    if r.added {
        lines.push("regionen är ny".to_string());
    }
    if r.dropped {
        lines.push("regionen finns inte längre".to_string());
    }
    lines.extend(
        r.contacts_added
            .iter()
            .map(|c| format!("ny kontakt: {} <{}>", c.name, c.id)),
    );
    lines.extend(
        r.contacts_removed
            .iter()
            .map(|c| format!("borttagen kontakt: {} <{}>", c.name, c.id)),
    );
    for c in &r.contacts_changed {
        for f in &c.changes {
            let field = match f.field {
                "name" => "namn",
                "region" => "region",
                "role" => "roll",
                "organisation" => "organisation",
                "e-mail" => "e-post",
                _ => "telefon",
            };
            lines.push(format!(
                "{}: {field} ändrad från \"{}\" till \"{}\"",
                c.name, f.old, f.new
            ));
        }
    }
    for m in &r.lan_moved {
        let name = |n: &Option<String>| n.clone().unwrap_or_else(|| "ingen region".into());
        lines.push(format!(
            "{} flyttat: {} → {}",
            m.name,
            name(&m.from_name),
            name(&m.to_name)
        ));
    }
    lines
}

fn message_id(month: &str, key: &str, parts: &[&[u8]]) -> String {
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
    format!("<{month}.{key}.{hex}@kontakt>")
}

fn finish(
    key: &str,
    month: &str,
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
        month,
        key,
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
    }
}

/// The mails of a month: one per region with findings or changes, then the summary.
pub fn compose(
    month: &str,
    regions: &[RegionInput<'_>],
    general: &[&Finding],
    coordinator: &[String],
) -> Vec<Mail> {
    let mut mails = Vec::new();
    let mut summary_lines = Vec::new();
    for r in regions {
        let changes = r.changes.map(changes_sv).unwrap_or_default();
        if r.findings.is_empty() && changes.is_empty() {
            continue;
        }
        let errors = r
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        let warnings = r
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count();
        let subject = format!(
            "Regionkoordinatorer {month}: {} – {errors} fel, {warnings} varningar, {} ändringar",
            r.name,
            changes.len()
        );
        let mut body = format!(
            "Hej!\n\nHär är resultatet av månadens import av kontaktuppgifterna för region {}.\n",
            r.name
        );
        if !r.findings.is_empty() {
            let _ = writeln!(
                body,
                "\nProblem i er fil ({errors} fel, {warnings} varningar). Rätta dem i kalkylbladet och skicka filen igen:\n"
            );
            for f in &r.findings {
                let _ = writeln!(
                    body,
                    "- {} ({}, {}): {}",
                    place(f),
                    severity(f.severity),
                    f.code.as_str(),
                    f.message
                );
                if let Some(help) = &f.help {
                    let _ = writeln!(body, "  Hjälp: {help}");
                }
            }
            let _ = writeln!(body, "\nSamma lista finns som bifogad CSV-fil.");
        }
        if !changes.is_empty() {
            let _ = writeln!(body, "\nÄndringar sedan förra månaden:\n");
            for line in &changes {
                let _ = writeln!(body, "- {line}");
            }
        }
        body.push_str("\nHör av er om något inte stämmer.\n\nVänliga hälsningar\nJämställdhetsmyndigheten (kontakt)\n");
        let attachment = (!r.findings.is_empty()).then(|| {
            (
                format!("fynd-{}-{month}.csv", r.id),
                findings_csv(&r.findings),
            )
        });
        summary_lines.push(format!(
            "- {}: {errors} fel, {warnings} varningar, {} ändringar",
            r.name,
            changes.len()
        ));
        mails.push(finish(
            r.id,
            month,
            r.recipients.clone(),
            coordinator.to_vec(),
            subject,
            body,
            attachment,
        ));
    }
    let mut body =
        format!("Hej!\n\nSammanfattning av importen för {month}.\n\nRegioner som fått e-post:\n\n");
    if summary_lines.is_empty() {
        body.push_str("- inga: inga problem och inga ändringar\n");
    }
    for line in &summary_lines {
        let _ = writeln!(body, "{line}");
    }
    if !general.is_empty() {
        let _ = writeln!(body, "\nProblem som gäller hela katalogen:\n");
        for f in general {
            let _ = writeln!(
                body,
                "- {} ({}): {}",
                severity(f.severity),
                f.code.as_str(),
                f.message
            );
        }
    }
    body.push_str("\nkontakt\n");
    let subject = format!("Regionkoordinatorer {month}: sammanfattning av importen");
    let attachment = (!general.is_empty())
        .then(|| (format!("fynd-katalogen-{month}.csv"), findings_csv(general)));
    mails.push(finish(
        SUMMARY,
        month,
        coordinator.to_vec(),
        Vec::new(),
        subject,
        body,
        attachment,
    ));
    mails
}
