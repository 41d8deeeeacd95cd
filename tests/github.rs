//! The pull-request view: `--format github` annotations, `--quiet`, and the Markdown summary
//! written to `$GITHUB_STEP_SUMMARY` (or `--summary FILE`), on a pull request that breaks one
//! cell and forgets to rebuild.

mod common;

use common::Fixture;

/// The shipped input built into `output/`, as the repository commits it; the pull request then
/// breaks Åsa Ekman's phone cell in `in/vast.csv` without rebuilding.
fn broken_pull_request() -> Fixture {
    let f = Fixture::shipped();
    assert_eq!(f.run(&["build", "in"]).code, 0);
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-36793");
    f.write("vast.csv", vast);
    f
}

fn annotations(stdout: &str) -> Vec<&str> {
    stdout.lines().filter(|l| l.starts_with("::")).collect()
}

#[test]
fn a_broken_cell_and_a_forgotten_rebuild_annotate_the_cell_and_each_stale_export() {
    let f = broken_pull_request();
    let summary = f.dir.path().join("summary.md");
    let summary_path = summary.display().to_string();
    // The base branch's contacts.json is the one committed before the pull request.
    let base = f.dir.path().join("base-contacts.json");
    std::fs::copy(f.dir.path().join("output/contacts.json"), &base).unwrap();
    let run = f.run_env(
        &[("GITHUB_STEP_SUMMARY", &summary_path)],
        &[
            "build",
            "--check",
            "in",
            "--format",
            "github",
            "--base",
            &base.display().to_string(),
        ],
    );
    assert_eq!(run.code, 1);
    let lines = annotations(&run.stdout);
    assert_eq!(
        lines[0],
        "::error file=in/vast.csv,line=2,col=47,title=kontakt phone-invalid::\"031-36793\" is not a valid phone number%0Ahelp: write a Swedish number with its area code, such as 070-328 48 69 or 08-508 437 26"
    );
    let stale: Vec<&str> = lines[1..].to_vec();
    assert_eq!(
        stale,
        common::ASA_EKMAN_EXPORTS.map(|rel| format!(
            "::error file=output/{rel},title=kontakt export-stale::{rel}: out of date%0Ahelp: fix the errors above, then run `kontakt build in --out output` and commit output"
        ))
    );
    // No notice for the shipped input's three notes.
    assert!(!run.stdout.contains("::notice"), "{}", run.stdout);
    assert!(run.stdout.ends_with(
        "10 errors, 0 warnings, 3 notes in 8 files; 19 contacts, 7 regions, 21/21 län\n"
    ));

    let md = std::fs::read_to_string(&summary).unwrap();
    for needle in [
        "## ❌ kontakt build --check in\n",
        "**10 errors, 0 warnings, 3 notes in 8 files; 19 contacts, 7 regions, 21/21 län**\n",
        // No directory change while a row is not read as meant (as `kontakt diff` refuses).
        "## Changes in the directory\n\nThe input has 1 error: the change to the directory is shown once they are fixed",
        // Every finding, notes included.
        "| 🔴 error | in/vast.csv:2:47 | `phone-invalid` | \"031-36793\" is not a valid phone number<br>help: ",
        "| ℹ️ info | in/ost.xlsx:Öst!D3 | `phone-shared` |",
        "| ℹ️ info | in/nord.xlsx:Listor | `sheet-skipped` | hidden sheet skipped |",
        "| 🔴 error | output/vcard/vast.vcf | `export-stale` | vcard/vast.vcf: out of date<br>",
    ] {
        assert!(md.contains(needle), "{needle:?} not in:\n{md}");
    }
    // The header, its rule and the thirteen findings (three notes, the broken cell, nine stale exports).
    assert_eq!(md.matches("\n| ").count(), 2 + 13, "{md}");
}

