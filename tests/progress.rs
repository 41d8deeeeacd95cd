//! Progress on a terminal, and nothing when stderr is not one or with `--quiet`: a large input
//! run under `script` (a pseudo-terminal) and with stderr piped.
#![cfg(unix)]

mod common;

#[path = "../benches/support/synth.rs"]
mod synth;

use std::process::Command;

/// An input folder over the progress threshold (4 MB): about 30,000 rows.
fn large() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    for (name, bytes) in synth::csv_files(30_000) {
        std::fs::write(dir.path().join("in").join(name), bytes).unwrap();
    }
    let size: u64 = std::fs::read_dir(dir.path().join("in"))
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    assert!(size >= kontakt::progress::MIN_BYTES, "{size} bytes");
    dir
}

#[test]
fn progress_shows_on_a_terminal_only() {
    let dir = large();
    let piped = common::run_in(dir.path(), &[], &["check", "in"]);
    assert_eq!(piped.code, 0, "{}", piped.stdout);
    assert_eq!(
        piped.stderr, "",
        "nothing on a stderr that is not a terminal"
    );

    if !common::tool("script") {
        return;
    }
    let kontakt = assert_cmd::cargo::cargo_bin("kontakt");
    let on_terminal = |args: &str| {
        let out = Command::new("script")
            .current_dir(dir.path())
            .env("LANG", "sv_SE.UTF-8")
            .args(["-q", "-e", "-c"])
            .arg(format!("{} check in {args}", kontakt.display()))
            .arg("/dev/null")
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = on_terminal("");
    assert!(shown.contains("läser filerna"), "{shown}");
    // The report follows a cleared bar.
    assert!(shown.contains("0 fel, 0 varningar"), "{shown}");
    let quiet = on_terminal("--quiet");
    assert!(!quiet.contains("läser filerna"), "{quiet}");
}
