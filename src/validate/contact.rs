//! One record into a contact: name, role, e-mails, phones and län, each checked at its cell.

use std::sync::LazyLock;

use regex::Regex;

use super::cell::{self, keep_once, visible};
use super::coverage::Claim;
use super::{county, phone::Phones};
use crate::diagnostic::{Code, Finding};
use crate::ingest::Cell;
use crate::ingest::headers::{Record, Sheet};
use crate::model::{Contact, ContactKind, Email, EmailEntry, PhoneEntry};
use crate::schemas::{Field, Reference};
use crate::source::Location;
use crate::tr;

/// What one sheet gave besides its contacts (which go to the reader's sink as they are read).
#[derive(Debug, Default)]
pub struct SheetRead {
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    /// The sheet lists only län (a sheet `Län` of one column): they belong to the file's region.
    pub lan_list: bool,
    /// Regional contacts but no Län column, at this header: an error unless another sheet of the
    /// same file lists the län (decided per file, in `lan_column_findings`).
    pub lan_missing: Option<Location>,
}

/// The `column-missing` errors for sheets without a Län column, unless a sheet of the same file
/// lists the län.
pub fn lan_column_findings(sheets: &mut [SheetRead]) -> Vec<Finding> {
    let listed = sheets.iter().any(|s| s.lan_list);
    sheets
        .iter_mut()
        .filter_map(|s| s.lan_missing.take())
        .filter(|_| !listed)
        .map(|at| {
            Finding::at(Code::ColumnMissing, &at, tr!("contact-lan-column-missing"))
                .with_help(tr!("contact-lan-column-missing-help"))
        })
        .collect()
}

static ROLE_AFTER_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.*?)\s*\(([^()]*)\)\s*$").expect("valid regex"));

/// The region a file or sheet name names: any word of it (`region-syd-2021.xlsx` → Syd).
pub fn region_from_name(name: &str, reference: &Reference) -> Option<usize> {
    let stem = std::path::Path::new(name)
        .file_stem()
        .map_or(name.into(), |s| s.to_string_lossy());
    reference.region(&stem).or_else(|| {
        stem.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("region"))
            .find_map(|w| reference.region(w))
    })
}

/// The text of a field's cells, joined, with invisible characters removed and reported.
fn text_of(cells: &[Cell], sheet: &Sheet, findings: &mut Vec<Finding>) -> Option<String> {
    let mut joined: Option<String> = None;
    for c in cells {
        let text = c.value.as_text();
        let text = match text.contains('\n') {
            true => std::borrow::Cow::Owned(text.replace('\n', " ")),
            false => text,
        };
        let at = sheet.base.at_char(c.row, c.col, c.char_col);
        let part = visible(&text, true, &at, findings);
        if part.is_empty() {
            continue;
        }
        match &mut joined {
            None => joined = Some(part.into_owned()),
            Some(all) => {
                all.push(' ');
                all.push_str(&part);
            }
        }
    }
    joined
}

/// Cells whose value can be read; formula and error cells were reported when the row was read.
pub(super) fn usable(cells: &[Cell]) -> impl Iterator<Item = &Cell> {
    cells.iter().filter(|c| c.value.is_usable())
}

