//! Header shapes regions really send, as fixture folders (`tests/fixtures/headers/`): each read
//! whole, with a note at the header saying how, and the directory still 19 contacts and 21 län.

mod common;

use common::{Fixture, rows};

/// The shipped input with the files of `tests/fixtures/headers/<shape>/` in place of the
/// region's own (`ost.csv` replaces `ost.xlsx`).
fn shape(name: &str) -> Fixture {
    let f = Fixture::shipped();
    let dir = common::repo().join("tests/fixtures/headers").join(name);
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = file.split('.').next().unwrap();
        for old in ["csv", "xlsx"] {
            let _ = std::fs::remove_file(f.path(&format!("{stem}.{old}")));
        }
        std::fs::copy(&path, f.path(&file)).unwrap();
    }
    f
}

fn contacts(f: &Fixture) -> serde_json::Value {
    let run = f.run(&["build", "in", "--out", "out"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    serde_json::from_slice(&std::fs::read(f.dir.path().join("out/contacts.json")).unwrap()).unwrap()
}

fn contact<'a>(doc: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    doc["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap()
}

#[test]
fn roll_organisation_in_one_column_reaches_the_exports() {
    let f = shape("roll-organisation");
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    run.expect("in/ost.csv:1:13: info[column-combined]: \"Roll/Organisation\" is read as Roll or Organisation")
        .expect("19 contacts, 7 regions, 21/21 län");
    let doc = contacts(&f);
    assert_eq!(
        contact(&doc, "Yvonne Magnusson")["organisation"],
        "Linköpings kommun"
    );
    assert!(contact(&doc, "Yvonne Magnusson")["role"].is_null());
    assert_eq!(contact(&doc, "Charlotte Edman")["role"], "Samordnare");
    assert!(contact(&doc, "Charlotte Edman")["organisation"].is_null());
}

#[test]
fn a_stockholm_file_headed_lan_region_covers_its_lan() {
    let f = shape("lan-region");
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    run.expect("info[column-combined]: \"Län/Region\" is read as Län or Region")
        .expect("19 contacts, 7 regions, 21/21 län");
    assert!(!run.stdout.contains("column-missing"), "{}", run.stdout);
}

#[test]
fn headers_close_to_known_ones_are_read_with_a_note() {
    let f = shape("near-miss");
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    run.expect("info[column-guessed]: \"E-post adress\" is read as E-post")
        .expect("info[column-guessed]: \"Telfon\" is read as Telefon")
        .expect("info[column-guessed]: \"Mobilnumer\" is read as Mobil")
        .expect("19 contacts, 7 regions, 21/21 län");
    let doc = contacts(&f);
    assert_eq!(
        contact(&doc, "Jenny Selenius")["phones"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn an_unknown_header_suggests_the_nearest_known_one() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("Telefonnummer", "Telfn");
    f.write("vast.csv", vast);
    let run = f.check(&[]);
    run.expect("warning[column-unknown]: unknown column \"Telfn\" is not read")
        .expect("help: did you mean Telefon?");
}

#[test]
fn a_workbook_that_lists_its_lan_on_a_sheet_of_their_own() {
    let f = Fixture::shipped();
    f.remove("stockholm.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    rows(
        wb.add_worksheet().set_name("Kontakter").unwrap(),
        &[
            &["Namn", "Roll", "E-post", "Telefon", "Mobil"],
            &[
                "Elisabet Lundqvist",
                "Vuxna",
                "elisabet.lundqvist@stockholm.se",
                "08-508 256 69",
                "076-122 56 69",
            ],
            &[
                "Jenny Selenius",
                "Barn & unga",
                "jenny.selenius@stockholm.se",
                "08-508 437 26",
                "076-124 37 26",
            ],
        ],
    )
    .unwrap();
    rows(
        wb.add_worksheet().set_name("Län").unwrap(),
        &[&["Län"], &["Stockholm"], &["Gotland"]],
    )
    .unwrap();
    wb.save(f.path("stockholm.xlsx")).unwrap();
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    run.expect("0 errors, 0 warnings, 3 notes in 8 files; 19 contacts, 7 regions, 21/21 län");
    // Without the Län sheet, the contact sheet needs its Län column.
    let mut wb = rust_xlsxwriter::Workbook::new();
    rows(
        wb.add_worksheet().set_name("Kontakter").unwrap(),
        &[
            &["Namn", "E-post", "Telefon"],
            &[
                "Jenny Selenius",
                "jenny.selenius@stockholm.se",
                "08-508 437 26",
            ],
        ],
    )
    .unwrap();
    wb.save(f.path("stockholm.xlsx")).unwrap();
    let run = f.check(&[]);
    run.expect("in/stockholm.xlsx:Kontakter!1:1: error[column-missing]: no Län column");
}

#[test]
fn a_header_whose_two_fields_one_cell_cannot_tell_apart_is_not_read_and_says_so() {
    let f = Fixture::shipped();
    f.write(
        "vast.csv",
        "Förnamn och efternamn;E-post;Telefon;Län\nÅsa Ekman;asa.ekman@goteborg.se;031-3679331;Västra Götaland, Halland\n",
    );
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    run.expect("warning[column-unknown]: unknown column \"Förnamn och efternamn\" is not read\n  = help: a cell cannot show which part is Förnamn and which Efternamn: use two columns")
        .expect("error[column-missing]: no name column");
}

#[test]
fn a_roll_organisation_cell_holding_both_gives_each_its_field() {
    let f = Fixture::shipped();
    f.write(
        "vast.csv",
        "Namn;Roll/Organisation;E-post;Telefon/Mobil;Län\nÅsa Ekman;Samordnare, Socialförvaltningen Göteborg;asa.ekman@goteborg.se;031-3679331, 070-1234567;Västra Götaland, Halland\n",
    );
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(!run.stdout.contains("phone-repeated"), "{}", run.stdout);
    let doc = contacts(&f);
    let asa = contact(&doc, "Åsa Ekman");
    assert_eq!(asa["role"], "Samordnare");
    assert_eq!(asa["organisation"], "Socialförvaltningen Göteborg");
    assert_eq!(asa["phones"].as_array().unwrap().len(), 2);
}

#[test]
fn a_lan_sheet_under_a_title_or_in_the_national_file() {
    let f = Fixture::shipped();
    f.remove("stockholm.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    rows(
        wb.add_worksheet().set_name("Kontakter").unwrap(),
        &[
            &["Namn", "E-post", "Telefon"],
            &[
                "Jenny Selenius",
                "jenny.selenius@stockholm.se",
                "08-508 437 26",
            ],
        ],
    )
    .unwrap();
    rows(
        wb.add_worksheet().set_name("Län").unwrap(),
        &[
            &["Våra län"],
            &["Län", "Kod"],
            &["Stockholm", "AB"],
            &["Gotland", "I"],
        ],
    )
    .unwrap();
    wb.save(f.path("stockholm.xlsx")).unwrap();
    let run = f.check(&[]);
    run.expect("21/21 län");
    assert!(!run.stdout.contains("error["), "{}", run.stdout);
    // The national file's Län sheet: the national level covers no län.
    let mut wb = rust_xlsxwriter::Workbook::new();
    rows(
        wb.add_worksheet().set_name("Län").unwrap(),
        &[&["Län"], &["Skåne"]],
    )
    .unwrap();
    wb.save(f.path("nationell-lan.xlsx")).unwrap();
    f.check(&[])
        .expect("warning[lan-national]: the national level covers no län");
}
