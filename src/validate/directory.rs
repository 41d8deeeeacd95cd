//! Checks across rows: the same address twice, a number shared by several contacts, the same
//! person twice in a region. Findings point at the later place and name the earlier one.

use std::collections::HashMap;

use crate::diagnostic::{Code, Finding};
use crate::model::Contact;
use crate::schemas::Reference;
use crate::text::fold;

pub fn cross_checks(contacts: &[Contact], reference: &Reference) -> Vec<Finding> {
    let mut findings = Vec::new();
    // Compare in reading order, so "first" means the earlier place in the report.
    let mut order: Vec<&Contact> = contacts.iter().collect();
    order.sort_by(|a, b| a.source.cmp(&b.source));

    let mut first_email: HashMap<String, &Contact> = HashMap::new();
    let mut first_phone: HashMap<&str, &Contact> = HashMap::new();
    let mut first_person: HashMap<(usize, String), &Contact> = HashMap::new();
    for contact in order {
        for email in &contact.emails {
            match first_email.get(&email.key()) {
                None => {
                    first_email.insert(email.key(), contact);
                }
                Some(first) if std::ptr::eq(*first, contact) => {}
                Some(first) if fold(&first.name) == fold(&contact.name) => findings.push(
                    Finding::at(Code::EmailDuplicate, &contact.source, format!("{} is also given at {}", email.address(), first.source))
                        .with_help("list each person once"),
                ),
                Some(first) => findings.push(
                    Finding::at(
                        Code::EmailConflict,
                        &contact.source,
                        format!("{} is also given for another name at {}", email.address(), first.source),
                    )
                    .with_help("an address belongs to one person: correct one of the two rows"),
                ),
            }
        }
        for entry in &contact.phones {
            let e164 = entry.phone.e164.as_str();
            match first_phone.get(e164) {
                None => {
                    first_phone.insert(e164, contact);
                }
                Some(first) if std::ptr::eq(*first, contact) => {}
                Some(first) => findings.push(Finding::at(
                    Code::PhoneShared,
                    &contact.source,
                    format!("{} is also given at {}", entry.phone.written, first.source),
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
                    format!("{} is listed twice in {}; first at {}", contact.name, reference.regions[contact.region].name, first.source),
                )
                .with_help("list each person once, with all their numbers in one row"),
            ),
        }
    }
    findings
}
