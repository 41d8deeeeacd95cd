//! The command line in Swedish, as a user with `LANG=sv_SE.UTF-8` meets it: help with its
//! defaults and values, clap's errors, a refused date, broken reference data, the manual page
//! and `--version`. English keeps clap's own words.

mod common;

use common::{repo, run_in};

const SV: [(&str, &str); 1] = [("LANG", "sv_SE.UTF-8")];

#[test]
fn help_says_defaults_and_possible_values_in_swedish() {
    let short = run_in(&repo(), &SV, &["check", "-h"]);
    assert_eq!(short.code, 0);
    for said in [
        "Användning: kontakt check [FLAGGOR] [INDATA]",
        "[INDATA]  Mappen med regionernas filer (eller en enda fil) [standard: input]",
        "Rapportens format [standard: human] [möjliga värden: human, json, github, html]",
        "--max-cells <CELLER>",
    ] {
        assert!(short.stdout.contains(said), "{said:?} in {}", short.stdout);
    }
    let long = run_in(&repo(), &SV, &["build", "--help"]);
    for said in [
        "Möjliga värden:\n          - human:  För människor:",
        "- 3.0: vCard 3.0 (RFC 2426)",
        "[standard: 3.0]",
        "--as-of <DATUM>",
    ] {
        assert!(long.stdout.contains(said), "{said:?} in {}", long.stdout);
    }
    for text in [&short.stdout, &long.stdout] {
        for english in [
            "Usage:",
            "Options:",
            "[default:",
            "Possible values",
            "possible values",
            "[OPTIONS]",
        ] {
            assert!(!text.contains(english), "{english:?} in {text}");
        }
    }
    let top = run_in(&repo(), &SV, &["--help"]);
    assert!(
        top.stdout
            .contains("Användning: kontakt [FLAGGOR] <KOMMANDO>"),
        "{}",
        top.stdout
    );
    assert!(
        top.stdout
            .contains("help         Visa den här hjälpen, eller hjälpen för de angivna kommandona"),
        "{}",
        top.stdout
    );
    // The positional arguments in the order they are given.
    let diff = run_in(&repo(), &SV, &["diff", "-h"]);
    let (old, new) = (
        diff.stdout.find("<GAMMAL>  ").unwrap(),
        diff.stdout.find("<NY>  ").unwrap(),
    );
    assert!(old < new, "{}", diff.stdout);
}

