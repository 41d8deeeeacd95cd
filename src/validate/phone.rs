//! Swedish phone numbers: what a cell holds, split into numbers, each parsed and classified.
//!
//! Swedish numbers are classified and written from Sweden's patched libphonenumber metadata
//! (`schemas/phonenumber-se.xml`, loaded with the phonenumber crate's loader) by [`Plan`], whose
//! regexes are compiled once: the crate itself looks every regex up in a shared LRU cache keyed
//! by the pattern text on every match, which cost 5 s for 100,000 rows. Foreign numbers go
//! through the crate, whose regex cache (100 entries, thrashing on mixed input) is enlarged.
//! The crate maps letters to digits (`070-123 45 6O` would become a valid wrong number), so any
//! letter left after the known labels is an error.
//!
//! Splitting a cell: `alt.`, `eller`, `och`, `,`, `;`, `|` and line breaks always separate
//! numbers. A `/` separates two numbers only when each side is a whole number on its own
//! (`08-508 437 26 / 076-124 37 26`); otherwise it is a separator inside one number, as Swedish
//! offices write the area code (`08/627 71 78`, `070 / 123 45 67`). A cell in which nothing that
//! is a number remains once labels and separators are removed (`vx`, `Tel:`, `/`, `ankn. 12`) is
//! `phone-missing` at that cell.

use std::sync::LazyLock;

use compact_str::CompactString;
use phonenumber::metadata::DATABASE;
use phonenumber::{Mode, Type};
use regex::Regex;
use regex_cache::RegexCache;

use super::plan::Plan;
use crate::diagnostic::{Code, Finding, Severity};
use crate::i18n::Text;
use crate::ingest::Value;
pub use crate::model::{Kind, Phone};
use crate::source::Location;
use crate::tr;

/// Regexes the metadata compiles: enough for every country's patterns at once.
const REGEX_CACHE_SIZE: usize = 4096;

/// The model's kind of a number type of the phonenumber crate.
fn kind_of(t: Type) -> Kind {
    match t {
        Type::Mobile => Kind::Mobile,
        Type::FixedLine => Kind::FixedLine,
        Type::FixedLineOrMobile => Kind::FixedLineOrMobile,
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

/// A finding before it has a place: the same text gives the same findings wherever it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Note {
    code: Code,
    message: Text,
    help: Option<Text>,
}

impl Note {
    fn new(code: Code, message: Text, help: Text) -> Self {
        Note {
            code,
            message,
            help: Some(help),
        }
    }

    /// A note without help.
    fn bare(code: Code, message: Text) -> Self {
        Note {
            code,
            message,
            help: None,
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

/// The phone parser: Sweden's patched plan, the crate's metadata for every other country.
pub struct Phones {
    plan: Plan,
}

static SEPARATORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:\balt\b\.?|\beller\b|\bel\.|\boch\b|\bresp\b\.?|[,;|\n])\s*")
        .expect("valid regex")
});
/// `(+46)` or `(0046)` before a number: the country code in brackets.
static BRACKETED_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(\s*(?:\+|00)(\d{1,3})\s*\)\s*").expect("valid regex"));
static EXTENSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*\b(?:ankn\.?|anknytning)\s*:?\s*(\d+)\s*$").expect("valid regex")
});
static LABELS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\((?:mobil|mob|arbete|arb|jobb|direkt|växel|vx|hem|endast sms|sms|tel|telefon)\)|\b(?:telefonnummer|telefon|telnr|tel|tfn|mobiltelefon|mobiltel|mobilnummer|mobilnr|mobil|mob|direktnummer|direktnr|direkt|växel|vxl|vx|arbete|arb|jobb|anknytning|ankn)\b\.?\s*:?",
    )
    .expect("valid regex")
});
static SCIENTIFIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d+(?:[.,]\d+)?[eE][+-]?\d+$").expect("valid regex"));
static TRUNK_ZERO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\+46\s*\(0\)\s*").expect("valid regex"));

