//! Writing the exports whole or not at all, and only ever over what kontakt wrote.
//!
//! Files are written into a temporary folder beside the target and swapped in with one rename
//! (an exchange on Linux; two renames elsewhere, recovered on the next run if interrupted), so a
//! crash, a full disk or `kill -9` at any moment leaves the previous output folder as it was. A
//! folder is replaced only when it is missing, empty, or holds exactly the files its manifest
//! lists, unchanged (`--force` overrides). A lock file beside the target keeps two builds apart
//! and lets a run remove what an interrupted one left. Every path comes from the exporters; a
//! path that would leave the folder is refused.

pub mod folder;
pub mod manifest;
pub mod overlap;
mod planned;
mod platform;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::PoisonError;

use crate::i18n::Lang;
use crate::tr;

pub use folder::{Difference, Foreign, differences, foreign};
pub use planned::{Planned, Render};

/// Why nothing was written.
#[derive(Debug)]
pub enum Error {
    /// One operation on one path failed.
    Io {
        op: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    /// The folder holds files kontakt did not write or that changed since (no `--force`).
    Foreign {
        out: PathBuf,
        files: Vec<(String, Foreign)>,
    },
    NotAFolder(PathBuf),
    /// Another kontakt is writing the same folder.
    Busy(PathBuf),
    /// An exporter produced a path that would leave the folder.
    Outside(String),
}

/// How many foreign files a refusal names before it counts the rest.
const SHOWN: usize = 20;

/// An operation of `Error::Io` as people say it.
fn operation(op: &str) -> crate::i18n::Text {
    match op {
        "create the folder" => tr!("output-op-create-folder"),
        "read the folder" => tr!("output-op-read-folder"),
        "write" => tr!("output-op-write"),
        "flush to disk" => tr!("output-op-flush"),
        "rename into place" => tr!("output-op-rename"),
        "exchange with" => tr!("output-op-exchange"),
        "move aside" => tr!("output-op-move-aside"),
        "restore the previous output from" => tr!("output-op-restore"),
        "remove what an earlier run left at" => tr!("output-op-remove-leftover"),
        "create the lock file" => tr!("output-op-create-lock"),
        "lock" => tr!("output-op-lock"),
        other => crate::i18n::Text::literal(other),
    }
}

impl Error {
    /// What went wrong, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Error::Io { op, path, source } => tr!(
                "output-io",
                op = operation(op).render(lang),
                path = path.display().to_string(),
                reason = crate::i18n::io_reason(source)
            )
            .render(lang),
            Error::Foreign { out, files } => {
                let out_shown = out.display().to_string();
                let mut text = tr!("output-foreign", out = &out_shown).render(lang);
                for (rel, why) in files.iter().take(SHOWN) {
                    text.push_str(&format!("\n  {rel}: {}", why.text().render(lang)));
                }
                if files.len() > SHOWN {
                    let more = tr!("output-foreign-more", n = files.len() - SHOWN);
                    text.push_str(&format!("\n  {}", more.render(lang)));
                }
                if !out.join(manifest::NAME).exists() {
                    let none = tr!("output-no-manifest", manifest = manifest::NAME);
                    text.push_str(&format!("\n{}", none.render(lang)));
                }
                let next = tr!("output-foreign-next", out = &out_shown);
                text.push_str(&format!("\n{}", next.render(lang)));
                text
            }
            Error::NotAFolder(out) => {
                tr!("output-not-a-folder", out = out.display().to_string()).render(lang)
            }
            Error::Busy(lock) => tr!("output-busy", lock = lock.display().to_string()).render(lang),
            Error::Outside(rel) => tr!("output-outside", path = format!("{rel:?}")).render(lang),
        }
    }
}

/// English, for logs and tests.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Error {}

fn io_at<'a>(op: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> Error + 'a {
    move |source| Error::Io {
        op,
        path: path.to_path_buf(),
        source,
    }
}

/// What a write that succeeded could not tidy: the previous output, already replaced, that could
/// not be removed (the next run removes it, or the user does).
#[derive(Debug, Default)]
pub struct Written {
    pub leftover: Option<Error>,
}

