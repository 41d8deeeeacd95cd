//! One Län cell: any text. Every län it names is one of the 21, each at most once.
#![no_main]

use std::sync::LazyLock;

use kontakt::ingest::Value;
use kontakt::schemas::Reference;
use kontakt::source::{FileKind, Location};
use kontakt::validate::county::Counties;
use libfuzzer_sys::fuzz_target;

static REFERENCE: LazyLock<Reference> =
    LazyLock::new(|| Reference::builtin().expect("built-in schemas"));

fuzz_target!(|text: &str| {
    let at = Location::file("f.csv", FileKind::Text).at(2, 5);
    let mut counties = Counties::new(&REFERENCE);
    let (lan, _) = counties.parse_value(&Value::Text(text.to_string()), &at);
    assert!(lan.iter().all(|&l| l < REFERENCE.lan.len()));
});
