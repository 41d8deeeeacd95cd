//! E-mail addresses: what a cell holds, split into addresses, each checked.
//!
//! A cell may hold `mailto:` links, quotes, `Name <addr>` and several addresses. Each address is
//! checked by the validator crate and by `lettre::Address`, plus what both miss: at most 254
//! octets, a local part of at most 64, a domain of at least two labels, no IP literal.

use lettre::Address;
use validator::ValidateEmail;

use crate::diagnostic::{Code, Finding};
use crate::source::Location;
use crate::text::ascii_fold;

/// A checked address. The domain is stored lower-cased, as Unicode and as punycode.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Email {
    pub local: String,
    pub domain: String,
    /// The domain in ASCII (punycode for an IDN domain; the same as `domain` otherwise).
    pub domain_ascii: String,
}

impl Email {
    pub fn address(&self) -> String {
        format!("{}@{}", self.local, self.domain)
    }

    /// The address as SMTP needs it when the local part is ASCII.
    pub fn address_ascii(&self) -> String {
        format!("{}@{}", self.local, self.domain_ascii)
    }

    /// The key two rows are compared by: case does not make two addresses different in practice.
    pub fn key(&self) -> String {
        format!("{}@{}", self.local.to_lowercase(), self.domain_ascii)
    }
}

/// Split a cell into address tokens.
pub fn tokens(cell: &str) -> Vec<String> {
    let mut text = cell.to_string();
    // `Name <addr>`: keep what is inside the angle brackets.
    if text.contains('<') && text.contains('>') {
        text = text
            .split('<')
            .skip(1)
            .filter_map(|part| part.split_once('>').map(|(inside, _)| inside))
            .collect::<Vec<_>>()
            .join(" ");
    }
    text.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .map(|t| {
            let t = t.trim_matches(|c| matches!(c, '"' | '\'' | '‘' | '’' | '“' | '”' | '<' | '>'));
            let lower = t.to_lowercase();
            if lower.starts_with("mailto:") {
                t["mailto:".len()..].to_string()
            } else {
                t.to_string()
            }
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// Check one address. The error names what is wrong.
pub fn check(address: &str) -> Result<Email, String> {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return Err("has no @".into());
    };
    if local.is_empty() {
        return Err("has nothing before the @".into());
    }
    if address.len() > 254 {
        return Err(format!(
            "is {} octets long; the limit is 254",
            address.len()
        ));
    }
    if local.len() > 64 {
        return Err(format!(
            "has a local part of {} octets; the limit is 64",
            local.len()
        ));
    }
    if domain.starts_with('[')
        || domain
            .split('.')
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err("uses an IP address instead of a domain".into());
    }
    let domain = domain.to_lowercase();
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return Err(format!(
            "has the domain {domain:?}, which needs at least two parts such as example.se"
        ));
    }
    let domain_ascii =
        idna::domain_to_ascii(&domain).map_err(|_| format!("has the invalid domain {domain:?}"))?;
    // A non-ASCII local part is legal (SMTPUTF8) but warned about elsewhere; check its shape in ASCII.
    let folded = format!("{}@{domain_ascii}", ascii_fold(local));
    if !folded.validate_email() || Address::new(ascii_fold(local), &domain_ascii).is_err() {
        return Err("is not a valid address".into());
    }
    Ok(Email {
        local: local.to_string(),
        domain,
        domain_ascii,
    })
}

/// Every address in a cell, with a finding for each one that is wrong or doubtful.
pub fn parse_cell(cell: &str, at: &Location) -> (Vec<Email>, Vec<Finding>) {
    let mut emails = Vec::new();
    let mut findings = Vec::new();
    for token in tokens(cell) {
        match check(&token) {
            Ok(email) => {
                if !email.local.is_ascii() {
                    findings.push(
                        Finding::at(
                            Code::EmailNonAscii,
                            at,
                            format!(
                                "{:?} has letters outside ASCII before the @",
                                email.address()
                            ),
                        )
                        .with_help(format!(
                            "many mail systems reject such addresses; did you mean {}@{}?",
                            ascii_fold(&email.local),
                            email.domain
                        )),
                    );
                }
                emails.push(email);
            }
            Err(why) => findings.push(
                Finding::at(Code::EmailInvalid, at, format!("{token:?} {why}"))
                    .with_help("write one address per cell, or separate several with ;"),
            ),
        }
    }
    (emails, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_strip_mailto_quotes_and_names() {
        assert_eq!(tokens("mailto:eva.norlin@umea.se"), ["eva.norlin@umea.se"]);
        assert_eq!(
            tokens("\"Eva Norlin\" <eva.norlin@umea.se>"),
            ["eva.norlin@umea.se"]
        );
        assert_eq!(
            tokens("a@b.se; c@d.se, e@f.se\ng@h.se"),
            ["a@b.se", "c@d.se", "e@f.se", "g@h.se"]
        );
    }

    #[test]
    fn valid_addresses_keep_the_local_part_and_lower_case_the_domain() {
        let e = check("Eva.Norlin@UMEA.se").unwrap();
        assert_eq!(e.address(), "Eva.Norlin@umea.se");
        assert_eq!(e.key(), "eva.norlin@umea.se");
    }

    #[test]
    fn idn_domains_keep_both_forms() {
        let e = check("info@jämy.se").unwrap();
        assert_eq!(e.domain, "jämy.se");
        assert_eq!(e.domain_ascii, "xn--jmy-qla.se");
    }

    #[test]
    fn what_the_crates_miss_is_rejected() {
        assert!(check("a@localhost").unwrap_err().contains("two parts"));
        assert!(check("a@[127.0.0.1]").unwrap_err().contains("IP"));
        assert!(check("a@127.0.0.1").unwrap_err().contains("IP"));
        assert!(
            check(&format!("{}@x.se", "a".repeat(65)))
                .unwrap_err()
                .contains("64")
        );
        assert!(
            check(&format!("a@{}.se", "b".repeat(260)))
                .unwrap_err()
                .contains("254")
        );
        assert!(check("eva.norlin.umea.se").unwrap_err().contains("no @"));
        assert!(check("eva norlin@umea.se").is_err() || tokens("eva norlin@umea.se").len() == 2);
        assert!(check("eva..norlin@umea.se").is_err());
        assert!(check("eva@umea..se").is_err());
    }

    #[test]
    fn non_ascii_local_part_is_a_warning_with_the_ascii_form() {
        let at = Location::file("v.csv", crate::source::FileKind::Text).at(3, 3);
        let (emails, findings) = parse_cell("åsa.ekman@socialcentrum.goteborg.se", &at);
        assert_eq!(emails.len(), 1);
        assert_eq!(findings[0].code, Code::EmailNonAscii);
        assert!(
            findings[0]
                .help
                .as_deref()
                .unwrap()
                .contains("asa.ekman@socialcentrum.goteborg.se")
        );
    }
}
