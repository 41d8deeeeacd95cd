//! Writes `input/`: the public directory of 2021 (`tests/data/regionkoordinatorer-2021.txt`) as
//! the regions would send it, in the shapes their office software produces.
//!
//! `cargo run --example make_input` rewrites the files; they are committed, so this only runs when
//! the shipped data should change. Every person, e-mail, phone and län is the page's; quirks of
//! the page (two numbers in one cell, `Sörmland`, `054-540 85 66`, the en dash in `020–390 000`,
//! the shared 036-105347, trailing spaces, a role in parentheses) are kept on purpose.

use std::path::Path;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new("input");
    std::fs::create_dir_all(dir)?;
    nord(&dir.join("nord.xlsx"))?;
    stockholm(&dir.join("stockholm.xlsx"))?;
    ost(&dir.join("ost.xlsx"))?;
    syd(&dir.join("syd.xlsx"))?;
    nationell(&dir.join("nationell.xlsx"))?;
    // Mitt: UTF-8 without BOM, comma-separated, LF, first and last name in two columns.
    std::fs::write(
        dir.join("mitt.csv"),
        "Region,Förnamn,Efternamn,E-post,Telefon,Mobil,Län\n\
         Mitt,Anna,Runesson,anna.runesson@vasteras.se,,072-1420160,\"Västmanland, Gävleborg, Uppsala\"\n\
         Mitt,Mikaella,Matta Salinas,mikaella.matta-salinas@uppsala.se,018-7278325,072-5844605,\"Västmanland, Gävleborg, Uppsala\"\n",
    )?;
    // Väst: Excel's "CSV UTF-8": BOM, semicolons, CRLF; the page's trailing spaces kept.
    let vast = "\u{FEFF}Namn;E-postadress;Telefonnummer;Län\r\n\
                Åsa Ekman;asa.ekman@socialcentrum.goteborg.se;031-3679331;Västra Götaland, Halland\r\n\
                Emilie Holmström ;emilie.holmstrom@socialcentrum.goteborg.se ;031-3679916;Västra Götaland, Halland\r\n";
    std::fs::write(dir.join("vast.csv"), vast)?;
    // Bergslagen: Swedish Excel's "CSV (semikolonavgränsad)": Windows-1252, semicolons, CRLF.
    let bergslagen = "Region;Namn;E-post;Telefon;Län\r\n\
                      Region Bergslagen;Elin Eklöf;elin.eklof@karlstad.se;054-540 85 66;Dalarna, Värmland och Örebro\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(bergslagen);
    assert!(!unmappable);
    std::fs::write(dir.join("bergslagen.csv"), bytes)?;
    Ok(())
}

/// A workbook with fixed document properties, so that rewriting it changes nothing.
fn workbook() -> Result<Workbook, XlsxError> {
    let mut wb = Workbook::new();
    let date = ExcelDateTime::from_ymd(2021, 9, 8)?;
    wb.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&date)
            .set_author("Regionkoordinator"),
    );
    Ok(wb)
}

fn row(ws: &mut Worksheet, r: u32, first_col: u16, cells: &[&str]) -> Result<(), XlsError> {
    for (i, text) in cells.iter().enumerate() {
        if !text.is_empty() {
            ws.write_string(r, first_col + i as u16, *text)?;
        }
    }
    Ok(())
}

type XlsError = XlsxError;

/// Nord: a title above the header, the table starting in column B, Region and Län merged over
/// both rows, an instructions sheet and a hidden list sheet.
fn nord(path: &Path) -> Result<(), XlsxError> {
    let mut wb = workbook()?;
    let merged = Format::new();
    let ws = wb.add_worksheet().set_name("Nord")?;
    ws.merge_range(
        0,
        1,
        0,
        5,
        "Regionkoordinatorer mot prostitution och människohandel – Region Nord",
        &merged,
    )?;
    row(ws, 2, 1, &["Region", "Namn", "E-post", "Telefon", "Län"])?;
    ws.merge_range(3, 1, 4, 1, "Nord", &merged)?;
    ws.merge_range(
        3,
        5,
        4,
        5,
        "Jämtland, Norrbotten, Västerbotten, Västernorrland",
        &merged,
    )?;
    row(
        ws,
        3,
        2,
        &["Eva Norlin", "eva.norlin@umea.se", "0703-284869"],
    )?;
    row(
        ws,
        4,
        2,
        &["Maria Alden", "maria.alden@sundsvall.se", "0732-752278"],
    )?;
    let help = wb.add_worksheet().set_name("Instruktioner")?;
    help.write_string(
        0,
        0,
        "Fyll i en rad per regionkoordinator. Skriv telefonnummer med riktnummer.",
    )?;
    let list = wb.add_worksheet().set_name("Listor")?;
    list.write_string(0, 0, "Region")?;
    list.write_string(1, 0, "Nord")?;
    list.set_hidden(true);
    wb.save(path)
}