impl Phones {
    /// Build the parser from Sweden's metadata XML (`schemas/phonenumber-se.xml`).
    pub fn new(sweden_xml: &str) -> Result<Self, Text> {
        let plan = Plan::new(sweden_xml).map_err(|e| {
            tr!(
                "schemas-phone-metadata",
                file = crate::schemas::PHONE_FILE,
                detail = e.to_string()
            )
        })?;
        Ok(Phones { plan })
    }

    /// Every number in a cell, with findings at that cell.
    pub fn parse_value(&self, value: &Value, at: &Location) -> (Vec<Phone>, Vec<Finding>) {
        let (text, mut notes) = match value {
            Value::Number(n) => match recover_number(*n) {
                Ok((text, note)) => (text.into(), vec![note]),
                Err(note) => return (Vec::new(), vec![note.at(at)]),
            },
            other => (other.as_text(), Vec::new()),
        };
        let (phones, more) = self.parse_text(&text);
        notes.extend(more);
        (phones, notes.iter().map(|n| n.at(at)).collect())
    }

    /// `parse_value` of a text cell.
    pub fn parse_cell_text(&self, text: &str, at: &Location) -> (Vec<Phone>, Vec<Finding>) {
        let (phones, notes) = self.parse_text(text);
        (phones, notes.iter().map(|n| n.at(at)).collect())
    }

