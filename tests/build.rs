//! `kontakt build`: the exports read back by independent parsers, their byte-level rules,
//! determinism, atomicity, and `--check`.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use calcard::vcard::{VCard, VCardProperty};
use common::Fixture;
use kontakt::export::{Export, cards::Card};
use kontakt::pipeline::{Checked, Settings, check_input};
use kontakt::schemas::Reference;

fn checked(input: &Path) -> (Checked, Reference) {
    let settings = Settings::with_defaults(input).unwrap();
    (
        check_input(&settings).unwrap(),
        Reference::builtin().unwrap(),
    )
}

use common::tree;

fn built() -> (Fixture, BTreeMap<String, Vec<u8>>) {
    let f = Fixture::shipped();
    let run = f.run(&["build", "in", "--out", "out", "--outlook-cards"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stderr, "kontakt: wrote 36 files to out\n");
    let files = tree(&f.dir.path().join("out"));
    (f, files)
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("UTF-8")
}

#[test]
fn contacts_json_follows_its_schema() {
    let (_, files) = built();
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(common::repo().join("schemas/contacts.schema.json")).unwrap(),
    )
    .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&files["contacts.json"]).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(doc["contacts"].as_array().unwrap().len(), 19);
    assert_eq!(
        doc["lan"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| !l["region"].is_null())
            .count(),
        21
    );
    assert!(files["contacts.json"].ends_with(b"}\n"));
    // A document that breaks the schema is caught: the schema can fail.
    let mut broken = doc.clone();
    broken["contacts"][0]["phones"][0]["e164"] = "070-328 48 69".into();
    assert!(!validator.is_valid(&broken));
}

/// The model the exports are checked against, read through the library.
fn cards_of(f: &Fixture, check: impl FnOnce(&[Card<'_>])) {
    let (checked, reference) = checked(&f.path(""));
    let export = Export::new(&checked.directory, &reference, &checked.sources, None);
    check(&export.cards);
}

#[test]
fn the_program_csv_reads_back_equal_to_the_model() {
    let (f, files) = built();
    cards_of(&f, |cards| {
        let mut reader = csv::ReaderBuilder::new().from_reader(&files["contacts.csv"][..]);
        assert_eq!(
            reader.headers().unwrap().iter().collect::<Vec<_>>(),
            kontakt::export::csv::HEADER
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), cards.len());
        for (row, card) in rows.iter().zip(cards) {
            let c = card.contact;
            assert_eq!(&row[0], card.id);
            assert_eq!(&row[3], c.name);
            assert_eq!(
                (&row[4], &row[5]),
                (card.given.as_str(), card.family.as_str())
            );
            assert_eq!(row[6].to_string(), c.role.clone().unwrap_or_default());
            let emails: Vec<String> = c.emails.iter().map(|e| e.email.address()).collect();
            assert_eq!(row[9].to_string(), emails.join("; "));
            let e164: Vec<&str> = c.phones.iter().map(|p| p.phone.e164.as_str()).collect();
            assert_eq!(&row[10], e164.join("; "));
            let written: Vec<&str> = c.phones.iter().map(|p| p.phone.written.as_str()).collect();
            assert_eq!(&row[11], written.join("; "));
        }
    });
}

/// The people's file: Swedish headings, län by name, phone and mobile apart, no ids, in
/// Swedish order, and nothing a spreadsheet would run or turn into a number.
#[test]
fn the_spreadsheet_csv_is_swedish_and_reads_back_equal_to_the_model() {
    let (f, files) = built();
    let bytes = &files["contacts-excel.csv"];
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "Namn",
            "Förnamn",
            "Efternamn",
            "Region",
            "Län",
            "Roll",
            "Organisation",
            "E-post",
            "Telefon",
            "Mobil"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    cards_of(&f, |cards| {
        assert_eq!(rows.len(), cards.len());
        for (row, card) in rows.iter().zip(cards) {
            let c = card.contact;
            assert_eq!(&row[0], c.name);
            assert_eq!(&row[3], card.region.name);
            let lan: Vec<&str> = card.lan.iter().map(|l| l.short.as_str()).collect();
            assert_eq!(&row[4], lan.join("; "));
            let emails: Vec<String> = c.emails.iter().map(|e| e.email.address()).collect();
            assert_eq!(row[7].to_string(), emails.join("; "));
            // Every phone once, in the column for its kind.
            let mut phones: Vec<&str> = row[8]
                .split("; ")
                .chain(row[9].split("; "))
                .filter(|p| !p.is_empty())
                .collect();
            phones.sort();
            let mut model: Vec<&str> = c.phones.iter().map(|p| p.phone.written.as_str()).collect();
            model.sort();
            assert_eq!(phones, model, "{}", c.name);
            for p in &c.phones {
                let mobile = p.mobile_column || p.phone.kind == kontakt::model::Kind::Mobile;
                assert!(row[if mobile { 9 } else { 8 }].contains(p.phone.written.as_str()));
            }
        }
    });
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
            assert!(
                !cell.contains("@socialcentrum") || !cell.contains('/'),
                "an id: {cell}"
            );
        }
    }
    // Within a region, by family name in Swedish order (Å, Ä, Ö after Z).
    for pair in rows.windows(2) {
        if pair[0][3] == pair[1][3] {
            assert_ne!(
                kontakt::collate::swedish(&pair[0][2], &pair[1][2]),
                std::cmp::Ordering::Greater,
                "{} before {}",
                &pair[0][2],
                &pair[1][2]
            );
        }
    }
    assert!(
        rows.iter().any(|r| &r[4] == "Halland; Västra Götaland"),
        "{rows:?}"
    );
}

