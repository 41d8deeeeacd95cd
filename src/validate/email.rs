//! E-mail addresses: what a cell holds, split into addresses, each checked.
//!
//! A cell may hold `mailto:` links (percent-decoded), quotes, `Name <addr>` and several
//! addresses. Each address is checked by the validator crate and by `lettre::Address`, plus what
//! both miss, aligned with Python's `email-validator` (see the README for the differences):
//! exactly one `@`; no quoted local part; at most 64 octets before the `@` and 254 in all, in
//! the ASCII (punycode) form that goes on the wire; a domain processed by UTS #46 with the
//! strict settings (full-width forms mapped, hyphens checked), of letters, marks, digits and
//! hyphens only (no emoji or symbols), at least two labels, a top-level domain that is not a
//! number, no IP literal. What kontakt changes (a decoded link, a mapped domain) and a domain
//! that mixes scripts (a look-alike) are reported at the cell.

use std::sync::Arc;

use lettre::Address;
use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
use unicode_script::{Script, UnicodeScript};
use validator::ValidateEmail;

use crate::diagnostic::{Code, Finding};
use crate::i18n::Text;
pub use crate::model::Email;
use crate::source::Location;
use crate::text::{ascii_fold, quoted};
use crate::tr;

/// One address as a cell writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    /// The `mailto:` link as written, when the address was decoded from it or came from its
    /// `?to=`, `?cc=` or `?bcc=` fields.
    pub decoded_from: Option<String>,
    /// Why the token cannot be an address before it is even checked (a link whose
    /// percent-encoding is not UTF-8), said after the address (`is percent-encoded, …`). There
    /// is one such problem; its finding is `email-invalid-broken-link`.
    pub problem: Option<Text>,
}

/// The addresses of a `mailto:` link (RFC 6068): its path and its `to`, `cc` and `bcc` fields,
/// percent-decoded. `subject` and `body` hold no address.
fn link_tokens(raw: &str, link: &str) -> Vec<Token> {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    let mut parts: Vec<&str> = vec![path];
    for field in query.split('&') {
        if let Some((name, value)) = field.split_once('=')
            && matches!(name.to_ascii_lowercase().as_str(), "to" | "cc" | "bcc")
        {
            parts.push(value);
        }
    }
    let mut tokens = Vec::new();
    for part in parts {
        match percent_encoding::percent_decode_str(part).decode_utf8() {
            Ok(decoded) => {
                let plain = decoded == part && part == link;
                for address in decoded.split(',').map(unwrap).filter(|a| !a.is_empty()) {
                    tokens.push(Token {
                        text: address.to_string(),
                        decoded_from: (!plain).then(|| raw.to_string()),
                        problem: None,
                    });
                }
            }
            Err(_) => tokens.push(Token {
                text: part.to_string(),
                decoded_from: None,
                problem: Some(tr!("email-link-broken")),
            }),
        }
    }
    tokens
}

const QUOTES: [char; 8] = ['"', '\'', '‘', '’', '“', '”', '<', '>'];

/// A token without quotes or angle brackets that wrap it whole; quotes inside stay. A token of
/// nothing but such characters is empty.
fn unwrap(token: &str) -> &str {
    if token.chars().all(|c| QUOTES.contains(&c)) {
        return "";
    }
    let mut t = token;
    loop {
        let mut chars = t.chars();
        match (chars.next(), chars.next_back()) {
            (Some(a), Some(b)) if QUOTES.contains(&a) && QUOTES.contains(&b) => t = chars.as_str(),
            _ => break,
        }
    }
    t.trim_start_matches('<').trim_end_matches('>')
}

fn split_tokens(text: &str) -> Vec<Token> {
    text.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .flat_map(|raw| {
            let t = unwrap(raw);
            match t.get(..7) {
                Some(scheme) if scheme.eq_ignore_ascii_case("mailto:") => link_tokens(t, &t[7..]),
                _ if t.is_empty() => Vec::new(),
                _ => vec![Token {
                    text: t.to_string(),
                    decoded_from: None,
                    problem: None,
                }],
            }
        })
        .collect()
}

