//! Writing the exports whole or not at all, and telling whether an output folder is current.
//!
//! Files are written into a temporary folder beside the target and swapped in with one
//! `renameat2(RENAME_EXCHANGE)`, so a crash, a full disk or `kill -9` at any moment leaves the
//! previous output folder as it was. Nothing outside the target and its temporary sibling is
//! touched, and every path comes from the exporters, never from data (file names derived from
//! data are sanitised before they get here; a path that would leave the folder is refused).

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use rustix::fs::{CWD, RenameFlags, renameat_with};

/// Write `files` (relative path → bytes) as the folder `out`, replacing it atomically.
pub fn write(out: &Path, files: &BTreeMap<String, Vec<u8>>) -> io::Result<()> {
    write_with(out, files, |path, bytes| {
        fs::File::create(path)?.write_all(bytes)
    })
}

/// `write`, with the function that writes one file given (tests make it fail half-way).
pub fn write_with(
    out: &Path,
    files: &BTreeMap<String, Vec<u8>>,
    mut put: impl FnMut(&Path, &[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let name = out
        .file_name()
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "the output folder needs a name",
            )
        })?
        .to_string_lossy()
        .into_owned();
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)?;
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    if tmp.exists() {
        fs::remove_dir_all(&tmp)?;
    }
    fs::create_dir(&tmp)?;
    let filled = (|| {
        for (rel, bytes) in files {
            let path = tmp.join(checked(rel)?);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)?;
            }
            put(&path, bytes)?;
        }
        Ok(())
    })();
    // Every file on disk before the swap (one syncfs rather than an fsync per file: a build
    // writes a vCard per contact).
    let filled = filled.and_then(|()| Ok(rustix::fs::syncfs(fs::File::open(&tmp)?)?));
    if let Err(e) = filled {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    swap_in(&tmp, out)?;
    // Make the rename itself durable.
    fs::File::open(&parent).and_then(|d| d.sync_all()).ok();
    Ok(())
}

/// Put `tmp` where `out` is, in one step when `out` exists; `tmp` is gone afterwards.
fn swap_in(tmp: &Path, out: &Path) -> io::Result<()> {
    if !out.exists() {
        return fs::rename(tmp, out);
    }
    if !out.is_dir() {
        let _ = fs::remove_dir_all(tmp);
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} is not a folder", out.display()),
        ));
    }
    match renameat_with(CWD, tmp, CWD, out, RenameFlags::EXCHANGE) {
        Ok(()) => fs::remove_dir_all(tmp),
        Err(e) => {
            // A file system without RENAME_EXCHANGE: two renames, the old folder kept until the
            // new one is in place.
            let old = tmp.with_extension("old");
            fs::rename(out, &old).map_err(|_| io::Error::from(e))?;
            if let Err(e) = fs::rename(tmp, out) {
                let _ = fs::rename(&old, out);
                return Err(e);
            }
            fs::remove_dir_all(old)
        }
    }
}

/// A relative path made only of normal components.
fn checked(rel: &str) -> io::Result<&Path> {
    let path = Path::new(rel);
    if path.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(path)
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write {rel:?} outside the output folder"),
        ))
    }
}

/// How `out` differs from `files`: one line a file, sorted; empty when it is current.
pub fn differences(out: &Path, files: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut present = BTreeMap::new();
    collect(out, out, &mut present);
    let mut diffs = Vec::new();
    for (rel, bytes) in files {
        match present.get(rel) {
            None => diffs.push(format!("{rel}: missing")),
            Some(path) => {
                if fs::read(path).ok().as_deref() != Some(bytes.as_slice()) {
                    diffs.push(format!("{rel}: differs"));
                }
            }
        }
    }
    for rel in present.keys().filter(|rel| !files.contains_key(*rel)) {
        diffs.push(format!("{rel}: not written by build"));
    }
    diffs.sort();
    diffs
}

fn collect(root: &Path, dir: &Path, found: &mut BTreeMap<String, PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, found);
        } else if let Ok(rel) = path.strip_prefix(root) {
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            found.insert(rel, path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn writes_then_replaces_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        write(&out, &files(&[("a.json", "1"), ("vcard/all.vcf", "2")])).unwrap();
        write(&out, &files(&[("a.json", "3")])).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.json")).unwrap(), "3");
        assert!(!out.join("vcard").exists());
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary folder is left"
        );
    }

    #[test]
    fn a_failure_half_way_leaves_the_old_output_intact() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        write(&out, &files(&[("a.json", "old"), ("b.csv", "old")])).unwrap();
        let mut n = 0;
        let err = write_with(
            &out,
            &files(&[("a.json", "new"), ("b.csv", "new")]),
            |path, bytes| {
                n += 1;
                if n == 2 {
                    return Err(io::Error::other("disk full"));
                }
                fs::write(path, bytes)
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(fs::read_to_string(out.join("a.json")).unwrap(), "old");
        assert_eq!(fs::read_to_string(out.join("b.csv")).unwrap(), "old");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary folder is left"
        );
    }

    #[test]
    fn paths_outside_the_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = write(&dir.path().join("output"), &files(&[("../x", "1")])).unwrap_err();
        assert!(err.to_string().contains("outside"));
        assert!(!dir.path().join("x").exists());
    }

    #[test]
    fn differences_name_each_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        write(&out, &files(&[("a", "1"), ("b", "2"), ("c", "3")])).unwrap();
        let want = files(&[("a", "1"), ("b", "changed"), ("d", "4")]);
        assert_eq!(
            differences(&out, &want),
            ["b: differs", "c: not written by build", "d: missing"]
        );
    }
}
