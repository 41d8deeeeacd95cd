//! The directory as exporters see it: each contact with its stable id, UID, given and family
//! name, in the documented order (region as in `schemas/regions.json`, then family name, given
//! name, id).

use uuid::Uuid;

use crate::model::{Contact, ContactKind, Directory};
use crate::schemas::{Lan, Reference, Region};
use crate::text::ascii_fold;

/// The namespace of kontakt's UIDs: UUIDv5 of the DNS name `kontakt.jamy.se`, fixed forever.
fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_DNS, b"kontakt.jamy.se")
}

/// One contact ready to export.
#[derive(Debug, Clone)]
pub struct Card<'a> {
    /// Stable across months: the contact's first e-mail address, normalised; for a contact
    /// without one (the support line), `region/name`.
    pub id: String,
    /// UUIDv5 of `id`.
    pub uid: Uuid,
    pub contact: &'a Contact,
    pub given: String,
    pub family: String,
    pub region: &'a Region,
    /// The län the contact's region covers.
    pub lan: Vec<&'a Lan>,
}

impl Card<'_> {
    pub fn is_function(&self) -> bool {
        self.contact.kind == ContactKind::Function
    }

    /// The contact's file name with `ext`, within the limits of `file_name`.
    pub fn file_name(&self, ext: &str) -> String {
        file_name(&self.id, ext)
    }
}

/// Any text as a file name part that stays inside its folder: ASCII letters, digits, `.`, `-`
/// and `_` only, lower-cased; `../x` becomes `x`.
pub fn safe_name(text: &str) -> String {
    let mapped: String = ascii_fold(text)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let trimmed = mapped.trim_matches(|c| c == '.' || c == '-');
    if trimmed.is_empty() {
        "_".to_string()
    } else {
        trimmed.to_string()
    }
}

/// The longest file name kontakt writes, in bytes: well inside every common file system's
/// limit (255 on ext4, NTFS and APFS), with room for the folder in a Windows path.
pub const MAX_FILE_NAME: usize = 100;

/// Names Windows reserves for devices, with or without an extension (`con.vcf` is `CON`).
const RESERVED: [&str; 4] = ["con", "prn", "aux", "nul"];

fn reserved(stem: &str) -> bool {
    let base = stem.split('.').next().unwrap_or(stem);
    RESERVED.contains(&base)
        || (base.len() == 4
            && (base.starts_with("com") || base.starts_with("lpt"))
            && base.as_bytes()[3].is_ascii_digit())
}

/// `text` as a file name ending in `.ext` that every common file system accepts: `safe_name`,
/// at most `MAX_FILE_NAME` bytes (a longer name is cut and ends in a hash of the whole text,
/// so two long names stay apart), no reserved Windows name, no trailing dot or space.
pub fn file_name(text: &str, ext: &str) -> String {
    let stem = safe_name(text);
    let budget = MAX_FILE_NAME - ext.len() - 1;
    if stem.len() > budget {
        hashed_name(text, ext)
    } else if reserved(&stem) {
        // `con.x` → `con_.x`: Windows reserves the device name before any extension.
        match stem.split_once('.') {
            Some((base, rest)) => format!("{base}_.{rest}.{ext}"),
            None => format!("{stem}_.{ext}"),
        }
    } else {
        format!("{stem}.{ext}")
    }
}

/// `file_name`, always with a hash of `text`: for names that would otherwise collide.
pub fn hashed_name(text: &str, ext: &str) -> String {
    let hash = crate::hash::short_hex(text.as_bytes(), 12);
    let budget = MAX_FILE_NAME - ext.len() - 1 - hash.len() - 1;
    let mut stem = safe_name(text);
    stem.truncate(budget);
    let stem = stem.trim_end_matches(['.', '-']);
    format!("{stem}-{hash}.{ext}")
}

pub fn cards<'a>(directory: &'a Directory, reference: &'a Reference) -> Vec<Card<'a>> {
    // Each contact's card on every core, a slice of contacts each (a UUID, a name split, the
    // län of its region: a microsecond a contact, a tenth of a second for 100,000).
    let chunks: Vec<&[Contact]> = directory.contacts.chunks(4096).collect();
    let card = |contact: &'a Contact| {
        let region = &reference.regions[contact.region];
        let id = match contact.emails.first() {
            Some(e) => e.email.key(),
            None => format!("{}/{}", region.id, safe_name(&contact.name)),
        };
        let (given, family) = split_name(contact);
        let lan = reference
            .lan
            .iter()
            .enumerate()
            .filter(|(i, _)| directory.lan_owner.get(*i).copied().flatten() == Some(contact.region))
            .map(|(_, l)| l)
            .collect();
        Card {
            uid: Uuid::new_v5(&namespace(), id.as_bytes()),
            id,
            contact,
            given,
            family,
            region,
            lan,
        }
    };
    let mut cards: Vec<Card<'a>> =
        crate::parallel::map(&chunks, |chunk| chunk.iter().map(card).collect::<Vec<_>>())
            .into_iter()
            .flatten()
            .collect();
    // Swedish order (Åberg after Zetterberg) whatever the language of the run; the id breaks
    // ties, so the order is total and the same every time.
    cards.sort_by(|a, b| {
        a.contact
            .region
            .cmp(&b.contact.region)
            .then_with(|| crate::collate::swedish(&a.family, &b.family))
            .then_with(|| crate::collate::swedish(&a.given, &b.given))
            .then_with(|| a.id.cmp(&b.id))
    });
    cards
}

