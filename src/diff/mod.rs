//! What changed between two directories (two `contacts.json`, or input folders built in
//! memory): per region, contacts added, removed and changed, län moved between regions, regions
//! added or dropped. Pure: it compares two parsed documents.
//!
//! A contact is the same across months by its stable id (its e-mail address), so a new phone
//! number is a change. A new e-mail address makes a new id; when exactly one contact left a
//! region and exactly one with the same name arrived in it, that is the same person with a new
//! address, shown as one change (e-mail: old → new), not a removal and an addition.

pub mod render;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// The parts of `contacts.json` a diff reads.
#[derive(Debug, Clone, Deserialize)]
pub struct Snapshot {
    pub lan: Vec<SnapshotLan>,
    pub contacts: Vec<SnapshotContact>,
    pub regions: Vec<SnapshotRegion>,
}

impl Snapshot {
    /// The directory an export describes, read through the same `contacts.json` other tools
    /// read, so both sides of a diff come the same way.
    pub fn of(export: &crate::export::Export<'_>) -> Self {
        let (lan, regions, contacts) = crate::export::json::read_back(export);
        Snapshot {
            lan,
            contacts,
            regions,
        }
    }

    /// The directory of a `contacts.json` kontakt has just rendered.
    pub fn of_json(rendered: &[u8]) -> Self {
        serde_json::from_slice(rendered).expect("kontakt's own contacts.json reads back")
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct SnapshotLan {
    pub code: String,
    pub name: String,
    pub region: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SnapshotRegion {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SnapshotContact {
    pub id: String,
    /// `person` or `function` (what `template` writes as Typ).
    #[serde(default)]
    pub kind: String,
    pub name: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub region: String,
    /// The codes of the contact's län.
    #[serde(default)]
    pub lan: Vec<String>,
    pub emails: Vec<SnapshotEmail>,
    pub phones: Vec<SnapshotPhone>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SnapshotEmail {
    pub address: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SnapshotPhone {
    pub written: String,
    #[serde(default)]
    pub extension: Option<String>,
    /// Whether it came from a Mobil column.
    #[serde(default)]
    pub mobile_column: bool,
}

impl SnapshotPhone {
    /// As people read it: `08-508 437 26 ankn. 12`.
    pub fn shown(&self) -> String {
        match &self.extension {
            Some(ext) => format!("{} ankn. {ext}", self.written),
            None => self.written.clone(),
        }
    }
}

/// One field of a contact that changed, with its old and new value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// A contact in a change list: its id for tools, its name and first e-mail address for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactRef {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangedContact {
    /// The id in the new directory.
    pub id: String,
    /// The id in the old directory, when the e-mail address (and so the id) changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    pub name: String,
    pub email: Option<String>,
    pub changes: Vec<FieldChange>,
}

/// A län that now belongs to another region (or to none, or was covered by none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanMove {
    pub code: String,
    pub name: String,
    /// Region ids.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Region names, as people read them.
    pub from_name: Option<String>,
    pub to_name: Option<String>,
}

/// The changes of one region.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RegionChanges {
    pub region: String,
    pub name: String,
    /// The region appears only in the new directory.
    pub added: bool,
    /// The region appears only in the old directory.
    pub dropped: bool,
    pub contacts_added: Vec<ContactRef>,
    pub contacts_removed: Vec<ContactRef>,
    pub contacts_changed: Vec<ChangedContact>,
    /// Län that came to this region or left it.
    pub lan_moved: Vec<LanMove>,
}

impl RegionChanges {
    pub fn is_empty(&self) -> bool {
        !self.added
            && !self.dropped
            && self.contacts_added.is_empty()
            && self.contacts_removed.is_empty()
            && self.contacts_changed.is_empty()
            && self.lan_moved.is_empty()
    }
}

/// Every region's changes, in the new directory's region order (dropped regions last).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    pub regions: Vec<RegionChanges>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.regions.iter().all(RegionChanges::is_empty)
    }

    pub fn region(&self, id: &str) -> Option<&RegionChanges> {
        self.regions
            .iter()
            .find(|r| r.region == id && !r.is_empty())
    }
}

fn fields(c: &SnapshotContact) -> [(&'static str, String); 6] {
    let join = |v: Vec<&str>| v.join(", ");
    [
        ("name", c.name.clone()),
        ("region", c.region.clone()),
        ("role", c.role.clone().unwrap_or_default()),
        ("organisation", c.organisation.clone().unwrap_or_default()),
        (
            "e-mail",
            join(c.emails.iter().map(|e| e.address.as_str()).collect()),
        ),
        ("phone", {
            let shown: Vec<String> = c.phones.iter().map(SnapshotPhone::shown).collect();
            shown.join(", ")
        }),
    ]
}

fn reference(c: &SnapshotContact) -> ContactRef {
    ContactRef {
        id: c.id.clone(),
        name: c.name.clone(),
        email: first_email(c),
    }
}

fn first_email(c: &SnapshotContact) -> Option<String> {
    c.emails.first().map(|e| e.address.clone())
}

/// The fields that differ between two versions of one contact.
fn changed_fields(before: &SnapshotContact, after: &SnapshotContact) -> Vec<FieldChange> {
    fields(before)
        .into_iter()
        .zip(fields(after))
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, old), (_, new))| FieldChange { field, old, new })
        .collect()
}

