//! Across all files: every län belongs to exactly one region.

use std::collections::BTreeMap;

use crate::diagnostic::{Code, Finding};
use crate::schemas::Reference;
use crate::source::Location;
use crate::tr;

/// A region's claim on a län, where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub lan: usize,
    pub region: usize,
    pub at: Location,
}

/// Which region covers each län (`None`: nobody, or claimed twice), the regions that claim
/// each län (in the order of `schemas/regions.json`), and the findings.
pub fn check(
    claims: &[Claim],
    reference: &Reference,
) -> (Vec<Option<usize>>, Vec<Vec<usize>>, Vec<Finding>) {
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
    let claimed_by = (0..reference.lan.len())
        .map(|i| {
            by_lan
                .get(&i)
                .map_or_else(Vec::new, |r| r.keys().copied().collect())
        })
        .collect();
    let mut findings = Vec::new();
    for (i, lan) in reference.lan.iter().enumerate() {
        let Some(regions) = by_lan.get(&i) else {
            findings.push(
                Finding::new(
                    Code::LanUncovered,
                    None,
                    tr!("contact-lan-cover-uncovered", lan = &lan.name),
                )
                .with_help(tr!("contact-lan-cover-uncovered-help", lan = &lan.short)),
            );
            continue;
        };
        if regions.len() == 1 {
            owners[i] = regions.keys().next().copied();
            continue;
        }
        // Each claim is reported where it stands, naming the others, so that a pull request
        // changing either file shows the error on its own line.
        let mut places: Vec<(&Location, usize)> = regions.iter().map(|(&r, &at)| (at, r)).collect();
        places.sort();
        for &(at, region) in &places {
            let others: Vec<&(&Location, usize)> =
                places.iter().filter(|(_, r)| *r != region).collect();
            let message = match others.as_slice() {
                [(other_at, other)] => tr!(
                    "contact-lan-cover-claimed-twice",
                    lan = &lan.name,
                    region = &reference.regions[region].name,
                    other_region = &reference.regions[*other].name,
                    other_at = *other_at
                ),
                // Three regions or more: the others as a list, `Väst (vast.csv:3:4), Nord (…)`.
                _ => tr!(
                    "contact-lan-cover-claimed-by-several",
                    lan = &lan.name,
                    region = &reference.regions[region].name,
                    n = others.len(),
                    others = others
                        .iter()
                        .map(|(other_at, r)| tr!(
                            "contact-lan-region-at",
                            region = &reference.regions[*r].name,
                            at = *other_at
                        ))
                        .collect::<Vec<_>>()
                ),
            };
            findings.push(
                Finding::at(Code::LanClaimedTwice, at, message)
                    .with_help(tr!("contact-lan-cover-claimed-twice-help")),
            );
        }
    }
    (owners, claimed_by, findings)
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
        let (owners, claimed_by, findings) = check(&claims, &r);
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
                "lan-claimed-twice syd.csv:2:5 Hallands län is claimed by Syd here and by Väst at vast.csv:3:4",
                "lan-claimed-twice vast.csv:3:4 Hallands län is claimed by Väst here and by Syd at syd.csv:2:5",
            ]
        );
        assert_eq!(owners[lan("Halland")], None);
        assert_eq!(owners[lan("Skåne")], Some(region("Syd")));
        assert_eq!(claimed_by[lan("Halland")], [region("Väst"), region("Syd")]);
        assert_eq!(claimed_by[lan("Gotland")], [] as [usize; 0]);
    }
}