/// Given and family name: from Förnamn/Efternamn when the file had them; else the name split so
/// that the family name is the trailing words the e-mail's last part spells
/// (`mikaella.matta-salinas@…` → `Matta Salinas`, `johanna.mirandaskold@…` → `Miranda Sköld`),
/// or the last word.
pub fn split_name(contact: &Contact) -> (String, String) {
    if contact.kind == ContactKind::Function {
        return (String::new(), String::new());
    }
    if contact.given_name.is_some() || contact.family_name.is_some() {
        return (
            contact.given_name.clone().unwrap_or_default(),
            contact.family_name.clone().unwrap_or_default(),
        );
    }
    // `Norlin, Eva`: family name first, as registers write it.
    if let Some((family, given)) = contact.name.split_once(',')
        && !family.trim().is_empty()
        && !given.trim().is_empty()
        && !given.contains(',')
    {
        return (given.trim().to_string(), family.trim().to_string());
    }
    // Words without a letter (an emoji, a dash) are part of no name.
    let words: Vec<&str> = contact
        .name
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < 2 {
        return (String::new(), words.join(" "));
    }
    let key = |s: &str| -> String {
        ascii_fold(&s.to_lowercase())
            .chars()
            .filter(char::is_ascii_alphabetic)
            .collect()
    };
    let from_email = contact
        .emails
        .first()
        .map(|e| key(e.email.local.rsplit('.').next().unwrap_or_default()));
    let k = from_email
        .and_then(|wanted| {
            (1..words.len())
                .rev()
                .find(|&k| key(&words[words.len() - k..].concat()) == wanted)
        })
        .unwrap_or(1);
    (
        words[..words.len() - k].join(" "),
        words[words.len() - k..].join(" "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EmailEntry;
    use crate::source::{FileKind, Location};
    use crate::validate::email::check_address as check;

    fn contact(name: &str, email: &str) -> Contact {
        Contact {
            region: 0,
            kind: ContactKind::Person,
            name: name.into(),
            given_name: None,
            family_name: None,
            role: None,
            organisation: None,
            emails: vec![EmailEntry {
                email: check(email).unwrap(),
                at: Location::file("x", FileKind::Text),
            }],
            phones: vec![],
            lan: vec![],
            source: Location::file("x", FileKind::Text),
        }
    }

    #[test]
    fn the_e_mail_settles_double_surnames() {
        let split = |n: &str, e: &str| split_name(&contact(n, e));
        assert_eq!(
            split(
                "Mikaella Matta Salinas",
                "mikaella.matta-salinas@uppsala.se"
            ),
            ("Mikaella".into(), "Matta Salinas".into())
        );
        assert_eq!(
            split("Johanna Miranda Sköld", "johanna.mirandaskold@malmo.se"),
            ("Johanna".into(), "Miranda Sköld".into())
        );
        assert_eq!(
            split("Lena Pettersson", "lena.pettersson2@jonkoping.se"),
            ("Lena".into(), "Pettersson".into())
        );
        assert_eq!(
            split("Åsa Ekman", "asa.ekman@socialcentrum.goteborg.se"),
            ("Åsa".into(), "Ekman".into())
        );
        assert_eq!(
            split("Anna Maria Berg", "amb@x.se"),
            ("Anna Maria".into(), "Berg".into())
        );
        assert_eq!(
            split("Norlin, Eva", "eva.norlin@umea.se"),
            ("Eva".into(), "Norlin".into())
        );
        assert_eq!(
            split("Eva Norlin 😀", "eva.norlin@umea.se"),
            ("Eva".into(), "Norlin".into())
        );
    }

    #[test]
    fn file_names_from_data_stay_inside_their_folder() {
        assert_eq!(safe_name("../x"), "x");
        assert_eq!(safe_name("eva.norlin@umea.se"), "eva.norlin-umea.se");
        assert_eq!(safe_name("nationell/Stödtelefon"), "nationell-stodtelefon");
        assert_eq!(safe_name(".."), "_");
    }

    #[test]
    fn file_names_fit_every_common_file_system() {
        // A valid 254-octet address: 64 octets before the @, 189 after.
        let long = format!(
            "{}@{}.{}.{}.se",
            "a".repeat(64),
            "b".repeat(63),
            "c".repeat(63),
            "d".repeat(58)
        );
        assert_eq!(long.len(), 254);
        let name = file_name(&long, "vcf");
        assert!(name.len() <= MAX_FILE_NAME, "{} bytes", name.len());
        assert!(name.ends_with(".vcf") && name.starts_with("aaaa"), "{name}");
        // Cut names stay apart: the hash is of the whole text.
        let other = long.replacen("d@", "e@", 1).replace("ddd.se", "dde.se");
        assert_ne!(file_name(&other, "vcf"), name);
        for device in ["con", "CON", "nul", "aux", "prn", "com1", "LPT9", "con.x"] {
            let name = file_name(device, "vcf");
            let base = device.split('.').next().unwrap().to_lowercase();
            assert!(name.starts_with(&format!("{base}_")), "{name}");
            assert!(!reserved(name.split('.').next().unwrap()), "{name}");
        }
        assert_eq!(file_name("console", "vcf"), "console.vcf");
        assert_eq!(file_name("com10", "vcf"), "com10.vcf");
        assert_eq!(file_name("eva. ", "vcf"), "eva.vcf");
        assert!(hashed_name("a+b@x.se", "vcf") != hashed_name("a-b@x.se", "vcf"));
    }
}
