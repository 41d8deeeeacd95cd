//! `kontakt publish` against a real CardDAV server: Radicale on 127.0.0.1 (installed by
//! `.ci/run` from PyPI; skipped with a note when missing, unless KONTAKT_REQUIRE_TOOLS is set).
//! A proxy in front of it records each request, so the tests assert what went over the wire:
//! how many PUTs and DELETEs, and with which conditions.

mod common;

use common::radicale::{self, Proxy, Radicale, lines, split_cards};
use common::{Fixture, Run, tool};

/// Radicale with its files in the fixture's folder, or `None` (skipped) without it.
fn server(f: &Fixture) -> Option<Radicale> {
    tool("radicale").then(|| Radicale::start(&f.dir.path().join("radicale"), None))
}

fn publish(f: &Fixture, url: &str, extra: &[&str]) -> Run {
    let mut args = vec!["publish", url, "--input", "in"];
    args.extend_from_slice(extra);
    f.run_env(&radicale::env(), &args)
}

/// Lines of a run that start with `word`.
fn said<'a>(run: &'a Run, word: &str) -> Vec<&'a str> {
    run.stdout
        .lines()
        .filter(|l| l.starts_with(&format!("{word} ")))
        .collect()
}

/// The shipped Mitt file with Anna Runesson's mobile changed, Mikaella Matta Salinas gone and
/// Karin Berg added.
fn next_month(f: &Fixture) {
    let text = String::from_utf8(f.read("mitt.csv")).unwrap();
    let text = text.replace("072-1420160", "072-1420161");
    let text: String = text
        .split_inclusive('\n')
        .filter(|l| !l.contains("Matta Salinas"))
        .collect();
    let text = format!(
        "{text}Mitt,Karin,Berg,karin.berg@uppsala.se,018-7278300,,\"Västmanland, Gävleborg, Uppsala\"\n"
    );
    f.write("mitt.csv", text);
}

#[test]
fn the_shipped_directory_is_published_and_reads_back_as_the_exported_vcards() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    let proxy = Proxy::start(&server, None);
    let run = publish(&f, &proxy.url(), &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(said(&run, "added").len(), 19, "{}", run.stdout);
    assert!(
        run.stdout
            .contains(": 19 added, 0 changed, 0 removed, 0 unchanged"),
        "{}",
        run.stdout
    );
    let puts = proxy.changes();
    assert_eq!(puts.len(), 19);
    assert!(
        puts.iter()
            .all(|s| s.method == "PUT" && s.if_none_match && !s.if_match)
    );

    // Every card on the server is a card of the exported all.vcf, with kontakt's mark.
    let exported = std::fs::read_to_string(common::repo().join("output/vcard/all.vcf")).unwrap();
    let mut expected: Vec<Vec<String>> = split_cards(&exported).iter().map(|c| lines(c)).collect();
    let mut found: Vec<Vec<String>> = Vec::new();
    for (href, (_, card)) in server.cards() {
        assert!(card.contains("X-KONTAKT-PUBLISHED:"), "{href}: {card}");
        let uid = card
            .lines()
            .find_map(|l| l.strip_prefix("UID:urn:uuid:"))
            .unwrap()
            .trim();
        assert!(
            href.ends_with(&format!("/{uid}.vcf")),
            "{href} is named by its UID"
        );
        found.push(lines(&card));
    }
    expected.sort();
    found.sort();
    assert_eq!(found.len(), 19);
    assert_eq!(found, expected);

    // A second run changes nothing and says so.
    let again = publish(&f, &proxy.url(), &[]);
    assert_eq!(again.code, 0, "{}", again.stdout);
    assert!(
        again
            .stdout
            .contains("is up to date: 19 cards, nothing changed"),
        "{}",
        again.stdout
    );
    assert_eq!(
        proxy.changes().len(),
        19,
        "no PUT or DELETE the second time"
    );
}