/// Pairs (old id, new id) of contacts whose id changed but who are the same person: the only
/// contact of that name and region to leave, and the only one to arrive.
fn renamed<'a>(
    gone: &[&'a SnapshotContact],
    came: &[&'a SnapshotContact],
) -> Vec<(&'a str, &'a str)> {
    let key = |c: &SnapshotContact| (crate::text::fold(&c.name), c.region.clone());
    let mut by_key: BTreeMap<_, (Vec<&str>, Vec<&str>)> = BTreeMap::new();
    for c in gone {
        by_key.entry(key(c)).or_default().0.push(&c.id);
    }
    for c in came {
        by_key.entry(key(c)).or_default().1.push(&c.id);
    }
    by_key
        .into_values()
        .filter_map(|(old, new)| match (old.as_slice(), new.as_slice()) {
            ([old], [new]) => Some((*old, *new)),
            _ => None,
        })
        .collect()
}

/// Whether a region holds anything: a contact or a län.
fn present(s: &Snapshot, region: &str) -> bool {
    s.contacts.iter().any(|c| c.region == region)
        || s.lan.iter().any(|l| l.region.as_deref() == Some(region))
}

pub fn diff(old: &Snapshot, new: &Snapshot) -> Diff {
    let mut names: BTreeMap<&str, &str> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for r in new.regions.iter().chain(&old.regions) {
        if !names.contains_key(r.id.as_str()) {
            names.insert(&r.id, &r.name);
            order.push(&r.id);
        }
    }
    let old_by_id: BTreeMap<&str, &SnapshotContact> =
        old.contacts.iter().map(|c| (c.id.as_str(), c)).collect();
    let new_by_id: BTreeMap<&str, &SnapshotContact> =
        new.contacts.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut regions: BTreeMap<&str, RegionChanges> = order
        .iter()
        .map(|&id| {
            let changes = RegionChanges {
                region: id.to_string(),
                name: names[id].to_string(),
                added: present(new, id) && !present(old, id),
                dropped: present(old, id) && !present(new, id),
                ..RegionChanges::default()
            };
            (id, changes)
        })
        .collect();
    let gone: Vec<&SnapshotContact> = old_by_id
        .iter()
        .filter(|(id, _)| !new_by_id.contains_key(*id))
        .map(|(_, c)| *c)
        .collect();
    let came: Vec<&SnapshotContact> = new_by_id
        .iter()
        .filter(|(id, _)| !old_by_id.contains_key(*id))
        .map(|(_, c)| *c)
        .collect();
    let pairs = renamed(&gone, &came);
    let old_of: BTreeMap<&str, &str> = pairs.iter().map(|(o, n)| (*n, *o)).collect();
    let paired_old: BTreeSet<&str> = pairs.iter().map(|(o, _)| *o).collect();
    for (id, c) in &new_by_id {
        let before_id = old_of.get(id).copied();
        match before_id.or(Some(id)).and_then(|i| old_by_id.get(i)) {
            None => regions
                .entry(&c.region)
                .or_default()
                .contacts_added
                .push(reference(c)),
            Some(before) => {
                let changes = changed_fields(before, c);
                if !changes.is_empty() {
                    regions
                        .entry(&c.region)
                        .or_default()
                        .contacts_changed
                        .push(ChangedContact {
                            id: c.id.clone(),
                            old_id: before_id.map(str::to_string),
                            name: c.name.clone(),
                            email: first_email(c),
                            changes,
                        });
                }
            }
        }
    }
    for c in gone.iter().filter(|c| !paired_old.contains(c.id.as_str())) {
        regions
            .entry(&c.region)
            .or_default()
            .contacts_removed
            .push(reference(c));
    }
    let old_lan: BTreeMap<&str, &SnapshotLan> =
        old.lan.iter().map(|l| (l.code.as_str(), l)).collect();
    for l in &new.lan {
        let from = old_lan.get(l.code.as_str()).and_then(|o| o.region.clone());
        if from != l.region {
            let name_of = |id: &Option<String>| {
                id.as_deref()
                    .map(|i| names.get(i).copied().unwrap_or(i).to_string())
            };
            let moved = LanMove {
                code: l.code.clone(),
                name: l.name.clone(),
                from_name: name_of(&from),
                to_name: name_of(&l.region),
                from: from.clone(),
                to: l.region.clone(),
            };
            let touched: BTreeSet<String> =
                [from, l.region.clone()].into_iter().flatten().collect();
            for region in touched {
                if let Some(r) = regions.get_mut(region.as_str()) {
                    r.lan_moved.push(moved.clone());
                }
            }
        }
    }
    // People read these lists: by name in Swedish order, the id breaking ties.
    let by_name = |a: (&str, &str), b: (&str, &str)| {
        crate::collate::swedish(a.0, b.0).then_with(|| a.1.cmp(b.1))
    };
    for r in regions.values_mut() {
        r.contacts_added
            .sort_by(|a, b| by_name((&a.name, &a.id), (&b.name, &b.id)));
        r.contacts_removed
            .sort_by(|a, b| by_name((&a.name, &a.id), (&b.name, &b.id)));
        r.contacts_changed
            .sort_by(|a, b| by_name((&a.name, &a.id), (&b.name, &b.id)));
    }
    Diff {
        regions: order.iter().filter_map(|id| regions.remove(id)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(id: &str, name: &str, region: &str, phone: &str) -> SnapshotContact {
        SnapshotContact {
            id: id.into(),
            kind: "person".into(),
            name: name.into(),
            role: None,
            organisation: None,
            region: region.into(),
            lan: Vec::new(),
            emails: vec![SnapshotEmail { address: id.into() }],
            phones: vec![SnapshotPhone {
                written: phone.into(),
                extension: None,
                mobile_column: false,
            }],
        }
    }

    fn snapshot(contacts: Vec<SnapshotContact>, lan: &[(&str, &str)]) -> Snapshot {
        Snapshot {
            lan: lan
                .iter()
                .map(|(code, r)| SnapshotLan {
                    code: code.to_string(),
                    name: format!("{code} län"),
                    region: Some(r.to_string()),
                })
                .collect(),
            contacts,
            regions: vec![
                SnapshotRegion {
                    id: "nord".into(),
                    name: "Nord".into(),
                },
                SnapshotRegion {
                    id: "mitt".into(),
                    name: "Mitt".into(),
                },
            ],
        }
    }

    #[test]
    fn a_new_phone_is_a_change_not_a_removal_and_an_addition() {
        let old = snapshot(
            vec![
                contact("eva@x.se", "Eva", "nord", "070-1"),
                contact("bo@x.se", "Bo", "nord", "070-2"),
            ],
            &[("Z", "nord")],
        );
        let new = snapshot(
            vec![
                contact("eva@x.se", "Eva", "nord", "070-9"),
                contact("al@x.se", "Al", "mitt", "070-3"),
            ],
            &[("Z", "mitt")],
        );
        let d = diff(&old, &new);
        let nord = d.region("nord").unwrap();
        assert_eq!(
            nord.contacts_changed[0].changes,
            [FieldChange {
                field: "phone",
                old: "070-1".into(),
                new: "070-9".into()
            }]
        );
        assert_eq!(
            nord.contacts_removed,
            [ContactRef {
                id: "bo@x.se".into(),
                name: "Bo".into(),
                email: Some("bo@x.se".into()),
            }]
        );
        assert!(!nord.dropped);
        let mitt = d.region("mitt").unwrap();
        assert!(mitt.added);
        assert_eq!(mitt.contacts_added.len(), 1);
        assert_eq!(mitt.lan_moved[0].from.as_deref(), Some("nord"));
        assert!(diff(&new, &new).is_empty());
    }

    #[test]
    fn a_new_e_mail_address_is_one_changed_contact() {
        let old = snapshot(
            vec![contact("eva@x.se", "Eva Berg", "nord", "070-1")],
            &[("Z", "nord")],
        );
        let new = snapshot(
            vec![contact("eva.berg@y.se", "Eva  berg", "nord", "070-1")],
            &[("Z", "nord")],
        );
        let d = diff(&old, &new);
        let nord = d.region("nord").unwrap();
        assert!(nord.contacts_added.is_empty() && nord.contacts_removed.is_empty());
        let changed = &nord.contacts_changed[0];
        assert_eq!(changed.old_id.as_deref(), Some("eva@x.se"));
        assert_eq!(
            changed.changes.iter().find(|f| f.field == "e-mail"),
            Some(&FieldChange {
                field: "e-mail",
                old: "eva@x.se".into(),
                new: "eva.berg@y.se".into()
            })
        );
    }

    #[test]
    fn two_people_of_one_name_are_not_guessed_apart() {
        let old = snapshot(
            vec![
                contact("a@x.se", "Eva Berg", "nord", "070-1"),
                contact("b@x.se", "Eva Berg", "nord", "070-2"),
            ],
            &[],
        );
        let new = snapshot(
            vec![
                contact("c@x.se", "Eva Berg", "nord", "070-1"),
                contact("d@x.se", "Eva Berg", "nord", "070-2"),
            ],
            &[],
        );
        let d = diff(&old, &new);
        let nord = d.region("nord").unwrap();
        assert_eq!(
            (nord.contacts_added.len(), nord.contacts_removed.len()),
            (2, 2)
        );
    }
}
