//! Checks across rows: the same address twice, a number shared by several contacts, the same
//! person twice in a region. Findings point at the later place and name the earlier one.

use rustc_hash::FxHashMap as HashMap;

use crate::diagnostic::{Code, Finding};
use crate::model::Contact;
use crate::schemas::Reference;
use crate::source::Location;
use crate::text::fold;
use crate::tr;

pub fn cross_checks(contacts: &[Contact], reference: &Reference) -> Vec<Finding> {
    let mut findings = Vec::new();
    // Compare in reading order, so "first" means the earlier place in the report.
    let mut order: Vec<&Contact> = contacts.iter().collect();
    order.sort_by(|a, b| a.source.cmp(&b.source));

    let mut first_email: HashMap<String, (&Contact, &Location)> = HashMap::default();
    let mut first_phone: HashMap<&str, (&Contact, &Location)> = HashMap::default();
    let mut first_person: HashMap<(usize, String), &Contact> = HashMap::default();
    for contact in order {
        for entry in &contact.emails {
            let email = &entry.email;
            match first_email.get(&email.key()) {
                None => {
                    first_email.insert(email.key(), (contact, &entry.at));
                }
                Some((first, _)) if std::ptr::eq(*first, contact) => {}
                Some((first, first_at)) if fold(&first.name) == fold(&contact.name) => findings
                    .push(
                        Finding::at(
                            Code::EmailDuplicate,
                            &entry.at,
                            tr!(
                                "contact-email-duplicate",
                                address = email.address(),
                                first_at = *first_at
                            ),
                        )
                        .with_help(tr!("contact-email-duplicate-help")),
                    ),
                Some((_, first_at)) => findings.push(
                    Finding::at(
                        Code::EmailConflict,
                        &entry.at,
                        tr!(
                            "contact-email-conflict",
                            address = email.address(),
                            first_at = *first_at
                        ),
                    )
                    .with_help(tr!("contact-email-conflict-help")),
                ),
            }
        }
        for entry in &contact.phones {
            let e164 = entry.phone.e164.as_str();
            match first_phone.get(e164) {
                None => {
                    first_phone.insert(e164, (contact, &entry.at));
                }
                Some((first, _)) if std::ptr::eq(*first, contact) => {}
                Some((_, first_at)) => findings.push(Finding::at(
                    Code::PhoneShared,
                    &entry.at,
                    tr!(
                        "contact-phone-shared",
                        number = &entry.phone.written,
                        first_at = *first_at
                    ),
                )),
            }
        }
        let person = (contact.region, fold(&contact.name));
        match first_person.get(&person) {
            None => {
                first_person.insert(person, contact);
            }
            Some(first) => findings.push(
                Finding::at(
                    Code::ContactDuplicate,
                    &contact.source,
                    tr!(
                        "contact-duplicate",
                        name = &contact.name,
                        region = &reference.regions[contact.region].name,
                        first_at = &first.source
                    ),
                )
                .with_help(tr!("contact-duplicate-help")),
            ),
        }
    }
    findings
}
