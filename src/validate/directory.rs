//! Checks across rows: the same address twice, a number shared by several contacts, the same
//! person twice in a region. Findings point at the later place and name the earlier one.
//!
//! Contacts arrive one by one in reading order, and each is compared with the first place of
//! each of its keys. A key is kept as a 64-bit hash (xxh3) with the place it was first seen packed
//! into another 64 bits, never as a string, so the contacts themselves need not stay in memory. Two different
//! keys share a hash with a chance of about n²/2⁶⁵: 10⁻¹⁵ for a real directory, 3·10⁻⁸ for a
//! million rows.

use std::sync::Arc;

use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;
use smallvec::SmallVec;
use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

use crate::diagnostic::{Code, Finding};
use crate::model::Contact;
use crate::schemas::Reference;
use crate::source::Location;
use crate::text::fold_into;
use crate::tr;
use crate::validate::first::FirstSeen;

/// A place as four numbers: the file and sheet (an index into `Seen::bases`), row and columns.
#[derive(Debug, Clone, Copy)]
struct Place {
    base: u32,
    row: u32,
    col: u32,
    char_col: u32,
}

impl Place {
    /// `at`'s row and columns (0 where it has none), on the sheet `base`.
    fn of(base: u32, at: &Location) -> Place {
        let n = |v: Option<std::num::NonZeroU32>| v.map_or(0, |v| v.get());
        Place {
            base,
            row: n(at.row),
            col: n(at.col),
            char_col: n(at.char_col),
        }
    }
}

/// Bits of a packed place: sheet, row, column and character column, 63 in all.
const BITS: [u32; 4] = [11, 24, 12, 16];
/// The top bit of a packed place: the rest is an index into `Seen::overflow`.
const OVERFLOW: u64 = 1 << 63;

/// The first place of every key seen so far.
#[derive(Debug, Default)]
pub struct Seen {
    /// File and sheet of each place, without row and column.
    bases: Vec<Location>,
    /// Places too far out to pack into 63 bits (row 16,777,216 and on, a line of 65,536
    /// characters): kept whole.
    overflow: Vec<Place>,
    /// Address key → first place (packed), and the hash of the folded name given with it there.
    emails: FirstSeen<(u64, u64)>,
    /// Number → first place (packed).
    phones: FirstSeen<u64>,
    /// Region and folded name → first place of the row (packed).
    people: FirstSeen<u64>,
    /// Phone keys the current contact was the first to give (a contact may give one number
    /// twice, with two extensions: that is not a number shared with another contact).
    mine: Vec<u64>,
    /// Number and sheet → the index in `findings` of the number's first `phone-shared` there:
    /// the later ones on the same sheet are its `also` (a switchboard number given on 260,000
    /// rows is one finding, not 260,000).
    shared: HashMap<(u64, u32), usize>,
}

/// What the checks across rows need of a contact, worked out where the contact is read: its
/// keys hashed, the values their findings name, and where each was written. 248 bytes, without
/// the contact's other fields: a file whose turn has not come holds one for each of its contacts.
#[derive(Debug)]
pub struct Keys {
    /// The contact's file and sheet, shared by the contacts of a sheet read on one thread.
    base: Arc<Location>,
    /// The contact's row (and column and character column, when it is a cell).
    source: Place,
    region: usize,
    name: CompactString,
    /// The folded name, and it with the region.
    name_hash: u64,
    person: u64,
    /// Each address's key, its local part as written and its domain (shared with the address,
    /// so that no string is built for it).
    emails: SmallVec<[(Key, Arc<str>); 1]>,
    phones: SmallVec<[Key; 2]>,
}

/// One address or number: its key, its cell (on the contact's sheet) and how a finding shows it.
#[derive(Debug)]
struct Key {
    hash: u64,
    row: u32,
    col: u32,
    char_col: u32,
    shown: CompactString,
}

impl Key {
    fn new(hash: u64, at: &Location, shown: &str) -> Self {
        let n = |v: Option<std::num::NonZeroU32>| v.map_or(0, |v| v.get());
        Key {
            hash,
            row: n(at.row),
            col: n(at.col),
            char_col: n(at.char_col),
            shown: CompactString::from(shown),
        }
    }
}

