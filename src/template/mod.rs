//! `kontakt template`: the spreadsheet a region fills in, made so that Excel refuses what check
//! would refuse. One sheet named after the region with the canonical Swedish headers, the
//! phone columns formatted as text (no lost leading 0, no `7,03E+08`), drop-downs for Region,
//! Län and Typ from a hidden sheet, an e-mail rule, Swedish input and error messages, and an
//! "Instruktioner" sheet. Pure: a region and its rows in, the workbook's bytes out.

pub mod fixed;
pub mod rows;

use std::io::Read;

use rust_xlsxwriter::{
    DataValidation, DocProperties, Format, FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};

use crate::schemas::{Reference, Region};
pub use rows::{Row, rows_of};

/// The custom document property kontakt signs a template with: the SHA-256 of the workbook's
/// content (its `xl/` parts) as kontakt wrote it. A file whose content still has that hash is
/// kontakt's and unchanged, and may be replaced; a region's edited template (in Excel or
/// LibreOffice, which keep the property but rewrite the content) is not.
pub const MARK: &str = "kontakt-template";

/// The SHA-256 of a workbook's `xl/` parts, by name: what the region sees and edits.
fn content_hash(bytes: &[u8]) -> Option<String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.starts_with("xl/"))
        .map(|n| n.into_owned())
        .collect();
    names.sort();
    let mut all = Vec::new();
    for name in names {
        let mut part = zip.by_name(&name).ok()?;
        all.extend_from_slice(name.as_bytes());
        all.push(0);
        // A template is a few hundred kilobytes; a larger part is not one kontakt wrote.
        (&mut part).take(64 << 20).read_to_end(&mut all).ok()?;
        all.push(0);
    }
    Some(crate::hash::sha256_hex(&all))
}

/// The signature a workbook carries in `MARK`, if any: in `docProps/custom.xml`, or, in a
/// workbook LibreOffice saved as ODS, in `meta.xml`.
pub fn signature(bytes: &[u8]) -> Option<String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut part = |name: &str| {
        let mut text = String::new();
        zip.by_name(name)
            .ok()?
            .take(1 << 20)
            .read_to_string(&mut text)
            .ok()?;
        Some(text)
    };
    if let Some(text) = part("docProps/custom.xml") {
        let after = text.split(&format!("name=\"{MARK}\"")).nth(1)?;
        let value = after.split("<vt:lpwstr>").nth(1)?.split('<').next()?;
        return Some(value.to_string());
    }
    let meta = part("meta.xml")?;
    let after = meta.split(&format!("meta:name=\"{MARK}\"")).nth(1)?;
    let value = after.split_once('>')?.1.split('<').next()?;
    Some(value.to_string())
}

/// Whether the file at `path` is a template kontakt wrote and nobody changed since. A file that
/// cannot be read as one is not.
pub fn unchanged_template(path: &std::path::Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    match (signature(&bytes), content_hash(&bytes)) {
        (Some(signed), Some(now)) => signed == now,
        _ => false,
    }
}

/// The E-post column's rule, for cell E2 (Excel moves it down the column).
pub const EMAIL_RULE: &str = "=AND(LEN(E2)-LEN(SUBSTITUTE(E2,\"@\",\"\"))=LEN(E2)-LEN(SUBSTITUTE(E2,\";\",\"\"))+1,\
ISERROR(SEARCH(\"@@\",E2)),ISERROR(SEARCH(\";@\",E2)),ISERROR(SEARCH(\"; @\",E2)),\
ISERROR(SEARCH(\"@;\",E2)),LEFT(TRIM(E2),1)<>\"@\",RIGHT(TRIM(E2),1)<>\"@\")";

/// The last row (1-based) the drop-downs and the e-mail rule cover.
pub const LAST_ROW: u32 = 1000;

/// Blank rows with the region filled in after the contacts, for new people.
const SPARE_ROWS: u32 = 20;

/// The hidden sheet the drop-downs read their lists from (`check` skips hidden sheets).
pub const LISTS: &str = "Listor";

