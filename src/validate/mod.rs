//! Pure checks over records already read: they take values in memory and return findings.
//!
//! `sheet` reads a sheet's records (in `batches` on several cores for the last file), `contact`
//! turns each into a [`Contact`]; `email`, `phone` and `county` check one cell; `directory` looks
//! across rows (duplicates, shared numbers, its tables in `first`) and `coverage` across regions.

pub mod batches;
pub mod cell;
pub mod contact;
pub mod county;
pub mod coverage;
pub mod directory;
pub mod email;
mod first;
pub mod phone;
pub mod plan;
pub mod sheet;

use std::collections::BTreeMap;

use crate::diagnostic::{Code, Finding};
use crate::model::{Contact, Directory};
use crate::schemas::Reference;
use crate::source::Location;
use crate::tr;
use coverage::Claim;

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

/// The directory gathered file by file: each file's contacts are compared with the files
/// before them as they arrive, and kept only when something needs them (the exports, a diff).
pub struct Gather<'r> {
    reference: &'r Reference,
    keep: bool,
    seen: directory::Seen,
    contacts: Vec<Contact>,
    count: usize,
    region_counts: Vec<usize>,
    /// The first place each region claims each län: all the coverage rules need.
    claims: BTreeMap<(usize, usize), Location>,
    findings: Vec<Finding>,
}

impl<'r> Gather<'r> {
    /// `keep`: keep every contact, for the exports; otherwise only counts and first places.
    pub fn new(reference: &'r Reference, keep: bool) -> Self {
        Gather {
            reference,
            keep,
            seen: directory::Seen::default(),
            contacts: Vec::new(),
            count: 0,
            region_counts: vec![0; reference.regions.len()],
            claims: BTreeMap::new(),
            findings: Vec::new(),
        }
    }

    /// One contact, in the order the report lists them: compared with those before it, counted,
    /// and kept if asked.
    pub fn contact(&mut self, contact: Contact) {
        self.keys(&directory::Keys::of(&contact), Some(contact));
    }

    /// A contact by its keys (worked out where it was read), and the contact itself when it is
    /// to be kept.
    pub fn keys(&mut self, keys: &directory::Keys, contact: Option<Contact>) {
        self.seen.contact(keys, self.reference, &mut self.findings);
        self.count += 1;
        self.region_counts[keys.region()] += 1;
        if let Some(contact) = contact.filter(|_| self.keep) {
            self.contacts.push(contact);
        }
    }

    /// What one file's sheets gave besides their contacts.
    pub fn sheets(&mut self, reads: Vec<SheetRead>) {
        for read in reads {
            self.findings.extend(read.findings);
            for claim in read.claims {
                let first = self
                    .claims
                    .entry((claim.lan, claim.region))
                    .or_insert_with(|| claim.at.clone());
                if claim.at < *first {
                    *first = claim.at;
                }
            }
        }
    }

    /// The checks across files: coverage, regions without a file.
    pub fn finish(self, scope: &Scope) -> (Directory, Vec<Finding>) {
        let Gather {
            reference,
            contacts,
            count,
            region_counts,
            claims,
            mut findings,
            ..
        } = self;
        let claims: Vec<Claim> = claims
            .into_iter()
            .map(|((lan, region), at)| Claim { lan, region, at })
            .collect();
        let (directory, more) = across(contacts, count, region_counts, &claims, reference, scope);
        findings.extend(more);
        (directory, findings)
    }
}

fn across(
    contacts: Vec<Contact>,
    count: usize,
    region_counts: Vec<usize>,
    claims: &[Claim],
    reference: &Reference,
    scope: &Scope,
) -> (Directory, Vec<Finding>) {
    let mut findings = Vec::new();
    let (lan_owner, lan_claims, coverage) = coverage::check(claims, reference);
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
            if region_counts[i] > 0 {
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
            count,
            region_counts,
            lan_owner,
            lan_claims,
            files: Vec::new(),
        },
        findings,
    )
}
