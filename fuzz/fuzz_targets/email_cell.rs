//! One e-mail cell: any text. Every address it yields checks again to itself, fits 254 octets
//! on the wire, and has an ASCII domain.
#![no_main]

use kontakt::source::{FileKind, Location};
use kontakt::validate::email;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let at = Location::file("f.csv", FileKind::Text).at(2, 2);
    let (emails, findings) = email::parse_cell(text, &at);
    assert!(!emails.is_empty() || !findings.is_empty());
    for e in emails {
        assert!(e.domain_ascii.is_ascii());
        assert!(e.local.len() + 1 + e.domain_ascii.len() <= 254);
        let again = email::check_address(&e.address()).expect("a kept address checks again");
        assert_eq!(again, e);
    }
});
