//! The manifest kontakt leaves in every output folder: each file it wrote, with its SHA-256.
//!
//! It is how a later build knows that replacing the folder loses nothing a person put there or
//! changed, and how `build --check` tells an export that is out of date from one edited by hand.
//! It holds no date or version, so the same exports give the same manifest.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::hash::sha256_hex;

/// The manifest's file name, at the top of the output folder.
pub const NAME: &str = "kontakt-manifest.json";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    written_by: String,
    format_version: u32,
    /// Relative path (with `/`) → SHA-256 in lower-case hex.
    files: BTreeMap<String, String>,
}

/// `files` and the manifest that lists them.
pub fn seal(mut files: BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
    files.remove(NAME);
    let hashes = files
        .iter()
        .map(|(rel, bytes)| (rel.clone(), sha256_hex(bytes)))
        .collect();
    files.insert(NAME.to_string(), render(hashes));
    files
}

/// The manifest of files with these SHA-256 hashes (relative path → lower-case hex).
pub fn render(hashes: BTreeMap<String, String>) -> Vec<u8> {
    let doc = Document {
        written_by: "kontakt".into(),
        format_version: 1,
        files: hashes,
    };
    let mut bytes = serde_json::to_vec_pretty(&doc).expect("plain data");
    bytes.push(b'\n');
    bytes
}

/// What a manifest lists (relative path → SHA-256), or `None` when the bytes are not one.
pub fn parse(bytes: &[u8]) -> Option<BTreeMap<String, String>> {
    let doc: Document = serde_json::from_slice(bytes).ok()?;
    (doc.written_by == "kontakt" && doc.format_version == 1).then_some(doc.files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_set_lists_every_file_and_reads_back() {
        let files: BTreeMap<String, Vec<u8>> = [("a.json", "1"), ("vcard/b.vcf", "2")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
            .collect();
        let sealed = seal(files);
        let listed = parse(&sealed[NAME]).unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed["vcard/b.vcf"], sha256_hex(b"2"));
        assert!(parse(b"{}").is_none());
        assert!(parse(b"not json").is_none());
    }
}
