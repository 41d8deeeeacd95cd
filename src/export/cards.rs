//! The directory as exporters see it: each contact with its stable id, UID, given and family
//! name, in the documented order (region as in `schemas/regions.json`, then family name, given
//! name, id).

use uuid::Uuid;

use crate::model::{Contact, ContactKind, Directory};
use crate::schemas::{Lan, Reference, Region};
use crate::text::{ascii_fold, fold};

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

    /// A file-name-safe form of the id: ASCII letters, digits, `.`, `-`, `_` only.
    pub fn file_stem(&self) -> String {
        safe_name(&self.id)
    }
}

/// Any text as a file name that stays inside its folder: `../x` becomes `x`.
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

pub fn cards<'a>(directory: &'a Directory, reference: &'a Reference) -> Vec<Card<'a>> {
    let mut cards: Vec<Card<'a>> = directory
        .contacts
        .iter()
        .map(|contact| {
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
                .filter(|(i, _)| {
                    directory.lan_owner.get(*i).copied().flatten() == Some(contact.region)
                })
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
        })
        .collect();
    cards.sort_by_cached_key(|c| {
        (
            c.contact.region,
            fold(&c.family),
            fold(&c.given),
            c.id.clone(),
        )
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
    let words: Vec<&str> = contact.name.split_whitespace().collect();
    if words.len() < 2 {
        return (String::new(), contact.name.clone());
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
    use crate::validate::email::check;

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
    }

    #[test]
    fn file_names_from_data_stay_inside_their_folder() {
        assert_eq!(safe_name("../x"), "x");
        assert_eq!(safe_name("eva.norlin@umea.se"), "eva.norlin-umea.se");
        assert_eq!(safe_name("nationell/Stödtelefon"), "nationell-stodtelefon");
        assert_eq!(safe_name(".."), "_");
    }
}
