//! `kontakt fix` and `notify --attach-fixed`: a region's own rows back in the template's form,
//! each finding marked at its cell with a Swedish comment and listed on "Att rätta", values
//! kontakt is certain of written in their certain form and listed as changes; `check` on the
//! fixed file then reports only what a person must resolve.

mod common;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use calamine::{Reader, Xlsx, open_workbook};
use common::{Fixture, exists, notify};
use mail_parser::MimeHeaders;

/// The shipped input with a Syd file that has a finding of every kind a cell or row can have: a
/// phone stored as a number (and starting with 46), an address with its domain in capitals, an
/// address without a real domain, an unknown län, an invisible character in a name, a phone in
/// an odd form, a `mailto:` link, a letter O in a number, a row without a name, an unknown
/// region, a foreign number, an extension, and a column kontakt does not read.
fn every_kind() -> Fixture {
    let f = Fixture::shipped();
    f.remove("syd.xlsx");
    f.xlsx("syd.xlsx", "Syd", |ws| {
        common::rows(
            ws,
            &[
                &["Region", "Namn", "E-post", "Telefon", "Län", "Anteckning"],
                &[
                    "Syd",
                    "Elin Johansson",
                    "elin.johansson@Malmo.SE",
                    "",
                    "Kronoberg, Kalmar, Blekinge, Skåne",
                    "ny i maj",
                ],
                &[
                    "Syd",
                    "Johanna Miranda Sköld",
                    "johanna.mirandaskold@malmo",
                    "040-34 93 5",
                    "Gottland",
                ],
                &[
                    "Syd",
                    "Anna\u{200B} Berg",
                    "anna.berg@malmo.se",
                    "040-12 34 56",
                ],
                &[
                    "Syd",
                    "Karin Ek",
                    "mailto:karin.ek@malmo.se",
                    "040-12 34 5O",
                ],
                &["Syd", "", "lars.ek@malmo.se", "040-11 11 11"],
                &["Öresund", "Per Ek", "per.ek@malmo.se", "040-22 22 22"],
                &["Syd", "Lis Ek", "lis.ek@malmo.se", "+47 22 12 34 56"],
                &["Syd", "Bo Ek", "bo.ek@malmo.se", "040-33 33 33 ankn. 12"],
            ],
        )?;
        ws.write_number(1, 3, 46708431230.0)?;
        Ok(())
    });
    f
}

fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The rule codes a check report names.
fn codes(report: &str) -> BTreeSet<String> {
    report
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let start = ["error[", "warning[", "info["]
                .iter()
                .find_map(|w| l.find(w))?;
            let rest = &l[start..];
            Some(rest[rest.find('[')? + 1..rest.find(']')?].to_string())
        })
        .collect()
}

/// What a person must resolve in the Syd file of `every_kind` (the notes of the shipped input
/// aside).
const FOR_A_PERSON: [&str; 9] = [
    "column-unknown",
    "email-invalid",
    "lan-unknown",
    "name-missing",
    "phone-46-ambiguous",
    "phone-extension",
    "phone-foreign",
    "phone-letters",
    "region-unknown",
];

