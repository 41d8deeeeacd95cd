//! What the address book holds: `PROPFIND` (`Depth: 1`) lists the collection's cards with their
//! ETags, `REPORT addressbook-multiget` reads them in batches. Every answer that stops the run
//! is said in words: wrong password, no such collection, not an address book, moved elsewhere.

use url::Url;

use super::card;
use super::dav::{self, Resource};
use super::http::{Answer, Client, PASSWORD_VAR, USER_VAR, Unanswered};
use super::plan::Remote;
use crate::i18n::Text;
use crate::tr;

/// Cards read per `REPORT`.
const BATCH: usize = 200;

/// Why a request that had to succeed did not, in words, from its answer.
pub fn refused(client: &Client, url: &Url, method: &str, answer: &Answer) -> Text {
    let url = url.as_str();
    match answer.status {
        401 if client.authenticated() => tr!(
            "publish-unauthorized",
            url = url,
            user = USER_VAR,
            password = PASSWORD_VAR
        ),
        401 => tr!(
            "publish-login-required",
            url = url,
            user = USER_VAR,
            password = PASSWORD_VAR
        ),
        403 => tr!("publish-forbidden", url = url),
        404 => tr!("publish-not-found", url = url),
        301 | 302 | 303 | 307 | 308 => tr!(
            "publish-moved",
            url = url,
            location = answer.location.clone().unwrap_or_default()
        ),
        status => tr!(
            "publish-server-status",
            method = method,
            url = url,
            status = format!("{status} {}", answer.reason)
        ),
    }
}

/// Why a request got no answer, with a hint when the server's certificate was not trusted.
pub fn unreachable(url: &Url, why: &Unanswered) -> Text {
    match why {
        Unanswered::Certificate(reason) => {
            tr!("publish-untrusted", url = url.as_str(), reason = reason)
        }
        other => tr!(
            "publish-unreachable",
            url = url.as_str(),
            reason = other.text()
        ),
    }
}

/// A path percent-decoded.
fn decoded(path: &str) -> String {
    percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned()
}

/// The path of `href` (relative to `base`), percent-decoded, without a trailing `/`.
fn path_of(base: &Url, href: &str) -> Option<String> {
    let url = base.join(href).ok()?;
    Some(decoded(url.path()).trim_end_matches('/').to_string())
}

/// A member's address when it is inside the collection: the same scheme, host and port, and a
/// path under the collection's. A server's href is never followed anywhere else: the
/// credentials go only where the user sent them.
fn inside(collection: &Url, href: &str) -> Option<Url> {
    let url = collection.join(href).ok()?;
    let same_origin = url.scheme() == collection.scheme()
        && url.host_str() == collection.host_str()
        && url.port_or_known_default() == collection.port_or_known_default();
    let (path, dir) = (decoded(url.path()), decoded(collection.path()));
    let under = path.len() > dir.len() && path.starts_with(&dir);
    (same_origin && under && url.query().is_none()).then_some(url)
}

/// A card listed in the collection that could not be read.
pub struct Unread {
    pub href: String,
    pub why: Text,
}

/// The collection's cards, and what it lists that could not be read as one.
pub struct Listing {
    pub cards: Vec<Remote>,
    pub unread: Vec<Unread>,
}

/// An ETag that can go into `If-Match`: printable ASCII only.
fn clean(etag: Option<&String>) -> Option<String> {
    etag.filter(|e| !e.is_empty() && e.chars().all(|c| c.is_ascii_graphic() || c == ' '))
        .cloned()
}

fn send_xml(
    client: &Client,
    url: &Url,
    method: &str,
    body: Vec<u8>,
) -> Result<Vec<Resource>, Text> {
    let headers = [
        ("Depth", "1"),
        ("Content-Type", "application/xml; charset=utf-8"),
    ];
    let answer = client
        .send(method, url, &headers, body)
        .map_err(|e| unreachable(url, &e))?;
    if answer.status != 207 {
        return Err(refused(client, url, method, &answer));
    }
    dav::multistatus(&answer.body)
        .map_err(|reason| tr!("publish-bad-answer", url = url.as_str(), reason = reason))
}