    fn parse_text(&self, text: &str) -> Parsed {
        let mut phones = Vec::new();
        let mut notes = Vec::new();
        if crate::text::says_none(text) {
            notes.push(Note::new(
                Code::PhoneMissing,
                tr!("phone-missing", value = crate::text::quoted(text)),
                tr!("phone-missing-help-says-none"),
            ));
            return (phones, notes);
        }
        if text.contains(['e', 'E']) && SCIENTIFIC.is_match(text.trim()) {
            notes.push(Note::new(
                Code::PhoneScientific,
                tr!("phone-scientific", value = crate::text::quoted(text)),
                tr!("phone-scientific-help"),
            ));
            return (phones, notes);
        } else if text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b' ' || b == b'-' || b == b'+')
        {
            // Most cells hold one number in digits, spaces and hyphens: no labels to drop.
            phones.extend(self.parse_number(text, text.trim(), None, true, &mut notes));
        } else {
            for (piece, whole) in self.split(text) {
                phones.extend(self.parse_one(piece, whole, &mut notes));
            }
        }
        if phones.is_empty() && !notes.iter().any(|n| n.code.severity() == Severity::Error) {
            // `ankn. 12` alone: an extension of no number.
            notes.retain(|n| n.code != Code::PhoneExtension);
            notes.push(Note::new(
                Code::PhoneMissing,
                tr!("phone-missing", value = crate::text::quoted(text)),
                tr!("phone-missing-help-label-only"),
            ));
        }
        (phones, notes)
    }

    /// The pieces a cell's text is read as, each with whether it is the whole cell: split at
    /// separators (`,`, `;`, `eller`, `alt.`, …) and at slashes between whole numbers.
    fn split<'t>(&self, text: &'t str) -> Vec<(&'t str, bool)> {
        let parts: Vec<&str> = SEPARATORS.split(text).collect();
        let mut out = Vec::new();
        let whole = parts.len() == 1;
        for part in parts {
            let pieces = if part.contains('/') {
                self.slash_groups(part)
            } else {
                vec![part]
            };
            let whole = whole && pieces.len() == 1;
            out.extend(pieces.into_iter().map(|p| (p, whole)));
        }
        out
    }

    /// How a cell is read, step by step, for `kontakt explain --phone`: the text read (a
    /// number cell's recovered digits), each piece with its labels and extension removed, and
    /// the number it gives. Nothing here decides anything `parse_value` does not.
    pub fn steps(&self, value: &Value) -> (String, Vec<Step>) {
        let text = match value {
            Value::Number(n) => match recover_number(*n) {
                Ok((text, _)) => text,
                // Not a number a phone number could have been typed as: nothing is read.
                Err(_) => return (String::new(), Vec::new()),
            },
            other => other.text(),
        };
        if crate::text::says_none(&text) || SCIENTIFIC.is_match(text.trim()) {
            return (text, Vec::new());
        }
        let steps = self
            .split(&text)
            .into_iter()
            .map(|(piece, whole)| {
                let (cleaned, extension) = clean(piece);
                let phone = self.parse_one(piece, whole, &mut Vec::new());
                Step {
                    piece: piece.trim().to_string(),
                    cleaned,
                    extension,
                    phone,
                }
            })
            .collect();
        (text, steps)
    }

    /// The numbers of a part that holds `/`, as slices of it: split at slashes only when every
    /// group between them is a whole number on its own (`08-508 437 26 / 076-124 37 26` is two;
    /// `08/627 71 78` and `031-367 93 31/32` are one, read whole, so that a finding quotes them
    /// as written). Of the ways to split, the one with the shortest first number wins.
    fn slash_groups<'p>(&self, part: &'p str) -> Vec<&'p str> {
        // Where each slash-separated piece starts and ends in `part`.
        let mut bounds = vec![0];
        for (i, _) in part.match_indices('/') {
            bounds.push(i);
            bounds.push(i + 1);
        }
        bounds.push(part.len());
        let pieces: Vec<(usize, usize)> = bounds.chunks(2).map(|c| (c[0], c[1])).collect();
        let n = pieces.len();
        // More slashes than any real cell has: read whole, never searched.
        if n > 8 {
            return vec![part];
        }
        let span = |i: usize, j: usize| &part[pieces[i].0..pieces[j - 1].1];
        let whole = |i: usize, j: usize| {
            let mut scratch = Vec::new();
            self.parse_one(span(i, j), false, &mut scratch).is_some()
                && scratch
                    .iter()
                    .all(|n| matches!(n.code, Code::PhoneForeign | Code::PhoneExtension))
        };
        // ends[i]: where the first number of a split of pieces[i..] ends, if there is a split.
        let mut ends: Vec<Option<usize>> = vec![None; n + 1];
        let mut splits = vec![false; n + 1];
        splits[n] = true;
        for i in (0..n).rev() {
            ends[i] = (i + 1..=n).find(|&j| splits[j] && whole(i, j));
            splits[i] = ends[i].is_some();
        }
        if !splits[0] {
            return vec![part];
        }
        let mut groups = Vec::new();
        let mut i = 0;
        while let Some(j) = ends[i] {
            groups.push(span(i, j).trim());
            if j == n {
                break;
            }
            i = j;
        }
        groups
    }

    /// One number with its labels, brackets and extension; `whole` when it is the whole cell.
    fn parse_one(&self, raw: &str, whole: bool, notes: &mut Vec<Note>) -> Option<Phone> {
        let (part, extension) = clean(raw);
        if let Some(digits) = &extension {
            notes.push(Note::new(
                Code::PhoneExtension,
                tr!(
                    "phone-extension",
                    value = crate::text::quoted(raw),
                    extension = digits
                ),
                tr!("phone-extension-help"),
            ));
        }
        let part = part.as_str();
        if part.is_empty() || !part.chars().any(|c| c.is_alphanumeric()) {
            return None;
        }
        if let Some(letter) = part.chars().find(|c| c.is_alphabetic()) {
            // A word is a label kontakt does not know; a lone letter among digits is a typo.
            let word: String = part
                .split(|c: char| !c.is_alphabetic())
                .find(|w| w.chars().count() >= 3)
                .unwrap_or_default()
                .to_string();
            let help = if word.is_empty() {
                tr!("phone-letters-help-typo")
            } else {
                tr!("phone-letters-help-label", word = format!("{word:?}"))
            };
            notes.push(Note::new(
                Code::PhoneLetters,
                tr!(
                    "phone-letters",
                    value = crate::text::quoted(raw),
                    letter = format!("{letter:?}")
                ),
                help,
            ));
            return None;
        }
        self.parse_number(raw, part, extension, whole, notes)
    }

    /// A number with its labels and extension removed: only digits and punctuation are left.
    fn parse_number(
        &self,
        raw: &str,
        part: &str,
        extension: Option<String>,
        whole: bool,
        notes: &mut Vec<Note>,
    ) -> Option<Phone> {
        let mut digits = String::with_capacity(part.len());
        digits.extend(part.bytes().filter(u8::is_ascii_digit).map(char::from));
        if digits.is_empty() {
            notes.push(Note::bare(
                Code::PhoneInvalid,
                tr!("phone-invalid-no-digits", value = crate::text::quoted(raw)),
            ));
            return None;
        }
        let international = part.starts_with('+') || digits.starts_with("00");
        let intl_digits = digits.strip_prefix("00").unwrap_or(&digits);
        let national = if international && !intl_digits.starts_with("46") {
            return self.foreign(raw, part, extension, notes);
        } else if international {
            // `+46 070…`: the trunk 0 does not belong after the country code; libphonenumber
            // drops it when the rest is valid.
            let rest = &intl_digits[2..];
            match rest.strip_prefix('0') {
                Some(without)
                    if self.plan.kind(rest).is_none() && self.plan.kind(without).is_some() =>
                {
                    std::borrow::Cow::Borrowed(without)
                }
                _ => std::borrow::Cow::Borrowed(rest),
            }
        } else if let Some(rest) = digits.strip_prefix('0') {
            std::borrow::Cow::Borrowed(rest)
        } else if digits.starts_with("46") {
            std::borrow::Cow::Owned(self.resolve_46(raw, &digits, notes)?)
        } else if whole && self.plan.kind(&digits).is_some() {
            // A whole cell of digits without its 0: what Excel leaves of a number typed into a
            // Number cell. A fragment of a longer cell is no such thing.
            notes.push(Note::new(
                Code::PhoneStoredAsNumber,
                tr!(
                    "phone-no-leading-zero",
                    value = crate::text::quoted(raw),
                    digits = &digits
                ),
                tr!("phone-no-leading-zero-help"),
            ));
            std::borrow::Cow::Borrowed(digits.as_str())
        } else {
            notes.push(invalid(raw));
            return None;
        };
        let Some(kind) = self.plan.kind(&national) else {
            notes.push(invalid(raw));
            return None;
        };
        let written = self.plan.written(&national);
        let mut e164 = CompactString::with_capacity(national.len() + 3);
        e164.push_str("+46");
        e164.push_str(&national);
        Some(Phone {
            e164,
            written,
            kind,
            extension,
        })
    }

    /// A number with a country code other than 46, through the phonenumber crate.
    fn foreign(
        &self,
        raw: &str,
        part: &str,
        extension: Option<String>,
        notes: &mut Vec<Note>,
    ) -> Option<Phone> {
        // Loading the crate's metadata for every country takes a while: only when needed.
        static ENLARGE_CACHE: std::sync::Once = std::sync::Once::new();
        ENLARGE_CACHE.call_once(|| {
            if let Ok(mut cache) = DATABASE.cache().lock() {
                *cache = RegexCache::new(REGEX_CACHE_SIZE);
            }
        });
        let text = match part.strip_prefix("00") {
            Some(rest) => format!("+{rest}"),
            None => part.to_string(),
        };
        let Some(number) = phonenumber::parse(None, &text)
            .ok()
            .filter(|n| n.is_valid())
        else {
            notes.push(invalid(raw));
            return None;
        };
        let fmt = |mode| phonenumber::format(&number).mode(mode).to_string();
        // The E.164 form must name the same number when read again: the crate keeps leading
        // zeros of some plans in ways its own parser does not read back (found by fuzzing).
        let e164 = fmt(Mode::E164);
        let again = phonenumber::parse(None, &e164)
            .ok()
            .filter(|n| n.is_valid());
        if again.map(|n| phonenumber::format(&n).mode(Mode::E164).to_string()) != Some(e164) {
            notes.push(invalid(raw));
            return None;
        }
        let written = fmt(Mode::International);
        let country_code = number.code().value().to_string();
        notes.push(Note::bare(
            Code::PhoneForeign,
            tr!(
                "phone-foreign",
                value = crate::text::quoted(raw),
                country_code = country_code
            ),
        ));
        Some(Phone {
            e164: fmt(Mode::E164).into(),
            written: written.into(),
            kind: kind_of(number.number_type(&DATABASE)),
            extension,
        })
    }

    /// Digits starting with 46 and no `+`/`00`: a country code, or a Lund (046) number that lost
    /// its 0? Resolved as libphonenumber does (the whole as a national number if that is valid,
    /// else without the 46), and always warned about.
    fn resolve_46(&self, raw: &str, digits: &str, notes: &mut Vec<Note>) -> Option<String> {
        let national = if self.plan.kind(digits).is_some() {
            digits.to_string()
        } else if self.plan.kind(&digits[2..]).is_some() {
            digits[2..].to_string()
        } else {
            notes.push(invalid(raw));
            return None;
        };
        notes.push(Note::new(
            Code::PhoneCountryCode46,
            tr!(
                "phone-46-ambiguous",
                value = crate::text::quoted(raw),
                written = self.plan.written(&national).as_str()
            ),
            tr!("phone-46-ambiguous-help"),
        ));
        Some(national)
    }
}

