//! A card as `publish` puts it on the server and reads it back: the mark that says kontakt put it
//! there, with the fingerprint of what it put, and a comparison that survives the server
//! rewriting the card (Radicale re-orders and re-folds every card it stores).

use std::collections::BTreeMap;

/// The property that marks a card kontakt published. Its value is the fingerprint of the card
/// as kontakt wrote it, so a card changed on the server since is told from one kontakt changed.
pub const MARK: &str = "X-KONTAKT-PUBLISHED";

/// Properties left out of the comparison: the program's name and version (a new kontakt
/// release changes no contact), the revision date, and the mark itself.
const IGNORED: [&str; 3] = ["PRODID", "REV", MARK];

/// `card` (one vCard, as `vcard::card_v3` writes it) with the mark before `END:VCARD`.
pub fn marked(card: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(card);
    let print = fingerprint(&canonical(&text));
    let end = text.rfind("END:VCARD").unwrap_or(text.len());
    let mut out = Vec::with_capacity(card.len() + MARK.len() + 40);
    out.extend_from_slice(text[..end].as_bytes());
    out.extend_from_slice(format!("{MARK}:{print}\r\n").as_bytes());
    out.extend_from_slice(text[end..].as_bytes());
    out
}

/// What kontakt needs of a card read from the server.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Read {
    pub uid: Option<String>,
    /// The mark's value: `Some` on a card kontakt published.
    pub mark: Option<String>,
    /// FN, to name the card in the run's lines (control characters as spaces).
    pub name: Option<String>,
    /// CATEGORIES: the region, for a card kontakt published.
    pub category: Option<String>,
    /// The card compared property by property (`canonical`).
    pub canonical: Vec<String>,
    /// Each TEL's value as the server keeps it (`canonical` compares it only up to a comma).
    pub tels: Vec<String>,
}

impl Read {
    /// Whether nobody changed the card since kontakt published it.
    pub fn untouched(&self) -> bool {
        self.mark
            .as_deref()
            .is_some_and(|m| m == fingerprint(&self.canonical))
    }
}

/// Read a card's UID, mark, name and canonical form.
pub fn read(text: &str) -> Read {
    let mut read = Read {
        canonical: canonical(text),
        ..Read::default()
    };
    for line in unfolded(text) {
        let Some((head, value)) = split_outside_quotes(&line, ':') else {
            continue;
        };
        let name = head.split(';').next().unwrap_or_default();
        let value = Some(value.trim().to_string());
        if name.eq_ignore_ascii_case("UID") && read.uid.is_none() {
            read.uid = value;
        } else if name.eq_ignore_ascii_case(MARK) {
            read.mark = value;
        } else if name.eq_ignore_ascii_case("FN") && read.name.is_none() {
            read.name = value.map(|v| printable(&unescape(&v)));
        } else if name.eq_ignore_ascii_case("CATEGORIES") && read.category.is_none() {
            read.category = value.map(|v| printable(&unescape(&v)));
        } else if name.eq_ignore_ascii_case("TEL") {
            read.tels.extend(value);
        }
    }
    read
}

