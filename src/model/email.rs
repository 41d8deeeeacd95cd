//! An e-mail address as the directory holds it, once checked.

use std::sync::Arc;

use compact_str::CompactString;

/// A checked address. The domain is stored lower-cased, as Unicode and as punycode; the
/// domains are shared by every address of the domain read on a core, and a local part of up to
/// 24 bytes is kept inline, so a million addresses are not three million strings.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Email {
    pub local: CompactString,
    pub domain: Arc<str>,
    /// The domain in ASCII (punycode for an IDN domain; the same as `domain` otherwise).
    pub domain_ascii: Arc<str>,
}

impl Email {
    pub fn address(&self) -> String {
        format!("{}@{}", self.local, self.domain)
    }

    /// The address as SMTP needs it when the local part is ASCII.
    pub fn address_ascii(&self) -> String {
        format!("{}@{}", self.local, self.domain_ascii)
    }

    /// The key two rows are compared by: case does not make two addresses different in practice.
    pub fn key(&self) -> String {
        let mut key = String::new();
        self.write_key(&mut key);
        key
    }

    /// [`Email::key`] into `out` (cleared first), so that a loop can reuse one buffer.
    pub fn write_key(&self, out: &mut String) {
        out.clear();
        if self.local.is_ascii() {
            out.push_str(&self.local);
            out.make_ascii_lowercase();
        } else {
            out.push_str(&self.local.to_lowercase());
        }
        out.push('@');
        out.push_str(&self.domain_ascii);
    }

    /// Whether two addresses have the same [`Email::key`], without building it.
    pub fn same_key(&self, other: &Email) -> bool {
        self.domain_ascii == other.domain_ascii
            && if self.local.is_ascii() && other.local.is_ascii() {
                self.local.eq_ignore_ascii_case(&other.local)
            } else {
                self.local.to_lowercase() == other.local.to_lowercase()
            }
    }
}