#[test]
fn a_months_changes_are_one_put_if_match_one_delete_and_one_new_put() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    assert_eq!(publish(&f, &server.url(), &[]).code, 0);
    next_month(&f);

    let proxy = Proxy::start(&server, None);
    let dry = publish(&f, &proxy.url(), &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stdout);
    assert_eq!(
        dry.stdout.lines().collect::<Vec<_>>()[..3],
        [
            "would add    Karin Berg (Mitt)",
            "would change Anna Runesson (Mitt): TEL",
            "would remove Mikaella Matta Salinas (Mitt)",
        ]
    );
    assert!(
        dry.stdout
            .contains("1 would be added, 1 changed, 1 removed, 17 are unchanged; nothing was sent")
    );
    assert!(
        proxy.changes().is_empty(),
        "a dry run sends no PUT or DELETE"
    );

    let run = publish(&f, &proxy.url(), &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let changes = proxy.changes();
    let count = |method: &str, if_match: bool, if_none_match: bool| {
        changes
            .iter()
            .filter(|s| {
                s.method == method && s.if_match == if_match && s.if_none_match == if_none_match
            })
            .count()
    };
    assert_eq!(changes.len(), 3, "{changes:?}");
    assert_eq!(count("PUT", true, false), 1, "one PUT with If-Match");
    assert_eq!(count("DELETE", true, false), 1, "one DELETE with If-Match");
    assert_eq!(count("PUT", false, true), 1, "one PUT without If-Match");
    run.expect("changed     Anna Runesson (Mitt): TEL (PUT If-Match, 204 No Content)")
        .expect("added       Karin Berg (Mitt) (PUT If-None-Match, 201 Created)")
        .expect("removed     Mikaella Matta Salinas (Mitt): no longer in the directory (DELETE If-Match, 200 OK)")
        .expect(": 1 added, 1 changed, 1 removed, 17 unchanged");
    let cards: Vec<String> = server.cards().into_values().map(|(_, c)| c).collect();
    assert_eq!(cards.len(), 19);
    assert!(cards.iter().any(|c| c.contains("+46 72 142 01 61")));
    assert!(!cards.iter().any(|c| c.contains("Matta Salinas")));
    assert!(cards.iter().any(|c| c.contains("FN:Karin Berg")));
}

