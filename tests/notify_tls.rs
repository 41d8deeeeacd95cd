//! `kontakt notify` over TLS to real servers on 127.0.0.1: one that offers STARTTLS and one
//! that speaks TLS from the first byte, both with a certificate from a throwaway CA made in the
//! test (rcgen) that the client trusts through `--smtp-ca`. A certificate from another CA fails
//! that message with a clear error and exit 1.

mod common;

use common::Fixture;
use common::smtp::{implicit_tls_server, pki, starttls_server};
use mail_parser::MessageParser;

/// The shipped input with one changed phone in Väst: a Väst mail and the summary.
fn month() -> Fixture {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-3679332");
    f.write("vast.csv", vast);
    f
}

fn notify(f: &Fixture, url: &str, ca: &std::path::Path, extra: &[&str]) -> common::Run {
    let previous = common::last_month();
    let mut args = vec![
        "--previous",
        previous.as_str(),
        "--smtp",
        url,
        "--smtp-ca",
        ca.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    common::notify(f, &args)
}

#[test]
fn mail_goes_through_starttls_with_a_private_ca() {
    let f = month();
    let pki = pki(f.dir.path(), "kontakt");
    let (port, mails) = starttls_server(&pki);
    let run = notify(
        &f,
        &format!("smtp://127.0.0.1:{port}"),
        &pki.ca,
        &["--starttls"],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    run.expect("ok     vast: sent")
        .expect("2 messages, none failed");
    let mails = mails.lock().unwrap().clone();
    assert_eq!(mails.len(), 2);
    let msg = MessageParser::default().parse(&mails[0].data).unwrap();
    assert!(msg.subject().unwrap().contains("Väst"));
}

#[test]
fn mail_goes_through_implicit_tls_with_a_private_ca() {
    let f = month();
    let pki = pki(f.dir.path(), "kontakt");
    let (port, mails) = implicit_tls_server(&pki);
    let run = notify(&f, &format!("smtps://127.0.0.1:{port}"), &pki.ca, &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    run.expect("ok     sammanfattning: sent");
    let mails = mails.lock().unwrap().clone();
    assert_eq!(mails.len(), 2);
    assert_eq!(mails[1].to, ["mats.paulsson@jamy.se"]);
}

#[test]
fn a_certificate_from_another_ca_fails_each_message_clearly() {
    let f = month();
    let server_pki = pki(f.dir.path(), "server");
    let other = pki(f.dir.path(), "other");
    for (url, extra) in [
        (starttls_server(&server_pki), &["--starttls"][..]),
        (implicit_tls_server(&server_pki), &[][..]),
    ]
    .map(|((port, mails), extra)| {
        let scheme = if extra.is_empty() { "smtps" } else { "smtp" };
        ((format!("{scheme}://127.0.0.1:{port}"), mails), extra)
    }) {
        let (url, mails) = url;
        let run = notify(&f, &url, &other.ca, extra);
        assert_eq!(run.code, 1, "{url}: {}{}", run.stdout, run.stderr);
        run.expect("FAILED vast: ")
            .expect("the server's TLS certificate is not trusted: if it comes from a private CA, pass that CA with --smtp-ca FILE")
            .expect("0 messages went, 2 failed; send the rest with --only vast,sammanfattning");
        assert!(mails.lock().unwrap().is_empty(), "{url}");
    }
}

#[test]
fn a_ca_file_that_is_not_a_certificate_stops_the_run_before_sending() {
    let f = month();
    f.write("not-a-ca.pem", "hello");
    let (port, mails) = common::smtp::server();
    let run = notify(
        &f,
        &format!("smtps://127.0.0.1:{port}"),
        &f.path("not-a-ca.pem"),
        &["--dry-run"],
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("--smtp-ca"), "{}", run.stderr);
    let plain = notify(
        &f,
        &format!("smtp://127.0.0.1:{port}"),
        &f.path("not-a-ca.pem"),
        &[],
    );
    assert_eq!(plain.code, 2);
    assert!(mails.lock().unwrap().is_empty());
}
