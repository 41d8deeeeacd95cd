//! What `kontakt fix` marks in a region's workbook: each cell with a finding or a change,
//! coloured by what it is and carrying a note in Swedish, and the first sheet, "Att rätta",
//! listing them all with a link to each cell.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Format, FormatBorder, Url, Worksheet, XlsxError};

/// The first sheet's name.
pub const LIST: &str = "Att rätta";

/// What a marked cell is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    /// An error: the cell must be corrected.
    Error,
    /// A warning: to be looked at.
    Warning,
    /// kontakt rewrote the value in its standard form: said, nothing to do.
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
            Mark::Changed => "ändrat",
        }
    }
}

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
    /// The cell in the fixed workbook (0-based row and column), when the finding has one.
    pub cell: Option<(u32, u16)>,
    /// The rule code, or empty for a change.
    pub code: String,
    pub what: String,
    pub help: String,
    /// Where it was in the region's own file: `syd.xlsx:Syd!D3`.
    pub origin: String,
}

/// Everything marked in one workbook.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    pub cells: BTreeMap<(u32, u16), CellMark>,
    pub lines: Vec<Line>,
}

impl Marks {
    /// Add a line, and mark its cell (the most serious mark wins; notes gather). Texts are cut
    /// to what a cell and a note hold (a 40,000-character value is quoted in part).
    pub fn add(&mut self, mut line: Line) {
        line.what = cut(&line.what, TEXT_LIMIT);
        line.help = cut(&line.help, TEXT_LIMIT);
        if let Some(at) = line.cell {
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
}

/// The longest text of a line of the list, in characters.
const TEXT_LIMIT: usize = 1000;

/// The longest note, in characters (Excel holds 32,767).
const NOTE_LIMIT: usize = 8000;

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

/// The "Att rätta" sheet: errors, then warnings, then changes, each with a link to its cell.
pub fn list(sheet: &mut Worksheet, data_sheet: &str, marks: &Marks) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let header = Format::new()
        .set_bold()
        .set_background_color("#DDE8F3")
        .set_border_bottom(FormatBorder::Thin);
    let wrap = Format::new().set_text_wrap();
    let errors = marks.lines.iter().filter(|l| l.mark == Mark::Error).count();
    let warnings = marks
        .lines
        .iter()
        .filter(|l| l.mark == Mark::Warning)
        .count();
    let changes = marks
        .lines
        .iter()
        .filter(|l| l.mark == Mark::Changed)
        .count();
    sheet.write_string_with_format(
        0,
        0,
        format!(
            "Att rätta: {errors} fel, {warnings} {}; {changes} {} av kontakt",
            if warnings == 1 {
                "varning"
            } else {
                "varningar"
            },
            if changes == 1 {
                "värde omskrivet till standardform"
            } else {
                "värden omskrivna till standardform"
            },
        ),
        &title,
    )?;
    sheet.write_string(
        1,
        0,
        "Rätta cellerna med fel och se över varningarna på bladet med regionens namn; varje cell har en kommentar. Ändrat: kontakt har skrivit om värdet till standardform, inget att göra.",
    )?;
    for (c, (name, width)) in [
        ("Cell", 8.0),
        ("Allvar", 10.0),
        ("Regel", 22.0),
        ("Vad", 60.0),
        ("Så rättar du", 60.0),
        ("I er fil", 30.0),
    ]
    .into_iter()
    .enumerate()
    {
        sheet.set_column_width(c as u16, width)?;
        sheet.write_string_with_format(3, c as u16, name, &header)?;
    }
    sheet.set_freeze_panes(4, 0)?;
    let mut ordered: Vec<&Line> = marks.lines.iter().collect();
    ordered.sort_by_key(|l| (l.mark, l.cell));
    for (i, line) in ordered.into_iter().enumerate() {
        let r = i as u32 + 4;
        if let Some((row, col)) = line.cell {
            let name = cell_name(row, col);
            let target = format!("internal:'{}'!{name}", data_sheet.replace('\'', "''"));
            sheet.write_url_with_text(r, 0, Url::new(target), &name)?;
        }
        let colour = Format::new().set_background_color(line.mark.colour());
        sheet.write_string_with_format(r, 1, line.mark.word(), &colour)?;
        sheet.write_string(r, 2, &line.code)?;
        sheet.write_string_with_format(r, 3, &line.what, &wrap)?;
        sheet.write_string_with_format(r, 4, &line.help, &wrap)?;
        sheet.write_string(r, 5, &line.origin)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(2, 5), "F3");
        assert_eq!(cell_name(9, 26), "AA10");
    }

    #[test]
    fn the_most_serious_mark_wins_and_notes_gather() {
        let mut marks = Marks::default();
        let line = |mark, code: &str| Line {
            mark,
            cell: Some((1, 5)),
            code: code.into(),
            what: "x".into(),
            help: String::new(),
            origin: String::new(),
        };
        marks.add(line(Mark::Changed, ""));
        marks.add(line(Mark::Error, "phone-invalid"));
        let cell = &marks.cells[&(1, 5)];
        assert_eq!(cell.mark, Mark::Error);
        assert_eq!(cell.note, "x\n\nfel (phone-invalid): x");
    }
}
