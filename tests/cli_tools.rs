//! What people expect of a modern command line: completions the shells accept, a man page `man`
//! renders without warnings, and `--version` naming the phone metadata in use.

mod common;

use std::process::Command;

fn kontakt(args: &[&str]) -> Vec<u8> {
    let run = assert_cmd::Command::cargo_bin("kontakt")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    run.stdout
}

/// Run `program args… FILE` on `bytes` written to FILE and require it to accept the file. A program
/// that is not installed is said and skipped, unless KONTAKT_REQUIRE_TOOLS is set: `.ci/run`
/// installs zsh, fish and man-db and sets it.
fn accepts(program: &str, args: &[&str], bytes: &[u8]) -> Option<std::process::Output> {
    if !common::tool(program) {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("script");
    std::fs::write(&file, bytes).unwrap();
    let out = Command::new(program)
        .args(args)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{program} rejects the script:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(out)
}

#[test]
fn completions_are_scripts_each_shell_accepts() {
    let bash = kontakt(&["completions", "bash"]);
    accepts("bash", &["-n"], &bash);
    assert!(String::from_utf8_lossy(&bash).contains("complete -F _kontakt"));
    // The subcommands and their options are completed.
    for word in [
        "explain",
        "--deny-warnings",
        "--summary",
        "--smtp-ca",
        "--allow-http",
    ] {
        assert!(String::from_utf8_lossy(&bash).contains(word), "{word}");
    }
    accepts("zsh", &["-n"], &kontakt(&["completions", "zsh"]));
    accepts(
        "fish",
        &["--no-execute"],
        &kontakt(&["completions", "fish"]),
    );
    let ps = String::from_utf8(kontakt(&["completions", "powershell"])).unwrap();
    assert!(ps.contains("Register-ArgumentCompleter -Native -CommandName 'kontakt'"));
}

#[test]
fn the_man_page_renders_without_warnings_and_covers_every_subcommand() {
    let page = kontakt(&["man"]);
    let Some(out) = accepts("man", &["--warnings", "-l"], &page) else {
        return;
    };
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let text = String::from_utf8_lossy(&out.stdout);
    for section in [
        "KONTAKT CHECK",
        "KONTAKT BUILD",
        "KONTAKT DIFF",
        "KONTAKT NOTIFY",
        "KONTAKT PUBLISH",
        "KONTAKT TEMPLATE",
        "KONTAKT EXPLAIN",
    ] {
        assert!(text.contains(section), "{section} in {text}");
    }
    assert!(text.contains("--deny-warnings"));
}

#[test]
fn version_names_the_phone_metadata_in_use() {
    let version = String::from_utf8(kontakt(&["--version"])).unwrap();
    let metadata = kontakt::phone_metadata_version!();
    assert_eq!(
        version.lines().next().unwrap(),
        format!("kontakt {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(
        version.contains(&format!("libphonenumber metadata {metadata}")),
        "{version}"
    );
    // The version said is the one built in: the phonenumber crate's, from Cargo.lock, and the one
    // schemas/phonenumber-se.xml was cut from.
    let lock = std::fs::read_to_string(common::repo().join("Cargo.lock")).unwrap();
    let crate_version = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"phonenumber\""))
        .and_then(|p| p.lines().find(|l| l.starts_with("version = ")))
        .unwrap();
    assert!(
        crate_version.ends_with(&format!("+{metadata}\"")),
        "{crate_version}"
    );
    let xml = std::fs::read_to_string(common::repo().join("schemas/phonenumber-se.xml")).unwrap();
    assert!(xml.contains(&format!("PhoneNumberMetadata.xml {metadata}")));
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("kontakt"))
        .args(["completions", "fish"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
}
