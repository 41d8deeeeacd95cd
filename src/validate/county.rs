//! Län in a cell: names, `…s län`, aliases, letter codes and SCB numbers, in lists.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Code, Finding};
use crate::ingest::Value;
use crate::schemas::Reference;
use crate::source::Location;
use crate::tr;

static LIST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*(?:[,;/\n]|\boch\b|&)\s*").expect("valid regex"));

/// Reads län cells, remembering each distinct text: a region's län list repeats on every row.
pub struct Counties<'r> {
    reference: &'r Reference,
    memo: HashMap<String, (Vec<usize>, Vec<Finding>)>,
}

impl<'r> Counties<'r> {
    pub fn new(reference: &'r Reference) -> Self {
        Counties {
            reference,
            memo: HashMap::default(),
        }
    }

    /// The län a cell names (indexes into `reference.lan`), with a finding per unknown name.
    pub fn parse_value(&mut self, value: &Value, at: &Location) -> (Vec<usize>, Vec<Finding>) {
        let text = match value {
            // An SCB number typed into a Number cell: `8` or `8.0` is län 08.
            Value::Number(n) => std::borrow::Cow::Owned(crate::ingest::number_text(*n)),
            other => other.as_text(),
        };
        let placed = |(found, findings): &(Vec<usize>, Vec<Finding>)| {
            let findings = findings
                .iter()
                .map(|f| Finding {
                    location: Some(at.clone()),
                    ..f.clone()
                })
                .collect();
            (found.clone(), findings)
        };
        // Looked up by the cell's text, which is copied only when it is new.
        if let Some(known) = self.memo.get(text.as_ref()) {
            return placed(known);
        }
        let parsed = parse_text(&text, self.reference);
        let answer = placed(&parsed);
        self.memo.insert(text.into_owned(), parsed);
        answer
    }
}

/// The names of a län list: split at `,`, `;`, `/`, line breaks, `och` and `&`.
pub fn names(text: &str) -> impl Iterator<Item = &str> {
    LIST.split(text).map(str::trim).filter(|t| !t.is_empty())
}

/// The län a text names, with findings that have no place yet.
pub fn parse_text(text: &str, reference: &Reference) -> (Vec<usize>, Vec<Finding>) {
    let mut found = Vec::new();
    let mut findings = Vec::new();
    for token in names(text) {
        match reference.lan(token) {
            Some(i) if !found.contains(&i) => found.push(i),
            Some(_) => {}
            None => {
                let finding = Finding::new(
                    Code::LanUnknown,
                    None,
                    tr!("lan-unknown", name = format!("{token:?}")),
                );
                findings.push(match reference.nearest_lan(token) {
                    Some(lan) => {
                        finding.with_help(tr!("lan-unknown-help-nearest", lan = &lan.short))
                    }
                    None => finding.with_help(tr!("lan-unknown-help")),
                });
            }
        }
    }
    (found, findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;

    fn names(text: &str) -> (Vec<String>, Vec<String>) {
        let r = Reference::builtin().unwrap();
        let at = Location::file("t.csv", FileKind::Text).at(1, 1);
        let (found, findings) = Counties::new(&r).parse_value(&Value::Text(text.into()), &at);
        (
            found.into_iter().map(|i| r.lan[i].short.clone()).collect(),
            findings
                .into_iter()
                .map(|f| f.help.map(|h| h.to_string()).unwrap_or_default())
                .collect(),
        )
    }

    #[test]
    fn lists_with_commas_och_slashes_and_newlines() {
        assert_eq!(
            names("Dalarna, Värmland och Örebro").0,
            ["Dalarna", "Värmland", "Örebro"]
        );
        assert_eq!(
            names("Stockholms län / Gotlands län").0,
            ["Stockholm", "Gotland"]
        );
        assert_eq!(
            names("AB; I\n14").0,
            ["Stockholm", "Gotland", "Västra Götaland"]
        );
    }

    #[test]
    fn unknown_names_get_the_nearest_suggestion_never_a_substring_match() {
        assert_eq!(
            names("Västra Götland, Halland"),
            (
                vec!["Halland".into()],
                vec!["did you mean Västra Götaland?".into()]
            )
        );
    }

    #[test]
    fn a_numeric_cell_is_an_scb_number() {
        let r = Reference::builtin().unwrap();
        let at = Location::file("t.xlsx", FileKind::Sheet)
            .in_sheet("S")
            .at(1, 1);
        let (found, _) = Counties::new(&r).parse_value(&Value::Number(8.0), &at);
        assert_eq!(r.lan[found[0]].scb, "08");
    }
}
