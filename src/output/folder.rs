//! What an existing output folder holds, read against its manifest: which files kontakt wrote
//! and are still as written, which a person added or changed (and a replacement would lose), and
//! how the folder differs from what a build would write now (`build --check`).

use crate::i18n::{Lang, Text};
use crate::tr;
use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::manifest;
use crate::hash::sha256_hex;

/// A file in the output folder that replacing the folder would lose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    /// Not listed in the folder's manifest (or the folder has none).
    NotWritten,
    /// Listed, but its bytes are no longer what kontakt wrote.
    Changed,
    /// Not a plain file (a link, a device) or a folder that could not be read.
    NotAFile,
    /// `kontakt-manifest.json`, but not one kontakt can read (edited, or cut short).
    BadManifest,
}

impl Foreign {
    pub fn text(self) -> Text {
        match self {
            Foreign::NotWritten => tr!("output-not-written"),
            Foreign::Changed => tr!("output-changed"),
            Foreign::NotAFile => tr!("output-not-a-file"),
            Foreign::BadManifest => tr!("output-bad-manifest"),
        }
    }
}

/// English, for logs and tests.
impl fmt::Display for Foreign {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().render(Lang::En))
    }
}

/// How one file of the output folder differs from what a build would write now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difference {
    Missing,
    /// As kontakt last wrote it, but the input has changed since.
    OutOfDate,
    /// Differs, and is not what kontakt last wrote either: edited by hand.
    ChangedByHand,
    /// Differs, and the folder has no manifest to tell why.
    Differs,
    /// Written by an earlier build, not by this one.
    NoLongerWritten,
    Foreign(Foreign),
}

impl Difference {
    pub fn text(self) -> Text {
        match self {
            Difference::Missing => tr!("output-missing"),
            Difference::OutOfDate => tr!("output-out-of-date"),
            Difference::ChangedByHand => tr!("output-changed"),
            Difference::Differs => tr!("output-differs"),
            Difference::NoLongerWritten => tr!("output-no-longer-written"),
            Difference::Foreign(why) => why.text(),
        }
    }
}

/// English, for logs and tests.
impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().render(Lang::En))
    }
}

/// An entry found under the output folder, by its relative path with `/`.
struct Entry {
    path: PathBuf,
    plain_file: bool,
}

/// Every entry under `out` (links are not followed). A folder that cannot be listed is an entry
/// of its own, so that it is never replaced unseen.
fn entries(out: &Path) -> BTreeMap<String, Entry> {
    fn walk(root: &Path, dir: &Path, found: &mut BTreeMap<String, Entry>) {
        let rel = |path: &Path| {
            path.strip_prefix(root)
                .unwrap_or(path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        };
        let Ok(list) = fs::read_dir(dir) else {
            if dir != root {
                let path = dir.to_path_buf();
                found.insert(
                    rel(dir),
                    Entry {
                        path,
                        plain_file: false,
                    },
                );
            }
            return;
        };
        for entry in list.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                walk(root, &path, found);
            } else {
                found.insert(
                    rel(&path),
                    Entry {
                        path,
                        plain_file: kind.is_file(),
                    },
                );
            }
        }
    }
    let mut found = BTreeMap::new();
    walk(out, out, &mut found);
    found
}

/// The manifest of `out`, if it has one kontakt can read.
fn manifest_of(found: &BTreeMap<String, Entry>) -> Option<BTreeMap<String, String>> {
    let entry = found.get(manifest::NAME).filter(|e| e.plain_file)?;
    manifest::parse(&fs::read(&entry.path).ok()?)
}

fn hash_of(entry: &Entry) -> Option<String> {
    entry
        .plain_file
        .then(|| fs::read(&entry.path).ok())
        .flatten()
        .map(|bytes| sha256_hex(&bytes))
}

/// The files under `out` that replacing it would lose, sorted; empty when the folder is
/// missing, empty, or holds only files kontakt wrote and nobody changed since.
pub fn foreign(out: &Path) -> io::Result<Vec<(String, Foreign)>> {
    if !out.exists() {
        return Ok(Vec::new());
    }
    fs::read_dir(out)?;
    let found = entries(out);
    let listed = manifest_of(&found);
    let mut lost = Vec::new();
    for (rel, entry) in &found {
        if !entry.plain_file {
            lost.push((rel.clone(), Foreign::NotAFile));
            continue;
        }
        let Some(listed) = &listed else {
            let why = if rel == manifest::NAME {
                Foreign::BadManifest
            } else {
                Foreign::NotWritten
            };
            lost.push((rel.clone(), why));
            continue;
        };
        if rel == manifest::NAME {
            continue;
        }
        match listed.get(rel) {
            None => lost.push((rel.clone(), Foreign::NotWritten)),
            Some(hash) if hash_of(entry).as_ref() != Some(hash) => {
                lost.push((rel.clone(), Foreign::Changed));
            }
            Some(_) => {}
        }
    }
    Ok(lost)
}

/// How `out` differs from `files` (which include their manifest): one entry a file, sorted;
/// empty when the folder is current. The manifest itself is named only when nothing else differs.
pub fn differences(out: &Path, files: &BTreeMap<String, Vec<u8>>) -> Vec<(String, Difference)> {
    let found = entries(out);
    let listed = manifest_of(&found).unwrap_or_default();
    let mut diffs = Vec::new();
    for (rel, bytes) in files {
        let Some(entry) = found.get(rel) else {
            diffs.push((rel.clone(), Difference::Missing));
            continue;
        };
        if !entry.plain_file {
            diffs.push((rel.clone(), Difference::Foreign(Foreign::NotAFile)));
            continue;
        }
        let present = fs::read(&entry.path).ok();
        if present.as_deref() == Some(bytes.as_slice()) {
            continue;
        }
        if rel == manifest::NAME && present.as_deref().and_then(manifest::parse).is_none() {
            diffs.push((rel.clone(), Difference::Foreign(Foreign::BadManifest)));
            continue;
        }
        let why = match listed.get(rel) {
            None => Difference::Differs,
            Some(hash) if present.map(|b| sha256_hex(&b)).as_ref() == Some(hash) => {
                Difference::OutOfDate
            }
            Some(_) => Difference::ChangedByHand,
        };
        diffs.push((rel.clone(), why));
    }
    for (rel, entry) in found.iter().filter(|(rel, _)| !files.contains_key(*rel)) {
        let why = if !entry.plain_file {
            Difference::Foreign(Foreign::NotAFile)
        } else if listed.contains_key(rel) && hash_of(entry).as_ref() == listed.get(rel) {
            Difference::NoLongerWritten
        } else {
            Difference::Foreign(Foreign::NotWritten)
        };
        diffs.push((rel.clone(), why));
    }
    // The manifest differs whenever anything does: named only when it alone differs, or when
    // it cannot be read.
    if diffs.len() > 1 {
        diffs.retain(|(rel, why)| {
            rel != manifest::NAME || *why == Difference::Foreign(Foreign::BadManifest)
        });
    }
    diffs.sort_by(|a, b| a.0.cmp(&b.0));
    diffs
}
