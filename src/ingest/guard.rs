//! Checks a spreadsheet must pass before calamine sees it.
//!
//! calamine 0.38 aborts the whole process (an allocation failure, not a catchable panic) on a
//! tiny XLSX whose sheet spans A1:XFD1048576 and on a false `uniqueCount` in sharedStrings.xml,
//! and a zip bomb costs gigabytes. So every zip entry is measured by decompressing it with a cap,
//! and the XML parts calamine sizes its buffers from are checked against what they really hold.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use crate::i18n::Text;
use crate::tr;

/// Resource limits for one input file. All are configurable on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input file read, in bytes.
    pub max_file_bytes: u64,
    /// Largest total size of a spreadsheet's unzipped parts, in bytes.
    pub max_unzipped_bytes: u64,
    /// Largest compression ratio of one zip part over 1 MiB.
    pub max_zip_ratio: u64,
    /// Most cells one sheet may span (rows × columns of its used range).
    pub max_cells: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 << 20,
            max_unzipped_bytes: 512 << 20,
            max_zip_ratio: 200,
            max_cells: 20_000_000,
        }
    }
}

/// Why a zipped spreadsheet is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not a readable zip archive (truncated, corrupt).
    Corrupt(Text),
    /// Over a limit; the message names the limit and its option.
    Limit(Text),
}

/// What the guard learnt about a zipped workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipKind {
    Xlsx,
    Ods,
}

/// What the guard learnt about a zipped workbook, once it passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zipped {
    pub kind: ZipKind,
    /// Some worksheet holds a formula (`<f>`, with or without a namespace prefix); without one,
    /// the sheets need not be read a second time for formulas.
    pub formulas: bool,
    /// Some worksheet merges cells (`<mergeCell>`); without one, nor for merged ranges.
    pub merged: bool,
}

const RATIO_FLOOR: u64 = 1 << 20;

/// Check a zip archive (XLSX, XLSM or ODS) against the limits before it is parsed.
pub fn check_zip(bytes: &[u8], limits: &Limits) -> Result<Zipped, Refusal> {
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Refusal::Corrupt(tr!("file-corrupt-not-zip", error = e.to_string())))?;
    let mut total = 0u64;
    let mut kind = None;
    let mut formulas = false;
    let mut merged = false;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| {
            Refusal::Corrupt(tr!(
                "file-corrupt-zip-entry",
                entry = i.to_string(),
                error = e.to_string()
            ))
        })?;
        let name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        match name.as_str() {
            "xl/workbook.xml" => kind = Some(ZipKind::Xlsx),
            "content.xml" => kind = kind.or(Some(ZipKind::Ods)),
            _ => {}
        }
        let compressed = entry.compressed_size().max(1);
        // Never trust the declared size: decompress with a cap and count.
        let budget = limits.max_unzipped_bytes.saturating_sub(total);
        let inspect = name.starts_with("xl/worksheets/") || name == "xl/sharedStrings.xml";
        let mut head = Vec::new();
        let mut counter = Counter::default();
        let mut reader = (&mut entry).take(budget + 1);
        let result = if inspect {
            scan_xml(&mut reader, &mut counter, &mut head)
        } else {
            std::io::copy(&mut reader, &mut std::io::sink()).map(|n| counter.bytes = n)
        };
        result.map_err(|e| {
            Refusal::Corrupt(tr!(
                "file-corrupt-unzip",
                part = &name,
                error = e.to_string()
            ))
        })?;
        let size = counter.bytes;
        total += size;
        if total > limits.max_unzipped_bytes {
            return Err(Refusal::Limit(tr!(
                "file-limit-unzipped",
                limit = limits.max_unzipped_bytes.to_string()
            )));
        }
        if size > RATIO_FLOOR && size / compressed > limits.max_zip_ratio {
            return Err(Refusal::Limit(tr!(
                "file-limit-zip-ratio",
                part = &name,
                ratio = (size / compressed).to_string(),
                limit = limits.max_zip_ratio.to_string()
            )));
        }
        formulas |= counter.formulas;
        merged |= counter.merged;
        if name.starts_with("xl/worksheets/") {
            check_sheet_extent(&name, &head, &counter, limits)?;
        } else if name == "xl/sharedStrings.xml" {
            check_shared_strings(&head, &counter)?;
        }
    }
    kind.map(|kind| Zipped {
        kind,
        formulas,
        merged,
    })
    .ok_or_else(|| Refusal::Corrupt(tr!("file-corrupt-not-workbook")))
}

/// Counts gathered while streaming one XML part.
#[derive(Debug, Default)]
struct Counter {
    bytes: u64,
    /// `<si>` elements (shared strings actually present).
    strings: u64,
    /// Bounding box of `r="A1"` cell references: min row, min col, max row, max col (1-based).
    extent: Option<(u32, u32, u32, u32)>,
    /// A formula element was seen.
    formulas: bool,
    /// A merged range was seen.
    merged: bool,
}

