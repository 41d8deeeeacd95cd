//! Who the monthly mails go to, checked before anything is written or sent: every address from
//! the command line or `recipients.json` by the same rules `check` applies to the regions' cells,
//! and every region id against the reference data. Pure: it reads text, not files.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::schemas::Reference;
use crate::validate::email::{self, Email};

/// `schemas/recipients.json`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
    #[serde(default)]
    coordinator: Vec<String>,
    #[serde(default)]
    regions: BTreeMap<String, Vec<String>>,
}

/// The recipients file, checked.
#[derive(Debug, Default)]
pub struct Recipients {
    pub coordinator: Vec<Email>,
    /// Region id → addresses (never empty).
    pub regions: BTreeMap<String, Vec<Email>>,
}

/// One address, by `check`'s rules; `what` says where it came from in the error.
pub fn address(text: &str, what: &str) -> Result<Email, String> {
    email::check(text.trim()).map_err(|why| format!("{what}: {text:?} {why}"))
}

/// Parse and check a recipients file; `origin` names it in errors.
pub fn parse(text: &str, origin: &str, reference: &Reference) -> Result<Recipients, String> {
    let file: File = serde_json::from_str(text).map_err(|e| format!("{origin}: {e}"))?;
    let coordinator = file
        .coordinator
        .iter()
        .map(|a| address(a, &format!("{origin}, coordinator")))
        .collect::<Result<Vec<_>, _>>()?;
    let mut regions = BTreeMap::new();
    for (id, list) in &file.regions {
        if !reference.regions.iter().any(|r| &r.id == id) {
            let near = || {
                reference
                    .regions
                    .iter()
                    .map(|r| (strsim::osa_distance(&id.to_lowercase(), &r.id), r))
                    .filter(|(d, _)| *d <= 2)
                    .min_by_key(|(d, _)| *d)
                    .map(|(_, r)| r.id.as_str())
            };
            let hint = reference
                .region(id)
                .map(|i| reference.regions[i].id.as_str())
                .or_else(near)
                .map(|id| format!(" (did you mean {id:?}?)"))
                .unwrap_or_default();
            let ids: Vec<&str> = reference.regions.iter().map(|r| r.id.as_str()).collect();
            return Err(format!(
                "{origin}: {id:?} is not a region id{hint}; the ids are {}",
                ids.join(", ")
            ));
        }
        if list.is_empty() {
            return Err(format!(
                "{origin}: region {id:?} lists no address; remove it to write to the region's own contacts"
            ));
        }
        let checked = list
            .iter()
            .map(|a| address(a, &format!("{origin}, region {id}")))
            .collect::<Result<Vec<_>, _>>()?;
        regions.insert(id.clone(), checked);
    }
    Ok(Recipients {
        coordinator,
        regions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<Recipients, String> {
        parse(text, "recipients.json", &Reference::builtin().unwrap())
    }

    #[test]
    fn addresses_follow_the_rules_of_check() {
        assert!(address("mats.paulsson@jamy.se", "--coordinator").is_ok());
        assert_eq!(
            address("not an address", "--coordinator").unwrap_err(),
            "--coordinator: \"not an address\" has no @"
        );
        assert!(
            address("mats@jamy", "--coordinator")
                .unwrap_err()
                .contains("needs at least two parts")
        );
    }

    #[test]
    fn a_recipients_file_is_checked_whole() {
        let ok = parsed(r#"{"coordinator": ["a@b.se"], "regions": {"vast": ["c@d.se"]}}"#).unwrap();
        assert_eq!(ok.regions["vast"][0].address(), "c@d.se");
        assert!(
            parsed(r#"{"regions": {"väst": ["c@d.se"]}}"#)
                .unwrap_err()
                .contains("(did you mean \"vast\"?)")
        );
        assert!(
            parsed(r#"{"regions": {"vastt": ["c@d.se"]}}"#)
                .unwrap_err()
                .contains("(did you mean \"vast\"?)")
        );
        assert!(
            parsed(r#"{"regions": {"vast": []}}"#)
                .unwrap_err()
                .contains("lists no address")
        );
        assert!(
            parsed(r#"{"regions": {"vast": ["c@d"]}}"#)
                .unwrap_err()
                .starts_with("recipients.json, region vast: \"c@d\"")
        );
        assert!(
            parsed(r#"{"coordinator": "a@b.se"}"#)
                .unwrap_err()
                .starts_with("recipients.json: ")
        );
    }
}
