//! What `publish` does to the address book, worked out before the first request: each card of
//! the directory added, changed or left as it is, each card kontakt published earlier and no
//! longer in the directory removed, and whatever kontakt must not touch reported. Pure.

use super::card::{self, Read};

/// A card of the directory, as it should be on the server.
#[derive(Debug, Clone)]
pub struct Wanted {
    /// `urn:uuid:…`, as in the exported vCards.
    pub uid: String,
    /// Where a new card goes: `<uuid>.vcf` in the collection.
    pub file: String,
    pub name: String,
    pub region: String,
    /// The card as sent, with the mark.
    pub body: Vec<u8>,
    pub canonical: Vec<String>,
}

/// A card found on the server.
#[derive(Debug, Clone)]
pub struct Remote {
    pub href: String,
    pub etag: Option<String>,
    pub read: Read,
}

impl Remote {
    /// Whether kontakt published it (it carries the mark).
    pub fn ours(&self) -> bool {
        self.read.mark.is_some()
    }

    /// The ETag to send in `If-Match`: a strong one. A weak ETag (`W/"…"`) never matches
    /// there (RFC 9110 13.1.1), so a card with one cannot be changed safely.
    pub fn strong_etag(&self) -> Option<&str> {
        self.etag.as_deref().filter(|e| !e.starts_with("W/"))
    }
}

/// Why a card is not touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// Changed on the server since kontakt published it, and the directory changed it too.
    Edited,
    /// Changed on the server since kontakt published it, and no longer in the directory.
    EditedGone,
    /// A card kontakt did not publish holds the contact's UID.
    Foreign,
    /// The server gave no strong ETag, so the card cannot be changed safely.
    NoEtag,
}

/// One thing to do (or not do), in the order the run says them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `PUT` with `If-None-Match: *`.
    Add {
        wanted: usize,
    },
    /// `PUT` with `If-Match`. `props` names what changed; `forced` when it was changed on the
    /// server too and `--force` overwrites that.
    Change {
        wanted: usize,
        remote: usize,
        props: Vec<String>,
        forced: bool,
    },
    /// `DELETE` with `If-Match`.
    Remove {
        remote: usize,
        forced: bool,
    },
    Unchanged {
        wanted: usize,
        remote: usize,
    },
    Conflict {
        conflict: Conflict,
        wanted: Option<usize>,
        remote: usize,
        props: Vec<String>,
    },
}

