//! Text clean-up shared by every stage: what a cell holds once differences nobody sees are
//! gone, the characters that do not show at all (removed only where a finding says so), and the
//! folded keys that headers, regions and län are compared by.

use unicode_normalization::UnicodeNormalization;

use crate::i18n::Text;
use crate::tr;

/// A cell's text as kontakt stores it: every Unicode space (NBSP, U+202F, U+2009, …) becomes a
/// plain space, the result is NFC and trimmed. Line breaks are kept (they separate values in a
/// cell) but normalised to `\n`. Invisible characters are kept: the validators remove them where
/// they do not belong and say so at the cell (`strip_invisible`).
pub fn clean(raw: &str) -> String {
    // Most cells are plain: printable ASCII and Latin letters (Swedish names), one line, no
    // space but the ASCII one, already NFC: they need only a trim.
    if latin_plain(raw.as_bytes()) {
        return raw.trim().to_string();
    }
    // So are others, with characters from further on.
    let plain = |c: char| match c.is_ascii() {
        true => (' '..='~').contains(&c),
        false => !c.is_whitespace(),
    };
    if raw.chars().all(plain) && is_nfc(raw) {
        return raw.trim().to_string();
    }
    clean_any(raw)
}

/// Whether UTF-8 `text` is printable ASCII and characters from U+0080 to U+02FF other than the
/// two spaces among them (U+0085, U+00A0), in one pass over the bytes: text that `clean` leaves
/// as it is but for a trim (no such character changes under NFC or is a space).
fn latin_plain(text: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&b) = text.get(i) {
        i += match b {
            b' '..=b'~' => 1,
            // U+0080 to U+00BF: all but the two spaces.
            0xC2 if matches!(text.get(i + 1), Some(0x85 | 0xA0)) => return false,
            // The lead byte of U+0080 to U+02FF; its one continuation byte follows.
            0xC2..=0xCB => 2,
            _ => return false,
        };
    }
    true
}

/// `clean` for any text: spaces mapped, line breaks normalised, NFC, each line trimmed.
fn clean_any(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            c if c.is_whitespace() => out.push(' '),
            c => out.push(c),
        }
    }
    let nfc: String = match unicode_normalization::is_nfc_quick(out.chars()) {
        unicode_normalization::IsNormalized::Yes => out,
        _ => out.nfc().collect(),
    };
    // Trim each line's ends too: offices leave trailing spaces after names and addresses.
    let lines: Vec<&str> = nfc.split('\n').map(str::trim).collect();
    lines.join("\n").trim().to_string()
}

/// Whether `text` is NFC for certain, most often without Unicode's tables: a character below
/// U+0300 (Latin-1 and Latin Extended, å ä ö é among them) neither combines with another of them
/// nor changes under NFC.
pub fn is_nfc(text: &str) -> bool {
    text.chars().all(|c| c < '\u{300}')
        || unicode_normalization::is_nfc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes
}

/// A value quoted for a message: `"…"` around it as written, quotes inside left as they are,
/// only control characters (line breaks, tabs) escaped.
pub fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// Whether a cell says in words that it holds nothing: `saknas`, `finns ej`, `n/a`, `-`, `?`.
pub fn says_none(text: &str) -> bool {
    static NONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^\s*(?:saknas|inget|ingen|finns (?:ej|inte)|n/?a|-+|–|\?+|x)\s*$")
            .expect("valid regex")
    });
    // None of those words holds a digit, and nearly every cell asked about does.
    !text.bytes().any(|b| b.is_ascii_digit()) && NONE.is_match(text)
}

/// Characters that take no space and show nothing, with the name a finding gives them: zero-width
/// and joiner characters, the BOM, the soft hyphen, and the bidirectional controls (which reorder
/// the text around them on screen).
pub fn invisible_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200B}' => "zero width space",
        '\u{200C}' => "zero width non-joiner",
        '\u{200D}' => "zero width joiner",
        '\u{2060}' => "word joiner",
        '\u{FEFF}' => "byte order mark",
        '\u{00AD}' => "soft hyphen",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{061C}' => "arabic letter mark",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        _ => return None,
    })
}

