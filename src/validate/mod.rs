//! Pure checks over records already read: they take values in memory and return findings.
//!
//! `contact` turns each record into a [`Contact`]; `email`, `phone` and `county` check one cell;
//! `directory` looks across rows (duplicates, shared numbers) and `coverage` across regions.

pub mod cell;
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
use crate::tr;

pub use contact::{SheetRead, region_from_name};
pub use phone::Phones;

/// What the input was, for the data-set rules.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// `check FILE`: one file alone, so every region present and every län covered once are not
    /// asked of it.
    pub one_file: bool,
    /// Files that could not be read, each with the region its name names (if any).
    pub unread: Vec<(String, Option<usize>)>,
    /// Every file read, with the region its name names (if any).
    pub files: Vec<(String, Option<usize>)>,
}

/// The checks across sheets: duplicates, coverage, regions without a file.
pub fn directory(
    reads: Vec<SheetRead>,
    reference: &Reference,
    scope: &Scope,
) -> (Directory, Vec<Finding>) {
    let mut findings = Vec::new();
    // Sized once: growing a vector of 100,000 contacts by doubling touches twice the memory.
    let mut contacts: Vec<Contact> =
        Vec::with_capacity(reads.iter().map(|r| r.contacts.len()).sum());
    let mut claims = Vec::new();
    for read in reads {
        findings.extend(read.findings);
        claims.extend(read.claims);
        contacts.extend(read.contacts);
    }
    findings.extend(directory::cross_checks(&contacts, reference));
    let (lan_owner, coverage) = coverage::check(&claims, reference);
    if scope.one_file {
        findings.extend(
            coverage
                .into_iter()
                .filter(|f| f.code != Code::LanUncovered),
        );
        findings.push(
            Finding::new(Code::CheckOneFile, None, tr!("contact-one-file"))
                .with_help(tr!("contact-one-file-help")),
        );
    } else {
        // An unread file may be why a län is uncovered when its region claims no län in what
        // was read (or its name names no region, and some region claims none); never the
        // national level's file, nor a region whose län were read from another file.
        let silent =
            |r: usize| !reference.regions[r].national && !claims.iter().any(|c| c.region == r);
        let some_region_silent = (0..reference.regions.len()).any(silent);
        let unread: Vec<&str> = scope
            .unread
            .iter()
            .filter(|(_, region)| match region {
                // A file whose name names no region: the cause only if a region claims nothing.
                None => some_region_silent,
                Some(r) => silent(*r),
            })
            .map(|(f, _)| f.as_str())
            .collect();
        findings.extend(
            coverage
                .into_iter()
                .map(|f| match (f.code, unread.as_slice()) {
                    (Code::LanUncovered, [_, ..]) => f.with_help(tr!(
                        "contact-lan-cover-unread-help",
                        n = unread.len(),
                        files = unread.join(", ")
                    )),
                    _ => f,
                }),
        );
        for (i, region) in reference.regions.iter().enumerate() {
            if contacts.iter().any(|c| c.region == i) {
                continue;
            }
            let named = |list: &[(String, Option<usize>)]| {
                list.iter()
                    .find(|(_, r)| *r == Some(i))
                    .map(|(f, _)| f.clone())
            };
            let finding = match (named(&scope.unread), named(&scope.files)) {
                (None, Some(file)) => Finding::new(
                    Code::RegionMissing,
                    None,
                    tr!(
                        "contact-region-missing-empty",
                        region = &region.name,
                        file = &file
                    ),
                )
                .with_help(tr!("contact-region-missing-empty-help", file = &file)),
                (Some(file), _) => Finding::new(
                    Code::RegionMissing,
                    None,
                    tr!(
                        "contact-region-missing-unread",
                        region = &region.name,
                        file = &file
                    ),
                )
                .with_help(tr!("contact-region-missing-unread-help", file = &file)),
                (None, None) => Finding::new(
                    Code::RegionMissing,
                    None,
                    tr!("contact-region-missing-no-file", region = &region.name),
                )
                .with_help(tr!(
                    "contact-region-missing-no-file-help",
                    region = &region.name
                )),
            };
            findings.push(finding);
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
