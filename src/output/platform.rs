//! The two calls that differ by platform, each with a portable fallback built on `std` alone:
//! exchanging two folders in one step, and flushing the written files to disk.

use std::io;
use std::path::Path;

/// Swap the folders `a` and `b` in one step. `Ok(false)` when the platform or file system has no
/// such call; the caller then falls back to two renames.
#[cfg(target_os = "linux")]
pub fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
pub fn exchange(_a: &Path, _b: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Make the files written under `dir` durable: Linux flushes the one file system that holds
/// them (`syncfs`, one call however many files); elsewhere each file is flushed on its own.
#[cfg(target_os = "linux")]
pub fn flush(dir: &Path, _files: &[&Path]) -> io::Result<()> {
    rustix::fs::syncfs(std::fs::File::open(dir)?)?;
    Ok(())
}

#[cfg(not(target_os = "linux"))]
pub fn flush(_dir: &Path, files: &[&Path]) -> io::Result<()> {
    for file in files {
        std::fs::OpenOptions::new()
            .write(true)
            .open(file)?
            .sync_all()?;
    }
    Ok(())
}

/// Make a rename inside `dir` durable. Windows cannot open a folder as a file; there the rename
/// is as durable as NTFS makes it.
pub fn flush_folder(dir: &Path) {
    #[cfg(unix)]
    {
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
}
