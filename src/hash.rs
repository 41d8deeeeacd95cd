//! SHA-256 in lower-case hex: the sources in `contacts.json`, the output manifest, and the hash
//! suffixes that keep file names unique.

use sha2::{Digest, Sha256};

/// SHA-256 of `bytes`, 64 lower-case hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The first `digits` hex digits of the SHA-256 of `bytes`.
pub fn short_hex(bytes: &[u8], digits: usize) -> String {
    let mut hex = sha256_hex(bytes);
    hex.truncate(digits);
    hex
}
