//! Exports: pure writers over the validated directory. Each returns the bytes of its files;
//! `output` writes them, whole or not at all.

pub mod cards;
pub mod csv;
pub mod json;
pub mod vcard;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Directory;
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

/// Every output file, by its path relative to the output folder.
pub fn files(export: &Export<'_>, vcard: vcard::Version) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    files.insert("contacts.json".to_string(), json::render(export));
    files.insert("contacts.csv".to_string(), csv::machine(export));
    files.insert("contacts-excel.csv".to_string(), csv::spreadsheet(export));
    files.extend(vcard::files(export, vcard));
    files
}
