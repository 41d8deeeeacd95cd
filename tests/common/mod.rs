//! Fixture folders for CLI tests: a copy of the shipped `input/` in a temporary folder, changed
//! one file at a time, and the real binary run on it.

#![allow(dead_code)]

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

pub struct Fixture {
    pub dir: tempfile::TempDir,
}

/// What a run printed and how it ended.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// Assert that the report holds `needle`, showing the whole report when it does not.
    #[track_caller]
    pub fn expect(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "expected {needle:?} in:\n{}",
            self.stdout
        );
        self
    }

    /// stdout and the exit code, as snapshots show them.
    pub fn shown(&self) -> String {
        format!("{}exit: {}\n", self.stdout, self.code)
    }
}

/// Run `kontakt ARGS` in `dir` with `env` set.
pub fn run_in(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Run {
    let mut cmd = Command::cargo_bin("kontakt").unwrap();
    cmd.current_dir(dir)
        .args(args)
        .env_remove("GITHUB_STEP_SUMMARY")
        // English, whatever this machine's locale, unless a test sets LANG itself.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    Run {
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The exports that hold Åsa Ekman's row of `vast.csv`: what a change to it makes stale.
pub const ASA_EKMAN_EXPORTS: [&str; 9] = [
    "contacts-excel.csv",
    "contacts.csv",
    "contacts.json",
    "google.csv",
    "html/index.html",
    "html/kontaktuppgifter.html",
    "outlook.csv",
    "vcard/all.vcf",
    "vcard/vast.vcf",
];

/// Whether `program` is installed. One that is not is said and the test skipped, unless
/// KONTAKT_REQUIRE_TOOLS is set: `.ci/run` installs them all and sets it.
pub fn tool(program: &str) -> bool {
    if std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok()
    {
        return true;
    }
    assert!(
        std::env::var_os("KONTAKT_REQUIRE_TOOLS").is_none(),
        "{program} is needed for this test"
    );
    eprintln!("skipped: {program} is not installed");
    false
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Fixture {
    /// An empty input folder `in/`.
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("in")).unwrap();
        Fixture { dir }
    }

    /// `in/` holds a copy of the shipped input.
    pub fn shipped() -> Self {
        let f = Fixture::empty();
        for entry in std::fs::read_dir(repo().join("input")).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), f.path(&entry.file_name().to_string_lossy())).unwrap();
        }
        f
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join("in").join(name)
    }

    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }

    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> &Self {
        std::fs::write(self.path(name), bytes).unwrap();
        self
    }

    pub fn remove(&self, name: &str) -> &Self {
        std::fs::remove_file(self.path(name)).unwrap();
        self
    }

    /// Write an XLSX file whose first sheet `sheet` is filled by `fill`.
    pub fn xlsx(
        &self,
        name: &str,
        sheet: &str,
        fill: impl FnOnce(&mut Worksheet) -> Result<(), XlsxError>,
    ) -> &Self {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet().set_name(sheet).unwrap();
        fill(ws).unwrap();
        wb.save(self.path(name)).unwrap();
        self
    }

    /// Run `kontakt ARGS` in the fixture's folder (so reports say `in/…`).
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.dir.path(), &[], args)
    }

    /// `run`, with environment variables set.
    pub fn run_env(&self, env: &[(&str, &str)], args: &[&str]) -> Run {
        run_in(self.dir.path(), env, args)
    }

    /// `kontakt check in --color never ARGS`.
    pub fn check(&self, args: &[&str]) -> Run {
        let mut all = vec!["check", "in", "--color", "never"];
        all.extend_from_slice(args);
        self.run(&all)
    }
}

/// Write each cell of `rows` as a string, starting at A1.
pub fn rows(ws: &mut Worksheet, rows: &[&[&str]]) -> Result<(), XlsxError> {
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                ws.write_string(r as u32, c as u16, *text)?;
            }
        }
    }
    Ok(())
}

/// A zip archive (an XLSX) with one part's text changed by `edit`.
pub fn patch_zip(bytes: &[u8], part: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == part {
            data = edit(&String::from_utf8(data).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// LibreOffice headless (`soffice`) converts `file` to `format` into `outdir`, with its
/// profile under `home`.
pub fn soffice(file: &Path, format: &str, outdir: &Path, home: &Path) {
    let run = std::process::Command::new("soffice")
        .args(["--headless", "--convert-to", format, "--outdir"])
        .arg(outdir)
        .arg(file)
        .env("HOME", home)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// One part of an .xlsx file (`xl/styles.xml`) as text.
pub fn zip_part(path: &Path, name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// A zip bomb named like a workbook: a sheet of 64 MiB of spaces, which compress to little.
pub fn zip_bomb() -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    w.write_all(b"<workbook/>").unwrap();
    w.start_file(
        "xl/worksheets/sheet1.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    w.write_all(&vec![b' '; 64 << 20]).unwrap();
    w.finish().unwrap().into_inner()
}

/// Every file under `dir`, by relative path.
pub fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                out.insert(
                    path.strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                    std::fs::read(&path).unwrap(),
                );
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The committed directory, as last month's `contacts.json` for `notify` and `diff`.
pub fn last_month() -> String {
    repo().join("output/contacts.json").display().to_string()
}

/// The `Date:` that `notify` tests pin through `SOURCE_DATE_EPOCH`: 2021-10-20 09:30:00 UTC.
pub const WRITTEN_AT: &str = "1634722200";

/// `kontakt notify in --month 2021-10 --coordinator mats.paulsson@jamy.se EXTRA`, Date pinned.
pub fn notify(f: &Fixture, extra: &[&str]) -> Run {
    notify_env(f, &[], extra)
}

/// `notify`, with more of the environment set (`LANG`).
pub fn notify_env(f: &Fixture, env: &[(&str, &str)], extra: &[&str]) -> Run {
    let mut args = vec![
        "notify",
        "in",
        "--month",
        "2021-10",
        "--coordinator",
        "mats.paulsson@jamy.se",
    ];
    args.extend_from_slice(extra);
    let mut all = vec![("SOURCE_DATE_EPOCH", WRITTEN_AT)];
    all.extend_from_slice(env);
    f.run_env(&all, &args)
}

/// The text of the mail `name` in the fixture's `outbox/`.
pub fn outbox_body(f: &Fixture, name: &str) -> String {
    let mail = std::fs::read(f.dir.path().join("outbox").join(name)).unwrap();
    mail_parser::MessageParser::default()
        .parse(&mail)
        .unwrap()
        .body_text(0)
        .unwrap()
        .replace("\r\n", "\n")
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}

/// The text of a parsed vCard property's values, components joined by `;`. A list value (an
/// unescaped comma split the text) shows as NUL-joined parts, so a test can tell it apart.
pub fn vcard_values(
    card: &calcard::vcard::VCard,
    prop: calcard::vcard::VCardProperty,
) -> Vec<String> {
    use calcard::vcard::VCardValue;
    card.properties(&prop)
        .map(|e| {
            e.values
                .iter()
                .map(|v| match v {
                    VCardValue::Component(parts) => parts.join("\u{0}"),
                    other => other.as_text().unwrap_or_default().to_string(),
                })
                .collect::<Vec<_>>()
                .join(";")
        })
        .collect()
}
pub mod radicale;
pub mod smtp;
