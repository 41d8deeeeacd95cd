//! The fixed workbook's bytes: "Att rätta" first, listing every line with a link to its cell,
//! then the region's sheets as planned, each marked cell filled in its mark's colour with a
//! note, and the phone columns formatted as text; signed as kontakt's, like a template.

use rust_xlsxwriter::{Format, FormatBorder, Formula, Note, Url, Workbook, Worksheet, XlsxError};

use super::marks::{Line, Mark, Marks, cell_name};
use super::source::Kept;
use super::{LIST, Plan, Sheet};
use crate::ingest::parts::{KONTAKT, NumberFormat, REGION, REGION_NOTE};
use crate::schemas::Field;
use crate::template::{properties, signed};

/// The fixed workbook.
pub fn workbook(plan: &Plan) -> Result<Vec<u8>, XlsxError> {
    signed(|signature| {
        let mut book = Workbook::new();
        book.set_properties(&properties(signature)?);
        let sheet = book.add_worksheet();
        sheet.set_name(LIST)?;
        list(sheet, plan)?;
        for (j, planned) in plan.sheets.iter().enumerate() {
            let sheet = book.add_worksheet();
            sheet.set_name(&planned.name)?;
            sheet.set_hidden(planned.hidden);
            data(sheet, j, planned, &plan.marks)?;
        }
        book.save_to_buffer()
    })
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color("#DDE8F3")
        .set_border_bottom(FormatBorder::Thin)
}

