//! Each exporter on one shared fixture (the shipped input), as a reviewer reads it.

use insta::assert_snapshot;
use kontakt::export::{self, Export, vcard::Version};
use kontakt::pipeline::{Settings, check_input};

fn files(version: Version) -> std::collections::BTreeMap<String, Vec<u8>> {
    let input = concat!(env!("CARGO_MANIFEST_DIR"), "/input");
    let settings = Settings::with_defaults(input.as_ref()).unwrap();
    let checked = check_input(&settings).unwrap();
    let export = Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        Some("2021-09-08"),
    );
    export::files(
        &export,
        export::Options {
            vcard: version,
            outlook_cards: true,
        },
    )
}

/// CRLF shown as `␍` so the snapshot shows the line endings.
fn shown(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .replace('\r', "␍")
        .replace('\u{FEFF}', "<BOM>")
}

#[test]
fn json() {
    assert_snapshot!(shown(&files(Version::V3)["contacts.json"]));
}

#[test]
fn csv_for_programs() {
    assert_snapshot!(shown(&files(Version::V3)["contacts.csv"]));
}

#[test]
fn csv_for_spreadsheets() {
    assert_snapshot!(shown(&files(Version::V3)["contacts-excel.csv"]));
}

#[test]
fn outlook_csv() {
    assert_snapshot!(shown(&files(Version::V3)["outlook.csv"]));
}

#[test]
fn google_csv() {
    assert_snapshot!(shown(&files(Version::V3)["google.csv"]));
}

#[test]
fn vcard_3() {
    let f = files(Version::V3);
    assert_snapshot!(format!(
        "{}{}",
        shown(&f["vcard/stockholm.vcf"]),
        shown(&f["vcard/nationell.vcf"])
    ));
}

#[test]
fn vcard_4() {
    let f = files(Version::V4);
    assert_snapshot!(format!(
        "{}{}",
        shown(&f["vcard/mitt.vcf"]),
        shown(&f["vcard/nationell.vcf"])
    ));
}

#[test]
fn vcard_outlook() {
    let f = files(Version::V3);
    assert_snapshot!(format!(
        "{}{}",
        shown(&f["vcard/outlook/mikaella.matta-salinas-uppsala.se.vcf"]),
        shown(&f["vcard/outlook/nationell-stodtelefon.vcf"])
    ));
}

#[test]
fn html_fragment() {
    assert_snapshot!(shown(&files(Version::V3)["html/kontaktuppgifter.html"]));
}