/// Stream an XML part, keeping its first 4 KiB (for the declarations) and counting elements.
fn scan_xml(
    reader: &mut impl Read,
    counter: &mut Counter,
    head: &mut Vec<u8>,
) -> std::io::Result<()> {
    let mut buf = vec![0u8; 64 * 1024];
    // Keep a few bytes across reads so that a tag split between two reads is still seen.
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        counter.bytes += n as u64;
        if head.len() < 4096 {
            let take = (4096 - head.len()).min(n);
            head.extend_from_slice(&buf[..take]);
        }
        let mut window = std::mem::take(&mut carry);
        window.extend_from_slice(&buf[..n]);
        let keep_from = window.len().saturating_sub(64);
        scan_window(&window, keep_from, counter);
        carry = window[keep_from..].to_vec();
    }
    scan_window(&carry, carry.len(), counter);
    Ok(())
}

/// Look at the tags that start before `limit`; a tag may run on past it.
fn scan_window(window: &[u8], limit: usize, counter: &mut Counter) {
    let mut i = 0;
    while let Some(pos) = window[i..limit].iter().position(|&b| b == b'<') {
        let at = i + pos;
        let rest = &window[at..];
        if is_formula_tag(rest) {
            counter.formulas = true;
        }
        if is_tag(rest, b"mergeCell") {
            counter.merged = true;
        }
        if rest.starts_with(b"<si>") || rest.starts_with(b"<si ") {
            counter.strings += 1;
        } else if rest.starts_with(b"<c ") {
            if let Some((row, col)) = cell_ref_attr(rest) {
                let e = counter.extent.get_or_insert((row, col, row, col));
                *e = (e.0.min(row), e.1.min(col), e.2.max(row), e.3.max(col));
            }
        } else if rest.starts_with(b"<row ")
            && let Some(row) =
                attr(rest, b" r=\"").and_then(|v| std::str::from_utf8(v).ok()?.parse().ok())
        {
            let e = counter.extent.get_or_insert((row, 1, row, 1));
            *e = (e.0.min(row), e.1, e.2.max(row), e.3);
        }
        i = at + 1;
    }
}

/// Whether the tag at the start of `tag` is a formula, `<f>`, `<f t="shared" …/>` or
/// `<x:f>` (a namespace prefix, as the Open XML SDK writes).
fn is_formula_tag(tag: &[u8]) -> bool {
    is_tag(tag, b"f")
}

/// Whether the tag at the start of `tag` is the element `local`, with or without a prefix.
fn is_tag(tag: &[u8], local_name: &[u8]) -> bool {
    let name = &tag[1.min(tag.len())..];
    let prefix = name
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        .count();
    let local = match name.get(prefix) {
        Some(b':') => &name[prefix + 1..],
        _ => name,
    };
    local.starts_with(local_name)
        && matches!(
            local.get(local_name.len()),
            Some(b'>' | b' ' | b'/' | b'\t' | b'\n' | b'\r')
        )
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The value of `name` (given with its leading space, `=` and quote) inside the tag at the start of `tag`.
fn attr<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let end = tag.iter().position(|&b| b == b'>').unwrap_or(tag.len());
    let tag = &tag[..end];
    let start = find(tag, name)? + name.len();
    let len = tag[start..].iter().position(|&b| b == b'"')?;
    Some(&tag[start..start + len])
}

fn cell_ref_attr(tag: &[u8]) -> Option<(u32, u32)> {
    let r = std::str::from_utf8(attr(tag, b" r=\"")?).ok()?;
    parse_ref(r)
}

/// `XFD1048576` → (1048576, 16384).
pub fn parse_ref(r: &str) -> Option<(u32, u32)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    let col = crate::source::column_number(&letters.to_ascii_uppercase())?;
    let row = digits.parse().ok()?;
    Some((row, col))
}

fn check_sheet_extent(
    name: &str,
    head: &[u8],
    counter: &Counter,
    limits: &Limits,
) -> Result<(), Refusal> {
    let declared = find(head, b"<dimension ").and_then(|at| {
        let r = std::str::from_utf8(attr(&head[at..], b" ref=\"")?).ok()?;
        let (a, b) = r.split_once(':').unwrap_or((r, r));
        let (r1, c1) = parse_ref(a)?;
        let (r2, c2) = parse_ref(b)?;
        Some((r1.min(r2), c1.min(c2), r1.max(r2), c1.max(c2)))
    });
    for (declares, extent) in [(true, declared), (false, counter.extent)] {
        if let Some((r1, c1, r2, c2)) = extent {
            let cells = u64::from(r2 - r1 + 1) * u64::from(c2 - c1 + 1);
            if cells > limits.max_cells {
                let (cells, limit) = (cells.to_string(), limits.max_cells.to_string());
                return Err(Refusal::Limit(if declares {
                    tr!(
                        "file-limit-cells-declared",
                        part = name,
                        cells = cells,
                        limit = limit
                    )
                } else {
                    tr!(
                        "file-limit-cells-used",
                        part = name,
                        cells = cells,
                        limit = limit
                    )
                }));
            }
        }
    }
    Ok(())
}