/// The card as a list of its content lines, each with the property and parameter names in
/// capitals, the parameters merged by name and sorted, and TYPE values in capitals, ordered by
/// property name (lines of one property keep their order: the first TEL is the first number):
/// what two servers' spellings of one card have in common. PRODID, REV and the mark are left
/// out. A TEL is compared up to its first comma: Radicale (vobject) keeps a number's extension
/// (`+46 18 727 83 25,123`) only up to the comma, and the NOTE holds the extension in words.
pub fn canonical(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = unfolded(text)
        .into_iter()
        .filter_map(|line| {
            let (head, value) = split_outside_quotes(&line, ':')?;
            let mut parts = split_all_outside_quotes(head, ';').into_iter();
            let name = parts.next()?.trim().to_ascii_uppercase();
            if IGNORED.contains(&name.as_str()) {
                return None;
            }
            let mut params: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for p in parts {
                let (key, values) = match p.split_once('=') {
                    Some((k, v)) => (k.trim().to_ascii_uppercase(), v),
                    // vCard 2.1's bare `TEL;CELL:` is a TYPE.
                    None => ("TYPE".to_string(), p),
                };
                let list = params.entry(key.clone()).or_default();
                for v in split_all_outside_quotes(values, ',') {
                    let v = v.trim().trim_matches('"');
                    match key.as_str() {
                        // `TYPE="WORK,VOICE"` is `TYPE=WORK,VOICE`.
                        "TYPE" => list.extend(v.split(',').map(|t| t.trim().to_ascii_uppercase())),
                        _ => list.push(v.to_string()),
                    }
                }
            }
            let mut out = name;
            for (key, mut values) in params {
                values.sort();
                values.dedup();
                out.push(';');
                out.push_str(&key);
                out.push('=');
                out.push_str(&values.join(","));
            }
            out.push(':');
            let value = value.trim_end();
            out.push_str(match name_is_tel(&out) {
                true => value.split(',').next().unwrap_or(value),
                false => value,
            });
            Some(out)
        })
        .collect();
    lines.sort_by(|a, b| property(a).cmp(property(b)));
    lines
}

/// A canonical line's property name.
fn property(line: &str) -> &str {
    line.split([';', ':']).next().unwrap_or_default()
}

fn name_is_tel(line: &str) -> bool {
    property(line) == "TEL"
}

/// `text` with control characters (a newline in a hostile FN) as spaces, for a line of output.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The fingerprint of a canonical card: `v1-` and 32 hex digits of its SHA-256. The version
/// names the canonical form, so that a later kontakt that changes it still knows the cards an
/// earlier one published, rather than taking them for cards changed by hand.
pub fn fingerprint(canonical: &[String]) -> String {
    format!(
        "v1-{}",
        crate::hash::short_hex(canonical.join("\n").as_bytes(), 32)
    )
}

/// The extensions (`,123`) of `sent`'s numbers that `kept` does not hold: what a server
/// (Radicale) dropped from a card kontakt published.
pub fn dropped_extensions(sent: &Read, kept: &Read) -> Vec<String> {
    sent.tels
        .iter()
        .filter(|t| t.contains(',') && !kept.tels.contains(t))
        .cloned()
        .collect()
}

/// The names of the properties in which two canonical cards differ (a value, or the order of
/// one property's lines), each once, sorted. Empty exactly when the cards are equal.
pub fn differing(a: &[String], b: &[String]) -> Vec<String> {
    let (a, b) = (group(a), group(b));
    a.keys()
        .chain(b.keys())
        .filter(|name| a.get(*name) != b.get(*name))
        .map(|name| name.to_string())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// A canonical card's lines by property name, each property's in order.
fn group(lines: &[String]) -> BTreeMap<&str, Vec<&str>> {
    let mut by_name: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for line in lines {
        by_name.entry(property(line)).or_default().push(line);
    }
    by_name
}

/// Content lines with folding undone (a line break followed by a space or tab), empty lines
/// left out; CRLF or LF alike.
fn unfolded(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ if raw.trim().is_empty() => {}
            _ => lines.push(raw.to_string()),
        }
    }
    lines
}

/// `text` split at the first `sep` outside double quotes.
fn split_outside_quotes(text: &str, sep: char) -> Option<(&str, &str)> {
    let mut quoted = false;
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            c if c == sep && !quoted => return Some((&text[..i], &text[i + 1..])),
            _ => {}
        }
    }
    None
}

/// `text` split at every `sep` outside double quotes.
fn split_all_outside_quotes(text: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some((part, after)) = split_outside_quotes(rest, sep) {
        parts.push(part);
        rest = after;
    }
    parts.push(rest);
    parts
}

