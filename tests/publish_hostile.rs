//! `kontakt publish` against a server that answers oddly or wrongly: a mock CardDAV server on
//! 127.0.0.1 whose answers each test chooses. Whatever it answers, kontakt says what happened,
//! exits 1 or 2 when the address book does not hold the directory, and never panics, follows an
//! href out of the collection, or sends a change it cannot make safely.

mod common;

use std::io::Write;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use common::radicale::{Seen, read_request, split_cards};
use common::{Fixture, Run};
use kontakt::publish::card;

/// What the mock answers to a request: status, extra headers, body.
type Answer = (u16, Vec<(&'static str, String)>, String);

struct Mock {
    port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Mock {
    fn start(answer: impl Fn(&Seen, usize) -> Answer + Send + 'static) -> Mock {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let record = Arc::clone(&seen);
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(mut client) = client else { return };
                let Some((_, _, request)) = read_request(&client) else {
                    continue;
                };
                let n = {
                    let mut seen = record.lock().unwrap();
                    seen.push(request.clone());
                    seen.iter().filter(|s| s.method == request.method).count()
                };
                let (status, headers, body) = answer(&request, n);
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                    body.len()
                );
                for (k, v) in headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                let _ = client.write_all(head.as_bytes());
                let _ = client.write_all(body.as_bytes());
            }
        });
        Mock { port, seen }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/ab/", self.port)
    }

    fn changes(&self) -> Vec<Seen> {
        let seen = self.seen.lock().unwrap();
        seen.iter()
            .filter(|s| s.method == "PUT" || s.method == "DELETE")
            .cloned()
            .collect()
    }
}

/// The shipped directory's cards as kontakt publishes them: (href, card).
fn published() -> Vec<(String, String)> {
    let all = std::fs::read_to_string(common::repo().join("output/vcard/all.vcf")).unwrap();
    split_cards(&all)
        .into_iter()
        .map(|c| {
            let uid = c
                .lines()
                .find_map(|l| l.strip_prefix("UID:urn:uuid:"))
                .unwrap();
            let marked = String::from_utf8(card::marked(c.as_bytes())).unwrap();
            (format!("/ab/{}.vcf", uid.trim()), marked)
        })
        .collect()
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A PROPFIND answer: the address book and these hrefs with ETags.
fn listing(cards: &[(String, String)], etag: impl Fn(usize) -> String) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:response><d:href>/ab/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"#,
    );
    for (i, (href, _)) in cards.iter().enumerate() {
        xml.push_str(&format!(
            "<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:resourcetype/><d:getetag>{}</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>",
            xml_escape(&etag(i))
        ));
    }
    xml.push_str("</d:multistatus>");
    xml
}

/// A multiget answer with these cards.
fn report(cards: &[(String, String)], etag: impl Fn(usize) -> String) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">"#,
    );
    for (i, (href, data)) in cards.iter().enumerate() {
        xml.push_str(&format!(
            "<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:getetag>{}</d:getetag><c:address-data>{}</c:address-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>",
            xml_escape(&etag(i)),
            xml_escape(data)
        ));
    }
    xml.push_str("</d:multistatus>");
    xml
}

fn publish(f: &Fixture, url: &str) -> Run {
    f.run_env(&common::radicale::env(), &["publish", url, "--input", "in"])
}

/// Anna Runesson's mobile changed in the fixture's Mitt file.
fn change_one_phone(f: &Fixture) {
    let text = String::from_utf8(f.read("mitt.csv")).unwrap();
    f.write("mitt.csv", text.replace("072-1420160", "072-1420161"));
}

/// A server holding the shipped directory that answers PROPFIND and REPORT with `etag` and
/// every other request with `other`.
fn holding(
    cards: Vec<(String, String)>,
    etag: fn(usize) -> String,
    other: impl Fn(&Seen, usize) -> Answer + Send + 'static,
) -> Mock {
    Mock::start(move |seen, n| match seen.method.as_str() {
        "PROPFIND" => (207, vec![], listing(&cards, etag)),
        "REPORT" => (207, vec![], report(&cards, etag)),
        _ => other(seen, n),
    })
}

fn strong(i: usize) -> String {
    format!("\"{i}\"")
}

#[test]
fn a_weak_etag_is_a_conflict_and_no_change_is_sent() {
    let f = Fixture::shipped();
    change_one_phone(&f);
    let mock = holding(
        published(),
        |i| format!("W/\"{i}\""),
        |_, _| (500, vec![], String::new()),
    );
    let run = publish(&f, &mock.url());
    assert_eq!(run.code, 1, "{}", run.stdout);
    run.expect("CONFLICT    Anna Runesson (Mitt): the server gave no strong ETag for the card, so it cannot be changed safely (If-Match needs one)")
        .expect(": 0 added, 0 changed, 0 removed, 18 unchanged; 1 conflict, not changed");
    assert!(mock.changes().is_empty());
}

#[test]
fn a_card_changed_during_the_run_is_not_overwritten() {
    let f = Fixture::shipped();
    change_one_phone(&f);
    let mock = holding(published(), strong, |_, _| (412, vec![], String::new()));
    let run = publish(&f, &mock.url());
    assert_eq!(run.code, 1, "{}", run.stdout);
    run.expect("CONFLICT    Anna Runesson (Mitt): the card was changed on the server during the run; not overwritten (PUT If-Match, 412 Precondition Failed). Run again");
    let changes = mock.changes();
    assert_eq!(changes.len(), 1);
    assert!(changes[0].if_match);
}

