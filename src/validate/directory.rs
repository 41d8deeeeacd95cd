//! Checks across rows: the same address twice, a number shared by several contacts, the same
//! person twice in a region. Findings point at the later place and name the earlier one.

use rustc_hash::FxHashMap as HashMap;

use crate::diagnostic::{Code, Finding};
use crate::model::Contact;
use crate::schemas::Reference;
use crate::source::Location;
use crate::text::fold;

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
                            format!("{} is also given at {first_at}", email.address()),
                        )
                        .with_help("list each person once"),
                    ),
                Some((_, first_at)) => findings.push(
                    Finding::at(
                        Code::EmailConflict,
                        &entry.at,
                        format!(
                            "{} is also given for another name at {first_at}",
                            email.address()
                        ),
                    )
                    .with_help("an address belongs to one person: correct one of the two rows"),
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
                    format!("{} is also given at {first_at}", entry.phone.written),
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
                    format!(
                        "{} is listed twice in {}; first at {}",
                        contact.name, reference.regions[contact.region].name, first.source
                    ),
                )
                .with_help("list each person once, with all their numbers in one row"),
            ),
        }
    }
    findings
}