fn parse_all(text: &str) -> Vec<VCard> {
    let mut parser = calcard::Parser::new(text);
    let mut cards = Vec::new();
    loop {
        match parser.entry() {
            calcard::Entry::VCard(card) => cards.push(card),
            calcard::Entry::Eof => break,
            other => panic!("not a clean vCard stream: {other:?}"),
        }
    }
    cards
}

#[test]
fn every_vcard_parses_back_with_the_model_values() {
    let (f, files) = built();
    cards_of(&f, |cards| {
        let all = parse_all(text(&files["vcard/all.vcf"]));
        assert_eq!(all.len(), cards.len());
        for (parsed, card) in all.iter().zip(cards) {
            let c = card.contact;
            assert_eq!(
                common::vcard_values(parsed, VCardProperty::Fn),
                std::slice::from_ref(&c.name)
            );
            assert_eq!(
                common::vcard_values(parsed, VCardProperty::N),
                [format!("{};{};;;", card.family, card.given)]
            );
            assert_eq!(
                parsed.uid(),
                Some(format!("urn:uuid:{}", card.uid).as_str())
            );
            let tels: Vec<String> = c.phones.iter().map(|p| p.phone.international()).collect();
            assert_eq!(common::vcard_values(parsed, VCardProperty::Tel), tels);
            let emails: Vec<String> = c.emails.iter().map(|e| e.email.address()).collect();
            assert_eq!(common::vcard_values(parsed, VCardProperty::Email), emails);
            let org = c
                .organisation
                .clone()
                .or(card.is_function().then(|| c.name.clone()));
            assert_eq!(
                common::vcard_values(parsed, VCardProperty::Org),
                org.into_iter().collect::<Vec<_>>()
            );
            assert_eq!(
                common::vcard_values(parsed, VCardProperty::Title),
                c.role.clone().into_iter().collect::<Vec<_>>()
            );
        }
        // Each region file holds its region's cards; the Outlook files one card each.
        for (name, bytes) in &files {
            if let Some(stem) = name.strip_prefix("vcard/outlook/") {
                let one = parse_all(text(bytes));
                assert_eq!(one.len(), 1, "{stem}");
                assert!(text(bytes).contains("FN;CHARSET=UTF-8:"));
            }
        }
        assert_eq!(parse_all(text(&files["vcard/stockholm.vcf"])).len(), 2);
        assert_eq!(parse_all(text(&files["vcard/nationell.vcf"])).len(), 5);
    });
}

#[test]
fn vcard_bytes_are_crlf_folded_at_75_octets_and_whole_utf8() {
    let (_, files) = built();
    for (name, bytes) in files.iter().filter(|(n, _)| n.ends_with(".vcf")) {
        assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "{name} has a BOM");
        let text = std::str::from_utf8(bytes)
            .unwrap_or_else(|e| panic!("{name}: split UTF-8 sequence: {e}"));
        assert!(text.ends_with("\r\n"), "{name}");
        for line in text.split_terminator("\r\n") {
            assert!(
                !line.contains('\n') && !line.contains('\r'),
                "{name}: bare line break in {line:?}"
            );
            assert!(line.len() <= 75, "{name}: {} octets: {line:?}", line.len());
        }
        use unicode_normalization::UnicodeNormalization;
        assert_eq!(text.nfc().collect::<String>(), text, "{name} is not NFC");
    }
}

