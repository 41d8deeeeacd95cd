//! The two calls that differ by platform, each with a portable fallback built on `std` alone:
//! exchanging two folders in one step, and flushing a folder's entries to disk.

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

/// Make the entries of `dir` (files created or renamed in it) durable: `fsync` on the folder
/// where the platform can open one (Unix). Windows cannot open a folder as a file; there NTFS
/// makes the entries durable with the files, which are each flushed when written.
pub fn flush_folder(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}
