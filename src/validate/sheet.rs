//! A sheet's records into contacts, row by row or in batches on several cores: the sheet's
//! region and columns, what its rows say once, and the län a sheet of län alone lists.

use super::contact::{SheetRead, read_record, region_from_name, usable};
use super::coverage::Claim;
use super::{county, phone::Phones};
use crate::diagnostic::{Code, Finding};
use crate::i18n::Text;
use crate::ingest::headers::{NextRecord, Record, Sheet};
use crate::model::Contact;
use crate::schemas::{Field, Reference};
use crate::source::Location;
use crate::tr;

/// A sheet's records into contacts, each handed to `sink` as it is read (in row order), and
/// what else the sheet gave.
pub fn read_sheet(
    sheet: &Sheet,
    records: &mut NextRecord<'_>,
    reference: &Reference,
    phones: &Phones,
    sink: &mut dyn FnMut(Contact),
) -> SheetRead {
    match begin(sheet, reference, phones) {
        Begun::LanList(by_name) => read_lan_list(sheet, records, by_name, reference),
        Begun::NoName(mut out) => {
            // No contact is read, but what reading the rows finds (a cell error, a column
            // without a header) is still said.
            while records(&mut out.findings).is_some() {}
            out
        }
        Begun::Contacts(rows, mut out) => {
            let mut state = RowState::new(reference);
            while let Some(record) = records(&mut out.findings) {
                if let Some(contact) = rows.row(&record, &mut state, &mut out) {
                    sink(contact);
                }
            }
            rows.end(&state.said, &mut out);
            out
        }
    }
}

/// As [`read_sheet`], for records read on another thread and sent in batches (with what reading
/// them found): the batches are checked on `workers` threads, each contact is `prepare`d there,
/// and what that makes goes to `sink` in row order; the findings are what `read_sheet` gives.
pub fn read_sheet_batches<P: Send>(
    sheet: &Sheet,
    batches: std::sync::mpsc::Receiver<super::batches::Batch>,
    workers: usize,
    reference: &Reference,
    phones: &Phones,
    prepare: &(dyn Fn(Contact) -> P + Sync),
    sink: &mut dyn FnMut(P),
) -> SheetRead {
    match begin(sheet, reference, phones) {
        Begun::Contacts(rows, out) => {
            super::batches::read(&rows, batches, workers, out, prepare, sink)
        }
        _ => {
            let mut next = super::batches::one_by_one(batches);
            read_sheet(sheet, &mut next, reference, phones, &mut |c| {
                sink(prepare(c))
            })
        }
    }
}

/// How a sheet is read, from its header alone.
enum Begun<'a> {
    /// A sheet of län alone, for the region of the sheet or file name.
    LanList(Option<usize>),
    /// No name column: no contact can be read (the error is in the sheet's findings).
    NoName(SheetRead),
    /// Contacts, row by row, with the sheet's findings so far.
    Contacts(SheetRows<'a>, SheetRead),
}

fn begin<'a>(sheet: &'a Sheet, reference: &'a Reference, phones: &'a Phones) -> Begun<'a> {
    let mut out = SheetRead::default();
    let has_name =
        sheet.has(Field::Name) || sheet.has(Field::GivenName) || sheet.has(Field::FamilyName);
    let by_name = sheet
        .base
        .sheet
        .as_deref()
        .and_then(|s| region_from_name(s, reference))
        .or_else(|| region_from_name(&sheet.base.file, reference));
    let contact_columns = [Field::Email, Field::Phone, Field::Mobile, Field::Role];
    if !has_name && sheet.has(Field::County) && !contact_columns.iter().any(|&f| sheet.has(f)) {
        return Begun::LanList(by_name);
    }
    let missing = |message: Text, help: Text| {
        Finding::at(Code::ColumnMissing, &sheet.header, message).with_help(help)
    };
    if !has_name {
        out.findings.push(missing(
            tr!("contact-name-column-missing"),
            tr!("contact-name-column-missing-help"),
        ));
        return Begun::NoName(out);
    }
    let has_email = sheet.has(Field::Email);
    let has_phone = sheet.has(Field::Phone) || sheet.has(Field::Mobile);
    if !has_email {
        out.findings.push(missing(
            tr!("contact-email-column-missing"),
            tr!("contact-email-column-missing-help"),
        ));
    }
    if !has_phone {
        out.findings.push(missing(
            tr!("contact-phone-column-missing"),
            tr!("contact-phone-column-missing-help"),
        ));
    }
    let rows = SheetRows {
        sheet,
        reference,
        phones,
        by_name,
    };
    Begun::Contacts(rows, out)
}

/// What reading a sheet's rows needs: the sheet, the rules, and the region its name names.
pub struct SheetRows<'a> {
    sheet: &'a Sheet,
    reference: &'a Reference,
    phones: &'a Phones,
    by_name: Option<usize>,
}

/// What reading rows remembers from one row to the next: caches that only save work, and what
/// a sheet says once.
pub struct RowState<'r> {
    counties: county::Counties<'r>,
    /// Region cells repeat row after row: the last one read.
    last_region: Option<(String, Option<usize>)>,
    said: Said,
}

/// What rows said that a sheet says once. Rows read in batches each start afresh, and
/// [`Said::merge`] puts the batches together as if their rows had been read one after the other.
#[derive(Debug, Default)]
pub struct Said {
    /// Where the finding that no region can be told is, in the findings of the rows read.
    undetermined: Option<usize>,
    any_regional: bool,
    /// The (län, region) pairs claimed so far; coverage needs only the first place of each.
    claimed: Vec<(usize, usize)>,
}

