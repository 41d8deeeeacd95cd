//! MIME messages with lettre, and where they go: `.eml` files in an outbox folder (the default,
//! so the coordinator reads them before anything leaves), or an SMTP server.
//!
//! Each message is sent on its own: one refused message or a dropped connection loses nothing
//! else, and the outcome names every message. Credentials come only from the environment
//! (`KONTAKT_SMTP_USER`, `KONTAKT_SMTP_PASSWORD`) and never appear in output.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Address, Message, SmtpTransport, Transport};

use super::compose::Mail;
use crate::i18n::Text;
use crate::tr;

/// A mailbox for an address; the domain goes to punycode when the local part is ASCII, so the
/// envelope works with servers that do not speak SMTPUTF8.
pub fn mailbox(address: &str) -> Result<Mailbox, Text> {
    let shown = format!("{address:?}");
    let (local, domain) = address
        .rsplit_once('@')
        .ok_or_else(|| tr!("notify-not-an-address", address = &shown))?;
    let domain = if local.is_ascii() {
        idna::domain_to_ascii(domain).map_err(|_| tr!("notify-bad-domain", address = &shown))?
    } else {
        domain.to_string()
    };
    Address::new(local, domain)
        .map(|a| Mailbox::new(None, a))
        .map_err(|e| Text::literal(format!("{shown}: {e}")))
}

/// Whether `month` is written `YYYY-MM` with a real month.
/// The error names the option: `--month "2021-9": write the month as YYYY-MM`.
pub fn check_month(month: &str) -> Result<(), Text> {
    let ok = month.len() == 7
        && month.as_bytes()[4] == b'-'
        && month[..4]
            .parse::<u16>()
            .is_ok_and(|y| (1970..=2999).contains(&y))
        && month[5..]
            .parse::<u8>()
            .is_ok_and(|m| (1..=12).contains(&m));
    if ok {
        Ok(())
    } else {
        Err(tr!("notify-month-invalid", month = format!("{month:?}")))
    }
}

/// The messages' `Date:`: now, or the time `SOURCE_DATE_EPOCH` gives (seconds since 1970, as
/// reproducible builds define it), so tests and reruns can pin it.
pub fn date(source_date_epoch: Option<&str>) -> Result<SystemTime, Text> {
    match source_date_epoch {
        None => Ok(SystemTime::now()),
        Some(text) => text
            .trim()
            .parse::<u64>()
            .map(|secs| UNIX_EPOCH + Duration::from_secs(secs))
            .map_err(|_| tr!("notify-epoch-invalid", value = format!("{text:?}"))),
    }
}

/// The lettre message of a mail.
pub fn message(mail: &Mail, from: &str, date: SystemTime) -> Result<Message, Text> {
    let mut builder = Message::builder()
        .from(mailbox(from)?)
        .subject(&mail.subject)
        .date(date)
        .message_id(Some(mail.message_id.clone()));
    for to in &mail.to {
        builder = builder.to(mailbox(to)?);
    }
    for cc in &mail.cc {
        builder = builder.cc(mailbox(cc)?);
    }
    let text = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone());
    let built = match &mail.attachment {
        None => builder.singlepart(text),
        Some((name, bytes)) => {
            let kind = match name.ends_with(".xlsx") {
                true => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                false => "text/csv; charset=utf-8",
            };
            let csv = ContentType::parse(kind).map_err(|e| Text::literal(e.to_string()))?;
            // A boundary from the Message-ID, so the same content gives the same bytes.
            let boundary: String = mail
                .message_id
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            builder.multipart(
                MultiPart::mixed()
                    .boundary(format!("kontakt-{boundary}"))
                    .singlepart(text)
                    .singlepart(Attachment::new(name.clone()).body(bytes.clone(), csv)),
            )
        }
    };
    built.map_err(|e| Text::literal(e.to_string()))
}

/// Where messages go.
pub enum Destination {
    /// `.eml` files, named `<month>-<key>.eml`, in this folder.
    Outbox(std::path::PathBuf),
    Smtp(Box<SmtpTransport>),
}

/// A PEM certificate to trust besides the system's roots (a private CA, or a test server's).
pub fn ca(pem: &[u8]) -> Result<Certificate, Text> {
    // lettre accepts a file with no certificate in it; kontakt does not.
    if !pem.windows(27).any(|w| w == b"-----BEGIN CERTIFICATE-----") {
        return Err(tr!("notify-ca-no-certificate"));
    }
    Certificate::from_pem(pem).map_err(|e| Text::literal(e.to_string()))
}

