//! Swedish phone numbers: what a cell holds, split into numbers, each parsed and classified.
//!
//! Parsing is the phonenumber crate's, with Sweden's metadata patched (see
//! `schemas/phonenumber-se.xml`) and guarded against its traps: it maps letters to digits (so
//! `070-123 45 6O` would become a valid wrong number), so any letter left after the known labels
//! is an error; its regex cache holds 100 entries and thrashes on mixed input, so it is enlarged.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use phonenumber::metadata::DATABASE;
use phonenumber::metadata::Database;
use phonenumber::{Mode, PhoneNumber, Type, country};
use regex::Regex;
use regex_cache::RegexCache;
use serde::Serialize;

use crate::diagnostic::{Code, Finding};
use crate::ingest::Value;
use crate::source::Location;

/// Regexes the metadata compiles: enough for every country's patterns at once.
const REGEX_CACHE_SIZE: usize = 4096;

/// What kind of line a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Mobile,
    FixedLine,
    TollFree,
    PremiumRate,
    SharedCost,
    PersonalNumber,
    Voip,
    Pager,
    Uan,
    Voicemail,
    Other,
}

impl Kind {
    fn of(t: Type) -> Self {
        match t {
            Type::Mobile => Kind::Mobile,
            Type::FixedLine | Type::FixedLineOrMobile => Kind::FixedLine,
            Type::TollFree => Kind::TollFree,
            Type::PremiumRate => Kind::PremiumRate,
            Type::SharedCost => Kind::SharedCost,
            Type::PersonalNumber => Kind::PersonalNumber,
            Type::Voip => Kind::Voip,
            Type::Pager => Kind::Pager,
            Type::Uan => Kind::Uan,
            Type::Voicemail => Kind::Voicemail,
            _ => Kind::Other,
        }
    }
}

/// A checked phone number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Phone {
    /// `+46703284869`
    pub e164: String,
    /// The Swedish written form for Swedish numbers (`070-328 48 69`), the international form
    /// for others (`+47 22 12 34 56`).
    pub written: String,
    /// `+46 70 328 48 69`
    pub international: String,
    pub kind: Kind,
    pub extension: Option<String>,
}

/// A finding before it has a place: the same text gives the same findings wherever it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Note {
    code: Code,
    message: String,
    help: Option<String>,
}

impl Note {
    fn new(code: Code, message: String, help: &str) -> Self {
        Note {
            code,
            message,
            help: (!help.is_empty()).then(|| help.to_string()),
        }
    }

    fn at(&self, at: &Location) -> Finding {
        let f = Finding::at(self.code, at, self.message.clone());
        match &self.help {
            Some(h) => f.with_help(h.clone()),
            None => f,
        }
    }
}

type Parsed = (Vec<Phone>, Vec<Note>);

/// The phone parser: Sweden's patched metadata, the crate's for every other country.
pub struct Phones {
    sweden: Database,
    cache: RefCell<HashMap<String, Parsed>>,
}

static SEPARATORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:\balt\b\.?|\beller\b|\bel\.|\boch\b|[/,;|\n])\s*").expect("valid regex")
});
static EXTENSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*\b(?:ankn\.?|anknytning)\s*:?\s*(\d+)\s*$").expect("valid regex")
});
static LABELS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\((?:mobil|mob|arbete|jobb|direkt|växel|vx|hem|endast sms|sms|tel|telefon)\)|\b(?:telefonnummer|telefon|tel|tfn|mobiltelefon|mobilnummer|mobil|mob|direkt|växel|vxl|vx|arbete|jobb)\b\.?\s*:?",
    )
    .expect("valid regex")
});
static SCIENTIFIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d+(?:[.,]\d+)?[eE][+-]?\d+$").expect("valid regex"));
static TRUNK_ZERO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\+46\s*\(0\)\s*").expect("valid regex"));

impl Phones {
    /// Build the parser from Sweden's metadata XML (`schemas/phonenumber-se.xml`).
    pub fn new(sweden_xml: &str) -> Result<Self, String> {
        let sweden = Database::parse(sweden_xml).map_err(|e| format!("phonenumber-se.xml: {e}"))?;
        if sweden.by_id("SE").is_none() {
            return Err("phonenumber-se.xml: no territory with id=\"SE\"".into());
        }
        for cache in [sweden.cache(), DATABASE.cache()] {
            if let Ok(mut c) = cache.lock() {
                *c = RegexCache::new(REGEX_CACHE_SIZE);
            }
        }
        Ok(Phones {
            sweden,
            cache: RefCell::new(HashMap::new()),
        })
    }