/// Split a cell into address tokens, and the addresses a `Name <addr>` cell shows outside its
/// brackets when they differ from the ones inside.
pub fn tokens_of(cell: &str) -> (Vec<Token>, Vec<String>) {
    // Most cells are one plain address: nothing to split, unwrap or decode.
    let plain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-' | b'@');
    if !cell.is_empty() && cell.bytes().all(plain) {
        let token = Token {
            text: cell.to_string(),
            decoded_from: None,
            problem: None,
        };
        return (vec![token], Vec::new());
    }
    if !(cell.contains('<') && cell.contains('>')) {
        return (split_tokens(cell), Vec::new());
    }
    let mut inside = String::new();
    let mut outside = String::new();
    let mut rest = cell;
    while let Some(open) = rest.find('<') {
        outside.push_str(&rest[..open]);
        outside.push(' ');
        match rest[open + 1..].find('>') {
            Some(close) => {
                inside.push_str(&rest[open + 1..open + 1 + close]);
                inside.push(' ');
                rest = &rest[open + 1 + close + 1..];
            }
            None => {
                outside.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    outside.push_str(rest);
    let mut tokens = split_tokens(&inside);
    let shown: Vec<Token> = split_tokens(&outside)
        .into_iter()
        .filter(|t| t.text.contains('@'))
        .collect();
    let mut differing = Vec::new();
    for t in shown {
        if !tokens.iter().any(|i| i.text.eq_ignore_ascii_case(&t.text)) {
            differing.push(t.text.clone());
            tokens.push(t);
        }
    }
    (tokens, differing)
}

/// The address texts of a cell (for tests and tools).
pub fn tokens(cell: &str) -> Vec<String> {
    tokens_of(cell).0.into_iter().map(|t| t.text).collect()
}

/// Check one address. The error is the whole message, naming the address as written (quoted).
/// What is wrong with a domain, whatever the address around it.
#[derive(Debug, Clone)]
enum DomainError {
    LabelTooLong { octets: usize, label: String },
    Invalid,
    OneLabel,
    Char(char),
    NumericTld(String),
}

impl DomainError {
    fn text(&self, written: &str, domain: &str) -> Text {
        let lower_shown = format!("{:?}", domain.to_lowercase());
        match self {
            DomainError::LabelTooLong { octets, label } => tr!(
                "email-invalid-label-too-long",
                address = written,
                octets = *octets,
                label = label.as_str()
            ),
            DomainError::Invalid => tr!(
                "email-invalid-domain",
                address = written,
                domain = &lower_shown
            ),
            DomainError::OneLabel => tr!(
                "email-invalid-one-label",
                address = written,
                domain = &lower_shown
            ),
            DomainError::Char(c) => tr!(
                "email-invalid-domain-char",
                address = written,
                character = format!("{c:?}"),
                code = format!("U+{:04X}", *c as u32)
            ),
            DomainError::NumericTld(tld) => tr!(
                "email-invalid-numeric-tld",
                address = written,
                tld = format!("{tld:?}")
            ),
        }
    }
}

/// A domain that passed kontakt's own checks.
#[derive(Debug, Clone)]
struct Domain {
    /// As it goes on the wire (punycode).
    ascii: Arc<str>,
    unicode: Arc<str>,
    /// Whether validator and lettre accept an address of this domain whose local part is plain
    /// (`plain_local`): what they say of such an address depends only on its domain.
    accepted: bool,
}

/// The domain as written, in ASCII (punycode) and Unicode, or what is wrong with it. A directory's
/// addresses share a handful of domains, so each thread remembers the last few thousand.
fn checked_domain(domain: &str) -> Result<Domain, DomainError> {
    type Memo = rustc_hash::FxHashMap<String, Result<Domain, DomainError>>;
    thread_local! {
        static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::default());
    }
    MEMO.with_borrow_mut(|memo| {
        if let Some(known) = memo.get(domain) {
            return known.clone();
        }
        if memo.len() >= 4096 {
            memo.clear();
        }
        let checked = check_domain(domain).map(|(ascii, unicode)| Domain {
            accepted: format!("a@{ascii}").validate_email() && Address::new("a", &ascii).is_ok(),
            ascii: ascii.into(),
            unicode: unicode.into(),
        });
        memo.insert(domain.to_string(), checked.clone());
        checked
    })
}

/// A local part both libraries accept whatever the domain: ASCII letters, digits, `_ + -` and
/// dots between them (a subset of RFC 5322's dot-atom), at most 64 octets.
fn plain_local(local: &str) -> bool {
    let b = local.as_bytes();
    let mut after_dot = true;
    !b.is_empty()
        && b.len() <= 64
        && b[b.len() - 1] != b'.'
        && b.iter().all(|&c| {
            // No dot first or after another dot.
            let dot = c == b'.';
            let fine =
                (dot && !after_dot) || c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'-');
            after_dot = dot;
            fine
        })
}

fn check_domain(domain: &str) -> Result<(String, String), DomainError> {
    let lower = domain.to_lowercase();
    // The limits hold for the ASCII (punycode) form that goes on the wire.
    if let Ok(lenient) = idna::domain_to_ascii(&lower)
        && let Some(long) = lenient.split('.').find(|l| l.len() > 63)
    {
        return Err(DomainError::LabelTooLong {
            octets: long.len(),
            label: long.to_string(),
        });
    }
    // UTS #46, strict: full-width forms and case mapped, disallowed characters and misplaced
    // hyphens refused, label and name lengths checked.
    let domain_ascii = idna::domain_to_ascii_strict(&lower).map_err(|_| DomainError::Invalid)?;
    let (unicode, _) = idna::domain_to_unicode(&domain_ascii);
    let labels: Vec<&str> = unicode.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return Err(DomainError::OneLabel);
    }
    if let Some(c) = unicode.chars().find(|&c| {
        c != '-'
            && c != '.'
            && !matches!(
                c.general_category_group(),
                GeneralCategoryGroup::Letter
                    | GeneralCategoryGroup::Mark
                    | GeneralCategoryGroup::Number
            )
    }) {
        return Err(DomainError::Char(c));
    }
    let tld = labels[labels.len() - 1];
    if tld.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DomainError::NumericTld(tld.to_string()));
    }
    Ok((domain_ascii, unicode))
}

