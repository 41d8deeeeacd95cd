//! Sweden's numbering plan, compiled once from the libphonenumber metadata in
//! `schemas/phonenumber-se.xml`: which numbers are valid, of what type, and how they are written.
//!
//! It follows libphonenumber's rules (a number is valid when the general pattern and one type's
//! pattern match it whole, with a possible length; types are tried in libphonenumber's order;
//! the written form uses the first format whose last leading-digits pattern matches), and
//! `tests/phone_corpus.rs` holds it to Google's results.

use phonenumber::metadata::loader::{self, Descriptor};
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use compact_str::CompactString;
use regex::{Regex, RegexBuilder};
use regex_automata::meta;
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternID, PatternSet};

use crate::model::Kind;

struct TypeRule {
    kind: Kind,
    lengths: Vec<u16>,
}

struct FormatRule {
    leading: Option<Regex>,
    pattern: Regex,
    /// The national format with the national prefix applied (`0${1}-${2} ${3}`).
    national: String,
    /// The national format in pieces, when the pattern is only groups of digits (`(\d{2})
    /// (\d{2,3})`): then whether a number matches and where its groups fall depend only on its
    /// length, and are worked out once per length.
    pieces: Option<Vec<Piece>>,
}

/// Each group's byte range in a number, group 0 the whole match.
type Groups = Vec<(usize, usize)>;

/// A part of a national format: text, or a group of the number's digits.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Group(usize),
}

/// `0${1}-${2}` → text `0`, group 1, text `-`, group 2; `None` for any other use of `$`.
fn pieces(braced: &str) -> Option<Vec<Piece>> {
    let mut out = Vec::new();
    let mut rest = braced;
    while let Some(at) = rest.find('$') {
        if at > 0 {
            out.push(Piece::Text(rest[..at].to_string()));
        }
        let group = rest[at..].strip_prefix("${")?;
        let end = group.find('}')?;
        out.push(Piece::Group(group[..end].parse().ok()?));
        rest = &group[end + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_string()));
    }
    Some(out)
}

/// Whether a format pattern is only groups of digits, `(\d)(\d{2,3})(\d{2})`.
fn digit_groups(pattern: &str) -> bool {
    static SHAPE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"^(?:\(\\d(?:\{[0-9]+(?:,[0-9]*)?\})?\))+$").expect("valid regex")
    });
    let compact: String = pattern.chars().filter(|c| !c.is_whitespace()).collect();
    SHAPE.is_match(&compact)
}

/// How many leading digits (with the length) decide which format a number takes: Swedish
/// leading-digits patterns look at no more than four.
const FORMAT_KEY_DIGITS: usize = 6;

/// Sweden's numbering plan.
pub struct Plan {
    types: Vec<TypeRule>,
    /// One pattern per type rule, then the general pattern, matched in one pass (with
    /// regex-automata's own set of matches, which `RegexSet` makes anew on the heap every time).
    type_patterns: meta::Regex,
    formats: Vec<FormatRule>,
    /// Tells this plan's entries in the threads' memos (`Memo`) from another plan's.
    id: u64,
}

/// What each thread has worked out of a plan's formats: a memo per thread, because one shared
/// behind a lock had the cores taking it from each other for every number. A slot per length and
/// leading digits, found by a hash of them and replaced when another takes it.
struct Memo {
    slots: Vec<Option<Slot>>,
}

/// How numbers of one length and leading digits are written: the format, and where its groups
/// of digits fall (`None` when the format is not only groups of digits, or they do not match).
struct Slot {
    key: (u64, usize, u64),
    format: Option<usize>,
    groups: Option<Groups>,
}

/// Slots in a thread's memo: 2¹².
const SLOT_BITS: u32 = 12;

