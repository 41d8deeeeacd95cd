//! A phone number as the directory holds it, once checked: E.164, the written form, its kind.

use compact_str::CompactString;
use serde::Serialize;

/// What kind of line a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Mobile,
    FixedLine,
    /// A number plan that does not tell fixed lines from mobiles (the US, Denmark).
    FixedLineOrMobile,
    TollFree,
    PremiumRate,
    SharedCost,
    PersonalNumber,
    Voip,
    Pager,
    Uan,
    Voicemail,
    Other,
}

/// A checked phone number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Phone {
    /// `+46703284869` (both forms are kept inline up to 24 bytes: no string on the heap for a
    /// number read)
    pub e164: CompactString,
    /// The Swedish written form for Swedish numbers (`070-328 48 69`), the international form
    /// for others (`+47 22 12 34 56`).
    pub written: CompactString,
    pub kind: Kind,
    pub extension: Option<String>,
}

impl Phone {
    /// The international form: `+46 70 328 48 69`.
    pub fn international(&self) -> String {
        if self.e164.starts_with("+46") {
            format!(
                "+46 {}",
                self.written
                    .strip_prefix('0')
                    .unwrap_or(&self.written)
                    .replace('-', " ")
            )
        } else {
            self.written.to_string()
        }
    }
}
