//! `kontakt notify` checks everything before it writes or sends anything, never sends a mail to
//! nobody, notices when it runs after `build`, finds the project's files from any folder, and
//! shows people by name and address. Each test is a reproducer from the issue.

mod common;

use std::fs;

use common::{Fixture, notify};
use mail_parser::MessageParser;

const PINNED: (&str, &str) = ("SOURCE_DATE_EPOCH", common::WRITTEN_AT);

fn previous() -> String {
    common::last_month()
}

fn outbox(f: &Fixture) -> std::path::PathBuf {
    f.dir.path().join("outbox")
}

/// Bergslagen's only contact with an address that `check` rejects.
fn bergslagen_unreachable() -> Fixture {
    let f = Fixture::shipped();
    let bytes = f.read("bergslagen.csv");
    let text =
        String::from_utf8_lossy(&bytes).replace("elin.eklof@karlstad.se", "elin.eklof@karlstad");
    // The file is Windows-1252; only ASCII changed.
    let mut fixed = bytes.clone();
    let at = bytes
        .windows(b"@karlstad.se".len())
        .position(|w| w == b"@karlstad.se")
        .unwrap();
    fixed.splice(at..at + b"@karlstad.se".len(), b"@karlstad".iter().copied());
    assert!(text.contains("@karlstad;"));
    f.write("bergslagen.csv", fixed);
    f
}

