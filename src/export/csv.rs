//! Two CSV files with the same rows, one contact a row, multi-valued fields joined with `; `:
//!
//! - `contacts.csv` for programs: UTF-8 without BOM, `,`, LF, exact values (`+46703284869`).
//! - `contacts-excel.csv` for people: what Swedish Excel and LibreOffice open directly (UTF-8
//!   with BOM, `;`, CRLF), with every cell that would start a formula (`=`, `+`, `-`, `@`, tab,
//!   CR; OWASP's CSV injection list) prefixed by `'`, so `+46703284869` stays text and nothing
//!   runs. Phone numbers also appear in their written form, which no spreadsheet reads as a number.

use super::Export;
use super::cards::Card;

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

fn row(card: &Card<'_>) -> [String; 13] {
    let c = card.contact;
    let join = |items: Vec<String>| items.join("; ");
    [
        card.id.clone(),
        card.region.id.clone(),
        if card.is_function() {
            "function"
        } else {
            "person"
        }
        .to_string(),
        c.name.clone(),
        card.given.clone(),
        card.family.clone(),
        c.role.clone().unwrap_or_default(),
        c.organisation.clone().unwrap_or_default(),
        join(card.lan.iter().map(|l| l.code.clone()).collect()),
        join(c.emails.iter().map(|e| e.email.address()).collect()),
        join(c.phones.iter().map(|p| p.phone.e164.clone()).collect()),
        join(c.phones.iter().map(|p| p.phone.written.clone()).collect()),
        card.uid.to_string(),
    ]
}

fn write(
    export: &Export<'_>,
    builder: &mut csv::WriterBuilder,
    cell: impl Fn(String) -> String,
) -> Vec<u8> {
    let mut writer = builder.from_writer(Vec::new());
    let result: csv::Result<()> = (|| {
        writer.write_record(HEADER)?;
        for card in &export.cards {
            writer.write_record(row(card).map(&cell))?;
        }
        writer.flush()?;
        Ok(())
    })();
    result.expect("writing CSV into memory cannot fail");
    writer
        .into_inner()
        .expect("writing CSV into memory cannot fail")
}

/// `contacts.csv`: exact values for programs.
pub fn machine(export: &Export<'_>) -> Vec<u8> {
    write(
        export,
        csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')),
        |s| s,
    )
}

/// `contacts-excel.csv`: safe to open in a spreadsheet.
pub fn spreadsheet(export: &Export<'_>) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend(write(
        export,
        csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF),
        defuse,
    ));
    out
}

/// A cell a spreadsheet would read as a formula gets a leading `'`.
pub fn defuse(cell: String) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
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
