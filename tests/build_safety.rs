//! `kontakt build --out` replaces only what kontakt wrote: a folder with a file a person put
//! there, an export edited by hand, the input folder itself, and names from data that a file
//! system would refuse. Each test is a reproducer from the issue, run as a user would.

mod common;

use std::fs;

use common::Fixture;

#[test]
fn a_folder_holding_a_file_kontakt_did_not_write_is_not_replaced() {
    // mkdir /tmp/D; echo x > /tmp/D/budget.txt; kontakt build --out /tmp/D
    let f = Fixture::shipped();
    let d = f.dir.path().join("D");
    fs::create_dir(&d).unwrap();
    fs::write(d.join("budget.txt"), "x\n").unwrap();
    let run = f.run(&["build", "in", "--out", d.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("holds files that kontakt did not write; nothing was replaced:\n  budget.txt: not written by kontakt\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("add --force to replace"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read_to_string(d.join("budget.txt")).unwrap(), "x\n");
    assert_eq!(fs::read_dir(&d).unwrap().count(), 1);
    // --force replaces it; the next build needs no --force.
    let forced = f.run(&["build", "in", "--out", d.to_str().unwrap(), "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(!d.join("budget.txt").exists());
    assert!(d.join("kontakt-manifest.json").exists());
    assert_eq!(f.run(&["build", "in", "--out", "D"]).code, 0);
}

#[test]
fn an_empty_or_missing_folder_is_written() {
    let f = Fixture::shipped();
    fs::create_dir(f.dir.path().join("empty")).unwrap();
    assert_eq!(f.run(&["build", "in", "--out", "empty"]).code, 0);
    assert_eq!(f.run(&["build", "in", "--out", "new/deeper"]).code, 0);
    assert!(f.dir.path().join("new/deeper/contacts.json").exists());
}

#[test]
fn the_input_folder_is_never_an_output_folder() {
    // kontakt build --out input
    let f = Fixture::shipped();
    let before = common::tree(&f.path(""));
    let absolute = f.path("").display().to_string();
    for (out, how) in [
        ("in", "it is the input"),
        ("in/", "it is the input"),
        (absolute.as_str(), "it is the input"),
        ("in/exports", "it is inside the input"),
        (".", "it contains the input"),
        ("..", "it contains the input"),
        ("in/../in", "it is the input"),
    ] {
        for force in [false, true] {
            let mut args = vec!["build", "in", "--out", out];
            if force {
                args.push("--force");
            }
            let run = f.run(&args);
            assert_eq!(run.code, 2, "--out {out}: {}", run.stderr);
            // As the user wrote it, less a trailing `/` or `/.`.
            let shown: std::path::PathBuf = std::path::Path::new(out).components().collect();
            assert!(
                run.stderr.contains(&format!(
                    "refusing to write to {}: {how} folder (in)",
                    shown.display()
                )),
                "--out {out}: {}",
                run.stderr
            );
        }
    }
    // One file as input: its folder is protected too.
    for out in ["in", "in/exports"] {
        let run = f.run(&["build", "in/syd.xlsx", "--out", out]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains("the input folder (in)"),
            "{}",
            run.stderr
        );
    }
    // The reference data as well.
    fs::create_dir(f.dir.path().join("schemas")).unwrap();
    let run = f.run(&["build", "in", "--schemas", "schemas", "--out", "schemas"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("it is the reference data folder (schemas)"),
        "{}",
        run.stderr
    );
    assert_eq!(common::tree(&f.path("")), before, "the input is untouched");
}

#[test]
fn an_export_edited_by_hand_blocks_the_build_and_check_says_so() {
    let f = Fixture::shipped();
    assert_eq!(f.run(&["build", "in", "--out", "out"]).code, 0);
    let csv = f.dir.path().join("out/contacts.csv");
    let mut edited = fs::read(&csv).unwrap();
    edited.extend_from_slice(b"hand,made,row\n");
    fs::write(&csv, &edited).unwrap();
    fs::write(f.dir.path().join("out/vcard/notes.txt"), "mine").unwrap();
    let check = f.run(&["build", "in", "--out", "out", "--check"]);
    assert_eq!(check.code, 1);
    assert!(
        check.stdout.contains(
            "out/contacts.csv: error[export-stale]: contacts.csv: changed since kontakt wrote it\n"
        ),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains(
            "out/vcard/notes.txt: error[export-stale]: vcard/notes.txt: not written by kontakt\n"
        ),
        "{}",
        check.stdout
    );
    let run = f.run(&["build", "in", "--out", "out"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("  contacts.csv: changed since kontakt wrote it\n  vcard/notes.txt: not written by kontakt\n"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read(&csv).unwrap(), edited, "nothing replaced");
}

#[test]
fn a_254_octet_address_builds_with_a_short_file_name() {
    let f = Fixture::shipped();
    let long = format!(
        "{}@{}.{}.{}.se",
        "a".repeat(64),
        "b".repeat(63),
        "c".repeat(63),
        "d".repeat(58)
    );
    assert_eq!(long.len(), 254);
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("asa.ekman@socialcentrum.goteborg.se", &long);
    f.write("vast.csv", vast);
    assert_eq!(f.check(&[]).code, 0, "check accepts the address");
    let run = f.run(&["build", "in", "--out", "out", "--outlook-cards"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let names: Vec<String> = fs::read_dir(f.dir.path().join("out/vcard/outlook"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| n.len() <= 100), "{names:?}");
    let long_card = names.iter().find(|n| n.starts_with("aaaa")).unwrap();
    let card = fs::read_to_string(f.dir.path().join("out/vcard/outlook").join(long_card)).unwrap();
    assert!(
        card.replace("\r\n ", "").contains(&long),
        "the whole address is in the card"
    );
}

#[test]
fn two_addresses_that_map_to_one_file_name_keep_both_cards() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("asa.ekman@", "asa+ekman@")
        .replace("emilie.holmstrom@", "asa-ekman@");
    f.write("vast.csv", vast);
    let run = f.run(&["build", "in", "--out", "out", "--outlook-cards"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let cards = fs::read_dir(f.dir.path().join("out/vcard/outlook"))
        .unwrap()
        .count();
    assert_eq!(cards, 19, "one card per contact, none overwritten");
}

#[test]
fn a_write_that_fails_names_the_path_and_the_operation() {
    let f = Fixture::shipped();
    fs::write(f.dir.path().join("plain-file"), "x").unwrap();
    let run = f.run(&["build", "in", "--out", "plain-file/output"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("kontakt: error: cannot create the folder plain-file: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .trim_end()
            .ends_with("plain-file/output is unchanged"),
        "{}",
        run.stderr
    );
}

/// A folder the user may not write into. Root may write anywhere, so there this shows nothing
/// and says so; CI runs as root, developers' machines usually not.
#[cfg(unix)]
#[test]
fn a_folder_without_write_permission_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::shipped();
    let locked = f.dir.path().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();
    if fs::write(locked.join("probe"), "").is_ok() {
        eprintln!("running as root: permissions do not stop writes; nothing to show");
        return;
    }
    let run = f.run(&["build", "in", "--out", "locked/output"]);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("cannot create the lock file locked/.output.kontakt-lock: Permission denied"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_default_output_is_beside_the_input_wherever_kontakt_runs() {
    let f = Fixture::shipped();
    let elsewhere = tempfile::tempdir().unwrap();
    let input = f.path("").display().to_string();
    let run = common::run_in(elsewhere.path(), &[], &["build", &input]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(f.dir.path().join("output/contacts.json").exists());
    assert_eq!(fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    let check = common::run_in(elsewhere.path(), &[], &["build", &input, "--check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

#[test]
fn the_folder_kontakt_runs_in_is_never_an_output_folder() {
    let f = Fixture::shipped();
    let elsewhere = tempfile::tempdir().unwrap();
    let input = f.path("").display().to_string();
    let run = common::run_in(elsewhere.path(), &[], &["build", &input, "--out", "."]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("refusing to write to .: it is the folder kontakt runs in"),
        "{}",
        run.stderr
    );
    // A trailing `/.` is the same folder.
    let run = f.run(&["build", "in", "--out", "./out/."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(f.dir.path().join("out/contacts.json").exists());
}

#[test]
fn a_manifest_kontakt_cannot_read_is_named_as_such() {
    let f = Fixture::shipped();
    assert_eq!(f.run(&["build", "in", "--out", "out"]).code, 0);
    fs::write(f.dir.path().join("out/kontakt-manifest.json"), "{").unwrap();
    let run = f.run(&["build", "in", "--out", "out"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "  kontakt-manifest.json: not a manifest kontakt can read (edited or cut short)\n"
        ),
        "{}",
        run.stderr
    );
    let check = f.run(&["build", "in", "--out", "out", "--check"]);
    assert_eq!(check.code, 1);
    assert!(
        check
            .stdout
            .contains("kontakt-manifest.json: not a manifest kontakt can read"),
        "{}",
        check.stdout
    );
}

/// The project's schemas/ (where notify's recipients.json lives) is never an output folder,
/// even without --schemas and with --force.
#[test]
fn the_projects_schemas_folder_is_never_an_output_folder() {
    let f = Fixture::shipped();
    let schemas = f.dir.path().join("schemas");
    fs::create_dir(&schemas).unwrap();
    fs::write(schemas.join("recipients.json"), "{}").unwrap();
    let run = f.run(&["build", "in", "--out", "schemas", "--force"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("it is the reference data folder"),
        "{}",
        run.stderr
    );
    assert_eq!(
        fs::read_to_string(schemas.join("recipients.json")).unwrap(),
        "{}"
    );
}
