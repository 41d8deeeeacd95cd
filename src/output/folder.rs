//! What an existing output folder holds, read against its manifest: which files kontakt wrote
//! and are still as written, which a person added or changed (and a replacement would lose), and
//! how the folder differs from what a build would write now (`build --check`).

use crate::i18n::{Lang, Text};
use crate::tr;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{Planned, manifest};

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
        .then(|| crate::hash::sha256_file(&entry.path).ok())
        .flatten()
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

/// How `out` differs from `files` and their manifest: one entry a file, sorted; empty when the
/// folder is current. The manifest itself is named only when nothing else differs. Each file is
/// rendered in memory in turn and compared.
pub fn differences(out: &Path, files: &[Planned<'_>]) -> Vec<(String, Difference)> {
    let found = entries(out);
    let listed = manifest_of(&found).unwrap_or_default();
    let mut diffs = Vec::new();
    // Each file is rendered into a comparison with the file on disk, a block at a time: neither
    // is held whole.
    let compare = |planned: &Planned<'_>| -> (String, Option<Difference>) {
        let entry = found.get(&planned.path);
        let mut same = match entry.filter(|e| e.plain_file) {
            Some(e) => Same::new(fs::File::open(&e.path).ok()),
            None => Same::new(None),
        };
        let sha256 = planned.write_to(&mut same).unwrap_or_default();
        let same = same.finish();
        let why = match entry {
            None => Some(Difference::Missing),
            Some(entry) if !entry.plain_file => Some(Difference::Foreign(Foreign::NotAFile)),
            Some(_) if same => None,
            Some(entry)
                if planned.path == manifest::NAME
                    && fs::read(&entry.path)
                        .ok()
                        .as_deref()
                        .and_then(manifest::parse)
                        .is_none() =>
            {
                Some(Difference::Foreign(Foreign::BadManifest))
            }
            Some(entry) => Some(match listed.get(&planned.path) {
                None => Difference::Differs,
                Some(hash) if hash_of(entry).as_ref() == Some(hash) => Difference::OutOfDate,
                Some(_) => Difference::ChangedByHand,
            }),
        };
        (sha256, why)
    };
    let mut hashes = BTreeMap::new();
    for planned in files {
        let (sha256, why) = compare(planned);
        hashes.insert(planned.path.clone(), sha256);
        if let Some(why) = why {
            diffs.push((planned.path.clone(), why));
        }
    }
    let manifest = Planned::bytes(manifest::NAME, manifest::render(hashes));
    if let (_, Some(why)) = compare(&manifest) {
        diffs.push((manifest.path.clone(), why));
    }
    let written: BTreeSet<&str> = files
        .iter()
        .map(|p| p.path.as_str())
        .chain([manifest::NAME])
        .collect();
    for (rel, entry) in found
        .iter()
        .filter(|(rel, _)| !written.contains(rel.as_str()))
    {
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

/// A writer that compares what is written with a file, a block at a time.
struct Same {
    present: Option<io::BufReader<fs::File>>,
    same: bool,
    block: Vec<u8>,
}

impl Same {
    fn new(present: Option<fs::File>) -> Self {
        Same {
            same: present.is_some(),
            present: present.map(io::BufReader::new),
            block: Vec::new(),
        }
    }

    /// Whether everything written was the file, and the file holds nothing more.
    fn finish(mut self) -> bool {
        use io::Read;
        self.same
            && self
                .present
                .as_mut()
                .is_some_and(|p| p.read(&mut [0u8; 1]).ok() == Some(0))
    }
}

impl io::Write for Same {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        use io::Read;
        if let Some(present) = self.present.as_mut().filter(|_| self.same) {
            self.block.resize(data.len(), 0);
            self.same = present.read_exact(&mut self.block).is_ok() && self.block == data;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod same_tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_file_is_the_same_only_byte_for_byte_and_to_its_end() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        fs::write(&path, b"abcdef").unwrap();
        let same = |written: &[&[u8]]| {
            let mut s = Same::new(fs::File::open(&path).ok());
            for w in written {
                s.write_all(w).unwrap();
            }
            s.finish()
        };
        assert!(same(&[b"abc", b"def"]));
        assert!(!same(&[b"abc"]), "the file holds more");
        assert!(!same(&[b"abcdef", b"g"]), "the file holds less");
        assert!(!same(&[b"abX", b"def"]));
        assert!(!Same::new(None).finish(), "no file is never the same");
    }
}
