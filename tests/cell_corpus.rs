//! The cell corpora (`tests/data/phone-cells.csv`, `tests/data/email-cells.csv`, written by
//! `scripts/cell_corpus.py` from Google's `phonenumbers` and Python's `email-validator`): every
//! cell, cleaned as ingest cleans it, through the reader `check` uses, gives exactly the expected
//! numbers or addresses and the expected finding codes.

use std::collections::BTreeSet;

use kontakt::ingest::Value;
use kontakt::schemas::Reference;
use kontakt::source::{FileKind, Location};
use kontakt::text::clean;
use kontakt::validate::{Phones, cell};

fn rows(name: &str) -> Vec<csv::StringRecord> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    csv::Reader::from_path(path)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

fn codes(findings: &[kontakt::diagnostic::Finding]) -> String {
    let set: BTreeSet<&str> = findings.iter().map(|f| f.code.as_str()).collect();
    set.into_iter().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_phone_cell_gives_the_expected_numbers_and_findings() {
    let reference = Reference::builtin().unwrap();
    let phones = Phones::new(&reference.phone_metadata).unwrap();
    let at = Location::file("corpus.csv", FileKind::Text).at(2, 3);
    let rows = rows("phone-cells.csv");
    assert!(rows.len() >= 300, "{} cells", rows.len());
    let mut wrong = Vec::new();
    for r in &rows {
        let (text, kind, want, want_codes) = (&r[0], &r[1], &r[2], &r[3]);
        let value = match kind {
            "number" => Value::Number(text.parse().unwrap()),
            _ => Value::Text(clean(text)),
        };
        let (found, findings) = cell::phones(&value, &phones, &at);
        let got: Vec<String> = found.iter().map(|p| p.e164.to_string()).collect();
        let got_codes = codes(&findings);
        if got != words(want) || got_codes != want_codes {
            wrong.push(format!(
                "{text:?} ({}): got {got:?} [{got_codes}], want {want:?} [{want_codes}]",
                &r[6]
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cells:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_e_mail_cell_gives_the_expected_addresses_and_findings() {
    let at = Location::file("corpus.csv", FileKind::Text).at(2, 2);
    let rows = rows("email-cells.csv");
    assert!(rows.len() >= 300, "{} cells", rows.len());
    let mut wrong = Vec::new();
    for r in &rows {
        let (text, want, want_ascii, want_codes) = (&r[0], &r[1], &r[2], &r[3]);
        let (found, findings) = cell::emails(&clean(text), &at);
        let mut got: Vec<String> = found.iter().map(|e| e.address()).collect();
        let mut want = words(want);
        got.sort();
        want.sort();
        // email-validator gives no ASCII form for a non-ASCII local part: compare where it does.
        let ascii_ok = words(want_ascii)
            .iter()
            .all(|a| a.is_empty() || found.iter().any(|e| &e.address_ascii() == a));
        let got_codes = codes(&findings);
        if got != want || got_codes != want_codes || !ascii_ok {
            wrong.push(format!(
                "{text:?} ({}): got {got:?} [{got_codes}], want {want:?} [{want_codes}] ascii {want_ascii:?}",
                &r[5]
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cells:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}
