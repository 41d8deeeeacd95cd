//! Any bytes as a CSV file: decoding, delimiter and header detection, rows to findings. It may
//! report anything; it must not panic, hang or allocate without bound.
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
    let _ = kontakt::pipeline::check_bytes(data.to_vec(), "f.csv", reference, &Limits::default(), phones, &mut |_| {});
});