impl Keys {
    pub fn of(contact: &Contact) -> Self {
        thread_local! {
            static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        SCRATCH.with_borrow_mut(|scratch| {
            fold_into(&contact.name, scratch);
            let name_hash = xxh3_64(scratch.as_bytes());
            let person = xxh3_64_with_seed(scratch.as_bytes(), contact.region as u64 + 1);
            Keys {
                base: shared_base(&contact.source),
                source: Place::of(0, &contact.source),
                region: contact.region,
                name: CompactString::from(contact.name.as_str()),
                name_hash,
                person,
                emails: contact
                    .emails
                    .iter()
                    .map(|e| {
                        let hash = email_key(&e.email, scratch);
                        let key = Key::new(hash, &e.at, &e.email.local);
                        (key, e.email.domain.clone())
                    })
                    .collect(),
                phones: contact
                    .phones
                    .iter()
                    .map(|p| Key::new(xxh3_64(p.phone.e164.as_bytes()), &p.at, &p.phone.written))
                    .collect(),
            }
        })
    }

    /// The region the contact is in (index into `Reference::regions`).
    pub fn region(&self) -> usize {
        self.region
    }

    fn at(&self, key: &Key) -> Location {
        self.base.at_char(key.row, key.col, key.char_col)
    }

    /// Where the contact was read: its row (or its cell).
    fn source(&self) -> Location {
        let Place {
            row, col, char_col, ..
        } = self.source;
        self.base.at_char(row, col, char_col)
    }
}

/// `source`'s file and sheet as one `Arc`, the same one for the contacts of a sheet read on a
/// thread (a pointer, where a `Location` would be 48 bytes in every contact held).
fn shared_base(source: &Location) -> Arc<Location> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<Arc<Location>>> = const { std::cell::RefCell::new(None) };
    }
    LAST.with_borrow_mut(|last| match last {
        Some(base) if same_base(base, source) => base.clone(),
        _ => {
            let base = Arc::new(Location {
                row: None,
                col: None,
                char_col: None,
                ..source.clone()
            });
            *last = Some(base.clone());
            base
        }
    })
}

/// Whether two places are on the same file and sheet.
fn same_base(a: &Location, b: &Location) -> bool {
    a.file == b.file && a.sheet == b.sheet && a.kind == b.kind
}

/// The hash of an address as two rows are compared (`Email::key`), built in `scratch`.
fn email_key(email: &crate::model::Email, scratch: &mut String) -> u64 {
    email.write_key(scratch);
    xxh3_64(scratch.as_bytes())
}

