//! Property test: any Unicode name, role and organisation, full of `,` `;` `\` and newlines,
//! survives a vCard written by kontakt and read by an independent parser (calcard).

mod common;

use calcard::vcard::{VCard, VCardProperty};
use kontakt::export::{self, Export, vcard};
use kontakt::model::{Contact, ContactKind, Directory, EmailEntry, PhoneEntry};
use kontakt::model::{Kind, Phone};
use kontakt::schemas::Reference;
use kontakt::source::{FileKind, Location};
use kontakt::validate::email::check_address as check;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

fn contact(name: &str, role: &str, org: &str) -> Contact {
    let at = Location::file("p.csv", FileKind::Text);
    Contact {
        region: 0,
        kind: ContactKind::Person,
        name: name.to_string(),
        given_name: None,
        family_name: None,
        role: Some(role.to_string()),
        organisation: Some(org.to_string()),
        emails: vec![EmailEntry {
            email: check("eva.norlin@umea.se").unwrap(),
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

/// Text as kontakt stores it: NFC, no carriage returns (cells are cleaned on the way in).
fn stored(s: &str) -> String {
    s.replace('\r', "").nfc().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn names_and_roles_round_trip(
        name in "(\\PC|[,;\\\\\n]){1,40}",
        role in "(\\PC|[,;\\\\\n]){1,40}",
        org in "(\\PC|[,;\\\\\n]){1,40}",
        version in prop_oneof![Just(vcard::Version::V3), Just(vcard::Version::V4)],
    ) {
        let (name, role, org) = (stored(&name), stored(&role), stored(&org));
        prop_assume!(!name.trim().is_empty());
        let reference = Reference::builtin().unwrap();
        let directory = Directory::of(vec![contact(&name, &role, &org)], vec![None; 21]);
        let export = Export::new(&directory, &reference, &[], None);
        let files = export::files(&export, export::Options { vcard: version, outlook_cards: true });
        let bytes = &files["vcard/all.vcf"];
        let text = std::str::from_utf8(bytes).expect("whole UTF-8");
        for line in text.split_terminator("\r\n") {
            prop_assert!(line.len() <= 75);
        }
        let card = VCard::parse(text).expect("one vCard");
        prop_assert_eq!(common::vcard_values(&card, VCardProperty::Fn), vec![name.clone()]);
        prop_assert_eq!(common::vcard_values(&card, VCardProperty::Title), vec![role.clone()]);
        prop_assert_eq!(common::vcard_values(&card, VCardProperty::Org), vec![org.clone()]);
        let card_n = common::vcard_values(&card, VCardProperty::N);
        let card = &export.cards[0];
        prop_assert_eq!(card_n, vec![format!("{};{};;;", card.family, card.given)]);
    }
}
