//! Exports: pure writers over the validated directory. Each returns the bytes of its files;
//! `output` writes them, whole or not at all.

pub mod address_book;
pub mod cards;
pub mod csv;
pub mod html;
pub mod json;
pub mod vcard;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Directory;
use crate::output::Planned;
use crate::schemas::Reference;

/// An input file and the SHA-256 of the bytes that were checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub file: String,
    pub sha256: String,
}

/// Everything the exporters read.
pub struct Export<'a> {
    pub directory: &'a Directory,
    pub reference: &'a Reference,
    pub cards: Vec<cards::Card<'a>>,
    pub sources: &'a [Source],
    pub as_of: Option<&'a str>,
}

impl<'a> Export<'a> {
    pub fn new(
        directory: &'a Directory,
        reference: &'a Reference,
        sources: &'a [Source],
        as_of: Option<&'a str>,
    ) -> Self {
        Export {
            directory,
            reference,
            cards: cards::cards(directory, reference),
            sources,
            as_of,
        }
    }
}

/// What a build writes besides the fixed set of files.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The vCard version of the region files and all.vcf.
    pub vcard: vcard::Version,
    /// One card file per contact in `vcard/outlook/` (`--outlook-cards`).
    pub outlook_cards: bool,
}

/// Every output file, with what writes it (the largest first, so that writing them on every
/// core ends together). Without `outlook_cards` the number of files does not grow with the
/// directory.
pub fn plan<'e>(export: &'e Export<'e>, options: Options) -> Vec<Planned<'e>> {
    let mut files = vec![Planned::new(
        "contacts.json",
        Box::new(|out| json::render(export, out)),
    )];
    // The page next: after contacts.json, the largest file.
    files.extend(html::plan(export));
    let first = files.len();
    files.extend([
        Planned::new("contacts.csv", Box::new(|out| csv::machine(export, out))),
        Planned::new(
            "contacts-excel.csv",
            Box::new(|out| csv::spreadsheet(export, out)),
        ),
        Planned::new(
            "outlook.csv",
            Box::new(|out| address_book::outlook(export, out)),
        ),
        Planned::new(
            "google.csv",
            Box::new(|out| address_book::google(export, out)),
        ),
    ]);
    files.extend(vcard::plan(export, options.vcard, options.outlook_cards));
    // A later file of the same path replaces an earlier one, as in a map: two rows of one
    // address (`email-duplicate`) give two cards of one id, and one file is written, once.
    let mut seen = std::collections::BTreeSet::new();
    files.reverse();
    files.retain(|f| seen.insert(f.path.clone()));
    files.reverse();
    // Files are written in this order, one a core: the largest first (contacts.json, the
    // page), then the regions' cards and all the cards copied from them while the rest are
    // written, so that no core is left writing a large file alone at the end.
    let cards: Vec<Planned<'e>> = files
        .extract_if(.., |f| {
            f.path.starts_with("vcard/") && !f.path.starts_with("vcard/outlook/")
        })
        .collect();
    let at = first.min(files.len());
    files.splice(at..at, cards);
    files
}

/// Every output file's bytes, by its path relative to the output folder (for tests and tools
/// that look at them; a build writes them straight to disk).
pub fn files(export: &Export<'_>, options: Options) -> BTreeMap<String, Vec<u8>> {
    plan(export, options)
        .iter()
        .map(|f| (f.path.clone(), f.to_vec()))
        .collect()
}
