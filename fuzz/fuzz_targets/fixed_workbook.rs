//! Any bytes as a region's file for `kontakt fix`: read as it is written (values, types,
//! formulas, merged ranges, number formats), planned with check's own findings, and written as
//! the fixed workbook. Whatever the file holds, this ends in a workbook or an error, never a
//! panic, hang or unbounded allocation.
#![no_main]

use std::sync::LazyLock;

use kontakt::diagnostic::Finding;
use kontakt::ingest::Limits;
use kontakt::schemas::Reference;
use kontakt::template::fixed::{self, Context};
use kontakt::validate::Phones;
use libfuzzer_sys::fuzz_target;

static REFERENCE: LazyLock<(Reference, Phones)> = LazyLock::new(|| {
    let reference = Reference::builtin().expect("built-in schemas");
    let phones = Phones::new(&reference.phone_metadata).expect("phone plan");
    let at = kontakt::source::Location::file("f.csv", kontakt::source::FileKind::Text);
    let _ = phones.parse_value(&kontakt::ingest::Value::Text("+47 22 12 34 56".into()), &at);
    (reference, phones)
});

fuzz_target!(init: {
    // Lazily made statics (the phone plan's countries, rust_xlsxwriter's patterns) are made
    // once here, before fuzzing, not taken for a leak of the first input that needs them.
    LazyLock::force(&REFERENCE);
    let mut syd = vec![0u8];
    syd.extend_from_slice(include_bytes!("../../input/syd.xlsx"));
    fix(&syd);
    let mut mitt = vec![1u8];
    mitt.extend_from_slice(include_bytes!("../../input/mitt.csv"));
    fix(&mitt);
}, |data: &[u8]| fix(data));

fn fix(data: &[u8]) {
    let (reference, phones) = &*REFERENCE;
    // The first byte picks what the file claims to be; the content decides how it is read.
    let (name, bytes) = match data.split_first() {
        Some((b, rest)) => (["syd.xlsx", "syd.csv", "syd.ods", "syd.xls"][*b as usize % 4], rest),
        None => ("syd.xlsx", data),
    };
    let limits = Limits::default();
    let (_, findings) =
        kontakt::pipeline::check_bytes(bytes.to_vec(), name, reference, &limits, phones, &mut |_| {});
    let findings: Vec<Finding> = findings.iter().flat_map(Finding::each).collect();
    let (sheets, _) = fixed::source::from_bytes(bytes.to_vec(), name, reference, &limits);
    let paths = [name.to_string()];
    let ctx = Context {
        reference,
        phones,
        file_name: "syd-2021-10.xlsx",
        paths: &paths,
    };
    let plan = fixed::plan(&sheets, &findings, &ctx);
    let _ = fixed::book::workbook(&plan);
}
