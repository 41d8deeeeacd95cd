//! Where a value came from: file, sheet, row and column as a person sees them.
//!
//! Rows and columns are 1-based (`NonZeroU32` makes 0 unrepresentable), like Excel's `E7` or the
//! physical line of a CSV file. calamine reports positions relative to a sheet's used range; the
//! one conversion lives in [`calamine_cell`].

use std::fmt;
use std::num::NonZeroU32;
use std::sync::Arc;

use serde::Serialize;

use crate::i18n::Lang;
use crate::tr;

/// A 1-based row or column number.
pub type OneBased = NonZeroU32;

/// What kind of file a location points into: it decides how the location is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    /// A spreadsheet: rows and columns are cells (`Nord!E7`).
    Sheet,
    /// A text file: the row is the physical line, the column the field number; people and
    /// editors see the character column where the field starts.
    Text,
}

/// A place in the input. Every part after `file` is optional: a finding may be about a whole file,
/// a sheet, a row, a cell, or (with no location at all) the data set.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub file: Arc<str>,
    pub kind: FileKind,
    pub sheet: Option<Arc<str>>,
    pub row: Option<OneBased>,
    pub col: Option<OneBased>,
    /// In a text file: the character column (1-based, on the field's line) where the field
    /// starts, as editors and GitHub count; `col` stays the field number.
    pub char_col: Option<OneBased>,
}

impl Location {
    pub fn file(file: impl Into<Arc<str>>, kind: FileKind) -> Self {
        Location {
            file: file.into(),
            kind,
            sheet: None,
            row: None,
            col: None,
            char_col: None,
        }
    }

    pub fn in_sheet(&self, sheet: &str) -> Self {
        Location {
            sheet: Some(Arc::from(sheet)),
            row: None,
            col: None,
            char_col: None,
            ..self.clone()
        }
    }

    /// The cell at 1-based `row` and `col` (0 means "not known" and is dropped).
    pub fn at(&self, row: u32, col: u32) -> Self {
        self.at_char(row, col, 0)
    }

    /// `at`, with the character column where a text file's field starts (0: not known).
    pub fn at_char(&self, row: u32, col: u32, char_col: u32) -> Self {
        Location {
            row: NonZeroU32::new(row),
            col: NonZeroU32::new(col),
            char_col: NonZeroU32::new(char_col),
            ..self.clone()
        }
    }

    /// The column a person looks for: the character column in a text file when known, else the
    /// field (or cell) column.
    pub fn shown_col(&self) -> Option<OneBased> {
        self.char_col.or(self.col)
    }

    /// The cell reference as Excel writes it (`E7`), when both row and column are known.
    pub fn cell_ref(&self) -> Option<String> {
        Some(format!("{}{}", column_letters(self.col?.get()), self.row?))
    }
}

/// The 1-based row and column of a cell of a calamine range: `range_start` is the range's
/// absolute 0-based start (`Range::start()`), `relative` the 0-based position inside the range.
pub fn calamine_cell(range_start: (u32, u32), relative: (usize, usize)) -> (u32, u32) {
    let row = range_start.0 as u64 + relative.0 as u64 + 1;
    let col = range_start.1 as u64 + relative.1 as u64 + 1;
    (
        u32::try_from(row).unwrap_or(u32::MAX),
        u32::try_from(col).unwrap_or(u32::MAX),
    )
}

