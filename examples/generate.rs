//! Writes a synthetic input folder for benchmarks: `cargo run --release --example generate -- ROWS DIR [xlsx]`.
//! With `xlsx`, the regions' files are XLSX instead of CSV.

#[path = "../benches/support/synth.rs"]
mod synth;

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rows: usize = args
        .next()
        .ok_or("usage: generate ROWS DIR [xlsx]")?
        .parse()?;
    let dir = PathBuf::from(args.next().ok_or("usage: generate ROWS DIR [xlsx]")?);
    let xlsx = args.next().as_deref() == Some("xlsx");
    std::fs::create_dir_all(&dir)?;
    if xlsx {
        for (name, table) in synth::tables(rows) {
            let mut wb = rust_xlsxwriter::Workbook::new();
            let ws = wb.add_worksheet();
            for (r, row) in table.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    ws.write_string(r as u32, c as u16, cell)?;
                }
            }
            wb.save(dir.join(name.replace(".csv", ".xlsx")))?;
        }
        let national = synth::csv_files(0).pop().ok_or("no national file")?;
        std::fs::write(dir.join(national.0), national.1)?;
    } else {
        for (name, bytes) in synth::csv_files(rows) {
            std::fs::write(dir.join(name), bytes)?;
        }
    }
    Ok(())
}
