//! `kontakt explain`: every rule's example triggers it, the texts are complete, and values are
//! read step by step as `check` reads them.

mod common;

use kontakt::diagnostic::Code;
use kontakt::i18n::Lang;
use kontakt::rules::{Example, rule};

#[test]
fn every_csv_example_makes_check_report_its_rule() {
    let mut failed = Vec::new();
    for code in Code::ALL {
        let Example::Csv { file, text } = rule(*code).example else {
            continue;
        };
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("in")).unwrap();
        std::fs::write(dir.path().join("in").join(file), text).unwrap();
        let run = common::run_in(
            dir.path(),
            &[],
            &["check", "in", "--verbose", "--format", "json"],
        );
        let needle = format!("\"code\": \"{}\"", code.as_str());
        if !run.stdout.contains(&needle) {
            failed.push(code.as_str());
        }
    }
    assert!(
        failed.is_empty(),
        "examples that do not trigger their rule: {failed:?}"
    );
}

#[test]
fn explain_shows_what_check_reports_on_every_example() {
    for code in Code::ALL {
        let run = common::run_in(&common::repo(), &[], &["explain", code.as_str()]);
        assert_eq!(run.code, 0, "{}: {}", code.as_str(), run.stderr);
        if let Example::Csv { .. } = rule(*code).example {
            let reported = run
                .stdout
                .split("kontakt check reports:")
                .nth(1)
                .unwrap_or_default();
            assert!(
                reported.contains(&format!("[{}]: ", code.as_str())),
                "{}",
                run.stdout
            );
        }
    }
}

#[test]
fn only_what_a_csv_file_cannot_show_is_described_in_words() {
    let described: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| matches!(rule(**c).example, Example::Described))
        .map(|c| c.as_str())
        .collect();
    assert_eq!(
        described,
        [
            "file-unreadable",
            "file-too-large",
            "file-limit",
            "file-encrypted",
            "sheet-skipped",
            "cell-formula-uncached",
            "cell-error",
            "check-one-file",
            "export-stale",
        ]
    );
    for code in Code::ALL {
        let r = rule(*code);
        assert_eq!(r.code, *code);
        let mut texts = vec![r.summary(), r.explanation(), r.fix()];
        if let Example::Described = r.example {
            texts.push(r.described());
        }
        for lang in [Lang::En, Lang::Sv] {
            for text in &texts {
                let shown = text.render(lang);
                // A missing message shows its id.
                assert!(
                    !shown.trim().is_empty() && shown != text.id,
                    "{lang:?} {}: {shown:?}",
                    code.as_str()
                );
            }
        }
    }
}