/// The instructions sheet (`check` skips it: it has no header row).
pub const INSTRUCTIONS: &str = "Instruktioner";

/// A column of the template: its header, width, and whether it holds phone numbers.
struct Column {
    header: &'static str,
    width: f64,
}

const COLUMNS: [Column; 9] = [
    Column {
        header: "Region",
        width: 14.0,
    },
    Column {
        header: "Namn",
        width: 28.0,
    },
    Column {
        header: "Roll",
        width: 32.0,
    },
    Column {
        header: "Organisation",
        width: 28.0,
    },
    Column {
        header: "E-post",
        width: 38.0,
    },
    Column {
        header: "Telefon",
        width: 24.0,
    },
    Column {
        header: "Mobil",
        width: 24.0,
    },
    Column {
        header: "Län",
        width: 44.0,
    },
    Column {
        header: "Typ",
        width: 12.0,
    },
];

/// Column indexes (0-based) in `COLUMNS`.
pub const REGION: u16 = 0;
pub const EMAIL: u16 = 4;
pub const PHONE: u16 = 5;
pub const MOBILE: u16 = 6;
pub const LAN: u16 = 7;
pub const KIND: u16 = 8;

/// The headers of the template for `region`: Typ only for the national level, whose support
/// line is a function rather than a person.
pub fn headers(region: &Region) -> Vec<&'static str> {
    let n = if region.national { 9 } else { 8 };
    COLUMNS[..n].iter().map(|c| c.header).collect()
}

/// The template workbook for `region`, with `rows` filled in and `lan` (short names) as the
/// region's own set, offered first in the Län drop-down; signed (`MARK`) with the hash of its
/// content.
pub fn workbook(
    reference: &Reference,
    region: &Region,
    rows: &[Row],
    lan: &[String],
) -> Result<Vec<u8>, XlsxError> {
    signed(|signature| build(reference, region, rows, lan, signature))
}

/// A workbook `build` makes twice: unsigned, then signed (`MARK`) with the hash of its content.
pub fn signed(
    build: impl Fn(Option<&str>) -> Result<Vec<u8>, XlsxError>,
) -> Result<Vec<u8>, XlsxError> {
    let unsigned = build(None)?;
    let hash = content_hash(&unsigned).unwrap_or_default();
    build(Some(&hash))
}

/// The workbook's properties: kontakt's signature, and a fixed creation time, so that the same
/// input gives the same bytes.
pub fn properties(signature: Option<&str>) -> Result<DocProperties, XlsxError> {
    let created = rust_xlsxwriter::ExcelDateTime::from_ymd(2021, 1, 1)?;
    let properties = DocProperties::new()
        .set_author("kontakt")
        .set_creation_datetime(&created);
    Ok(match signature {
        Some(hash) => properties.set_custom_property(MARK, hash),
        None => properties,
    })
}

fn build(
    reference: &Reference,
    region: &Region,
    rows: &[Row],
    lan: &[String],
    signature: Option<&str>,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(&properties(signature)?);
    let columns = headers(region).len() as u16;

    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(region))?;
    let header = Format::new()
        .set_bold()
        .set_background_color("#DDE8F3")
        .set_border_bottom(FormatBorder::Thin);
    let text = Format::new().set_num_format("@");
    for (c, column) in COLUMNS[..columns as usize].iter().enumerate() {
        let c = c as u16;
        sheet.set_column_width(c, column.width)?;
        sheet.write_string_with_format(0, c, column.header, &header)?;
    }
    // Phones as text: Excel keeps what is typed, leading 0 and spaces included.
    sheet.set_column_format(PHONE, &text)?;
    sheet.set_column_format(MOBILE, &text)?;
    sheet.set_freeze_panes(1, 0)?;

    let own_set = lan.join(", ");
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        let cells = [
            (REGION, &row.region),
            (1, &row.name),
            (2, &row.role),
            (3, &row.organisation),
            (EMAIL, &row.email),
        ];
        let mut cells: Vec<(u16, &String)> = cells.to_vec();
        cells.extend([(PHONE, &row.phone), (MOBILE, &row.mobile), (LAN, &row.lan)]);
        if region.national {
            cells.push((KIND, &row.kind));
        }
        for (c, value) in cells {
            if !value.is_empty() {
                match c {
                    PHONE | MOBILE => sheet.write_string_with_format(r, c, value, &text)?,
                    _ => sheet.write_string(r, c, value)?,
                };
            }
        }
    }
    let spare_from = rows.len() as u32 + 1;
    for r in spare_from..spare_from + SPARE_ROWS {
        sheet.write_string(r, REGION, &region.name)?;
    }
    validations(sheet, reference, region, lan.len())?;

    let sheet = book.add_worksheet();
    sheet.set_name(INSTRUCTIONS)?;
    instructions(sheet, region, &own_set)?;

    let sheet = book.add_worksheet();
    sheet.set_name(LISTS)?;
    lists(sheet, reference, &own_set, lan)?;
    sheet.set_hidden(true);

    book.save_to_buffer()
}