    /// Every number in a cell, with findings at that cell.
    pub fn parse_value(&self, value: &Value, at: &Location) -> (Vec<Phone>, Vec<Finding>) {
        let (text, mut notes) = match value {
            Value::Number(n) => match recover_number(*n) {
                Ok((text, note)) => (text, vec![note]),
                Err(note) => return (Vec::new(), vec![note.at(at)]),
            },
            other => (other.text(), Vec::new()),
        };
        let (phones, more) = self.parse_text(&text);
        notes.extend(more);
        (phones, notes.iter().map(|n| n.at(at)).collect())
    }

    fn parse_text(&self, text: &str) -> Parsed {
        if let Some(hit) = self.cache.borrow().get(text) {
            return hit.clone();
        }
        let mut phones = Vec::new();
        let mut notes = Vec::new();
        if SCIENTIFIC.is_match(text.trim()) {
            notes.push(Note::new(
                Code::PhoneScientific,
                format!("{text:?} is a number in scientific notation: its digits are lost"),
                "type the number again in a cell formatted as Text",
            ));
        } else {
            for part in SEPARATORS.split(text) {
                match self.parse_one(part, &mut notes) {
                    Some(phone) => phones.push(phone),
                    None => continue,
                }
            }
        }
        self.cache
            .borrow_mut()
            .insert(text.to_string(), (phones.clone(), notes.clone()));
        (phones, notes)
    }