/// Stockholm: the page's roles in parentheses after the names, two numbers each.
fn stockholm(path: &Path) -> Result<(), XlsxError> {
    let mut wb = workbook()?;
    let ws = wb.add_worksheet().set_name("Blad1")?;
    row(ws, 0, 0, &["Namn", "E-post", "Telefon", "Mobil", "Län"])?;
    row(
        ws,
        1,
        0,
        &[
            "Jenny Selenius (Barn & unga)",
            "jenny.selenius@stockholm.se",
            "08-50843726",
            "076-1243726",
            "Stockholm, Gotland",
        ],
    )?;
    row(
        ws,
        2,
        0,
        &[
            "Elisabet Lundqvist (Vuxna)",
            "elisabet.lundqvist@stockholm.se",
            "08-50825669",
            "076-1225669",
            "Stockholm, Gotland",
        ],
    )?;
    wb.save(path)
}

/// Öst: an organisation column, the shared number 036-105347, Län merged over all three rows.
fn ost(path: &Path) -> Result<(), XlsxError> {
    let mut wb = workbook()?;
    let ws = wb.add_worksheet().set_name("Öst")?;
    row(
        ws,
        0,
        0,
        &["Namn", "Organisation", "E-post", "Telefon", "Län"],
    )?;
    row(
        ws,
        1,
        0,
        &[
            "Charlotte Edman",
            "",
            "charlotte.edman@jonkoping.se",
            "036-105347",
        ],
    )?;
    row(
        ws,
        2,
        0,
        &[
            "Lena Pettersson",
            "",
            "lena.pettersson2@jonkoping.se",
            "036-105347",
        ],
    )?;
    row(
        ws,
        3,
        0,
        &[
            "Yvonne Magnusson",
            "Linköpings kommun",
            "yvonne.magnusson@linkoping.se",
            "072-5743785",
        ],
    )?;
    ws.merge_range(
        1,
        4,
        3,
        4,
        "Jönköping, Sörmland, Östergötland",
        &Format::new(),
    )?;
    wb.save(path)
}

/// Syd: telephone and mobile columns.
fn syd(path: &Path) -> Result<(), XlsxError> {
    let mut wb = workbook()?;
    let ws = wb.add_worksheet().set_name("Region Syd")?;
    row(
        ws,
        0,
        0,
        &["Region", "Namn", "E-post", "Telefon", "Mobil", "Län"],
    )?;
    row(
        ws,
        1,
        0,
        &[
            "Region Syd",
            "Johanna Miranda Sköld",
            "johanna.mirandaskold@malmo.se",
            "040-349355",
            "070-8511273",
            "Blekinge, Kalmar, Kronoberg, Skåne",
        ],
    )?;
    row(
        ws,
        2,
        0,
        &[
            "Region Syd",
            "Elin Johansson",
            "elin.johansson@malmo.se",
            "",
            "070-8431230",
            "Blekinge, Kalmar, Kronoberg, Skåne",
        ],
    )?;
    wb.save(path)
}

/// The national level: Jämställdhetsmyndigheten's staff with their titles, and the support line.
fn nationell(path: &Path) -> Result<(), XlsxError> {
    let mut wb = workbook()?;
    let ws = wb.add_worksheet().set_name("Jämställdhetsmyndigheten")?;
    row(
        ws,
        0,
        0,
        &["Typ", "Namn", "Titel", "Organisation", "E-post", "Telefon"],
    )?;
    let org = "Jämställdhetsmyndigheten";
    let senior = "Senior utredare, prostitution och människohandel";
    let qualified = "Kvalificerad utredare, prostitution och människohandel";
    row(
        ws,
        1,
        0,
        &[
            "Person",
            "Mats Paulsson",
            senior,
            org,
            "mats.paulsson@jamy.se",
            "031 392 90 31 alt. 073 056 87 79",
        ],
    )?;
    row(
        ws,
        2,
        0,
        &[
            "Person",
            "Catrin Sandman",
            qualified,
            org,
            "catrin.sandman@jamy.se",
            "072 084 75 59",
        ],
    )?;
    row(
        ws,
        3,
        0,
        &[
            "Person",
            "Sophie Nilsson",
            qualified,
            org,
            "sophie.nilsson@jamy.se",
            "070 784 75 01",
        ],
    )?;
    row(
        ws,
        4,
        0,
        &[
            "Person",
            "Yvonne Karlsson",
            qualified,
            org,
            "yvonne.karlsson@jamy.se",
            "070 784 74 86",
        ],
    )?;
    row(
        ws,
        5,
        0,
        &[
            "Funktion",
            "Stödtelefon",
            "Misstänker du människohandel?",
            org,
            "",
            "020–390 000",
        ],
    )?;
    wb.save(path)
}