#[test]
fn a_doubtful_cell_and_a_forgotten_rebuild_show_the_cell_the_stale_export_and_the_change() {
    let f = Fixture::shipped();
    assert_eq!(f.run(&["build", "in"]).code, 0);
    let base = f.dir.path().join("base-contacts.json");
    std::fs::copy(f.dir.path().join("output/contacts.json"), &base).unwrap();
    // An extension: a warning at the cell, and contacts.json holds it.
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-3679331 ankn. 12");
    f.write("vast.csv", vast);
    let summary = f.dir.path().join("summary.md");
    let run = f.run_env(
        &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())],
        &[
            "build",
            "--check",
            "in",
            "--format",
            "github",
            "--base",
            base.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        annotations(&run.stdout),
        [
            "::warning file=in/vast.csv,line=2,col=47,title=kontakt phone-extension::\"031-3679331 ankn. 12\" has the extension 12, which a phone dials only after a pause%0Ahelp: give the direct number instead, if there is one",
            // The people's spreadsheet shows the extension too.
            "::error file=output/contacts-excel.csv,title=kontakt export-stale::contacts-excel.csv: out of date%0Ahelp: run `kontakt build in --out output` and commit output",
            "::error file=output/contacts.json,title=kontakt export-stale::contacts.json: out of date%0Ahelp: run `kontakt build in --out output` and commit output",
            // So do the address-book imports, in the contact's notes.
            "::error file=output/google.csv,title=kontakt export-stale::google.csv: out of date%0Ahelp: run `kontakt build in --out output` and commit output",
            // The page and the fragment show it after the number.
            "::error file=output/html/index.html,title=kontakt export-stale::html/index.html: out of date%0Ahelp: run `kontakt build in --out output` and commit output",
            "::error file=output/html/kontaktuppgifter.html,title=kontakt export-stale::html/kontaktuppgifter.html: out of date%0Ahelp: run `kontakt build in --out output` and commit output",
            "::error file=output/outlook.csv,title=kontakt export-stale::outlook.csv: out of date%0Ahelp: run `kontakt build in --out output` and commit output",
            // And the vCards, as a pause and in the note.
            "::error file=output/vcard/all.vcf,title=kontakt export-stale::vcard/all.vcf: out of date%0Ahelp: run `kontakt build in --out output` and commit output",
            "::error file=output/vcard/vast.vcf,title=kontakt export-stale::vcard/vast.vcf: out of date%0Ahelp: run `kontakt build in --out output` and commit output",
        ]
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    for needle in [
        "**8 errors, 1 warning, 3 notes in 8 files; 19 contacts, 7 regions, 21/21 län**\n",
        &format!("Compared with {}.\n", base.display()),
        "### Väst\n\n- Åsa Ekman: phone changed from \"031-367 93 31\" to \"031-367 93 31 ankn. 12\"\n",
        "**0 added, 0 removed, 1 changed, 0 län moved**\n",
        "| 🟡 warning | in/vast.csv:2:47 | `phone-extension` |",
        "| 🔴 error | output/contacts.json | `export-stale` |",
        "| ℹ️ info | in/nord.xlsx:Listor | `sheet-skipped` |",
    ] {
        assert!(md.contains(needle), "{needle:?} not in:\n{md}");
    }
}