pub fn check_address(address: &str) -> Result<Email, Text> {
    let written = || quoted(address);
    let ats = address.matches('@').count();
    if ats == 0 {
        return Err(tr!("email-invalid-no-at", address = &written()));
    }
    if ats > 1 {
        return Err(tr!("email-invalid-two-at", address = &written()));
    }
    let (local, domain) = address.split_once('@').expect("one @");
    if local.is_empty() {
        return Err(tr!("email-invalid-empty-local", address = &written()));
    }
    if local.starts_with('"') || local.ends_with('"') {
        return Err(tr!("email-invalid-quoted", address = &written()));
    }
    if local.len() > 64 {
        return Err(tr!(
            "email-invalid-local-too-long",
            address = &written(),
            octets = local.len()
        ));
    }
    if domain.starts_with('[')
        || domain
            .split('.')
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(tr!("email-invalid-ip", address = &written()));
    }
    // Far over any limit: refused before the domain is processed.
    if address.len() > 1024 {
        return Err(tr!(
            "email-invalid-too-long",
            address = &written(),
            octets = address.len()
        ));
    }
    let Domain {
        ascii: domain_ascii,
        unicode,
        accepted,
    } = checked_domain(domain).map_err(|e| e.text(&written(), domain))?;
    let wire = local.len() + 1 + domain_ascii.len();
    if wire > 254 {
        let sent = format!("{local}@{domain_ascii}");
        return Err(tr!(
            "email-invalid-wire-too-long",
            address = &written(),
            octets = wire,
            sent = sent
        ));
    }
    // A non-ASCII local part is legal (SMTPUTF8) but warned about elsewhere; its shape is checked
    // with each non-ASCII letter or digit standing in as an ASCII letter.
    if plain_local(local) {
        // The common case, without building strings: both libraries accept such a local part,
        // so the address is what its domain is (`Domain::accepted`, worked out once).
        if !accepted {
            return Err(tr!("email-invalid", address = &written()));
        }
        return Ok(Email {
            local: local.into(),
            domain: unicode,
            domain_ascii,
        });
    }
    let shape: String = local
        .chars()
        .map(|c| {
            if !c.is_ascii() && c.is_alphanumeric() {
                'a'
            } else {
                c
            }
        })
        .collect();
    let folded = format!("{shape}@{domain_ascii}");
    if !folded.validate_email() || Address::new(shape, &domain_ascii).is_err() {
        return Err(tr!("email-invalid", address = &written()));
    }
    Ok(Email {
        local: local.into(),
        domain: unicode,
        domain_ascii,
    })
}