impl Default for Memo {
    fn default() -> Self {
        Memo {
            slots: (0..1 << SLOT_BITS).map(|_| None).collect(),
        }
    }
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

fn compile(pattern: &str, anchor_end: bool) -> Result<Regex, String> {
    let text = if anchor_end {
        format!("^(?:{pattern})$")
    } else {
        format!("^(?:{pattern})")
    };
    // The numbers are ASCII digits: `\d` as `[0-9]`, not every digit Unicode has, compiles to a
    // fraction of the automaton (a sixth of a check of the shipped input was compiling these).
    RegexBuilder::new(&text)
        .ignore_whitespace(true)
        .unicode(false)
        .build()
        .map_err(|e| format!("bad pattern in phone metadata: {e}"))
}

/// `$1-$2` → `${1}-${2}`: the regex crate would read `$1a` as a group named `1a`.
fn braced(format: &str) -> String {
    (1..=9).rev().fold(format.to_string(), |f, i| {
        f.replace(&format!("${i}"), &format!("${{{i}}}"))
    })
}

impl Plan {
    /// Compile the plan from metadata XML holding a territory with id "SE".
    pub fn new(xml: &str) -> Result<Self, String> {
        let all = loader::load(std::io::Cursor::new(xml)).map_err(|e| format!("{e:?}"))?;
        let se = all
            .into_iter()
            .find(|m| m.id.as_deref() == Some("SE"))
            .ok_or("no territory with id=\"SE\"")?;
        let general_desc = se.general.clone().unwrap_or_default();
        // libphonenumber's order: the specific types first, fixed line and mobile last.
        let ordered: [(Kind, &Option<Descriptor>); 10] = [
            (Kind::PremiumRate, &se.premium_rate),
            (Kind::TollFree, &se.toll_free),
            (Kind::SharedCost, &se.shared_cost),
            (Kind::Voip, &se.voip),
            (Kind::PersonalNumber, &se.personal_number),
            (Kind::Pager, &se.pager),
            (Kind::Uan, &se.uan),
            (Kind::Voicemail, &se.voicemail),
            (Kind::FixedLine, &se.fixed_line),
            (Kind::Mobile, &se.mobile),
        ];
        let mut types = Vec::new();
        let mut patterns = Vec::new();
        for (kind, desc) in ordered {
            let Some(desc) = desc else { continue };
            let Some(pattern) = desc.national_number.as_deref() else {
                continue;
            };
            let lengths = if desc.possible_length.is_empty() {
                general_desc.possible_length.clone()
            } else {
                desc.possible_length.clone()
            };
            types.push(TypeRule { kind, lengths });
            patterns.push(format!("^(?:{pattern})$"));
        }
        // The general pattern last, so that one pass over the number matches all of them.
        patterns.push(format!(
            "^(?:{})$",
            general_desc.national_number.as_deref().unwrap_or(".*")
        ));
        // As `RegexSetBuilder` builds a set, with libphonenumber's whitespace in patterns.
        let type_patterns = meta::Builder::new()
            .configure(
                meta::Config::new()
                    .match_kind(MatchKind::All)
                    .utf8_empty(true)
                    .which_captures(WhichCaptures::None),
            )
            .syntax(
                syntax::Config::new()
                    .ignore_whitespace(true)
                    .unicode(false)
                    .utf8(true),
            )
            .build_many(&patterns)
            .map_err(|e| format!("bad pattern in phone metadata: {e}"))?;
        let prefix = se.national_prefix.clone().unwrap_or_default();
        let mut formats = Vec::new();
        for f in &se.formats {
            let (Some(pattern), Some(format)) = (&f.pattern, &f.format) else {
                continue;
            };
            let national = match &f.national_prefix_formatting_rule {
                Some(rule) => {
                    let first = rule.replace("$NP", &prefix).replace("$FG", "$1");
                    format.replacen("$1", &first, 1)
                }
                None => format.clone(),
            };
            let national = braced(&national);
            formats.push(FormatRule {
                pieces: digit_groups(pattern).then(|| pieces(&national)).flatten(),
                leading: f
                    .leading_digits
                    .last()
                    .map(|l| compile(l, false))
                    .transpose()?,
                pattern: compile(pattern, true)?,
                national,
            });
        }
        Ok(Plan {
            types,
            type_patterns,
            formats,
            id: {
                static NEXT: AtomicU64 = AtomicU64::new(0);
                NEXT.fetch_add(1, Ordering::Relaxed)
            },
        })
    }

    /// The type of a national significant number (`703284869`), `None` when it is not valid.
    pub fn kind(&self, national: &str) -> Option<Kind> {
        thread_local! {
            static MATCHED: std::cell::RefCell<PatternSet> =
                std::cell::RefCell::new(PatternSet::new(0));
        }
        MATCHED.with_borrow_mut(|matched| {
            if matched.capacity() != self.type_patterns.pattern_len() {
                *matched = PatternSet::new(self.type_patterns.pattern_len());
            }
            matched.clear();
            self.type_patterns
                .which_overlapping_matches(&Input::new(national), matched);
            self.kind_of(national, matched)
        })
    }

    /// The type of `national`, from the patterns it matched.
    fn kind_of(&self, national: &str, matched: &PatternSet) -> Option<Kind> {
        let matched = |i: usize| PatternID::new(i).is_ok_and(|p| matched.contains(p));
        if !matched(self.types.len()) {
            return None;
        }
        let len = national.len() as u16;
        let rule = self
            .types
            .iter()
            .enumerate()
            .find(|(i, t)| matched(*i) && t.lengths.contains(&len))
            .map(|(_, t)| t)?;
        if rule.kind == Kind::FixedLine {
            // libphonenumber: a number both patterns match is "fixed line or mobile"; kontakt
            // calls it fixed line, as the crate's `Type::FixedLineOrMobile` maps to.
            return Some(Kind::FixedLine);
        }
        Some(rule.kind)
    }