/// Write `files`, and the manifest that lists them, as the folder `out`, replacing it whole.
/// Each file is rendered straight into its file, on every core.
pub fn write(out: &Path, files: &[Planned<'_>], force: bool) -> Result<Written, Error> {
    write_with(out, files, force, |path, planned| {
        // `write_to` buffers what it writes, in blocks of 64 KiB.
        let mut file = fs::File::create(path)?;
        let sha256 = planned.write_to(&mut file)?;
        // Flushed on the handle that wrote it: the file's own data, not the whole disk.
        file.sync_all()?;
        Ok(sha256)
    })
}

/// `write`, with the function that writes one file and returns its SHA-256 given (tests make
/// it fail half-way).
pub fn write_with(
    out: &Path,
    files: &[Planned<'_>],
    force: bool,
    put: impl Fn(&Path, &Planned<'_>) -> io::Result<String> + Sync,
) -> Result<Written, Error> {
    let name = out
        .file_name()
        .ok_or_else(|| Error::NotAFolder(out.to_path_buf()))?
        .to_string_lossy()
        .into_owned();
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let rels = files
        .iter()
        .map(|f| relative(&f.path).ok_or_else(|| Error::Outside(f.path.clone())))
        .collect::<Result<Vec<&Path>, Error>>()?;
    fs::create_dir_all(&parent).map_err(io_at("create the folder", &parent))?;
    let _lock = Lock::take(&parent, &name)?;
    recover(&parent, &name, out)?;
    if out.exists() || out.is_symlink() {
        if !out.is_dir() || out.is_symlink() {
            return Err(Error::NotAFolder(out.to_path_buf()));
        }
        if !force {
            let lost = foreign(out).map_err(io_at("read the folder", out))?;
            if !lost.is_empty() {
                return Err(Error::Foreign {
                    out: out.to_path_buf(),
                    files: lost,
                });
            }
        }
    }
    let tmp = parent.join(format!(".{name}.kontakt-tmp-{}", std::process::id()));
    fs::create_dir(&tmp).map_err(io_at("create the folder", &tmp))?;
    let filled = (|| {
        // Each folder once, then the files on every core; the first failure in the files'
        // order is the one reported.
        let mut made = BTreeSet::new();
        for rel in &rels {
            let path = tmp.join(rel);
            if let Some(dir) = path.parent().filter(|d| made.insert(d.to_path_buf())) {
                fs::create_dir_all(dir).map_err(io_at("create the folder", dir))?;
            }
        }
        // The files on every core, in their order. A file joined from others earlier in the
        // order waits for them and copies their bytes; they were taken up before it, so it
        // waits only for work under way.
        let jobs: Vec<(&Path, &Planned<'_>)> = rels.iter().copied().zip(files).collect();
        let ready: Ready<'_> = (
            std::sync::Mutex::new(BTreeSet::new()),
            std::sync::Condvar::new(),
        );
        let written = crate::parallel::map(&jobs, |&(rel, f)| {
            let path = tmp.join(rel);
            // Each part once among the files before it, or the file is rendered.
            let earlier = |p: &String| {
                files
                    .iter()
                    .take_while(|g| !std::ptr::eq(*g, f))
                    .filter(|g| g.path == *p)
                    .count()
                    == 1
            };
            let parts: BTreeSet<&String> = f.joined_from.iter().collect();
            let joined = !f.joined_from.is_empty()
                && parts.len() == f.joined_from.len()
                && f.joined_from.iter().all(earlier);
            // Marked done however the file ends, a panic included, so that a file joined from
            // it never waits for ever.
            let _done = Done {
                path: f.path.as_str(),
                ready: &ready,
            };
            let sha256 = match joined {
                true => {
                    let (done, changed) = &ready;
                    let mut done = done.lock().unwrap_or_else(PoisonError::into_inner);
                    while !f.joined_from.iter().all(|p| done.contains(p.as_str())) {
                        done = changed.wait(done).unwrap_or_else(PoisonError::into_inner);
                    }
                    drop(done);
                    let copy = Planned::new(
                        f.path.clone(),
                        Box::new(|out: &mut dyn io::Write| {
                            for part in &f.joined_from {
                                io::copy(&mut fs::File::open(tmp.join(part))?, out)?;
                            }
                            Ok(())
                        }),
                    );
                    put(&path, &copy)
                }
                false => put(&path, f),
            };
            sha256.map_err(io_at("write", &path))
        });
        let mut hashes = BTreeMap::new();
        for (f, sha256) in files.iter().zip(written) {
            hashes.insert(f.path.clone(), sha256?);
        }
        let manifest = Planned::bytes(manifest::NAME, manifest::render(hashes));
        let path = tmp.join(manifest::NAME);
        put(&path, &manifest).map_err(io_at("write", &path))?;
        // The folders' entries for the new files, deepest first, then the folder itself.
        for dir in made.iter().rev() {
            platform::flush_folder(dir).map_err(io_at("flush to disk", dir))?;
        }
        platform::flush_folder(&tmp).map_err(io_at("flush to disk", &tmp))
    })();
    if let Err(e) = filled {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    let leftover = swap_in(&tmp, out, &parent, &name)?;
    // The rename is durable once the parent's entry is; a failure here cannot undo it.
    let _ = platform::flush_folder(&parent);
    Ok(Written { leftover })
}

/// The files written so far (in `write_with`), and a signal when one more is.
type Ready<'f> = (std::sync::Mutex<BTreeSet<&'f str>>, std::sync::Condvar);

/// Marks a file done when dropped: written, failed or panicked, a file joined from it reads it
/// (or fails on it) rather than wait.
struct Done<'a, 'f> {
    path: &'f str,
    ready: &'a Ready<'f>,
}

impl Drop for Done<'_, '_> {
    fn drop(&mut self) {
        let (done, changed) = self.ready;
        done.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(self.path);
        changed.notify_all();
    }
}

/// A relative path made only of normal components.
fn relative(rel: &str) -> Option<&Path> {
    let path = Path::new(rel);
    path.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then_some(path)
}

/// Put `tmp` where `out` is, in one step where the platform can. Once the new folder is in
/// place, failing to remove the previous one is not a failure of the write: it is returned.
fn swap_in(tmp: &Path, out: &Path, parent: &Path, name: &str) -> Result<Option<Error>, Error> {
    let clean = |e: Error| {
        let _ = fs::remove_dir_all(tmp);
        e
    };
    if !out.exists() {
        return fs::rename(tmp, out)
            .map(|()| None)
            .map_err(io_at("rename into place", out))
            .map_err(clean);
    }
    if platform::exchange(tmp, out)
        .map_err(io_at("exchange with", out))
        .map_err(clean)?
    {
        // `tmp` now holds the previous output.
        return Ok(fs::remove_dir_all(tmp)
            .map_err(io_at("remove the previous output, kept at", tmp))
            .err());
    }
    // Two renames; the previous output is kept until the new one is in place, and a run
    // interrupted between them is recovered by the next (`recover`).
    let old = parent.join(format!(".{name}.kontakt-old-{}", std::process::id()));
    fs::rename(out, &old)
        .map_err(io_at("move aside", out))
        .map_err(clean)?;
    if let Err(e) = fs::rename(tmp, out) {
        let _ = fs::rename(&old, out);
        return Err(clean(io_at("rename into place", out)(e)));
    }
    Ok(fs::remove_dir_all(&old)
        .map_err(io_at("remove the previous output, kept at", &old))
        .err())
}

/// Undo what an interrupted run left beside `out`: a previous output moved aside goes back when
/// `out` is missing; temporary folders are removed. Runs under the lock, so nothing here
/// belongs to a live run.
fn recover(parent: &Path, name: &str, out: &Path) -> Result<(), Error> {
    let prefix = format!(".{name}.kontakt-");
    let Ok(list) = fs::read_dir(parent) else {
        return Ok(());
    };
    // (path, moved aside) for each `.<name>.kontakt-tmp-<pid>` and `.<name>.kontakt-old-<pid>`.
    let mut left: Vec<(PathBuf, bool)> = list
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            let rest = n.strip_prefix(&prefix)?;
            let (kind, pid) = rest.split_once('-')?;
            let ours = matches!(kind, "tmp" | "old")
                && !pid.is_empty()
                && pid.bytes().all(|b| b.is_ascii_digit());
            ours.then(|| (e.path(), kind == "old"))
        })
        .collect();
    left.sort();
    for (path, aside) in left {
        if aside && !out.exists() {
            fs::rename(&path, out).map_err(io_at("restore the previous output from", &path))?;
        } else {
            fs::remove_dir_all(&path)
                .map_err(io_at("remove what an earlier run left at", &path))?;
        }
    }
    Ok(())
}

/// `.<name>.kontakt-lock` beside the output folder, held while writing, removed after.
struct Lock {
    file: Option<fs::File>,
    path: PathBuf,
}

impl Lock {
    fn take(parent: &Path, name: &str) -> Result<Lock, Error> {
        let path = parent.join(format!(".{name}.kontakt-lock"));
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_at("create the lock file", &path))?;
        match file.try_lock() {
            Ok(()) => Ok(Lock {
                file: Some(file),
                path,
            }),
            Err(fs::TryLockError::WouldBlock) => Err(Error::Busy(path)),
            Err(fs::TryLockError::Error(e)) => Err(io_at("lock", &path)(e)),
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        drop(self.file.take());
        let _ = fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, &str)]) -> Vec<Planned<'static>> {
        pairs
            .iter()
            .map(|(k, v)| Planned::bytes(*k, v.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn a_joined_file_is_its_parts_copied_or_rendered_when_they_come_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let joined = |path: &str, parts: &[&str], rendered: &'static str| {
            Planned::joined(
                path,
                parts.iter().map(|p| p.to_string()).collect(),
                Box::new(move |out: &mut dyn io::Write| out.write_all(rendered.as_bytes())),
            )
        };
        let mut planned = files(&[("a.vcf", "A\n"), ("b.vcf", "B\n")]);
        // After its parts: copied from them (the render says otherwise, to tell the two apart).
        planned.push(joined("all.vcf", &["a.vcf", "b.vcf"], "rendered"));
        // Before its parts: rendered.
        planned.insert(0, joined("first.vcf", &["a.vcf"], "rendered first"));
        write(&out, &planned, false).unwrap();
        let read = |name: &str| fs::read_to_string(out.join(name)).unwrap();
        assert_eq!(read("all.vcf"), "A\nB\n");
        assert_eq!(read("first.vcf"), "rendered first");
        let manifest = read(manifest::NAME);
        assert!(
            manifest.contains(&crate::hash::sha256_hex(b"A\nB\n")),
            "{manifest}"
        );
    }

    #[test]
    fn a_joined_file_whose_parts_repeat_is_rendered() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let mut planned = files(&[("a.vcf", "A\n"), ("b.vcf", "B\n")]);
        planned.push(Planned::joined(
            "all.vcf",
            vec!["a.vcf".into(), "a.vcf".into()],
            Box::new(|out: &mut dyn io::Write| out.write_all(b"rendered")),
        ));
        write(&out, &planned, false).unwrap();
        assert_eq!(fs::read_to_string(out.join("all.vcf")).unwrap(), "rendered");
    }

    #[test]
    fn a_part_that_panics_does_not_leave_the_joined_file_waiting() {
        // The run fails as a panic fails it; it must not hang.
        let (sent, received) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path().join("output");
            let mut planned = files(&[("b.vcf", "B\n")]);
            planned.insert(
                0,
                Planned::new("a.vcf", Box::new(|_: &mut dyn io::Write| panic!("a bug"))),
            );
            planned.push(Planned::joined(
                "all.vcf",
                vec!["a.vcf".into(), "b.vcf".into()],
                Box::new(|out: &mut dyn io::Write| out.write_all(b"rendered")),
            ));
            let ended = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                write(&out, &planned, false)
            }));
            let _ = sent.send(ended.is_err());
        });
        let panicked = received
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the write ended");
        assert!(panicked);
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    }

    #[test]
    fn writes_then_replaces_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        write(
            &out,
            &files(&[("a.json", "1"), ("vcard/all.vcf", "2")]),
            false,
        )
        .unwrap();
        write(&out, &files(&[("a.json", "3")]), false).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.json")).unwrap(), "3");
        assert!(!out.join("vcard").exists());
        assert_eq!(
            names(dir.path()),
            ["output"],
            "no temporary folder or lock is left"
        );
    }

    #[test]
    fn a_failure_half_way_leaves_the_old_output_intact() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        write(&out, &files(&[("a.json", "old"), ("b.csv", "old")]), false).unwrap();
        let err = write_with(
            &out,
            &files(&[("a.json", "new"), ("b.csv", "new")]),
            false,
            |path, planned| {
                if path.ends_with("b.csv") {
                    return Err(io::Error::other("disk full"));
                }
                planned.write_to(&mut fs::File::create(path)?)
            },
        )
        .unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.starts_with("cannot write ") && shown.ends_with("b.csv: disk full"),
            "{shown}"
        );
        assert_eq!(fs::read_to_string(out.join("a.json")).unwrap(), "old");
        assert_eq!(fs::read_to_string(out.join("b.csv")).unwrap(), "old");
        assert_eq!(names(dir.path()), ["output"]);
    }

    #[test]
    fn paths_outside_the_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = write(&dir.path().join("output"), &files(&[("../x", "1")]), false).unwrap_err();
        assert!(err.to_string().contains("outside"));
        assert!(!dir.path().join("x").exists());
    }

    #[test]
    fn a_folder_with_a_file_kontakt_did_not_write_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("D");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("budget.txt"), "x").unwrap();
        let err = write(&out, &files(&[("a.json", "1")]), false).unwrap_err();
        assert!(
            matches!(&err, Error::Foreign { files, .. } if files == &[("budget.txt".to_string(), Foreign::NotWritten)]),
            "{err}"
        );
        assert_eq!(fs::read_to_string(out.join("budget.txt")).unwrap(), "x");
        assert_eq!(names(dir.path()), ["D"]);
        write(&out, &files(&[("a.json", "1")]), true).unwrap();
        assert!(!out.join("budget.txt").exists());
    }

    #[test]
    fn an_export_changed_by_hand_or_a_file_added_beside_blocks_the_next_build() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        write(&out, &files(&[("a.json", "1"), ("b.csv", "2")]), false).unwrap();
        fs::write(out.join("b.csv"), "edited").unwrap();
        fs::write(out.join("notes.txt"), "mine").unwrap();
        let Error::Foreign { files: lost, .. } =
            write(&out, &files(&[("a.json", "9")]), false).unwrap_err()
        else {
            panic!("expected a refusal");
        };
        assert_eq!(
            lost,
            [
                ("b.csv".to_string(), Foreign::Changed),
                ("notes.txt".to_string(), Foreign::NotWritten)
            ]
        );
        assert_eq!(fs::read_to_string(out.join("a.json")).unwrap(), "1");
    }

    #[test]
    fn what_an_interrupted_run_left_is_cleaned_or_restored() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        fs::create_dir(dir.path().join(".output.kontakt-tmp-999")).unwrap();
        fs::write(dir.path().join(".output.kontakt-tmp-999/a.json"), "half").unwrap();
        // Interrupted between the two renames: the previous output was moved aside.
        let aside = dir.path().join(".output.kontakt-old-998");
        write(&aside, &files(&[("a.json", "previous")]), false).unwrap();
        write(&out, &files(&[("a.json", "new")]), false).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.json")).unwrap(), "new");
        assert_eq!(names(dir.path()), ["output"]);
    }

    #[test]
    fn differences_name_each_file_and_why() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        write(
            &out,
            &files(&[("a", "1"), ("b", "2"), ("c", "3"), ("e", "5")]),
            false,
        )
        .unwrap();
        fs::write(out.join("e"), "edited").unwrap();
        fs::write(out.join("f"), "mine").unwrap();
        let want = files(&[("a", "1"), ("b", "changed"), ("d", "4"), ("e", "6")]);
        let shown: Vec<String> = differences(&out, &want)
            .iter()
            .map(|(rel, why)| format!("{rel}: {why}"))
            .collect();
        assert_eq!(
            shown,
            [
                "b: out of date",
                "c: no longer written by build",
                "d: missing",
                "e: changed since kontakt wrote it",
                "f: not written by kontakt"
            ]
        );
        assert!(
            differences(
                &out,
                &files(&[
                    ("a", "1"),
                    ("b", "2"),
                    ("c", "3"),
                    ("e", "edited"),
                    ("f", "mine")
                ])
            )
            .iter()
            .all(|(rel, _)| rel == manifest::NAME)
        );
    }
}