pub(super) fn read_record(
    record: &Record,
    sheet: &Sheet,
    region: usize,
    reference: &Reference,
    phones: &Phones,
    counties: &mut county::Counties<'_>,
    out: &mut SheetRead,
) -> Option<Contact> {
    let at = |cell: &Cell| sheet.base.at_char(cell.row, cell.col, cell.char_col);
    // Without the column, the sheet already has a column-missing error; no row repeats it.
    let has_email = sheet.has(Field::Email);
    let has_phone = sheet.has(Field::Phone) || sheet.has(Field::Mobile);
    let national = reference.regions[region].national;
    let holds_contact_data = [
        Field::Name,
        Field::GivenName,
        Field::FamilyName,
        Field::Email,
        Field::Phone,
        Field::Mobile,
    ]
    .iter()
    .any(|&f| !record.get(f).is_empty());
    if !holds_contact_data {
        // A row with only a region or län (a group heading, or a value filled down): nobody to list.
        return None;
    }
    let given = text_of(record.get(Field::GivenName), sheet, &mut out.findings);
    let family = text_of(record.get(Field::FamilyName), sheet, &mut out.findings);
    let full = text_of(record.get(Field::Name), sheet, &mut out.findings).or_else(|| {
        match (&given, &family) {
            (None, None) => None,
            (g, f) => Some(
                [g.as_deref(), f.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        }
    });
    let Some(full) = full else {
        out.findings.push(
            Finding::at(
                Code::NameMissing,
                &record.location,
                tr!("contact-name-missing"),
            )
            .with_help(tr!("contact-name-missing-help")),
        );
        return None;
    };
    let mut role = text_of(record.get(Field::Role), sheet, &mut out.findings);
    // Only a name ending in `)` can carry a role in brackets.
    let bracketed = full.trim_end().ends_with(')');
    let captures = match bracketed {
        true => ROLE_AFTER_NAME.captures(&full),
        false => None,
    };
    let name = match captures {
        Some(c) if !c[1].is_empty() => {
            let moved = c[2].trim().to_string();
            role = Some(match role {
                Some(r) if !moved.is_empty() => format!("{r}, {moved}"),
                Some(r) => r,
                None => moved,
            });
            c[1].to_string()
        }
        _ => full,
    };
    let kind = match record.get(Field::Kind).first() {
        None => ContactKind::Person,
        Some(cell) => match crate::text::fold(&cell.value.as_text()).as_str() {
            "person" | "" => ContactKind::Person,
            "funktion" | "function" | "organisation" | "organization" | "stödlinje"
            | "stödtelefon" => ContactKind::Function,
            _ => {
                out.findings.push(
                    Finding::at(
                        Code::KindUnknown,
                        &at(cell),
                        tr!(
                            "contact-kind-unknown",
                            value = format!("{:?}", cell.value.text())
                        ),
                    )
                    .with_help(tr!("contact-kind-unknown-help")),
                );
                ContactKind::Person
            }
        },
    };
    let organisation = text_of(record.get(Field::Organisation), sheet, &mut out.findings);
    let mut emails = Vec::new();
    for c in usable(record.get(Field::Email)) {
        let here = at(c);
        let (found, findings) = cell::emails(&c.value.as_text(), &here);
        out.findings.extend(findings);
        for email in found {
            keep_once(
                &mut emails,
                email,
                &here,
                Email::same_key,
                |e| e.address(),
                Code::EmailRepeated,
                &mut out.findings,
            );
        }
    }
    let mut numbers = Vec::new();
    for (field, mobile_column) in [(Field::Phone, false), (Field::Mobile, true)] {
        for c in usable(record.get(field)) {
            let here = at(c);
            let (found, findings) = cell::phones(&c.value, phones, &here);
            out.findings.extend(findings);
            for phone in found {
                keep_once(
                    &mut numbers,
                    (phone, mobile_column),
                    &here,
                    |(a, _), (b, _)| a.e164 == b.e164 && a.extension == b.extension,
                    |(p, _)| p.written.to_string(),
                    Code::PhoneRepeated,
                    &mut out.findings,
                );
            }
        }
    }
    // Contacts live until the end of the run: each list is made as long as it is, with no
    // spare capacity (a Vec grows to four).
    let mut email_list = Vec::with_capacity(emails.len());
    email_list.extend(
        emails
            .into_iter()
            .map(|(email, at)| EmailEntry { email, at }),
    );
    let mut phone_list = Vec::with_capacity(numbers.len());
    phone_list.extend(
        numbers
            .into_iter()
            .map(|((phone, mobile_column), at)| PhoneEntry {
                phone,
                mobile_column,
                at,
            }),
    );
    let mut lan = Vec::new();
    for cell in usable(record.get(Field::County)) {
        let (found, findings) = counties.parse_value(&cell.value, &at(cell));
        out.findings.extend(findings);
        if national && !found.is_empty() {
            out.findings.push(Finding::at(
                Code::LanNational,
                &at(cell),
                tr!("contact-lan-national"),
            ));
            continue;
        }
        lan.reserve_exact(found.len());
        for l in found {
            if !lan.contains(&l) {
                lan.push(l);
            }
        }
    }
    let email_cells = !record.get(Field::Email).is_empty();
    let phone_cells = !record.get(Field::Phone).is_empty() || !record.get(Field::Mobile).is_empty();
    if !national {
        if has_email && !email_cells {
            out.findings.push(
                Finding::at(
                    Code::EmailMissing,
                    &record.location,
                    tr!("contact-email-missing"),
                )
                .with_help(tr!("contact-email-missing-help")),
            );
        }
        if has_phone && !phone_cells {
            out.findings.push(
                Finding::at(
                    Code::PhoneMissing,
                    &record.location,
                    tr!("contact-phone-missing"),
                )
                .with_help(tr!("contact-phone-missing-help")),
            );
        }
    } else if !email_cells && !phone_cells {
        out.findings.push(
            Finding::at(
                Code::ContactUnreachable,
                &record.location,
                tr!("contact-unreachable"),
            )
            .with_help(tr!("contact-unreachable-help")),
        );
    }
    lan.shrink_to_fit();
    Some(Contact {
        region,
        kind,
        name,
        given_name: given,
        family_name: family,
        role,
        organisation,
        emails: email_list,
        phones: phone_list,
        lan,
        source: record.location.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_from_file_names() {
        let r = Reference::builtin().unwrap();
        let id = |n: &str| region_from_name(n, &r).map(|i| r.regions[i].id.as_str());
        assert_eq!(id("input/nord.xlsx"), Some("nord"));
        assert_eq!(id("Region Väst 2021.csv"), Some("vast"));
        assert_eq!(id("regionkoordinatorer-syd.xlsx"), Some("syd"));
        assert_eq!(id("ost.csv"), Some("ost"));
        assert_eq!(id("kontakter.csv"), None);
    }
}
