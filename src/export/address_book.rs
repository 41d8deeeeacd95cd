//! The whole directory in the contact-import formats of the two address books people use, so
//! that one file imports every contact in one step at any size:
//!
//! - `outlook.csv`: Outlook's own CSV contact format (classic and new Outlook, Outlook on the
//!   web): its English column names, UTF-8 with BOM, `,`, CRLF.
//! - `google.csv`: Google Contacts' CSV format, as Google writes it when exporting: UTF-8, `,`,
//!   CRLF, `E-mail N - Label/Value` and `Phone N - Label/Value` pairs, as many as the contact
//!   with the most needs.
//!
//! Phones are written internationally (`+46 8 508 437 26`), so a card dials from abroad too;
//! an extension, which no phone can dial, goes into the notes with the län the region covers.
//! Nothing is dropped: values beyond Outlook's three e-mail and two work-phone columns go into
//! its notes too. Cells are not defused with `'`: these files are read by an importer, not
//! opened in a spreadsheet, and a `'` would become part of the name.

use super::Export;
use super::cards::Card;
use std::io::{self, Write};

/// Outlook's contact-import columns, as Outlook names them when exporting.
pub const OUTLOOK_HEADER: [&str; 12] = [
    "First Name",
    "Last Name",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Business Phone",
    "Business Phone 2",
    "Mobile Phone",
    "Company",
    "Job Title",
    "Categories",
    "Notes",
];

/// The name columns: a person's given and family name; a function (the support line) by its
/// whole name as the family name, which address books file it under.
fn names(card: &Card<'_>) -> (String, String) {
    if card.is_function() || (card.given.is_empty() && card.family.is_empty()) {
        (String::new(), card.contact.name.clone())
    } else {
        (card.given.clone(), card.family.clone())
    }
}

/// The notes of a contact: the län its region covers, the extensions, and what did not fit
/// the format's columns. In Swedish, as its readers are.
fn notes(card: &Card<'_>, overflow: &[String]) -> String {
    let mut lines = Vec::new();
    if !card.lan.is_empty() {
        let lan: Vec<&str> = card.lan.iter().map(|l| l.name.as_str()).collect();
        lines.push(format!("Län: {}", lan.join(", ")));
    }
    for p in &card.contact.phones {
        if let Some(ext) = &p.phone.extension {
            lines.push(format!("{} ankn. {ext}", p.phone.international()));
        }
    }
    lines.extend(overflow.iter().cloned());
    lines.join("\r\n")
}

fn outlook_row(card: &Card<'_>) -> [String; 12] {
    let c = card.contact;
    let (given, family) = names(card);
    let emails: Vec<String> = c.emails.iter().map(|e| e.email.address()).collect();
    let work: Vec<String> = c
        .phones
        .iter()
        .filter(|p| !p.is_mobile())
        .map(|p| p.phone.international())
        .collect();
    let mobile: Vec<String> = c
        .phones
        .iter()
        .filter(|p| p.is_mobile())
        .map(|p| p.phone.international())
        .collect();
    let mut overflow = Vec::new();
    if emails.len() > 3 {
        overflow.push(format!("E-post: {}", emails[3..].join(", ")));
    }
    if work.len() > 2 {
        overflow.push(format!("Telefon: {}", work[2..].join(", ")));
    }
    if mobile.len() > 1 {
        overflow.push(format!("Mobil: {}", mobile[1..].join(", ")));
    }
    let nth = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
    [
        given,
        family,
        nth(&emails, 0),
        nth(&emails, 1),
        nth(&emails, 2),
        nth(&work, 0),
        nth(&work, 1),
        nth(&mobile, 0),
        c.organisation.clone().unwrap_or_default(),
        c.role.clone().unwrap_or_default(),
        card.region.name.clone(),
        notes(card, &overflow),
    ]
}

fn write_csv(
    bom: bool,
    rows: impl IntoIterator<Item = Vec<String>>,
    out: &mut dyn Write,
) -> io::Result<()> {
    if bom {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    for row in rows {
        writer.write_record(&row)?;
    }
    writer.flush()
}

/// `outlook.csv`.
pub fn outlook(export: &Export<'_>, out: &mut dyn Write) -> io::Result<()> {
    let header = OUTLOOK_HEADER.map(String::from).to_vec();
    let rows = export.cards.iter().map(|c| outlook_row(c).to_vec());
    write_csv(true, std::iter::once(header).chain(rows), out)
}

/// Google Contacts' fixed columns, then the e-mail and phone pairs.
pub const GOOGLE_HEADER: [&str; 6] = [
    "First Name",
    "Last Name",
    "Organization Name",
    "Organization Title",
    "Notes",
    "Labels",
];

/// `google.csv`.
pub fn google(export: &Export<'_>, out: &mut dyn Write) -> io::Result<()> {
    let emails = export
        .cards
        .iter()
        .map(|c| c.contact.emails.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let phones = export
        .cards
        .iter()
        .map(|c| c.contact.phones.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut header: Vec<String> = GOOGLE_HEADER.map(String::from).to_vec();
    for i in 1..=emails {
        header.push(format!("E-mail {i} - Label"));
        header.push(format!("E-mail {i} - Value"));
    }
    for i in 1..=phones {
        header.push(format!("Phone {i} - Label"));
        header.push(format!("Phone {i} - Value"));
    }
    let rows = export.cards.iter().map(|card| {
        let c = card.contact;
        let (given, family) = names(card);
        // `* myContacts` puts the contact among the account's own contacts, as Google's export
        // writes it; the region is a label of its own.
        let mut row = vec![
            given,
            family,
            c.organisation.clone().unwrap_or_default(),
            c.role.clone().unwrap_or_default(),
            notes(card, &[]),
            format!("* myContacts ::: {}", card.region.name),
        ];
        for i in 0..emails {
            match c.emails.get(i) {
                Some(e) => row.extend(["Work".to_string(), e.email.address()]),
                None => row.extend([String::new(), String::new()]),
            }
        }
        for i in 0..phones {
            match c.phones.get(i) {
                Some(p) => {
                    let label = if p.is_mobile() { "Mobile" } else { "Work" };
                    row.extend([label.to_string(), p.phone.international()]);
                }
                None => row.extend([String::new(), String::new()]),
            }
        }
        row
    });
    write_csv(false, std::iter::once(header).chain(rows), out)
}
