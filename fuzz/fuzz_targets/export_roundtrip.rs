//! A contact with arbitrary name, role and organisation through every exporter and back through
//! the readers the tests use: serde_json, the csv crate, calcard. What goes in comes out.
#![no_main]

use std::sync::LazyLock;

use calcard::vcard::VCardProperty;
use kontakt::export::{self, Export, vcard};
use kontakt::model::{Contact, ContactKind, Directory, EmailEntry, PhoneEntry};
use kontakt::schemas::Reference;
use kontakt::source::{FileKind, Location};
use kontakt::validate::email::check_address as check;
use kontakt::model::{Kind, Phone};
use libfuzzer_sys::fuzz_target;
use unicode_normalization::UnicodeNormalization;

static REFERENCE: LazyLock<Reference> =
    LazyLock::new(|| Reference::builtin().expect("built-in schemas"));

/// Text as ingest stores it: cleaned (NFC, spaces, trimmed lines), no control characters.
fn stored(s: &str) -> String {
    let cleaned = kontakt::text::clean(s);
    let (visible, _) = kontakt::text::strip_invisible(&cleaned, true);
    visible
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect::<String>()
        .nfc()
        .collect::<String>()
        .trim()
        .to_string()
}

fn contact(name: String, role: String, org: String) -> Contact {
    let at = Location::file("f.csv", FileKind::Text);
    Contact {
        region: 0,
        kind: ContactKind::Person,
        name,
        given_name: None,
        family_name: None,
        role: Some(role),
        organisation: Some(org),
        emails: vec![EmailEntry {
            email: check("eva.norlin@umea.se").expect("valid"),
            at: at.clone(),
        }],
        phones: vec![PhoneEntry {
            phone: Phone {
                e164: "+46703284869".into(),
                written: "070-328 48 69".into(),
                kind: Kind::Mobile,
                extension: None,
            },
            mobile_column: false,
            at: at.clone(),
        }],
        lan: vec![],
        source: at,
    }
}

fuzz_target!(|parts: (&str, &str, &str, bool)| {
    let (name, role, org) = (stored(parts.0), stored(parts.1), stored(parts.2));
    if name.is_empty() || role.is_empty() || org.is_empty() || name.contains('\n') {
        return;
    }
    let directory = Directory::of(
        vec![contact(name.clone(), role.clone(), org.clone())],
        vec![None; REFERENCE.lan.len()],
    );
    let exported = Export::new(&directory, &REFERENCE, &[], None);
    let version = if parts.3 { vcard::Version::V4 } else { vcard::Version::V3 };
    let files = export::files(&exported, export::Options { vcard: version, outlook_cards: true });

    let json: serde_json::Value = serde_json::from_slice(&files["contacts.json"]).expect("JSON");
    assert_eq!(json["contacts"][0]["name"], name.as_str());
    assert_eq!(json["contacts"][0]["role"], role.as_str());

    let mut reader = csv::ReaderBuilder::new().from_reader(&files["contacts.csv"][..]);
    let row = reader.records().next().expect("a row").expect("CSV");
    assert_eq!(&row[3], name.as_str());
    assert_eq!(&row[6], role.as_str());

    let text = std::str::from_utf8(&files["vcard/all.vcf"]).expect("UTF-8");
    let mut parser = calcard::Parser::new(text);
    let calcard::Entry::VCard(card) = parser.entry() else {
        panic!("not a vCard: {text}");
    };
    let values = |prop: VCardProperty| -> Vec<String> {
        card.properties(&prop)
            .flat_map(|e| e.values.iter().filter_map(|v| v.as_text().map(str::to_string)))
            .collect()
    };
    assert_eq!(values(VCardProperty::Fn), [name.clone()], "{text}");
    assert_eq!(values(VCardProperty::Title), [role.clone()], "{text}");
});