#[test]
fn a_card_added_by_hand_is_left_alone() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    assert_eq!(publish(&f, &server.url(), &[]).code, 0);
    let hand = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:hand-1\r\nFN:Polisen Syd\r\nN:;Polisen Syd;;;\r\nTEL:114 14\r\nEND:VCARD\r\n";
    let href = format!("{}polisen.vcf", server.url());
    let (status, _, _) = server.request("PUT", &href, &[("Content-Type", "text/vcard")], hand);
    assert_eq!(status, 201);
    let before = server.cards();

    next_month(&f);
    let proxy = Proxy::start(&server, None);
    let run = publish(&f, &proxy.url(), &["--force"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    run.expect("1 card kontakt did not publish was left alone");
    assert_eq!(proxy.changes().len(), 3, "{:?}", proxy.changes());
    assert!(
        !proxy
            .changes()
            .iter()
            .any(|s| s.path.ends_with("/polisen.vcf")),
        "no request touches the hand-made card, even with --force"
    );
    let after = server.cards();
    let key = before.keys().find(|k| k.ends_with("/polisen.vcf")).unwrap();
    assert_eq!(
        after.get(key),
        before.get(key),
        "the hand-made card is as it was"
    );
    assert_eq!(after.len(), 20);
}

#[test]
fn a_published_card_changed_by_hand_is_reported_not_overwritten_unless_forced() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    assert_eq!(publish(&f, &server.url(), &[]).code, 0);
    let (href, (etag, card)) = server
        .cards()
        .into_iter()
        .find(|(_, (_, c))| c.contains("FN:Anna Runesson"))
        .unwrap();
    let edited = card.replace("+46 72 142 01 60", "+46 70 000 00 00");
    assert_ne!(edited, card);
    let url = format!("{}{href}", server.base());
    let (status, _, _) = server.request(
        "PUT",
        &url,
        &[("Content-Type", "text/vcard"), ("If-Match", &etag)],
        &edited,
    );
    assert!((200..300).contains(&status), "{status}");

    next_month(&f);
    let run = publish(&f, &server.url(), &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    run.expect("CONFLICT    Anna Runesson (Mitt): the card was changed on the server since kontakt published it; not overwritten (changed: TEL). Overwrite with --force")
        .expect("; 1 conflict, not changed");
    let now = &server.cards()[&href].1;
    assert!(
        now.contains("+46 70 000 00 00"),
        "the hand change stays: {now}"
    );

    let forced = publish(&f, &server.url(), &["--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stdout);
    forced.expect("changed     Anna Runesson (Mitt): TEL; the change made on the server was overwritten (--force)");
    assert!(server.cards()[&href].1.contains("+46 72 142 01 61"));
}

#[test]
fn a_wrong_password_is_said_clearly_and_nothing_is_sent() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    let run = f.run_env(
        &[
            ("KONTAKT_CARDDAV_USER", radicale::USER),
            ("KONTAKT_CARDDAV_PASSWORD", "fel"),
        ],
        &["publish", &server.url(), "--input", "in"],
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("the server refused the user name or password")
            && run
                .stderr
                .contains("(401): check KONTAKT_CARDDAV_USER and KONTAKT_CARDDAV_PASSWORD"),
        "{}",
        run.stderr
    );
    let token = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(format!("{}:fel", radicale::USER))
    };
    for shown in [&run.stdout, &run.stderr] {
        assert!(!shown.contains("fel") && !shown.contains(&token), "{shown}");
    }
    let none = f.run(&["publish", &server.url(), "--input", "in"]);
    assert_eq!(none.code, 2);
    assert!(
        none.stderr
            .contains("needs a login (401): set KONTAKT_CARDDAV_USER"),
        "{}",
        none.stderr
    );
    assert!(server.cards().is_empty());
}

#[test]
fn a_server_stopped_mid_run_leaves_a_record_and_a_rerun_completes_the_rest() {
    let f = Fixture::shipped();
    let Some(mut server) = server(&f) else { return };
    let proxy = Proxy::start(&server, Some(6));
    let run = publish(&f, &proxy.url(), &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let added = said(&run, "added");
    assert_eq!(added.len(), 5, "{}", run.stdout);
    assert_eq!(said(&run, "FAILED").len(), 1, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("FAILED      Jenny Selenius (Stockholm): no answer from the server ("),
        "{}",
        run.stdout
    );
    run.expect(": 5 added, 0 changed, 0 removed, 0 unchanged; 1 failed; 13 not sent: run again when the server answers");

    server.restart();
    let published = server.cards();
    assert_eq!(
        published.len(),
        5,
        "what was reported added is what the server holds"
    );
    for line in &added {
        let name = line
            .trim_start_matches("added")
            .trim()
            .split(" (")
            .next()
            .unwrap();
        let fn_line = format!("FN:{name}");
        assert!(
            published
                .values()
                .any(|(_, c)| c.lines().any(|l| l.trim_end() == fn_line)),
            "{name}"
        );
    }
    let rerun = publish(&f, &server.url(), &[]);
    assert_eq!(rerun.code, 0, "{}", rerun.stdout);
    rerun.expect(": 14 added, 0 changed, 0 removed, 5 unchanged");
    assert_eq!(server.cards().len(), 19);
}

#[test]
fn the_address_must_be_an_address_book() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    let account = format!("{}/{}/", server.base(), radicale::USER);
    let run = publish(&f, &account, &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("is not an address book (CardDAV)"),
        "{}",
        run.stderr
    );
    let missing = publish(&f, &format!("{account}saknas/"), &[]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("there is no address book at"),
        "{}",
        missing.stderr
    );
}

#[test]
fn an_input_with_errors_publishes_nothing() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    let text = String::from_utf8(f.read("mitt.csv")).unwrap();
    f.write(
        "mitt.csv",
        text.replace("anna.runesson@vasteras.se", "anna.runesson@"),
    );
    let proxy = Proxy::start(&server, None);
    let run = publish(&f, &proxy.url(), &[]);
    assert_eq!(run.code, 1);
    run.expect("the input has 1 error: nothing was published. See it with kontakt check in");
    let seen = proxy.seen.lock().unwrap();
    assert!(
        seen.iter()
            .all(|s| s.method == "PROPFIND" || s.method == "REPORT"),
        "the address book is read, nothing is sent: {seen:?}"
    );
}

