//! Last month's contacts as the template's rows, from a `contacts.json` that `build` wrote (read
//! as `diff` reads it): each phone in its Swedish written form in the column it came from (Telefon or
//! Mobil), several joined with `alt.`, and the region's län by their short names.

use crate::diff::{Snapshot, SnapshotPhone};

/// One row of the template.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// The Region cell: the region's name.
    pub region: String,
    pub name: String,
    pub role: String,
    pub organisation: String,
    pub email: String,
    pub phone: String,
    pub mobile: String,
    /// The contact's län, short names joined by `, `.
    pub lan: String,
    /// Typ, for the national level: `Person` or `Funktion` (the support line).
    pub kind: String,
}

/// The short names of the län, by code, in `reference`'s order.
fn short_names(reference: &crate::schemas::Reference, codes: &[&str]) -> Vec<String> {
    reference
        .lan
        .iter()
        .filter(|l| codes.contains(&l.code.as_str()))
        .map(|l| l.short.clone())
        .collect()
}

/// The rows of region `id`, in the order of `contacts.json`, and the region's set of län (short
/// names, in the reference's order).
pub fn rows_of(
    directory: &Snapshot,
    id: &str,
    reference: &crate::schemas::Reference,
) -> (Vec<Row>, Vec<String>) {
    let own: Vec<&str> = directory
        .lan
        .iter()
        .filter(|l| l.region.as_deref() == Some(id))
        .map(|l| l.code.as_str())
        .collect();
    let region_name = reference
        .region(id)
        .map(|r| reference.regions[r].name.clone())
        .unwrap_or_default();
    let rows = directory
        .contacts
        .iter()
        .filter(|c| c.region == id)
        .map(|c| {
            let codes: Vec<&str> = c.lan.iter().map(String::as_str).collect();
            let column = |mobile: bool| {
                c.phones
                    .iter()
                    .filter(|p| p.mobile_column == mobile)
                    .map(SnapshotPhone::shown)
                    .collect::<Vec<_>>()
                    .join(" alt. ")
            };
            Row {
                region: region_name.clone(),
                name: c.name.clone(),
                role: c.role.clone().unwrap_or_default(),
                organisation: c.organisation.clone().unwrap_or_default(),
                email: c
                    .emails
                    .iter()
                    .map(|e| e.address.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                phone: column(false),
                mobile: column(true),
                lan: short_names(reference, &codes).join(", "),
                kind: match c.kind.as_str() {
                    "function" => "Funktion",
                    _ => "Person",
                }
                .to_string(),
            }
        })
        .collect();
    (rows, short_names(reference, &own))
}
