//! Repeated findings grouped: when one value causes the same note or warning at many places (a
//! shared switchboard number given for 260,000 rows), the report says it once, with the count
//! and the first places. Errors are never grouped: each is a cell to fix.

use std::collections::HashMap;

use crate::diagnostic::{Code, Finding, Severity};
use crate::i18n::Text;
use crate::source::Location;

/// A finding and the other places that say exactly the same (code, message, help).
#[derive(Debug)]
pub struct Group<'a> {
    pub finding: &'a Finding,
    /// The other places, in report order; empty for a finding said once.
    pub also: Vec<&'a Location>,
}

impl Group<'_> {
    /// How many findings the group stands for.
    pub fn count(&self) -> usize {
        1 + self.also.len()
    }
}

/// How many of a group's other places a report names before "and N more".
pub const SHOWN_PLACES: usize = 3;

pub use crate::diagnostic::GROUP_FROM;

/// `findings` (in report order) grouped, each group where its first finding was. With
/// `deny_warnings` a warning fails the run as an error does, so warnings are not grouped either.
pub fn group<'a>(findings: &[&'a Finding], deny_warnings: bool) -> Vec<Group<'a>> {
    type Key<'k> = (Code, &'k Text, Option<&'k Text>);
    let fails = |s: Severity| s == Severity::Error || (deny_warnings && s == Severity::Warning);
    let key = |f: &'a Finding| -> Option<Key<'a>> {
        (!fails(f.severity) && f.location.is_some()).then_some((
            f.code,
            &f.message,
            f.help.as_ref(),
        ))
    };
    let mut counts: HashMap<Key<'a>, usize> = HashMap::new();
    for &f in findings {
        if let Some(k) = key(f) {
            *counts.entry(k).or_default() += f.count();
        }
    }
    let mut groups: Vec<Group<'a>> = Vec::with_capacity(findings.len());
    let mut index: HashMap<Key<'a>, usize> = HashMap::new();
    for &f in findings {
        if let Some(key) = key(f).filter(|k| counts[k] >= GROUP_FROM) {
            if let Some(&i) = index.get(&key) {
                groups[i].also.extend(f.location.iter().chain(&f.also));
                continue;
            }
            index.insert(key, groups.len());
        }
        groups.push(Group {
            finding: f,
            also: f.also.iter().collect(),
        });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;
    use crate::tr;

    fn at(row: u32) -> Location {
        Location::file("in/syd.csv", FileKind::Text).at(row, 3)
    }

    #[test]
    fn the_same_note_is_said_once_and_errors_never_merge() {
        let shared = |row| {
            Finding::at(
                Code::PhoneShared,
                &at(row),
                tr!(
                    "contact-phone-shared",
                    number = "020-39 00 00",
                    first_at = &at(2)
                ),
            )
        };
        let invalid = |row| {
            Finding::at(
                Code::PhoneInvalid,
                &at(row),
                tr!("phone-invalid", value = "\"1\""),
            )
        };
        let findings = [
            shared(3),
            invalid(4),
            shared(5),
            invalid(6),
            shared(7),
            shared(8),
            shared(9),
            invalid(10),
        ];
        let refs: Vec<&Finding> = findings.iter().collect();
        let groups = group(&refs, false);
        assert_eq!(
            groups.iter().map(Group::count).collect::<Vec<_>>(),
            [5, 1, 1, 1]
        );
        assert_eq!(groups[0].also, [&at(5), &at(7), &at(8), &at(9)]);
        assert_eq!(groups[1].finding.location, Some(at(4)));
        assert_eq!(groups[3].finding.location, Some(at(10)));
        // Said at fewer places, each is listed.
        let few: Vec<&Finding> = refs[..5].to_vec();
        assert!(group(&few, false).iter().all(|g| g.count() == 1));
    }
}
