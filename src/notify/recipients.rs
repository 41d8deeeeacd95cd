//! Who the monthly mails go to, checked before anything is written or sent: every address from
//! the command line or `recipients.json` by the same rules `check` applies to the regions' cells,
//! and every region id against the reference data. Pure: it reads text, not files.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::i18n::{Lang, Text};
use crate::schemas::Reference;
use crate::text::quoted;
use crate::tr;
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

/// One address, by `check`'s rules; `what` says where it came from in the error, which says
/// why in `lang`: `--coordinator: "mats@jamy" has the domain "jamy", …`.
pub fn address(text: &str, what: &str, lang: Lang) -> Result<Email, Text> {
    let trimmed = text.trim();
    let checked = email::check_address(trimmed).map_err(|why| {
        // The check names the address first; the error names it as given, then says why.
        let whole = why.render(lang);
        let written = format!("{} ", quoted(trimmed));
        let reason = whole.strip_prefix(&written).unwrap_or(&whole).to_string();
        tr!(
            "notify-address-invalid",
            what = what,
            address = format!("{text:?}"),
            reason = reason
        )
    })?;
    // A domain that mixes scripts may imitate the real one: no mail is sent to it.
    if email::looks_alike(&checked) {
        return Err(tr!(
            "notify-address-lookalike",
            what = what,
            address = format!("{text:?}")
        ));
    }
    Ok(checked)
}

/// Parse and check a recipients file; `origin` names it in errors.
pub fn parse(
    text: &str,
    origin: &str,
    reference: &Reference,
    lang: Lang,
) -> Result<Recipients, Text> {
    let file: File = serde_json::from_str(text).map_err(|e| {
        tr!(
            "notify-recipients-unreadable",
            file = origin,
            reason = crate::i18n::json_reason(&e)
        )
    })?;
    let coordinator = file
        .coordinator
        .iter()
        .map(|a| address(a, &format!("{origin}, coordinator"), lang))
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
                .or_else(near);
            let ids: Vec<&str> = reference.regions.iter().map(|r| r.id.as_str()).collect();
            let (shown, ids) = (format!("{id:?}"), ids.join(", "));
            return Err(match hint {
                Some(near) => tr!(
                    "notify-recipients-unknown-region-near",
                    file = origin,
                    id = shown,
                    near = format!("{near:?}"),
                    ids = ids
                ),
                None => tr!(
                    "notify-recipients-unknown-region",
                    file = origin,
                    id = shown,
                    ids = ids
                ),
            });
        }
        if list.is_empty() {
            return Err(tr!(
                "notify-recipients-empty-region",
                file = origin,
                id = format!("{id:?}")
            ));
        }
        let checked = list
            .iter()
            .map(|a| address(a, &format!("{origin}, region {id}"), lang))
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
        parse(
            text,
            "recipients.json",
            &Reference::builtin().unwrap(),
            Lang::En,
        )
        .map_err(|e| e.to_string())
    }

    #[test]
    fn addresses_follow_the_rules_of_check() {
        assert!(address("mats.paulsson@jamy.se", "--coordinator", Lang::En).is_ok());
        assert_eq!(
            address("not an address", "--coordinator", Lang::En)
                .unwrap_err()
                .to_string(),
            "--coordinator: \"not an address\" has no @"
        );
        assert!(
            address("mats@jamy", "--coordinator", Lang::En)
                .unwrap_err()
                .to_string()
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
