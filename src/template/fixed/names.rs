//! The fixed workbook's sheet names. Each sheet keeps its own name (a CSV file's is the file's
//! name without its extension) where Excel allows it: at most 31 UTF-16 units, none of
//! `[ ] : * ? / \`, no name twice. `check` reads a sheet's region from its name, else from its
//! file's, so a name is also chosen to give the region the region's own file gave: where the
//! workbook's name would give another, the file's name is added (`Blad1 (vast)`). Pure.

use std::collections::BTreeSet;

use super::source::SourceSheet;
use super::{Context, LIST};
use crate::validate::region_from_name;

/// A data sheet's name, and what a region would want to know of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    /// The name differs from the sheet's own (or its CSV file's).
    pub renamed: bool,
    /// Rows without a region are read as this region in the workbook, where the region's own
    /// file gave none: the region's index.
    pub region_gained: Option<usize>,
}

fn stem(s: &SourceSheet) -> String {
    std::path::Path::new(s.base.file.as_ref())
        .file_stem()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// The sheet's own name: its name in its workbook, or its CSV file's name.
pub fn own(s: &SourceSheet) -> String {
    match &s.base.sheet {
        Some(sheet) => sheet.to_string(),
        None => stem(s),
    }
}

/// The name of each sheet, in order.
pub fn sheet_names(sheets: &[SourceSheet], ctx: &Context<'_>) -> Vec<Named> {
    let by = |name: &str| region_from_name(name, ctx.reference);
    let owns: Vec<String> = sheets.iter().map(own).collect();
    let lower: Vec<String> = owns.iter().map(|n| n.to_lowercase()).collect();
    let mut taken: BTreeSet<String> = BTreeSet::from([LIST.to_lowercase()]);
    sheets
        .iter()
        .zip(&owns)
        .enumerate()
        .map(|(i, (s, own))| {
            let before = s
                .base
                .sheet
                .as_deref()
                .and_then(by)
                .or_else(|| by(&s.base.file));
            let reads = |name: &str| by(name).or_else(|| by(ctx.file_name));
            // Two files' sheets of one name (two `Blad1`), or a region the workbook's name
            // would change: the file's name is added.
            let twice = lower.iter().filter(|n| **n == lower[i]).count() > 1
                || lower[i] == LIST.to_lowercase();
            let moved = reads(own) != before && before.is_some();
            let wanted = match (twice || moved) && s.base.sheet.is_some() {
                true => format!("{own} ({})", stem(s)),
                false => own.clone(),
            };
            let clean = excel_name(&wanted);
            let mut n = 1;
            let name = loop {
                let suffix = match n {
                    1 => String::new(),
                    _ => format!(" ({n})"),
                };
                let name = cut_utf16(&clean, 31 - suffix.len()) + &suffix;
                if taken.insert(name.to_lowercase()) {
                    break name;
                }
                n += 1;
            };
            let after = reads(&name);
            Named {
                renamed: name != *own,
                region_gained: after.filter(|_| before.is_none()),
                name,
            }
        })
        .collect()
}

/// `name` without the characters Excel refuses in a sheet's name, nor an apostrophe at either
/// end; `Blad` when nothing is left.
fn excel_name(name: &str) -> String {
    let kept: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .collect();
    let kept = kept.trim_matches('\'').trim();
    match kept.is_empty() {
        true => "Blad".to_string(),
        false => kept.to_string(),
    }
}

/// The longest start of `text` of at most `units` UTF-16 units (how Excel counts a sheet's
/// name), without a space or apostrophe at its end.
fn cut_utf16(text: &str, units: usize) -> String {
    let mut used = 0;
    let cut: String = text
        .chars()
        .take_while(|c| {
            used += c.len_utf16();
            used <= units
        })
        .collect();
    cut.trim_end().trim_end_matches('\'').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schemas::Reference;
    use crate::source::{FileKind, Location};

    fn sheet(file: &str, name: Option<&str>) -> SourceSheet {
        SourceSheet {
            base: match name {
                Some(n) => Location::file(file, FileKind::Sheet).in_sheet(n),
                None => Location::file(file, FileKind::Text),
            },
            hidden: false,
            cells: Vec::new(),
            merged: Vec::new(),
            header: None,
            columns: Default::default(),
            read: Default::default(),
            parts: Default::default(),
            format: Default::default(),
            lines: Default::default(),
        }
    }

    #[test]
    fn each_sheets_own_name_within_excels_rules_never_twice_and_reading_the_same_region() {
        let reference = Reference::load(None).unwrap();
        let phones = crate::validate::Phones::new(&reference.phone_metadata).unwrap();
        let ctx = Context {
            reference: &reference,
            phones: &phones,
            file_name: "syd-2021-10.xlsx",
            paths: &[],
        };
        let sheets = [
            sheet("in/syd.xlsx", Some("Syd")),
            sheet("in/syd-2.xlsx", Some("syd")),
            sheet("in/syd-lan.csv", None),
            sheet("in/x.xlsx", Some("Att rätta")),
            sheet(
                "in/y.xlsx",
                Some("Kontakter [2021]: Syd/Skåne och Blekinge"),
            ),
            sheet("in/vast.xlsx", Some("Blad1")),
            sheet("in/kontakter.xlsx", Some("Blad2")),
            sheet("in/syd 📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞.csv", None),
        ];
        let named = sheet_names(&sheets, &ctx);
        let names: Vec<&str> = named.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Syd (syd)",
                "syd (syd-2)",
                "syd-lan",
                "Att rätta (x)",
                "Kontakter 2021 SydSkåne och Ble",
                "Blad1 (vast)",
                "Blad2",
                "syd 📞📞📞📞📞📞📞📞📞📞📞📞📞",
            ]
        );
        assert!(names.iter().all(|n| n.encode_utf16().count() <= 31));
        let syd = reference.region("syd");
        assert_eq!(
            named[6].region_gained, syd,
            "kontakter.xlsx named no region"
        );
        assert_eq!(named[5].region_gained, None);
        assert!(!named[2].renamed && named[5].renamed);
    }
}
