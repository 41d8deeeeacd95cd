//! A file the output will hold, rendered only when it is written: a build writes each export
//! straight to its file, so none of them is ever held whole in memory.

use std::io::{self, Write};

use sha2::{Digest, Sha256};

/// What writes one file's bytes.
pub type Render<'a> = Box<dyn Fn(&mut dyn Write) -> io::Result<()> + Send + Sync + 'a>;

/// One file: its path relative to the output folder (with `/`), and what writes it.
pub struct Planned<'a> {
    pub path: String,
    render: Render<'a>,
    /// Files of the same output whose bytes, one after another, are this file's: it is written
    /// by copying theirs once they are written, not rendered again (`render` writes the same
    /// bytes, for comparing and for tests).
    pub joined_from: Vec<String>,
}

impl<'a> Planned<'a> {
    pub fn new(path: impl Into<String>, render: Render<'a>) -> Self {
        Planned {
            path: path.into(),
            render,
            joined_from: Vec::new(),
        }
    }

    /// A file that is `parts` one after another, which `render` also writes.
    pub fn joined(path: impl Into<String>, parts: Vec<String>, render: Render<'a>) -> Self {
        Planned {
            joined_from: parts,
            ..Planned::new(path, render)
        }
    }

    /// A file whose bytes are already known.
    pub fn bytes(path: impl Into<String>, bytes: Vec<u8>) -> Self {
        Planned::new(path, Box::new(move |out| out.write_all(&bytes)))
    }

    /// Write the file to `out`, returning the SHA-256 of what was written (lower-case hex).
    pub fn write_to(&self, out: &mut dyn Write) -> io::Result<String> {
        let mut hashing = Hashing {
            inner: out,
            hash: Sha256::new(),
        };
        // Renderers write a token at a time: they are buffered before the hash, which then
        // takes whole blocks.
        let mut buffered = io::BufWriter::with_capacity(1 << 16, &mut hashing);
        (self.render)(&mut buffered)?;
        buffered.flush()?;
        drop(buffered);
        hashing.inner.flush()?;
        Ok(crate::hash::hex(&hashing.hash.finalize()))
    }

    /// The file's bytes, in memory (for comparing with a file on disk, and for tests).
    pub fn to_vec(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Writing into memory fails only if the renderer does, and renderers fail only on I/O.
        let _ = (self.render)(&mut out);
        out
    }
}

impl std::fmt::Debug for Planned<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Planned").field("path", &self.path).finish()
    }
}

/// A writer that hashes what passes through it.
struct Hashing<'w> {
    inner: &'w mut dyn Write,
    hash: Sha256,
}

impl Write for Hashing<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_of_what_was_written() {
        let p = Planned::bytes("a.txt", b"kontakt".to_vec());
        let mut out = Vec::new();
        let sha = p.write_to(&mut out).unwrap();
        assert_eq!(out, b"kontakt");
        assert_eq!(sha, crate::hash::sha256_hex(b"kontakt"));
        assert_eq!(p.to_vec(), b"kontakt");
    }
}