/// A text value's escapes undone (`\,` `\;` `\\` `\n`).
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//kontakt//kontakt 0.1.0//SV\r\n\
        UID:urn:uuid:1\r\nFN:Anna\\, Andersson\r\nTEL;TYPE=WORK,VOICE:+46 8 1\r\n\
        NOTE:Region Syd: Kronobergs län\\, Ska\r\n ne län\r\nEND:VCARD\r\n";

    #[test]
    fn a_marked_card_reads_back_as_untouched_with_its_uid_and_name() {
        let marked = String::from_utf8(marked(CARD.as_bytes())).unwrap();
        assert!(marked.ends_with("\r\nEND:VCARD\r\n"));
        let read = read(&marked);
        assert_eq!(read.uid.as_deref(), Some("urn:uuid:1"));
        assert_eq!(read.name.as_deref(), Some("Anna, Andersson"));
        assert!(read.untouched());
        assert_eq!(read.canonical, canonical(CARD));
    }

    #[test]
    fn a_server_that_reorders_refolds_and_recases_changes_nothing() {
        let rewritten = "BEGIN:VCARD\nVERSION:3.0\nFN:Anna\\, Andersson\n\
            NOTE:Region Syd: Kronobergs län\\, Skane län\ntel;type=voice;TYPE=work:+46 8 1\n\
            UID:urn:uuid:1\nPRODID:-//Server//EN\nEND:VCARD\n";
        assert_eq!(canonical(rewritten), canonical(CARD));
    }

    #[test]
    fn a_changed_value_is_told_from_the_mark_and_named() {
        let marked = String::from_utf8(marked(CARD.as_bytes())).unwrap();
        let edited = marked.replace("+46 8 1", "+46 8 2");
        let read = read(&edited);
        assert!(read.mark.is_some());
        assert!(!read.untouched());
        assert_eq!(differing(&read.canonical, &canonical(CARD)), ["TEL"]);
    }

    #[test]
    fn cards_as_radicale_stores_them_read_back_as_untouched() {
        // A multiget answer from Radicale 3.9 for the 19 cards kontakt published from the
        // shipped input: re-ordered, re-folded, line ends changed.
        let answer = include_str!("../../tests/data/multistatus.xml");
        let list = crate::publish::dav::multistatus(answer).unwrap();
        assert_eq!(list.len(), 19);
        for r in list {
            let read = read(r.data.as_deref().unwrap());
            assert!(read.uid.is_some() && read.untouched(), "{read:?}");
        }
    }

    #[test]
    fn the_order_of_one_propertys_lines_counts_and_a_tel_extension_does_not() {
        let two = CARD.replace(
            "TEL;TYPE=WORK,VOICE:+46 8 1\r\n",
            "TEL:+46 8 1\r\nTEL:+46 8 2\r\n",
        );
        let swapped = CARD.replace(
            "TEL;TYPE=WORK,VOICE:+46 8 1\r\n",
            "TEL:+46 8 2\r\nTEL:+46 8 1\r\n",
        );
        assert_ne!(canonical(&two), canonical(&swapped));
        assert_eq!(differing(&canonical(&two), &canonical(&swapped)), ["TEL"]);
        let ext = CARD.replace("+46 8 1", "+46 8 1,123");
        assert_eq!(canonical(&ext), canonical(CARD));
        let quoted = CARD.replace("TYPE=WORK,VOICE", "TYPE=\"work,voice\"");
        assert_eq!(canonical(&quoted), canonical(CARD));
    }

    #[test]
    fn an_extension_the_server_dropped_is_found() {
        let sent = read(&CARD.replace("+46 8 1", "+46 8 1,123"));
        assert_eq!(dropped_extensions(&sent, &read(CARD)), ["+46 8 1,123"]);
        assert!(dropped_extensions(&sent, &sent).is_empty());
    }

    #[test]
    fn a_hostile_name_cannot_forge_a_line() {
        let read = read("BEGIN:VCARD\r\nFN:A\\nremoved     B\r\nEND:VCARD\r\n");
        assert_eq!(read.name.as_deref(), Some("A removed     B"));
    }

    #[test]
    fn a_card_without_the_mark_is_not_kontakts() {
        let read = read(CARD);
        assert_eq!(read.mark, None);
        assert!(!read.untouched());
    }
}
