//! `kontakt notify` against a real SMTP server on 127.0.0.1 (mailin-embedded, speaking SMTP
//! over TCP in this process), and into the outbox. What the server received is read back:
//! envelope recipients, decoded Swedish subject and body, the attachment.

mod common;

use std::net::TcpListener;

use common::Fixture;
use common::smtp::server;
use mail_parser::{MessageParser, MimeHeaders};

/// The shipped input with one bad phone in Väst and one changed phone in Syd.
fn month() -> Fixture {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-36793");
    f.write("vast.csv", vast);
    f
}

/// The addresses a message's `To:` names.
fn to(msg: &mail_parser::Message<'_>) -> Vec<String> {
    msg.to()
        .map(|list| {
            list.iter()
                .filter_map(|a| a.address().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn notify(f: &Fixture, extra: &[&str]) -> common::Run {
    let previous = common::last_month();
    let mut args = vec!["--previous", previous.as_str()];
    args.extend_from_slice(extra);
    common::notify(f, &args)
}

#[test]
fn each_region_gets_its_findings_and_the_coordinator_a_summary() {
    let (port, mails) = server();
    let f = month();
    let url = format!("smtp://127.0.0.1:{port}");
    let run = notify(&f, &["--smtp", &url]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    run.expect("ok     vast: sent")
        .expect("ok     sammanfattning: sent")
        .expect("2 messages, none failed");
    let mails = mails.lock().unwrap().clone();
    assert_eq!(mails.len(), 2);
    let vast = &mails[0];
    assert_eq!(
        vast.to,
        [
            "asa.ekman@socialcentrum.goteborg.se",
            "emilie.holmstrom@socialcentrum.goteborg.se",
            "mats.paulsson@jamy.se"
        ]
    );
    let msg = MessageParser::default().parse(&vast.data).unwrap();
    assert_eq!(
        msg.subject(),
        Some("Regionkoordinatorer 2021-10: Väst – 1 fel, 0 varningar, 1 ändring")
    );
    let body = msg.body_text(0).unwrap();
    assert!(body.contains("Rätta dem i kalkylbladet"), "{body}");
    // The finding is Swedish too, from subject to attachment.
    assert!(body.contains("- rad 2, kolumn 3 i filen in/vast.csv (fel, phone-invalid): telefonnumret \"031-36793\" är inte ett giltigt nummer"), "{body}");
    assert!(
        body.contains("  Hjälp: skriv ett svenskt nummer med riktnummer"),
        "{body}"
    );
    // The broken number is not read as a removed one: the changes wait for the errors.
    assert!(!body.contains("Åsa Ekman: telefon"), "{body}");
    assert!(
        body.contains("Ändringarna sedan förra månaden visas när felen ovan är rättade"),
        "{body}"
    );
    let attachment = msg.attachments().next().unwrap();
    assert_eq!(attachment.attachment_name(), Some("fynd-vast-2021-10.csv"));
    let csv = String::from_utf8(attachment.contents().to_vec()).unwrap();
    assert!(csv.starts_with("\u{FEFF}fil;flik;rad;kolumn;cell;allvarlighet;kod;meddelande;hjälp\r\nin/vast.csv;;2;3;;fel;phone-invalid;"), "{csv}");
    assert!(csv.contains(";fel;phone-invalid;\"telefonnumret \"\"031-36793\"\" är inte ett giltigt nummer\";skriv ett svenskt nummer"), "{csv}");
    let summary = MessageParser::default().parse(&mails[1].data).unwrap();
    assert_eq!(mails[1].to, ["mats.paulsson@jamy.se"]);
    assert!(
        summary
            .body_text(0)
            .unwrap()
            .contains("- Väst: 1 fel, 0 varningar, 1 ändring")
    );
}

#[test]
fn a_refused_recipient_loses_only_its_message_and_a_rerun_sends_the_rest() {
    let (port, mails) = server();
    let f = month();
    f.write("recipients.json", r#"{"coordinator": ["mats.paulsson@jamy.se"], "regions": {"vast": ["refuse@goteborg.se"]}}"#);
    let url = format!("smtp://127.0.0.1:{port}");
    let run = notify(&f, &["--smtp", &url, "--recipients", "in/recipients.json"]);
    assert_eq!(run.code, 1);
    run.expect("FAILED vast: ")
        .expect("ok     sammanfattning: sent")
        .expect("1 message went, 1 failed; send the rest with --only vast");
    assert_eq!(mails.lock().unwrap().len(), 1);
    // The summary, sent last, says which mail did not go.
    let summary = MessageParser::default()
        .parse(&mails.lock().unwrap()[0].data)
        .unwrap()
        .body_text(0)
        .unwrap()
        .replace("\r\n", "\n");
    assert!(
        summary.contains("Regioner som fått e-post:\n\n- inga\n\nRegioner vars e-post inte kunde skickas:\n\n- Väst: 1 fel, 0 varningar, 1 ändring (skicka igen med --only vast)"),
        "{summary}"
    );
    f.write("recipients.json", r#"{"coordinator": ["mats.paulsson@jamy.se"], "regions": {"vast": ["asa.ekman@socialcentrum.goteborg.se"]}}"#);
    let rerun = notify(
        &f,
        &[
            "--smtp",
            &url,
            "--recipients",
            "in/recipients.json",
            "--only",
            "vast",
        ],
    );
    assert_eq!(rerun.code, 0, "{}", rerun.stdout);
    assert_eq!(mails.lock().unwrap().len(), 2);
    assert_eq!(
        mails.lock().unwrap()[1].to,
        [
            "asa.ekman@socialcentrum.goteborg.se",
            "mats.paulsson@jamy.se"
        ]
    );
}

#[test]
fn a_server_that_is_not_there_fails_every_message_clearly() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let f = month();
    let run = notify(&f, &["--smtp", &format!("smtp://127.0.0.1:{port}")]);
    assert_eq!(run.code, 1);
    run.expect(
        "FAILED vast: cannot reach the server: connection refused (no server listens there)",
    )
    .expect("FAILED sammanfattning: ")
    .expect("0 messages went, 2 failed; send the rest with --only vast,sammanfattning");
    // In Swedish, the operating system's reason too.
    let previous = common::last_month();
    let sv = common::notify_env(
        &f,
        &[("LANG", "sv_SE.UTF-8")],
        &[
            "--previous",
            previous.as_str(),
            "--smtp",
            &format!("smtp://127.0.0.1:{port}"),
        ],
    );
    assert_eq!(sv.code, 1);
    sv.expect("MISSLYCKADES vast: servern gick inte att nå: anslutningen nekades (ingen server lyssnar där)");
}

#[test]
fn the_outbox_is_the_default_and_a_rerun_writes_the_same_bytes() {
    let f = month();
    let run = notify(&f, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.expect("ok     vast: written to outbox/2021-10-vast.eml");
    let first = std::fs::read(f.dir.path().join("outbox/2021-10-vast.eml")).unwrap();
    assert_eq!(notify(&f, &[]).code, 0);
    assert_eq!(
        std::fs::read(f.dir.path().join("outbox/2021-10-vast.eml")).unwrap(),
        first
    );
    let msg = MessageParser::default().parse(&first).unwrap();
    let id = msg.message_id().unwrap();
    assert!(
        id.starts_with("2021-10.vast.") && id.ends_with("@jamy.se"),
        "the sender's domain: {id}"
    );
    assert_eq!(
        msg.date().map(|d| d.to_rfc3339()),
        Some("2021-10-20T09:30:00Z".into()),
        "the time it was written, not the first of the month"
    );
}

#[test]
fn dry_run_says_who_would_get_what() {
    let f = month();
    let run = notify(&f, &["--dry-run"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "would send vast: to asa.ekman@socialcentrum.goteborg.se, emilie.holmstrom@socialcentrum.goteborg.se; cc mats.paulsson@jamy.se; subject \"Regionkoordinatorer 2021-10: Väst – 1 fel, 0 varningar, 1 ändring\"; attachment fynd-vast-2021-10.csv\nwould send sammanfattning: to mats.paulsson@jamy.se; cc nobody; subject \"Regionkoordinatorer 2021-10: sammanfattning av importen\"\n2 messages; nothing written or sent (--dry-run)\n"
    );
    assert!(!f.dir.path().join("outbox").exists());
}

#[test]
fn credentials_never_come_from_the_command_line() {
    let f = month();
    let run = f.run(&[
        "notify",
        "in",
        "--month",
        "2021-10",
        "--coordinator",
        "a@b.se",
        "--password",
        "x",
    ]);
    assert_eq!(run.code, 2);
}

#[test]
fn a_place_inside_a_finding_reads_as_words_in_the_mail() {
    // Åsa Ekman twice in Väst's file: the finding at the second row names the first place.
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv")).unwrap();
    let asa = vast.lines().nth(1).unwrap().to_string();
    f.write("vast.csv", format!("{}{asa}\n", vast));
    let run = notify(&f, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let eml = std::fs::read(f.dir.path().join("outbox/2021-10-vast.eml")).unwrap();
    let msg = MessageParser::default().parse(&eml).unwrap();
    // Åsa Ekman, listed twice, gets the mail once.
    let to = to(&msg);
    assert_eq!(
        to.iter()
            .filter(|a| *a == "asa.ekman@socialcentrum.goteborg.se")
            .count(),
        1,
        "{to:?}"
    );
    let body = msg.body_text(0).unwrap();
    assert!(
        body.contains(
            "Åsa Ekman står två gånger i region Väst; första gången i rad 2 i filen in/vast.csv"
        ),
        "{body}"
    );
    assert!(
        body.contains("står också i rad 2, kolumn 2 i filen in/vast.csv"),
        "{body}"
    );
    assert!(!body.contains("in/vast.csv:2"), "{body}");
    // The report on the terminal keeps the compact place an editor jumps to.
    let check = f.check(&[]);
    check.expect("Åsa Ekman is listed twice in Väst; first at in/vast.csv:2\n");
}

#[test]
fn no_mail_goes_to_a_look_alike_domain() {
    // A Cyrillic `е` in the domain: the address may imitate the real one.
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv")).unwrap();
    let lookalike = "ulla.berg@socialcentrum.got\u{435}borg.se";
    f.write(
        "vast.csv",
        format!(
            "{}\r\nUlla Berg;{lookalike};031-3650000;Västra Götaland, Halland\r\n",
            vast.trim_end()
        ),
    );
    let run = notify(&f, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.expect(&format!(
        "note   vast: not sent to {lookalike}: its domain mixes scripts and may imitate another (email-confusable)"
    ));
    let eml = std::fs::read(f.dir.path().join("outbox/2021-10-vast.eml")).unwrap();
    let msg = MessageParser::default().parse(&eml).unwrap();
    assert_eq!(
        to(&msg),
        [
            "asa.ekman@socialcentrum.goteborg.se",
            "emilie.holmstrom@socialcentrum.goteborg.se"
        ]
    );
    // The region is told why, in its mail.
    let body = msg.body_text(0).unwrap();
    assert!(body.contains("email-confusable"), "{body}");
}

#[test]
fn a_look_alike_or_repeated_address_given_by_hand_is_refused_or_said_once() {
    let f = month();
    // --coordinator with a Cyrillic `а`: nothing is written or sent.
    let run = f.run(&[
        "notify",
        "in",
        "--month",
        "2021-10",
        "--coordinator",
        "mats.paulsson@j\u{430}my.se",
        "--dry-run",
    ]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("mixes scripts and may imitate another (email-confusable)"),
        "{}",
        run.stderr
    );
    // The coordinator is also one of Väst's contacts, in another case: one copy, in To.
    let previous = common::last_month();
    let run = f.run(&[
        "notify",
        "in",
        "--month",
        "2021-10",
        "--coordinator",
        "Asa.Ekman@socialcentrum.goteborg.se",
        "--previous",
        previous.as_str(),
        "--dry-run",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.expect("would send vast: to asa.ekman@socialcentrum.goteborg.se, emilie.holmstrom@socialcentrum.goteborg.se; cc nobody;");
}
