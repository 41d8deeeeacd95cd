//! What a header cell names: one known field, two joined (`Roll/Organisation`, `Län/Region`,
//! `Telefon och mobil`), or a near miss of a known header (`Telfon`, `E-post adress`,
//! `Mobilnr`). Pure: text and the vocabulary in, a match out.

use smallvec::{SmallVec, smallvec};

use crate::schemas::{Field, Reference};
use crate::text::fold;

/// How a header cell was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    Exact(Field),
    /// Two fields joined by `/`, `&`, `+`, `och` or `and`: each value goes to the first, unless
    /// it is recognisably the second (see `ingest::headers`).
    Combined(Field, Field),
    /// Close to a known header: read as that field, with a note.
    Guessed(Field),
    Unknown,
}

impl Header {
    /// The fields a cell under this header gives (read for every cell: kept off the heap).
    pub fn fields(self) -> SmallVec<[Field; 2]> {
        match self {
            Header::Exact(f) | Header::Guessed(f) => smallvec![f],
            Header::Combined(a, b) => smallvec![a, b],
            Header::Unknown => SmallVec::new(),
        }
    }
}

/// Read one header cell.
pub fn header(text: &str, reference: &Reference) -> Header {
    if let Some(field) = reference.column(text) {
        return Header::Exact(field);
    }
    if let Some((a, b)) = combined(text, reference) {
        return Header::Combined(a, b);
    }
    // A guess is at most two edits away, so a cell much longer than every header name (an
    // address, a role) is no header: the distances need not be computed.
    // (Without its spaces, as `nearest` also compares it, it is no shorter than that.)
    let folded = fold(text);
    let letters = folded.chars().filter(|c| !c.is_whitespace()).count();
    if letters > reference.longest_column_name() + 2 {
        return Header::Unknown;
    }
    // A cell without letters (a phone number) is at least as many edits from a name as the name
    // has letters: with three or more in every name (the built-in ones), more than two.
    if reference.fewest_column_letters() > 2 && !folded.chars().any(char::is_alphabetic) {
        return Header::Unknown;
    }
    match nearest(text, reference, 2) {
        Some((field, distance)) if distance <= allowed(&folded) => Header::Guessed(field),
        _ => Header::Unknown,
    }
}

/// The pairs of fields one column may hold, because a value shows which it is: Roll and
/// Organisation (an organisation's name), Län and Region (region names), Telefon and Mobil (the
/// number plan). Other pairs (`Förnamn och efternamn`, `Namn och titel`) cannot be told apart in
/// a cell: such a header stays unknown, and says to use two columns.
const COMBINABLE: [(Field, Field); 3] = [
    (Field::Role, Field::Organisation),
    (Field::County, Field::Region),
    (Field::Phone, Field::Mobile),
];

/// The two known fields a header joins with a separator, whether or not they may share a column.
pub fn joined(text: &str, reference: &Reference) -> Option<(Field, Field)> {
    for sep in [
        "/", "&", "+", " och ", " and ", " OCH ", " AND ", " Och ", " And ",
    ] {
        if let Some((a, b)) = text.split_once(sep) {
            let (a, b) = (reference.column(a.trim())?, reference.column(b.trim())?);
            return (a != b).then_some((a, b));
        }
    }
    None
}

fn combined(text: &str, reference: &Reference) -> Option<(Field, Field)> {
    joined(text, reference).filter(|&(a, b)| {
        COMBINABLE
            .iter()
            .any(|&(x, y)| (a, b) == (x, y) || (a, b) == (y, x))
    })
}