    fn parse_one(&self, raw: &str, notes: &mut Vec<Note>) -> Option<Phone> {
        let mut part: String = raw
            .chars()
            .map(|c| {
                if matches!(c, '–' | '—' | '‐' | '‑' | '−') {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        let mut extension = None;
        if let Some(caps) = EXTENSION.captures(&part) {
            let digits = caps[1].to_string();
            let start = caps.get(0).map_or(part.len(), |m| m.start());
            notes.push(Note::new(
                Code::PhoneExtension,
                format!("{raw:?} has the extension {digits}; phones cannot dial it"),
                "give the direct number instead, if there is one",
            ));
            extension = Some(digits);
            part.truncate(start);
        }
        let part = LABELS.replace_all(&part, " ");
        let part = TRUNK_ZERO.replace(part.trim(), "+46 ");
        let part = part.trim().trim_end_matches([':', '.', '-']).trim();
        if part.is_empty() {
            return None;
        }
        if let Some(letter) = part.chars().find(|c| c.is_alphabetic()) {
            notes.push(Note::new(
                Code::PhoneLetters,
                format!("{raw:?} contains the letter {letter:?}"),
                "a phone number holds digits only: check for O typed for 0 or l for 1",
            ));
            return None;
        }
        let digits: String = part.chars().filter(char::is_ascii_digit).collect();
        if digits.is_empty() {
            notes.push(Note::new(
                Code::PhoneInvalid,
                format!("{raw:?} is not a phone number"),
                "",
            ));
            return None;
        }
        let international = part.starts_with('+') || digits.starts_with("00");
        let number = if international {
            self.parse_international(part)
        } else if digits.starts_with("46") {
            self.resolve_46(raw, &digits, notes)
        } else {
            if !digits.starts_with('0') {
                notes.push(Note::new(
                    Code::PhoneStoredAsNumber,
                    format!("{raw:?} has no leading 0; read as 0{digits}"),
                    "Excel drops the 0 of numbers typed into a Number cell: format the column as Text",
                ));
            }
            phonenumber::parse_with(&self.sweden, Some(country::Id::SE), part).ok()
        };
        let Some(number) = number.filter(|n| self.is_valid(n)) else {
            notes.push(Note::new(
                Code::PhoneInvalid,
                format!("{raw:?} is not a valid phone number"),
                "write a Swedish number with its area code, such as 070-328 48 69 or 08-508 437 26",
            ));
            return None;
        };
        let phone = self.describe(&number, extension);
        if !phone.e164.starts_with("+46") {
            notes.push(Note::new(
                Code::PhoneForeign,
                format!(
                    "{raw:?} is a foreign number (country code +{})",
                    number.code().value()
                ),
                "",
            ));
        }
        Some(phone)
    }

    fn parse_international(&self, part: &str) -> Option<PhoneNumber> {
        // `00` is the international prefix from Sweden: the same as `+`.
        let part = match part.strip_prefix("00") {
            Some(rest) => format!("+{rest}"),
            None => part.to_string(),
        };
        let part = part.as_str();
        let swedish = part.trim_start_matches('+').trim_start().starts_with("46");
        if swedish {
            phonenumber::parse_with(&self.sweden, None, part).ok()
        } else {
            phonenumber::parse(None, part).ok()
        }
    }

    /// Digits starting with 46 and no `+`/`00`: a country code, or a Lund (046) number that lost
    /// its 0? Resolved as libphonenumber does (the whole as a national number if that is valid,
    /// else without the 46), and always warned about.
    fn resolve_46(&self, raw: &str, digits: &str, notes: &mut Vec<Note>) -> Option<PhoneNumber> {
        let national =
            phonenumber::parse_with(&self.sweden, Some(country::Id::SE), format!("0{digits}"))
                .ok()
                .filter(|n| self.is_valid(n));
        let chosen = national.or_else(|| {
            phonenumber::parse_with(&self.sweden, Some(country::Id::SE), format!("+{digits}"))
                .ok()
                .filter(|n| self.is_valid(n))
        })?;
        let read_as = self.describe(&chosen, None).written;
        notes.push(Note::new(
            Code::PhoneCountryCode46,
            format!("{raw:?} starts with 46 but has no + or 00; read as {read_as}"),
            "write +46 for the country code, or 046 for Lund",
        ));
        Some(chosen)
    }

    fn is_valid(&self, n: &PhoneNumber) -> bool {
        if n.code().value() == 46 {
            n.is_valid_with(&self.sweden)
        } else {
            n.is_valid()
        }
    }

    fn describe(&self, n: &PhoneNumber, extension: Option<String>) -> Phone {
        let db = if n.code().value() == 46 {
            &self.sweden
        } else {
            &DATABASE
        };
        let fmt = |mode| phonenumber::format_with(db, n).mode(mode).to_string();
        let international = fmt(Mode::International);
        let swedish = n.code().value() == 46;
        Phone {
            e164: fmt(Mode::E164),
            written: if swedish {
                fmt(Mode::National)
            } else {
                international.clone()
            },
            international,
            kind: Kind::of(n.number_type(db)),
            extension,
        }
    }
}

/// A phone number Excel stored as a number: integral values are exact in an f64 up to 2^53, so
/// the digits come from integer arithmetic, never from float formatting.
fn recover_number(n: f64) -> Result<(String, Note), Note> {
    if !(n.is_finite() && n >= 1.0 && n.fract() == 0.0 && n < 9.0e15) {
        return Err(Note::new(
            Code::PhoneInvalid,
            format!("the number {n} is not a phone number"),
            "type the phone number as text, such as 070-328 48 69",
        ));
    }
    let digits = (n as u64).to_string();
    let text = if digits.starts_with("46") {
        digits.clone()
    } else {
        format!("0{digits}")
    };
    let note = Note::new(
        Code::PhoneStoredAsNumber,
        format!("the phone number is stored as the number {digits}; read as {text}"),
        "format the column as Text so Excel keeps the leading 0",
    );
    Ok((text, note))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;

    fn phones() -> Phones {
        Phones::new(&crate::schemas::Reference::builtin().unwrap().phone_metadata).unwrap()
    }

    fn parse(p: &Phones, text: &str) -> (Vec<String>, Vec<Code>) {
        let at = Location::file("t.csv", FileKind::Text).at(2, 3);
        let (phones, findings) = p.parse_value(&Value::Text(text.into()), &at);
        (
            phones.into_iter().map(|p| p.written).collect(),
            findings.into_iter().map(|f| f.code).collect(),
        )
    }

    #[test]
    fn two_numbers_in_one_cell() {
        let p = phones();
        assert_eq!(
            parse(&p, "031 392 90 31 alt. 073 056 87 79"),
            (vec!["031-392 90 31".into(), "073-056 87 79".into()], vec![])
        );
        assert_eq!(parse(&p, "08-50843726 / 076-1243726").0.len(), 2);
        assert_eq!(parse(&p, "070-1234567 eller 08-123 456 78").0.len(), 2);
    }

    #[test]
    fn written_forms_follow_swedish_practice() {
        let p = phones();
        for (input, written) in [
            ("0703-284869", "070-328 48 69"),
            ("08-50843726", "08-508 437 26"),
            ("020–390 000", "020-39 00 00"),
            ("054-540 85 66", "054-540 85 66"),
            ("0200-123456", "0200-12 34 56"),
            ("0771-262626", "0771-26 26 26"),
            ("+46 (0)70-328 48 69", "070-328 48 69"),
            ("0046 70 328 48 69", "070-328 48 69"),
        ] {
            assert_eq!(
                parse(&p, input),
                (vec![written.to_string()], vec![]),
                "{input}"
            );
        }
    }

    #[test]
    fn labels_are_dropped_and_extensions_warned() {
        let p = phones();
        assert_eq!(parse(&p, "Tel: 08-508 437 26").0, ["08-508 437 26"]);
        assert_eq!(parse(&p, "070-328 48 69 (mobil)").0, ["070-328 48 69"]);
        assert_eq!(
            parse(&p, "Mobil: 070-328 48 69 (endast sms)").0,
            ["070-328 48 69"]
        );
        assert_eq!(parse(&p, "vx 08-508 000 00").0, ["08-508 000 00"]);
        assert_eq!(
            parse(&p, "08-508 000 00 ankn. 123"),
            (vec!["08-508 000 00".into()], vec![Code::PhoneExtension])
        );
    }

    #[test]
    fn a_letter_o_for_zero_is_rejected_not_mapped_to_a_digit() {
        let p = phones();
        assert_eq!(
            parse(&p, "070-123 45 6O"),
            (vec![], vec![Code::PhoneLetters])
        );
        assert_eq!(parse(&p, "070-CALL-NOW").1, vec![Code::PhoneLetters]);
    }

    #[test]
    fn numbers_stored_as_numbers_are_recovered_with_a_warning() {
        let p = phones();
        let at = Location::file("t.xlsx", FileKind::Sheet)
            .in_sheet("S")
            .at(2, 5);
        let (phones, findings) = p.parse_value(&Value::Number(703284869.0), &at);
        assert_eq!(phones[0].written, "070-328 48 69");
        assert_eq!(findings[0].code, Code::PhoneStoredAsNumber);
        assert_eq!(
            findings[0].location.as_ref().unwrap().to_string(),
            "t.xlsx:S!E2"
        );
        assert_eq!(parse(&p, "7,03E+08").1, vec![Code::PhoneScientific]);
        assert_eq!(
            parse(&p, "703284869"),
            (
                vec!["070-328 48 69".into()],
                vec![Code::PhoneStoredAsNumber]
            )
        );
    }

    #[test]
    fn digits_starting_with_46_are_resolved_and_warned() {
        let p = phones();
        assert_eq!(
            parse(&p, "46703284869"),
            (vec!["070-328 48 69".into()], vec![Code::PhoneCountryCode46])
        );
        assert_eq!(
            parse(&p, "46 222 12 34"),
            (vec!["046-222 12 34".into()], vec![Code::PhoneCountryCode46])
        );
    }

    #[test]
    fn types_and_foreign_numbers() {
        let p = phones();
        let at = Location::file("t.csv", FileKind::Text);
        let kind = |t: &str| p.parse_value(&Value::Text(t.into()), &at).0[0].kind;
        assert_eq!(kind("070-328 48 69"), Kind::Mobile);
        assert_eq!(kind("078-123 45 67"), Kind::Mobile);
        assert_eq!(kind("08-508 437 26"), Kind::FixedLine);
        assert_eq!(kind("020-39 00 00"), Kind::TollFree);
        assert_eq!(parse(&p, "+47 22 12 34 56").1, vec![Code::PhoneForeign]);
        assert_eq!(parse(&p, "070-12").1, vec![Code::PhoneInvalid]);
    }
}