    /// The Swedish written form (`070-328 48 69`).
    pub fn written(&self, national: &str) -> CompactString {
        let leading = national
            .bytes()
            .take(FORMAT_KEY_DIGITS)
            .fold(0u64, |n, b| n * 10 + u64::from(b.wrapping_sub(b'0')));
        let digits = national.bytes().all(|b| b.is_ascii_digit());
        let key = (self.id, national.len(), leading);
        let mixed =
            (key.2 ^ (key.1 as u64) << 40 ^ key.0 << 48).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let index = (mixed >> (64 - SLOT_BITS)) as usize;
        // Written from the memo's groups, or the format to apply with its regex.
        enum Found {
            Written(CompactString),
            ByRegex(usize),
        }
        let found = MEMO.with_borrow_mut(|memo| {
            let slot = &mut memo.slots[index];
            let slot = match slot {
                Some(s) if s.key == key => s,
                _ => slot.insert(self.slot(key, national, digits)),
            };
            let unformatted = || Found::Written(compact_str::format_compact!("0{national}"));
            let Some(i) = slot.format else {
                return unformatted();
            };
            let Some(pieces) = self.formats[i].pieces.as_ref().filter(|_| digits) else {
                return Found::ByRegex(i);
            };
            let Some(groups) = &slot.groups else {
                return unformatted();
            };
            // Put together on the stack and made a string once: a number's written form is
            // short, and stays inline.
            let mut out = [0u8; 40];
            let mut len = 0;
            for piece in pieces {
                let part = match piece {
                    Piece::Text(t) => t.as_bytes(),
                    Piece::Group(g) => match groups.get(*g) {
                        Some(&(a, b)) => &national.as_bytes()[a..b],
                        None => continue,
                    },
                };
                let Some(room) = out.get_mut(len..len + part.len()) else {
                    // Longer than any number's form: formatted by the regex instead.
                    return Found::ByRegex(i);
                };
                room.copy_from_slice(part);
                len += part.len();
            }
            match std::str::from_utf8(&out[..len]) {
                Ok(written) => Found::Written(written.into()),
                // Whole slices of a `&str` at its capture bounds: always UTF-8.
                Err(_) => Found::ByRegex(i),
            }
        });
        let f = match found {
            Found::ByRegex(i) => &self.formats[i],
            Found::Written(written) => return written,
        };
        match f.pattern.is_match(national) {
            true => f.pattern.replace(national, f.national.as_str()).into(),
            false => compact_str::format_compact!("0{national}"),
        }
    }

    /// What the memo keeps for numbers of `national`'s length and leading digits.
    fn slot(&self, key: (u64, usize, u64), national: &str, digits: bool) -> Slot {
        let format = self.formats.iter().position(|f| {
            f.leading.as_ref().is_none_or(|l| l.is_match(national)) && f.pattern.is_match(national)
        });
        let groups = format
            .filter(|&i| self.formats[i].pieces.is_some() && digits)
            .and_then(|i| self.formats[i].pattern.captures(national))
            .map(|c| {
                c.iter()
                    .map(|g| g.map_or((0, 0), |g| (g.start(), g.end())))
                    .collect()
            });
        Slot {
            key,
            format,
            groups,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        Plan::new(&crate::schemas::Reference::builtin().unwrap().phone_metadata).unwrap()
    }

    #[test]
    fn every_format_of_digit_groups_is_written_as_the_regex_writes_it() {
        let p = plan();
        assert!(p.formats.iter().filter(|f| f.pieces.is_some()).count() >= 8);
        assert_eq!(
            pieces("0${1}-${2} ${3}"),
            Some(vec![
                Piece::Text("0".into()),
                Piece::Group(1),
                Piece::Text("-".into()),
                Piece::Group(2),
                Piece::Text(" ".into()),
                Piece::Group(3)
            ])
        );
        assert_eq!(pieces("$1"), None);
        assert!(!digit_groups("(8)(\\d{5})"));
        // Every length and leading digits: the memo of group ranges against the regex.
        for len in 5..=10 {
            for lead in 0..1000u32 {
                let national = format!("{lead:03}{}", "4".repeat(len - 3));
                let direct = p
                    .formats
                    .iter()
                    .position(|f| {
                        f.leading.as_ref().is_none_or(|l| l.is_match(&national))
                            && f.pattern.is_match(&national)
                    })
                    .map_or(format!("0{national}"), |i| {
                        p.formats[i]
                            .pattern
                            .replace(&national, p.formats[i].national.as_str())
                            .into_owned()
                    });
                assert_eq!(p.written(&national), direct, "{national}");
            }
        }
    }

    #[test]
    fn types_and_forms() {
        let p = plan();
        assert_eq!(p.kind("703284869"), Some(Kind::Mobile));
        assert_eq!(p.kind("781234567"), Some(Kind::Mobile));
        assert_eq!(p.kind("850843726"), Some(Kind::FixedLine));
        assert_eq!(p.kind("20390000"), Some(Kind::TollFree));
        assert_eq!(p.kind("601234"), None);
        assert_eq!(p.written("703284869"), "070-328 48 69");
        assert_eq!(p.written("850843726"), "08-508 437 26");
        assert_eq!(p.written("200123456"), "0200-12 34 56");
        assert_eq!(p.written("771262626"), "0771-26 26 26");
        assert_eq!(
            crate::model::Phone {
                e164: "+46703284869".into(),
                written: p.written("703284869"),
                kind: Kind::Mobile,
                extension: None,
            }
            .international(),
            "+46 70 328 48 69"
        );
    }
}