/// The sheet's name: the region's, within Excel's 31 characters and without the characters it
/// refuses.
pub fn sheet_name(region: &Region) -> String {
    region
        .name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}

/// The drop-downs' lists: A the regions, B the region's own set of län and each län, C the
/// kinds of contact.
fn lists(
    sheet: &mut Worksheet,
    reference: &Reference,
    own_set: &str,
    lan: &[String],
) -> Result<(), XlsxError> {
    for (i, r) in reference.regions.iter().enumerate() {
        sheet.write_string(i as u32, 0, &r.name)?;
    }
    let mut row = 0;
    if lan.len() > 1 {
        sheet.write_string(0, 1, own_set)?;
        row = 1;
    }
    for l in &reference.lan {
        sheet.write_string(row, 1, &l.short)?;
        row += 1;
    }
    sheet.write_string(0, 2, "Person")?;
    sheet.write_string(1, 2, "Funktion")?;
    Ok(())
}

/// How many entries the Län list has: the region's own set (when it has more than one län)
/// and the 21 län.
fn lan_entries(reference: &Reference, own: usize) -> u32 {
    reference.lan.len() as u32 + u32::from(own > 1)
}

fn validations(
    sheet: &mut Worksheet,
    reference: &Reference,
    region: &Region,
    own_lan: usize,
) -> Result<(), XlsxError> {
    let last = LAST_ROW - 1;
    // Every rule stops a wrong value (Excel's default error style, "Stop").
    let regions = DataValidation::new()
        .allow_list_formula(Formula::new(format!(
            "={LISTS}!$A$1:$A${}",
            reference.regions.len()
        )))
        .set_input_title("Region")?
        .set_input_message(format!("Välj regionen i listan: {}.", region.name))?
        .set_error_title("Okänd region")?
        .set_error_message("Välj en av regionerna i listan.")?;
    sheet.add_data_validation(1, REGION, last, REGION, &regions)?;

    let lan = DataValidation::new()
        .allow_list_formula(Formula::new(format!(
            "={LISTS}!$B$1:$B${}",
            lan_entries(reference, own_lan)
        )))
        .set_input_title("Län")?
        .set_input_message(match own_lan > 1 {
            true => "Välj regionens alla län (första raden i listan) eller ett län.",
            false => "Välj länet i listan.",
        })?
        .set_error_title("Okänt län")?
        .set_error_message(
            "Välj i listan. Ett län skrivs med sitt korta namn, till exempel Västra Götaland eller Gotland.",
        )?;
    sheet.add_data_validation(1, LAN, last, LAN, &lan)?;

    // One @ in each address, with something before and after it; several addresses (a
    // contact with two) are separated by semicolons, as the template writes them. Excel has no
    // loop: as many @ as semicolons plus one, and no @ beside another, beside a semicolon or at
    // either end. Whatever passes is still checked by `check`.
    let email = DataValidation::new()
        .allow_custom(Formula::new(EMAIL_RULE))
        .set_input_title("E-post")?
        .set_input_message(
            "En e-postadress, till exempel fornamn.efternamn@kommun.se. Två adresser: skriv ; mellan dem.",
        )?
        .set_error_title("Felaktig e-postadress")?
        .set_error_message(
            "En e-postadress har ett @, med något före och efter det. Två adresser skiljs med ; (semikolon).",
        )?;
    sheet.add_data_validation(1, EMAIL, last, EMAIL, &email)?;

    for (column, title) in [(PHONE, "Telefon"), (MOBILE, "Mobil")] {
        let prompt = DataValidation::new()
            .allow_any_value()
            .set_input_title(title)?
            .set_input_message(
                "Skriv numret som det slås, till exempel 08-123 456 78. Flera nummer: skriv alt. mellan dem.",
            )?;
        sheet.add_data_validation(1, column, last, column, &prompt)?;
    }

    if region.national {
        let kind = DataValidation::new()
            .allow_list_formula(Formula::new(format!("={LISTS}!$C$1:$C$2")))
            .set_input_title("Typ")?
            .set_input_message("Person, eller Funktion för en stödlinje eller funktionsadress.")?
            .set_error_title("Okänd typ")?
            .set_error_message("Välj Person eller Funktion.")?;
        sheet.add_data_validation(1, KIND, last, KIND, &kind)?;
    }
    Ok(())
}

