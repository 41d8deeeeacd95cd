//! Across all files: every län belongs to exactly one region.

use std::collections::BTreeMap;

use crate::diagnostic::{Code, Finding};
use crate::schemas::Reference;
use crate::source::Location;

/// A region's claim on a län, where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub lan: usize,
    pub region: usize,
    pub at: Location,
}

/// Which region covers each län (`None`: nobody, or claimed twice), and the findings.
pub fn check(claims: &[Claim], reference: &Reference) -> (Vec<Option<usize>>, Vec<Finding>) {
    // The first place each region claims each län.
    let mut by_lan: BTreeMap<usize, BTreeMap<usize, &Location>> = BTreeMap::new();
    for claim in claims {
        let regions = by_lan.entry(claim.lan).or_default();
        let first = regions.entry(claim.region).or_insert(&claim.at);
        if claim.at < **first {
            *first = &claim.at;
        }
    }
    let mut owners = vec![None; reference.lan.len()];
    let mut findings = Vec::new();
    for (i, lan) in reference.lan.iter().enumerate() {
        let Some(regions) = by_lan.get(&i) else {
            findings.push(
                Finding::new(
                    Code::LanUncovered,
                    None,
                    format!("{} is covered by no region", lan.name),
                )
                .with_help(format!(
                    "add {} to the Län column of the region that covers it",
                    lan.short
                )),
            );
            continue;
        };
        if regions.len() == 1 {
            owners[i] = regions.keys().next().copied();
            continue;
        }
        // Sorted by place, so the report names the first claim and points at each later one.
        let mut places: Vec<(&Location, usize)> = regions.iter().map(|(&r, &at)| (at, r)).collect();
        places.sort();
        let (first_at, first_region) = places[0];
        for &(at, region) in &places[1..] {
            findings.push(
                Finding::at(
                    Code::LanClaimedTwice,
                    at,
                    format!(
                        "{} is claimed by {} here and by {} at {first_at}",
                        lan.name,
                        reference.regions[region].name,
                        reference.regions[first_region].name
                    ),
                )
                .with_help("every län belongs to exactly one region: remove it from one of them"),
            );
        }
    }
    (owners, findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;

    #[test]
    fn uncovered_and_twice_claimed_lan_are_reported() {
        let r = Reference::builtin().unwrap();
        let lan = |short: &str| r.lan(short).unwrap();
        let region = |name: &str| r.region(name).unwrap();
        let mut claims = Vec::new();
        for (i, l) in r.lan.iter().enumerate() {
            if l.short != "Gotland" {
                claims.push(Claim {
                    lan: i,
                    region: region("Syd"),
                    at: Location::file("syd.csv", FileKind::Text).at(2, 5),
                });
            }
        }
        claims.push(Claim {
            lan: lan("Halland"),
            region: region("Väst"),
            at: Location::file("vast.csv", FileKind::Text).at(3, 4),
        });
        let (owners, findings) = check(&claims, &r);
        let shown: Vec<String> = findings
            .iter()
            .map(|f| {
                format!(
                    "{} {} {}",
                    f.code.as_str(),
                    f.location
                        .as_ref()
                        .map(|l| l.to_string())
                        .unwrap_or_default(),
                    f.message
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                "lan-uncovered  Gotlands län is covered by no region",
                "lan-claimed-twice vast.csv:3:4 Hallands län is claimed by Väst here and by Syd at syd.csv:2:5",
            ]
        );
        assert_eq!(owners[lan("Halland")], None);
        assert_eq!(owners[lan("Skåne")], Some(region("Syd")));
    }
}