#[test]
fn a_card_the_server_refuses_fails_alone_and_the_rest_are_published() {
    let f = Fixture::shipped();
    let mock = Mock::start(|seen, n| match seen.method.as_str() {
        "PROPFIND" => (207, vec![], listing(&[], strong)),
        "PUT" if n == 3 => (507, vec![], "quota".to_string()),
        "PUT" => (201, vec![], String::new()),
        _ => (500, vec![], String::new()),
    });
    let run = publish(&f, &mock.url());
    assert_eq!(run.code, 1, "{}", run.stdout);
    run.expect("FAILED      Mikaella Matta Salinas (Mitt): the server answered 507 Insufficient Storage to PUT")
        .expect(": 18 added, 0 changed, 0 removed, 0 unchanged; 1 failed");
    assert_eq!(mock.changes().len(), 19);
}

#[test]
fn a_card_the_server_lists_but_does_not_return_is_a_failure_not_a_silence() {
    let f = Fixture::shipped();
    let cards = published();
    let (listed, returned) = (cards.clone(), cards[1..].to_vec());
    let missing = cards[0].0.clone();
    let mock = Mock::start(move |seen, _| match seen.method.as_str() {
        "PROPFIND" => (207, vec![], listing(&listed, strong)),
        "REPORT" => {
            let mut xml = report(&returned, strong);
            xml = xml.replace(
                "</d:multistatus>",
                &format!("<d:response><d:href>{missing}</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response></d:multistatus>"),
            );
            (207, vec![], xml)
        }
        _ => (412, vec![], String::new()),
    });
    let run = publish(&f, &mock.url());
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!(
            "FAILED      {}: listed in the address book, but the server did not return the card (status 404)",
            cards[0].0
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn hrefs_outside_the_collection_are_reported_and_never_followed() {
    let f = Fixture::shipped();
    let mut cards = published();
    // A marked card the server claims is elsewhere: kontakt must not DELETE it there.
    let mut stray = cards.pop().unwrap();
    stray.0 = "http://192.0.2.2:9/ab/stray.vcf".to_string();
    let mut other = cards[0].clone();
    other.0 = "/elsewhere/x.vcf".to_string();
    let mut listed = cards.clone();
    listed.push(stray);
    listed.push(other);
    let mock = Mock::start(move |seen, _| match seen.method.as_str() {
        "PROPFIND" => (207, vec![], listing(&listed, strong)),
        "REPORT" => (207, vec![], report(&listed, strong)),
        "PUT" => (201, vec![], String::new()),
        _ => (500, vec![], String::new()),
    });
    let run = publish(&f, &mock.url());
    assert_eq!(run.code, 1, "{}", run.stdout);
    run.expect("FAILED      http://192.0.2.2:9/ab/stray.vcf: the server lists it in the address book, but its address is outside it; not followed")
        .expect("FAILED      /elsewhere/x.vcf: the server lists it in the address book, but its address is outside it; not followed");
    let changes = mock.changes();
    assert_eq!(
        changes.len(),
        1,
        "only the missing card is added: {changes:?}"
    );
    assert!(changes[0].path.starts_with("/ab/") && changes[0].if_none_match);
}

#[test]
fn an_answer_cut_short_or_not_a_multistatus_stops_before_any_change() {
    let f = Fixture::shipped();
    for body in [
        listing(&published(), strong)[..900].to_string(),
        "<html><body>Log in</body></html>".to_string(),
        String::new(),
    ] {
        let mock = Mock::start(move |_, _| (207, vec![], body.clone()));
        let run = publish(&f, &mock.url());
        assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains("answer for"), "{}", run.stderr);
        assert!(mock.changes().is_empty());
    }
}

#[test]
fn a_redirect_is_said_not_followed() {
    let f = Fixture::shipped();
    let mock = Mock::start(|_, _| {
        (
            301,
            vec![("Location", "https://moln.example.se/dav/ab/".to_string())],
            String::new(),
        )
    });
    let run = publish(&f, &mock.url());
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("sends http://127.0.0.1:")
            && run
                .stderr
                .contains(" on to https://moln.example.se/dav/ab/: publish to that address"),
        "{}",
        run.stderr
    );
    assert_eq!(mock.seen.lock().unwrap().len(), 1);
}

#[test]
fn an_account_address_names_the_address_books_in_it() {
    let f = Fixture::shipped();
    let mock = Mock::start(|_, _| {
        let xml = r#"<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:response><d:href>/anna/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response><d:response><d:href>/anna/regionkoordinatorer/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"#;
        (207, vec![], xml.to_string())
    });
    let run = publish(&f, &format!("http://127.0.0.1:{}/anna/", mock.port));
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "is not an address book (CardDAV), but it holds these; publish to one of them:"
        ) && run.stderr.contains(&format!(
            "http://127.0.0.1:{}/anna/regionkoordinatorer/",
            mock.port
        )),
        "{}",
        run.stderr
    );
}