/// `1` → `A`, `26` → `Z`, `27` → `AA`, `16384` → `XFD`.
pub fn column_letters(col: u32) -> String {
    let mut n = col;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// `A` → 1, `XFD` → 16384; `None` for anything that is not a column name.
pub fn column_number(letters: &str) -> Option<u32> {
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    letters.bytes().try_fold(0u32, |acc, b| {
        b.is_ascii_uppercase()
            .then(|| acc * 26 + u32::from(b - b'A' + 1))
    })
}

impl Location {
    /// The place as a reader who is not technical says it: `cell D7 i fliken Nord, fil
    /// input/nord.xlsx`, `rad 2, kolumn 3 i filen input/syd.csv`.
    pub fn in_words(&self, lang: Lang) -> String {
        let spot = match (self.kind, self.cell_ref(), self.row, self.col) {
            (FileKind::Sheet, Some(cell), _, _) => Some(tr!("mail-place-cell", cell = cell)),
            (FileKind::Text, _, Some(row), Some(col)) => Some(tr!(
                "mail-place-field",
                row = row.to_string(),
                col = col.to_string()
            )),
            (_, _, Some(row), _) => Some(tr!("mail-place-row", row = row.to_string())),
            _ => None,
        };
        let file = self.file.to_string();
        match (spot, &self.sheet) {
            (Some(spot), Some(sheet)) => tr!(
                "mail-place-in-sheet",
                spot = spot,
                sheet = sheet.to_string(),
                file = file
            ),
            (Some(spot), None) => tr!("mail-place-in-file", spot = spot, file = file),
            (None, Some(sheet)) => tr!("mail-place-sheet", sheet = sheet.to_string(), file = file),
            (None, None) => tr!("mail-place-file", file = file),
        }
        .render(lang)
    }
}

impl fmt::Display for Location {
    /// `input/nord.xlsx:Nord!E7` for a sheet cell, `input/mitt.csv:7:3` for a CSV field.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        match self.kind {
            FileKind::Sheet => {
                if let Some(sheet) = &self.sheet {
                    write!(f, ":{sheet}")?;
                    match (self.row, self.col) {
                        (Some(r), Some(c)) => write!(f, "!{}{r}", column_letters(c.get()))?,
                        (Some(r), None) => write!(f, "!{r}:{r}")?,
                        (None, Some(c)) => {
                            let c = column_letters(c.get());
                            write!(f, "!{c}:{c}")?
                        }
                        (None, None) => {}
                    }
                }
            }
            FileKind::Text => {
                if let Some(r) = self.row {
                    write!(f, ":{r}")?;
                    if let Some(c) = self.shown_col() {
                        write!(f, ":{c}")?;
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_round_trip() {
        for (n, s) in [
            (1, "A"),
            (5, "E"),
            (26, "Z"),
            (27, "AA"),
            (52, "AZ"),
            (16384, "XFD"),
        ] {
            assert_eq!(column_letters(n), s);
            assert_eq!(column_number(s), Some(n));
        }
        assert_eq!(column_number("a1"), None);
    }

    #[test]
    fn calamine_positions_are_relative_to_the_used_range() {
        // A range whose used area starts at C4 (0-based (3, 2)): its cell (0, 0) is C4 and its
        // cell (3, 2) is E7.
        let base = Location::file("input/nord.xlsx", FileKind::Sheet).in_sheet("Nord");
        let at = |(row, col)| base.at(row, col);
        assert_eq!(
            at(calamine_cell((3, 2), (0, 0))).to_string(),
            "input/nord.xlsx:Nord!C4"
        );
        assert_eq!(
            at(calamine_cell((3, 2), (3, 2))).to_string(),
            "input/nord.xlsx:Nord!E7"
        );
        assert_eq!(
            at(calamine_cell((0, 0), (0, 0))).cell_ref().as_deref(),
            Some("A1")
        );
    }

    #[test]
    fn text_locations_are_line_and_field() {
        let base = Location::file("input/mitt.csv", FileKind::Text);
        assert_eq!(base.at(7, 3).to_string(), "input/mitt.csv:7:3");
        assert_eq!(base.at(7, 0).to_string(), "input/mitt.csv:7");
        assert_eq!(base.to_string(), "input/mitt.csv");
        // The third field starts at character 21 of its line.
        assert_eq!(base.at_char(7, 3, 21).to_string(), "input/mitt.csv:7:21");
    }
}
