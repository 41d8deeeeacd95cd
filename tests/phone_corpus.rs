//! Swedish numbers in every written form we could find, parsed by kontakt and compared with
//! Google's libphonenumber (`tests/data/phone-corpus.csv`, made by `scripts/phone_corpus.py`).

use kontakt::ingest::Value;
use kontakt::schemas::Reference;
use kontakt::source::{FileKind, Location};
use kontakt::validate::Phones;

#[test]
fn kontakt_agrees_with_libphonenumber_on_the_corpus() {
    let phones = Phones::new(&Reference::builtin().unwrap().phone_metadata).unwrap();
    let at = Location::file("corpus.csv", FileKind::Text);
    let mut reader = csv::Reader::from_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/phone-corpus.csv"
    ))
    .unwrap();
    let mut disagreements = Vec::new();
    let mut count = 0;
    for row in reader.records() {
        let row = row.unwrap();
        let (input, valid, e164, kind, written) =
            (&row[0], &row[2] == "true", &row[3], &row[4], &row[5]);
        count += 1;
        let (found, _) = phones.parse_value(&Value::Text(input.to_string()), &at);
        let got = match found.as_slice() {
            [] => None,
            [p] => Some((
                p.e164.to_string(),
                serde_json::to_value(p.kind)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string(),
                p.written.to_string(),
            )),
            more => panic!("{input:?} gave {} numbers", more.len()),
        };
        let want = valid.then(|| (e164.to_string(), kind.to_string(), written.to_string()));
        if got != want {
            disagreements.push(format!(
                "{input:?}: kontakt {got:?}, libphonenumber {want:?}"
            ));
        }
    }
    assert!(count > 200, "the corpus has {count} rows");
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