impl<'r> RowState<'r> {
    pub fn new(reference: &'r Reference) -> Self {
        RowState {
            counties: county::Counties::new(reference),
            last_region: None,
            said: Said::default(),
        }
    }

    /// What the rows read so far said, and a fresh start for the next batch (the caches are
    /// kept).
    pub fn take_said(&mut self) -> Said {
        std::mem::take(&mut self.said)
    }
}

impl Said {
    /// `part`, what a batch read right after the rows already in `self` and `out`, added to
    /// them; what a sheet says once is kept from its first batch only.
    pub fn merge(&mut self, batch: Said, part: SheetRead, out: &mut SheetRead) {
        let again = batch.undetermined.filter(|_| self.undetermined.is_some());
        if self.undetermined.is_none() {
            self.undetermined = batch.undetermined.map(|i| out.findings.len() + i);
        }
        out.findings.extend(
            part.findings
                .into_iter()
                .enumerate()
                .filter(|&(i, _)| Some(i) != again)
                .map(|(_, f)| f),
        );
        self.any_regional |= batch.any_regional;
        for claim in part.claims {
            if !self.claimed.contains(&(claim.lan, claim.region)) {
                self.claimed.push((claim.lan, claim.region));
                out.claims.push(claim);
            }
        }
    }
}

impl SheetRows<'_> {
    /// One row's contact, if it gives one; its findings and claims go to `out`.
    pub fn row(
        &self,
        record: &Record,
        state: &mut RowState<'_>,
        out: &mut SheetRead,
    ) -> Option<Contact> {
        let SheetRows {
            sheet,
            reference,
            phones,
            by_name,
        } = *self;
        let region = match record.get(Field::Region).first() {
            Some(cell) => {
                let text = cell.value.as_text();
                let known = match &state.last_region {
                    Some((t, r)) if *t == text => *r,
                    _ => {
                        let known = reference.region(&text);
                        state.last_region = Some((text.to_string(), known));
                        known
                    }
                };
                match known {
                    Some(r) => r,
                    None => {
                        let names: Vec<&str> =
                            reference.regions.iter().map(|r| r.name.as_str()).collect();
                        out.findings.push(
                            Finding::at(
                                Code::RegionUnknown,
                                &sheet.base.at_char(cell.row, cell.col, cell.char_col),
                                tr!("contact-region-unknown", value = format!("{text:?}")),
                            )
                            .with_help(tr!(
                                "contact-region-unknown-help",
                                regions = names.join(", ")
                            )),
                        );
                        return None;
                    }
                }
            }
            None => match by_name {
                Some(r) => r,
                None => {
                    if state.said.undetermined.is_none() {
                        state.said.undetermined = Some(out.findings.len());
                        out.findings.push(
                            Finding::at(
                                Code::RegionUndetermined,
                                &sheet.base,
                                tr!("contact-region-undetermined"),
                            )
                            .with_help(tr!("contact-region-undetermined-help")),
                        );
                    }
                    return None;
                }
            },
        };
        let national = reference.regions[region].national;
        state.said.any_regional |= !national;
        let contact = read_record(
            record,
            sheet,
            region,
            reference,
            phones,
            &mut state.counties,
            out,
        )?;
        for &lan in &contact.lan {
            // Coverage needs only the first place a region claims a län: rows come in order.
            let first = !state.said.claimed.contains(&(lan, region));
            if !national && first {
                state.said.claimed.push((lan, region));
                out.claims.push(Claim {
                    lan,
                    region,
                    at: first_county_cell(record, sheet),
                });
            }
        }
        Some(contact)
    }

    /// What the sheet says once its rows are read.
    pub fn end(&self, said: &Said, out: &mut SheetRead) {
        if said.any_regional && !self.sheet.has(Field::County) {
            out.lan_missing = Some(self.sheet.header.clone());
        }
    }

    pub fn reference(&self) -> &Reference {
        self.reference
    }
}

fn first_county_cell(record: &Record, sheet: &Sheet) -> Location {
    record
        .get(Field::County)
        .first()
        .map_or(record.location.clone(), |c| {
            sheet.base.at_char(c.row, c.col, c.char_col)
        })
}

/// A sheet that lists only län: each is claimed, at its cell, by the region of the sheet or
/// file name (or of its Region column).
fn read_lan_list(
    sheet: &Sheet,
    records: &mut NextRecord<'_>,
    by_name: Option<usize>,
    reference: &Reference,
) -> SheetRead {
    let mut out = SheetRead {
        lan_list: true,
        ..SheetRead::default()
    };
    let mut counties = county::Counties::new(reference);
    while let Some(record) = records(&mut out.findings) {
        let region = match record.get(Field::Region).first() {
            Some(cell) => reference.region(&cell.value.as_text()),
            None => by_name,
        };
        if region.is_some_and(|r| reference.regions[r].national) {
            out.findings.push(Finding::at(
                Code::LanNational,
                &record.location,
                tr!("contact-lan-national"),
            ));
            continue;
        }
        let Some(region) = region else {
            out.findings.push(
                Finding::at(
                    Code::RegionUndetermined,
                    &record.location,
                    tr!("contact-region-lan-list-undetermined"),
                )
                .with_help(tr!("contact-region-lan-list-undetermined-help")),
            );
            continue;
        };
        for cell in usable(record.get(Field::County)) {
            let at = sheet.base.at_char(cell.row, cell.col, cell.char_col);
            let (found, findings) = counties.parse_value(&cell.value, &at);
            out.findings.extend(findings);
            out.claims.extend(found.into_iter().map(|lan| Claim {
                lan,
                region,
                at: at.clone(),
            }));
        }
    }
    out
}
