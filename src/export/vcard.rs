//! vCards for phones' address books: `vcard/<region>.vcf` per region (the national level too),
//! `vcard/all.vcf`, and `vcard/outlook/<contact>.vcf`, one card per file for classic Outlook.
//!
//! vCard 3.0 (RFC 2426) by default: Android's importer reads only 2.1 and 3.0, and iOS garbles
//! å/ä/ö in 4.0 files; `--vcard-version 4.0` writes RFC 6350 cards. Every line ends in CRLF and
//! is folded at 75 octets, never inside a UTF-8 sequence; text is NFC and escaped (backslash,
//! comma, semicolon, newline), component by component in N and ORG.

use std::io::{self, Write};

use crate::output::Planned;
use std::collections::BTreeMap;

use clap::ValueEnum;
use unicode_normalization::UnicodeNormalization;

use super::Export;
use super::cards::{Card, file_name, hashed_name};
use crate::model::Kind;

/// `--vcard-version`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Version {
    /// vCard 3.0 (RFC 2426): what Android, iOS and Outlook import.
    #[value(name = "3.0")]
    #[default]
    V3,
    /// vCard 4.0 (RFC 6350).
    #[value(name = "4.0")]
    V4,
}

const MAX_OCTETS: usize = 75;

/// Escape a text value (RFC 6350 3.4, RFC 2426 4): backslash, comma, semicolon, newline.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let nfc: std::borrow::Cow<str> = match crate::text::is_nfc(text) {
        true => text.into(),
        false => text.nfc().collect::<String>().into(),
    };
    for c in nfc.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A structured value (N, ORG): each component escaped, joined by `;`.
fn components(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| escape(p))
        .collect::<Vec<_>>()
        .join(";")
}

/// Append one content line, folded at 75 octets without splitting a UTF-8 sequence.
pub fn push_line(out: &mut Vec<u8>, line: &str) {
    if line.len() <= MAX_OCTETS {
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
        return;
    }
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > MAX_OCTETS {
            out.extend_from_slice(b"\r\n ");
            width = 1;
        }
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        width += len;
    }
    out.extend_from_slice(b"\r\n");
}

#[derive(Clone, Copy)]
struct Style {
    version: Version,
    /// Outlook misreads UTF-8 without `CHARSET=UTF-8` on text properties.
    outlook: bool,
}

impl Style {
    /// `NAME` with `;CHARSET=UTF-8` for Outlook.
    fn text(&self, name: &str) -> String {
        if self.outlook {
            format!("{name};CHARSET=UTF-8")
        } else {
            name.to_string()
        }
    }
}

fn card(out: &mut Vec<u8>, card: &Card<'_>, export: &Export<'_>, style: &Style) {
    let c = card.contact;
    let mut line = |s: String| push_line(out, &s);
    line("BEGIN:VCARD".into());
    line(match style.version {
        Version::V3 => "VERSION:3.0".into(),
        Version::V4 => "VERSION:4.0".into(),
    });
    line(format!(
        "PRODID:-//kontakt//kontakt {}//SV",
        env!("CARGO_PKG_VERSION")
    ));
    line(format!("UID:urn:uuid:{}", card.uid));
    if style.version == Version::V4 {
        line(format!(
            "KIND:{}",
            if card.is_function() {
                "org"
            } else {
                "individual"
            }
        ));
    } else if card.is_function() {
        // Apple's address book shows such a card as a company.
        line("X-ABSHOWAS:COMPANY".into());
    }
    line(format!("{}:{}", style.text("FN"), escape(&c.name)));
    line(format!(
        "{}:{}",
        style.text("N"),
        components(&[&card.family, &card.given, "", "", ""])
    ));
    let org = c
        .organisation
        .as_deref()
        .or(card.is_function().then_some(c.name.as_str()));
    if let Some(org) = org {
        line(format!("{}:{}", style.text("ORG"), components(&[org])));
    }
    if let Some(role) = &c.role {
        line(format!("{}:{}", style.text("TITLE"), escape(role)));
    }
    for p in &c.phones {
        // A number whose plan does not tell a mobile from a fixed line says only VOICE.
        let (v3, v4) = match p.phone.kind {
            Kind::Mobile => ("CELL", "cell"),
            // The plan cannot tell; the region's Mobil column can.
            Kind::FixedLineOrMobile if p.mobile_column => ("CELL", "cell"),
            Kind::FixedLineOrMobile => ("VOICE", "voice"),
            _ => ("WORK,VOICE", "\"work,voice\""),
        };
        // An extension is dialled after a pause (`,`, as phones dial it when the call is
        // answered); a tel URI has its own parameter for it (RFC 3966).
        line(match (style.version, &p.phone.extension) {
            (Version::V3, None) => format!("TEL;TYPE={v3}:{}", p.phone.international()),
            (Version::V3, Some(ext)) => {
                format!("TEL;TYPE={v3}:{},{ext}", p.phone.international())
            }
            (Version::V4, ext) => format!(
                "TEL;VALUE=uri;TYPE={v4}:tel:{}{}",
                p.phone.international().replace(' ', "-"),
                ext.as_ref()
                    .map_or_else(String::new, |e| format!(";ext={e}"))
            ),
        });
    }
    for e in &c.emails {
        line(match style.version {
            Version::V3 => format!("EMAIL;TYPE=INTERNET,WORK:{}", e.email.address()),
            Version::V4 => format!("EMAIL;TYPE=work:{}", e.email.address()),
        });
    }
    line(format!(
        "{}:{}",
        style.text("CATEGORIES"),
        escape(&card.region.name)
    ));
    let mut note = if card.region.national {
        format!("{}: nationell nivå", card.region.name)
    } else {
        let lan: Vec<&str> = card.lan.iter().map(|l| l.name.as_str()).collect();
        format!("Region {}: {}", card.region.name, lan.join(", "))
    };
    // Also in words, for a phone that shows the pause oddly.
    for p in &c.phones {
        if let Some(ext) = &p.phone.extension {
            note.push_str(&format!("\n{} ankn. {ext}", p.phone.international()));
        }
    }
    line(format!("{}:{}", style.text("NOTE"), escape(&note)));
    if let Some(date) = export.as_of {
        line(format!("REV:{date}"));
    }
    line("END:VCARD".into());
}