/// The instructions, one sentence a row in column A (no row looks like a header to `check`).
fn instructions(sheet: &mut Worksheet, region: &Region, own_set: &str) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new().set_text_wrap();
    sheet.set_column_width(0, 100.0)?;
    let whose = match region.national {
        true => "nationell nivå".to_string(),
        false => format!("region {}", region.name),
    };
    sheet.write_string_with_format(
        0,
        0,
        format!("Regionkoordinatorer, {whose}: så fyller du i listan"),
        &title,
    )?;
    let mut lines = vec![
        "En rad för varje person. Ändra förra månadens uppgifter direkt i raderna; ta bort raden för den som slutat.".to_string(),
        "Region: regionens namn, redan ifyllt. Välj i listan om det behöver ändras.".to_string(),
        "Namn: förnamn och efternamn.".to_string(),
        "Roll: till exempel Regionkoordinator eller Samordnare (får lämnas tom).".to_string(),
        "Organisation: kommunen eller myndigheten personen arbetar för (får lämnas tom).".to_string(),
        "E-post: personens adress, med ett @ och något före och efter det. Har personen två adresser, skriv ; mellan dem.".to_string(),
        "Telefon och Mobil: numret som det slås, med riktnummer: 08-123 456 78 eller 070-123 45 67. Kolumnerna är textformaterade, så en inledande nolla finns kvar. Flera nummer i samma ruta skrivs med alt. emellan: 031-123 45 67 alt. 031-123 45 68. Anknytning: 08-123 456 78 ankn. 12.".to_string(),
    ];
    lines.push(match (region.national, own_set.is_empty()) {
        (true, _) => "Län: lämnas tom. Den nationella nivån ansvarar inte för något län.".to_string(),
        (false, true) => "Län: välj ett län i listan på en rad, ett annat på nästa: regionens län är alla län som står på dess rader.".to_string(),
        (false, false) => format!("Län: länen som regionen ansvarar för. Välj regionens alla län i listan ({own_set}), eller ett län per rad: regionens län är alla län som står på dess rader."),
    });
    if region.national {
        lines.push("Typ: Person, eller Funktion för en stödlinje eller en funktionsadress (den får sakna e-post).".to_string());
    }
    lines.push(match region.national {
        true => "Excel godtar bara värden ur listorna i kolumnerna Region, Län och Typ, och bara e-postadresser med ett @ i varje adress. Spara filen som .xlsx och skicka tillbaka den.",
        false => "Excel godtar bara värden ur listorna i kolumnerna Region och Län, och bara e-postadresser med ett @ i varje adress. Spara filen som .xlsx och skicka tillbaka den.",
    }.to_string());
    for (i, line) in lines.iter().enumerate() {
        sheet.write_string_with_format(i as u32 + 2, 0, line, &wrap)?;
    }
    Ok(())
}
