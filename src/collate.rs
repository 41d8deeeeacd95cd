//! Swedish order for every list people read: Å, Ä and Ö after Z, letters before their accented
//! forms, case after letters. ICU4X's collator with CLDR's Swedish tailoring, never a
//! hand-written table; compiled into the binary.

use std::cmp::Ordering;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};

static SWEDISH: LazyLock<CollatorBorrowed<'static>> = LazyLock::new(|| {
    Collator::try_new(
        icu_locale_core::locale!("sv").into(),
        CollatorOptions::default(),
    )
    .expect("the compiled collation data holds Swedish")
});

/// `a` against `b` in Swedish dictionary order.
pub fn swedish(a: &str, b: &str) -> Ordering {
    SWEDISH.compare(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        v.sort_by(|a, b| swedish(a, b));
        v
    }

    #[test]
    fn a_ring_a_umlaut_and_o_umlaut_come_after_z() {
        assert_eq!(
            sorted(&[
                "Örn",
                "Åberg",
                "Zetterberg",
                "Ärlig",
                "Andersson",
                "Östlund"
            ]),
            [
                "Andersson",
                "Zetterberg",
                "Åberg",
                "Ärlig",
                "Örn",
                "Östlund"
            ]
        );
    }

    #[test]
    fn case_and_accents_only_break_ties() {
        assert_eq!(
            sorted(&["eklöf", "Ekman", "Eklöf", "Éklund"]),
            ["Éklund", "eklöf", "Eklöf", "Ekman"]
        );
        // ü is y in Swedish dictionaries; v and w are separate letters since 2006.
        assert_eq!(
            sorted(&["Müller", "Mylly", "Mutter"]),
            ["Mutter", "Müller", "Mylly"]
        );
    }
}