#[test]
fn every_finding_is_marked_at_its_cell_and_the_fixed_file_leaves_only_what_a_person_must_do() {
    let f = every_kind();
    let before = f.check(&[]);
    let mut expected: BTreeSet<String> = FOR_A_PERSON.map(String::from).into();
    expected.extend(
        [
            "phone-stored-as-number",
            "text-invisible",
            "sheet-skipped",
            "phone-shared",
        ]
        .map(String::from),
    );
    assert_eq!(codes(&before.stdout), expected, "{}", before.stdout);
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .starts_with("wrote fixed/syd-2021-10.xlsx: 5 errors, 4 warnings,"),
        "{}",
        run.stdout
    );
    let fixed = f.dir.path().join("fixed/syd-2021-10.xlsx");
    let mut book: Xlsx<_> = open_workbook(&fixed).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Att rätta", "Syd", "Instruktioner", "Listor"]
    );
    let sheet = book.worksheet_range("Syd").unwrap();
    let cell = |r: u32, c: u32| {
        sheet
            .get_value((r, c))
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    // Standard forms: the address's domain, the number's written form, the name without the
    // invisible character, the decoded link; the uncertain and the wrong as the region wrote
    // them; the unread column as it was.
    assert_eq!(cell(0, 8), "Anteckning");
    assert_eq!(cell(1, 8), "ny i maj");
    assert_eq!(cell(1, 4), "elin.johansson@malmo.se");
    assert_eq!(
        cell(1, 5),
        "46708431230",
        "read as 070-… only with a warning: kept, as text"
    );
    assert_eq!(cell(2, 4), "johanna.mirandaskold@malmo");
    assert_eq!(cell(2, 5), "040-349 35");
    assert_eq!(cell(2, 7), "Gottland");
    assert_eq!(cell(3, 1), "Anna Berg");
    assert_eq!(
        cell(3, 7),
        "",
        "an empty Län cell stays empty (read from the row above)"
    );
    assert_eq!(cell(4, 4), "karin.ek@malmo.se");
    assert_eq!(cell(4, 5), "040-12 34 5O");
    assert_eq!(cell(6, 0), "Öresund");

    // Each finding in a Swedish comment at its cell, each change said once.
    let comments = part(&fixed, "xl/comments1.xml");
    for (cell, text) in [
        (
            "F2",
            "varning (phone-46-ambiguous): \"46708431230\" börjar med 46 men saknar + eller 00",
        ),
        ("F2", "Telefon: talet 46708431230 är skrivet som text"),
        (
            "E3",
            "fel (email-invalid): \"johanna.mirandaskold@malmo\" har domänen \"malmo\"",
        ),
        ("H3", "fel (lan-unknown): \"Gottland\" är inte ett län"),
        ("H3", "menade du Gotland?"),
        (
            "B4",
            "Namn: «Anna\u{200B} Berg» har skrivits om till «Anna Berg»",
        ),
        (
            "E2",
            "E-post: «elin.johansson@Malmo.SE» har skrivits om till «elin.johansson@malmo.se»",
        ),
        (
            "F3",
            "Telefon: «040-34 93 5» har skrivits om till «040-349 35»",
        ),
        (
            "E5",
            "E-post: «mailto:karin.ek@malmo.se» har skrivits om till «karin.ek@malmo.se»",
        ),
        ("F5", "fel (phone-letters)"),
        ("B6", "fel (name-missing)"),
        ("A7", "fel (region-unknown)"),
        ("F8", "varning (phone-foreign)"),
        ("F9", "varning (phone-extension)"),
    ] {
        let at = comments
            .split("<comment ")
            .find(|c| c.starts_with(&format!("ref=\"{cell}\"")))
            .unwrap_or_else(|| panic!("no comment at {cell}: {comments}"));
        assert!(at.contains(text), "{cell}: {text:?} in {at}");
    }
    assert!(
        !comments.contains("formatera kolumnen som Text"),
        "no advice for what is done"
    );
    // The list links each line to its cell; the unknown column is listed without one.
    let list = book.worksheet_range("Att rätta").unwrap();
    let lines: Vec<Vec<String>> = list
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert!(
        lines[0][0].starts_with("Att rätta: 5 fel, 4 varningar; "),
        "{:?}",
        lines[0]
    );
    assert!(
        lines
            .iter()
            .any(|l| l[..3] == ["H3", "fel", "lan-unknown"] && l[5] == "syd.xlsx, Syd!E3"),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l[..3] == ["", "varning", "column-unknown"]),
        "{lines:?}"
    );
    let links = part(&fixed, "xl/worksheets/sheet1.xml");
    assert!(links.contains(r#"location="'Syd'!H3""#), "{links}");

    // What is left for the region, once it sends the file back: what a person must resolve,
    // and no finding about a value's form.
    let again = Fixture::shipped();
    again.remove("syd.xlsx");
    std::fs::copy(&fixed, again.path("syd-2021-10.xlsx")).unwrap();
    let after = again.check(&[]);
    let mut left: BTreeSet<String> = FOR_A_PERSON.map(String::from).into();
    left.extend(["sheet-skipped", "phone-shared"].map(String::from));
    assert_eq!(codes(&after.stdout), left, "{}", after.stdout);
}

#[test]
fn a_clean_input_gets_no_workbook() {
    let f = Fixture::shipped();
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout.trim(),
        "no region's files have errors or warnings: no workbook written"
    );
    assert!(!exists(&f.dir.path().join("fixed")));
    let into_input = f.run(&["fix", "in", "--month", "2021-10", "--out", "in/fixed"]);
    assert_eq!(into_input.code, 2, "{}", into_input.stderr);
}