#[test]
fn vcard_4_cards_use_tel_uris() {
    let f = Fixture::shipped();
    let run = f.run(&[
        "build",
        "in",
        "--out",
        "out",
        "--vcard-version",
        "4.0",
        "--outlook-cards",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stockholm = std::fs::read_to_string(f.dir.path().join("out/vcard/stockholm.vcf")).unwrap();
    assert!(stockholm.contains("VERSION:4.0\r\n"));
    assert!(
        stockholm.contains("TEL;VALUE=uri;TYPE=cell:tel:+46-76-124-37-26\r\n"),
        "{stockholm}"
    );
    assert!(stockholm.contains("KIND:individual\r\n"));
    let parsed = parse_all(&stockholm);
    assert_eq!(
        common::vcard_values(&parsed[1], VCardProperty::Tel),
        ["tel:+46-8-508-437-26", "tel:+46-76-124-37-26"]
    );
    // Outlook's files stay 3.0.
    assert!(
        std::fs::read_to_string(
            f.dir
                .path()
                .join("out/vcard/outlook/jenny.selenius-stockholm.se.vcf")
        )
        .unwrap()
        .contains("VERSION:3.0")
    );
}

#[test]
fn two_builds_give_identical_bytes() {
    let (f, first) = built();
    // However the input folder is named on the command line.
    let absolute = f.path("").display().to_string();
    let run = f.run(&["build", &absolute, "--out", "again", "--outlook-cards"]);
    assert_eq!(run.code, 0);
    assert_eq!(tree(&f.dir.path().join("again")), first);
}

#[test]
fn an_error_writes_nothing_and_keeps_the_old_output() {
    let (f, before) = built();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-36793");
    f.write("vast.csv", vast);
    let run = f.run(&["build", "in", "--out", "out", "--color", "never"]);
    assert_eq!(run.code, 1);
    run.expect("error[phone-invalid]");
    assert_eq!(
        run.stderr,
        "kontakt: out not written: fix the errors above first\n"
    );
    assert_eq!(tree(&f.dir.path().join("out")), before);
}

#[test]
fn check_names_the_files_a_changed_input_would_change() {
    let f = Fixture::shipped();
    assert_eq!(f.run(&["build", "in", "--out", "out"]).code, 0);
    assert_eq!(f.run(&["build", "in", "--out", "out", "--check"]).code, 0);
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-3679332");
    f.write("vast.csv", vast);
    let run = f.run(&["build", "in", "--out", "out", "--check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "kontakt: out is not what `kontakt build` writes from the input; run `kontakt build in --out out` and commit out\n"
    );
    // Each file is a finding in the report, with the command that brings it up to date.
    let stale: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("error[export-stale]"))
        .collect();
    assert_eq!(
        stale,
        common::ASA_EKMAN_EXPORTS
            .map(|rel| format!("out/{rel}: error[export-stale]: {rel}: out of date"))
    );
    assert!(
        run.stdout
            .contains("  = help: run `kontakt build in --out out` and commit out\n"),
        "{}",
        run.stdout
    );
    // --check wrote nothing.
    assert_eq!(f.run(&["build", "in", "--out", "out", "--check"]).code, 1);
}

#[test]
fn as_of_dates_the_exports_and_nothing_else_does() {
    let f = Fixture::shipped();
    assert_eq!(
        f.run(&["build", "in", "--out", "out", "--as-of", "2021-09-08"])
            .code,
        0
    );
    let json = std::fs::read_to_string(f.dir.path().join("out/contacts.json")).unwrap();
    assert!(json.contains("\"as_of\": \"2021-09-08\""));
    assert!(
        std::fs::read_to_string(f.dir.path().join("out/vcard/all.vcf"))
            .unwrap()
            .contains("REV:2021-09-08\r\n")
    );
    let bad = f.run(&["build", "in", "--as-of", "2021-02-30"]);
    assert_eq!(bad.code, 2);
}

#[test]
fn the_committed_output_is_what_build_writes_from_the_committed_input() {
    let out = assert_cmd::Command::cargo_bin("kontakt")
        .unwrap()
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .current_dir(common::repo())
        .args(["build", "--check"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CSV file's rows as maps from heading to value.
fn csv_rows(bytes: &[u8]) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(bytes);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

#[test]
fn a_default_build_writes_a_fixed_set_of_files_with_the_address_book_imports() {
    let f = Fixture::shipped();
    let run = f.run(&["build", "in", "--out", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "kontakt: wrote 17 files to out\n");
    let files = tree(&f.dir.path().join("out"));
    assert!(
        !files.keys().any(|k| k.starts_with("vcard/outlook/")),
        "{files:?}"
    );

    // outlook.csv: Outlook's English columns, UTF-8 with BOM, CRLF, one row per contact.
    let outlook = &files["outlook.csv"];
    assert!(outlook.starts_with(b"\xEF\xBB\xBFFirst Name,Last Name,E-mail Address,"));
    let lines = text(&outlook[3..]);
    assert_eq!(
        lines.matches("\r\n").count(),
        lines.matches('\n').count(),
        "CRLF"
    );
    assert_eq!(
        lines.lines().next().unwrap().trim_end(),
        kontakt::export::address_book::OUTLOOK_HEADER.join(",")
    );
    let rows = csv_rows(&outlook[3..]);
    assert_eq!(rows.len(), 19);
    let jenny = rows
        .iter()
        .find(|r| r["E-mail Address"] == "jenny.selenius@stockholm.se")
        .unwrap();
    assert_eq!(jenny["First Name"], "Jenny");
    assert_eq!(jenny["Last Name"], "Selenius");
    assert_eq!(jenny["Business Phone"], "+46 8 508 437 26");
    assert_eq!(jenny["Mobile Phone"], "+46 76 124 37 26");
    assert_eq!(jenny["Categories"], "Stockholm");
    assert_eq!(jenny["Job Title"], "Barn & unga");
    assert_eq!(jenny["Notes"], "Län: Stockholms län, Gotlands län");
    // The support line, a function, is filed under its name.
    let line = rows
        .iter()
        .find(|r| r["First Name"].is_empty())
        .expect("the support line");
    assert!(!line["Last Name"].is_empty());

    // google.csv: Google's columns, as many e-mail and phone pairs as the fullest contact needs.
    let google = &files["google.csv"];
    assert!(google.starts_with(b"First Name,Last Name,Organization Name,"));
    let rows = csv_rows(google);
    assert_eq!(rows.len(), 19);
    let jenny = rows
        .iter()
        .find(|r| r["E-mail 1 - Value"] == "jenny.selenius@stockholm.se")
        .unwrap();
    assert_eq!(jenny["E-mail 1 - Label"], "Work");
    assert_eq!(
        (
            jenny["Phone 1 - Label"].as_str(),
            jenny["Phone 1 - Value"].as_str()
        ),
        ("Work", "+46 8 508 437 26")
    );
    assert_eq!(
        (
            jenny["Phone 2 - Label"].as_str(),
            jenny["Phone 2 - Value"].as_str()
        ),
        ("Mobile", "+46 76 124 37 26")
    );
    assert_eq!(jenny["Labels"], "* myContacts ::: Stockholm");

    // Every e-mail and phone of every contact is in both files.
    let json: serde_json::Value = serde_json::from_slice(&files["contacts.json"]).unwrap();
    let outlook_text = text(&files["outlook.csv"][3..]).to_string();
    let google_text = text(&files["google.csv"]).to_string();
    for contact in json["contacts"].as_array().unwrap() {
        for e in contact["emails"].as_array().unwrap() {
            let e = e["address"].as_str().unwrap();
            assert!(outlook_text.contains(e) && google_text.contains(e), "{e}");
        }
        for p in contact["phones"].as_array().unwrap() {
            let p = p["international"].as_str().unwrap();
            assert!(outlook_text.contains(p) && google_text.contains(p), "{p}");
        }
    }
}

#[test]
fn two_rows_of_one_address_write_one_outlook_card_and_the_build_is_current() {
    // The same person twice with one address (`email-duplicate`, a warning) is one id: one card
    // file, its hash in the manifest, and `build --check` finds the output current.
    let f = Fixture::shipped();
    let mut mitt = String::from_utf8(f.read("mitt.csv")).unwrap();
    mitt.push_str("Mitt,Anna,Runesson,anna.runesson@vasteras.se,,072-1420161,\"Västmanland, Gävleborg, Uppsala\"\n");
    f.write("mitt.csv", mitt);
    for _ in 0..5 {
        let run = f.run(&["build", "in", "--out", "out", "--outlook-cards", "--force"]);
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        let check = f.run(&["build", "--check", "in", "--out", "out", "--outlook-cards"]);
        assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
        let written: usize = walk(&f.dir.path().join("out"));
        let said: usize = run
            .stderr
            .split("wrote ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        assert_eq!(written, said, "{}", run.stderr);
    }
}

/// How many files a folder holds, at any depth.
fn walk(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| if p.is_dir() { walk(&p) } else { 1 })
        .sum()
}

#[test]
fn the_command_a_stale_output_is_told_to_run_makes_it_current() {
    // Options that change the exports are part of the command said, and `--force` when a file
    // was edited by hand: running what `--check` says makes the next `--check` pass.
    let f = Fixture::shipped();
    let options = [
        "--outlook-cards",
        "--vcard-version",
        "4.0",
        "--as-of",
        "2021-10-01",
    ];
    let build: Vec<&str> = ["build", "in", "--out", "out"]
        .into_iter()
        .chain(options)
        .collect();
    assert_eq!(f.run(&build).code, 0);
    let csv = f.dir.path().join("out/contacts-excel.csv");
    let mut edited = std::fs::read(&csv).unwrap();
    edited.extend_from_slice(b"edited by hand\r\n");
    std::fs::write(&csv, edited).unwrap();
    let mut check = build.clone();
    check.insert(1, "--check");
    let stale = f.run(&check);
    assert_eq!(stale.code, 1, "{}", stale.stdout);
    let said = stale
        .stderr
        .split('`')
        .find(|s| s.starts_with("kontakt build "))
        .unwrap_or_else(|| panic!("a command in {}", stale.stderr))
        .to_string();
    for option in [
        "--outlook-cards",
        "--vcard-version 4.0",
        "--as-of 2021-10-01",
        "--force",
    ] {
        assert!(said.contains(option), "{said}");
    }
    let args: Vec<&str> = said.split_whitespace().skip(1).collect();
    let rebuilt = f.run(&args);
    assert_eq!(rebuilt.code, 0, "{}{}", rebuilt.stdout, rebuilt.stderr);
    let current = f.run(&check);
    assert_eq!(current.code, 0, "{}{}", current.stdout, current.stderr);
}

/// The built-in schemas copied to `sch/` in the fixture, with `edit` applied to each file's text.
fn schemas_edited(f: &Fixture, edit: impl Fn(&str, String) -> String) {
    let dir = f.dir.path().join("sch");
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(common::repo().join("schemas")).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        std::fs::write(dir.join(&name), edit(&name, text)).unwrap();
    }
}

#[test]
fn two_region_ids_of_one_file_name_are_refused_with_the_schemas() {
    // `x y` and `x-y` are two regions, and one file name: `vcard/x-y.vcf`. One region's cards
    // would replace the other's (and `all.vcf` would miss them), so the reference data is refused.
    let f = Fixture::shipped();
    schemas_edited(&f, |name, text| match name {
        "regions.json" => text
            .replace("\"id\": \"bergslagen\"", "\"id\": \"x y\"")
            .replace("\"id\": \"mitt\"", "\"id\": \"x-y\""),
        _ => text,
    });
    let built = f.run(&["build", "in", "--schemas", "sch", "--out", "out"]);
    assert_eq!(built.code, 2, "{}{}", built.stdout, built.stderr);
    assert!(
        built
            .stderr
            .contains("\"x-y\" and \"x y\" make one file name, x-y.vcf"),
        "{}",
        built.stderr
    );
    assert!(!f.dir.path().join("out").exists());
}

#[test]
fn a_header_without_letters_is_guessed_when_a_name_has_as_few() {
    // A `--schemas` vocabulary may hold a name of one letter: a header of digits one edit away
    // is then still guessed, as any other near header is.
    let f = Fixture::empty();
    schemas_edited(&f, |name, text| match name {
        "columns.json" => text.replace(
            "\"phone\": [\"Telefon\",",
            "\"phone\": [\"N2 123\", \"Telefon\",",
        ),
        _ => text,
    });
    f.write(
        "nord.csv",
        "Namn;E-post;12 123;Län\nEva Norlin;eva.norlin@umea.se;070-328 48 69;Norrbotten\n",
    );
    let run = f.run(&["check", "in", "--schemas", "sch", "--format", "json"]);
    assert!(run.stdout.contains("\"column-guessed\""), "{}", run.stdout);
    assert!(!run.stdout.contains("\"column-missing\""), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn a_report_that_cannot_be_written_stops_build_before_it_writes() {
    // Output into a file is buffered; the report is flushed before the folder is written, so a
    // full disk stops the run with nothing written, as it did when each line went out at once.
    let f = Fixture::shipped();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("kontakt"))
        .current_dir(f.dir.path())
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("LANG", "C.UTF-8")
        .args(["build", "in", "--out", "out"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("disk is full"));
    assert!(!f.dir.path().join("out").exists());
}
