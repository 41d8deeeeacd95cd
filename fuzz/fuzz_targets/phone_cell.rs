//! One phone cell: any text. Every number it yields is valid E.164 that parses again to itself.
#![no_main]

use std::sync::LazyLock;

use kontakt::ingest::Value;
use kontakt::schemas::Reference;
use kontakt::source::{FileKind, Location};
use kontakt::validate::Phones;
use libfuzzer_sys::fuzz_target;

static PHONES: LazyLock<Phones> = LazyLock::new(|| {
    let reference = Reference::builtin().expect("built-in schemas");
    let phones = Phones::new(&reference.phone_metadata).expect("phone plan");
    // Foreign numbers load every country's metadata once: before fuzzing, not in a timed input.
    let at = Location::file("f.csv", FileKind::Text);
    let _ = phones.parse_value(&Value::Text("+47 22 12 34 56".into()), &at);
    phones
});

fuzz_target!(init: { LazyLock::force(&PHONES); }, |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let at = Location::file("f.csv", FileKind::Text).at(2, 3);
    let (phones, findings) = PHONES.parse_value(&Value::Text(text.to_string()), &at);
    assert!(!phones.is_empty() || !findings.is_empty() || text.trim().is_empty());
    for p in phones {
        assert!(p.e164.starts_with('+') && p.e164[1..].bytes().all(|b| b.is_ascii_digit()));
        let (again, _) = PHONES.parse_value(&Value::Text(p.e164.to_string()), &at);
        assert_eq!(again.first().map(|a| &a.e164), Some(&p.e164), "{text:?}");
    }
});
