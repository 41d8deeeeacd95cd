//! Synthetic directories of any size, for benchmarks: `rows` contacts spread over the seven
//! regions as UTF-8 CSV files, every value valid, so a check does all of its work and reports
//! nothing. Not part of the library: included by `benches/check.rs`, `examples/generate.rs` and
//! `tests/build_kill.rs` with `#[path]`.

/// The regions and the län each covers, as on the public page.
pub const REGIONS: [(&str, &str); 7] = [
    ("nord", "Jämtland, Norrbotten, Västerbotten, Västernorrland"),
    ("mitt", "Västmanland, Gävleborg, Uppsala"),
    ("stockholm", "Stockholm, Gotland"),
    ("bergslagen", "Dalarna, Värmland och Örebro"),
    ("ost", "Jönköping, Sörmland, Östergötland"),
    ("vast", "Västra Götaland, Halland"),
    ("syd", "Blekinge, Kalmar, Kronoberg, Skåne"),
];

/// The rows of each region's file: a header, then contacts. At most 10 million contacts.
/// (Not every program that includes this file uses every function.)
#[allow(dead_code)]
pub fn tables(rows: usize) -> Vec<(String, Vec<Vec<String>>)> {
    tables_with(rows, false)
}

/// A broken e-mail address (two @) in every 100th row, from row 17.
pub fn bad_email(i: usize) -> bool {
    i % 100 == 17
}

/// A phone number too short to be one in every 100th row, from row 59.
pub fn bad_phone(i: usize) -> bool {
    i % 100 == 59
}

/// `tables`, with `defects`: about 1 % of the e-mail addresses and 1 % of the phone numbers
/// broken ([`bad_email`], [`bad_phone`]), for the side-by-side benchmark.
pub fn tables_with(rows: usize, defects: bool) -> Vec<(String, Vec<Vec<String>>)> {
    let rows = rows.min(10_000_000);
    REGIONS
        .iter()
        .enumerate()
        .map(|(r, (region, lan))| {
            let mut table = vec![
                [
                    "Region", "Namn", "Roll", "E-post", "Telefon", "Mobil", "Län",
                ]
                .map(String::from)
                .to_vec(),
            ];
            for i in (r..rows).step_by(REGIONS.len()) {
                table.push(vec![
                    format!("Region {region}"),
                    format!("Åsa Ekström {i}"),
                    "Regionkoordinator (Barn & unga)".to_string(),
                    if defects && bad_email(i) {
                        format!("asa.ekstrom.{i}@@{region}.example.se")
                    } else {
                        format!("asa.ekstrom.{i}@{region}.example.se")
                    },
                    if defects && bad_phone(i) {
                        format!("08-{:03}", i % 1000)
                    } else {
                        format!(
                            "08-{:03} {:03} {:02}",
                            100 + i / 100_000 % 900,
                            i / 100 % 1000,
                            i % 100
                        )
                    },
                    format!("070-{:03} {:02} {:02}", i / 10_000, i / 100 % 100, i % 100),
                    lan.to_string(),
                ]);
            }
            (format!("{region}.csv"), table)
        })
        .collect()
}

/// The same tables as CSV files (`;`, CRLF, UTF-8), plus the national level.
pub fn csv_files(rows: usize) -> Vec<(String, Vec<u8>)> {
    csv_files_with(rows, false)
}

/// `csv_files` of [`tables_with`].
pub fn csv_files_with(rows: usize, defects: bool) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = tables_with(rows, defects)
        .into_iter()
        .map(|(name, table)| {
            let mut text = String::new();
            for row in table {
                let cells: Vec<String> = row
                    .iter()
                    .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
                    .collect();
                text.push_str(&cells.join(";"));
                text.push_str("\r\n");
            }
            (name, text.into_bytes())
        })
        .collect();
    files.push((
        "nationell.csv".into(),
        "Typ;Namn;E-post;Telefon\r\nFunktion;Stödtelefon;;020-39 00 00\r\n"
            .as_bytes()
            .to_vec(),
    ));
    files
}
