//! The page and the check report in a real browser: Debian's Chromium, headless, driven by
//! Playwright (`tests/browser/check-page.mjs`), with axe-core for accessibility. Screenshots go
//! to `target/screenshots/`. Without Node.js or Chromium the tests say so and pass, unless
//! KONTAKT_REQUIRE_TOOLS is set (`.ci/run` installs both and sets it).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use common::{Fixture, repo, tool};
use serde_json::Value;

/// The browser folder's packages, installed once per test run from its lock file.
fn browser_tools() -> Option<PathBuf> {
    static READY: Mutex<Option<bool>> = Mutex::new(None);
    let dir = repo().join("tests/browser");
    let mut ready = READY.lock().unwrap_or_else(|e| e.into_inner());
    if ready.is_none() {
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let ok = tool("node") && tool("npm") && tool(&chromium) && {
            if !dir.join("node_modules/playwright-core").is_dir()
                || !dir.join("node_modules/axe-core").is_dir()
            {
                let status = Command::new("npm")
                    .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
                    .current_dir(&dir)
                    .status()
                    .expect("npm runs");
                assert!(status.success(), "npm ci in tests/browser failed");
            }
            true
        };
        *ready = Some(ok);
    }
    ready.unwrap().then_some(dir)
}

/// What the browser saw on `page`, with screenshots named `prefix-…`.
fn look_at(dir: &Path, page: &Path, prefix: &str) -> Value {
    let shots = repo().join("target/screenshots");
    let out = Command::new("node")
        .arg(dir.join("check-page.mjs"))
        .arg(page)
        .arg(&shots)
        .arg(prefix)
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "check-page.mjs failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("check-page.mjs prints JSON")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// Nothing a reader's browser reports: no console error, no request but the page itself, no
/// axe-core violation, headings that never skip a level.
fn assert_clean(seen: &Value) {
    assert_eq!(seen["console_errors"], serde_json::json!([]));
    assert_eq!(
        strings(&seen["requests"]),
        [seen["page_url"].as_str().unwrap()]
    );
    let violations = seen["axe"]["violations"].as_array().unwrap();
    assert!(violations.is_empty(), "axe-core: {violations:#?}");
    assert!(strings(&seen["axe"]["passes"]).contains(&"color-contrast".to_string()));
    let headings: Vec<u64> = seen["headings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h.as_u64().unwrap())
        .collect();
    assert_eq!(headings[0], 1);
    for pair in headings.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "a heading skips a level: {headings:?}"
        );
    }
}

/// A PNG screenshot as grey levels, and the text of the one QR code in it.
fn decode_qr(file: &str) -> String {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(file).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let samples = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let grey = |x: usize, y: usize| buf[(y * w + x) * samples];
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, grey);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "{file}: one QR code");
    grids[0]
        .decode()
        .unwrap_or_else(|e| panic!("{file}: {e}"))
        .1
}

/// `key` → `value` of each object in the array `v`.
fn pairs(v: &Value, key: &str, value: &str) -> BTreeMap<String, String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o[key].as_str().unwrap().to_string(),
                o[value].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Each card of a .vcf file by its UID.
fn cards_by_uid(vcf: &str) -> BTreeMap<String, String> {
    vcf.split_inclusive("END:VCARD\r\n")
        .map(|card| {
            let uid = card
                .lines()
                .find_map(|l| l.strip_prefix("UID:urn:uuid:"))
                .unwrap()
                .to_string();
            (uid, card.to_string())
        })
        .collect()
}

