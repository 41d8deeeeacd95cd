//! One sheet's rows checked on several cores: batches of records come from a reader thread,
//! workers turn each batch into contacts and findings, and they are put back in row order, so
//! that what comes out is what reading the rows one by one gives.

use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Mutex, PoisonError};

use super::contact::SheetRead;
use super::sheet::{RowState, Said, SheetRows};
use crate::diagnostic::Finding;
use crate::ingest::headers::Record;
use crate::model::Contact;

/// Records read in a row, with what reading them found.
pub type Batch = (Vec<Record>, Vec<Finding>);

/// A checked batch: its contacts, findings and claims, and what it said once.
struct Checked<P> {
    contacts: Vec<P>,
    part: SheetRead,
    said: Said,
}

/// The sheet's rows from `batches`, checked on `workers` threads, each contact `prepare`d there;
/// what that makes goes to `sink` in row order, and findings and claims are added to `out` as if
/// the rows had been read one by one.
pub fn read<P: Send>(
    rows: &SheetRows<'_>,
    batches: Receiver<Batch>,
    workers: usize,
    mut out: SheetRead,
    prepare: &(dyn Fn(Contact) -> P + Sync),
    sink: &mut dyn FnMut(P),
) -> SheetRead {
    let reference = rows.reference();
    // The next batch and its number, taken together so that the numbers follow the rows.
    let todo = Mutex::new((batches, 0usize));
    // Room for one batch a worker. The sink takes every batch out at once and keeps those that
    // come early until their turn: a worker runs ahead only while another checks the batch due,
    // and waiting on the sink here instead could leave both workers waiting on each other.
    let (send, done) = sync_channel::<(usize, Checked<P>)>(workers.max(1));
    let mut said = Said::default();
    std::thread::scope(|scope| {
        for _ in 0..workers.max(1) {
            let send = send.clone();
            let todo = &todo;
            scope.spawn(move || {
                let mut cache = RowState::new(reference);
                loop {
                    let (n, (records, found)) = {
                        let mut todo = todo.lock().unwrap_or_else(PoisonError::into_inner);
                        let Ok(batch) = todo.0.recv() else { return };
                        todo.1 += 1;
                        (todo.1 - 1, batch)
                    };
                    let mut part = SheetRead {
                        findings: found,
                        ..SheetRead::default()
                    };
                    let contacts = records
                        .iter()
                        .filter_map(|r| rows.row(r, &mut cache, &mut part))
                        .map(prepare)
                        .collect();
                    let checked = Checked {
                        contacts,
                        part,
                        said: cache.take_said(),
                    };
                    // The receiver goes only when the sheet is read or the run is over.
                    if send.send((n, checked)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(send);
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        for (n, checked) in done {
            waiting.insert(n, checked);
            while let Some(checked) = waiting.remove(&due) {
                let Checked {
                    contacts,
                    part,
                    said: batch,
                } = checked;
                said.merge(batch, part, &mut out);
                contacts.into_iter().for_each(&mut *sink);
                due += 1;
            }
        }
    });
    rows.end(&said, &mut out);
    out
}

/// The records of `batches` one by one, with what reading them found, for the sheets that are
/// not read row by row into contacts.
pub fn one_by_one(batches: Receiver<Batch>) -> impl FnMut(&mut Vec<Finding>) -> Option<Record> {
    let mut batch = Vec::new().into_iter();
    move |findings: &mut Vec<Finding>| loop {
        if let Some(record) = batch.next() {
            return Some(record);
        }
        let (records, found) = batches.recv().ok()?;
        findings.extend(found);
        if records.is_empty() {
            return None;
        }
        batch = records.into_iter();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use crate::ingest::{self, Limits, headers};
    use crate::schemas::Reference;
    use crate::validate::{Phones, sheet};

    /// A sheet's contacts and what else it gave, read one record at a time, or in batches of
    /// `size` records on two workers.
    fn read(csv: &str, size: Option<usize>) -> (Vec<Contact>, SheetRead) {
        let reference = Reference::builtin().unwrap();
        let phones = Phones::new(&reference.phone_metadata).unwrap();
        let bytes = csv.as_bytes().to_vec();
        let mut ingested = ingest::read_bytes(bytes, "lista.csv", &reference, &Limits::default());
        let table = ingested.tables.remove(0);
        let header = headers::find_header(&table, &reference).unwrap();
        let (sheet, mut records) = headers::records(table, header, &reference, &mut Vec::new());
        let mut contacts = Vec::new();
        let mut sink = |c| contacts.push(c);
        let out = match size {
            None => {
                let mut next = |found: &mut Vec<Finding>| records.next_with(found);
                sheet::read_sheet(&sheet, &mut next, &reference, &phones, &mut sink)
            }
            Some(size) => {
                let (send, receive) = std::sync::mpsc::channel();
                loop {
                    let mut found = Vec::new();
                    let batch: Vec<Record> = std::iter::from_fn(|| records.next_with(&mut found))
                        .take(size)
                        .collect();
                    let last = batch.len() < size;
                    send.send((batch, found)).unwrap();
                    if last {
                        break;
                    }
                }
                drop(send);
                sheet::read_sheet_batches(
                    &sheet,
                    receive,
                    2,
                    &reference,
                    &phones,
                    &|c| c,
                    &mut sink,
                )
            }
        };
        (contacts, out)
    }

    #[test]
    fn batches_on_two_workers_give_what_reading_row_by_row_gives() {
        // Rows without a region before the first that names one (said once a sheet), län
        // claimed again and again (the first place counts), and bad values in every column.
        // A column without a header: reading the rows says so, before the rows' own findings.
        let with_lan = "Region;Namn;E-post;Telefon;Län;\n\
            ;Anna Ek;anna@example.se;070-123 45 67;Norrbotten\n\
            ;Bo Ek;bo@example;08-123;Västerbotten\n\
            ;Cia Ek;cia@example.se;;Skåne\n\
            Syd;Dan Ek;dan@example.se;040-12 34 56;Skåne, Blekinge\n\
            Syd;Eva Ek;eva@@example.se;040-12 34 57;Skåne;x\n\
            Nord;Fia Ek;fia@example.se;0920-12 34 56;Norrbotten\n\
            Syd;Gus Ek;gus@example.se;abc;Blekinge, Gottland\n\
            Okänd;Hal Ek;hal@example.se;070-000 00 00;Skåne\n\
            Syd;Dan Ek;dan@example.se;040-12 34 56;Skåne\n\
            Nord;Ida Ek;ida@example.se;0920-12 34 57;Norrbotten, Västerbotten\n";
        // Regional contacts and no Län column.
        let without_lan = "Region;Namn;E-post\n\
            Syd;Anna Ek;anna@example.se\n\
            Nord;Bo Ek;bo@example.se\n\
            Mitt;Cia Ek;cia@example\n";
        // Findings as the report has them: a batch's reading findings come before its rows'.
        let reported = |mut findings: Vec<Finding>| {
            crate::diagnostic::finish(&mut findings);
            findings
        };
        for csv in [with_lan, without_lan] {
            let (contacts, out) = read(csv, None);
            for size in [1, 2, 3, 7, 100] {
                let (batched, batched_out) = read(csv, Some(size));
                assert_eq!(batched, contacts, "size {size}");
                assert_eq!(
                    reported(batched_out.findings),
                    reported(out.findings.clone()),
                    "size {size}"
                );
                assert_eq!(batched_out.claims, out.claims, "size {size}");
                assert_eq!(batched_out.lan_missing, out.lan_missing, "size {size}");
            }
        }
        // What the comparison covers happened.
        let (contacts, out) = read(with_lan, None);
        let undetermined = out
            .findings
            .iter()
            .filter(|f| f.code == Code::RegionUndetermined);
        assert_eq!(undetermined.count(), 1);
        assert!(contacts.len() >= 5 && out.claims.len() >= 3);
        assert!(out.findings.iter().any(|f| f.code == Code::EmailInvalid));
        assert!(out.findings.iter().any(|f| f.code == Code::ColumnUnknown));
        assert!(read(without_lan, None).1.lan_missing.is_some());
    }
}