/// Read the collection at `url`: check that it is an address book, then read every card.
pub fn discover(client: &Client, url: &Url) -> Result<Listing, Text> {
    let listed = send_xml(client, url, "PROPFIND", dav::propfind())?;
    let own = path_of(url, url.path());
    let (this, members): (Vec<&Resource>, Vec<&Resource>) =
        listed.iter().partition(|r| path_of(url, &r.href) == own);
    if !this.iter().any(|r| r.address_book) {
        let books: Vec<String> = members
            .iter()
            .filter(|r| r.address_book)
            .filter_map(|r| url.join(&r.href).ok())
            .map(|u| u.to_string())
            .collect();
        return Err(match books.is_empty() {
            true => tr!("publish-not-address-book", url = url.as_str()),
            false => tr!(
                "publish-not-address-book-here",
                url = url.as_str(),
                books = books.join("\n  ")
            ),
        });
    }
    let mut unread = Vec::new();
    // Each card once, by its decoded path, whatever spellings of its href the server lists.
    let mut wanted: std::collections::BTreeMap<String, (&Resource, Url)> = Default::default();
    for r in members.into_iter().filter(|r| !r.collection) {
        match inside(url, &r.href) {
            Some(u) => {
                wanted.entry(decoded(u.path())).or_insert((r, u));
            }
            None => unread.push(Unread {
                href: card::printable(&r.href),
                why: tr!("publish-unread-outside"),
            }),
        }
    }
    let list: Vec<(&String, &(&Resource, Url))> = wanted.iter().collect();
    let mut cards = Vec::with_capacity(list.len());
    let mut statuses: std::collections::BTreeMap<String, Option<u16>> = Default::default();
    for batch in list.chunks(BATCH) {
        let body = dav::multiget(batch.iter().map(|(_, (r, _))| r.href.as_str()));
        for r in send_xml(client, url, "REPORT", body)? {
            let Some(u) = inside(url, &r.href) else {
                continue;
            };
            let path = decoded(u.path());
            let Some((listed, _)) = wanted.get(&path) else {
                continue;
            };
            match &r.data {
                Some(data) if !cards.iter().any(|c: &Remote| c.href == u.as_str()) => {
                    cards.push(Remote {
                        href: u.to_string(),
                        // The listing's ETag when the report has none.
                        etag: clean(r.etag.as_ref().or(listed.etag.as_ref())),
                        read: card::read(data),
                    });
                }
                Some(_) => {}
                None => {
                    statuses.insert(path, r.status);
                }
            }
        }
    }
    for (path, (r, u)) in &wanted {
        if !cards.iter().any(|c| c.href == u.as_str()) {
            let status = statuses.get(path).copied().flatten();
            unread.push(Unread {
                href: card::printable(&r.href),
                why: tr!(
                    "publish-unread-missing",
                    status = status.map(|s| s.to_string()).unwrap_or_else(|| "-".into())
                ),
            });
        }
    }
    cards.sort_by(|a, b| a.href.cmp(&b.href));
    Ok(Listing { cards, unread })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hrefs_inside_the_collection_are_followed() {
        let c = Url::parse("https://moln.example.se/dav/ab/").unwrap();
        assert!(inside(&c, "/dav/ab/x.vcf").is_some());
        assert!(inside(&c, "x.vcf").is_some());
        assert!(inside(&c, "/dav/ab/%C3%A5.vcf").is_some());
        assert!(inside(&c, "https://moln.example.se/dav/ab/x.vcf").is_some());
        for outside in [
            "/dav/ab/",
            "/dav/other/x.vcf",
            "/dav/ab/../other/x.vcf",
            "http://moln.example.se/dav/ab/x.vcf",
            "https://moln.example.se:8443/dav/ab/x.vcf",
            "//evil.example/dav/ab/x.vcf",
            "https://evil.example/dav/ab/x.vcf",
            "/dav/ab/x.vcf?delete=all",
        ] {
            assert!(inside(&c, outside).is_none(), "{outside}");
        }
    }

    #[test]
    fn etags_that_cannot_go_into_a_header_are_dropped() {
        assert_eq!(clean(Some(&"\"1\"".to_string())).as_deref(), Some("\"1\""));
        assert_eq!(clean(Some(&"\"a\nb\"".to_string())), None);
        assert_eq!(clean(Some(&String::new())), None);
    }
}