#[test]
fn https_with_a_private_ca_and_a_clear_error_without_it() {
    let f = Fixture::shipped();
    if !tool("radicale") {
        return;
    }
    let pki = common::smtp::pki(f.dir.path(), "dav");
    let server = Radicale::start(
        &f.dir.path().join("radicale"),
        Some((pki.cert.as_path(), pki.key.as_path())),
    );
    let untrusted = publish(&f, &server.url(), &[]);
    assert_eq!(untrusted.code, 2);
    assert!(
        untrusted
            .stderr
            .contains("has a certificate that cannot be trusted")
            && untrusted.stderr.contains("--ca FILE"),
        "{}",
        untrusted.stderr
    );
    let ca = pki.ca.display().to_string();
    let run = publish(&f, &server.url(), &["--ca", &ca]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(said(&run, "added").len(), 19);
}

#[test]
fn plain_http_goes_only_to_this_machine_unless_insisted() {
    let f = Fixture::shipped();
    let run = publish(&f, "http://moln.example.se/dav/adressbok/", &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("is plain http:// to another machine"),
        "{}",
        run.stderr
    );
    let creds = f.run_env(
        &radicale::env(),
        &[
            "publish",
            "https://anna:x@moln.example.se/ab/",
            "--input",
            "in",
        ],
    );
    assert_eq!(creds.code, 2);
    assert!(
        creds
            .stderr
            .contains("do not put a user name or password in the URL")
    );
    let half = f.run_env(
        &[("KONTAKT_CARDDAV_USER", "anna")],
        &["publish", "https://moln.example.se/ab/", "--input", "in"],
    );
    assert_eq!(half.code, 2);
    assert!(
        half.stderr.contains("KONTAKT_CARDDAV_PASSWORD is not set"),
        "{}",
        half.stderr
    );
}

#[test]
fn a_phone_extension_survives_the_servers_rewriting_and_a_rerun_changes_nothing() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    let text = String::from_utf8(f.read("mitt.csv")).unwrap();
    f.write(
        "mitt.csv",
        text.replace("018-7278325", "018-7278325 ankn. 123"),
    );
    let run = publish(&f, &server.url(), &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let card = server
        .cards()
        .into_values()
        .map(|(_, c)| c)
        .find(|c| c.contains("FN:Mikaella Matta Salinas"))
        .unwrap();
    // Radicale keeps the number up to the comma; the NOTE keeps the extension in words.
    assert!(card.contains("ankn. 123"), "{card}");
    let again = publish(&f, &server.url(), &[]);
    assert_eq!(again.code, 0, "{}", again.stdout);
    again
        .expect("note        Mikaella Matta Salinas (Mitt): the server keeps +46 18 727 83 25,123 without the extension after the comma")
        .expect("is up to date: 19 cards, nothing changed");
}

#[test]
fn a_hand_made_card_with_a_directory_contacts_uid_is_a_conflict_and_never_touched() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    // Someone imported the region's file into the address book by hand: the card has the
    // contact's UID but not kontakt's mark.
    let exported = std::fs::read_to_string(common::repo().join("output/vcard/mitt.vcf")).unwrap();
    let imported = split_cards(&exported)
        .into_iter()
        .find(|c| c.contains("FN:Anna Runesson"))
        .unwrap();
    let href = format!("{}import.vcf", server.url());
    let (status, _, _) = server.request("PUT", &href, &[("Content-Type", "text/vcard")], &imported);
    assert_eq!(status, 201);
    let before = server.cards();
    for extra in [&[][..], &["--force"][..]] {
        let run = publish(&f, &server.url(), extra);
        assert_eq!(run.code, 1, "{}", run.stdout);
        assert!(
            run.stdout.contains("CONFLICT    Anna Runesson (Mitt): ")
                && run.stdout.contains(
                    "/import.vcf has the same UID but was not published by kontakt; not touched"
                ),
            "{}",
            run.stdout
        );
    }
    let after = server.cards();
    let key = before.keys().find(|k| k.ends_with("/import.vcf")).unwrap();
    assert_eq!(after.get(key), before.get(key));
    assert_eq!(after.len(), 19, "18 published and the hand-made one");
}

#[test]
fn the_lines_and_summary_are_swedish_with_lang_sv() {
    let f = Fixture::shipped();
    let Some(server) = server(&f) else { return };
    let url = server.url();
    let args = ["--lang", "sv", "publish", url.as_str(), "--input", "in"];
    let run = f.run_env(&radicale::env(), &args);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(said(&run, "tillagd").len(), 19, "{}", run.stdout);
    run.expect(": 19 tillagda, 0 ändrade, 0 borttagna, 0 oförändrade");
    next_month(&f);
    let run = f.run_env(&radicale::env(), &args);
    run.expect("ändrad      Anna Runesson (Mitt): TEL (PUT If-Match, 204 No Content)")
        .expect("borttagen   Mikaella Matta Salinas (Mitt): finns inte längre i katalogen")
        .expect(": 1 tillagd, 1 ändrad, 1 borttagen, 17 oförändrade");
    let run = f.run_env(&radicale::env(), &args);
    run.expect("är redan aktuell: 19 kort, inget ändrades");
}