/// `raw` without its invisible characters, and those removed (each once, in order). With
/// `keep_joiners`, ZWJ and ZWNJ stay: they are part of names (`Mohammadi\u{200C}pour`, emoji
/// sequences). Allocates only when something is removed.
pub fn strip_invisible(raw: &str, keep_joiners: bool) -> (std::borrow::Cow<'_, str>, Vec<char>) {
    if raw.is_ascii() || !raw.chars().any(|c| invisible_name(c).is_some()) {
        return (raw.into(), Vec::new());
    }
    let chars: Vec<char> = raw.chars().collect();
    // A joiner joins two characters: at an end or beside a space it joins nothing.
    let joins = |i: usize| {
        let shows = |c: Option<&char>| {
            c.is_some_and(|c| !c.is_whitespace() && invisible_name(*c).is_none())
        };
        shows(i.checked_sub(1).and_then(|p| chars.get(p))) && shows(chars.get(i + 1))
    };
    let mut removed = Vec::new();
    let mut text = String::with_capacity(raw.len());
    for (i, &c) in chars.iter().enumerate() {
        let kept = keep_joiners && matches!(c, '\u{200C}' | '\u{200D}') && joins(i);
        if invisible_name(c).is_some() && !kept {
            if !removed.contains(&c) {
                removed.push(c);
            }
        } else {
            text.push(c);
        }
    }
    if removed.is_empty() {
        return (raw.into(), removed);
    }
    (text.trim().to_string().into(), removed)
}

/// `U+200B (zero width space)` for each character, in the language it is shown in.
pub fn describe_chars(chars: &[char]) -> Vec<Text> {
    chars
        .iter()
        .map(|&c| {
            let code = format!("{:04X}", c as u32);
            let name = match invisible_name(c) {
                Some(_) => Text::new(format!("char-{}", code.to_lowercase())),
                None => tr!("char-invisible"),
            };
            tr!("char-described", code = code, name = name)
        })
        .collect()
}

/// The key a header, region or län name is compared by: lower case, NFC, parenthetical
/// qualifiers and punctuation dropped, runs of spaces folded. `E-post (arbete)` → `epost`.
pub fn fold(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    fold_into(raw, &mut out);
    out
}

/// [`fold`] into `out` (cleared first), so that a loop can reuse one buffer.
pub fn fold_into(raw: &str, out: &mut String) {
    if !fold_latin(raw.as_bytes(), out) {
        fold_any(raw, out);
    }
}

/// [`fold_into`] of any text.
fn fold_any(raw: &str, out: &mut String) {
    out.clear();
    let mut depth = 0usize;
    let mut space = false;
    let mut fold_char = |c: char, out: &mut String| match c {
        // The same as below, without Unicode's tables: most letters of names are ASCII.
        'a'..='z' | 'A'..='Z' | '0'..='9' if depth == 0 => {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c.to_ascii_lowercase());
        }
        // Latin-1's letters: the capitals are 0x20 below their small letters.
        'À'..='Þ' if c != '×' && depth == 0 => {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
        }
        'ß'..='ÿ' if c != '÷' && depth == 0 => {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
        '(' | '[' => depth += 1,
        ')' | ']' => depth = depth.saturating_sub(1),
        _ if depth > 0 => {}
        c if c.is_alphanumeric() => {
            // Runs of spaces become one, and none is kept at either end.
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        }
        c if c.is_whitespace() => space = true,
        // Hyphens, dots, colons, asterisks: `E-post:` and `Epost` are the same header.
        _ => {}
    };
    if raw.is_ascii() {
        return raw.chars().for_each(|c| fold_char(c, out));
    }
    match is_nfc(raw) {
        true => raw.chars().for_each(|c| fold_char(c, out)),
        false => raw.nfc().for_each(|c| fold_char(c, out)),
    }
}

