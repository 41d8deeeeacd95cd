//! `kontakt check` end to end (read, decode, parse, validate) on synthetic inputs of 1,000 and
//! 100,000 rows from CSV, and 10,000 rows from XLSX. Run with `cargo bench --bench check`.

use std::path::Path;

#[path = "support/synth.rs"]
mod synth;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kontakt::pipeline::{Settings, check_input};

/// The allocator the binary uses, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn settings(dir: &Path) -> Settings {
    Settings::with_defaults(dir).expect("settings")
}

fn write_csv(dir: &Path, rows: usize) {
    for (name, bytes) in synth::csv_files(rows) {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

fn write_xlsx(dir: &Path, rows: usize) {
    for (name, table) in synth::tables(rows) {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (r, row) in table.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
        wb.save(dir.join(name.replace(".csv", ".xlsx"))).unwrap();
    }
    let (name, bytes) = synth::csv_files(0).pop().unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    for (format, rows) in [("csv", 1_000), ("csv", 100_000), ("xlsx", 10_000)] {
        let dir = tempfile::tempdir().unwrap();
        if format == "csv" {
            write_csv(dir.path(), rows)
        } else {
            write_xlsx(dir.path(), rows)
        }
        let settings = settings(dir.path());
        let checked = check_input(&settings).unwrap();
        assert_eq!(
            checked.directory.contacts.len(),
            rows + 1,
            "every row is a contact"
        );
        assert!(
            checked
                .findings
                .iter()
                .all(|f| f.severity == kontakt::diagnostic::Severity::Info)
        );
        group.bench_with_input(BenchmarkId::new(format, rows), &settings, |b, s| {
            b.iter(|| check_input(s).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);

/// The exports of 100,000 contacts rendered in memory (what `build` adds to `check` before it
/// writes the files).
fn bench_export(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    write_csv(dir.path(), 100_000);
    let settings = settings(dir.path());
    let checked = check_input(&settings).unwrap();
    let export = kontakt::export::Export::new(
        &checked.directory,
        &settings.reference,
        &checked.sources,
        None,
    );
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function("render/100000", |b| {
        b.iter(|| kontakt::export::files(&export, kontakt::export::Options::default()))
    });
    group.finish();
}

criterion_group!(exports, bench_export);
criterion_main!(benches, exports);
