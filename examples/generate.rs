//! Writes a synthetic input folder for benchmarks:
//! `cargo run --release --example generate -- ROWS DIR [xlsx] [--defects] [--combined FILE]`.
//! With `xlsx`, the regions' files are XLSX instead of CSV. With `--defects`, about 1 % of the
//! e-mail addresses and 1 % of the phone numbers are broken. With `--combined FILE`, the same
//! rows also go into one file (CSV, or XLSX when FILE ends in `.xlsx`) with English headers,
//! for a tool that checks one table against a schema (`scripts/bench-frictionless.sh`).

#[path = "../benches/support/synth.rs"]
mod synth;

use std::path::{Path, PathBuf};

const USAGE: &str = "usage: generate ROWS DIR [xlsx] [--defects] [--combined FILE]";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rows: usize = args.next().ok_or(USAGE)?.parse()?;
    let dir = PathBuf::from(args.next().ok_or(USAGE)?);
    let (mut xlsx, mut defects, mut combined) = (false, false, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "xlsx" => xlsx = true,
            "--defects" => defects = true,
            "--combined" => combined = Some(PathBuf::from(args.next().ok_or(USAGE)?)),
            _ => return Err(USAGE.into()),
        }
    }
    std::fs::create_dir_all(&dir)?;
    let tables = synth::tables_with(rows, defects);
    if xlsx {
        for (name, table) in &tables {
            write_xlsx(&dir.join(name.replace(".csv", ".xlsx")), table)?;
        }
        let national = synth::csv_files(0).pop().ok_or("no national file")?;
        std::fs::write(dir.join(national.0), national.1)?;
    } else {
        for (name, bytes) in synth::csv_files_with(rows, defects) {
            std::fs::write(dir.join(name), bytes)?;
        }
    }
    if let Some(path) = combined {
        let mut all = vec![
            ["region", "name", "role", "email", "phone", "mobile", "lan"]
                .map(String::from)
                .to_vec(),
        ];
        for (_, table) in tables {
            all.extend(table.into_iter().skip(1));
        }
        if path.extension().is_some_and(|e| e == "xlsx") {
            write_xlsx(&path, &all)?;
        } else {
            let mut w = csv::Writer::from_path(&path)?;
            for row in &all {
                w.write_record(row)?;
            }
            w.flush()?;
        }
    }
    Ok(())
}

fn write_xlsx(path: &Path, table: &[Vec<String>]) -> Result<(), Box<dyn std::error::Error>> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, row) in table.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            ws.write_string(u32::try_from(r)?, u16::try_from(c)?, cell)?;
        }
    }
    wb.save(path)?;
    Ok(())
}
