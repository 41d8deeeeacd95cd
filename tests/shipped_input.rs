//! The shipped `input/` is the public page (`tests/data/regionkoordinatorer-2021.txt`, the text of
//! the authority's page in 2021): every e-mail, phone number and län on the page is in the checked directory,
//! in the region the page gives it, and nothing else is.

use std::collections::BTreeSet;

use kontakt::ingest::Value;
use kontakt::pipeline::{Settings, check_input};
use kontakt::schemas::Reference;
use kontakt::source::{FileKind, Location};
use kontakt::validate::Phones;

const PAGE: &str = include_str!("data/regionkoordinatorer-2021.txt");

fn checked() -> kontakt::pipeline::Checked {
    let input = concat!(env!("CARGO_MANIFEST_DIR"), "/input");
    check_input(&Settings::with_defaults(input.as_ref()).unwrap()).unwrap()
}

#[test]
fn every_e_mail_and_phone_on_the_page_and_no_other() {
    let checked = checked();
    let emails: BTreeSet<String> = checked
        .directory
        .contacts
        .iter()
        .flat_map(|c| c.emails.iter().map(|e| e.email.address()))
        .collect();
    let page_emails: BTreeSet<String> = PAGE
        .split_whitespace()
        .filter(|w| w.contains('@'))
        .map(|w| w.to_string())
        .collect();
    assert_eq!(emails, page_emails);

    let phones: BTreeSet<String> = checked
        .directory
        .contacts
        .iter()
        .flat_map(|c| c.phones.iter().map(|p| p.phone.e164.to_string()))
        .collect();
    let parser = Phones::new(&Reference::builtin().unwrap().phone_metadata).unwrap();
    let at = Location::file("page", FileKind::Text);
    let mut page_phones = BTreeSet::new();
    for line in PAGE.lines() {
        let text = line
            .trim()
            .trim_start_matches("Telefon:")
            .trim_start_matches("Ring ")
            .trim();
        if !text.is_empty()
            && text.starts_with('0')
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || " -–alt.".contains(c))
        {
            let (found, _) = parser.parse_value(&Value::Text(text.to_string()), &at);
            assert!(!found.is_empty(), "{text}");
            page_phones.extend(found.into_iter().map(|p| p.e164.to_string()));
        }
    }
    assert_eq!(phones, page_phones);
}

#[test]
fn every_region_covers_the_lan_the_page_gives_it() {
    let checked = checked();
    let reference = Reference::builtin().unwrap();
    let lines: Vec<&str> = PAGE.lines().map(str::trim).collect();
    for (i, region) in reference.regional() {
        // On the page, a region's name stands alone on a line and its län follow two lines on.
        let at = lines
            .iter()
            .rposition(|l| *l == region.name)
            .unwrap_or_else(|| panic!("{} not on the page", region.name));
        let page: BTreeSet<usize> = lines[at + 2]
            .replace(" och ", ",")
            .split(',')
            .map(|w| reference.lan(w.trim()).unwrap_or_else(|| panic!("{w}")))
            .collect();
        let covered: BTreeSet<usize> = (0..reference.lan.len())
            .filter(|&l| checked.directory.lan_owner[l] == Some(i))
            .collect();
        assert_eq!(covered, page, "{}", region.name);
    }
}
