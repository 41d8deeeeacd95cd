//! Files as offices and attackers produce them: every encoding, broken and hostile spreadsheets.
//! One bad file is one finding and the others are still checked.

mod common;

use common::{Fixture, patch_zip};
use encoding_rs::{MACINTOSH, WINDOWS_1252};
use insta::assert_snapshot;

const BERGSLAGEN: &str = "Region;Namn;E-post;Telefon;Län\r\nRegion Bergslagen;Elin Eklöf;elin.eklof@karlstad.se;054-540 85 66;Dalarna, Värmland och Örebro\r\n";

fn detected(run: &common::Run) -> String {
    run.stdout
        .lines()
        .filter(|l| l.starts_with("in/bergslagen.csv: info[detected]"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every encoding reads to the same directory: a wrong decoding would turn `Örebro` into an
/// unknown län.
#[test]
fn csv_in_every_encoding_office_software_writes() {
    let utf16 = |le: bool| {
        let mut bytes = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        bytes.extend(
            BERGSLAGEN
                .encode_utf16()
                .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }),
        );
        bytes
    };
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("UTF-8", BERGSLAGEN.as_bytes().to_vec()),
        (
            "UTF-8 with BOM",
            [b"\xEF\xBB\xBF".as_slice(), BERGSLAGEN.as_bytes()].concat(),
        ),
        ("UTF-16LE with BOM", utf16(true)),
        ("UTF-16BE with BOM", utf16(false)),
        (
            "Windows-1252",
            WINDOWS_1252.encode(BERGSLAGEN).0.into_owned(),
        ),
        (
            "MacRoman",
            MACINTOSH
                .encode(&BERGSLAGEN.replace("\r\n", "\r"))
                .0
                .into_owned(),
        ),
        ("tab", BERGSLAGEN.replace(';', "\t").into_bytes()),
        ("pipe", BERGSLAGEN.replace(';', "|").into_bytes()),
    ];
    let mut shown = Vec::new();
    for (name, bytes) in cases {
        let f = Fixture::shipped();
        f.write("bergslagen.csv", bytes);
        let run = f.check(&["--verbose"]);
        assert_eq!(run.code, 0, "{name}: {}", run.stdout);
        assert!(
            run.stdout.contains("0 errors, 0 warnings"),
            "{name}: {}",
            run.stdout
        );
        shown.push(format!("{name}: {}", detected(&run)));
    }
    assert_snapshot!(shown.join("\n"));
}

#[test]
fn double_encoded_utf8_is_repaired_with_a_warning() {
    let f = Fixture::shipped();
    let twice = WINDOWS_1252.decode(BERGSLAGEN.as_bytes()).0.into_owned();
    assert!(twice.contains("Ã¶"));
    f.write("bergslagen.csv", twice);
    let run = f.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_snapshot!(run.shown());
}

#[test]
fn hostile_and_broken_spreadsheets_are_one_finding_each() {
    let f = Fixture::shipped();
    let syd = f.read("syd.xlsx");
    // The whole grid declared: calamine 0.38 would abort the process allocating it.
    f.write(
        "huge.xlsx",
        patch_zip(&syd, "xl/worksheets/sheet1.xml", |x| {
            x.replace(
                "<dimension ref=\"A1:F3\"/>",
                "<dimension ref=\"A1:XFD1048576\"/>",
            )
        }),
    );
    // A false uniqueCount: calamine 0.38 would abort reserving room for it.
    f.write(
        "strings.xlsx",
        patch_zip(&syd, "xl/sharedStrings.xml", |x| {
            x.replacen("uniqueCount=\"", "uniqueCount=\"4000000", 1)
        }),
    );
    // A zip bomb: 64 MiB of zeros.
    let bomb = common::zip_bomb();
    f.write("bomb.xlsx", bomb);
    f.write("truncated.xlsx", &syd[..syd.len() / 2]);
    f.write("empty.xlsx", b"");
    let mut encrypted = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    encrypted.extend(vec![0u8; 504]);
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    f.write("encrypted.xlsx", encrypted);
    f.write("garbage.csv", [0u8, 159, 146, 150, 0, 1, 2, 3]);
    f.write("notes.xlsx", "Namn;E-post\nbara text;\n");
    // A picture saved with a spreadsheet's name: binary, said once, not called text first.
    f.write("photo.xlsx", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    let run = f.check(&[]);
    assert_eq!(run.code, 1);
    // The real files are still read.
    run.expect("19 contacts, 7 regions, 21/21 län");
    assert_snapshot!(run.shown());
}

#[test]
fn limits_are_configurable() {
    let f = Fixture::shipped();
    let run = f.check(&["--max-file-bytes", "1000"]);
    assert_eq!(run.code, 1);
    run.expect("in/nord.xlsx: error[file-too-large]");
    let run = f.check(&["--max-cells", "10"]);
    run.expect("(--max-cells)");
}