/// [`fold_into`] of text of ASCII and Latin-1's letters (most names), byte by byte; `false`, with
/// `out` part written, at the first character that needs the general way (`fold_any`).
fn fold_latin(raw: &[u8], out: &mut String) -> bool {
    out.clear();
    let mut depth = 0usize;
    let mut space = false;
    // A letter or digit kept: after a single space if any came since the last one.
    let keep = |out: &mut String, c: char, space: &mut bool| {
        if *space && !out.is_empty() {
            out.push(' ');
        }
        *space = false;
        out.push(c);
    };
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        i += 1;
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            _ if depth > 0 && b.is_ascii() => {}
            b'a'..=b'z' | b'0'..=b'9' => keep(out, char::from(b), &mut space),
            b'A'..=b'Z' => keep(out, char::from(b.to_ascii_lowercase()), &mut space),
            b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => space = true,
            0..=0x7F => {}
            // U+00C0 to U+00FF: À to ÿ, × and ÷ among them.
            0xC3 => {
                let Some(&next) = raw.get(i) else {
                    return false;
                };
                i += 1;
                let c = char::from(0xC0 + (next & 0x3F));
                match c {
                    _ if depth > 0 => {}
                    '×' | '÷' => {}
                    // Capitals are 0x20 below their small letters.
                    'À'..='Þ' => keep(out, char::from(c as u8 + 0x20), &mut space),
                    _ => keep(out, c, &mut space),
                }
            }
            _ => return false,
        }
    }
    true
}