/// The steps that make the collection hold `wanted`: cards in the directory's order, then the
/// removals by name. Cards without the mark are never changed or removed.
pub fn plan(wanted: &[Wanted], remote: &[Remote], force: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut used = vec![false; remote.len()];
    for (w, want) in wanted.iter().enumerate() {
        let same_uid = |r: &(usize, &Remote)| r.1.read.uid.as_deref() == Some(want.uid.as_str());
        let ours = remote
            .iter()
            .enumerate()
            .filter(|r| r.1.ours())
            .find(|r| same_uid(r));
        let Some((r, found)) = ours else {
            match remote.iter().enumerate().find(|r| same_uid(r)) {
                Some((r, _)) => steps.push(Step::Conflict {
                    conflict: Conflict::Foreign,
                    wanted: Some(w),
                    remote: r,
                    props: Vec::new(),
                }),
                None => steps.push(Step::Add { wanted: w }),
            }
            continue;
        };
        used[r] = true;
        if found.read.canonical == want.canonical {
            steps.push(Step::Unchanged {
                wanted: w,
                remote: r,
            });
            continue;
        }
        let props = card::differing(&found.read.canonical, &want.canonical);
        let edited = !found.read.untouched();
        steps.push(match (found.strong_etag().is_some(), edited && !force) {
            (false, _) => Step::Conflict {
                conflict: Conflict::NoEtag,
                wanted: Some(w),
                remote: r,
                props,
            },
            (true, true) => Step::Conflict {
                conflict: Conflict::Edited,
                wanted: Some(w),
                remote: r,
                props,
            },
            (true, false) => Step::Change {
                wanted: w,
                remote: r,
                props,
                forced: edited,
            },
        });
    }
    let mut gone: Vec<usize> = (0..remote.len())
        .filter(|&r| !used[r] && remote[r].ours())
        .collect();
    gone.sort_by(|&a, &b| {
        let key = |r: usize| (remote[r].read.name.clone(), remote[r].href.clone());
        key(a).cmp(&key(b))
    });
    for r in gone {
        let edited = !remote[r].read.untouched();
        steps.push(
            match (remote[r].strong_etag().is_some(), edited && !force) {
                (false, _) => Step::Conflict {
                    conflict: Conflict::NoEtag,
                    wanted: None,
                    remote: r,
                    props: Vec::new(),
                },
                (true, true) => Step::Conflict {
                    conflict: Conflict::EditedGone,
                    wanted: None,
                    remote: r,
                    props: Vec::new(),
                },
                (true, false) => Step::Remove {
                    remote: r,
                    forced: edited,
                },
            },
        );
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(uid: &str, tel: &str) -> String {
        format!("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{uid}\r\nTEL:{tel}\r\nEND:VCARD\r\n")
    }

    fn wanted(uid: &str, tel: &str) -> Wanted {
        let text = card(uid, tel);
        Wanted {
            uid: uid.into(),
            file: format!("{uid}.vcf"),
            name: uid.into(),
            region: "Syd".into(),
            body: card::marked(text.as_bytes()),
            canonical: card::canonical(&text),
        }
    }

    fn published(w: &Wanted) -> Remote {
        Remote {
            href: format!("/ab/{}", w.file),
            etag: Some("\"1\"".into()),
            read: card::read(std::str::from_utf8(&w.body).unwrap()),
        }
    }

    #[test]
    fn new_changed_unchanged_and_gone_cards() {
        let old = [wanted("a", "1"), wanted("b", "2"), wanted("c", "3")];
        let remote: Vec<Remote> = old.iter().map(published).collect();
        let new = [wanted("a", "1"), wanted("b", "9"), wanted("d", "4")];
        let steps = plan(&new, &remote, false);
        assert_eq!(
            steps,
            [
                Step::Unchanged {
                    wanted: 0,
                    remote: 0
                },
                Step::Change {
                    wanted: 1,
                    remote: 1,
                    props: vec!["TEL".into()],
                    forced: false
                },
                Step::Add { wanted: 2 },
                Step::Remove {
                    remote: 2,
                    forced: false
                },
            ]
        );
    }

    #[test]
    fn a_card_changed_on_the_server_is_a_conflict_unless_forced() {
        let old = [wanted("a", "1"), wanted("b", "2")];
        let mut remote: Vec<Remote> = old.iter().map(published).collect();
        for r in &mut remote {
            let edited = String::from_utf8(card::marked(
                card(r.read.uid.as_ref().unwrap(), "1").as_bytes(),
            ))
            .unwrap()
            .replace("TEL:1", "TEL:7");
            r.read = card::read(&edited);
        }
        let new = [wanted("a", "5")];
        let steps = plan(&new, &remote, false);
        assert!(matches!(
            steps[0],
            Step::Conflict {
                conflict: Conflict::Edited,
                ..
            }
        ));
        assert!(matches!(
            steps[1],
            Step::Conflict {
                conflict: Conflict::EditedGone,
                ..
            }
        ));
        let steps = plan(&new, &remote, true);
        assert!(matches!(steps[0], Step::Change { forced: true, .. }));
        assert!(matches!(steps[1], Step::Remove { forced: true, .. }));
    }

    #[test]
    fn cards_kontakt_did_not_publish_are_never_touched() {
        let foreign = |uid: &str| Remote {
            href: format!("/ab/{uid}-by-hand.vcf"),
            etag: Some("\"x\"".into()),
            read: card::read(&card(uid, "1")),
        };
        let remote = [foreign("a"), foreign("z")];
        let steps = plan(&[wanted("a", "1")], &remote, true);
        assert_eq!(
            steps,
            [Step::Conflict {
                conflict: Conflict::Foreign,
                wanted: Some(0),
                remote: 0,
                props: Vec::new()
            }]
        );
    }
}