/// A script's name in the run's language: those look-alikes come from by name, any other as
/// Unicode names it.
fn script_name(script: Script) -> Text {
    match script {
        Script::Latin => tr!("script-latin"),
        Script::Cyrillic => tr!("script-cyrillic"),
        Script::Greek => tr!("script-greek"),
        Script::Armenian => tr!("script-armenian"),
        Script::Georgian => tr!("script-georgian"),
        Script::Cherokee => tr!("script-cherokee"),
        Script::Arabic => tr!("script-arabic"),
        Script::Hebrew => tr!("script-hebrew"),
        Script::Han => tr!("script-han"),
        other => Text::literal(other.full_name()),
    }
}

/// Whether the address's domain mixes scripts (`email-confusable`): a look-alike of another
/// domain, to which kontakt never sends a mail.
pub fn looks_alike(email: &Email) -> bool {
    mixed_script(&email.domain).is_some()
}

/// When a domain label mixes scripts (a look-alike such as a Cyrillic `е` in `umеa.se`): the
/// label's main script, the other one, and the first letter of the other one.
fn mixed_script(domain: &str) -> Option<(Script, Script, char)> {
    if domain.is_ascii() {
        // ASCII letters are all Latin; digits and punctuation belong to no script.
        return None;
    }
    for label in domain.split('.') {
        let mut seen: Vec<(Script, usize, char)> = Vec::new();
        for c in label.chars() {
            let script = c.script();
            if matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
                continue;
            }
            match seen.iter_mut().find(|(s, _, _)| *s == script) {
                Some(entry) => entry.1 += 1,
                None => seen.push((script, 1, c)),
            }
        }
        if seen.len() > 1 {
            seen.sort_by_key(|(_, n, _)| std::cmp::Reverse(*n));
            return Some((seen[0].0, seen[1].0, seen[1].2));
        }
    }
    None
}

/// What help an invalid address gets, by what is wrong with it.
fn help_for(why: &Text) -> Text {
    match why.id.as_ref() {
        "email-invalid-two-at" => tr!("email-help-one-at"),
        "email-invalid-quoted" => tr!("email-help-no-quotes"),
        "email-invalid-no-at" => tr!("email-help-whole-address"),
        "email-invalid-ip"
        | "email-invalid-label-too-long"
        | "email-invalid-domain"
        | "email-invalid-one-label"
        | "email-invalid-domain-char"
        | "email-invalid-numeric-tld" => tr!("email-help-domain"),
        _ => tr!("email-help-check"),
    }
}

