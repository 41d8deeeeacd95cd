//! `kontakt check` on fixture folders: the shipped input changed one file at a time, each change
//! a data problem offices really make. Snapshots show the report a user sees.

mod common;

use common::{Fixture, rows};
use insta::assert_snapshot;

#[test]
fn shipped_input_has_no_errors_seven_regions_and_all_21_lan() {
    let run = Fixture::shipped().check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.ends_with(
            "0 errors, 0 warnings, 3 notes in 8 files; 19 contacts, 7 regions, 21/21 län\n"
        ),
        "{}",
        run.stdout
    );
    assert_snapshot!(run.shown());
}

#[test]
fn shipped_input_from_the_repository_root() {
    let out = assert_cmd::Command::cargo_bin("kontakt")
        .unwrap()
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .current_dir(common::repo())
        .args(["check"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("19 contacts, 7 regions, 21/21 län")
    );
}

#[test]
fn invalid_phone_numbers_letters_and_scientific_notation() {
    let f = Fixture::shipped();
    f.write(
        "mitt.csv",
        "Region,Förnamn,Efternamn,E-post,Telefon,Mobil,Län\n\
         Mitt,Anna,Runesson,anna.runesson@vasteras.se,072-14201,070-123 45 6O,\"Västmanland, Gävleborg, Uppsala\"\n\
         Mitt,Mikaella,Matta Salinas,mikaella.matta-salinas@uppsala.se,\"7,03E+08\",46725844605,\"Västmanland, Gävleborg, Uppsala\"\n",
    );
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn phone_numbers_excel_stored_as_numbers_are_recovered_at_their_cell() {
    let f = Fixture::shipped();
    f.xlsx("syd.xlsx", "Region Syd", |ws| {
        rows(
            ws,
            &[&["Region", "Namn", "E-post", "Telefon", "Mobil", "Län"]],
        )?;
        rows(
            ws,
            &[
                &[],
                &[
                    "Region Syd",
                    "Johanna Miranda Sköld",
                    "johanna.mirandaskold@malmo.se",
                    "040-349355",
                    "",
                    "Blekinge, Kalmar, Kronoberg, Skåne",
                ],
            ],
        )?;
        ws.write_number(1, 4, 708511273.0)?;
        rows(
            ws,
            &[
                &[],
                &[],
                &[
                    "Region Syd",
                    "Elin Johansson",
                    "elin.johansson@malmo.se",
                    "",
                    "",
                    "Blekinge, Kalmar, Kronoberg, Skåne",
                ],
            ],
        )?;
        // Displayed as 7,08E+08 in a narrow column; the cell still holds every digit.
        ws.write_number_with_format(
            2,
            4,
            708431230.0,
            &rust_xlsxwriter::Format::new().set_num_format("0.00E+00"),
        )?;
        Ok(())
    });
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_snapshot!(run.shown());
}

#[test]
fn formulas_use_their_cached_value_and_a_missing_one_is_an_error() {
    let f = Fixture::shipped();
    f.xlsx("syd.xlsx", "Syd", |ws| {
        rows(
            ws,
            &[
                &["Namn", "E-post", "Telefon", "Län"],
                &[
                    "Johanna Miranda Sköld",
                    "johanna.mirandaskold@malmo.se",
                    "040-349355",
                    "Blekinge, Kalmar, Kronoberg, Skåne",
                ],
                &[
                    "Elin Johansson",
                    "elin.johansson@malmo.se",
                    "070-8431230",
                    "",
                ],
            ],
        )?;
        ws.write_formula(
            2,
            3,
            rust_xlsxwriter::Formula::new("=D2").set_result("Blekinge, Kalmar, Kronoberg, Skåne"),
        )?;
        ws.write_formula(
            1,
            0,
            rust_xlsxwriter::Formula::new("=\"Johanna Miranda Sköld\"")
                .set_result("Johanna Miranda Sköld"),
        )?;
        ws.write_formula(2, 1, "=LOWER(\"elin.johansson@malmo.se\")")?;
        ws.set_formula_result(2, 1, "");
        Ok(())
    });
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn unknown_lan_gets_a_suggestion_and_is_never_matched_by_substring() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv")).unwrap().replace(
        "Västra Götaland, Halland\r\nEmilie",
        "Västra Götland, Halland\r\nEmilie",
    );
    f.write("vast.csv", vast);
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn a_lan_claimed_by_two_regions_names_both_places() {
    let f = Fixture::shipped();
    f.write(
        "bergslagen.csv",
        encoding_rs::WINDOWS_1252
            .encode("Region;Namn;E-post;Telefon;Län\r\nRegion Bergslagen;Elin Eklöf;elin.eklof@karlstad.se;054-540 85 66;Dalarna, Värmland, Örebro och Uppsala\r\n")
            .0,
    );
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn lan_as_codes_scb_numbers_and_numeric_cells() {
    let f = Fixture::shipped();
    f.xlsx("syd.xlsx", "Syd", |ws| {
        rows(
            ws,
            &[
                &["Namn", "E-post", "Telefon", "Län"],
                &[
                    "Elin Johansson",
                    "elin.johansson@malmo.se",
                    "070-8431230",
                    "K; Skåne län / 07",
                ],
            ],
        )?;
        rows(
            ws,
            &[
                &[],
                &[],
                &[
                    "Johanna Miranda Sköld",
                    "johanna.mirandaskold@malmo.se",
                    "040-349355",
                ],
            ],
        )?;
        // SCB number 08 (Kalmar) typed into a Number cell.
        ws.write_number(2, 3, 8.0)?;
        Ok(())
    });
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    run.expect("21/21 län");
    assert_snapshot!(run.shown());
}

#[test]
fn unknown_region_and_region_without_a_file() {
    let f = Fixture::shipped();
    f.remove("stockholm.xlsx");
    let mitt = String::from_utf8(f.read("mitt.csv")).unwrap().replacen(
        "\nMitt,Anna",
        "\nRegion Mellan,Anna",
        1,
    );
    f.write("mitt.csv", mitt);
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn region_from_the_file_name_and_a_file_that_names_none() {
    let f = Fixture::shipped();
    let vast = f.read("vast.csv");
    f.remove("vast.csv")
        .write("Region Väst 2021.CSV", &vast)
        .write(
            "kontakter.csv",
            "Namn;E-post;Telefon;Län\nEva;eva@x.se;070-1234567;Halland\n",
        );
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn e_mail_problems() {
    let f = Fixture::shipped();
    f.write(
        "vast.csv",
        "Namn;E-post;Telefon;Län\n\
         Åsa Ekman;åsa.ekman@socialcentrum.goteborg.se;031-3679331;Västra Götaland, Halland\n\
         Emilie Holmström;\"Emilie <emilie.holmstrom@socialcentrum>\";031-3679916;\n\
         Emilie Holmström;mailto:emilie.holmstrom@socialcentrum.goteborg.se;031-3679916;\n\
         Elin Eklöf;ELIN.EKLOF@KARLSTAD.SE;031-3679917;\n\
         Åsa Ek;asa@[10.0.0.1];031-3679918;\n",
    );
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn contact_rows_missing_name_e_mail_or_phone() {
    let f = Fixture::shipped();
    f.write(
        "vast.csv",
        "Namn;E-post;Telefon;Län\n\
         Åsa Ekman;asa.ekman@socialcentrum.goteborg.se;;Västra Götaland, Halland\n\
         ;emilie.holmstrom@socialcentrum.goteborg.se;031-3679916;\n\
         Emilie Holmström;;031-3679916;\n",
    );
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn unknown_and_missing_columns() {
    let f = Fixture::shipped();
    f.write(
        "vast.csv",
        "Namn;Skostorlek;Telefon;Län\nÅsa Ekman;38;031-3679331;Västra Götaland, Halland\n",
    );
    f.write("mitt.csv", "Titel,Text\nHej,Det här är inga kontakter\n");
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn lock_files_hidden_files_and_other_files_are_skipped_with_a_note() {
    let f = Fixture::shipped();
    f.write("~$nord.xlsx", "lock")
        .write(".~lock.syd.xlsx#", "lock")
        .write(".DS_Store", "x")
        .write("LÄS MIG.docx", "x");
    let run = f.check(&[]);
    assert_eq!(run.code, 0);
    assert_snapshot!(run.shown());
}

#[test]
fn national_level_rules_and_cells_that_hold_no_value() {
    let f = Fixture::shipped();
    f.xlsx("nationell.xlsx", "Jämställdhetsmyndigheten", |ws| {
        rows(
            ws,
            &[
                &[
                    "Typ", "Namn", "Titel", "E-post", "Telefon", "Telefon", "Län", "Titel",
                ],
                &[
                    "Person",
                    "Mats Paulsson",
                    "Senior utredare",
                    "mats.paulsson@jamy.se",
                    "031 392 90 31 ankn. 12",
                    "+47 22 12 34 56",
                    "Skåne",
                ],
                &[
                    "Kontor",
                    "Catrin Sandman",
                    "Kvalificerad utredare",
                    "catrin.sandman@jamy.se",
                    "072 084 75 59",
                ],
                &["Person", "Sophie Nilsson", "Kvalificerad utredare"],
                &["Funktion", "Stödtelefon", "", "", "020–390 000"],
            ],
        )?;
        ws.write_formula(
            2,
            5,
            rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!"),
        )?;
        Ok(())
    });
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

/// A minimal OpenDocument spreadsheet, as LibreOffice saves it (one table, no styles).
fn ods(rows: &[&[&str]]) -> Vec<u8> {
    use std::io::Write;
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for cell in *row {
            table.push_str(&format!("<table:table-cell office:value-type=\"string\"><text:p>{cell}</text:p></table:table-cell>"));
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Syd">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    w.start_file("mimetype", stored).unwrap();
    w.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    w.start_file(
        "META-INF/manifest.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    w.write_all(manifest.as_bytes()).unwrap();
    w.start_file("content.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    w.write_all(content.as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

#[test]
fn opendocument_spreadsheets_are_read() {
    let f = Fixture::shipped();
    f.remove("syd.xlsx").write(
        "syd.ods",
        ods(&[
            &["Namn", "E-post", "Telefon", "Län"],
            &[
                "Johanna Miranda Sköld",
                "johanna.mirandaskold@malmo.se",
                "040-349355",
                "Blekinge, Kalmar, Kronoberg, Skåne",
            ],
            &[
                "Elin Johansson",
                "elin.johansson@malmo.se",
                "070-843 12 3O",
                "",
            ],
        ]),
    );
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    run.expect("in/syd.ods:Syd!C3: error[phone-letters]");
    run.expect("19 contacts, 7 regions, 21/21 län");
}

#[test]
fn rows_are_compared_across_files_in_report_order_whether_or_not_contacts_are_kept() {
    let f = Fixture::shipped();
    // Väst's first address given in mitt.csv too: mitt.csv comes first in the report.
    let mitt = String::from_utf8(f.read("mitt.csv")).unwrap().replace(
        "anna.runesson@vasteras.se",
        "asa.ekman@socialcentrum.goteborg.se",
    );
    f.write("mitt.csv", mitt);
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    run.expect(
        "in/vast.csv:2:11: error[email-conflict]: asa.ekman@socialcentrum.goteborg.se is also given for another name at in/mitt.csv:2:",
    );
    // A summary keeps every contact (to compare with the last build); the report is the same.
    let summary = f.path("../summary.md");
    let kept = f.check(&["--summary", summary.to_str().unwrap()]);
    assert_eq!(kept.code, 1);
    assert_eq!(kept.stdout, run.stdout);
}

#[test]
fn an_address_given_for_two_different_people_is_a_conflict() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv")).unwrap().replace(
        "emilie.holmstrom@socialcentrum.goteborg.se",
        "asa.ekman@socialcentrum.goteborg.se",
    );
    f.write("vast.csv", vast);
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    run.expect(
        "in/vast.csv:3:19: error[email-conflict]: asa.ekman@socialcentrum.goteborg.se is also given for another name at in/vast.csv:2:11"
    );
}

#[test]
#[cfg(unix)] // a dangling symbolic link; Windows needs privileges to make one
fn a_file_that_cannot_be_read_is_one_finding() {
    let f = Fixture::shipped();
    std::os::unix::fs::symlink("/nonexistent/syd.xlsx", f.path("gone.xlsx")).unwrap();
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    run.expect("in/gone.xlsx: error[file-unreadable]: cannot read file:");
    run.expect("19 contacts, 7 regions, 21/21 län");
}

#[test]
fn merged_region_and_lan_cells_fill_the_rows_they_cover_and_hidden_sheets_are_skipped() {
    let f = Fixture::shipped();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Syd").unwrap();
    rows(
        ws,
        &[
            &["", "Kontaktlista Region Syd"],
            &[],
            &["", "Region", "Namn", "E-post", "Telefon", "Län"],
            &[
                "",
                "",
                "Johanna Miranda Sköld",
                "johanna.mirandaskold@malmo.se",
                "040-349355",
            ],
            &[
                "",
                "",
                "Elin Johansson",
                "elin.johansson@malmo.se",
                "070-8431230",
            ],
        ],
    )
    .unwrap();
    let plain = rust_xlsxwriter::Format::new();
    ws.merge_range(3, 1, 4, 1, "Region Syd", &plain).unwrap();
    ws.merge_range(3, 5, 4, 5, "Blekinge, Kalmar, Kronoberg, Skåne", &plain)
        .unwrap();
    let hidden = wb.add_worksheet().set_name("Gammal").unwrap();
    rows(
        hidden,
        &[
            &["Namn", "E-post", "Telefon", "Län"],
            &["Ingen Alls", "x", "y", "Halland"],
        ],
    )
    .unwrap();
    hidden.set_hidden(true);
    wb.save(f.path("syd.xlsx")).unwrap();
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    run.expect("in/syd.xlsx:Gammal: info[sheet-skipped]: hidden sheet skipped");
    run.expect("19 contacts, 7 regions, 21/21 län");
}

#[test]
fn a_merged_phone_cell_over_many_rows_is_one_note() {
    // A switchboard number merged down eight rows gives each row the same cell: said once.
    let f = Fixture::shipped();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Syd").unwrap();
    let lan = "Blekinge, Kalmar, Kronoberg, Skåne";
    let mut table: Vec<Vec<String>> = vec![
        ["Region", "Namn", "E-post", "Telefon", "Län"]
            .map(String::from)
            .to_vec(),
    ];
    for i in 1..=8 {
        table.push(vec![
            "Syd".into(),
            format!("Eva Holm{i}"),
            format!("eva.holm{i}@malmo.se"),
            String::new(),
            lan.into(),
        ]);
    }
    let borrowed: Vec<Vec<&str>> = table
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let slices: Vec<&[&str]> = borrowed.iter().map(Vec::as_slice).collect();
    rows(ws, &slices).unwrap();
    let plain = rust_xlsxwriter::Format::new();
    ws.merge_range(1, 3, 8, 3, "040-34 93 55", &plain).unwrap();
    wb.save(f.path("syd.xlsx")).unwrap();
    let run = f.check(&[]);
    let shared: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("[phone-shared]") && l.contains("040-34 93 55"))
        .collect();
    assert_eq!(shared.len(), 1, "{}", run.stdout);
    assert!(!run.stdout.contains("more places"), "{}", run.stdout);
}

#[test]
fn a_sheet_without_a_name_column_still_reports_its_rows_cells() {
    let f = Fixture::shipped();
    f.write(
        "vast.csv",
        "Region;E-post;Telefon;Län\nVäst;asa.ekman@goteborg.se;031-3679331;Halland;stray\n",
    );
    let run = f.check(&[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    run.expect("error[column-missing]");
    run.expect("in/vast.csv:2:");
    run.expect("[column-unknown]");
}
