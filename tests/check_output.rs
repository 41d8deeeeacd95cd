//! Report formats and exit codes, on one shared broken fixture.

mod common;

use common::Fixture;
use insta::assert_snapshot;

/// The shared fixture every renderer is shown on: a bad phone in a CSV, a bad e-mail in an
/// XLSX, an unknown län, so Västra Götaland is covered by no region.
fn broken() -> Fixture {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-36793")
        .replace("Götaland, Halland\r\nEmilie", "Götland, Halland\r\nEmilie");
    f.write(
        "vast.csv",
        vast.replace("Västra Götaland, Halland\r\n", "Halland\r\n"),
    );
    f.xlsx("stockholm.xlsx", "Blad1", |ws| {
        common::rows(
            ws,
            &[
                &["Namn", "E-post", "Telefon", "Län"],
                &[
                    "Jenny Selenius (Barn & unga)",
                    "jenny.selenius@stockholm",
                    "08-50843726",
                    "Stockholm, Gotland",
                ],
            ],
        )
    });
    f
}

#[test]
fn human_format() {
    let run = broken().check(&[]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn json_format_is_one_document() {
    let run = broken().check(&["--format", "json"]);
    assert_eq!(run.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["format_version"], 2);
    assert_eq!(
        doc["summary"]["errors"],
        doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["severity"] == "error")
            .count()
    );
    assert_snapshot!(run.shown());
}

#[test]
fn github_format_points_at_csv_lines_and_names_spreadsheet_cells() {
    let run = broken().check(&["--format", "github"]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn warnings_pass_unless_denied() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("asa.ekman@", "åsa.ekman@");
    f.write("vast.csv", vast);
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("1 warning"));
    assert_eq!(f.check(&["--deny-warnings"]).code, 1);
}

#[test]
fn max_findings_says_how_many_were_left_out() {
    let run = broken().check(&["--max-findings", "2"]);
    assert_eq!(run.code, 1);
    assert_snapshot!(run.shown());
}

#[test]
fn could_not_run_exits_2() {
    let f = Fixture::shipped();
    let missing = f.run(&["check", "nowhere"]);
    assert_eq!(
        (missing.code, missing.stderr.as_str()),
        (
            2,
            "kontakt: error: the input nowhere does not exist: give the folder of the regions' files (or one file)\n"
        )
    );
    assert_eq!(f.run(&["check", "in", "--format", "xml"]).code, 2);
    assert_eq!(f.run(&["frobnicate"]).code, 2);
    std::fs::create_dir(f.dir.path().join("schemas")).unwrap();
    std::fs::write(f.dir.path().join("schemas/lan.json"), "{ not json").unwrap();
    let broken = f.run(&["check", "in", "--schemas", "schemas"]);
    assert_eq!(broken.code, 2);
    assert!(
        broken
            .stderr
            .starts_with(
                "kontakt: error: broken schemas: cannot read lan.json: not valid JSON (line 1, column 3)"
            ),
        "{}",
        broken.stderr
    );
}

#[test]
fn schemas_folder_overrides_the_built_in_vocabulary() {
    let f = Fixture::shipped();
    f.write("vast.csv", "Namn;Epost-adress till jobbet;Telefon;Län\nÅsa Ekman;asa.ekman@socialcentrum.goteborg.se;031-3679331;Västra Götaland, Halland\nEmilie Holmström;emilie.holmstrom@socialcentrum.goteborg.se;031-3679916;Västra Götaland, Halland\n");
    assert_eq!(f.check(&[]).code, 1);
    let columns = std::fs::read_to_string(common::repo().join("schemas/columns.json"))
        .unwrap()
        .replace(
            "\"Mailadress\"",
            "\"Mailadress\", \"Epost-adress till jobbet\"",
        );
    std::fs::create_dir(f.dir.path().join("schemas")).unwrap();
    std::fs::write(f.dir.path().join("schemas/columns.json"), columns).unwrap();
    let run = f.check(&["--schemas", "schemas"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let run = broken().run(&["check", "in", "--color", "always"]);
    assert!(run.stdout.contains("\u{1b}["));
    assert!(!broken().check(&[]).stdout.contains("\u{1b}["));
}

#[test]
fn a_reader_that_stops_reading_is_not_an_error() {
    // `kontakt check --format json | head -c 10`: thousands of findings, far more than a pipe
    // holds, and a reader that closes after ten bytes.
    let f = common::Fixture::shipped();
    let mut rows = String::from("Namn;E-post;Telefon;Län\n");
    for i in 0..3000 {
        rows.push_str(&format!(
            "Anna Berg{i};anna{i}@goteborg.se;031-3{i};Halland\n"
        ));
    }
    f.write("vast.csv", rows);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kontakt"))
        .current_dir(f.dir.path())
        .args(["check", "in", "--format", "json"])
        .env("LANG", "C.UTF-8")
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(&first, b"{\n  \"forma");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(
        out.status.code(),
        Some(1),
        "the data's errors still decide the exit code"
    );
}
