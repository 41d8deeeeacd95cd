//! What `kontakt fix` marks in a region's workbook: each cell with a finding or a change,
//! coloured by what it is and carrying a note in Swedish, and the lines of the first sheet,
//! "Att rätta", each with a link to its cell.

use std::collections::BTreeMap;

/// What a marked cell is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    /// An error: the cell must be corrected.
    Error,
    /// A warning: to be looked at.
    Warning,
    /// A note: kontakt wrote the value in its standard form, or otherwise than the region did;
    /// nothing to do.
    Changed,
}

impl Mark {
    pub fn colour(self) -> &'static str {
        match self {
            Mark::Error => "#F4B6B6",
            Mark::Warning => "#FFE699",
            Mark::Changed => "#C6EFCE",
        }
    }

    /// The word in the list's Allvar column.
    pub fn word(self) -> &'static str {
        match self {
            Mark::Error => "fel",
            Mark::Warning => "varning",
            Mark::Changed => "notering",
        }
    }
}

/// A cell of the fixed workbook: the index of its data sheet, and its 0-based row and column.
pub type At = (usize, u32, u16);

/// A cell's mark and the note it carries (every finding and change at the cell).
#[derive(Debug, Clone)]
pub struct CellMark {
    pub mark: Mark,
    pub note: String,
}

/// One line of "Att rätta".
#[derive(Debug, Clone)]
pub struct Line {
    pub mark: Mark,
    /// The cell in the fixed workbook, when the line has one.
    pub at: Option<At>,
    /// The rule code, or empty for a change.
    pub code: String,
    pub what: String,
    pub help: String,
    /// Where it is in the region's own file: `syd.xlsx, Syd!D3`.
    pub origin: String,
}

/// Everything marked in one workbook.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    pub cells: BTreeMap<At, CellMark>,
    pub lines: Vec<Line>,
}

/// The longest text of a line of the list, in characters.
const TEXT_LIMIT: usize = 1000;

/// The longest note, in characters (Excel holds 32,767).
const NOTE_LIMIT: usize = 8000;

impl Marks {
    /// Add a line, and mark its cell (the most serious mark wins; notes gather). Texts are cut
    /// to what a cell and a note hold (a 40,000-character value is quoted in part).
    pub fn add(&mut self, mut line: Line) {
        line.what = cut(&line.what, TEXT_LIMIT);
        line.help = cut(&line.help, TEXT_LIMIT);
        if let Some(at) = line.at {
            let text = match line.code.is_empty() {
                true => line.what.clone(),
                false => format!(
                    "{} ({}): {}{}",
                    line.mark.word(),
                    line.code,
                    line.what,
                    match line.help.is_empty() {
                        true => String::new(),
                        false => format!("\n{}", line.help),
                    }
                ),
            };
            let entry = self.cells.entry(at).or_insert(CellMark {
                mark: line.mark,
                note: String::new(),
            });
            entry.mark = entry.mark.min(line.mark);
            if entry.note.chars().count() + text.chars().count() < NOTE_LIMIT {
                if !entry.note.is_empty() {
                    entry.note.push_str("\n\n");
                }
                entry.note.push_str(&text);
            }
        }
        self.lines.push(line);
    }

    /// How many lines have `mark`.
    pub fn count(&self, mark: Mark) -> usize {
        self.lines.iter().filter(|l| l.mark == mark).count()
    }
}

/// `text` cut to `limit` characters, ending in `…` when cut.
pub fn cut(text: &str, limit: usize) -> String {
    match text.chars().count() > limit {
        true => text.chars().take(limit - 1).chain(['…']).collect(),
        false => text.to_string(),
    }
}

/// `A1`-style name of a 0-based cell.
pub fn cell_name(row: u32, col: u16) -> String {
    let mut letters = String::new();
    let mut c = col as u32 + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        letters.insert(0, (b'A' + rem as u8) as char);
        c = (c - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(2, 5), "F3");
        assert_eq!(cell_name(9, 26), "AA10");
        assert_eq!(cell_name(0, 16_383), "XFD1");
    }

    #[test]
    fn the_most_serious_mark_wins_and_notes_gather() {
        let mut marks = Marks::default();
        let line = |mark, code: &str| Line {
            mark,
            at: Some((0, 1, 5)),
            code: code.into(),
            what: "x".into(),
            help: String::new(),
            origin: String::new(),
        };
        marks.add(line(Mark::Changed, ""));
        marks.add(line(Mark::Error, "phone-invalid"));
        let cell = &marks.cells[&(0, 1, 5)];
        assert_eq!(cell.mark, Mark::Error);
        assert_eq!(cell.note, "x\n\nfel (phone-invalid): x");
        assert_eq!(marks.count(Mark::Error), 1);
    }
}