#[test]
fn a_region_with_no_valid_address_is_not_ok_and_its_mail_goes_to_the_coordinator() {
    let f = bergslagen_unreachable();
    let run = notify(&f, &["--previous", &previous()]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    run.expect("UNREACHABLE bergslagen: its only contact has no valid e-mail address and recipients.json lists none; its mail went to the coordinator instead, written to ")
        .expect("(to mats.paulsson@jamy.se)")
        .expect("; 1 region could not be reached (bergslagen): give it an address in recipients.json");
    assert!(!run.stdout.contains("(to nobody)"), "{}", run.stdout);
    let mail = fs::read(outbox(&f).join("2021-10-bergslagen.eml")).unwrap();
    let msg = MessageParser::default().parse(&mail).unwrap();
    assert_eq!(
        msg.to().unwrap().first().unwrap().address(),
        Some("mats.paulsson@jamy.se")
    );
    assert!(msg.subject().unwrap().contains("Bergslagen kunde inte nås"));
    let body = msg.body_text(0).unwrap();
    assert!(
        body.starts_with("OBS! Det här meddelandet är till region Bergslagen men kunde inte skickas dit: regionens enda kontakt saknar giltig e-postadress"),
        "{body}"
    );
    let summary = fs::read(outbox(&f).join("2021-10-sammanfattning.eml")).unwrap();
    let summary = MessageParser::default().parse(&summary).unwrap();
    let text = summary.body_text(0).unwrap().replace("\r\n", "\n");
    let reached = text.split("Regioner som inte kunde nås").next().unwrap();
    assert!(!reached.contains("Bergslagen"), "{text}");
    assert!(
        text.contains("Regioner som inte kunde nås (deras meddelanden har skickats till dig i stället):\n\n- Bergslagen: "),
        "{text}"
    );
    // A dry run says the same and ends the same way.
    let dry = notify(&f, &["--previous", &previous(), "--dry-run"]);
    assert_eq!(dry.code, 1);
    dry.expect("UNREACHABLE bergslagen: ")
        .expect("its mail would go to the coordinator instead, to mats.paulsson@jamy.se;");
}

#[test]
fn addresses_are_checked_by_the_rules_of_check_before_anything_happens() {
    let f = Fixture::shipped();
    for (args, says) in [
        (
            vec!["--coordinator", "not an address"],
            "--coordinator: \"not an address\" has no @",
        ),
        (
            vec!["--coordinator", "mats@jamy"],
            "--coordinator: \"mats@jamy\" has the domain \"jamy\"",
        ),
        (vec!["--from", "kontakt@"], "--from: \"kontakt@\""),
    ] {
        for dry in [true, false] {
            let mut all = vec!["notify", "in", "--month", "2021-10"];
            if args[0] == "--from" {
                all.extend(["--coordinator", "mats.paulsson@jamy.se"]);
            }
            all.extend(&args);
            if dry {
                all.push("--dry-run");
            }
            let run = f.run(&all);
            assert_eq!(run.code, 2, "{all:?}: {}", run.stdout);
            assert!(run.stderr.contains(says), "{all:?}: {}", run.stderr);
            assert!(run.stdout.is_empty(), "{}", run.stdout);
            assert!(!outbox(&f).exists());
        }
    }
    f.write(
        "recipients.json",
        r#"{"coordinator": ["mats.paulsson@jamy.se"], "regions": {"vast": ["asa.ekman@goteborg"]}}"#,
    );
    let run = notify(&f, &["--recipients", "in/recipients.json", "--dry-run"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("in/recipients.json, region vast: \"asa.ekman@goteborg\""),
        "{}",
        run.stderr
    );
}

#[test]
fn a_previous_or_recipients_file_that_is_not_there_stops_the_run() {
    let f = Fixture::shipped();
    for dry in [true, false] {
        let mut args = vec!["--previous", "typo.json"];
        if dry {
            args.push("--dry-run");
        }
        let run = notify(&f, &args);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.contains("--previous typo.json: no such file"),
            "{}",
            run.stderr
        );
        assert!(!outbox(&f).exists());
    }
    f.write("broken.json", "{");
    let run = notify(&f, &["--previous", "in/broken.json"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("is not a contacts.json written by build")
    );
    let run = notify(
        &f,
        &["--previous", &previous(), "--recipients", "missing.json"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("--recipients: cannot read missing.json"),
        "{}",
        run.stderr
    );
    assert!(!outbox(&f).exists());
}

#[test]
fn notify_after_build_says_so_and_points_at_the_file_from_git() {
    let f = Fixture::shipped();
    assert_eq!(f.run(&["build", "in"]).code, 0);
    let run = notify(&f, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("output/contacts.json is what in builds to, so there are no changes to report.\nIf `build` has already replaced it, give last month's directory from git:\n  git show HEAD~1:output/contacts.json > prev.json\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_project_s_files_are_found_from_any_folder() {
    let f = Fixture::shipped();
    // Last month's directory and the recipients list, where the project keeps them.
    fs::create_dir(f.dir.path().join("output")).unwrap();
    fs::copy(
        common::repo().join("output/contacts.json"),
        f.dir.path().join("output/contacts.json"),
    )
    .unwrap();
    fs::create_dir(f.dir.path().join("schemas")).unwrap();
    fs::write(
        f.dir.path().join("schemas/recipients.json"),
        r#"{"coordinator": ["mats.paulsson@jamy.se"], "regions": {"vast": ["vast@goteborg.se"]}}"#,
    )
    .unwrap();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-3679332");
    f.write("vast.csv", vast);
    let elsewhere = tempfile::tempdir().unwrap();
    let input = f.path("").display().to_string();
    let run = common::run_in(
        elsewhere.path(),
        &[PINNED],
        &["notify", &input, "--month", "2021-10"],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("ok     vast: written to "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("(to vast@goteborg.se)"),
        "{}",
        run.stdout
    );
    let body = common::outbox_body(&f, "2021-10-vast.eml");
    assert!(
        body.contains(
            "Åsa Ekman: telefon har ändrats från \"031-367 93 31\" till \"031-367 93 32\""
        ),
        "{body}"
    );
    assert_eq!(
        fs::read_dir(elsewhere.path()).unwrap().count(),
        0,
        "nothing written where it ran"
    );
}

#[test]
fn a_new_e_mail_address_is_one_changed_person_shown_by_name_and_address() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv")).unwrap().replace(
        "asa.ekman@socialcentrum.goteborg.se",
        "asa.ekman@goteborg.se",
    );
    f.write("vast.csv", vast);
    let run = notify(&f, &["--previous", &previous()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let body = common::outbox_body(&f, "2021-10-vast.eml");
    assert!(
        body.contains("- Åsa Ekman: e-post har ändrats från \"asa.ekman@socialcentrum.goteborg.se\" till \"asa.ekman@goteborg.se\""),
        "{body}"
    );
    assert!(
        !body.contains("borttagen") && !body.contains("ny kontakt"),
        "{body}"
    );
    // The same in `diff`.
    let diff = f.run(&["diff", &previous(), "in"]);
    assert_eq!(
        diff.stdout,
        "Väst:\n  Åsa Ekman: e-mail changed from \"asa.ekman@socialcentrum.goteborg.se\" to \"asa.ekman@goteborg.se\"\n0 added, 0 removed, 1 changed, 0 län moved\n"
    );
}

#[test]
fn added_and_removed_people_are_shown_by_name_and_address_never_by_id() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv")).unwrap();
    let kept: Vec<&str> = vast
        .lines()
        .filter(|l| !l.starts_with("Åsa Ekman"))
        .collect();
    f.write(
        "vast.csv",
        kept.join("\n")
            + "\nPer Persson;Per.Persson@Goteborg.se;031-3679331;Västra Götaland, Halland\n",
    );
    let run = notify(&f, &["--previous", &previous()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let body = common::outbox_body(&f, "2021-10-vast.eml");
    assert!(
        body.contains("- ny kontakt: Per Persson <Per.Persson@goteborg.se>"),
        "{body}"
    );
    assert!(
        body.contains("- borttagen kontakt: Åsa Ekman <asa.ekman@socialcentrum.goteborg.se>"),
        "{body}"
    );
}

#[test]
fn only_takes_region_names_in_any_case_and_refuses_what_it_does_not_know() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-3679332");
    f.write("vast.csv", vast);
    let run = notify(
        &f,
        &[
            "--previous",
            &previous(),
            "--dry-run",
            "--only",
            "Väst, SAMMANFATTNING",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.expect("would send vast: ")
        .expect("would send sammanfattning: ")
        .expect("2 messages;");
    let run = notify(
        &f,
        &["--previous", &previous(), "--dry-run", "--only", "syd"],
    );
    run.expect("nothing to send to syd: it has no findings and no changes this month");
    let run = notify(
        &f,
        &["--previous", &previous(), "--dry-run", "--only", "vastt"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--only \"vastt\": not a region id"),
        "{}",
        run.stderr
    );
}

#[test]
fn options_that_would_be_ignored_stop_the_run() {
    let f = Fixture::shipped();
    for (args, says) in [
        (vec!["--starttls"], "--smtp"),
        (
            vec!["--smtp", "smtps://127.0.0.1:1", "--starttls"],
            "--starttls goes with smtp://",
        ),
        (
            vec!["--smtp", "smtp://user:pw@127.0.0.1:1"],
            "KONTAKT_SMTP_USER",
        ),
        (
            vec!["--smtp", "smtp://127.0.0.1:1", "--outbox", "x"],
            "--outbox",
        ),
        (vec!["--outbox", "in/mails"], "among the regions' files"),
        (vec!["--previous", "in"], "is a folder"),
        (vec!["--month", "0000-01"], "YYYY-MM"),
    ] {
        let mut all = vec!["--dry-run"];
        all.extend(&args);
        let run = notify(&f, &all);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stdout);
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn recipients_in_the_project_are_read_when_the_schemas_folder_has_none() {
    let f = Fixture::shipped();
    fs::create_dir(f.dir.path().join("schemas")).unwrap();
    fs::create_dir(f.dir.path().join("other")).unwrap();
    fs::write(
        f.dir.path().join("schemas/recipients.json"),
        r#"{"coordinator": ["mats.paulsson@jamy.se"], "regions": {"vast": ["vast@goteborg.se"]}}"#,
    )
    .unwrap();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-3679332");
    f.write("vast.csv", vast);
    let run = notify(
        &f,
        &["--previous", &previous(), "--schemas", "other", "--dry-run"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.expect("would send vast: to vast@goteborg.se;");
}

#[test]
fn an_earlier_run_s_mail_left_in_the_outbox_is_pointed_out() {
    let f = Fixture::shipped();
    fs::create_dir(outbox(&f)).unwrap();
    fs::write(outbox(&f).join("2021-10-syd.eml"), "an earlier run").unwrap();
    let run = notify(&f, &["--previous", &previous()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.expect("note   outbox/2021-10-syd.eml: from an earlier run, not written now");
}