/// Every address in a cell, with a finding for each one that is wrong, doubtful, or kept in
/// another form than written. A cell in which no address remains is `email-missing`.
pub fn parse_cell(cell: &str, at: &Location) -> (Vec<Email>, Vec<Finding>) {
    let mut emails = Vec::new();
    let mut findings = Vec::new();
    let (tokens, differing) = if crate::text::says_none(cell) {
        (Vec::new(), Vec::new())
    } else {
        tokens_of(cell)
    };
    if tokens.is_empty() {
        findings.push(
            Finding::at(
                Code::EmailMissing,
                at,
                tr!("email-missing-in-cell", cell = quoted(cell)),
            )
            .with_help(tr!("email-help-write-address")),
        );
    }
    for shown in &differing {
        findings.push(
            Finding::at(
                Code::EmailDisplayDiffers,
                at,
                tr!("email-display-differs", shown = shown),
            )
            .with_help(tr!("email-help-keep-one")),
        );
    }
    for token in tokens {
        let text = &token.text;
        if token.problem.is_some() {
            // The one problem a token has before it is checked: a broken link.
            findings.push(
                Finding::at(
                    Code::EmailInvalid,
                    at,
                    tr!("email-invalid-broken-link", address = quoted(text)),
                )
                .with_help(tr!("email-help-write-address")),
            );
            continue;
        }
        match check_address(text) {
            Ok(email) => {
                if let Some(link) = &token.decoded_from {
                    findings.push(Finding::at(
                        Code::EmailNormalised,
                        at,
                        tr!(
                            "email-read-from-link",
                            address = email.address(),
                            link = link
                        ),
                    ));
                }
                let written = text.rsplit_once('@').map_or("", |(_, d)| d);
                let same_domain = match written.is_ascii() {
                    // `to_lowercase` without building it: ASCII lowers byte by byte.
                    true => {
                        written.len() == email.domain.len()
                            && written
                                .bytes()
                                .zip(email.domain.bytes())
                                .all(|(a, b)| a.to_ascii_lowercase() == b)
                    }
                    false => *written.to_lowercase() == *email.domain,
                };
                if !same_domain {
                    findings.push(
                        Finding::at(
                            Code::EmailNormalised,
                            at,
                            tr!(
                                "email-kept-as",
                                written = quoted(text),
                                address = email.address()
                            ),
                        )
                        .with_help(
                            if written.to_ascii_lowercase().contains("xn--") {
                                tr!("email-help-punycode")
                            } else {
                                tr!("email-help-ordinary-letters")
                            },
                        ),
                    );
                }
                if let Some((main, other, odd)) = mixed_script(&email.domain) {
                    let odd_shown = format!("{odd:?}");
                    let code = format!("U+{:04X}", odd as u32);
                    findings.push(
                        Finding::at(
                            Code::EmailConfusable,
                            at,
                            tr!(
                                "email-confusable-domain",
                                address = email.address(),
                                main = script_name(main),
                                other = script_name(other),
                                character = odd_shown,
                                code = code
                            ),
                        )
                        .with_help(tr!("email-help-retype-domain")),
                    );
                }
                if !email.local.is_ascii() {
                    let shown = format!("{:?}", email.address());
                    let suggestion = format!("{}@{}", ascii_fold(&email.local), email.domain);
                    findings.push(
                        Finding::at(
                            Code::EmailNonAscii,
                            at,
                            tr!("email-non-ascii-local", address = shown),
                        )
                        .with_help(tr!("email-help-ascii-form", suggestion = suggestion)),
                    );
                }
                emails.push(email);
            }
            Err(why) => {
                let help = help_for(&why);
                findings.push(Finding::at(Code::EmailInvalid, at, why).with_help(help));
            }
        }
    }
    (emails, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain local parts take a short cut past validator and lettre: it must say what they
    /// say, for every domain kontakt's own checks let through.
    #[test]
    fn plain_local_parts_are_judged_as_the_libraries_judge_them() {
        let locals = [
            "a",
            "eva.norlin",
            "e-n",
            "e_n",
            "e+tag",
            "A.B.C",
            "x1",
            "-a",
            "a-",
            "_",
            "+",
            "0",
            &"a".repeat(64),
        ];
        let domains = [
            "example.se",
            "länsstyrelsen.se",
            "xn--lnsstyrelsen-7ib.se",
            "a.b",
            "a-b.se",
            "sub.domain.example.com",
            "xn--80ak6aa92e.com",
            "example.s",
            "ex_ample.se",
            "example.123a",
            "localhost.localdomain",
            &format!("{}.se", "a".repeat(63)),
        ];
        for local in locals {
            assert!(plain_local(local), "{local}");
            for domain in domains {
                let Ok(d) = checked_domain(domain) else {
                    continue;
                };
                let libraries = format!("{local}@{}", d.ascii).validate_email()
                    && Address::new(local, &d.ascii).is_ok();
                assert_eq!(
                    check_address(&format!("{local}@{domain}")).is_ok(),
                    libraries,
                    "{local}@{domain}"
                );
            }
        }
        for not_plain in [
            "",
            ".a",
            "a.",
            "a..b",
            "å",
            "a b",
            "\"a\"",
            "a!b",
            &"a".repeat(65),
        ] {
            assert!(!plain_local(not_plain), "{not_plain}");
        }
    }

    /// What is wrong with an address, in English, without the address (`has no @`).
    fn check(address: &str) -> Result<Email, String> {
        check_address(address).map_err(|why| {
            let whole = why.to_string();
            let written = format!("{} ", quoted(address));
            match whole.strip_prefix(&written) {
                Some(rest) => rest.to_string(),
                None => whole.clone(),
            }
        })
    }

    fn codes(cell: &str) -> (Vec<String>, Vec<Code>) {
        let at = Location::file("v.csv", crate::source::FileKind::Text).at(3, 3);
        let (emails, findings) = parse_cell(cell, &at);
        (
            emails.iter().map(Email::address).collect(),
            findings.iter().map(|f| f.code).collect(),
        )
    }

    #[test]
    fn a_cell_of_separators_or_wrappers_holds_no_address() {
        for cell in [",", "mailto:", "<>", "\"\"", "; ;", "saknas", "-"] {
            assert_eq!(codes(cell), (vec![], vec![Code::EmailMissing]), "{cell}");
        }
    }

    #[test]
    fn domains_go_through_uts46_strictly() {
        assert_eq!(
            codes("info@ｍａｌｍｏ.se"),
            (vec!["info@malmo.se".into()], vec![Code::EmailNormalised])
        );
        for bad in [
            "eva@umea😀.se",
            "eva.norlin@umea.123",
            "me@yy－－0.tld",
            "eva@um_ea.se",
        ] {
            assert_eq!(codes(bad).1, vec![Code::EmailInvalid], "{bad}");
        }
        // Under 254 octets as written, over it in punycode.
        // Labels that punycode makes longer: 37 octets as UTF-8, 51 as ASCII.
        let label = "\u{78D9}\u{0464}\u{9F93}\u{00FF}\u{5C1F}\u{0486}\u{00FE}\u{C2CC}\u{D046}\u{00ED}\u{C714}\u{BC4D}\u{9047}\u{BB77}";
        let address = format!("{}@{label}.{label}.{label}.{label}.se", "b".repeat(60));
        assert!(address.len() <= 254, "{}", address.len());
        let why = check(&address).unwrap_err();
        assert!(why.contains("as sent"), "{why}");
    }

    #[test]
    fn every_address_of_a_link_is_kept_and_a_broken_one_is_an_error() {
        assert_eq!(
            codes("mailto:eva@umea.se?cc=anna@umea.se&subject=Hej"),
            (
                vec!["eva@umea.se".into(), "anna@umea.se".into()],
                vec![Code::EmailNormalised, Code::EmailNormalised]
            )
        );
        assert_eq!(
            codes("mailto:?to=eva@umea.se"),
            (vec!["eva@umea.se".into()], vec![Code::EmailNormalised])
        );
        assert_eq!(
            codes("mailto:eva@umea.se?subject=Hej"),
            (vec!["eva@umea.se".into()], vec![Code::EmailNormalised])
        );
        assert_eq!(
            codes("mailto:%C3@umea.se"),
            (vec![], vec![Code::EmailInvalid])
        );
        assert_eq!(
            codes("mailto:eva@umea.se"),
            (vec!["eva@umea.se".into()], vec![])
        );
    }

    #[test]
    fn mailto_links_are_decoded_and_said_so() {
        assert_eq!(
            codes("mailto:%C3%A5sa.ekman@goteborg.se"),
            (
                vec!["åsa.ekman@goteborg.se".into()],
                vec![Code::EmailNormalised, Code::EmailNonAscii]
            )
        );
    }

    #[test]
    fn an_address_shown_beside_another_link_keeps_both() {
        assert_eq!(
            codes("eva@umea.se <anna@umea.se>"),
            (
                vec!["anna@umea.se".into(), "eva@umea.se".into()],
                vec![Code::EmailDisplayDiffers]
            )
        );
        assert_eq!(
            codes("eva@umea.se <eva@umea.se>"),
            (vec!["eva@umea.se".into()], vec![])
        );
    }

    #[test]
    fn lengths_count_as_sent_and_any_script_may_stand_before_the_at() {
        // 32 ö: 64 octets as UTF-8, 38 as punycode.
        assert!(check(&format!("eva@{}.se", "ö".repeat(32))).is_ok());
        let eight = format!("eva@{}se", "åäöåäöåäöåäöåäöåäöå.".repeat(8));
        assert!(eight.len() > 254);
        assert!(check(&eight).is_ok(), "{:?}", check(&eight));
        for local in ["иван", "用户", "محمد", "ｅｖａ"] {
            assert!(check(&format!("{local}@umea.se")).is_ok(), "{local}");
        }
        // A label written as punycode that is short, but long in Unicode: as sent it is short.
        let fuzzed = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/fuzz/email_cell-kept-address-fails-again"
        ))
        .unwrap();
        let at = Location::file("f.csv", crate::source::FileKind::Text);
        for e in parse_cell(&fuzzed, &at).0 {
            assert_eq!(check(&e.address()).as_ref(), Ok(&e), "{}", e.address());
        }
    }

    #[test]
    fn a_domain_that_mixes_scripts_is_a_look_alike() {
        let at = Location::file("v.csv", crate::source::FileKind::Text).at(3, 3);
        let (_, findings) = parse_cell("eva@um\u{0435}a.se", &at);
        assert_eq!(findings[0].code, Code::EmailConfusable);
        assert!(
            findings[0]
                .message
                .to_string()
                .contains("mixes Latin and Cyrillic letters: 'е' (U+0435) is Cyrillic, not Latin"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn messages_quote_the_address_as_written() {
        let at = Location::file("v.csv", crate::source::FileKind::Text).at(3, 3);
        let (_, f) = parse_cell("\"eva.norlin\"@umea.se", &at);
        assert!(
            f[0].message
                .to_string()
                .starts_with("\"\"eva.norlin\"@umea.se\" has a quoted part"),
            "{}",
            f[0].message
        );
        let (_, f) = parse_cell("x@@a.se", &at);
        assert!(f[0].message.to_string().contains("more than one @"));
        assert!(
            f[0].help
                .as_ref()
                .unwrap()
                .to_string()
                .contains("exactly one @")
        );
    }

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
        assert_eq!(&*e.domain, "jämy.se");
        assert_eq!(&*e.domain_ascii, "xn--jmy-qla.se");
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
                .contains("the limit is 63")
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
                .as_ref()
                .unwrap()
                .to_string()
                .contains("asa.ekman@socialcentrum.goteborg.se")
        );
    }
}