/// The "Att rätta" sheet: errors, then warnings, then changes, each with a link to its cell.
fn list(sheet: &mut Worksheet, plan: &Plan) -> Result<(), XlsxError> {
    let marks = &plan.marks;
    let title = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new().set_text_wrap();
    let (errors, warnings, changes) = (
        marks.count(Mark::Error),
        marks.count(Mark::Warning),
        marks.count(Mark::Changed),
    );
    sheet.write_string_with_format(
        0,
        0,
        format!(
            "Att rätta: {errors} fel, {warnings} {}, {changes} {}",
            if warnings == 1 {
                "varning"
            } else {
                "varningar"
            },
            if changes == 1 {
                "notering"
            } else {
                "noteringar"
            },
        ),
        &title,
    )?;
    sheet.write_string(
        1,
        0,
        "Rätta cellerna med fel (röda) och se över varningarna (gula); varje markerad cell har en kommentar, och länken i kolumnen Cell leder dit. Noteringar (gröna) säger vad programmet kontakt har skrivit om eller inte kunnat ta med; där finns inget att göra. Cellernas värden är era; typsnitt, färger och kolumnbredder är kontakts.",
    )?;
    sheet.write_string(
        2,
        0,
        "Kolumnrubriker som kontakt läser: Region, Namn (eller Förnamn och Efternamn), Roll, Organisation, E-post, Telefon, Mobil, Län, och Typ för den nationella nivån.",
    )?;
    for (c, (name, width)) in [
        ("Cell", 16.0),
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
        sheet.write_string_with_format(3, c as u16, name, &header_format())?;
    }
    sheet.set_freeze_panes(4, 0)?;
    let mut ordered: Vec<&Line> = marks.lines.iter().collect();
    ordered.sort_by_key(|l| (l.mark, l.at.is_none(), l.at));
    for (i, line) in ordered.into_iter().enumerate() {
        let r = i as u32 + 4;
        if let Some((j, row, col)) = line.at
            && let Some(target) = plan.sheets.get(j)
        {
            let name = cell_name(row, col);
            let quoted = target.name.replace('\'', "''");
            let url = Url::new(format!("internal:'{quoted}'!{name}"))
                .set_text(format!("{}!{name}", target.name));
            sheet.write_url(r, 0, url)?;
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

/// A data sheet: the region's cells, marked.
fn data(sheet: &mut Worksheet, j: usize, planned: &Sheet, marks: &Marks) -> Result<(), XlsxError> {
    let has = |c: u16, f: Field| planned.columns.get(&c).is_some_and(|s| s.contains(&f));
    let phone = |c: u16| has(c, Field::Phone) || has(c, Field::Mobile);
    let text = Format::new().set_num_format("@");
    let header = planned.header;
    // Widths from the longest value in each column.
    let mut widths: std::collections::BTreeMap<u16, usize> = Default::default();
    // A title merged over several columns does not widen its first one.
    let wide: std::collections::HashSet<(u32, u16)> = planned
        .merged
        .iter()
        .filter(|(_, c0, _, c1)| c1 > c0)
        .map(|&(r0, c0, _, _)| (r0, c0))
        .collect();
    for (r, c, value) in &planned.cells {
        if !wide.contains(&(*r, *c)) {
            let w = widths.entry(*c).or_default();
            *w = (*w).max(value.text().chars().count());
        }
    }
    for (c, w) in widths {
        sheet.set_column_width(c, (w as f64 + 2.0).clamp(8.0, 60.0))?;
    }
    for &c in planned.columns.keys() {
        if phone(c) {
            sheet.set_column_format(c, &text)?;
        }
    }
    if let Some(h) = header {
        sheet.set_freeze_panes(h + 1, 0)?;
    }
    for &(r0, c0, r1, c1) in &planned.merged {
        sheet.merge_range(r0, c0, r1, c1, "", &Format::new())?;
    }
    let format_of = |r: u32, c: u16, value: Option<&Kept>| {
        let mut format = match value {
            Some(Kept::Date { duration: true, .. }) => Format::new().set_num_format("[h]:mm:ss"),
            Some(Kept::Date { serial, .. }) if serial.fract() == 0.0 => {
                Format::new().set_num_format("yyyy-mm-dd")
            }
            Some(Kept::Date { serial, .. }) if *serial < 1.0 => {
                Format::new().set_num_format("hh:mm:ss")
            }
            Some(Kept::Date { .. }) => Format::new().set_num_format("yyyy-mm-dd hh:mm"),
            Some(Kept::Text(_)) | None if phone(c) && Some(r) != header => text.clone(),
            _ => Format::new(),
        };
        // The number format the region gave the cell, kept.
        match planned.formats.get(&(r, c)) {
            Some(NumberFormat::Builtin(id)) => format = format.set_num_format_index(*id),
            Some(NumberFormat::Custom(code)) => format = format.set_num_format(code),
            None => {}
        }
        if Some(r) == header {
            format = header_format();
        }
        if let Some(mark) = marks.cells.get(&(j, r, c)) {
            format = format.set_background_color(mark.mark.colour());
        }
        format
    };
    for (r, c, value) in &planned.cells {
        // Most cells need no format of their own: written plain, which is much faster.
        let plain = !phone(*c)
            && Some(*r) != header
            && !planned.formats.contains_key(&(*r, *c))
            && !marks.cells.contains_key(&(j, *r, *c));
        match value {
            Kept::Text(t) if plain => {
                sheet.write_string(*r, *c, t)?;
                continue;
            }
            Kept::Number(n) if plain && n.is_finite() => {
                sheet.write_number(*r, *c, *n)?;
                continue;
            }
            _ => {}
        }
        let format = format_of(*r, *c, Some(value));
        match value {
            Kept::Text(t) => sheet.write_string_with_format(*r, *c, t, &format)?,
            // An error value stays one (`=#N/A`, its result the error): check reads it so.
            Kept::Error(e) => sheet.write_formula_with_format(
                *r,
                *c,
                Formula::new(format!("={e}")).set_result(e),
                &format,
            )?,
            Kept::IsoDate(d) => match rust_xlsxwriter::ExcelDateTime::parse_from_str(d) {
                Ok(date) => {
                    let code = match d.contains('T') {
                        true => "yyyy-mm-dd hh:mm",
                        false => "yyyy-mm-dd",
                    };
                    sheet.write_datetime_with_format(*r, *c, &date, &format.set_num_format(code))?
                }
                Err(_) => sheet.write_string_with_format(*r, *c, d, &format)?,
            },
            Kept::Number(n) | Kept::Date { serial: n, .. } if n.is_finite() => {
                sheet.write_number_with_format(*r, *c, *n, &format)?
            }
            Kept::Number(n) | Kept::Date { serial: n, .. } => {
                sheet.write_string_with_format(*r, *c, n.to_string(), &format)?
            }
            Kept::Bool(b) => sheet.write_boolean_with_format(*r, *c, *b, &format)?,
            // A formula without a result stays one: rust_xlsxwriter writes 0 for an empty
            // result, and a blank text result is read as none, as check reads the original.
            Kept::Formula(f) => sheet.write_formula_with_format(
                *r,
                *c,
                Formula::new(f.as_str()).set_result(" "),
                &format,
            )?,
        };
    }
    let filled: std::collections::HashSet<(u32, u16)> =
        planned.cells.iter().map(|(r, c, _)| (*r, *c)).collect();
    // kontakt's notes, with the region's own note on the cell after them; the region's notes
    // on cells kontakt did not mark, as they were.
    let mut notes: std::collections::BTreeMap<(u32, u16), String> = planned
        .notes
        .iter()
        .map(|(at, note)| (*at, note.clone()))
        .collect();
    for (&(_, r, c), mark) in marks.cells.range((j, 0, 0)..(j + 1, 0, 0)) {
        if !filled.contains(&(r, c)) {
            sheet.write_blank(r, c, &format_of(r, c, None))?;
        }
        let note = match planned.notes.get(&(r, c)) {
            Some(theirs) => format!("{}\n\n{REGION_NOTE} {theirs}", mark.note),
            None => mark.note.clone(),
        };
        notes.insert((r, c), note);
    }
    for ((r, c), text) in notes {
        let text = super::marks::cut(&text, 32_000);
        // The region's own comment alone stays the region's (it reads back as theirs).
        let author = match marks.cells.contains_key(&(j, r, c)) {
            true => KONTAKT,
            false => REGION,
        };
        let note = Note::new(&text)
            .set_author(author)
            .add_author_prefix(false)
            .set_width(420)
            .set_height(160);
        sheet.insert_note(r, c, &note)?;
    }
    Ok(())
}
