//! A finding as data: a stable code, a severity, a terse message, an optional location and help.
//!
//! Validators return findings; they never format locations. Renderers in `report/` turn findings
//! into text. Every code is listed in the README; its string form never changes once released.

use serde::Serialize;

use crate::i18n::Text;
use crate::source::Location;

/// How bad a finding is. Ordered so that `Error` is the greatest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

macro_rules! codes {
    ($($variant:ident => $text:literal, $severity:ident;)*) => {
        /// Every finding kontakt can report. The string is the stable rule code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text,)* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }
        }
    };
}

codes! {
    FileSkipped => "file-skipped", Info;
    FileUnreadable => "file-unreadable", Error;
    FileEmpty => "file-empty", Error;
    FileTooLarge => "file-too-large", Error;
    FileLimit => "file-limit", Error;
    FileEncrypted => "file-encrypted", Error;
    FileCorrupt => "file-corrupt", Error;
    FileMislabelled => "file-mislabelled", Warning;
    Detected => "detected", Info;
    EncodingRepaired => "encoding-repaired", Warning;
    SheetSkipped => "sheet-skipped", Info;
    HeaderMissing => "header-missing", Error;
    ColumnUnknown => "column-unknown", Warning;
    ColumnDuplicate => "column-duplicate", Warning;
    ColumnMissing => "column-missing", Error;
    ColumnGuessed => "column-guessed", Info;
    ColumnCombined => "column-combined", Info;
    TextInvisible => "text-invisible", Warning;
    CellFormulaUncached => "cell-formula-uncached", Error;
    CellError => "cell-error", Error;
    RegionUnknown => "region-unknown", Error;
    RegionUndetermined => "region-undetermined", Error;
    RegionMissing => "region-missing", Error;
    NameMissing => "name-missing", Error;
    KindUnknown => "kind-unknown", Error;
    ContactDuplicate => "contact-duplicate", Warning;
    ContactUnreachable => "contact-unreachable", Error;
    EmailMissing => "email-missing", Error;
    EmailInvalid => "email-invalid", Error;
    EmailNonAscii => "email-non-ascii", Warning;
    EmailDuplicate => "email-duplicate", Warning;
    EmailConflict => "email-conflict", Error;
    EmailRepeated => "email-repeated", Info;
    EmailNormalised => "email-normalised", Info;
    EmailConfusable => "email-confusable", Warning;
    EmailDisplayDiffers => "email-display-differs", Warning;
    PhoneMissing => "phone-missing", Error;
    PhoneInvalid => "phone-invalid", Error;
    PhoneLetters => "phone-letters", Error;
    PhoneScientific => "phone-scientific", Error;
    PhoneStoredAsNumber => "phone-stored-as-number", Warning;
    PhoneCountryCode46 => "phone-46-ambiguous", Warning;
    PhoneExtension => "phone-extension", Warning;
    PhoneForeign => "phone-foreign", Warning;
    PhoneShared => "phone-shared", Info;
    PhoneRepeated => "phone-repeated", Info;
    LanUnknown => "lan-unknown", Error;
    LanNational => "lan-national", Warning;
    LanUncovered => "lan-uncovered", Error;
    LanClaimedTwice => "lan-claimed-twice", Error;
    CheckOneFile => "check-one-file", Info;
    ExportStale => "export-stale", Error;
}

/// One problem (or note) found in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    /// Terse, one line, names the offending value but never a whole row. Rendered in the run's
    /// language by the report.
    pub message: Text,
    /// `None` for a finding about the data set as a whole.
    pub location: Option<Location>,
    pub help: Option<Text>,
    /// The same finding at other places, later in the report (one file's rows giving one shared
    /// number, gathered where they are found rather than held as findings of their own).
    pub also: Vec<Location>,
}

/// A note or warning said at this many places or more is reported once, with its places; fewer
/// are listed one by one, which reads as well and names each place.
pub const GROUP_FROM: usize = 5;

impl Finding {
    /// How many places the finding stands for.
    pub fn count(&self) -> usize {
        1 + self.also.len()
    }

    /// The finding once for each place (as many as [`Finding::count`]).
    pub fn each(&self) -> impl Iterator<Item = Finding> + '_ {
        let at = |location: Option<Location>| Finding {
            location,
            also: Vec::new(),
            ..self.clone_without_places()
        };
        std::iter::once(at(self.location.clone()))
            .chain(self.also.iter().map(move |l| at(Some(l.clone()))))
    }

    fn clone_without_places(&self) -> Finding {
        Finding {
            code: self.code,
            severity: self.severity,
            message: self.message.clone(),
            location: None,
            help: self.help.clone(),
            also: Vec::new(),
        }
    }

    pub fn new(code: Code, location: Option<Location>, message: impl Into<Text>) -> Self {
        Finding {
            code,
            severity: code.severity(),
            message: message.into(),
            location,
            help: None,
            also: Vec::new(),
        }
    }

    pub fn at(code: Code, location: &Location, message: impl Into<Text>) -> Self {
        Finding::new(code, Some(location.clone()), message)
    }

    pub fn with_help(mut self, help: impl Into<Text>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The order findings are reported in: by place (file, sheet, row, column; data-set findings
    /// last), then by code and message, so that output is deterministic.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            self.location.is_none(),
            self.location.as_ref(),
            self.code,
            &self.message,
        )
    }
}

/// Sort and de-duplicate (a merged cell read into several rows reports once). Files come in
/// Swedish order (`ärende.csv` after `zeta.csv`), as people read a list of names.
pub fn finish(findings: &mut Vec<Finding>) {
    // A place said twice is said once (a merged cell gives its value to every row it covers).
    let in_order = |a: &Location, b: &Location| match a.file == b.file {
        true => a.cmp(b),
        false => crate::collate::swedish(&a.file, &b.file).then_with(|| a.cmp(b)),
    };
    for f in findings.iter_mut().filter(|f| !f.also.is_empty()) {
        // Gathered in report order already, as a rule: then only looked over.
        if !f.also.is_sorted_by(|a, b| in_order(a, b).is_le()) {
            f.also.sort_by(in_order);
        }
        f.also.dedup();
        let first = f.location.clone();
        f.also.retain(|l| Some(l) != first.as_ref());
    }
    // A finding said at fewer places than a report groups is one finding a place, as if each
    // had been made on its own.
    if findings
        .iter()
        .any(|f| (2..GROUP_FROM).contains(&f.count()))
    {
        *findings = std::mem::take(findings)
            .into_iter()
            .flat_map(|f| match f.count() {
                2..GROUP_FROM => f.each().collect(),
                _ => vec![f],
            })
            .collect();
    }
    let file = |f: &Finding| f.location.as_ref().map(|l| l.file.clone());
    findings.sort_by(|a, b| {
        let by_file = match (file(a), file(b)) {
            (Some(x), Some(y)) => crate::collate::swedish(&x, &y),
            _ => std::cmp::Ordering::Equal,
        };
        by_file.then_with(|| a.sort_key().cmp(&b.sort_key()))
    });
    findings.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
        }
    }
}