#[test]
fn command_line_errors_are_swedish_with_exit_2() {
    let cases: [(&[&str], &[&str]); 7] = [
        (
            &["check", "--frmat", "json"],
            &[
                "fel: okänt argument '--frmat'",
                "tips: det finns ett liknande argument: '--format'",
                "Användning: kontakt check [FLAGGOR] [INDATA]",
                "Mer information får du med '--help'.",
            ],
        ),
        (
            &["chekc"],
            &[
                "fel: okänt kommando 'chekc'",
                "tips: det finns ett liknande kommando: 'check'",
            ],
        ),
        (
            &["check", "--format", "pdf"],
            &[
                "fel: ogiltigt värde 'pdf' för '--format <FORMAT>'",
                "tips: möjliga värden: 'human', 'json', 'github', 'html'",
            ],
        ),
        (
            &["build", "--as-of", "2021-02-29"],
            &["fel: ogiltigt värde '2021-02-29' för '--as-of <DATUM>': 2021-02-29 är inget datum"],
        ),
        (
            &["build", "--as-of", "29/2"],
            &["skriv datumet som ÅÅÅÅ-MM-DD"],
        ),
        (
            &["check", "--max-findings", "abc"],
            &[
                "fel: ogiltigt värde 'abc' för '--max-findings <N>': skriv ett heltal med bara siffror",
            ],
        ),
        (
            &["build", "--check", "--force"],
            &["fel: '--check' kan inte användas tillsammans med '--force'"],
        ),
    ];
    for (args, said) in cases {
        let run = run_in(&repo(), &SV, args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        for s in said {
            assert!(run.stderr.contains(s), "{args:?}: {s:?} in {}", run.stderr);
        }
        for english in ["error:", "tip:", "Usage:", "For more information"] {
            assert!(
                !run.stderr.contains(english),
                "{english:?} in {}",
                run.stderr
            );
        }
    }
    let missing = run_in(&repo(), &SV, &["diff"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .contains("fel: följande argument måste anges: '<GAMMAL>', '<NY>'"),
        "{}",
        missing.stderr
    );
    // English keeps clap's own words.
    let english = run_in(&repo(), &[], &["check", "--frmat", "json"]);
    assert_eq!(english.code, 2);
    assert!(
        english
            .stderr
            .contains("error: unexpected argument '--frmat' found"),
        "{}",
        english.stderr
    );
    assert!(
        english
            .stderr
            .contains("tip: a similar argument exists: '--format'")
    );
}

#[test]
fn broken_reference_data_is_said_in_swedish() {
    let dir = tempfile::tempdir().unwrap();
    let missing = run_in(dir.path(), &SV, &["check", "in", "--schemas", "nowhere"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains(
            "referensdatan (schemas) är felaktig: mappen nowhere med referensdata finns inte"
        ),
        "{}",
        missing.stderr
    );
    std::fs::create_dir(dir.path().join("schemas")).unwrap();
    std::fs::write(
        dir.path().join("schemas/lan.json"),
        "{\"lan\": [\n  {\"name\": 3}\n]}",
    )
    .unwrap();
    let broken = run_in(dir.path(), &SV, &["check", "in", "--schemas", "schemas"]);
    assert_eq!(broken.code, 2);
    assert!(
        broken
            .stderr
            .contains("lan.json går inte att läsa: fel innehåll på rad 2, kolumn 12:"),
        "{}",
        broken.stderr
    );
    std::fs::write(dir.path().join("schemas/lan.json"), "{\"lan\": [").unwrap();
    let cut = run_in(dir.path(), &SV, &["check", "in", "--schemas", "schemas"]);
    assert!(
        cut.stderr
            .contains("lan.json går inte att läsa: filen tar slut mitt i (rad 1, kolumn 9)"),
        "{}",
        cut.stderr
    );
}

#[test]
fn the_manual_page_and_version_are_swedish() {
    let man = run_in(&repo(), &SV, &["man"]);
    assert_eq!(man.code, 0);
    for said in [
        ".SH NAMN\n",
        ".SH BESKRIVNING\n",
        ".SH FLAGGOR\n",
        ".SH \"KONTAKT CHECK\"\n",
        ".SS Flaggor\n",
        ".SH SLUTKOD\n",
        ".SH ÖVERSIKT\n",
        "\"kontakt 0.1.0\" Användarkommandon\n",
        "Problem i data: minst ett fel",
        "Möjliga värden:\n.br\n\\- human:",
    ] {
        assert!(man.stdout.contains(said), "{said:?} in the page");
    }
    for english in [
        ".SH NAME",
        ".SH OPTIONS",
        "EXIT STATUS",
        "[default:",
        "Possible values",
    ] {
        assert!(!man.stdout.contains(english), "{english:?} in the page");
    }
    let version = run_in(&repo(), &SV, &["--version"]);
    assert!(
        version
            .stdout
            .contains("Sverige från schemas/phonenumber-se.xml"),
        "{}",
        version.stdout
    );
}

#[test]
fn completion_scripts_describe_values_in_swedish() {
    for shell in ["fish", "zsh"] {
        let run = run_in(&repo(), &SV, &["completions", shell]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for said in ["För människor", "Engelska", "Rapportens format"] {
            assert!(run.stdout.contains(said), "{shell}: {said:?}");
        }
        for english in ["For people", "English", "Report format"] {
            assert!(!run.stdout.contains(english), "{shell}: {english:?}");
        }
    }
}