/// Edits allowed for a near match: none for short headers (`Tel` is not `Te`), one up to six
/// letters, two beyond.
fn allowed(folded: &str) -> usize {
    match folded.chars().count() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

/// The known header nearest to `text` (optimal string alignment distance on folded text, with
/// and without spaces), if one field is nearest. Only names within `limit` edits count: a name
/// whose length differs by more cannot be (the distance is at least the difference), so its
/// distance is not computed.
pub fn nearest(text: &str, reference: &Reference, limit: usize) -> Option<(Field, usize)> {
    let folded = fold(text);
    if folded.is_empty() {
        return None;
    }
    let squeezed: String = folded.split_whitespace().collect();
    let (len, squeezed_len) = (folded.chars().count(), squeezed.chars().count());
    let (counts, squeezed_counts) = (char_counts(&folded), char_counts(&squeezed));
    let mut best: Option<(usize, Field)> = None;
    let mut tie = false;
    for (name, name_squeezed, field) in reference.column_names() {
        if len.abs_diff(name.chars().count()) > limit
            && squeezed_len.abs_diff(name_squeezed.chars().count()) > limit
        {
            continue;
        }
        // Nor can a name with more than `limit` characters the text lacks.
        if missing(&counts, name) > limit && missing(&squeezed_counts, name_squeezed) > limit {
            continue;
        }
        let d =
            strsim::osa_distance(&folded, name).min(strsim::osa_distance(&squeezed, name_squeezed));
        if d > limit {
            continue;
        }
        match best {
            Some((bd, bf)) if d == bd && bf != field => tie = true,
            Some((bd, _)) if d >= bd => {}
            _ => {
                best = Some((d, field));
                tie = false;
            }
        }
    }
    let (d, field) = best?;
    (!tie).then_some((field, d))
}

/// How many of each character a text has, characters sorted into 64 buckets.
fn char_counts(text: &str) -> [u8; 64] {
    let mut counts = [0u8; 64];
    for c in text.chars() {
        let n = &mut counts[c as usize % 64];
        *n = n.saturating_add(1);
    }
    counts
}

/// A lower bound of the edits between a text (its `char_counts`) and `name`: each character of
/// the name the text does not have takes an edit (a substitution or an insertion), and sharing
/// a bucket only hides differences.
fn missing(counts: &[u8; 64], name: &str) -> usize {
    let mut left = *counts;
    name.chars()
        .filter(|&c| {
            let n = &mut left[c as usize % 64];
            let lacks = *n == 0;
            *n = n.saturating_sub(1);
            lacks
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_characters_never_exceed_the_distance() {
        let texts = [
            "epost",
            "e post",
            "telefonnr",
            "åsa ekström 12",
            "region nord",
            "mobil",
            "lan",
            "län",
            "ttel",
            "namn och titel",
            "förnamn",
            "xyzzy",
            "070 328 48 69",
            "",
        ];
        let reference = Reference::builtin().unwrap();
        for text in texts {
            for (name, _, _) in reference.column_names() {
                let d = strsim::osa_distance(text, name);
                assert!(missing(&char_counts(text), name) <= d, "{text:?} {name:?}");
            }
        }
    }

    #[test]
    fn headers_exact_combined_and_near() {
        let r = Reference::builtin().unwrap();
        assert_eq!(header("E-post", &r), Header::Exact(Field::Email));
        assert_eq!(
            header("Roll/Organisation", &r),
            Header::Combined(Field::Role, Field::Organisation)
        );
        assert_eq!(
            header("Län/Region", &r),
            Header::Combined(Field::County, Field::Region)
        );
        assert_eq!(
            header("Telefon och mobil", &r),
            Header::Combined(Field::Phone, Field::Mobile)
        );
        assert_eq!(header("Förnamn och efternamn", &r), Header::Unknown);
        assert_eq!(header("Namn och titel", &r), Header::Unknown);
        assert_eq!(header("Förnamn och efternamn", &r), Header::Unknown);
        assert_eq!(header("Namn och titel", &r), Header::Unknown);
        assert_eq!(header("Telfon", &r), Header::Guessed(Field::Phone));
        assert_eq!(header("E-post adress", &r), Header::Guessed(Field::Email));
        assert_eq!(header("Mobilnumer", &r), Header::Guessed(Field::Mobile));
        assert_eq!(header("Skostorlek", &r), Header::Unknown);
        assert_eq!(header("Nr", &r), Header::Unknown);
        assert_eq!(header("Telefon/Telefon", &r), Header::Unknown);
    }
}
