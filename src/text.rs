//! Text clean-up shared by every stage: what a cell holds once invisible differences are gone,
//! and the folded keys that headers, regions and län are compared by.

use unicode_normalization::UnicodeNormalization;

/// A cell's text as kontakt stores it: every Unicode space (NBSP, U+202F, U+2009, …) becomes a
/// plain space, zero-width characters and BOMs are removed, the result is NFC and trimmed. Line
/// breaks are kept (they separate values in a cell) but normalised to `\n`.
pub fn clean(raw: &str) -> String {
    // Most cells are plain: printable ASCII without line breaks needs only a trim.
    if raw.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return raw.trim().to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
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

/// The key a header, region or län name is compared by: lower case, NFC, parenthetical
/// qualifiers and punctuation dropped, runs of spaces folded. `E-post (arbete)` → `epost`.
pub fn fold(raw: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(raw.len());
    let nfc: std::borrow::Cow<str> = match unicode_normalization::is_nfc_quick(raw.chars()) {
        unicode_normalization::IsNormalized::Yes => raw.into(),
        _ => raw.nfc().collect::<String>().into(),
    };
    for c in nfc.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            c if c.is_whitespace() => out.push(' '),
            // Hyphens, dots, colons, asterisks: `E-post:` and `Epost` are the same header.
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
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
    fn clean_maps_unicode_spaces_and_strips_invisible_characters() {
        assert_eq!(
            clean("\u{FEFF} Emilie\u{00A0}Holmström \u{200B}"),
            "Emilie Holmström"
        );
        assert_eq!(clean("070\u{202F}328\u{2009}48 69"), "070 328 48 69");
        assert_eq!(clean("a \r\nb\rc"), "a\nb\nc");
    }

    #[test]
    fn clean_composes_decomposed_letters() {
        // `o` + combining diaeresis, as macOS writes file content copied from a file name.
        assert_eq!(clean("So\u{0308}rmland"), "Sörmland");
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
