//! The page and the fragment as files, without a browser: what they hold, what they never
//! hold, and how a hostile cell shows up in them (tests/page_browser.rs opens them in Chromium).

mod common;

use common::Fixture;

fn build(f: &Fixture) -> (String, String) {
    let run = f.run(&["build", "in", "--out", "out", "--as-of", "2026-11-01"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let read = |p: &str| {
        String::from_utf8(std::fs::read(f.dir.path().join("out").join(p)).unwrap()).unwrap()
    };
    (read("html/index.html"), read("html/kontaktuppgifter.html"))
}

#[test]
fn the_page_stands_alone_and_the_fragment_is_plain_markup() {
    let f = Fixture::shipped();
    let (page, fragment) = build(&f);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert!(page.contains("Senast uppdaterad <time datetime=\"2026-11-01\">2026-11-01</time>"));
    // Nothing is fetched: no script, no external style, image or font.
    for never in [
        "<script", "<link", "<img", "<iframe", "src=", "url(http", "@import",
    ] {
        assert!(!page.contains(never), "{never}");
    }
    // The support line first, then the national staff, then the map, then Nord.
    let at = |s: &str| page.find(s).unwrap_or_else(|| panic!("{s}"));
    assert!(at("<h3>Stödtelefon</h3>") < at("<h3>Mats Paulsson</h3>"));
    assert!(at("<h3>Mats Paulsson</h3>") < at("id=\"karta\""));
    assert!(at("id=\"karta\"") < at("id=\"region-nord\""));
    assert!(page.contains("<a href=\"tel:+46313929031\">031-392 90 31<span class=\"dold\"> (ring Mats Paulsson)</span></a>"));
    assert_eq!(page.matches("<svg class=\"qr\"").count(), 19);
    assert_eq!(page.matches("<path d=").count(), 21 + 19);

    assert!(fragment.starts_with("<p>Senast uppdaterad"));
    for never in ["<svg", "<style", "<script", "<h1", "class=\"qr\"", "<html"] {
        assert!(!fragment.contains(never), "{never}");
    }
    assert_eq!(fragment.matches("<h2 ").count(), 8);
    assert_eq!(fragment.matches("<h3>").count(), 19);
    assert!(fragment.contains("<a href=\"mailto:mats.paulsson@jamy.se\">mats.paulsson@jamy.se"));
}

#[test]
fn a_hostile_cell_is_text_on_the_page_never_markup() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv")).unwrap();
    f.write(
        "vast.csv",
        vast.replacen("Åsa Ekman", "Åsa <img src=x onerror=alert(1)> Ekman", 1),
    );
    let (page, fragment) = build(&f);
    for html in [page, fragment] {
        assert!(!html.contains("<img"));
        assert!(html.contains("Åsa &lt;img src=x onerror=alert(1)&gt; Ekman"));
    }
}

/// `Aa`, `Ab`, … : a name part of letters only for the n-th made-up person.
fn letters(n: usize) -> String {
    let a = (b'a' + (n / 26 % 26) as u8) as char;
    let b = (b'a' + (n % 26) as u8) as char;
    format!("{}{a}{b}", (b'A' + (n / 676 % 26) as u8) as char)
}

#[test]
fn a_directory_too_large_for_codes_says_so_and_keeps_every_contact() {
    let f = Fixture::shipped();
    let mut vast = String::from("Namn;E-postadress;Telefonnummer;Län\r\n");
    let rows = kontakt::export::html::page::QR_LIMIT;
    for i in 0..rows {
        vast.push_str(&format!(
            "Anna {};anna.{}@goteborg.se;031-36{:05};Västra Götaland, Halland\r\n",
            letters(i),
            letters(i).to_lowercase(),
            10000 + i
        ));
    }
    f.write("vast.csv", vast);
    let (page, _) = build(&f);
    let contacts = rows + 17;
    assert!(contacts > kontakt::export::html::page::QR_LIMIT);
    assert!(!page.contains("class=\"qr\""));
    assert!(page.contains(&format!(
        "Katalogen har {contacts} kontakter: QR-koderna visas när den har högst 300. Alla kort finns i vCard-filerna."
    )));
    assert_eq!(page.matches("<article ").count(), contacts);
}

#[test]
fn the_check_page_of_one_file_marks_no_lan_uncovered_and_keeps_the_map_swedish() {
    let f = Fixture::shipped();
    let run = f.run(&["check", "in/vast.csv", "--format", "html", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("<html lang=\"en\">"));
    assert!(
        run.stdout
            .contains("<figure class=\"kartfigur\" lang=\"sv\">")
    );
    assert!(
        run.stdout
            .contains("<strong>Inte kontrollerat (en enda fil)</strong>: Stockholm")
    );
    assert!(!run.stdout.contains("Ingen region"));
    assert!(!run.stdout.contains("data-region=\"saknas\""));
    assert_eq!(run.stdout.matches("data-region=\"vast\"").count(), 2);
}
