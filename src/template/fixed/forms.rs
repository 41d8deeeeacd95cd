//! The standard form of a cell's value, written only when kontakt is certain of it: `check`
//! reads the new value exactly as the old one, without a finding. A phone in its Swedish
//! written form, an address trimmed with its domain in lower case, a län by its short name,
//! text without invisible characters. Pure.

use std::collections::BTreeSet;

use super::source::{Kept, SourceCell};
use super::{Context, is_blocking};
use crate::diagnostic::{Code, Finding};
use crate::ingest::Value;
use crate::schemas::{Field, Reference};
use crate::source::Location;
use crate::validate::{cell, county};

/// The value kontakt writes instead of the cell's, when it is certain of it: check reads the
/// new value exactly as the old, without a finding.
pub fn settle(
    fields: &BTreeSet<Field>,
    cell: &SourceCell,
    at: &Location,
    blocking: bool,
    form: &[Code],
    ctx: &Context<'_>,
) -> Option<Kept> {
    let value = cell.value.value();
    let text = match &cell.value {
        Kept::Text(t) => Some(t.as_str()),
        _ => None,
    };
    let new = if fields.contains(&Field::Phone) || fields.contains(&Field::Mobile) {
        match blocking {
            false => phone_form(&value, at, ctx),
            true => None,
        }
        .or_else(|| number_as_text(&value, at, ctx))
    } else if blocking || cell.formula {
        None
    } else if fields.contains(&Field::Email) {
        email_form(&value, at)
    } else if fields.contains(&Field::County) {
        county_form(&value, ctx.reference)
    } else if form.contains(&Code::TextInvisible) {
        let clean = crate::text::clean(&value.text());
        let (visible, removed) = crate::text::strip_invisible(&clean, true);
        (!removed.is_empty()).then(|| visible.into_owned())
    } else {
        None
    }?;
    (text != Some(new.as_str())).then_some(Kept::Text(new))
}

/// A phone cell in the Swedish written form of each number, joined with ` alt. `.
fn phone_form(value: &Value, at: &Location, ctx: &Context<'_>) -> Option<String> {
    let (phones, findings) = cell::phones(value, ctx.phones, at);
    if phones.is_empty()
        || findings.iter().any(is_blocking)
        || phones.iter().any(|p| p.extension.is_some())
    {
        return None;
    }
    let new = phones
        .iter()
        .map(|p| p.written.as_str())
        .collect::<Vec<_>>()
        .join(" alt. ");
    let (again, more) = cell::phones(&Value::Text(new.clone()), ctx.phones, at);
    let key = |p: &crate::model::Phone| p.e164.clone();
    let same = again.iter().map(key).eq(phones.iter().map(key));
    (same && more.is_empty()).then_some(new)
}

/// A number in a phone column, with something a person must look at: written as text, when
/// check reads the text as it read the number (only without `phone-stored-as-number`).
fn number_as_text(value: &Value, at: &Location, ctx: &Context<'_>) -> Option<String> {
    let Value::Number(n) = value else {
        return None;
    };
    let text = crate::ingest::number_text(*n);
    let codes = |findings: Vec<Finding>| -> Vec<Code> {
        findings
            .into_iter()
            .map(|f| f.code)
            .filter(|c| *c != Code::PhoneStoredAsNumber)
            .collect()
    };
    let (a, fa) = cell::phones(value, ctx.phones, at);
    let (b, fb) = cell::phones(&Value::Text(text.clone()), ctx.phones, at);
    let key = |p: &crate::model::Phone| (p.e164.clone(), p.extension.clone());
    let same = a.iter().map(key).eq(b.iter().map(key));
    (same && codes(fa) == codes(fb)).then_some(text)
}

/// An e-mail cell with each address trimmed and its domain in lower case, joined with `; `.
fn email_form(value: &Value, at: &Location) -> Option<String> {
    let (emails, findings) = cell::emails(&value.text(), at);
    if emails.is_empty() || findings.iter().any(is_blocking) {
        return None;
    }
    let new = emails
        .iter()
        .map(|e| e.address())
        .collect::<Vec<_>>()
        .join("; ");
    let (again, more) = cell::emails(&new, at);
    let same = again
        .iter()
        .map(|e| e.key())
        .eq(emails.iter().map(|e| e.key()));
    (same && more.is_empty()).then_some(new)
}

/// A Län cell with each län by its name, joined with `, `.
fn county_form(value: &Value, reference: &Reference) -> Option<String> {
    let (lan, findings) = county::parse_text(&value.text(), reference);
    if lan.is_empty() || !findings.is_empty() {
        return None;
    }
    let new = lan
        .iter()
        .filter_map(|&l| reference.lan.get(l))
        .map(|l| l.short.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let (again, more) = county::parse_text(&new, reference);
    (again == lan && more.is_empty()).then_some(new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;

    fn settled(field: Field, value: Kept, form: &[Code]) -> Option<Kept> {
        let cell = SourceCell {
            row: 2,
            col: 1,
            value,
            formula: false,
            line: 2,
        };
        let at = Location::file("in/syd.xlsx", FileKind::Sheet).at(2, 1);
        super::super::with_context(|ctx| {
            settle(&BTreeSet::from([field]), &cell, &at, false, form, ctx)
        })
    }

    fn text(t: &str) -> Kept {
        Kept::Text(t.to_string())
    }

    #[test]
    fn a_value_is_rewritten_only_into_a_form_check_reads_the_same() {
        assert_eq!(
            settled(Field::Phone, Kept::Number(40349355.0), &[]),
            Some(text("040-34 93 55")),
            "a number that lost its 0, as check reads it"
        );
        assert_eq!(
            settled(Field::Phone, text("+46 8 123 456 78 / 08-123 456 79"), &[]),
            Some(text("08-123 456 78 alt. 08-123 456 79"))
        );
        assert_eq!(settled(Field::Phone, text("08-123 456 78"), &[]), None);
        assert_eq!(
            settled(Field::Email, text(" Anna.Berg@Malmo.SE "), &[]),
            Some(text("Anna.Berg@malmo.se"))
        );
        assert_eq!(
            settled(Field::County, text("Skåne län, Blekinge"), &[]),
            Some(text("Skåne, Blekinge"))
        );
        assert_eq!(settled(Field::County, text("Gottland"), &[]), None);
        assert_eq!(
            settled(
                Field::Name,
                text("Anna\u{200B} Berg"),
                &[Code::TextInvisible]
            ),
            Some(text("Anna Berg"))
        );
        assert_eq!(settled(Field::Name, text("Anna\u{200B} Berg"), &[]), None);
    }
}
