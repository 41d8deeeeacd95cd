//! What an XLSX workbook holds beyond its cells' values, which calamine does not give: each
//! cell's number format (`0%`, `yyyy-mm-dd`, `000 00`), the notes on cells, and which of Excel's
//! other features a sheet uses (drop-downs, conditional formatting, links, pictures, filters,
//! hidden rows or columns). For a copy of the workbook that keeps what the region wrote, or says
//! what it does not keep (`kontakt fix`). Read with quick-xml from a workbook the guard passed;
//! a part that cannot be read gives nothing, never an error.

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

/// The author kontakt writes its notes under.
pub const KONTAKT: &str = "kontakt";

/// The author of a region's own comment as kontakt copies it (its author in its text).
pub const REGION: &str = "Region";

/// What comes before the region's own comment in a note of kontakt's.
pub const REGION_NOTE: &str = "Er kommentar:";

/// One sheet's parts: cells are 0-based (row, column).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetParts {
    /// The number format of each cell that has one other than General.
    pub formats: BTreeMap<(u32, u32), NumberFormat>,
    /// The note on each cell that has one, its author first (`Anna: ring efter 10`).
    pub notes: BTreeMap<(u32, u32), String>,
    /// Excel features the sheet uses that a copy of its cells does not carry, in Swedish.
    pub features: Vec<&'static str>,
}

/// What the region calls a drawing part's content.
const DRAWING: &str = "bilder, diagram eller former";

/// The features a sheet's XML may use, by element (or attribute), and what the region calls them.
const FEATURES: [(&str, &str); 6] = [
    (
        "dataValidation",
        "rullistor och regler för vad som får skrivas",
    ),
    ("conditionalFormatting", "villkorsstyrd formatering"),
    ("hyperlink", "länkar"),
    ("drawing", DRAWING),
    ("autoFilter", "filter"),
    ("hidden", "dolda rader eller kolumner"),
];

/// The parts of each sheet, by sheet name.
pub fn sheet_parts(bytes: &[u8]) -> BTreeMap<String, SheetParts> {
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
    let (Some(workbook), Some(rels)) =
        (part("xl/workbook.xml"), part("xl/_rels/workbook.xml.rels"))
    else {
        return out;
    };
    let styles = part("xl/styles.xml")
        .map(|s| xf_formats(&s))
        .unwrap_or_default();
    let targets = relationships(&rels);
    for sheet in elements(&workbook, "sheet") {
        let (Some(name), Some(id)) = (sheet.get("name"), sheet.get("r:id")) else {
            continue;
        };
        let Some((_, target)) = targets.get(id) else {
            continue;
        };
        let path = resolve("xl", target);
        let Some(xml) = part(&path) else {
            continue;
        };
        let mut parts = SheetParts::default();
        for c in elements(&xml, "c") {
            let (Some(r), Some(s)) = (c.get("r"), c.get("s")) else {
                continue;
            };
            let format = s
                .parse::<usize>()
                .ok()
                .and_then(|s| styles.get(s).cloned().flatten());
            if let (Some(format), Some(at)) = (format, cell_ref(r)) {
                parts.formats.insert(at, format);
            }
        }
        parts.features = uses(&xml);
        // The sheet's notes, from the comments part its relationships name; and whether its
        // drawing part draws anything (LibreOffice writes an empty one).
        let (dir, file) = path.rsplit_once('/').unwrap_or(("", &path));
        let mut drawn = false;
        if let Some(rels) = part(&format!("{dir}/_rels/{file}.rels")) {
            for (kind, target) in relationships(&rels).values() {
                if kind.ends_with("/comments")
                    && let Some(xml) = part(&resolve(dir, target))
                {
                    parts.notes = notes(&xml);
                }
                if kind.ends_with("/drawing")
                    && let Some(xml) = part(&resolve(dir, target))
                {
                    drawn |= xml.contains("Anchor");
                }
            }
        }
        if !drawn {
            parts.features.retain(|f| *f != DRAWING);
        }
        out.insert(name.clone(), parts);
    }
    out
}

/// A part's relationships: id to (type, target).
fn relationships(xml: &str) -> BTreeMap<String, (String, String)> {
    elements(xml, "Relationship")
        .into_iter()
        .filter_map(|a| {
            Some((
                a.get("Id")?.clone(),
                (
                    a.get("Type").cloned().unwrap_or_default(),
                    a.get("Target")?.clone(),
                ),
            ))
        })
        .collect()
}

