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
    /// Rows without a Region cell are read as another region in the workbook than in the
    /// region's own file (which gave none, or whose name no sheet name can keep).
    pub region_moved: bool,
    /// The region such rows are read as in the workbook.
    pub reads_as: Option<usize>,
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
pub fn sheet_names(sheets: &[&SourceSheet], ctx: &Context<'_>) -> Vec<Named> {
    let by = |name: &str| region_from_name(name, ctx.reference);
    let owns: Vec<String> = sheets.iter().map(|s| own(s)).collect();
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
            // would change: the file's name is added, after the sheet's or before it, whichever
            // keeps the region (a long name is cut, and a dot ends what check reads of it).
            let twice = lower.iter().filter(|n| **n == lower[i]).count() > 1
                || lower[i] == LIST.to_lowercase();
            let mut candidates = vec![own.clone()];
            if s.base.sheet.is_some() {
                let file = stem(s);
                candidates.extend([format!("{own} ({file})"), format!("{file} {own}")]);
                // The region's own id keeps it where the file's name is too long to.
                if let Some(r) = before {
                    let id = &ctx.reference.regions[r].id;
                    candidates.extend([format!("{own} ({id})"), format!("{id} {own}")]);
                }
                candidates.push(file.replace('.', " "));
            }
            let keeps = |name: &str| before.is_none() || reads(name) == before;
            let usable = |name: &String| !twice || *name != *own;
            let name = candidates
                .iter()
                .filter(|c| usable(c))
                .map(|c| free_name(c, &taken))
                .find(|c| keeps(c))
                .unwrap_or_else(|| free_name(candidates.last().unwrap_or(own), &taken));
            taken.insert(name.to_lowercase());
            Named {
                renamed: name != *own,
                region_moved: reads(&name) != before,
                reads_as: reads(&name),
                name,
            }
        })
        .collect()
}

/// `wanted` as Excel takes it, with ` (2)`, ` (3)`… added when it is taken.
fn free_name(wanted: &str, taken: &BTreeSet<String>) -> String {
    let clean = excel_name(wanted);
    let mut n = 1;
    loop {
        let suffix = match n {
            1 => String::new(),
            _ => format!(" ({n})"),
        };
        let name = cut_utf16(&clean, 31 - suffix.len()) + &suffix;
        if !taken.contains(&name.to_lowercase()) {
            return name;
        }
        n += 1;
    }
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
            old_list: false,
        }
    }

    #[test]
    fn each_sheets_own_name_within_excels_rules_never_twice_and_reading_the_same_region() {
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
            sheet(
                "in/kontaktlista oktober 2021 reviderad - vast.xlsx",
                Some("Blad2"),
            ),
        ];
        let sheets: Vec<&SourceSheet> = sheets.iter().collect();
        let named = super::super::with_context(|ctx| sheet_names(&sheets, ctx));
        let reference = Reference::load(None).unwrap();
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
                "Blad2 (kontakter)",
                "syd 📞📞📞📞📞📞📞📞📞📞📞📞📞",
                "Blad2 (vast)",
            ]
        );
        assert!(names.iter().all(|n| n.encode_utf16().count() <= 31));
        assert!(named[6].region_moved, "kontakter.xlsx named no region");
        assert_eq!(named[6].reads_as, reference.region("syd"));
        assert!(!named[5].region_moved && !named[8].region_moved);
        assert!(!named[2].renamed && named[5].renamed);
    }
}
