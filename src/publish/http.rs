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
    let mut url = Url::parse(text.trim()).map_err(|e| {
        let reason = match e {
            url::ParseError::RelativeUrlWithoutBase => tr!("publish-url-no-scheme"),
            other => Text::literal(other.to_string()),
        };
        tr!("publish-url-invalid", url = &shown, reason = reason)
    })?;
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

/// Why a request got no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unanswered {
    /// Nothing listens there: the server is not running, or the port is wrong.
    Refused,
    /// The host name is not known.
    HostNotFound,
    /// No answer within the time allowed, in seconds.
    Timeout(u64),
    /// The connection was cut before the answer came.
    Cut,
    /// The server's certificate is not trusted, with rustls's reason.
    Certificate(String),
    /// The request could not be written (a header value the server gave that HTTP does not
    /// allow): this card's failure, not the connection's.
    Invalid(String),
    /// Anything else, with ureq's words.
    Other(String),
}

impl Unanswered {
    /// The reason in the run's language, library words only where there are no others.
    pub fn text(&self) -> Text {
        match self {
            Unanswered::Refused => tr!("publish-why-refused"),
            Unanswered::HostNotFound => tr!("publish-why-host"),
            Unanswered::Timeout(s) => tr!("publish-why-timeout", seconds = *s as usize),
            Unanswered::Cut => tr!("publish-why-cut"),
            Unanswered::Certificate(r) | Unanswered::Invalid(r) | Unanswered::Other(r) => {
                Text::literal(r.clone())
            }
        }
    }
}

/// The longest a request may take, connecting included.
const TIMEOUT: u64 = 120;

/// An HTTP client for one server.
pub struct Client {
    agent: ureq::Agent,
    authorization: Option<String>,
}

impl Client {
    /// A client for `url` that trusts the system's roots and `extra` (a private CA). A proxy
    /// from the environment (`HTTPS_PROXY`, `ALL_PROXY`) is used, except for this machine: a
    /// proxy would take the credentials, in the clear, to its own `localhost`.
    pub fn new(
        url: &Url,
        credentials: Option<(String, String)>,
        extra: Vec<Certificate<'static>>,
    ) -> Self {
        let mut roots: Vec<Certificate<'static>> = rustls_native_certs::load_native_certs()
            .certs
            .iter()
            .map(|c| Certificate::from_der(c.as_ref()).to_owned())
            .collect();
        roots.extend(extra);
        let mut config = ureq::Agent::config_builder();
        if loopback(url) {
            config = config.proxy(None);
        }
        let config = config
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            .max_redirects(0)
            .timeout_connect(Some(Duration::from_secs(15)))
            .timeout_global(Some(Duration::from_secs(TIMEOUT)))
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
        let request = request
            .body(body)
            .map_err(|e| Unanswered::Invalid(e.to_string()))?;
        let mut response = self.agent.run(request).map_err(|e| unanswered(&e))?;
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
            .map_err(|e| unanswered(&e))?;
        Ok(Answer {
            status: status.as_u16(),
            reason: status.canonical_reason().unwrap_or_default().to_string(),
            etag,
            location,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        })
    }
}

/// What kind of failure a ureq error is.
fn unanswered(e: &ureq::Error) -> Unanswered {
    use std::io::ErrorKind;
    match e {
        // rustls's errors reach ureq inside an I/O error.
        ureq::Error::Io(io)
            if io
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
                .is_some_and(|tls| matches!(tls, rustls::Error::InvalidCertificate(_))) =>
        {
            Unanswered::Certificate(io.to_string())
        }
        ureq::Error::Io(io) => match io.kind() {
            ErrorKind::ConnectionRefused => Unanswered::Refused,
            ErrorKind::TimedOut => Unanswered::Timeout(TIMEOUT),
            ErrorKind::ConnectionReset
            | ErrorKind::ConnectionAborted
            | ErrorKind::BrokenPipe
            | ErrorKind::UnexpectedEof => Unanswered::Cut,
            _ => Unanswered::Other(io.to_string()),
        },
        ureq::Error::HostNotFound => Unanswered::HostNotFound,
        ureq::Error::Timeout(_) => Unanswered::Timeout(TIMEOUT),
        ureq::Error::Rustls(tls) => match tls {
            rustls::Error::InvalidCertificate(_) => Unanswered::Certificate(tls.to_string()),
            _ => Unanswered::Other(tls.to_string()),
        },
        ureq::Error::Protocol(_) if e.to_string().contains("disconnected") => Unanswered::Cut,
        other => Unanswered::Other(other.to_string()),
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
