//! Any bytes as a spreadsheet (XLSX, ODS, XLS): the zip guard, calamine, headers and rows to
//! findings. Hostile archives must end in a finding, never a panic, hang or unbounded allocation.
#![no_main]

use std::sync::LazyLock;

use kontakt::ingest::Limits;
use kontakt::schemas::Reference;
use kontakt::validate::Phones;
use libfuzzer_sys::fuzz_target;

static REFERENCE: LazyLock<(Reference, Phones)> = LazyLock::new(|| {
    let reference = Reference::builtin().expect("built-in schemas");
    let phones = Phones::new(&reference.phone_metadata).expect("phone plan");
    // Foreign numbers load every country's metadata once: before fuzzing, not in a timed input.
    let at = kontakt::source::Location::file("f.csv", kontakt::source::FileKind::Text);
    let _ = phones.parse_value(&kontakt::ingest::Value::Text("+47 22 12 34 56".into()), &at);
    (reference, phones)
});

fuzz_target!(init: { LazyLock::force(&REFERENCE); }, |data: &[u8]| {
    let (reference, phones) = &*REFERENCE;
    // The first byte picks what the file claims to be; the content decides how it is read.
    let (name, bytes) = match data.split_first() {
        Some((b, rest)) => (["f.xlsx", "f.ods", "f.xls"][*b as usize % 3], rest),
        None => ("f.xlsx", data),
    };
    let _ = kontakt::pipeline::check_bytes(bytes.to_vec(), name, reference, &Limits::default(), phones, &mut |_| {});
});
