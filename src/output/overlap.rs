//! Folders an output folder must never replace: the input (the regions' spreadsheets) and the
//! reference data. Paths are compared after resolving links, `.` and `..`, and for a folder
//! that does not exist yet, through its nearest existing ancestor.

use std::path::{Component, Path, PathBuf};

/// How `out` overlaps a protected folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlap {
    Same,
    Inside,
    Contains,
}

/// `path` made absolute, with links resolved as far as it exists and `..` applied to the rest.
pub fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let parts: Vec<Component> = absolute.components().collect();
    // The longest prefix that exists, with its links resolved.
    let (mut out, used) = (0..=parts.len())
        .rev()
        .find_map(|n| {
            let prefix: PathBuf = parts[..n].iter().collect();
            prefix.canonicalize().ok().map(|real| (real, n))
        })
        .unwrap_or_else(|| (PathBuf::new(), 0));
    for part in &parts[used..] {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Whether the folder `out` and `protected` (a folder or a file) overlap, and how.
pub fn overlap(out: &Path, protected: &Path) -> Option<Overlap> {
    let (out, protected) = (resolve(out), resolve(protected));
    if out == protected {
        Some(Overlap::Same)
    } else if out.starts_with(&protected) {
        Some(Overlap::Inside)
    } else if protected.starts_with(&out) {
        Some(Overlap::Contains)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_folder_however_it_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("input");
        std::fs::create_dir(&input).unwrap();
        assert_eq!(overlap(&input, &input), Some(Overlap::Same));
        assert_eq!(
            overlap(&input.join("../input/."), &input),
            Some(Overlap::Same)
        );
        assert_eq!(
            overlap(&input.join("exports/new"), &input),
            Some(Overlap::Inside)
        );
        assert_eq!(overlap(dir.path(), &input), Some(Overlap::Contains));
        assert_eq!(
            overlap(&input.join("missing/../.."), &input),
            Some(Overlap::Contains)
        );
        assert_eq!(overlap(&dir.path().join("output"), &input), None);
        assert_eq!(overlap(&dir.path().join("input2"), &input), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_the_input_is_the_input() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("input");
        std::fs::create_dir(&input).unwrap();
        std::os::unix::fs::symlink(&input, dir.path().join("link")).unwrap();
        assert_eq!(
            overlap(&dir.path().join("link"), &input),
            Some(Overlap::Same)
        );
    }
}
