//! `kontakt fix` and `notify --attach-fixed`: a region's own files back as one workbook, every
//! cell where the region wrote it, each finding marked at its cell with a Swedish note and
//! listed on "Att rätta", values kontakt is certain of written in their standard form and
//! listed as changes; `check` on the fixed file then reports only what a person must resolve,
//! and `build` reads the same directory from it as from the region's own files.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{Fixture, exists, notify};
use mail_parser::MimeHeaders;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

/// The shipped input with Syd's file replaced by one sheet, `sheet`, filled by `fill`.
fn syd_file(
    sheet: &str,
    fill: impl FnOnce(&mut rust_xlsxwriter::Worksheet) -> Result<(), rust_xlsxwriter::XlsxError>,
) -> Fixture {
    let f = Fixture::shipped();
    f.remove("syd.xlsx");
    f.xlsx("syd.xlsx", sheet, fill);
    f
}

/// The shipped input with a Syd file that has a finding of every kind a cell or row can have: a
/// phone stored as a number (and starting with 46), an address with its domain in capitals, an
/// address without a real domain, an unknown län, an invisible character in a name, a phone in
/// an odd form, a `mailto:` link, a letter O in a number, a row without a name, an unknown
/// region, a foreign number, an extension, and a column kontakt does not read.
fn every_kind() -> Fixture {
    syd_file("Syd", |ws| {
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
                    "+46 40 12 34 56",
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
    })
}

