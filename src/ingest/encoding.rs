//! Which text encoding a CSV file is in, and its text.
//!
//! Swedish offices produce UTF-8 (with or without BOM), UTF-16 with BOM ("Unicode text" from
//! Excel), Windows-1252 (Excel's "CSV (semikolonavgränsad)") and, from old Macs, MacRoman. Without
//! a BOM, bytes that are not UTF-8 are decoded both ways and the one with more Swedish letters
//! and fewer unlikely symbols wins. UTF-8 that was decoded as Windows-1252 and saved again
//! (`SÃ¶rmland`) is repaired and reported.

use encoding_rs::{Encoding, MACINTOSH, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The text of a file and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding's name as reported to the user (`UTF-8 with BOM`, `Windows-1252`, …).
    pub encoding: &'static str,
    /// The file was UTF-8 encoded twice and has been repaired.
    pub repaired: bool,
}

/// The text of a file's bytes; UTF-8 without a BOM is taken over without a copy.
pub fn decode(bytes: Vec<u8>) -> Decoded {
    let boms: [(&[u8], &'static Encoding, &'static str); 3] = [
        (b"\xEF\xBB\xBF", UTF_8, "UTF-8 with BOM"),
        (b"\xFF\xFE", UTF_16LE, "UTF-16LE with BOM"),
        (b"\xFE\xFF", UTF_16BE, "UTF-16BE with BOM"),
    ];
    for (bom, encoding, name) in boms {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, _) = encoding.decode_without_bom_handling(rest);
            return repair(text.into_owned(), name);
        }
    }
    // Checked with SIMD, a file at a time (std's check took a fiftieth of a check's time).
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: `bytes` was just found to be UTF-8.
        let text = unsafe { String::from_utf8_unchecked(bytes) };
        return repair(text, "UTF-8");
    }
    // Both are one byte a character: each is scored byte by byte, and only the one that wins
    // is decoded (a large file is not held three times).
    let (cp1252, mac) = bytes.iter().fold((0i64, 0i64), |(c, m), &b| {
        let (sc, sm) = BYTE_SCORES[b as usize];
        (c + i64::from(sc), m + i64::from(sm))
    });
    let (encoding, name) = if mac > cp1252 {
        (MACINTOSH, "MacRoman")
    } else {
        (WINDOWS_1252, "Windows-1252")
    };
    let (text, _, _) = encoding.decode(&bytes);
    Decoded {
        text: text.into_owned(),
        encoding: name,
        repaired: false,
    }
}

/// Each byte's score as Windows-1252 and as MacRoman ([`score`] of the character it decodes to).
static BYTE_SCORES: std::sync::LazyLock<[(i8, i8); 256]> = std::sync::LazyLock::new(|| {
    let mut scores = [(0i8, 0i8); 256];
    for (b, s) in scores.iter_mut().enumerate() {
        let one = [b as u8];
        let of = |e: &'static Encoding| score(&e.decode_without_bom_handling(&one).0) as i8;
        *s = (of(WINDOWS_1252), of(MACINTOSH));
    }
    scores
});

/// Swedish letters count for a decoding; symbols that never appear in a contact list count against.
fn score(text: &str) -> i64 {
    text.chars()
        .map(|c| match c {
            'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö' | 'é' | 'É' | 'ü' => 2,
            c if c.is_ascii() => 0,
            '–' | '—' | '’' | '”' | '“' | '´' | '€' | '§' | '½' => 0,
            _ => -3,
        })
        .sum()
}

/// Marks of UTF-8 read as Windows-1252: `Ã` or `Â` followed by a continuation-byte character.
fn looks_double_encoded(text: &str) -> bool {
    const MARKS: [&str; 9] = ["Ã¥", "Ã¤", "Ã¶", "Ã…", "Ã„", "Ã–", "Ã©", "Ã¼", "Â\u{a0}"];
    // Every mark starts with `Ã` or `Â`, rare in real text: found in one fast pass each, and
    // only there are the marks compared (not nine passes over a large file).
    ["Ã", "Â"].iter().any(|lead| {
        memchr::memmem::find_iter(text.as_bytes(), lead.as_bytes())
            .any(|at| MARKS.iter().any(|m| text[at..].starts_with(m)))
    })
}

fn repair(text: String, name: &'static str) -> Decoded {
    if looks_double_encoded(&text) {
        let (bytes, _, unmappable) = WINDOWS_1252.encode(&text);
        if !unmappable && let Ok(fixed) = std::str::from_utf8(&bytes) {
            return Decoded {
                text: fixed.to_string(),
                encoding: name,
                repaired: true,
            };
        }
    }
    Decoded {
        text,
        encoding: name,
        repaired: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str =
        "Namn;Län\r\nElin Eklöf;Dalarna, Värmland och Örebro\r\nÅsa Ekman;Östergötland\r\n";

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(SAMPLE.as_bytes().to_vec()).encoding, "UTF-8");
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(SAMPLE.as_bytes());
        let d = decode(bom);
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-8 with BOM", SAMPLE));
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend(SAMPLE.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(le).text, SAMPLE);
        let mut be = vec![0xFE, 0xFF];
        be.extend(SAMPLE.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(be).text, SAMPLE);
    }

    #[test]
    fn windows_1252_and_macroman_are_told_apart() {
        let (cp, _, _) = WINDOWS_1252.encode(SAMPLE);
        let d = decode(cp.into_owned());
        assert_eq!((d.encoding, d.text.as_str()), ("Windows-1252", SAMPLE));
        let (mac, _, _) = MACINTOSH.encode(SAMPLE);
        let d = decode(mac.into_owned());
        assert_eq!((d.encoding, d.text.as_str()), ("MacRoman", SAMPLE));
    }

    #[test]
    fn double_encoded_utf8_is_repaired() {
        let (once, _, _) = WINDOWS_1252.decode(SAMPLE.as_bytes());
        let d = decode(once.as_bytes().to_vec());
        assert!(d.repaired);
        assert_eq!(d.text, SAMPLE);
    }
}
