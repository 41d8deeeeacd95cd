//! What the address book holds: `PROPFIND` (`Depth: 1`) lists the collection's cards with their
//! ETags, `REPORT addressbook-multiget` reads them in batches. Every answer that stops the run
//! is said in words: wrong password, no such collection, not an address book, moved elsewhere.

use url::Url;

use super::card;
use super::dav::{self, Resource};
use super::http::{Answer, Client, PASSWORD_VAR, USER_VAR};
use super::plan::Remote;
use crate::i18n::Text;
use crate::tr;

/// Cards read per `REPORT`.
const BATCH: usize = 200;

/// The collection's cards.
pub struct Listing {
    pub cards: Vec<Remote>,
}

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
pub fn unreachable(url: &Url, reason: &str) -> Text {
    let certificate = ["certificate", "UnknownIssuer", "CaUsedAsEndEntity"]
        .iter()
        .any(|w| reason.contains(w));
    match certificate {
        true => tr!("publish-untrusted", url = url.as_str(), reason = reason),
        false => tr!("publish-unreachable", url = url.as_str(), reason = reason),
    }
}

/// The path of `href` (relative to `base`), percent-decoded, without a trailing `/`.
fn path_of(base: &Url, href: &str) -> Option<String> {
    let url = base.join(href).ok()?;
    let decoded = percent_encoding::percent_decode_str(url.path()).decode_utf8_lossy();
    Some(decoded.trim_end_matches('/').to_string())
}

/// Read the collection at `url`: check that it is an address book, then read every card.
pub fn discover(client: &Client, url: &Url) -> Result<Listing, Text> {
    let answer = client
        .send(
            "PROPFIND",
            url,
            &[
                ("Depth", "1"),
                ("Content-Type", "application/xml; charset=utf-8"),
            ],
            dav::propfind(),
        )
        .map_err(|e| unreachable(url, &e.0))?;
    if answer.status != 207 {
        return Err(refused(client, url, "PROPFIND", &answer));
    }
    let listed = dav::multistatus(&answer.body)
        .map_err(|reason| tr!("publish-bad-answer", url = url.as_str(), reason = reason))?;
    let own = path_of(url, url.path());
    let (this, members): (Vec<&Resource>, Vec<&Resource>) =
        listed.iter().partition(|r| path_of(url, &r.href) == own);
    if !this.iter().any(|r| r.address_book) {
        return Err(tr!("publish-not-address-book", url = url.as_str()));
    }
    let members: Vec<&Resource> = members.into_iter().filter(|r| !r.collection).collect();
    let mut cards = Vec::with_capacity(members.len());
    for batch in members.chunks(BATCH) {
        let body = dav::multiget(batch.iter().map(|r| r.href.as_str()));
        let answer = client
            .send(
                "REPORT",
                url,
                &[
                    ("Depth", "1"),
                    ("Content-Type", "application/xml; charset=utf-8"),
                ],
                body,
            )
            .map_err(|e| unreachable(url, &e.0))?;
        if answer.status != 207 {
            return Err(refused(client, url, "REPORT", &answer));
        }
        let read = dav::multistatus(&answer.body)
            .map_err(|reason| tr!("publish-bad-answer", url = url.as_str(), reason = reason))?;
        for r in read {
            let Some(data) = &r.data else { continue };
            let Ok(href) = url.join(&r.href) else {
                continue;
            };
            // The ETag of the listing when the report has none.
            let etag = r.etag.clone().or_else(|| {
                let path = path_of(url, &r.href);
                batch
                    .iter()
                    .find(|m| path_of(url, &m.href) == path)
                    .and_then(|m| m.etag.clone())
            });
            cards.push(Remote {
                href: href.to_string(),
                etag,
                read: card::read(data),
            });
        }
    }
    cards.sort_by(|a, b| a.href.cmp(&b.href));
    Ok(Listing { cards })
}