/// Swedish (and a few other) letters replaced by their ASCII base letter: `Åsa Ekmån` → `Asa Ekman`.
/// Used to match file names and to suggest an ASCII e-mail address.
pub fn ascii_fold(raw: &str) -> String {
    if raw.is_ascii() {
        return raw.to_string();
    }
    raw.nfd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_latin_letters_fold_byte_by_byte_as_characters_do() {
        let (mut fast, mut any) = (String::new(), String::new());
        for c in (0..=0x3FFu32).filter_map(char::from_u32) {
            for text in [
                format!("{c}"),
                format!("Åsa {c}Ek-ström"),
                format!(" ({c}x) [Ö{c}] y{c} "),
                format!("É{c}{c}\t"),
            ] {
                fold_any(&text, &mut any);
                if fold_latin(text.as_bytes(), &mut fast) {
                    assert_eq!(fast, any, "U+{:04X} in {text:?}", c as u32);
                } else {
                    assert!(
                        !(c.is_ascii() || ('À'..='ÿ').contains(&c)),
                        "U+{:04X}",
                        c as u32
                    );
                }
            }
        }
    }

    #[test]
    fn the_byte_check_of_plain_text_agrees_with_the_characters() {
        // Each character alone, between letters, and at a cell's end: the bytes say "plain"
        // exactly when the character is printable ASCII or a non-space below U+0300, and then
        // `clean` only trims.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let plain = (' '..='~').contains(&c)
                || (('\u{80}'..'\u{300}').contains(&c) && !c.is_whitespace());
            for text in [format!("{c}"), format!("Å{c}sa"), format!("ab {c}")] {
                assert_eq!(latin_plain(text.as_bytes()), plain, "U+{:04X}", c as u32);
                if plain {
                    assert_eq!(clean(&text), clean_any(&text), "U+{:04X}", c as u32);
                }
            }
        }
    }

    #[test]
    fn every_invisible_character_has_a_name_in_both_languages() {
        use crate::i18n::Lang;
        let invisible: Vec<char> = (0..=0xFFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| invisible_name(c).is_some())
            .collect();
        assert_eq!(invisible.len(), 18);
        for text in describe_chars(&invisible) {
            for lang in [Lang::Sv, Lang::En] {
                let shown = text.render(lang);
                assert!(!shown.contains("char-"), "{lang:?}: {shown}");
            }
        }
        let en: Vec<String> = describe_chars(&invisible)
            .iter()
            .map(|t| t.render(Lang::En))
            .collect();
        // The English names are the ones the code knows the characters by.
        for (c, shown) in invisible.iter().zip(&en) {
            assert!(shown.contains(invisible_name(*c).unwrap()), "{shown}");
        }
    }

    #[test]
    fn clean_maps_unicode_spaces_and_keeps_invisible_characters_for_the_validators() {
        assert_eq!(
            clean(" Emilie\u{00A0}Holmström \u{200B}"),
            "Emilie Holmström \u{200B}"
        );
        let (text, removed) = strip_invisible("eva@umea.se\u{200B}", false);
        assert_eq!((text.as_ref(), removed), ("eva@umea.se", vec!['\u{200B}']));
        let (name, removed) = strip_invisible("Eva Norlin\u{200D}", true);
        assert_eq!((name.as_ref(), removed), ("Eva Norlin", vec!['\u{200D}']));
        let (name, removed) = strip_invisible("Mohammadi\u{200C}pour\u{202E}", true);
        assert_eq!(
            (
                name.as_ref(),
                describe_chars(&removed)[0]
                    .render(crate::i18n::Lang::En)
                    .as_str()
            ),
            ("Mohammadi\u{200C}pour", "U+202E (right-to-left override)")
        );
        assert_eq!(clean("070\u{202F}328\u{2009}48 69"), "070 328 48 69");
        assert_eq!(clean("a \r\nb\rc"), "a\nb\nc");
    }

    #[test]
    fn text_below_u0300_is_nfc_whatever_follows_what() {
        // What `is_nfc` relies on: each such character is NFC by itself and a starter, so none
        // combines with the one before it.
        for c in ('\0'..'\u{300}').filter(|c| !c.is_control()) {
            let one = c.to_string();
            assert_eq!(
                unicode_normalization::is_nfc_quick(one.chars()),
                unicode_normalization::IsNormalized::Yes,
                "{c:?}"
            );
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "{c:?}"
            );
        }
        assert!(is_nfc("Åsa Ekström") && !is_nfc("Ekstro\u{0308}m"));
    }

    #[test]
    fn the_short_cuts_of_clean_change_nothing() {
        for raw in [
            " Åsa Ekström ",
            "Jämtland, Norrbotten",
            "a\u{00A0}b",
            "e\u{0301}",
            "é",
            "x\ty",
            "a\r\nb ",
            "\u{200B}Eva",
            "\u{0085}x",
            "Ωμέγα ",
            "漢字",
            "\u{1F600} ",
            "a\u{2028}b",
        ] {
            assert_eq!(clean(raw), clean_any(raw), "{raw:?}");
        }
    }

    #[test]
    fn clean_composes_decomposed_letters() {
        // `o` + combining diaeresis, as macOS writes file content copied from a file name.
        assert_eq!(clean("So\u{0308}rmland"), "Sörmland");
    }

    #[test]
    fn latin1_letters_fold_as_unicode_folds_them() {
        for c in ('\u{C0}'..='\u{FF}').filter(|&c| c != '×' && c != '÷') {
            assert!(c.is_alphanumeric(), "{c}");
            let small = char::from_u32(c as u32 + 0x20)
                .filter(|_| c <= 'Þ')
                .unwrap_or(c);
            assert_eq!(
                c.to_lowercase().collect::<String>(),
                small.to_string(),
                "{c}"
            );
            assert_eq!(fold(&format!("x{c}")), format!("x{small}"));
        }
    }

    #[test]
    fn fold_drops_case_punctuation_and_qualifiers() {
        assert_eq!(fold("E-post (arbete):"), "epost");
        assert_eq!(fold("  Förnamn* "), "förnamn");
        assert_eq!(fold("Region  Syd"), "region syd");
    }

    #[test]
    fn ascii_fold_keeps_base_letters() {
        assert_eq!(ascii_fold("åsa.ekman"), "asa.ekman");
        assert_eq!(ascii_fold("Väst Öst"), "Vast Ost");
    }
}
