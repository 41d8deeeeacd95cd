//! The directory as validated values: contacts with their region, län, e-mails and phones.

use crate::schemas::Reference;
use crate::source::Location;

mod email;
mod phone;

pub use email::Email;
pub use phone::{Kind, Phone};

/// A person, or a function such as the support line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContactKind {
    Person,
    Function,
}

/// A phone number, the column it came from and its cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneEntry {
    pub phone: Phone,
    /// Given in a Mobil column.
    pub mobile_column: bool,
    pub at: Location,
}

impl PhoneEntry {
    /// A mobile: given in a Mobil column, or one the numbering plan calls mobile.
    pub fn is_mobile(&self) -> bool {
        self.mobile_column || self.phone.kind == Kind::Mobile
    }
}

/// An e-mail address and its cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailEntry {
    pub email: Email,
    pub at: Location,
}

/// One contact of the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// Index into `Reference::regions`.
    pub region: usize,
    pub kind: ContactKind,
    pub name: String,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub emails: Vec<EmailEntry>,
    pub phones: Vec<PhoneEntry>,
    /// Indexes into `Reference::lan`: the län this contact's row names.
    pub lan: Vec<usize>,
    /// The row the contact was read from.
    pub source: Location,
}

/// Everything `check` learnt: the contacts that count and who covers each län.
#[derive(Debug, Default)]
pub struct Directory {
    /// Every contact, when the run keeps them (see `validate::Gather`); empty otherwise.
    pub contacts: Vec<Contact>,
    /// How many contacts the input has, kept or not.
    pub count: usize,
    /// How many contacts each region has (index into `Reference::regions`).
    pub region_counts: Vec<usize>,
    /// For each län (index into `Reference::lan`), the region that covers it.
    pub lan_owner: Vec<Option<usize>>,
    /// For each län, every region that claims it (one when it is covered as it should be).
    pub lan_claims: Vec<Vec<usize>>,
    /// Files read, as shown in reports.
    pub files: Vec<String>,
}

impl Directory {
    /// A directory of these contacts (for tests and tools that build one by hand).
    pub fn of(contacts: Vec<Contact>, lan_owner: Vec<Option<usize>>) -> Self {
        let mut region_counts = vec![0; contacts.iter().map(|c| c.region + 1).max().unwrap_or(0)];
        for c in &contacts {
            region_counts[c.region] += 1;
        }
        let lan_claims = lan_owner
            .iter()
            .map(|o| o.iter().copied().collect())
            .collect();
        Directory {
            count: contacts.len(),
            contacts,
            region_counts,
            lan_owner,
            lan_claims,
            files: Vec::new(),
        }
    }

    /// Regional regions (not the national level) with at least one contact.
    pub fn regions_present(&self, reference: &Reference) -> usize {
        reference
            .regional()
            .filter(|(i, _)| self.region_counts.get(*i).is_some_and(|&n| n > 0))
            .count()
    }

    pub fn lan_covered(&self) -> usize {
        self.lan_owner.iter().filter(|o| o.is_some()).count()
    }
}