fn check_shared_strings(head: &[u8], counter: &Counter) -> Result<(), Refusal> {
    let Some(at) = find(head, b"<sst") else {
        return Ok(());
    };
    let declared = attr(&head[at..], b" uniqueCount=\"")
        .and_then(|v| std::str::from_utf8(v).ok())
        .map(|v| v.parse::<u64>().unwrap_or(u64::MAX));
    match declared {
        Some(n) if n > counter.strings => Err(Refusal::Limit(tr!(
            "file-limit-shared-strings",
            declared = n.to_string(),
            held = counter.strings.to_string()
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in parts {
            w.start_file(*name, SimpleFileOptions::default()).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn parse_ref_reads_excel_references() {
        assert_eq!(parse_ref("A1"), Some((1, 1)));
        assert_eq!(parse_ref("XFD1048576"), Some((1048576, 16384)));
        assert_eq!(parse_ref("1A"), None);
    }

    #[test]
    fn a_sheet_declaring_the_whole_grid_is_refused() {
        let sheet = br#"<worksheet><dimension ref="A1:XFD1048576"/><sheetData/></worksheet>"#;
        let bytes = zip_of(&[
            ("xl/workbook.xml", b"<workbook/>"),
            ("xl/worksheets/sheet1.xml", sheet),
        ]);
        let err = check_zip(&bytes, &Limits::default()).unwrap_err();
        assert!(matches!(err, Refusal::Limit(m) if m.to_string().contains("--max-cells")));
    }

    #[test]
    fn a_sheet_using_far_apart_cells_is_refused() {
        let sheet = br#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>"#;
        let bytes = zip_of(&[
            ("xl/workbook.xml", b"<workbook/>"),
            ("xl/worksheets/sheet1.xml", sheet),
        ]);
        assert!(matches!(
            check_zip(&bytes, &Limits::default()),
            Err(Refusal::Limit(_))
        ));
    }

    #[test]
    fn a_false_unique_count_is_refused() {
        let sst = br#"<sst xmlns="x" count="1" uniqueCount="4000000000"><si><t>a</t></si></sst>"#;
        let bytes = zip_of(&[
            ("xl/workbook.xml", b"<workbook/>"),
            ("xl/sharedStrings.xml", sst),
        ]);
        assert!(
            matches!(check_zip(&bytes, &Limits::default()), Err(Refusal::Limit(m)) if m.to_string().contains("declares"))
        );
        let honest = br#"<sst count="2" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>"#;
        let bytes = zip_of(&[
            ("xl/workbook.xml", b"<workbook/>"),
            ("xl/sharedStrings.xml", honest),
        ]);
        assert_eq!(
            check_zip(&bytes, &Limits::default()).map(|z| z.kind),
            Ok(ZipKind::Xlsx)
        );
    }

    #[test]
    fn a_zip_bomb_is_refused_by_ratio_and_total() {
        let zeros = vec![b'0'; 8 << 20];
        let bytes = zip_of(&[
            ("xl/workbook.xml", b"<workbook/>"),
            ("xl/media/x.bin", &zeros),
        ]);
        assert!(
            matches!(check_zip(&bytes, &Limits::default()), Err(Refusal::Limit(m)) if m.to_string().contains("--max-zip-ratio"))
        );
        let small = Limits {
            max_unzipped_bytes: 1 << 20,
            ..Limits::default()
        };
        assert!(
            matches!(check_zip(&bytes, &small), Err(Refusal::Limit(m)) if m.to_string().contains("--max-unzipped-bytes"))
        );
    }

    #[test]
    fn truncated_zip_is_corrupt() {
        let bytes = zip_of(&[("xl/workbook.xml", b"<workbook/>")]);
        assert!(matches!(
            check_zip(&bytes[..bytes.len() / 2], &Limits::default()),
            Err(Refusal::Corrupt(_))
        ));
    }

    #[test]
    fn formula_tags_are_seen_with_or_without_a_prefix() {
        for tag in [
            &b"<f>A1+1</f>"[..],
            b"<f t=\"shared\" si=\"0\"/>",
            b"<x:f>A1</x:f>",
            b"<f/>",
        ] {
            assert!(is_formula_tag(tag), "{}", String::from_utf8_lossy(tag));
        }
        for tag in [
            &b"<fill>"[..],
            b"<c r=\"A1\">",
            b"<x:fonts>",
            b"<font/>",
            b"<",
        ] {
            assert!(!is_formula_tag(tag), "{}", String::from_utf8_lossy(tag));
        }
        assert!(is_tag(b"<mergeCell ref=\"A1:A3\"/>", b"mergeCell"));
        assert!(is_tag(b"<x:mergeCell ref=\"A1:A3\"/>", b"mergeCell"));
        assert!(!is_tag(b"<mergeCells count=\"1\">", b"mergeCell"));
    }
}