impl Seen {
    /// Compare a contact with everything seen before it, then remember its keys. Contacts must
    /// come in the order the report lists them (file by name, sheet by name, row by row).
    pub fn contact(&mut self, keys: &Keys, reference: &Reference, findings: &mut Vec<Finding>) {
        let base = self.base_of(&keys.base);
        let name = keys.name_hash;
        // A contact's addresses are unique already (`email-repeated`).
        for (key, domain) in &keys.emails {
            // One lookup for a key seen before or not: the tables hold a key per row.
            let overflow = &mut self.overflow;
            match self
                .emails
                .first_or_insert(key.hash, || (pack(overflow, base, key), name))
            {
                None => {}
                Some((first, first_name)) => {
                    let first_at = &self.unpack(first);
                    let address = &format!("{}@{domain}", key.shown);
                    findings.push(if first_name == name {
                        Finding::at(
                            Code::EmailDuplicate,
                            &keys.at(key),
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
                            &keys.at(key),
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
        self.mine.clear();
        for key in &keys.phones {
            let overflow = &mut self.overflow;
            match self
                .phones
                .first_or_insert(key.hash, || pack(overflow, base, key))
            {
                None => self.mine.push(key.hash),
                Some(_) if self.mine.contains(&key.hash) => {}
                Some(first) => match self.shared.get(&(key.hash, base)) {
                    // The same number, so the same message: said once, at every place.
                    Some(&i) if findings.get(i).is_some_and(|f| f.code == Code::PhoneShared) => {
                        findings[i].also.push(keys.at(key));
                    }
                    _ => {
                        self.shared.insert((key.hash, base), findings.len());
                        findings.push(Finding::at(
                            Code::PhoneShared,
                            &keys.at(key),
                            tr!(
                                "contact-phone-shared",
                                number = key.shown.as_str(),
                                first_at = &self.unpack(first)
                            ),
                        ));
                    }
                },
            }
        }
        let overflow = &mut self.overflow;
        let at = keys.source;
        match self.people.first_or_insert(keys.person, || {
            pack_place(overflow, base, at.row, at.col, at.char_col)
        }) {
            None => {}
            Some(first) => findings.push(
                Finding::at(
                    Code::ContactDuplicate,
                    &keys.source(),
                    tr!(
                        "contact-duplicate",
                        name = keys.name.as_str(),
                        region = &reference.regions[keys.region].name,
                        first_at = &self.unpack(first)
                    ),
                )
                .with_help(tr!("contact-duplicate-help")),
            ),
        }
    }

    fn unpack(&self, packed: u64) -> Location {
        let place = if packed & OVERFLOW != 0 {
            self.overflow[(packed & !OVERFLOW) as usize]
        } else {
            let mut parts = [0u32; 4];
            let mut rest = packed;
            for (part, bits) in parts.iter_mut().zip(BITS).rev() {
                *part = (rest & ((1 << bits) - 1)) as u32;
                rest >>= bits;
            }
            Place {
                base: parts[0],
                row: parts[1],
                col: parts[2],
                char_col: parts[3],
            }
        };
        self.bases[place.base as usize].at_char(place.row, place.col, place.char_col)
    }

    /// The index of `at`'s file and sheet in `bases`, added when new (contacts of one sheet
    /// come together, so the last one is nearly always it).
    fn base_of(&mut self, at: &Location) -> u32 {
        let same = |b: &Location| same_base(b, at);
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
}

/// A key's place on the sheet `base`, packed (`Seen::pack`).
fn pack(overflow: &mut Vec<Place>, base: u32, key: &Key) -> u64 {
    pack_place(overflow, base, key.row, key.col, key.char_col)
}

/// A place in 63 bits, or an index into `overflow` when a part does not fit.
fn pack_place(overflow: &mut Vec<Place>, base: u32, row: u32, col: u32, char_col: u32) -> u64 {
    let parts = [base, row, col, char_col];
    if parts.iter().zip(BITS).all(|(&p, bits)| p < 1 << bits) {
        return parts
            .iter()
            .zip(BITS)
            .fold(0u64, |packed, (&p, bits)| packed << bits | u64::from(p));
    }
    overflow.push(Place {
        base,
        row,
        col,
        char_col,
    });
    OVERFLOW | (overflow.len() - 1) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;

    #[test]
    fn places_pack_and_unpack_whole_even_far_out() {
        let mut seen = Seen::default();
        let base = Location::file("nord.xlsx", FileKind::Sheet).in_sheet("Nord");
        let b = seen.base_of(&base);
        for (row, col, char_col) in [
            (1, 1, 0),
            (2, 3, 17),
            ((1 << 24) - 1, 4095, 65535),
            (1 << 24, 3, 1),
            (7, 4096, 1),
            (7, 3, 1 << 16),
        ] {
            let at = base.at_char(row, col, char_col);
            let packed = pack_place(&mut seen.overflow, b, row, col, char_col);
            assert_eq!(seen.unpack(packed), at, "{row} {col} {char_col}");
        }
        assert_eq!(seen.overflow.len(), 3);
    }

    #[test]
    fn a_contacts_keys_stay_small() {
        // Held for every contact of a file whose turn has not come (a million rows: a file of
        // 125,000 contacts at a time).
        assert!(
            std::mem::size_of::<Keys>() <= 248,
            "{}",
            std::mem::size_of::<Keys>()
        );
    }
}