/// `smtp://host:port` (plain, or STARTTLS with `starttls`), `smtps://host:port` (TLS), trusting
/// `ca` besides the system's roots.
pub fn smtp(url: &str, starttls: bool, ca: Option<Certificate>) -> Result<SmtpTransport, Text> {
    let shown = format!("{url:?}");
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| tr!("notify-smtp-not-url", url = &shown))?;
    let (host, port) = match rest.trim_end_matches('/').rsplit_once(':') {
        Some((h, p)) => (
            h.to_string(),
            p.parse::<u16>()
                .map_err(|_| tr!("notify-smtp-bad-port", url = &shown))?,
        ),
        None => (
            rest.trim_end_matches('/').to_string(),
            if scheme == "smtps" { 465 } else { 587 },
        ),
    };
    if host.is_empty() {
        return Err(tr!("notify-smtp-no-host", url = &shown));
    }
    if host.contains('@') {
        return Err(tr!("notify-smtp-credentials-in-url"));
    }
    if scheme == "smtps" && starttls {
        return Err(tr!("notify-smtp-starttls-with-smtps"));
    }
    let tls = |h: &str| {
        let mut params = TlsParameters::builder(h.to_string());
        if let Some(ca) = ca.clone() {
            params = params.add_root_certificate(ca);
        }
        params.build().map_err(|e| Text::literal(e.to_string()))
    };
    let mut builder = match (scheme, starttls) {
        ("smtp", false) if ca.is_some() => {
            return Err(tr!("notify-smtp-ca-needs-tls"));
        }
        ("smtp", false) => SmtpTransport::builder_dangerous(&host).port(port),
        ("smtp", true) => SmtpTransport::builder_dangerous(&host)
            .port(port)
            .tls(Tls::Required(tls(&host)?)),
        ("smtps", _) => SmtpTransport::builder_dangerous(&host)
            .port(port)
            .tls(Tls::Wrapper(tls(&host)?)),
        _ => return Err(tr!("notify-smtp-bad-scheme", url = &shown)),
    };
    if let (Ok(user), Ok(password)) = (
        std::env::var("KONTAKT_SMTP_USER"),
        std::env::var("KONTAKT_SMTP_PASSWORD"),
    ) {
        builder = builder.credentials(Credentials::new(user, password));
    }
    Ok(builder.timeout(Some(Duration::from_secs(30))).build())
}

/// A delivery error as the coordinator needs to read it: a certificate the client does not
/// trust says how to trust it.
fn explain(e: &lettre::transport::smtp::Error) -> Text {
    use std::error::Error as _;
    // A connection that failed at the operating system's level (refused, unreachable): its
    // reason in the run's language.
    let mut source = e.source();
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            // Not InvalidData: TLS failures (an untrusted certificate) come wrapped as that.
            if matches!(
                io.kind(),
                ConnectionRefused
                    | ConnectionReset
                    | ConnectionAborted
                    | HostUnreachable
                    | NetworkUnreachable
                    | AddrNotAvailable
                    | TimedOut
            ) {
                return tr!("notify-smtp-io", reason = crate::i18n::io_reason(io));
            }
        }
        source = s.source();
    }
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let more = s.to_string();
        if !text.contains(&more) {
            text = format!("{text}: {more}");
        }
        source = s.source();
    }
    if text.contains("certificate") {
        return tr!("notify-smtp-untrusted", reason = text);
    }
    Text::literal(text)
}

/// Deliver one message: what became of it (`written to …`, `sent`), or why it failed.
pub fn deliver(
    dest: &Destination,
    month: &str,
    mail: &Mail,
    message: &Message,
) -> Result<Text, Text> {
    match dest {
        Destination::Outbox(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| {
                tr!(
                    "notify-cannot-create",
                    path = dir.display().to_string(),
                    reason = crate::i18n::io_reason(&e)
                )
            })?;
            let path = dir.join(crate::export::cards::file_name(
                &format!("{month}-{}", mail.key),
                "eml",
            ));
            write_file(&path, &message.formatted())?;
            Ok(tr!("notify-written", path = path.display().to_string()))
        }
        Destination::Smtp(transport) => transport
            .send(message)
            .map(|_| tr!("notify-sent"))
            .map_err(|e| explain(&e)),
    }
}

/// Written beside and renamed into place, so a full disk never leaves half a mail.
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Text> {
    let tmp = path.with_extension("eml.tmp");
    std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            tr!(
                "notify-cannot-write-file",
                path = path.display().to_string(),
                reason = crate::i18n::io_reason(&e)
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_dates() {
        assert!(check_month("2021-09").is_ok());
        for bad in [
            "2021-13", "21-09", "2021-9", "2021-00", "abcd-01", "0000-01",
        ] {
            assert!(check_month(bad).is_err(), "{bad}");
        }
        assert_eq!(
            date(Some("1633075200")).unwrap(),
            UNIX_EPOCH + Duration::from_secs(1_633_075_200)
        );
        assert!(date(Some("yesterday")).is_err());
        assert!(date(None).unwrap() > UNIX_EPOCH + Duration::from_secs(1_700_000_000));
    }

    #[test]
    fn idn_domains_go_to_punycode_for_ascii_local_parts() {
        assert_eq!(
            mailbox("info@jämy.se").unwrap().email.to_string(),
            "info@xn--jmy-qla.se"
        );
    }
}
