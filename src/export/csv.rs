//! Two CSV files, one contact a row, multi-valued fields joined with `; `:
//!
//! - `contacts.csv` for programs: English keys, UTF-8 without BOM, `,`, LF, exact values
//!   (`+46703284869`), ids and UIDs.
//! - `contacts-excel.csv` for people: Swedish headings (Namn, Förnamn, Efternamn, Region, Län,
//!   Roll, Organisation, E-post, Telefon, Mobil), län by name, phones in their written form
//!   (which no spreadsheet reads as a number) with phone and mobile apart, no internal ids. What
//!   Swedish Excel and LibreOffice open directly (UTF-8 with BOM, `;`, CRLF), with every cell
//!   that would start a formula (`=`, `+`, `-`, `@`, tab, CR; OWASP's CSV injection list)
//!   prefixed by `'`, so nothing runs.

use super::Export;
use super::cards::Card;
use std::borrow::Cow;
use std::io::{self, Write};

pub const HEADER: [&str; 13] = [
    "id",
    "region",
    "kind",
    "name",
    "given_name",
    "family_name",
    "role",
    "organisation",
    "lan",
    "emails",
    "phones_e164",
    "phones_written",
    "uid",
];

fn row<'c>(card: &'c Card<'_>) -> [Cow<'c, str>; 13] {
    let c = card.contact;
    let join = |items: Vec<String>| Cow::Owned(items.join("; "));
    [
        Cow::Borrowed(card.id.as_str()),
        Cow::Borrowed(card.region.id.as_str()),
        Cow::Borrowed(if card.is_function() {
            "function"
        } else {
            "person"
        }),
        Cow::Borrowed(c.name.as_str()),
        Cow::Borrowed(card.given.as_str()),
        Cow::Borrowed(card.family.as_str()),
        Cow::Borrowed(c.role.as_deref().unwrap_or_default()),
        Cow::Borrowed(c.organisation.as_deref().unwrap_or_default()),
        join(card.lan.iter().map(|l| l.code.clone()).collect()),
        join(c.emails.iter().map(|e| e.email.address()).collect()),
        join(c.phones.iter().map(|p| p.phone.e164.to_string()).collect()),
        join(
            c.phones
                .iter()
                .map(|p| p.phone.written.to_string())
                .collect(),
        ),
        Cow::Owned(card.uid.to_string()),
    ]
}

/// The people's columns, in Swedish.
pub const HEADER_SV: [&str; 10] = [
    "Namn",
    "Förnamn",
    "Efternamn",
    "Region",
    "Län",
    "Roll",
    "Organisation",
    "E-post",
    "Telefon",
    "Mobil",
];

/// A phone as people read and dial it: `08-508 437 26`, with `ankn. 12` when it has one.
fn written(p: &crate::model::PhoneEntry) -> String {
    match &p.phone.extension {
        Some(ext) => format!("{} ankn. {ext}", p.phone.written),
        None => p.phone.written.to_string(),
    }
}

fn people_row<'c>(card: &'c Card<'_>) -> [Cow<'c, str>; 10] {
    let c = card.contact;
    let join = |items: Vec<String>| Cow::Owned(items.join("; "));
    let mobile = |p: &&crate::model::PhoneEntry| p.is_mobile();
    [
        Cow::Borrowed(c.name.as_str()),
        Cow::Borrowed(card.given.as_str()),
        Cow::Borrowed(card.family.as_str()),
        Cow::Borrowed(card.region.name.as_str()),
        join(card.lan.iter().map(|l| l.short.clone()).collect()),
        Cow::Borrowed(c.role.as_deref().unwrap_or_default()),
        Cow::Borrowed(c.organisation.as_deref().unwrap_or_default()),
        join(c.emails.iter().map(|e| e.email.address()).collect()),
        join(
            c.phones
                .iter()
                .filter(|p| !mobile(p))
                .map(written)
                .collect(),
        ),
        join(c.phones.iter().filter(mobile).map(written).collect()),
    ]
}

fn write<const N: usize>(
    export: &Export<'_>,
    builder: &mut csv::WriterBuilder,
    header: [&str; N],
    row: for<'c> fn(&'c Card<'_>) -> [Cow<'c, str>; N],
    cell: for<'c> fn(Cow<'c, str>) -> Cow<'c, str>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut writer = builder.from_writer(out);
    writer.write_record(header)?;
    for card in &export.cards {
        writer.write_record(row(card).map(cell).iter().map(|c| c.as_bytes()))?;
    }
    writer.flush()
}

/// `contacts.csv`: exact values for programs.
pub fn machine(export: &Export<'_>, out: &mut dyn Write) -> io::Result<()> {
    write(
        export,
        csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')),
        HEADER,
        row,
        |s| s,
        out,
    )
}

/// `contacts-excel.csv`: safe to open in a spreadsheet.
pub fn spreadsheet(export: &Export<'_>, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(b"\xEF\xBB\xBF")?;
    write(
        export,
        csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF),
        HEADER_SV,
        people_row,
        defuse_cell,
        out,
    )
}

/// A cell a spreadsheet would read as a formula gets a leading `'`.
pub fn defuse(cell: String) -> String {
    defuse_cell(Cow::Owned(cell)).into_owned()
}

/// `defuse`, copying the cell only when it changes.
fn defuse_cell(cell: Cow<'_, str>) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_defused() {
        for s in ["=1+1", "+46703284869", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(defuse(s.to_string()).starts_with('\''), "{s:?}");
        }
        assert_eq!(defuse("070-328 48 69".into()), "070-328 48 69");
        assert_eq!(defuse("Eva".into()), "Eva");
    }
}