/// The vCard files, each with what writes it: one a region with contacts, `all.vcf`, and with
/// `outlook_cards` one a contact in `vcard/outlook/`.
pub fn plan<'e>(export: &'e Export<'e>, version: Version, outlook_cards: bool) -> Vec<Planned<'e>> {
    let style = Style {
        version,
        outlook: false,
    };
    let mut files = Vec::new();
    for (r, region) in export.reference.regions.iter().enumerate() {
        if export.cards.iter().any(|c| c.contact.region == r) {
            files.push(Planned::new(
                format!("vcard/{}", file_name(&region.id, "vcf")),
                Box::new(move |out| write_cards(out, export, &style, |c| c.contact.region == r)),
            ));
        }
    }
    // The regions' files one after another, as `all.vcf` always was: written as a copy of them,
    // unless two regions' ids make one file name (then the later file replaces the earlier, and
    // `all.vcf` is rendered whole).
    let regions = export.reference.regions.len();
    let all: crate::output::Render<'e> = Box::new(move |out| {
        for r in 0..regions {
            write_cards(out, export, &style, |c| c.contact.region == r)?;
        }
        Ok(())
    });
    let parts: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
    let distinct = parts
        .iter()
        .collect::<std::collections::BTreeSet<_>>()
        .len()
        == parts.len();
    files.push(match distinct {
        true => Planned::joined("vcard/all.vcf", parts, all),
        false => Planned::new("vcard/all.vcf", all),
    });
    if !outlook_cards {
        return files;
    }
    let outlook = Style {
        version: Version::V3,
        outlook: true,
    };
    // Two ids may map to one file name (`a+b@x.se`, `a-b@x.se`): those take a hash of the id,
    // so no card overwrites another.
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    for c in &export.cards {
        *taken.entry(c.file_name("vcf")).or_default() += 1;
    }
    for c in &export.cards {
        let name = match c.file_name("vcf") {
            name if taken[&name] > 1 => hashed_name(&c.id, "vcf"),
            name => name,
        };
        files.push(Planned::new(
            format!("vcard/outlook/{name}"),
            Box::new(move |out| {
                let mut file = Vec::new();
                card(&mut file, c, export, &outlook);
                out.write_all(&file)
            }),
        ));
    }
    files
}

/// One contact's card as `vcard/<region>.vcf` holds it in vCard 3.0 (what a phone's camera
/// adds from a QR code).
pub fn card_v3(c: &Card<'_>, export: &Export<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    let style = Style {
        version: Version::V3,
        outlook: false,
    };
    card(&mut out, c, export, &style);
    out
}

/// The cards `keep` chooses, in order, each rendered into one reused buffer and written.
fn write_cards(
    out: &mut dyn Write,
    export: &Export<'_>,
    style: &Style,
    keep: impl Fn(&Card<'_>) -> bool,
) -> io::Result<()> {
    let mut buffer = Vec::new();
    for c in export.cards.iter().filter(|c| keep(c)) {
        buffer.clear();
        card(&mut buffer, c, export, style);
        out.write_all(&buffer)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_backslash_comma_semicolon_and_newline() {
        assert_eq!(escape("a\\b,c;d\ne"), "a\\\\b\\,c\\;d\\ne");
        assert_eq!(
            components(&["Matta; Salinas", "Mi,kaella", "", "", ""]),
            "Matta\\; Salinas;Mi\\,kaella;;;"
        );
    }

    #[test]
    fn folding_keeps_lines_within_75_octets_and_utf8_whole() {
        let mut out = Vec::new();
        let long = format!("NOTE:{}", "åäö".repeat(40));
        push_line(&mut out, &long);
        let text = String::from_utf8(out.clone()).expect("folding never splits a UTF-8 sequence");
        for line in text.split_terminator("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(text.replace("\r\n ", ""), format!("{long}\r\n"));
    }
}