fn part(path: &Path, name: &str) -> String {
    common::zip_part(path, name)
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

/// The lines of "Att rätta", each a list of its cells as text.
fn list_lines(fixed: &Path) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(fixed).unwrap();
    let list = book.worksheet_range("Att rätta").unwrap();
    list.rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

/// The notes of a data sheet's cells, by cell name (`C4`), read from the workbook's XML: each
/// comment's text without its markup.
fn notes(fixed: &Path, comments: &str) -> BTreeMap<String, String> {
    let xml = part(fixed, comments);
    xml.split("<comment ")
        .skip(1)
        .map(|c| {
            let cell = c["ref=\"".len()..].split('"').next().unwrap().to_string();
            let body = c.split("<text>").nth(1).unwrap_or_default();
            let body = body.split("</text>").next().unwrap_or_default();
            // The runs' texts: what is between <t…> and </t>.
            let text: String = body
                .split("<t")
                .skip(1)
                .filter(|t| t.starts_with('>') || t.starts_with(' '))
                .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
                .map(|t| t.split("</t>").next().unwrap_or_default())
                .collect();
            (cell, text.replace("&quot;", "\"").replace("&amp;", "&"))
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
    assert_eq!(
        run.stdout,
        "wrote fixed/syd-2021-10.xlsx: 5 errors, 4 warnings, 6 notes on what kontakt rewrote\n"
    );
    let fixed = f.dir.path().join("fixed/syd-2021-10.xlsx");
    let mut book: Xlsx<_> = open_workbook(&fixed).unwrap();
    assert_eq!(book.sheet_names(), ["Att rätta", "Syd"]);
    let sheet = book.worksheet_range("Syd").unwrap();
    let cell = |r: u32, c: u32| {
        sheet
            .get_value((r, c))
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    // Every cell where the region wrote it. Standard forms: the address's domain, the number's
    // written form, the name without the invisible character, the decoded link; the uncertain
    // and the wrong as the region wrote them; the unread column as it was.
    assert_eq!(cell(0, 5), "Anteckning");
    assert_eq!(cell(1, 5), "ny i maj");
    assert_eq!(cell(1, 2), "elin.johansson@malmo.se");
    assert_eq!(
        sheet.get_value((1, 3)),
        Some(&Data::String("46708431230".into())),
        "read as 070-… only with a warning: kept, as text"
    );
    assert_eq!(cell(2, 2), "johanna.mirandaskold@malmo");
    assert_eq!(cell(2, 3), "040-349 35");
    assert_eq!(cell(2, 4), "Gottland");
    assert_eq!(cell(3, 1), "Anna Berg");
    assert_eq!(cell(3, 3), "040-12 34 56");
    assert_eq!(cell(3, 4), "", "an empty Län cell stays empty");
    assert_eq!(cell(4, 2), "karin.ek@malmo.se");
    assert_eq!(cell(4, 3), "040-12 34 5O");
    assert_eq!(cell(6, 0), "Öresund");

    // Each finding in a Swedish note at its cell, each change said once.
    let notes = notes(&fixed, "xl/comments1.xml");
    for (cell, text) in [
        (
            "D2",
            "varning (phone-46-ambiguous): \"46708431230\" börjar med 46 men saknar + eller 00",
        ),
        ("D2", "Telefon: talet 46708431230 är skrivet som text"),
        (
            "C3",
            "fel (email-invalid): \"johanna.mirandaskold@malmo\" har domänen \"malmo\"",
        ),
        ("E3", "fel (lan-unknown): \"Gottland\" är inte ett län"),
        ("E3", "menade du Gotland?"),
        (
            "B4",
            "Namn: \"Anna Berg\" innehöll det osynliga tecknet U+200B (nollbreddsmellanslag)",
        ),
        (
            "C2",
            "E-post: «elin.johansson@Malmo.SE» har skrivits om till «elin.johansson@malmo.se»",
        ),
        (
            "D3",
            "Telefon: «040-34 93 5» har skrivits om till «040-349 35»",
        ),
        (
            "D4",
            "Telefon: «+46 40 12 34 56» har skrivits om till «040-12 34 56»",
        ),
        (
            "C5",
            "E-post: «mailto:karin.ek@malmo.se» har skrivits om till «karin.ek@malmo.se»",
        ),
        ("D5", "fel (phone-letters)"),
        ("A6", "fel (name-missing)"),
        ("A7", "fel (region-unknown)"),
        ("D8", "varning (phone-foreign)"),
        ("D9", "varning (phone-extension)"),
        ("F1", "varning (column-unknown)"),
    ] {
        let note = notes
            .get(cell)
            .unwrap_or_else(|| panic!("no note at {cell}: {notes:?}"));
        assert!(note.contains(text), "{cell}: {text:?} in {note}");
    }
    assert_eq!(notes.len(), 14, "{notes:?}");
    assert!(
        !notes
            .values()
            .any(|n| n.contains("formatera kolumnen som Text")),
        "no advice for what is done"
    );
    // The list links each line to its cell, in the region's own file's terms too.
    let lines = list_lines(&fixed);
    assert_eq!(lines[0][0], "Att rätta: 5 fel, 4 varningar, 6 noteringar");
    assert!(
        lines
            .iter()
            .any(|l| l[..3] == ["Syd!E3", "fel", "lan-unknown"] && l[5] == "syd.xlsx, Syd!E3"),
        "{lines:?}"
    );
    let links = part(&fixed, "xl/worksheets/sheet1.xml");
    assert!(links.contains(r#"location="'Syd'!E3""#), "{links}");
    assert!(
        !lines.iter().flatten().any(|t| t.contains("in/")),
        "the coordinator's paths are not in the region's file: {lines:?}"
    );

    // The phone column is formatted as text, so a number typed there keeps its leading 0.
    let xml = part(&fixed, "xl/worksheets/sheet2.xml");
    let styles = part(&fixed, "xl/styles.xml");
    let text_format = |cell: &str| {
        let style: usize = xml
            .split(&format!("<c r=\"{cell}\" s=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("{cell} has no style"));
        let xf = styles
            .split("<cellXfs")
            .nth(1)
            .unwrap()
            .split("<xf ")
            .nth(style + 1)
            .unwrap();
        let id = xf
            .split("numFmtId=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        styles.contains(&format!("<numFmt numFmtId=\"{id}\" formatCode=\"@\"/>"))
    };
    for cell in ["D2", "D3", "D7"] {
        assert!(text_format(cell), "{cell} is formatted as text");
    }
    assert!(xml.contains(r#"<col min="4" max="4""#), "{xml}");

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
fn a_clean_input_gets_no_workbook_and_the_input_folder_is_refused() {
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
    let bad_month = f.run(&["fix", "in", "--month", "oktober"]);
    assert_eq!(bad_month.code, 2, "{}", bad_month.stderr);
    for out in ["output", "schemas", "."] {
        let run = f.run(&["fix", "in", "--month", "2021-10", "--out", out]);
        assert_eq!(run.code, 2, "--out {out}: {}", run.stderr);
        assert!(run.stderr.contains("overlap"), "{}", run.stderr);
    }
}

#[test]
fn the_same_input_gives_the_same_bytes_and_a_file_kontakt_did_not_write_is_never_replaced() {
    let f = every_kind();
    let fixed = f.dir.path().join("fixed/syd-2021-10.xlsx");
    assert_eq!(f.run(&["fix", "in", "--month", "2021-10"]).code, 0);
    let first = std::fs::read(&fixed).unwrap();
    assert_eq!(f.run(&["fix", "in", "--month", "2021-10"]).code, 0);
    assert_eq!(first, std::fs::read(&fixed).unwrap(), "byte for byte");

    // The coordinator's edited copy (or anything else of that name) stays.
    let edited = common::patch_zip(&first, "xl/sharedStrings.xml", |xml| {
        assert!(xml.contains("Gottland"));
        xml.replace("Gottland", "Gotland")
    });
    std::fs::write(&fixed, &edited).unwrap();
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("not replaced"), "{}", run.stderr);
    assert_eq!(std::fs::read(&fixed).unwrap(), edited);
    let forced = f.run(&["fix", "in", "--month", "2021-10", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert_eq!(std::fs::read(&fixed).unwrap(), first, "--force replaces it");
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
    assert_eq!(
        attachments[0].content_type().map(|t| t.ctype()),
        Some("application")
    );
    let path = f.dir.path().join("attached.xlsx");
    std::fs::write(&path, attachments[0].contents()).unwrap();
    let book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names()[0], "Att rätta");
    let body = common::outbox_body(&f, "2021-10-syd.eml");
    assert!(
        body.contains("Er egen fil finns bifogad med samma fynd markerade i sina celler"),
        "{body}"
    );
    assert!(!body.contains("CSV-fil"), "{body}");
    // Without the flag, the findings CSV as before.
    let plain = notify(&f, &[]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    let raw = std::fs::read(f.dir.path().join("outbox/2021-10-syd.eml")).unwrap();
    let mail = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert_eq!(
        mail.attachments().next().unwrap().attachment_name(),
        Some("fynd-syd-2021-10.csv")
    );
}

/// Fix the fixture, send `region`'s files back as the fixed workbook, and assert that the
/// directory reads the same: every contact, field for field, and every län. Returns the check
/// report of the input with the fixed workbook.
fn reads_the_same_after_fix(f: &Fixture, region: &str, originals: &[&str]) -> String {
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let fixed = f.dir.path().join(format!("fixed/{region}-2021-10.xlsx"));
    assert!(fixed.exists(), "{}", run.stdout);
    let back = Fixture::empty();
    for entry in std::fs::read_dir(f.path("")).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !originals.contains(&name.as_str()) {
            std::fs::copy(entry.path(), back.path(&name)).unwrap();
        }
    }
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
    for form in [
        "phone-stored-as-number",
        "text-invisible",
        "email-normalised",
    ] {
        assert!(!after.stdout.contains(form), "{}", after.stdout);
    }
    after.stdout
}

/// Every cell of every sheet of the region's workbook `original` is in the fixed workbook at
/// the same place with the same value and type, except those "Att rätta" lists as changed.
fn every_cell_is_kept(f: &Fixture, original: &str, fixed: &str) {
    let mut theirs: Xlsx<_> = open_workbook(f.path(original)).unwrap();
    let path = f.dir.path().join("fixed").join(fixed);
    let mut ours: Xlsx<_> = open_workbook(&path).unwrap();
    let changed: BTreeSet<String> = list_lines(&path)
        .into_iter()
        .filter(|l| l.get(1).is_some_and(|m| m == "notering"))
        .map(|l| l[0].clone())
        .collect();
    for name in theirs.sheet_names() {
        let a = theirs.worksheet_range(&name).unwrap();
        let b = ours.worksheet_range(&name).unwrap();
        for (r, c, value) in a.used_cells() {
            let at = (
                a.start().unwrap().0 + r as u32,
                a.start().unwrap().1 + c as u32,
            );
            let cell = format!("{name}!{}{}", char::from(b'A' + at.1 as u8), at.0 + 1);
            if changed.contains(&cell) {
                continue;
            }
            assert_eq!(b.get_value(at), Some(value), "{cell} in {fixed}");
        }
    }
}

#[test]
fn a_merged_region_cell_loses_no_row() {
    let f = syd_file("Syd", |ws| {
        common::rows(ws, &[&["Region", "Namn", "E-post", "Telefon", "Län"]])?;
        ws.merge_range(1, 0, 2, 0, "Syd", &Format::new())?;
        ws.write_string(1, 1, "Elin Johansson")?;
        ws.write_string(1, 2, "elin.johansson@malmo.se")?;
        ws.write_string(1, 3, "070-843 12 30")?;
        ws.write_string(1, 4, "Kronoberg, Kalmar, Blekinge, Skåne")?;
        ws.write_string(2, 1, "Johanna Miranda Sköld")?;
        ws.write_string(2, 2, "johanna.mirandaskold@malmo.se")?;
        ws.write_number(2, 3, 40349355.0)?;
        Ok(())
    });
    reads_the_same_after_fix(&f, "syd", &["syd.xlsx"]);
    every_cell_is_kept(&f, "syd.xlsx", "syd-2021-10.xlsx");
    let xml = part(
        &f.dir.path().join("fixed/syd-2021-10.xlsx"),
        "xl/worksheets/sheet2.xml",
    );
    assert!(xml.contains(r#"<mergeCell ref="A2:A3"/>"#), "{xml}");
}

/// A region's two files, each as its office wrote it: contact rows with their own län and a
/// "Län" sheet adding more, a second file whose first Region cell is empty, a title above the
/// header, a column without a header, two unread columns of one name, a second Namn column,
/// a combined Roll/Organisation column, rows with only a note, dates, percentages and formulas
/// in unread columns, and a sheet of notes. Everything is kept where it was.
#[test]
fn nothing_the_region_wrote_is_left_out_moved_or_changed_silently() {
    let f = Fixture::shipped();
    f.remove("syd.xlsx");
    let mut book = Workbook::new();
    let ws = book.add_worksheet().set_name("Syd").unwrap();
    common::rows(
        ws,
        &[
            &["Kontaktlista region Syd, oktober"],
            &[
                "Region",
                "Namn",
                "Roll/Organisation",
                "E-post",
                "Telefon",
                "Län",
                "Anteckning",
                "Anteckning",
                "",
                "Namn",
                "Start",
                "Andel",
                "Summa",
            ],
            &[
                "Syd",
                "Elin Johansson",
                "Regionkoordinator, Malmö stad",
                "elin.johansson@malmo.se",
                "",
                "Skåne, Blekinge",
                "ny i maj",
                "ringer tisdagar",
                "utan rubrik",
                "Elin J",
            ],
            &["", "", "", "", "", "", "bara en anteckning"],
            &[
                "Syd",
                "Johanna Miranda Sköld",
                "Samordnare",
                "johanna.mirandaskold@malmo.se",
                "040-34 93 55",
                "Kalmar",
            ],
        ],
    )
    .unwrap();
    ws.write_number(2, 4, 708431230.0).unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    ws.write_datetime_with_format(2, 10, ExcelDateTime::from_ymd(2021, 5, 3).unwrap(), &date)
        .unwrap();
    let percent = Format::new().set_num_format("0%");
    ws.write_number_with_format(2, 11, 0.5, &percent).unwrap();
    ws.write_formula(2, 12, Formula::new("=1+1").set_result("2"))
        .unwrap();
    let lan = book.add_worksheet().set_name("Län").unwrap();
    common::rows(lan, &[&["Län"], &["Kronoberg"]]).unwrap();
    let other = book.add_worksheet().set_name("Anteckningar").unwrap();
    common::rows(other, &[&["Möte med polisen i november"]]).unwrap();
    let hidden = book.add_worksheet().set_name("Gammalt").unwrap();
    common::rows(
        hidden,
        &[&["Namn", "E-post"], &["Ola Ek", "ola.ek@malmo.se"]],
    )
    .unwrap();
    hidden.set_hidden(true);
    book.save(f.path("syd.xlsx")).unwrap();
    // A second file of Syd's: its first Region cell empty (read from the file's name).
    f.write(
        "syd-extra.csv",
        "Region;Namn;E-post;Telefon;Län\n;Per Ek;per.ek@malmo.se;040-22 22 22;Kronoberg\n",
    );
    let before = f.check(&[]);
    assert!(before.stdout.contains("21/21 län"), "{}", before.stdout);
    let report = reads_the_same_after_fix(&f, "syd", &["syd.xlsx", "syd-extra.csv"]);
    assert!(report.contains("21/21 län"), "{report}");
    every_cell_is_kept(&f, "syd.xlsx", "syd-2021-10.xlsx");
    let fixed = f.dir.path().join("fixed/syd-2021-10.xlsx");
    let book: Xlsx<_> = open_workbook(&fixed).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Att rätta",
            "syd-extra",
            "Syd",
            "Län",
            "Anteckningar",
            "Gammalt",
        ]
    );
    // The number formats of the unread columns, and the formula's value, said.
    let xml = part(&fixed, "xl/styles.xml");
    assert!(xml.contains("yyyy-mm-dd"), "{xml}");
    assert!(
        xml.contains(r#"formatCode="0%""#),
        "the percentage's format: {xml}"
    );
    let sheets = part(&fixed, "xl/workbook.xml");
    assert!(
        sheets.contains(r#"<sheet name="Gammalt" sheetId="6" state="hidden""#),
        "{sheets}"
    );
    let lines = list_lines(&fixed);
    assert!(
        lines
            .iter()
            .any(|l| l[0] == "Syd!M3" && l[3] == "Summa: formeln är ersatt av sitt värde «2»"),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l[0] == "Syd!E3" && l[3].contains("070-843 12 30")),
        "{lines:?}"
    );
}

#[test]
fn first_and_last_names_and_unread_columns_of_a_csv_file_are_kept_as_written() {
    let f = Fixture::shipped();
    f.write(
        "mitt.csv",
        "Region,Förnamn,Efternamn,Roll,E-post,Telefon,Mobil,Län,Anteckning\n\
         Mitt,Sara,Nilsson Berg,Samordnare\u{200B},sara.nilsson@vasteras.se,,072-1420160,\"Västmanland, Gävleborg, Uppsala\",Föräldraledig till mars\n\
         Mitt,Karl,de la Cruz,,karl.delacruz@uppsala.se,018-7278325,,\"Västmanlands län, Gävleborg, Uppsala\",ring efter 10\n",
    );
    reads_the_same_after_fix(&f, "mitt", &["mitt.csv"]);
    let fixed = f.dir.path().join("fixed/mitt-2021-10.xlsx");
    let mut book: Xlsx<_> = open_workbook(&fixed).unwrap();
    let sheet = book.worksheet_range("mitt").unwrap();
    let row = |r: usize| -> Vec<String> {
        sheet
            .rows()
            .nth(r)
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect()
    };
    assert_eq!(
        row(0),
        [
            "Region",
            "Förnamn",
            "Efternamn",
            "Roll",
            "E-post",
            "Telefon",
            "Mobil",
            "Län",
            "Anteckning"
        ]
    );
    assert_eq!(
        row(1),
        [
            "Mitt",
            "Sara",
            "Nilsson Berg",
            "Samordnare",
            "sara.nilsson@vasteras.se",
            "",
            "072-142 01 60",
            "Västmanland, Gävleborg, Uppsala",
            "Föräldraledig till mars"
        ]
    );
    assert_eq!(row(2)[7], "Västmanland, Gävleborg, Uppsala", "län by name");
    let lines = list_lines(&fixed);
    assert!(
        lines.iter().any(|l| l[0] == "mitt!H3"
            && l[3] == "Län: «Västmanlands län, Gävleborg, Uppsala» har skrivits om till «Västmanland, Gävleborg, Uppsala»"
            && l[5] == "mitt.csv, rad 3, fält 8"),
        "{lines:?}"
    );
}

#[test]
fn a_lan_national_finding_is_marked_on_its_own_row() {
    let f = Fixture::shipped();
    let mut book: Xlsx<_> = open_workbook(f.path("nationell.xlsx")).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let rows = range.rows().count() as u32;
    // A Län column, with a län on the last row only.
    let mut out = Workbook::new();
    let ws = out.add_worksheet().set_name(&name).unwrap();
    for (r, row) in range.rows().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, v.to_string()).unwrap();
        }
    }
    let lan = header.len() as u16;
    ws.write_string(0, lan, "Län").unwrap();
    ws.write_string(rows - 1, lan, "Skåne").unwrap();
    drop(book);
    out.save(f.path("nationell.xlsx")).unwrap();
    let check = f.check(&[]);
    assert!(check.stdout.contains("lan-national"), "{}", check.stdout);
    assert_eq!(f.run(&["fix", "in", "--month", "2021-10"]).code, 0);
    let fixed = f.dir.path().join("fixed/nationell-2021-10.xlsx");
    let cell = format!("{}{rows}", char::from(b'A' + lan as u8));
    let notes = notes(&fixed, "xl/comments1.xml");
    assert!(
        notes.get(&cell).is_some_and(|n| n.contains("lan-national")),
        "{cell}: {notes:?}"
    );
}

#[test]
fn a_file_of_no_region_is_said_not_skipped() {
    let f = Fixture::shipped();
    f.write(
        "kontakter.csv",
        "Region,Namn,E-post\nÖresund,Per Ek,per.ek@malmo.se\n",
    );
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("in/kontakter.csv has errors, but neither a row nor the file's name says which region it is from"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stdout.contains("no region's files have errors"),
        "{}",
        run.stdout
    );
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
    let lines = list_lines(&f.dir.path().join("fixed/vast-2021-10.xlsx"));
    assert!(
        lines
            .iter()
            .any(|l| l[1] == "varning" && l[3].contains("fler än en Excel-cell rymmer (32767)")),
        "the cut is said: {lines:?}"
    );
}

#[test]
fn the_readme_shows_what_fix_prints_for_its_example() {
    // The README's example: Syd's file with Gottland, a mobile typed as a number, a domain in
    // capitals and "Skåne län".
    let f = syd_file("Region Syd", |ws| {
        common::rows(
            ws,
            &[
                &["Region", "Namn", "E-post", "Telefon", "Mobil", "Län"],
                &[
                    "Region Syd",
                    "Johanna Miranda Sköld",
                    "johanna.mirandaskold@malmo.se",
                    "040-349355",
                    "070-8511273",
                    "Blekinge, Kalmar, Kronoberg, Gottland",
                ],
                &[
                    "Region Syd",
                    "Elin Johansson",
                    "elin.johansson@Malmo.se",
                    "",
                    "",
                    "Blekinge, Kalmar, Kronoberg, Skåne län",
                ],
            ],
        )?;
        ws.write_number(2, 4, 708431230.0)?;
        Ok(())
    });
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let check = f.check(&[]);
    let found: Vec<&str> = check
        .stdout
        .lines()
        .filter(|l| l.contains("Region Syd!"))
        .collect();
    assert_eq!(found.len(), 2, "{}", check.stdout);
    for line in found {
        let line = line.replace("in/", "input/");
        assert!(readme.contains(&line), "README lacks {line:?}");
    }
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        readme.contains(&format!(
            "$ cargo run --release -- fix --month 2021-10\n{}",
            run.stdout
        )),
        "README lacks {:?}",
        run.stdout
    );
    let lines = list_lines(&f.dir.path().join("fixed/syd-2021-10.xlsx"));
    for (cell, what) in [
        ("Region Syd!F2", "\"Gottland\" är inte ett län"),
        (
            "Region Syd!E3",
            "Mobil: «708431230» har skrivits om till «070-843 12 30»",
        ),
        (
            "Region Syd!F3",
            "Län: «Blekinge, Kalmar, Kronoberg, Skåne län» har skrivits om till «Blekinge, Kalmar, Kronoberg, Skåne»",
        ),
    ] {
        assert!(
            lines.iter().any(|l| l[0] == cell && l[3] == what),
            "{cell}: {what} in {lines:?}"
        );
    }
}

#[test]
fn hostile_and_broken_files_of_a_region_are_listed_never_a_crash() {
    let f = every_kind();
    let syd = f.read("syd.xlsx");
    f.write(
        "syd-huge.xlsx",
        common::patch_zip(&syd, "xl/worksheets/sheet1.xml", |x| {
            x.replacen(
                "<dimension ref=\"",
                "<dimension ref=\"A1:XFD1048576\" x=\"",
                1,
            )
        }),
    );
    f.write(
        "syd-strings.xlsx",
        common::patch_zip(&syd, "xl/sharedStrings.xml", |x| {
            x.replacen("uniqueCount=\"", "uniqueCount=\"4000000", 1)
        }),
    );
    f.write(
        "syd-styles.xlsx",
        common::patch_zip(&syd, "xl/styles.xml", |x| {
            x.replace("<cellXfs", "<cellXfs><<")
        }),
    );
    let bomb = common::zip_bomb();
    f.write("syd-bomb.xlsx", bomb);
    f.write("syd-truncated.xlsx", &syd[..syd.len() / 2]);
    f.write("syd-garbage.csv", [0u8, 159, 146, 150, 0, 1, 2, 3]);
    f.write("syd-photo.xlsx", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let fixed = f.dir.path().join("fixed/syd-2021-10.xlsx");
    let lines = list_lines(&fixed);
    for file in [
        "syd-bomb.xlsx",
        "syd-truncated.xlsx",
        "syd-photo.xlsx",
        "syd-garbage.csv",
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l[0].is_empty() && l[5].starts_with(file)),
            "{file} is listed: {lines:?}"
        );
    }
    // The region's readable file is in it as before.
    let mut book: Xlsx<_> = open_workbook(&fixed).unwrap();
    assert!(book.sheet_names().contains(&"Syd (syd)".to_string()));
    let sheet = book.worksheet_range("Syd (syd)").unwrap();
    assert_eq!(
        sheet.get_value((2, 4)),
        Some(&Data::String("Gottland".into()))
    );
}

#[test]
fn a_csv_record_over_several_lines_stays_one_row() {
    let f = Fixture::shipped();
    f.write(
        "mitt.csv",
        "Region,Namn,Roll,E-post,Telefon,Län\n\
         Mitt,Sara\u{200B} Nilsson,\"Samordnare\nför Uppsala\",sara.nilsson@vasteras.se,072-1420160,\"Västmanland, Gävleborg, Uppsala\"\n\
         Mitt,Karl de la Cruz,,karl.delacruz@uppsala.se,018-7278325,\"Västmanlands län, Gävleborg, Uppsala\"\n",
    );
    reads_the_same_after_fix(&f, "mitt", &["mitt.csv"]);
    let fixed = f.dir.path().join("fixed/mitt-2021-10.xlsx");
    let lines = list_lines(&fixed);
    // Karl's record starts on line 4 of the file: its cells are on row 4, its län noted there.
    assert!(
        lines
            .iter()
            .any(|l| l[0] == "mitt!F4" && l[5] == "mitt.csv, rad 4, fält 6"),
        "{lines:?}"
    );
}

#[test]
fn a_sheet_keeps_the_region_its_own_file_gave_its_rows() {
    // A file named after Väst whose first sheet's row is Syd's: the file goes to Syd's
    // workbook (its first contact's region, as notify sends it). Its other sheets have no
    // Region column, so their rows are Väst's by the file's name, and must stay Väst's in
    // `syd-2021-10.xlsx`.
    let f = Fixture::shipped();
    let mut book = Workbook::new();
    // Sheets are read in the order of their names: "Alla" first.
    let ws = book.add_worksheet().set_name("Alla").unwrap();
    common::rows(
        ws,
        &[
            &["Region", "Namn", "E-post", "Telefon", "Län"],
            &["Syd", "Anna Ek", "anna.ek@malmo.se", "", "Skåne"],
        ],
    )
    .unwrap();
    ws.write_number(1, 3, 40222222.0).unwrap();
    // A dot ends what check reads of a name, and a long name is cut: the region stays.
    for (sheet, name, email) in [
        ("Blad2", "Ola Ek", "ola.ek@goteborg.se"),
        ("Blad.3", "Eva Ek", "eva.ek@goteborg.se"),
        (
            "Kontaktuppgifter hela kontoret",
            "Bo Ek",
            "bo.ek@goteborg.se",
        ),
    ] {
        let ws = book.add_worksheet().set_name(sheet).unwrap();
        common::rows(
            ws,
            &[
                &["Namn", "E-post", "Telefon", "Län"],
                &[name, email, "031-33 33 33", "Västra Götaland"],
            ],
        )
        .unwrap();
    }
    book.save(f.path("vast-extra.xlsx")).unwrap();
    reads_the_same_after_fix(&f, "syd", &["vast-extra.xlsx", "syd.xlsx"]);
    let book: Xlsx<_> = open_workbook(f.dir.path().join("fixed/syd-2021-10.xlsx")).unwrap();
    let names = book.sheet_names();
    for name in [
        "Blad2 (vast-extra)",
        "vast-extra Blad.3",
        "vast-extra Kontaktuppgifter hel",
    ] {
        assert!(names.contains(&name.to_string()), "{name} in {names:?}");
    }
}

#[test]
fn errors_in_cells_stay_errors_and_the_regions_notes_stay() {
    let f = syd_file("Syd", |ws| {
        common::rows(
            ws,
            &[
                &["Region", "Namn", "Roll", "E-post", "Telefon", "Län"],
                &[
                    "Syd",
                    "Elin Johansson",
                    "",
                    "elin.johansson@malmo.se",
                    "070-843 12 30",
                    "Kronoberg, Kalmar, Blekinge, Skåne",
                ],
                &[
                    "Syd",
                    "Johanna Miranda Sköld",
                    "",
                    "johanna.mirandaskold@malmo.se",
                    "040-34 93 55",
                ],
            ],
        )?;
        // A formula without a stored result (as rust_xlsxwriter writes one: a blank result).
        ws.write_formula(1, 2, Formula::new("=B2&\"\"").set_result(" "))?;
        ws.write_formula(2, 2, Formula::new("=NA()").set_result("#N/A"))?;
        ws.insert_note(
            1,
            1,
            &rust_xlsxwriter::Note::new("Ny sedan maj").set_author("Anna"),
        )?;
        ws.insert_note(
            1,
            2,
            &rust_xlsxwriter::Note::new("Roll saknas").set_author("Anna"),
        )?;
        Ok(())
    });
    let codes_before = codes(&f.check(&[]).stdout);
    assert!(
        codes_before.contains("cell-formula-uncached") && codes_before.contains("cell-error"),
        "{codes_before:?}"
    );
    let run = f.run(&["fix", "in", "--month", "2021-10"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let fixed = f.dir.path().join("fixed/syd-2021-10.xlsx");
    let again = Fixture::shipped();
    again.remove("syd.xlsx");
    std::fs::copy(&fixed, again.path("syd-2021-10.xlsx")).unwrap();
    assert_eq!(codes(&again.check(&[]).stdout), codes_before);
    let first = notes(&fixed, "xl/comments1.xml");
    assert_eq!(
        first.get("B2").map(String::as_str),
        Some("Anna:\nNy sedan maj"),
        "{first:?}"
    );
    assert!(first["C2"].contains("cell-formula-uncached"), "{first:?}");
    assert!(
        first["C2"].ends_with("Er kommentar: Anna:\nRoll saknas"),
        "{first:?}"
    );
    // Sent back and fixed again, and again: the region's comments stay as they were, once.
    for round in 1..=2 {
        again.remove("syd-2021-10.xlsx");
        let out = f.dir.path().join(format!("round{round}"));
        let from = match round {
            1 => fixed.clone(),
            _ => f.dir.path().join("round1/syd-2021-10.xlsx"),
        };
        std::fs::copy(&from, again.path("syd-2021-10.xlsx")).unwrap();
        let run = again.run(&[
            "fix",
            "in",
            "--month",
            "2021-10",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        let now = notes(&out.join("syd-2021-10.xlsx"), "xl/comments1.xml");
        assert_eq!(now, first, "round {round}");
    }
}

#[test]
fn a_row_under_a_merged_cell_is_named_by_its_own_number() {
    let f = syd_file("Syd", |ws| {
        common::rows(ws, &[&["Region", "Namn", "E-post", "Telefon", "Län"]])?;
        ws.merge_range(1, 0, 2, 0, "Syd", &Format::new())?;
        common::rows(
            ws,
            &[
                &[],
                &[
                    "",
                    "Elin Johansson",
                    "elin.johansson@malmo.se",
                    "070-843 12 30",
                    "Kronoberg, Kalmar, Blekinge, Skåne",
                ],
                &["", "", "lars.ek@malmo.se", "040-11 11 11"],
            ],
        )?;
        Ok(())
    });
    let check = f.check(&[]);
    assert!(
        check
            .stdout
            .contains("in/syd.xlsx:Syd!3:3: error[name-missing]"),
        "{}",
        check.stdout
    );
    assert_eq!(f.run(&["fix", "in", "--month", "2021-10"]).code, 0);
    let notes = notes(
        &f.dir.path().join("fixed/syd-2021-10.xlsx"),
        "xl/comments1.xml",
    );
    assert!(notes["C3"].contains("name-missing"), "{notes:?}");
}

#[test]
fn a_workbook_fixed_before_comes_back_with_a_new_list_and_the_regions_own_att_ratta_stays() {
    let f = every_kind();
    assert_eq!(f.run(&["fix", "in", "--month", "2021-10"]).code, 0);
    let first = f.dir.path().join("fixed/syd-2021-10.xlsx");
    let lines = list_lines(&first);
    // Sent back as it is: fixed again, it has the same list and no note twice.
    f.remove("syd.xlsx");
    std::fs::copy(&first, f.path("syd-2021-10.xlsx")).unwrap();
    let out = f.dir.path().join("again");
    let run = f.run(&[
        "fix",
        "in",
        "--month",
        "2021-10",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let second = out.join("syd-2021-10.xlsx");
    let book: Xlsx<_> = open_workbook(&second).unwrap();
    assert_eq!(book.sheet_names(), ["Att rätta", "Syd"]);
    let notes = notes(&second, "xl/comments1.xml");
    assert!(
        !notes.values().any(|n| n.contains("Er kommentar")),
        "kontakt's notes are not the region's: {notes:?}"
    );
    let again = list_lines(&second);
    let errors = |l: &[Vec<String>]| l.iter().filter(|l| l[1] == "fel").count();
    assert_eq!(errors(&again), errors(&lines));
    assert!(
        again
            .iter()
            .any(|l| l[3].contains("från en tidigare omgång är ersatt")),
        "{again:?}"
    );

    // A region's own sheet named Att rätta, in a workbook kontakt did not write, is its data.
    let g = syd_file("Att rätta", |ws| {
        common::rows(
            ws,
            &[
                &["Region", "Namn", "E-post", "Telefon", "Län"],
                &[
                    "Syd",
                    "Elin Johansson",
                    "elin.johansson@malmo.se",
                    "",
                    "Kronoberg, Kalmar, Blekinge, Skåne",
                ],
            ],
        )?;
        ws.write_number(1, 3, 708431230.0)?;
        Ok(())
    });
    reads_the_same_after_fix(&g, "syd", &["syd.xlsx"]);
}

#[test]
fn a_fixed_workbook_saved_again_by_libreoffice_gets_a_new_list_not_a_second_one() {
    if !common::tool("soffice") {
        return;
    }
    let f = every_kind();
    assert_eq!(f.run(&["fix", "in", "--month", "2021-10"]).code, 0);
    let fixed = f.dir.path().join("fixed/syd-2021-10.xlsx");
    for format in ["xlsx", "ods"] {
        // The region opens the workbook in LibreOffice and saves it, as .xlsx or .ods.
        let saved = f.dir.path().join(format!("saved-{format}"));
        common::soffice(&fixed, format, &saved, f.dir.path());
        let back = Fixture::shipped();
        back.remove("syd.xlsx");
        let name = format!("syd-2021-10.{format}");
        std::fs::copy(saved.join(&name), back.path(&name)).unwrap();
        let run = back.run(&["fix", "in", "--month", "2021-10"]);
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        let again = back.dir.path().join("fixed/syd-2021-10.xlsx");
        // LibreOffice's empty drawing part is no picture of the region's.
        let lines = list_lines(&again);
        assert!(
            !lines.iter().any(|l| l[3].contains("bilder")),
            "saved as {format}: {lines:?}"
        );
        let book: Xlsx<_> = open_workbook(&again).unwrap();
        assert_eq!(
            book.sheet_names(),
            ["Att rätta", "Syd"],
            "saved as {format}"
        );
    }
}
