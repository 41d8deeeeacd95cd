//! `kontakt template`: the spreadsheet a region fills in. Read back with calamine (sheets and
//! values) and from the workbook's XML (drop-downs, the e-mail rule, their Swedish messages, the
//! text format of the phone columns, the frozen header, the hidden lists); filled with the
//! shipped directory it checks clean with the same 19 contacts; LibreOffice reads its phone
//! numbers with their leading zeros.

mod common;

use std::path::{Path, PathBuf};

use calamine::{Reader, Xlsx, open_workbook};
use common::{run_in, tool};

/// A folder with last month's `output/contacts.json` (the shipped one), where `kontakt
/// template` runs as a coordinator would run it.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("output")).unwrap();
    std::fs::copy(
        common::repo().join("output/contacts.json"),
        dir.path().join("output/contacts.json"),
    )
    .unwrap();
    dir
}

/// One part of an .xlsx file as text.
fn part(path: &Path, name: &str) -> String {
    common::zip_part(path, name)
}

fn rows(path: &PathBuf, sheet: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[test]
fn a_template_for_every_region_filled_with_last_month_checks_clean_and_changes_nothing() {
    let dir = project();
    let run = run_in(dir.path(), &[], &["template"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("wrote templates/syd.xlsx (2 contacts from output/contacts.json)"),
        "{}",
        run.stdout
    );
    let written: Vec<String> = std::fs::read_dir(dir.path().join("templates"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written.len(), 8, "{written:?}");

    // The regions send the templates back as they are: the same directory.
    let check = run_in(dir.path(), &[], &["check", "templates", "--color", "never"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert!(
        check.stdout.contains("0 errors, 0 warnings,")
            && check.stdout.contains("; 19 contacts, 7 regions, 21/21 län"),
        "{}",
        check.stdout
    );
    let diff = run_in(
        dir.path(),
        &[],
        &["diff", "output/contacts.json", "templates"],
    );
    assert_eq!(diff.code, 0, "{}{}", diff.stdout, diff.stderr);
    assert_eq!(diff.stdout.trim(), "no changes");
}

#[test]
fn the_sheets_headers_and_prefilled_rows() {
    let dir = project();
    assert_eq!(
        run_in(dir.path(), &[], &["template", "--region", "syd,Nationell"]).code,
        0
    );
    let syd = dir.path().join("templates/syd.xlsx");
    let book: Xlsx<_> = open_workbook(&syd).unwrap();
    assert_eq!(book.sheet_names(), ["Syd", "Instruktioner", "Listor"]);
    let sheet = rows(&syd, "Syd");
    assert_eq!(
        sheet[0],
        [
            "Region",
            "Namn",
            "Roll",
            "Organisation",
            "E-post",
            "Telefon",
            "Mobil",
            "Län"
        ]
    );
    assert_eq!(
        sheet[1],
        [
            "Syd",
            "Elin Johansson",
            "",
            "",
            "elin.johansson@malmo.se",
            "",
            "070-843 12 30",
            "Kronoberg, Kalmar, Blekinge, Skåne"
        ]
    );
    assert_eq!(sheet[2][5], "040-34 93 55");
    // Blank rows for new people, the region already filled in.
    assert_eq!(sheet.len(), 23);
    assert!(
        sheet[3..]
            .iter()
            .all(|r| r[0] == "Syd" && r[1..].iter().all(String::is_empty))
    );
    let lists = rows(&syd, "Listor");
    assert_eq!(
        lists[0][1], "Kronoberg, Kalmar, Blekinge, Skåne",
        "the region's own set first"
    );
    assert_eq!(lists.len(), 22);
    let instructions = rows(&syd, "Instruktioner").concat().join("\n");
    assert!(
        instructions.contains("Flera nummer i samma ruta skrivs med alt. emellan"),
        "{instructions}"
    );

    let national = dir.path().join("templates/nationell.xlsx");
    let sheet = rows(&national, "Nationell");
    assert_eq!(sheet[0].last().unwrap(), "Typ");
    assert!(
        sheet
            .iter()
            .any(|r| r[1] == "Stödtelefon" && r[8] == "Funktion"),
        "{sheet:?}"
    );
    assert!(!dir.path().join("templates/nord.xlsx").exists());
}

#[test]
fn drop_downs_the_email_rule_and_text_phones_are_in_the_workbook() {
    let dir = project();
    assert_eq!(
        run_in(dir.path(), &[], &["template", "--region", "syd"]).code,
        0
    );
    let syd = dir.path().join("templates/syd.xlsx");
    let sheet = part(&syd, "xl/worksheets/sheet1.xml");
    for expected in [
        // Region and Län from the hidden lists, with Swedish messages.
        r#"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Okänd region" error="Välj en av regionerna i listan." promptTitle="Region" prompt="Välj regionen i listan: Syd." sqref="A2:A1000"><formula1>Listor!$A$1:$A$8</formula1>"#,
        r#"errorTitle="Okänt län" error="Välj i listan. Ett län skrivs med sitt korta namn, till exempel Västra Götaland eller Gotland." promptTitle="Län""#,
        r#"sqref="H2:H1000"><formula1>Listor!$B$1:$B$22</formula1>"#,
        // Exactly one @.
        r#"<dataValidation type="custom" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Felaktig e-postadress" error="En e-postadress har ett @, med något före och efter det. Två adresser skiljs med ; (semikolon).""#,
        r#"sqref="E2:E1000"><formula1>AND(LEN(E2)-LEN(SUBSTITUTE(E2,"@",""))=LEN(E2)-LEN(SUBSTITUTE(E2,";",""))+1,ISERROR(SEARCH("@@",E2))"#,
        // The header row stays in view.
        r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#,
    ] {
        assert!(sheet.contains(expected), "{expected}\nin\n{sheet}");
    }
    // Telefon and Mobil (columns F and G) carry the text format "@".
    let col = sheet
        .split("<col ")
        .find(|c| c.starts_with(r#"min="6" max="7""#))
        .unwrap_or_else(|| panic!("{sheet}"));
    let style: usize = col
        .split("style=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let styles = part(&syd, "xl/styles.xml");
    let xfs = styles.split("<cellXfs").nth(1).unwrap();
    let xf = xfs.split("<xf ").nth(style + 1).unwrap();
    let id: String = xf
        .split("numFmtId=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .into();
    assert!(
        styles.contains(&format!(r#"<numFmt numFmtId="{id}" formatCode="@"/>"#)) || id == "49",
        "numFmtId {id}: {styles}"
    );
    let workbook = part(&syd, "xl/workbook.xml");
    assert!(
        workbook.contains(r#"<sheet name="Listor" sheetId="3" state="hidden""#),
        "{workbook}"
    );
}

#[test]
fn empty_templates_an_unknown_region_and_the_input_folder() {
    let dir = project();
    let run = run_in(
        dir.path(),
        &[],
        &["template", "--empty", "--region", "väst"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "wrote templates/vast.xlsx (empty)");
    let sheet = rows(&dir.path().join("templates/vast.xlsx"), "Väst");
    assert!(
        sheet[1..]
            .iter()
            .all(|r| r[0] == "Väst" && r[1..].iter().all(String::is_empty))
    );
    let unknown = run_in(dir.path(), &[], &["template", "--region", "Gottland"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("unknown region \"Gottland\": give one of nord, mitt"),
        "{}",
        unknown.stderr
    );
    std::fs::create_dir(dir.path().join("input")).unwrap();
    let into_input = run_in(dir.path(), &[], &["template", "--out", "input"]);
    assert_eq!(into_input.code, 2);
    assert!(
        into_input.stderr.contains("is in the input folder"),
        "{}",
        into_input.stderr
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("input")).unwrap().count(),
        0
    );
}

/// LibreOffice converts `templates/ost.xlsx` in `dir` to `format`, into `out`.
fn soffice(dir: &Path, format: &str, out: &Path) {
    common::soffice(&dir.join("templates/ost.xlsx"), format, out, dir);
}

#[test]
fn libreoffice_reads_the_phone_numbers_with_their_leading_zeros() {
    if !tool("soffice") {
        return;
    }
    let dir = project();
    assert_eq!(
        run_in(dir.path(), &[], &["template", "--region", "ost"]).code,
        0
    );
    let out = dir.path().join("csv");
    soffice(dir.path(), "csv:Text - txt - csv (StarCalc):44,34,76", &out);
    let csv = std::fs::read_to_string(out.join("ost.csv")).unwrap();
    assert!(
        csv.starts_with("Region,Namn,Roll,Organisation,E-post,Telefon,Mobil,Län"),
        "{csv}"
    );
    for phone in [",036-10 53 47,", ",072-574 37 85,"] {
        assert!(csv.contains(phone), "{phone} in\n{csv}");
    }

    // Saved again by LibreOffice, as a region would: the template is then the region's, and
    // not replaced.
    let resaved = dir.path().join("resaved");
    soffice(dir.path(), "xlsx", &resaved);
    std::fs::copy(
        resaved.join("ost.xlsx"),
        dir.path().join("templates/ost.xlsx"),
    )
    .unwrap();
    let again = run_in(dir.path(), &[], &["template", "--region", "ost"]);
    assert_eq!(again.code, 2, "{}", again.stdout);
}

#[test]
fn only_kontakts_unchanged_templates_are_replaced() {
    let dir = project();
    let run = |args: &[&str]| run_in(dir.path(), &[], args);
    assert_eq!(run(&["template", "--region", "syd"]).code, 0);
    assert_eq!(
        run(&["template", "--region", "syd"]).code,
        0,
        "its own file is replaced"
    );
    let path = dir.path().join("templates/syd.xlsx");

    // The region filled it in: the signature stays, the content changed.
    let edited = common::patch_zip(
        &std::fs::read(&path).unwrap(),
        "xl/sharedStrings.xml",
        |x| x.replace("Elin Johansson", "Elin Jonsson"),
    );
    std::fs::write(&path, &edited).unwrap();
    let refused = run(&["template", "--region", "syd,nord"]);
    assert_eq!(refused.code, 2, "{}", refused.stdout);
    assert!(
        refused.stderr.contains(
            "not a template from kontakt, or changed since, so not replaced: templates/syd.xlsx"
        ),
        "{}",
        refused.stderr
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        edited,
        "the region's work is kept"
    );
    assert!(
        !dir.path().join("templates/nord.xlsx").exists(),
        "nothing written: whole or not at all"
    );
    assert_eq!(run(&["template", "--region", "syd", "--force"]).code, 0);
    assert_ne!(std::fs::read(&path).unwrap(), edited);

    // A region's own spreadsheet in the folder given.
    std::fs::create_dir(dir.path().join("in")).unwrap();
    std::fs::copy(
        common::repo().join("input/syd.xlsx"),
        dir.path().join("in/syd.xlsx"),
    )
    .unwrap();
    assert_eq!(run(&["template", "--out", "in"]).code, 2);
    assert_eq!(
        std::fs::read(dir.path().join("in/syd.xlsx")).unwrap(),
        std::fs::read(common::repo().join("input/syd.xlsx")).unwrap()
    );
}

#[test]
fn libreoffice_evaluates_the_email_rule_as_the_readme_says() {
    if !tool("soffice") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("a@x.se", true),
        ("a@x.se; b@y.se", true),
        ("a@x.se;b@y.se", true),
        ("ax.se", false),
        ("a@@x.se", false),
        ("a@@b.se;c.se", false),
        ("@", false),
        ("@x.se", false),
        ("a@", false),
        ("a@x.se;", false),
        ("a@x.se; @y.se", false),
        ("a@;b@c.se", false),
    ];
    // The rule as the template has it, for E2, moved down the column as Excel moves it.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (i, (value, _)) in cases.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 4, *value).unwrap();
        let rule = kontakt::template::EMAIL_RULE.replace("E2", &format!("E{}", row + 1));
        sheet
            .write_formula(row, 0, rust_xlsxwriter::Formula::new(rule))
            .unwrap();
    }
    // Without a stored result, so that LibreOffice works each formula out as it loads.
    let bytes = common::patch_zip(
        &book.save_to_buffer().unwrap(),
        "xl/worksheets/sheet1.xml",
        |x| x.replace("</f><v>0</v>", "</f>"),
    );
    let path = dir.path().join("rule.xlsx");
    std::fs::write(&path, bytes).unwrap();
    common::soffice(&path, "csv", dir.path(), dir.path());
    let csv = std::fs::read_to_string(dir.path().join("rule.csv")).unwrap();
    let results: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    for ((value, ok), got) in cases.iter().zip(&results) {
        let want = if *ok { "TRUE" } else { "FALSE" };
        assert_eq!(*got, want, "{value:?}\n{csv}");
    }
}