/// One piece read: full-width digits and dashes made plain, the extension cut off, labels and a
/// bracketed country code or trunk zero dropped.
fn clean(raw: &str) -> (String, Option<String>) {
    let mut part: String = raw
        .chars()
        .map(|c| match c {
            '–' | '—' | '‐' | '‑' | '−' | '－' => '-',
            // Full-width forms, as East Asian input methods type them.
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '＋' => '+',
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect();
    let mut extension = None;
    if let Some(caps) = EXTENSION.captures(&part) {
        extension = Some(caps[1].to_string());
        let start = caps.get(0).map_or(part.len(), |m| m.start());
        part.truncate(start);
    }
    let part = LABELS.replace_all(&part, " ");
    let part = BRACKETED_CODE.replace(part.trim(), "+$1 ");
    let part = TRUNK_ZERO.replace(part.trim(), "+46 ");
    let part = part.trim().trim_end_matches([':', '.', '-']).trim();
    (part.to_string(), extension)
}

/// One piece of a cell as `Phones::steps` reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// As written in the cell.
    pub piece: String,
    /// With labels, brackets and the extension removed: what is parsed.
    pub cleaned: String,
    pub extension: Option<String>,
    /// The number it gives, if it is one.
    pub phone: Option<Phone>,
}

fn invalid(raw: &str) -> Note {
    Note::new(
        Code::PhoneInvalid,
        tr!("phone-invalid", value = crate::text::quoted(raw)),
        tr!("phone-invalid-help"),
    )
}

/// A phone number Excel stored as a number: integral values are exact in an f64 up to 2^53, so
/// the digits come from integer arithmetic, never from float formatting.
fn recover_number(n: f64) -> Result<(String, Note), Note> {
    if !(n.is_finite() && n >= 1.0 && n.fract() == 0.0 && n < 9.0e15) {
        return Err(Note::new(
            Code::PhoneInvalid,
            tr!("phone-invalid-number-cell", number = n.to_string()),
            tr!("phone-invalid-number-cell-help"),
        ));
    }
    let digits = (n as u64).to_string();
    let text = if digits.starts_with("46") {
        digits.clone()
    } else {
        format!("0{digits}")
    };
    let message = if text == digits {
        tr!("phone-stored-as-number", digits = &digits)
    } else {
        tr!(
            "phone-stored-as-number-read-as",
            digits = &digits,
            read_as = &text
        )
    };
    let note = Note::new(
        Code::PhoneStoredAsNumber,
        message,
        tr!("phone-stored-as-number-help"),
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
            phones.into_iter().map(|p| p.written.to_string()).collect(),
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

    #[test]
    fn a_cell_of_labels_or_separators_holds_no_number() {
        let p = phones();
        for cell in [
            "vx",
            "Tel:",
            "/",
            ",",
            "alt.",
            "(mobil)",
            "ankn. 12",
            "mobil / vx",
        ] {
            let (found, codes) = parse(&p, cell);
            assert!(found.is_empty(), "{cell}");
            assert!(codes.contains(&Code::PhoneMissing), "{cell}: {codes:?}");
        }
    }

    #[test]
    fn a_slash_separates_two_numbers_only_between_whole_numbers() {
        let p = phones();
        for (cell, written) in [
            ("08/6277178", "08-627 71 78"),
            ("013/805468", "013-80 54 68"),
            ("070 / 123 45 67", "070-123 45 67"),
        ] {
            assert_eq!(parse(&p, cell), (vec![written.into()], vec![]), "{cell}");
        }
        assert_eq!(
            parse(&p, "08/627 71 78 / 070-123 45 67").0,
            ["08-627 71 78", "070-123 45 67"]
        );
        // A number with its extension is a whole number too (found with `explain --phone`).
        assert_eq!(
            parse(&p, "Tel: 070-123 45 67 / 08-508 437 26 ankn. 12"),
            (
                vec!["070-123 45 67".into(), "08-508 437 26".into()],
                vec![Code::PhoneExtension]
            )
        );
        assert_eq!(
            parse(&p, "08-50843726/076-1243726").0,
            ["08-508 437 26", "076-124 37 26"]
        );
        // A second number written as its last digits is not a number of its own: the cell is
        // read whole and its finding quotes it as written.
        let (found, _) = parse(&p, "031-367 93 31/32");
        assert!(found.is_empty());
        let at = Location::file("t.csv", FileKind::Text).at(2, 3);
        let (_, findings) = p.parse_value(&Value::Text("031-367 93 31/32".into()), &at);
        assert!(
            findings[0]
                .message
                .to_string()
                .starts_with("\"031-367 93 31/32\""),
            "{}",
            findings[0].message
        );
        assert_eq!(
            parse(&p, "031-3679331 resp. 070-1234567").0,
            ["031-367 93 31", "070-123 45 67"]
        );
        for labelled in [
            "Tel. arb 031-3679331",
            "Direktnr: 031-3679331",
            "Mobiltel: 070-1234567",
            "Arb: 031-3679331",
        ] {
            assert_eq!(parse(&p, labelled).1, vec![], "{labelled}");
        }
        assert_eq!(parse(&p, "ankn.").1, vec![Code::PhoneMissing]);
        // Many slashes are never searched for splits.
        assert_eq!(parse(&p, &"/".repeat(500)).1, vec![Code::PhoneMissing]);
    }

    #[test]
    fn a_fragment_is_never_read_as_a_number_excel_stored() {
        let p = phones();
        assert_eq!(
            parse(&p, "070-123 45 67, 1"),
            (vec!["070-123 45 67".into()], vec![Code::PhoneInvalid])
        );
    }

    #[test]
    fn full_width_digits_are_digits() {
        let p = phones();
        assert_eq!(
            parse(&p, "０７０－３２８ ４８ ６９"),
            (vec!["070-328 48 69".into()], vec![])
        );
    }

    #[test]
    fn a_foreign_number_whose_e164_form_reads_back_otherwise_is_invalid() {
        let p = phones();
        let fuzzed = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/fuzz/phone_cell-e164-does-not-parse-again"
        ))
        .unwrap();
        let at = Location::file("t.csv", FileKind::Text);
        let (found, _) = p.parse_value(&Value::Text(fuzzed.clone()), &at);
        for phone in found {
            let (again, _) = p.parse_value(&Value::Text(phone.e164.to_string()), &at);
            assert_eq!(again[0].e164, phone.e164, "{fuzzed:?}");
        }
    }

    #[test]
    fn a_country_code_in_brackets_is_a_country_code() {
        let p = phones();
        assert_eq!(
            parse(&p, "(+46) 76 2387669"),
            (vec!["076-238 76 69".into()], vec![])
        );
    }

    #[test]
    fn numbers_typed_fixed_line_or_mobile_keep_that_type() {
        let p = phones();
        let at = Location::file("t.csv", FileKind::Text);
        let kind = |t: &str| p.parse_value(&Value::Text(t.into()), &at).0[0].kind;
        assert_eq!(kind("+45 32 12 34 56"), Kind::FixedLineOrMobile);
        assert_eq!(kind("+1 202 555 0143"), Kind::FixedLineOrMobile);
    }
}
