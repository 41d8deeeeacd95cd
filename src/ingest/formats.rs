//! The number formats of an XLSX workbook's cells (`0%`, `yyyy-mm-dd`, `000 00`), which
//! calamine does not give: read from `xl/styles.xml` and each worksheet's `<c s="…">`, for a
//! copy of the workbook that shows each number as the region saw it (`kontakt fix`). Only
//! cells with a format other than General are listed. Runs on a workbook the guard passed.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

/// A cell's number format: a built-in one by its id (below 164), else its format code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberFormat {
    Builtin(u8),
    Custom(String),
}

/// The number formats of each sheet's cells (0-based row and column), by sheet name. A part
/// that cannot be read gives no formats, never an error: the numbers are then shown as General.
pub fn number_formats(bytes: &[u8]) -> BTreeMap<String, BTreeMap<(u32, u32), NumberFormat>> {
    let mut out = BTreeMap::new();
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return out;
    };
    let mut part = |name: &str| -> Option<String> {
        let mut text = String::new();
        zip.by_name(name)
            .ok()?
            .take(256 << 20)
            .read_to_string(&mut text)
            .ok()?;
        Some(text)
    };
    let (Some(workbook), Some(rels), Some(styles)) = (
        part("xl/workbook.xml"),
        part("xl/_rels/workbook.xml.rels"),
        part("xl/styles.xml"),
    ) else {
        return out;
    };
    let styles = xf_formats(&styles);
    if styles.iter().all(Option::is_none) {
        return out;
    }
    let targets: BTreeMap<String, String> = elements(&rels, "Relationship")
        .into_iter()
        .filter_map(|a| Some((a.get("Id")?.clone(), a.get("Target")?.clone())))
        .collect();
    for sheet in elements(&workbook, "sheet") {
        let (Some(name), Some(id)) = (sheet.get("name"), sheet.get("r:id")) else {
            continue;
        };
        let Some(target) = targets.get(id) else {
            continue;
        };
        let path = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        };
        let Some(xml) = part(&path) else {
            continue;
        };
        let mut cells = BTreeMap::new();
        for c in elements(&xml, "c") {
            let (Some(r), Some(s)) = (c.get("r"), c.get("s")) else {
                continue;
            };
            let format = s
                .parse::<usize>()
                .ok()
                .and_then(|s| styles.get(s).cloned().flatten());
            if let (Some(format), Some(at)) = (format, cell_ref(r)) {
                cells.insert(at, format);
            }
        }
        out.insert(name.clone(), cells);
    }
    out
}

/// The number format of each cell style (`cellXfs`), in order; `None` for General.
fn xf_formats(styles: &str) -> Vec<Option<NumberFormat>> {
    let custom: BTreeMap<String, String> = elements(styles, "numFmt")
        .into_iter()
        .filter_map(|a| Some((a.get("numFmtId")?.clone(), a.get("formatCode")?.clone())))
        .collect();
    let Some(xfs) = styles
        .split("<cellXfs")
        .nth(1)
        .and_then(|s| s.split("</cellXfs>").next())
    else {
        return Vec::new();
    };
    elements(&format!("<cellXfs{xfs}</cellXfs>"), "xf")
        .into_iter()
        .map(|a| {
            let id = a.get("numFmtId")?;
            match id.parse::<u16>().ok()? {
                0 => None,
                n if n < 164 => match custom.get(id) {
                    Some(code) => Some(NumberFormat::Custom(code.clone())),
                    None => u8::try_from(n).ok().map(NumberFormat::Builtin),
                },
                _ => custom.get(id).cloned().map(NumberFormat::Custom),
            }
        })
        .collect()
}

/// The attributes of every element named `name` (without its prefix), in document order.
fn elements(xml: &str, name: &str) -> Vec<BTreeMap<String, String>> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().into_inner() == name => {
                let attributes = e
                    .attributes()
                    .flatten()
                    .filter_map(|a| {
                        let key = a.key.into_inner().to_string();
                        let value = a
                            .normalized_value(quick_xml::XmlVersion::default())
                            .ok()?
                            .into_owned();
                        Some((key, value))
                    })
                    .collect();
                out.push(attributes);
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

/// `B3` as 0-based (row, column).
fn cell_ref(r: &str) -> Option<(u32, u32)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    let mut col = 0u32;
    for c in letters.chars() {
        if !c.is_ascii_uppercase() {
            return None;
        }
        col = col.checked_mul(26)? + (c as u32 - 'A' as u32 + 1);
    }
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, col.checked_sub(1)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_refs() {
        assert_eq!(cell_ref("A1"), Some((0, 0)));
        assert_eq!(cell_ref("AB12"), Some((11, 27)));
        assert_eq!(cell_ref("A0"), None);
        assert_eq!(cell_ref("1"), None);
    }

    #[test]
    fn formats_of_styles() {
        let styles = r#"<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="000 00"/></numFmts>
            <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="164"/></cellXfs></styleSheet>"#;
        assert_eq!(
            xf_formats(styles),
            [
                None,
                Some(NumberFormat::Builtin(9)),
                Some(NumberFormat::Custom("000 00".into()))
            ]
        );
    }
}