#[test]
fn the_page_shows_the_directory_its_map_and_codes_a_phone_reads() {
    let Some(dir) = browser_tools() else { return };
    let f = Fixture::shipped();
    let build = f.run(&["build", "in", "--out", "out", "--as-of", "2026-11-01"]);
    assert_eq!(build.code, 0, "{}{}", build.stdout, build.stderr);
    let out = f.dir.path().join("out");
    let seen = look_at(&dir, &out.join("html/index.html"), "page");
    assert_clean(&seen);
    assert_eq!(seen["lang"], "sv");
    assert_eq!(
        seen["title"],
        "Regionkoordinatorer mot prostitution och människohandel – kontaktuppgifter"
    );

    let json: Value =
        serde_json::from_slice(&std::fs::read(out.join("contacts.json")).unwrap()).unwrap();
    let contacts = json["contacts"].as_array().unwrap();

    // Every number and address of contacts.json is a link, once, and nothing else is.
    let mut tel_expected: Vec<(String, String)> = contacts
        .iter()
        .flat_map(|c| c["phones"].as_array().unwrap())
        .map(|p| {
            let mut href = format!("tel:{}", p["e164"].as_str().unwrap());
            if let Some(ext) = p["extension"].as_str() {
                href.push_str(&format!(";ext={ext}"));
            }
            (href, p["written"].as_str().unwrap().to_string())
        })
        .collect();
    let mut tel_seen: Vec<(String, String)> = seen["tel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let text = a["text"].as_str().unwrap();
            (a["href"].as_str().unwrap().to_string(), text.to_string())
        })
        .collect();
    tel_expected.sort();
    tel_seen.sort();
    assert_eq!(tel_seen, tel_expected);

    let mut mail_expected: Vec<String> = contacts
        .iter()
        .flat_map(|c| c["emails"].as_array().unwrap())
        .map(|e| e["address"].as_str().unwrap().to_string())
        .collect();
    let mut mail_seen: Vec<String> = seen["mailto"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            assert_eq!(a["address"], a["text"], "the link shows its address");
            a["address"].as_str().unwrap().to_string()
        })
        .collect();
    mail_expected.sort();
    mail_seen.sort();
    assert_eq!(mail_seen, mail_expected);

    // The map: 21 län, each drawn in its region's colour, one colour a region.
    let region_of = pairs(&json["lan"], "code", "region");
    let map = seen["map"].as_array().unwrap();
    assert_eq!(map.len(), 21);
    let mut colour_of: BTreeMap<String, String> = BTreeMap::new();
    for lan in map {
        let code = lan["lan"].as_str().unwrap();
        let region = lan["region"].as_str().unwrap();
        assert_eq!(region, region_of[code], "{code}");
        assert_eq!(lan["drawn"], true, "{code}");
        let fill = lan["fill"].as_str().unwrap().to_string();
        assert_eq!(
            colour_of.entry(region.to_string()).or_insert(fill.clone()),
            &fill,
            "{code}: one colour for {region}"
        );
    }
    assert_eq!(colour_of.len(), 7);
    assert_eq!(
        colour_of.values().collect::<BTreeSet<_>>().len(),
        7,
        "seven regions, seven colours: {colour_of:?}"
    );
    let labels = strings(&seen["map_labels"]);
    assert_eq!(labels.len(), 21);
    assert!(labels.contains(&"Västra Götaland".to_string()));
    // The text alternative names every region and every län.
    let alternative = seen["map_alternative"].as_str().unwrap();
    for name in [
        "Nord",
        "Mitt",
        "Stockholm",
        "Bergslagen",
        "Öst",
        "Väst",
        "Syd",
    ] {
        assert!(alternative.contains(&format!("{name}:")), "{alternative}");
    }
    for label in &labels {
        assert!(
            alternative.contains(label.as_str()),
            "{label}: {alternative}"
        );
    }

    // Printed: no URL after a link, a page a region, the codes kept, no navigation.
    assert_eq!(seen["print"]["link_after"], "none");
    assert_eq!(seen["print"]["region_break"], "page");
    assert_eq!(seen["print"]["qr_shown"], true);
    assert_eq!(seen["print"]["nav_hidden"], true);

    // Every code, as the browser drew it, reads back as the contact's card in the vCards.
    let vcf = String::from_utf8(std::fs::read(out.join("vcard/all.vcf")).unwrap()).unwrap();
    let cards = cards_by_uid(&vcf);
    let codes = seen["qr"].as_array().unwrap();
    assert_eq!(codes.len(), contacts.len());
    for code in codes {
        let text = decode_qr(code["file"].as_str().unwrap());
        let uid = code["uid"].as_str().unwrap();
        assert_eq!(text, cards[uid], "the code of {uid}");
    }

    // The same input gives the same page, byte for byte.
    let again = f.run(&["build", "in", "--out", "out2", "--as-of", "2026-11-01"]);
    assert_eq!(again.code, 0);
    for page in ["html/index.html", "html/kontaktuppgifter.html"] {
        assert_eq!(
            std::fs::read(out.join(page)).unwrap(),
            std::fs::read(f.dir.path().join("out2").join(page)).unwrap(),
            "{page}"
        );
    }
}

#[test]
fn the_check_report_page_marks_lan_nobody_covers_and_lan_claimed_twice() {
    let Some(dir) = browser_tools() else { return };
    let f = Fixture::shipped();
    // Väst also claims Skåne (Syd's), and Bergslagen's file is gone (Värmland, Örebro).
    let vast = String::from_utf8(f.read("vast.csv")).unwrap();
    f.write(
        "vast.csv",
        vast.replacen(
            "Västra Götaland, Halland",
            "Västra Götaland, Halland, Skåne",
            1,
        ),
    );
    f.remove("bergslagen.csv");
    let run = f.run(&["check", "in", "--format", "html", "--lang", "sv"]);
    assert_eq!(run.code, 1);
    let page = f.dir.path().join("report.html");
    std::fs::write(&page, &run.stdout).unwrap();
    let seen = look_at(&dir, &page, "report");
    assert_clean(&seen);
    let marked = pairs(&seen["map"], "lan", "region");
    assert_eq!(marked.len(), 21);
    assert_eq!(marked["M"], "dubbel");
    assert_eq!(marked["S"], "saknas");
    assert_eq!(marked["T"], "saknas");
    assert_eq!(marked["O"], "vast");
    let alternative = seen["map_alternative"].as_str().unwrap();
    assert!(
        alternative.contains("Ingen region: Värmland, Örebro"),
        "{alternative}"
    );
    assert!(
        alternative.contains("Flera regioner: Skåne"),
        "{alternative}"
    );
    assert!(run.stdout.contains("lan-claimed-twice"));
}