#[test]
fn explain_code_shows_the_meaning_the_checked_example_and_the_fix() {
    let run = common::run_in(&common::repo(), &[], &["explain", "phone-letters"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r = rule(Code::PhoneLetters);
    assert!(
        run.stdout.starts_with(&format!(
            "phone-letters (error)\n\n{}\n",
            r.summary().render(Lang::En)
        )),
        "{}",
        run.stdout
    );
    for heading in [
        "\nWhat it means\n",
        "\nExample\n",
        "kontakt check reports:",
        "\nHow to fix it\n",
    ] {
        assert!(
            run.stdout.contains(heading),
            "{heading:?} in {}",
            run.stdout
        );
    }
    // The example as kontakt checks it now, not a copy that could go stale.
    assert!(
        run.stdout.contains("error[phone-letters]: "),
        "{}",
        run.stdout
    );
}

#[test]
fn explain_speaks_swedish_from_the_headings_to_the_checked_example() {
    let run = common::run_in(
        &common::repo(),
        &[("LANG", "sv_SE.UTF-8")],
        &["explain", "phone-letters"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r = rule(Code::PhoneLetters);
    assert!(
        run.stdout.starts_with(&format!(
            "phone-letters (fel)\n\n{}\n",
            r.summary().render(Lang::Sv)
        )),
        "{}",
        run.stdout
    );
    for said in [
        "\nVad det betyder\n",
        "\nExempel\n",
        "En mapp med bara syd.csv:",
        "kontakt check rapporterar:",
        // The example's finding as check reports it in Swedish.
        "fel[phone-letters]: \"040-34 1O 00\" innehåller bokstaven 'O'",
        "= hjälp: ",
        "\nSå rättar du det\n",
    ] {
        assert!(run.stdout.contains(said), "{said:?} in {}", run.stdout);
    }
    for english in [
        "What it means",
        "How to fix",
        "reports:",
        "help:",
        "(error)",
    ] {
        assert!(
            !run.stdout.contains(english),
            "{english:?} in {}",
            run.stdout
        );
    }

    let list = common::run_in(&common::repo(), &[], &["--lang", "sv", "explain"]);
    assert!(
        list.stdout
            .contains("phone-letters           fel       en bokstav i ett telefonnummer"),
        "{}",
        list.stdout
    );
    assert!(
        list.stdout.contains("`kontakt explain KOD` berättar mer"),
        "{}",
        list.stdout
    );

    let phone = common::run_in(
        &common::repo(),
        &[],
        &[
            "--lang",
            "sv",
            "explain",
            "--phone",
            "08/627 71 78 ankn. 12",
        ],
    );
    assert_eq!(phone.code, 0, "{}", phone.stderr);
    for said in [
        "Telefoncell \"08/627 71 78 ankn. 12\"",
        "Delas i 1 del (vid , ; / och orden eller, alt. och och):",
        "typ:             fast telefon",
        "anknytning:      12 (hålls isär: en telefon slår den efter en paus, när samtalet har besvarats)",
        "Behålls: 08-627 71 78",
        "varning[phone-extension]:",
    ] {
        assert!(phone.stdout.contains(said), "{said:?} in {}", phone.stdout);
    }

    let email = common::run_in(
        &common::repo(),
        &[],
        &[
            "--lang",
            "sv",
            "explain",
            "--email",
            "eva.norlin\u{200B}@umea.se",
        ],
    );
    for said in [
        "osynliga tecken som tas bort: U+200B (nollbreddsmellanslag)",
        "Delas i 1 adress",
        "behålls som:    eva.norlin@umea.se",
    ] {
        assert!(email.stdout.contains(said), "{said:?} in {}", email.stdout);
    }

    let lan = common::run_in(
        &common::repo(),
        &[],
        &["--lang", "sv", "explain", "--lan", "Skåne, Västra Götland"],
    );
    assert_eq!(lan.code, 1);
    for said in [
        "\"Skåne\" → Skåne län (länsbokstav M, SCB 12)",
        "\"Västra Götland\" → inget län",
        "= hjälp: menade du Västra Götaland?",
    ] {
        assert!(lan.stdout.contains(said), "{said:?} in {}", lan.stdout);
    }
}

#[test]
fn explain_lists_every_rule_and_suggests_the_nearest_code() {
    let all = common::run_in(&common::repo(), &[], &["explain"]);
    assert_eq!(all.code, 0);
    for code in Code::ALL {
        assert!(all.stdout.contains(code.as_str()), "{}", code.as_str());
    }
    let typo = common::run_in(&common::repo(), &[], &["explain", "phone-invlaid"]);
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr
            .contains("tip: a similar value exists: 'phone-invalid'"),
        "{}",
        typo.stderr
    );
}

#[test]
fn explain_phone_shows_each_step_of_a_cell() {
    let run = common::run_in(
        &common::repo(),
        &[],
        &["explain", "--phone", "08/627 71 78"],
    );
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "Phone cell \"08/627 71 78\"\n\nSplit into 1 piece (at , ; / eller alt. och):\n\n  1. \"08/627 71 78\"\n     E.164:          +4686277178\n     type:           fixed line\n     written form:   08-627 71 78\n     international:  +46 8 627 71 78\n\nKept: 08-627 71 78\n\nFindings: none\n"
    );
    let two = common::run_in(
        &common::repo(),
        &[],
        &[
            "explain",
            "--phone",
            "Tel: 070-123 45 67 / 08-508 437 26 ankn. 12",
        ],
    );
    assert_eq!(two.code, 0);
    for needle in [
        "Split into 2 pieces",
        "  1. \"Tel: 070-123 45 67\"\n     labels, brackets and extension removed: \"070-123 45 67\"\n     E.164:          +46701234567\n     type:           mobile\n",
        "     extension:      12 (kept apart: a phone dials it after a pause, once the call is answered)\n",
        "Kept: 070-123 45 67, 08-508 437 26\n",
        "warning[phone-extension]",
    ] {
        assert!(two.stdout.contains(needle), "{needle:?} in {}", two.stdout);
    }
    // A number cell, as Excel keeps digits typed without a leading apostrophe.
    let number = common::run_in(&common::repo(), &[], &["explain", "--phone", "=701234567"]);
    assert!(
        number
            .stdout
            .contains("A number cell: read as the digits 0701234567"),
        "{}",
        number.stdout
    );
    assert!(
        number.stdout.contains("warning[phone-stored-as-number]"),
        "{}",
        number.stdout
    );
    let bad = common::run_in(&common::repo(), &[], &["explain", "--phone", "070-12"]);
    assert_eq!(bad.code, 1);
    assert!(
        bad.stdout.contains("not a phone number\n"),
        "{}",
        bad.stdout
    );
    assert!(bad.stdout.contains("Kept: nothing\n"), "{}", bad.stdout);
}

#[test]
fn explain_email_and_lan_show_what_each_part_became() {
    let email = common::run_in(
        &common::repo(),
        &[],
        &[
            "explain",
            "--email",
            "mailto:Eva%2ENorlin@UMEA.se; bo@exempel",
        ],
    );
    assert_eq!(email.code, 1);
    for needle in [
        "Split into 2 addresses",
        "  1. \"Eva.Norlin@UMEA.se\"\n     decoded from the link \"mailto:Eva%2ENorlin@UMEA.se\"\n     local part:     Eva.Norlin\n     domain:         umea.se\n",
        "  2. \"bo@exempel\"\n     not valid: ",
        "Kept: Eva.Norlin@umea.se\n",
        "error[email-invalid]",
    ] {
        assert!(
            email.stdout.contains(needle),
            "{needle:?} in {}",
            email.stdout
        );
    }
    let lan = common::run_in(
        &common::repo(),
        &[],
        &["explain", "--lan", "O, Halland och Skane"],
    );
    assert_eq!(lan.code, 1);
    assert_eq!(
        lan.stdout,
        "Län cell \"O, Halland och Skane\"\n\nSplit into 3 names (at , ; / och &):\n\n  1. \"O\" → Västra Götalands län (letter code O, SCB 14)\n  2. \"Halland\" → Hallands län (letter code N, SCB 13)\n  3. \"Skane\" → not a län\n\nFindings:\n  cell: error[lan-unknown]: \"Skane\" is not a län\n    = help: did you mean Skåne?\n"
    );
}
