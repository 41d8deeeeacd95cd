//! The monthly e-mails, composed as data: one per region that has findings or changes, and a
//! summary for the national coordinator. Pure: no network, no files.
//!
//! Text is Swedish; finding messages and help keep kontakt's English wording, quoted as they
//! appear in the report. People are shown by name and e-mail address, never by internal id. A
//! message's Message-ID and MIME boundary come from the region, the month and the content (the
//! Message-ID in the sender's domain), so a rerun for the same content produces the same ones.
//!
//! A region with no one to write to (no address in `recipients.json`, none valid among its
//! contacts) is never sent a mail to nobody: its mail goes to the coordinator, saying so first.

use crate::i18n::Lang;
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

impl Unreachable {
    /// The reason in English, for the run's output.
    pub fn why_en(&self) -> String {
        match self.contacts {
            0 => "the region has no contacts in the data and no address in recipients.json".into(),
            1 => {
                "its only contact has no valid e-mail address and recipients.json lists none".into()
            }
            n => format!(
                "none of its {n} contacts has a valid e-mail address and recipients.json lists none"
            ),
        }
    }
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
            defuse(f.message.render(Lang::Sv)),
            defuse(
                f.help
                    .as_ref()
                    .map(|h| h.render(Lang::Sv))
                    .unwrap_or_default(),
            ),
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
    let person = crate::diff::render::person;
    lines.extend(
        r.contacts_added
            .iter()
            .map(|c| format!("ny kontakt: {}", person(&c.name, &c.email))),
    );
    lines.extend(
        r.contacts_removed
            .iter()
            .map(|c| format!("borttagen kontakt: {}", person(&c.name, &c.email))),
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

/// Why a region without recipients could not be reached, in Swedish.
fn unreachable_why(contacts: usize) -> String {
    let listed = "schemas/recipients.json anger ingen adress för regionen";
    match contacts {
        0 => format!("regionen har inga kontakter i katalogen och {listed}"),
        1 => format!("regionens enda kontakt saknar giltig e-postadress och {listed}"),
        n => format!("ingen av regionens {n} kontakter har en giltig e-postadress och {listed}"),
    }
}

/// The mails of a month: one per region with findings or changes. The coordinator's summary is
/// written after they went (`summary`), so that it says which did.
pub fn compose(m: &Month<'_>, regions: &[RegionInput<'_>]) -> Vec<Mail> {
    let month = m.month;
    let mut mails = Vec::new();
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
        let counts = crate::tr!(
            "mail-counts",
            errors = errors,
            warnings = warnings,
            changes = changes.len()
        )
        .render(Lang::Sv);
        let unreachable = r.recipients.is_empty().then(|| Unreachable {
            contacts: r.contacts,
            why: unreachable_why(r.contacts),
        });
        let mut body = String::new();
        if let Some(u) = &unreachable {
            let _ = writeln!(
                body,
                "OBS! Det här meddelandet är till region {} men kunde inte skickas dit: {}. \
                 Vidarebefordra det till regionen, eller lägg in regionens adress i \
                 schemas/recipients.json och skicka igen med --only {}.\n",
                r.name, u.why, r.id
            );
        }
        let subject = match &unreachable {
            None => format!("Regionkoordinatorer {month}: {} – {counts}", r.name),
            Some(_) => format!(
                "Regionkoordinatorer {month}: {} kunde inte nås – {counts}",
                r.name
            ),
        };
        let _ = writeln!(
            body,
            "Hej!\n\nHär är resultatet av månadens import av kontaktuppgifterna för region {}.",
            r.name
        );
        if !r.findings.is_empty() {
            let _ = writeln!(
                body,
                "\n{}\n",
                crate::tr!("mail-problems", errors = errors, warnings = warnings).render(Lang::Sv)
            );
            for f in &r.findings {
                let _ = writeln!(
                    body,
                    "- {} ({}, {}): {}",
                    place(f),
                    severity(f.severity),
                    f.code.as_str(),
                    f.message.render(Lang::Sv)
                );
                if let Some(help) = &f.help {
                    let _ = writeln!(body, "  Hjälp: {}", help.render(Lang::Sv));
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
        let (to, cc) = match &unreachable {
            None => (r.recipients.clone(), m.coordinator.to_vec()),
            Some(_) => (m.coordinator.to_vec(), Vec::new()),
        };
        let mut mail = finish(r.id, m, to, cc, subject, body, attachment);
        mail.unreachable = unreachable;
        mail.summary = format!("{}: {counts}", r.name);
        mails.push(mail);
    }
    mails
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
        format!(" (skicka igen med --only {})", mail.key)
    });
    let left_out = lines(&|_, d| d == Delivery::NotChosen, &none);
    let mut body = format!("Hej!\n\nSammanfattning av importen för {month}.\n");
    let mut section = |heading: &str, lines: &[String], always: bool| {
        if lines.is_empty() && !always {
            return;
        }
        let _ = writeln!(body, "\n{heading}\n");
        if lines.is_empty() {
            body.push_str("- inga\n");
        }
        for line in lines {
            let _ = writeln!(body, "{line}");
        }
    };
    section("Regioner som fått e-post:", &reached, true);
    section(
        "Regioner som inte kunde nås (deras meddelanden har skickats till dig i stället):",
        &unreachable,
        false,
    );
    section("Regioner vars e-post inte kunde skickas:", &failed, false);
    section(
        "Regioner som inte skickades i den här körningen (--only):",
        &left_out,
        false,
    );
    if regions.is_empty() {
        body.push_str("\nInga problem och inga ändringar den här månaden.\n");
    }
    if !general.is_empty() {
        let _ = writeln!(body, "\nProblem som gäller hela katalogen:\n");
        for f in general {
            let _ = writeln!(
                body,
                "- {} ({}): {}",
                severity(f.severity),
                f.code.as_str(),
                f.message.render(Lang::Sv)
            );
        }
    }
    body.push_str("\nkontakt\n");
    let subject = format!("Regionkoordinatorer {month}: sammanfattning av importen");
    let attachment = (!general.is_empty())
        .then(|| (format!("fynd-katalogen-{month}.csv"), findings_csv(general)));
    finish(
        SUMMARY,
        m,
        m.coordinator.to_vec(),
        Vec::new(),
        subject,
        body,
        attachment,
    )
}
