//! Pure checks over records already read: they take values in memory and return findings.
//!
//! `contact` turns each record into a [`Contact`]; `email`, `phone` and `county` check one cell;
//! `directory` looks across rows (duplicates, shared numbers) and `coverage` across regions.

pub mod contact;
pub mod county;
pub mod coverage;
pub mod directory;
pub mod email;
pub mod phone;
pub mod plan;

use crate::diagnostic::{Code, Finding};
use crate::model::{Contact, Directory};
use crate::schemas::Reference;

pub use contact::SheetRead;
pub use phone::Phones;

/// The checks across sheets: duplicates, coverage, regions without a file.
pub fn directory(reads: Vec<SheetRead>, reference: &Reference) -> (Directory, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut contacts: Vec<Contact> = Vec::new();
    let mut claims = Vec::new();
    for read in reads {
        findings.extend(read.findings);
        claims.extend(read.claims);
        contacts.extend(read.contacts);
    }
    findings.extend(directory::cross_checks(&contacts, reference));
    let (lan_owner, coverage) = coverage::check(&claims, reference);
    findings.extend(coverage);
    for (i, region) in reference.regions.iter().enumerate() {
        if !contacts.iter().any(|c| c.region == i) {
            findings.push(
                Finding::new(
                    Code::RegionMissing,
                    None,
                    format!("region {} has no file (no contacts)", region.name),
                )
                .with_help(format!("add {}'s file to the input folder", region.name)),
            );
        }
    }
    (
        Directory {
            contacts,
            lan_owner,
            files: Vec::new(),
        },
        findings,
    )
}
