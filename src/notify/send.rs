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
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Address, Message, SmtpTransport, Transport};

use super::compose::Mail;

/// A mailbox for an address; the domain goes to punycode when the local part is ASCII, so the
/// envelope works with servers that do not speak SMTPUTF8.
pub fn mailbox(address: &str) -> Result<Mailbox, String> {
    let (local, domain) = address
        .rsplit_once('@')
        .ok_or_else(|| format!("{address:?} is not an address"))?;
    let domain = if local.is_ascii() {
        idna::domain_to_ascii(domain).map_err(|_| format!("bad domain in {address:?}"))?
    } else {
        domain.to_string()
    };
    Address::new(local, domain)
        .map(|a| Mailbox::new(None, a))
        .map_err(|e| format!("{address:?}: {e}"))
}

/// `YYYY-MM` → the first of the month, 08:00 UTC: the Date of the month's messages.
pub fn month_date(month: &str) -> Result<SystemTime, String> {
    let (y, m) = month.split_once('-').ok_or("write the month as YYYY-MM")?;
    let (y, m): (i64, i64) = (
        y.parse().map_err(|_| "bad year")?,
        m.parse().map_err(|_| "bad month")?,
    );
    if y.to_string().len() != 4 || !(1..=12).contains(&m) || month.len() != 7 {
        return Err("write the month as YYYY-MM".into());
    }
    // Days from 1970-01-01 to the first of the month (civil-from-days inverse, Howard Hinnant).
    let (yy, mm) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let doy = (153 * mm + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    Ok(UNIX_EPOCH + Duration::from_secs((days * 86400 + 8 * 3600) as u64))
}

/// The lettre message of a mail.
pub fn message(mail: &Mail, from: &str, date: SystemTime) -> Result<Message, String> {
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
            let csv = ContentType::parse("text/csv; charset=utf-8").map_err(|e| e.to_string())?;
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
    built.map_err(|e| e.to_string())
}

/// Where messages go.
pub enum Destination {
    /// `.eml` files, named `<month>-<key>.eml`, in this folder.
    Outbox(std::path::PathBuf),
    Smtp(Box<SmtpTransport>),
}

/// `smtp://host:port` (plain, or STARTTLS with `starttls`), `smtps://host:port` (TLS).
pub fn smtp(url: &str, starttls: bool) -> Result<SmtpTransport, String> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| format!("{url:?} is not smtp://host:port or smtps://host:port"))?;
    let (host, port) = match rest.trim_end_matches('/').rsplit_once(':') {
        Some((h, p)) => (
            h.to_string(),
            p.parse::<u16>()
                .map_err(|_| format!("bad port in {url:?}"))?,
        ),
        None => (
            rest.trim_end_matches('/').to_string(),
            if scheme == "smtps" { 465 } else { 587 },
        ),
    };
    let tls = |h: &str| TlsParameters::new(h.to_string()).map_err(|e| e.to_string());
    let mut builder = match (scheme, starttls) {
        ("smtp", false) => SmtpTransport::builder_dangerous(&host).port(port),
        ("smtp", true) => SmtpTransport::builder_dangerous(&host)
            .port(port)
            .tls(Tls::Required(tls(&host)?)),
        ("smtps", _) => SmtpTransport::builder_dangerous(&host)
            .port(port)
            .tls(Tls::Wrapper(tls(&host)?)),
        _ => return Err(format!("{url:?}: the scheme must be smtp or smtps")),
    };
    if let (Ok(user), Ok(password)) = (
        std::env::var("KONTAKT_SMTP_USER"),
        std::env::var("KONTAKT_SMTP_PASSWORD"),
    ) {
        builder = builder.credentials(Credentials::new(user, password));
    }
    Ok(builder.timeout(Some(Duration::from_secs(30))).build())
}

/// Deliver one message.
pub fn deliver(
    dest: &Destination,
    month: &str,
    mail: &Mail,
    message: &Message,
) -> Result<String, String> {
    match dest {
        Destination::Outbox(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            let path = dir.join(format!(
                "{month}-{}.eml",
                crate::export::cards::safe_name(&mail.key)
            ));
            write_file(&path, &message.formatted())?;
            Ok(format!("written to {}", path.display()))
        }
        Destination::Smtp(transport) => transport
            .send(message)
            .map(|_| "sent".to_string())
            .map_err(|e| e.to_string()),
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_dates() {
        let secs = |m: &str| {
            month_date(m)
                .unwrap()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_secs()
        };
        assert_eq!(secs("1970-01"), 8 * 3600);
        assert_eq!(secs("2021-09"), 1_630_454_400 + 8 * 3600);
        assert!(month_date("2021-13").is_err());
        assert!(month_date("21-09").is_err());
    }

    #[test]
    fn idn_domains_go_to_punycode_for_ascii_local_parts() {
        assert_eq!(
            mailbox("info@jämy.se").unwrap().email.to_string(),
            "info@xn--jmy-qla.se"
        );
    }
}
