//! One e-mail or phone cell as the contact reader reads it: invisible characters removed (and
//! reported), the value parsed, and a value given twice in the cell kept once (with a note).
//! The corpora in `tests/data/` run every cell through these same functions.

use super::email::{self, Email};
use super::phone::{Phone, Phones};
use crate::diagnostic::{Code, Finding};
use crate::ingest::Value;
use crate::source::Location;
use crate::tr;

/// A cell's text without the invisible characters that do not belong in it (in names, ZWJ and
/// ZWNJ do belong), and a warning at the cell naming each one removed.
pub fn visible<'t>(
    text: &'t str,
    keep_joiners: bool,
    at: &Location,
    findings: &mut Vec<Finding>,
) -> std::borrow::Cow<'t, str> {
    let (clean, removed) = crate::text::strip_invisible(text, keep_joiners);
    if !removed.is_empty() {
        let shown = format!("{clean:?}");
        let chars = crate::text::describe_chars(&removed);
        findings.push(
            Finding::at(
                Code::TextInvisible,
                at,
                tr!(
                    "cell-invisible-removed",
                    text = shown,
                    chars = chars,
                    count = removed.len()
                ),
            )
            .with_help(tr!("cell-help-retype", count = removed.len())),
        );
    }
    clean
}

/// Add `value` to `kept` unless an equal one (by `key`) is there; else a note at `at`.
pub fn keep_once<T>(
    kept: &mut Vec<(T, Location)>,
    value: T,
    at: &Location,
    same: impl Fn(&T, &T) -> bool,
    shown: impl Fn(&T) -> String,
    code: Code,
    findings: &mut Vec<Finding>,
) {
    match kept.iter().find(|(v, _)| same(v, &value)) {
        Some((_, first)) => findings.push(Finding::at(
            code,
            at,
            tr!("cell-given-again", value = shown(&value), first = first),
        )),
        None => kept.push((value, at.clone())),
    }
}

/// The phone numbers of one cell.
pub fn phones(value: &Value, phones: &Phones, at: &Location) -> (Vec<Phone>, Vec<Finding>) {
    let mut findings = Vec::new();
    let (found, more) = match value {
        Value::Text(t) => phones.parse_cell_text(&visible(t, false, at, &mut findings), at),
        other => phones.parse_value(other, at),
    };
    findings.extend(more);
    if found.len() < 2 {
        return (found, findings);
    }
    let mut kept = Vec::new();
    for phone in found {
        keep_once(
            &mut kept,
            phone,
            at,
            |a, b| a.e164 == b.e164 && a.extension == b.extension,
            |p| p.written.to_string(),
            Code::PhoneRepeated,
            &mut findings,
        );
    }
    (kept.into_iter().map(|(p, _)| p).collect(), findings)
}

/// The e-mail addresses of one cell.
pub fn emails(text: &str, at: &Location) -> (Vec<Email>, Vec<Finding>) {
    let mut findings = Vec::new();
    let text = visible(text, false, at, &mut findings);
    let (found, more) = email::parse_cell(&text, at);
    findings.extend(more);
    if found.len() < 2 {
        return (found, findings);
    }
    let mut kept = Vec::new();
    for e in found {
        keep_once(
            &mut kept,
            e,
            at,
            Email::same_key,
            Email::address,
            Code::EmailRepeated,
            &mut findings,
        );
    }
    (kept.into_iter().map(|(e, _)| e).collect(), findings)
}
