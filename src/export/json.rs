//! `output/contacts.json`: the canonical document for other tools, described by
//! `schemas/contacts.schema.json`. Pretty-printed UTF-8 with a newline at the end; län by SCB
//! number, regions as in `schemas/regions.json`, contacts in the cards' order, sources by name.

use serde::Serialize;
use std::io::{self, Write};

use super::cards::Card;
use super::{Export, Source};
use crate::model::Kind;

/// Bumped when a field changes meaning or goes away.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    format_version: u32,
    as_of: Option<&'a str>,
    lan: Vec<Lan<'a>>,
    regions: Vec<Region<'a>>,
    contacts: Contacts<'a>,
    sources: &'a [Source],
}

#[derive(Serialize)]
struct Lan<'a> {
    code: &'a str,
    scb: &'a str,
    name: &'a str,
    short: &'a str,
    region: Option<&'a str>,
}

#[derive(Serialize)]
struct Region<'a> {
    id: &'a str,
    name: &'a str,
    national: bool,
    lan: Vec<&'a str>,
}

#[derive(Serialize)]
struct Contact<'a> {
    id: &'a str,
    uid: String,
    kind: &'static str,
    name: &'a str,
    given_name: &'a str,
    family_name: &'a str,
    role: Option<&'a str>,
    organisation: Option<&'a str>,
    region: &'a str,
    lan: Vec<&'a str>,
    emails: Vec<Email>,
    phones: Vec<Phone<'a>>,
}

#[derive(Serialize)]
struct Email {
    address: String,
    /// The address with its domain in punycode (equal to `address` for an ASCII domain).
    address_ascii: String,
}

#[derive(Serialize)]
struct Phone<'a> {
    e164: &'a str,
    written: &'a str,
    international: String,
    #[serde(rename = "type")]
    kind: Kind,
    /// Given in a Mobil column.
    mobile_column: bool,
    extension: Option<&'a str>,
}

fn contact<'a>(card: &'a Card<'a>) -> Contact<'a> {
    let c = card.contact;
    Contact {
        id: &card.id,
        uid: card.uid.to_string(),
        kind: if card.is_function() {
            "function"
        } else {
            "person"
        },
        name: &c.name,
        given_name: &card.given,
        family_name: &card.family,
        role: c.role.as_deref(),
        organisation: c.organisation.as_deref(),
        region: &card.region.id,
        lan: card.lan.iter().map(|l| l.code.as_str()).collect(),
        emails: c
            .emails
            .iter()
            .map(|e| Email {
                address: e.email.address(),
                address_ascii: e.email.address_ascii(),
            })
            .collect(),
        phones: c
            .phones
            .iter()
            .map(|p| Phone {
                e164: &p.phone.e164,
                written: &p.phone.written,
                international: p.phone.international(),
                kind: p.phone.kind,
                mobile_column: p.mobile_column,
                extension: p.phone.extension.as_deref(),
            })
            .collect(),
    }
}

pub fn render(export: &Export<'_>, out: &mut dyn Write) -> io::Result<()> {
    // serde writes a token at a time: into a buffer of a known type, so that each write is a
    // copy rather than a call through `dyn Write`.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, &document(export))?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

/// `contacts.json` read back as another tool reads it, into `L`, `R` and `C` (län, regions,
/// contacts), one contact at a time: the whole document is never held as text.
pub fn read_back<L, R, C>(export: &Export<'_>) -> (Vec<L>, Vec<R>, Vec<C>)
where
    L: serde::de::DeserializeOwned,
    R: serde::de::DeserializeOwned,
    C: serde::de::DeserializeOwned,
{
    fn back<T: serde::de::DeserializeOwned>(value: serde_json::Result<serde_json::Value>) -> T {
        value
            .and_then(serde_json::from_value)
            .expect("kontakt's own contacts.json reads back")
    }
    let doc = document(export);
    (
        back(serde_json::to_value(&doc.lan)),
        back(serde_json::to_value(&doc.regions)),
        export
            .cards
            .iter()
            .map(|c| back(serde_json::to_value(contact(c))))
            .collect(),
    )
}

fn document<'a>(export: &'a Export<'a>) -> Document<'a> {
    let reference = export.reference;
    let owner = |i: usize| {
        export
            .directory
            .lan_owner
            .get(i)
            .copied()
            .flatten()
            .map(|r| reference.regions[r].id.as_str())
    };
    let mut lan: Vec<Lan> = reference
        .lan
        .iter()
        .enumerate()
        .map(|(i, l)| Lan {
            code: &l.code,
            scb: &l.scb,
            name: &l.name,
            short: &l.short,
            region: owner(i),
        })
        .collect();
    lan.sort_by(|a, b| a.scb.cmp(b.scb));
    let regions = reference
        .regions
        .iter()
        .enumerate()
        .map(|(r, region)| Region {
            id: &region.id,
            name: &region.name,
            national: region.national,
            lan: reference
                .lan
                .iter()
                .enumerate()
                .filter(|(i, _)| export.directory.lan_owner.get(*i).copied().flatten() == Some(r))
                .map(|(_, l)| l.code.as_str())
                .collect(),
        })
        .collect();
    Document {
        format_version: FORMAT_VERSION,
        as_of: export.as_of,
        lan,
        regions,
        contacts: Contacts(&export.cards),
        sources: export.sources,
    }
}

/// The contacts, serialised one at a time as they are written.
struct Contacts<'a>(&'a [Card<'a>]);

impl Serialize for Contacts<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(contact))
    }
}
