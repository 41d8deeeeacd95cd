//! The HTTP side of `publish`, with ureq and rustls: the address checked (HTTPS, or plain HTTP
//! to this machine only), the system's root certificates and a private CA, Basic credentials
//! from the environment, and one request at a time with its answer as data.

use std::time::Duration;

use base64::Engine;
use ureq::tls::{Certificate, PemItem, RootCerts, TlsConfig};
use url::Url;

use crate::i18n::Text;
use crate::tr;

/// The environment variables the credentials come from.
pub const USER_VAR: &str = "KONTAKT_CARDDAV_USER";
pub const PASSWORD_VAR: &str = "KONTAKT_CARDDAV_PASSWORD";

/// The largest answer read: a `PROPFIND` of 100,000 cards is about 30 MB.
const MAX_ANSWER: u64 = 256 << 20;

/// The collection's address, checked: http or https, no credentials in it, plain http only to
/// this machine unless `allow_http`, ending in `/` (a collection).
pub fn collection_url(text: &str, allow_http: bool) -> Result<Url, Text> {
    let shown = text.to_string();
    let mut url = Url::parse(text.trim())
        .map_err(|e| tr!("publish-url-invalid", url = &shown, reason = e.to_string()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(tr!(
            "publish-url-credentials",
            user = USER_VAR,
            password = PASSWORD_VAR
        ));
    }
    match url.scheme() {
        "https" => {}
        "http" if allow_http || loopback(&url) => {}
        "http" => return Err(tr!("publish-url-plain-http", url = &shown)),
        _ => return Err(tr!("publish-url-scheme", url = &shown)),
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(tr!("publish-url-query", url = &shown));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// Whether the address names this machine: `localhost`, 127.0.0.0/8 or `::1`.
pub fn loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// User name and password from the environment: both or neither.
pub fn credentials(
    user: Option<String>,
    password: Option<String>,
) -> Result<Option<(String, String)>, Text> {
    match (user.filter(|u| !u.is_empty()), password) {
        (Some(u), Some(p)) => Ok(Some((u, p))),
        (None, None) => Ok(None),
        (Some(_), None) => Err(tr!("publish-credentials-half", missing = PASSWORD_VAR)),
        (None, Some(_)) => Err(tr!("publish-credentials-half", missing = USER_VAR)),
    }
}

/// The certificates of a PEM file (a private CA): at least one.
pub fn ca(pem: &[u8]) -> Result<Vec<Certificate<'static>>, Text> {
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(pem) {
        match item {
            Ok(PemItem::Certificate(c)) => certs.push(c),
            Ok(_) => {}
            Err(e) => return Err(Text::literal(e.to_string())),
        }
    }
    if certs.is_empty() {
        return Err(tr!("notify-ca-no-certificate"));
    }
    Ok(certs)
}

/// An answer: the status, the headers kontakt reads, the body as text.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub reason: String,
    pub etag: Option<String>,
    pub location: Option<String>,
    pub body: String,
}

/// A request that got no answer: the connection failed, timed out or was cut.
#[derive(Debug)]
pub struct Unanswered(pub String);

/// An HTTP client for one server.
pub struct Client {
    agent: ureq::Agent,
    authorization: Option<String>,
}

impl Client {
    /// A client that trusts the system's roots and `extra` (a private CA).
    pub fn new(credentials: Option<(String, String)>, extra: Vec<Certificate<'static>>) -> Self {
        let mut roots: Vec<Certificate<'static>> = rustls_native_certs::load_native_certs()
            .certs
            .iter()
            .map(|c| Certificate::from_der(c.as_ref()).to_owned())
            .collect();
        roots.extend(extra);
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            .max_redirects(0)
            .timeout_connect(Some(Duration::from_secs(15)))
            .timeout_global(Some(Duration::from_secs(120)))
            .user_agent(format!("kontakt/{}", env!("CARGO_PKG_VERSION")))
            .tls_config(
                TlsConfig::builder()
                    .root_certs(RootCerts::Specific(std::sync::Arc::new(roots)))
                    .build(),
            )
            .build();
        let authorization = credentials.map(|(u, p)| {
            let token = base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"));
            format!("Basic {token}")
        });
        Client {
            agent: config.new_agent(),
            authorization,
        }
    }

    /// Whether the requests carry credentials.
    pub fn authenticated(&self) -> bool {
        self.authorization.is_some()
    }

    /// Send one request and read its whole answer.
    pub fn send(
        &self,
        method: &str,
        url: &Url,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Result<Answer, Unanswered> {
        let mut request = ureq::http::Request::builder()
            .method(method)
            .uri(url.as_str());
        if let Some(auth) = &self.authorization {
            request = request.header("Authorization", auth);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request.body(body).map_err(|e| Unanswered(e.to_string()))?;
        let mut response = self
            .agent
            .run(request)
            .map_err(|e| Unanswered(reason(&e)))?;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let status = response.status();
        let (etag, location) = (header("etag"), header("location"));
        let bytes = response
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER)
            .read_to_vec()
            .map_err(|e| Unanswered(reason(&e)))?;
        Ok(Answer {
            status: status.as_u16(),
            reason: status.canonical_reason().unwrap_or_default().to_string(),
            etag,
            location,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        })
    }
}

/// ureq's error in words, with the cause of an I/O error (`Connection refused`).
fn reason(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Io(io) => io.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_before_any_request() {
        let ok = collection_url("https://moln.example.se/dav/adressbok", false).unwrap();
        assert_eq!(ok.as_str(), "https://moln.example.se/dav/adressbok/");
        for local in [
            "http://127.0.0.1:5232/a/b/",
            "http://localhost/a/",
            "http://[::1]/",
        ] {
            assert!(collection_url(local, false).is_ok(), "{local}");
        }
        assert!(collection_url("http://moln.example.se/ab/", false).is_err());
        assert!(collection_url("http://moln.example.se/ab/", true).is_ok());
        assert!(collection_url("https://anna:hemligt@moln.example.se/ab/", false).is_err());
        assert!(collection_url("ftp://moln.example.se/ab/", false).is_err());
        assert!(collection_url("moln.example.se/ab/", false).is_err());
    }

    #[test]
    fn credentials_come_in_pairs() {
        assert_eq!(credentials(None, None).unwrap(), None);
        assert!(credentials(Some("a".into()), None).is_err());
        assert!(credentials(None, Some("p".into())).is_err());
        assert!(credentials(Some("a".into()), Some("p".into())).is_ok());
    }
}