/// A relationship's target as a path in the archive, from the folder of the part naming it.
fn resolve(dir: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_string();
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for piece in target.split('/') {
        match piece {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// Which of `FEATURES` a sheet's XML uses.
fn uses(xml: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let local = e.local_name();
                let name = local.into_inner();
                for (element, said) in FEATURES {
                    let hit = match element {
                        "hidden" => {
                            matches!(name, "row" | "col")
                                && e.attributes().flatten().any(|a| {
                                    a.key.into_inner() == "hidden"
                                        && matches!(a.value.as_ref(), "1" | "true")
                                })
                        }
                        _ => name == element,
                    };
                    if hit && !found.contains(&said) {
                        found.push(said);
                    }
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    found
}

/// The notes of a comments part, by cell, each with its author first.
fn notes(xml: &str) -> BTreeMap<(u32, u32), String> {
    let mut authors: Vec<String> = Vec::new();
    let mut out = BTreeMap::new();
    let mut reader = Reader::from_str(xml);
    // Where the reader is: in an author's name, or in a comment (its cell) and in its text.
    let (mut in_author, mut in_text) = (false, false);
    let mut comment: Option<((u32, u32), Option<usize>, String)> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.local_name().into_inner() {
                "author" => {
                    in_author = true;
                    authors.push(String::new());
                }
                "comment" => {
                    let attribute = |key: &str| {
                        e.attributes()
                            .flatten()
                            .find(|a| a.key.into_inner() == key)
                            .and_then(|a| a.normalized_value(quick_xml::XmlVersion::default()).ok())
                            .map(|v| v.into_owned())
                    };
                    comment = attribute("ref").and_then(|r| cell_ref(&r)).map(|at| {
                        let author = attribute("authorId").and_then(|a| a.parse().ok());
                        (at, author, String::new())
                    });
                }
                "t" => in_text = true,
                _ => {}
            },
            Ok(Event::Text(t)) => {
                let text = t.xml_content(quick_xml::XmlVersion::default());
                if in_author && let Some(last) = authors.last_mut() {
                    last.push_str(&text);
                } else if in_text && let Some((_, _, body)) = comment.as_mut() {
                    body.push_str(&text);
                }
            }
            Ok(Event::GeneralRef(r)) => {
                let text = match r.into_inner().as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                };
                if in_text && let Some((_, _, body)) = comment.as_mut() {
                    body.push_str(text);
                }
            }
            Ok(Event::End(e)) => match e.local_name().into_inner() {
                "author" => in_author = false,
                "t" => in_text = false,
                "comment" => {
                    if let Some((at, author, body)) = comment.take() {
                        let body = body.trim().to_string();
                        let by = author
                            .and_then(|a| authors.get(a))
                            .map(|a| a.trim())
                            .filter(|a| !a.is_empty());
                        // kontakt's own notes (a workbook it fixed, sent back) are not the
                        // region's: they are made again. What follows "Er kommentar:" in one
                        // is the region's, and stays.
                        let (by, body) = match by {
                            Some(KONTAKT) => match body.split_once(REGION_NOTE) {
                                Some((_, theirs)) => (None, theirs.trim().to_string()),
                                None => continue,
                            },
                            // A region's comment kontakt copied: its author is in its text.
                            Some(REGION) => (None, body),
                            other => (other, body),
                        };
                        let note = match by {
                            Some(by) if !body.starts_with(by) => format!("{by}: {body}"),
                            _ => body,
                        };
                        if !note.is_empty() {
                            out.insert(at, note);
                        }
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

/// The number format of each cell style (`cellXfs`), in order; `None` for General.
fn xf_formats(styles: &str) -> Vec<Option<NumberFormat>> {
    let custom: BTreeMap<String, String> = elements(styles, "numFmt")
        .into_iter()
        .filter_map(|a| Some((a.get("numFmtId")?.clone(), a.get("formatCode")?.clone())))
        .collect();
    let mut out = Vec::new();
    let mut reader = Reader::from_str(styles);
    let mut in_xfs = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().into_inner() == "cellXfs" => in_xfs = true,
            Ok(Event::End(e)) if e.local_name().into_inner() == "cellXfs" => in_xfs = false,
            Ok(Event::Start(e)) | Ok(Event::Empty(e))
                if in_xfs && e.local_name().into_inner() == "xf" =>
            {
                let id = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.into_inner() == "numFmtId")
                    .and_then(|a| a.normalized_value(quick_xml::XmlVersion::default()).ok())
                    .map(|v| v.into_owned())
                    .unwrap_or_default();
                out.push(match id.parse::<u16>().ok() {
                    None | Some(0) => None,
                    Some(n) if n < 164 => match custom.get(&id) {
                        Some(code) => Some(NumberFormat::Custom(code.clone())),
                        None => u8::try_from(n).ok().map(NumberFormat::Builtin),
                    },
                    Some(_) => custom.get(&id).cloned().map(NumberFormat::Custom),
                });
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
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
    fn formats_of_styles_prefixed_or_not() {
        let styles = r#"<x:styleSheet xmlns:x="s"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="000 00"/></x:numFmts>
            <x:cellStyleXfs><x:xf numFmtId="9"/></x:cellStyleXfs>
            <x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="9" applyNumberFormat="1"/><x:xf numFmtId="164"/></x:cellXfs></x:styleSheet>"#;
        assert_eq!(
            xf_formats(styles),
            [
                None,
                Some(NumberFormat::Builtin(9)),
                Some(NumberFormat::Custom("000 00".into()))
            ]
        );
    }

    #[test]
    fn notes_with_their_authors() {
        let xml = r#"<comments><authors><author>Anna Berg</author></authors><commentList>
            <comment ref="C2" authorId="0"><text><r><t>Anna Berg:</t></r><r><t xml:space="preserve"> ring efter 10 &amp; fråga</t></r></text></comment>
            <comment ref="A5" authorId="7"><text><t>utan författare</t></text></comment>
            </commentList></comments>"#;
        assert_eq!(
            notes(xml),
            BTreeMap::from([
                ((1, 2), "Anna Berg: ring efter 10 & fråga".to_string()),
                ((4, 0), "utan författare".to_string())
            ])
        );
    }

    /// A workbook of one sheet that has a drawing part holding `drawing`.
    fn with_drawing(drawing: &str) -> Vec<u8> {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let rel = |id: &str, kind: &str, target: &str| {
            format!(
                r#"<Relationships><Relationship Id="{id}" Type="http://x/{kind}" Target="{target}"/></Relationships>"#
            )
        };
        for (name, text) in [
            (
                "xl/workbook.xml",
                r#"<workbook><sheets><sheet name="Syd" r:id="rId1"/></sheets></workbook>"#
                    .to_string(),
            ),
            (
                "xl/_rels/workbook.xml.rels",
                rel("rId1", "worksheet", "worksheets/sheet1.xml"),
            ),
            (
                "xl/worksheets/sheet1.xml",
                r#"<worksheet><sheetData/><drawing r:id="rId1"/></worksheet>"#.to_string(),
            ),
            (
                "xl/worksheets/_rels/sheet1.xml.rels",
                rel("rId1", "drawing", "../drawings/drawing1.xml"),
            ),
            ("xl/drawings/drawing1.xml", drawing.to_string()),
        ] {
            w.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn a_drawing_part_is_a_feature_only_when_it_draws_something() {
        let empty = sheet_parts(&with_drawing("<xdr:wsDr/>"));
        assert_eq!(empty["Syd"].features, Vec::<&str>::new());
        let picture = sheet_parts(&with_drawing("<xdr:wsDr><xdr:twoCellAnchor/></xdr:wsDr>"));
        assert_eq!(picture["Syd"].features, [DRAWING]);
    }

    #[test]
    fn paths_and_features() {
        assert_eq!(
            resolve("xl/worksheets", "../comments1.xml"),
            "xl/comments1.xml"
        );
        assert_eq!(
            resolve("xl", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl", "/xl/worksheets/sheet2.xml"),
            "xl/worksheets/sheet2.xml"
        );
        let xml = r#"<worksheet><sheetData><row r="2" hidden="1"/></sheetData><hyperlinks><hyperlink ref="A1"/></hyperlinks><legacyDrawing r:id="x"/></worksheet>"#;
        assert_eq!(uses(xml), ["dolda rader eller kolumner", "länkar"]);
    }
}