#[test]
fn the_step_summary_is_appended_to_and_names_who_was_added_and_removed() {
    let f = Fixture::shipped();
    assert_eq!(f.run(&["build", "in"]).code, 0);
    let summary = f.dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    // A new coordinator in Väst, and one gone from Bergslagen.
    let mut vast = f.read("vast.csv");
    vast.extend_from_slice(
        "Nils Nyström;nils.nystrom@goteborg.se;031-365 00 00;Västra Götaland, Halland\n".as_bytes(),
    );
    f.write("vast.csv", vast);
    let env = [("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())];
    let run = f.run_env(&env, &["check", "in", "--format", "github"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(annotations(&run.stdout), Vec::<&str>::new());
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(
        md.starts_with("earlier step\n## ✅ kontakt check in\n"),
        "{md}"
    );
    assert!(md.contains("Compared with output/contacts.json."), "{md}");
    assert!(
        md.contains("- added: Nils Nyström &lt;nils.nystrom@goteborg.se&gt;\n"),
        "{md}"
    );
    assert!(
        md.contains("**1 added, 0 removed, 0 changed, 0 län moved**"),
        "{md}"
    );
}

#[test]
fn notes_are_annotated_only_with_verbose() {
    let f = Fixture::shipped();
    let quiet = f.run(&["check", "in", "--format", "github"]);
    assert_eq!(annotations(&quiet.stdout).len(), 0, "{}", quiet.stdout);
    let verbose = f.run(&["check", "in", "--format", "github", "--verbose"]);
    let notices = annotations(&verbose.stdout);
    assert!(
        notices.iter().any(|l| l.starts_with(
            "::notice file=in/nord.xlsx,title=kontakt sheet-skipped in sheet Listor::"
        )),
        "{notices:?}"
    );
}

#[test]
fn quiet_prints_errors_and_the_summary_only_in_every_format() {
    let f = Fixture::shipped();
    // One error and one warning (an extension) in Väst.
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-36793")
        .replace("031-3679916", "031-3679916 ankn. 12");
    f.write("vast.csv", vast);
    let human = f.check(&["--quiet"]);
    assert_eq!(human.code, 1);
    assert_eq!(
        human.stdout,
        "in/vast.csv:2:47: error[phone-invalid]: \"031-36793\" is not a valid phone number\n  = help: write a Swedish number with its area code, such as 070-328 48 69 or 08-508 437 26\n1 error, 1 warning, 3 notes in 8 files; 19 contacts, 7 regions, 21/21 län\n"
    );
    let json = f.check(&["--quiet", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let codes: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["phone-invalid"]);
    assert_eq!(doc["summary"]["warnings"], 1);
    let github = f.check(&["--quiet", "--format", "github"]);
    assert_eq!(annotations(&github.stdout).len(), 1, "{}", github.stdout);
    assert_eq!(f.check(&["--quiet", "--verbose"]).code, 2);
    // With --deny-warnings a warning fails the run: --quiet shows it.
    let denied = f.check(&["--quiet", "--deny-warnings"]);
    assert!(
        denied.stdout.contains("warning[phone-extension]"),
        "{}",
        denied.stdout
    );
}

#[test]
fn summary_file_is_replaced_and_says_when_there_is_nothing_to_compare_with_or_no_file() {
    let f = Fixture::shipped();
    let summary = f.dir.path().join("s.md");
    std::fs::write(&summary, "old\n").unwrap();
    let run = f.check(&["--summary", summary.to_str().unwrap()]);
    assert_eq!(run.code, 0);
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("## ✅ kontakt check in\n"), "{md}");
    assert!(
        md.contains("No output/contacts.json to compare with (give --base FILE)."),
        "{md}"
    );
    // A base that cannot be read is said, in the summary and on stderr; the check stands.
    let missing = f.check(&[
        "--summary",
        summary.to_str().unwrap(),
        "--base",
        "nope.json",
    ]);
    assert_eq!(missing.code, 0);
    assert_eq!(
        missing.stderr,
        "kontakt: warning: the summary shows no changes: cannot read nope.json: no such file or folder\n"
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.contains("cannot read nope.json"), "{md}");
    // A summary that cannot be written is a warning: the report and exit code stand.
    let unwritable = f.check(&["--summary", "no/such/folder/s.md"]);
    assert_eq!(unwritable.code, 0);
    assert!(
        unwritable
            .stderr
            .starts_with("kontakt: warning: cannot write the summary to no/such/folder/s.md: "),
        "{}",
        unwritable.stderr
    );
    // One file alone: no directory change to measure.
    let one = f.run(&[
        "check",
        "in/vast.csv",
        "--summary",
        summary.to_str().unwrap(),
    ]);
    assert_eq!(one.code, 0, "{}", one.stdout);
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.contains("in/vast.csv is one file: the change to the directory is measured on the whole input folder."), "{md}");
}

#[test]
fn a_summary_of_many_findings_stays_under_githubs_limit_and_says_what_it_left_out() {
    let f = Fixture::empty();
    let mut csv = String::from("Namn;E-post;Telefon;Län\n");
    for i in 0..12_000 {
        csv.push_str(&format!("Person {i};p{i}@malmo.se;040-1;Skåne\n"));
    }
    f.write("syd.csv", csv);
    let summary = f.dir.path().join("s.md");
    let run = f.check(&["--summary", summary.to_str().unwrap(), "--quiet"]);
    assert_eq!(run.code, 1);
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.len() < 1024 * 1024, "{}", md.len());
    assert!(
        md.contains("more findings are not in this table**: GitHub keeps 1 MiB of summary a step"),
        "{}",
        &md[md.len() - 400..]
    );
}

#[test]
fn cell_values_cannot_inject_markup_into_the_summary() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "[klick](https://evil.example) | <img src=x>");
    f.write("vast.csv", vast);
    let summary = f.dir.path().join("s.md");
    f.check(&["--summary", summary.to_str().unwrap()]);
    let md = std::fs::read_to_string(&summary).unwrap();
    // `|` separates two numbers: each piece is quoted, escaped.
    assert!(
        md.contains("\"\\[klick\\](https:&#47;/evil.example)\" contains"),
        "{md}"
    );
    assert!(md.contains("\"&lt;img src=x&gt;\" contains"), "{md}");
    assert!(!md.contains("<img"));
    assert!(!md.contains("://"), "{md}");
}