#[test]
fn notify_attaches_the_marked_up_file_instead_of_the_csv() {
    let f = every_kind();
    let run = notify(&f, &["--attach-fixed"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let raw = std::fs::read(f.dir.path().join("outbox/2021-10-syd.eml")).unwrap();
    let mail = mail_parser::MessageParser::default().parse(&raw).unwrap();
    let attachments: Vec<_> = mail.attachments().collect();
    assert_eq!(attachments.len(), 1);
    assert_eq!(attachments[0].attachment_name(), Some("syd-2021-10.xlsx"));
    let bytes = attachments[0].contents().to_vec();
    let path = f.dir.path().join("attached.xlsx");
    std::fs::write(&path, &bytes).unwrap();
    let book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names()[0], "Att rätta");
    let body = common::outbox_body(&f, "2021-10-syd.eml");
    assert!(
        body.contains("Er egen fil finns bifogad i mallens form"),
        "{body}"
    );
    assert!(!body.contains("CSV-fil"), "{body}");
}

/// Fix the fixture, send `region`'s file back as the fixed one, and assert that the directory
/// reads the same: every contact, field for field (names split as before), and every län.
fn reads_the_same_after_fix(f: &Fixture, region: &str, original: &str) -> String {
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let fixed = f.dir.path().join(format!("fixed/{region}-2021-10.xlsx"));
    assert!(fixed.exists(), "{}", run.stdout);
    let back = Fixture::shipped();
    for entry in std::fs::read_dir(f.path("")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(
            entry.path(),
            back.path(&entry.file_name().to_string_lossy()),
        )
        .unwrap();
    }
    back.remove(original);
    std::fs::copy(&fixed, back.path(&format!("{region}-2021-10.xlsx"))).unwrap();
    let contacts = |fixture: &Fixture| {
        let out = fixture.dir.path().join("o");
        let run = fixture.run(&["build", "in", "--out", out.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join("contacts.json")).unwrap()).unwrap();
        (json["contacts"].clone(), json["lan"].clone())
    };
    assert_eq!(contacts(f), contacts(&back));
    let after = back.check(&[]);
    assert!(
        !after.stdout.contains("phone-stored-as-number")
            && !after.stdout.contains("text-invisible"),
        "{}",
        after.stdout
    );
    after.stdout
}

#[test]
fn a_merged_region_cell_loses_no_row() {
    let f = Fixture::shipped();
    f.remove("syd.xlsx");
    f.xlsx("syd.xlsx", "Syd", |ws| {
        common::rows(ws, &[&["Region", "Namn", "E-post", "Telefon", "Län"]])?;
        ws.merge_range(1, 0, 2, 0, "Syd", &rust_xlsxwriter::Format::new())?;
        ws.write_string(1, 1, "Elin Johansson")?;
        ws.write_string(1, 2, "elin.johansson@malmo.se")?;
        ws.write_string(1, 3, "070-843 12 30")?;
        ws.write_string(1, 4, "Kronoberg, Kalmar, Blekinge, Skåne")?;
        ws.write_string(2, 1, "Johanna Miranda Sköld")?;
        ws.write_string(2, 2, "johanna.mirandaskold@malmo.se")?;
        ws.write_number(2, 3, 40349355.0)?;
        Ok(())
    });
    reads_the_same_after_fix(&f, "syd", "syd.xlsx");
}

#[test]
fn the_lan_of_a_lan_sheet_are_kept() {
    let f = Fixture::shipped();
    f.remove("syd.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet().set_name("Syd").unwrap();
    common::rows(ws, &[&["Region", "Namn", "E-post", "Telefon"]]).unwrap();
    ws.write_string(1, 0, "Syd").unwrap();
    ws.write_string(1, 1, "Elin Johansson").unwrap();
    ws.write_string(1, 2, "elin.johansson@malmo.se").unwrap();
    ws.write_number(1, 3, 708431230.0).unwrap();
    common::rows(ws, &[]).unwrap();
    ws.write_string(2, 0, "Syd").unwrap();
    ws.write_string(2, 1, "Johanna Miranda Sköld").unwrap();
    ws.write_string(2, 2, "johanna.mirandaskold@malmo.se")
        .unwrap();
    ws.write_string(2, 3, "040-34 93 55").unwrap();
    let lan = book.add_worksheet().set_name("Län").unwrap();
    common::rows(
        lan,
        &[
            &["Län"],
            &["Skåne"],
            &["Blekinge"],
            &["Kalmar"],
            &["Kronoberg"],
        ],
    )
    .unwrap();
    book.save(f.path("syd.xlsx")).unwrap();
    let report = reads_the_same_after_fix(&f, "syd", "syd.xlsx");
    assert!(report.contains("21/21 län"), "{report}");
}

#[test]
fn first_and_last_names_and_unread_columns_are_kept_as_written() {
    let f = Fixture::shipped();
    f.write(
        "mitt.csv",
        "Region,Förnamn,Efternamn,Roll,E-post,Telefon,Mobil,Län,Anteckning\n\
         Mitt,Sara,Nilsson Berg,Samordnare\u{200B},sara.nilsson@vasteras.se,,072-1420160,\"Västmanland, Gävleborg, Uppsala\",Föräldraledig till mars\n\
         Mitt,Karl,de la Cruz,,karl.delacruz@uppsala.se,018-7278325,,\"Västmanland, Gävleborg, Uppsala\",ring efter 10\n",
    );
    reads_the_same_after_fix(&f, "mitt", "mitt.csv");
    let fixed = f.dir.path().join("fixed/mitt-2021-10.xlsx");
    let mut book: Xlsx<_> = open_workbook(&fixed).unwrap();
    let sheet = book.worksheet_range("Mitt").unwrap();
    let row = |r: usize| -> Vec<String> {
        sheet
            .rows()
            .nth(r)
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect()
    };
    assert_eq!(row(0)[8..], ["Förnamn", "Efternamn", "Anteckning"]);
    assert_eq!(
        row(1)[8..],
        ["Sara", "Nilsson Berg", "Föräldraledig till mars"]
    );
    assert_eq!(row(2)[1], "Karl de la Cruz");
}

#[test]
fn a_cell_longer_than_excel_holds_is_cut_and_said_not_a_failure() {
    let f = every_kind();
    let text = String::from_utf8(f.read("vast.csv")).unwrap();
    // Väst gets a warning (an invisible character) and a 40,000-character name.
    let long = format!("Emilie\u{200B} {}", "Holmström".repeat(4500));
    f.write("vast.csv", text.replacen("Emilie Holmström", &long, 1));
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("wrote fixed/vast-2021-10.xlsx"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("wrote fixed/syd-2021-10.xlsx"),
        "{}",
        run.stdout
    );
    let mut book: Xlsx<_> = open_workbook(f.dir.path().join("fixed/vast-2021-10.xlsx")).unwrap();
    let list = book.worksheet_range("Att rätta").unwrap();
    assert!(
        list.rows().any(|r| r[3]
            .to_string()
            .contains("fler än en Excel-cell rymmer (32767)")),
        "the cut is said"
    );
}
