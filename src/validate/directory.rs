//! Checks across rows: the same address twice, a number shared by several contacts, the same
//! person twice in a region. Findings point at the later place and name the earlier one.
//!
//! Contacts arrive file by file in reading order, and each is compared with the first place of
//! each of its keys. A key is kept as a 64-bit hash (xxh3) with the place it was first seen, in
//! 16 bytes, never as a string, so the contacts themselves need not stay in memory. Two different
//! keys share a hash with a chance of about n²/2⁶⁵: 10⁻¹⁵ for a real directory, 3·10⁻⁸ for a
//! million rows.

use rustc_hash::FxHashMap as HashMap;
use xxhash_rust::xxh3::xxh3_64;

use crate::diagnostic::{Code, Finding};
use crate::model::Contact;
use crate::schemas::Reference;
use crate::source::Location;
use crate::text::fold_into;
use crate::tr;

/// A place as four numbers: the file and sheet (an index into `Seen::bases`), row and columns.
#[derive(Debug, Clone, Copy)]
struct Place {
    base: u32,
    row: u32,
    col: u32,
    char_col: u32,
}

/// Where a key was first seen, and by which contact.
#[derive(Debug, Clone, Copy)]
struct First {
    place: Place,
    contact: u32,
}

/// The first place of every key seen so far.
#[derive(Debug, Default)]
pub struct Seen {
    /// File and sheet of each place, without row and column.
    bases: Vec<Location>,
    /// Address key → first place, and the hash of the folded name given with it there.
    emails: HashMap<u64, (First, u64)>,
    phones: HashMap<u64, First>,
    /// (region, hash of the folded name) → first place of the row.
    people: HashMap<(usize, u64), First>,
    contacts: u32,
    scratch: String,
}

impl Seen {
    /// Compare the contacts of one file with everything seen before them, then remember theirs.
    /// Files must come in the order the report lists them (by name).
    pub fn file<'a>(
        &mut self,
        contacts: impl IntoIterator<Item = &'a Contact>,
        reference: &Reference,
        findings: &mut Vec<Finding>,
    ) {
        // Compare in reading order, so "first" means the earlier place in the report.
        let mut order: Vec<&Contact> = contacts.into_iter().collect();
        order.sort_by(|a, b| a.source.cmp(&b.source));
        for contact in order {
            self.contact(contact, reference, findings);
        }
    }

    fn contact(&mut self, contact: &Contact, reference: &Reference, findings: &mut Vec<Finding>) {
        let id = self.contacts;
        self.contacts += 1;
        let base = self.base_of(&contact.source);
        fold_into(&contact.name, &mut self.scratch);
        let name = xxh3_64(self.scratch.as_bytes());
        for entry in &contact.emails {
            let email = &entry.email;
            let key = self.email_key(email);
            let place = place(base, &entry.at);
            match self.emails.get(&key) {
                None => {
                    self.emails
                        .insert(key, (First { place, contact: id }, name));
                }
                Some((first, _)) if first.contact == id => {}
                Some((first, first_name)) => {
                    let first_at = &self.location(first.place);
                    let address = email.address();
                    findings.push(if *first_name == name {
                        Finding::at(
                            Code::EmailDuplicate,
                            &entry.at,
                            tr!(
                                "contact-email-duplicate",
                                address = address,
                                first_at = first_at
                            ),
                        )
                        .with_help(tr!("contact-email-duplicate-help"))
                    } else {
                        Finding::at(
                            Code::EmailConflict,
                            &entry.at,
                            tr!(
                                "contact-email-conflict",
                                address = address,
                                first_at = first_at
                            ),
                        )
                        .with_help(tr!("contact-email-conflict-help"))
                    });
                }
            }
        }
        for entry in &contact.phones {
            let key = xxh3_64(entry.phone.e164.as_bytes());
            let place = place(base, &entry.at);
            match self.phones.get(&key) {
                None => {
                    self.phones.insert(key, First { place, contact: id });
                }
                Some(first) if first.contact == id => {}
                Some(first) => findings.push(Finding::at(
                    Code::PhoneShared,
                    &entry.at,
                    tr!(
                        "contact-phone-shared",
                        number = &entry.phone.written,
                        first_at = &self.location(first.place)
                    ),
                )),
            }
        }
        let person = (contact.region, name);
        match self.people.get(&person) {
            None => {
                let place = place(base, &contact.source);
                self.people.insert(person, First { place, contact: id });
            }
            Some(first) => findings.push(
                Finding::at(
                    Code::ContactDuplicate,
                    &contact.source,
                    tr!(
                        "contact-duplicate",
                        name = &contact.name,
                        region = &reference.regions[contact.region].name,
                        first_at = &self.location(first.place)
                    ),
                )
                .with_help(tr!("contact-duplicate-help")),
            ),
        }
    }

    /// The hash of an address as two rows are compared (`Email::key`), built in a reused buffer.
    fn email_key(&mut self, email: &crate::model::Email) -> u64 {
        let key = &mut self.scratch;
        key.clear();
        if email.local.is_ascii() {
            key.extend(email.local.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            key.push_str(&email.local.to_lowercase());
        }
        key.push('@');
        key.push_str(&email.domain_ascii);
        xxh3_64(key.as_bytes())
    }

    /// The index of `at`'s file and sheet in `bases`, added when new (contacts of one sheet
    /// come together, so the last one is nearly always it).
    fn base_of(&mut self, at: &Location) -> u32 {
        let same = |b: &Location| b.file == at.file && b.sheet == at.sheet && b.kind == at.kind;
        match self.bases.last() {
            Some(last) if same(last) => (self.bases.len() - 1) as u32,
            _ => match self.bases.iter().position(same) {
                Some(i) => i as u32,
                None => {
                    self.bases.push(Location {
                        row: None,
                        col: None,
                        char_col: None,
                        ..at.clone()
                    });
                    (self.bases.len() - 1) as u32
                }
            },
        }
    }

    fn location(&self, place: Place) -> Location {
        self.bases[place.base as usize].at_char(place.row, place.col, place.char_col)
    }
}

fn place(base: u32, at: &Location) -> Place {
    let n = |v: Option<std::num::NonZeroU32>| v.map_or(0, |v| v.get());
    Place {
        base,
        row: n(at.row),
        col: n(at.col),
        char_col: n(at.char_col),
    }
}
