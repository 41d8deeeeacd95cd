//! The directory as a page people read, scan and print (`html/index.html`, standalone, styles
//! inline, no script) and as a fragment of plain semantic markup for the authority's publishing
//! system (`html/kontaktuppgifter.html`). Swedish, as the public page it stands for.

use std::io::{self, Write};

use maud::{Markup, PreEscaped, html};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use super::map;
use super::qr;
use crate::export::Export;
use crate::export::cards::Card;
use crate::export::vcard;
use crate::model::PhoneEntry;
use crate::schemas::Region;

/// The page's title and first heading: the public page's own words.
pub const TITLE: &str = "Regionkoordinatorer mot prostitution och människohandel";

/// Everything a `mailto:` address may not hold as it is (RFC 6068, with `=`, `;` and `,`,
/// which separate its fields): non-ASCII is encoded too.
const MAILTO: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b'[')
    .add(b']')
    .add(b'=')
    .add(b';')
    .add(b',');

/// `tel:+46313929031`, with `;ext=12` for an extension (RFC 3966, which allows ASCII digits
/// only there: an extension in other digits, `١٢`, is shown beside the link, not dialled).
pub fn tel_href(p: &PhoneEntry) -> String {
    match &p.phone.extension {
        Some(ext) if ext.bytes().all(|b| b.is_ascii_digit()) => {
            format!("tel:{};ext={ext}", p.phone.e164)
        }
        _ => format!("tel:{}", p.phone.e164),
    }
}

/// `mailto:` and the address, percent-encoded where RFC 6068 asks.
pub fn mailto_href(address: &str) -> String {
    format!("mailto:{}", utf8_percent_encode(address, MAILTO))
}

/// A region's section on the page.
struct Section<'e> {
    /// Index into `Reference::regions`.
    r: usize,
    region: &'e Region,
    /// Its cards: indexes into `export.cards`.
    cards: Vec<usize>,
    /// What the section's ids are made of: the region's id as `safe_name` makes it, with the
    /// region's index after it when another region's id makes the same.
    key: String,
    heading: String,
}

impl Section<'_> {
    /// `region-nord`: the section's id, what the page's links point at.
    fn anchor(&self) -> String {
        format!("region-{}", self.key)
    }

    /// `rubrik-nord`: its heading's id (never the same as any section's).
    fn heading_id(&self) -> String {
        format!("rubrik-{}", self.key)
    }
}

/// The regions in the page's order, each with its cards: the national level first (its
/// functions, such as the support line, before its people), then the regions as in
/// `schemas/regions.json`.
fn sections<'e>(export: &'e Export<'e>) -> Vec<Section<'e>> {
    let regions = &export.reference.regions;
    let mut order: Vec<usize> = (0..regions.len()).collect();
    order.sort_by_key(|&r| !regions[r].national);
    let mut taken = std::collections::BTreeSet::new();
    let mut first_national = true;
    let mut sections = Vec::new();
    for r in order {
        let region = &regions[r];
        let mut cards: Vec<usize> = (0..export.cards.len())
            .filter(|&i| export.cards[i].contact.region == r)
            .collect();
        if region.national && cards.is_empty() {
            continue;
        }
        cards.sort_by_key(|&i| !export.cards[i].is_function());
        let mut key = crate::export::cards::safe_name(&region.id);
        if !taken.insert(key.clone()) {
            key = format!("{key}-{r}");
            taken.insert(key.clone());
        }
        let heading = match region.national {
            true if first_national => {
                "Nationellt: Jämställdhetsmyndigheten och stödtelefonen".to_string()
            }
            true => format!("Nationellt: {}", region.name),
            false => format!("Region {}", region.name),
        };
        first_national &= !region.national;
        sections.push(Section {
            r,
            region,
            cards,
            key,
            heading,
        });
    }
    sections
}

/// The län a region covers, by name.
fn lan_of<'a>(export: &'a Export<'a>, r: usize) -> Vec<&'a str> {
    export
        .reference
        .lan
        .iter()
        .enumerate()
        .filter(|(i, _)| export.directory.lan_owner.get(*i).copied().flatten() == Some(r))
        .map(|(_, l)| l.name.as_str())
        .collect()
}

/// A contact's QR code on the page.
enum Code {
    /// The code, and its width in modules.
    Svg(Markup, usize),
    /// The card holds more than a QR code can.
    TooLong,
}

/// The most contacts whose cards the page shows as QR codes: a code takes a few milliseconds
/// and ten kilobytes, and a page of thousands of codes is read by nobody (`vcard/` has every
/// card). Above it the page says so.
pub const QR_LIMIT: usize = 300;

/// Each card's code, in the order of `export.cards`, made on every core; none above
/// `QR_LIMIT`.
fn codes(export: &Export<'_>) -> Option<Vec<Code>> {
    if export.cards.len() > QR_LIMIT {
        return None;
    }
    let code = |c: &Card<'_>| {
        let card = vcard::card_v3(c, export);
        let label = format!("QR-kod med kontaktkortet för {}", c.contact.name);
        qr::svg(&card, &label).map_or(Code::TooLong, |(svg, size)| Code::Svg(svg, size))
    };
    Some(crate::parallel::map(&export.cards, code))
}

/// `text` escaped for HTML text and attribute values (`&`, `<`, `>`, `"`), as maud escapes.
fn esc(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let with: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..i]);
        out.extend_from_slice(with);
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
}

/// One contact as a list item: name, role, organisation, each number and address as a link
/// that says what it does, and (on the page) the card as a QR code; in the fragment, no class
/// and no hidden text (a publishing system without the page's styles would show it). Written
/// by hand into `out`, a line a block: the page of a large directory is mostly this.
fn write_contact(out: &mut Vec<u8>, c: &Card<'_>, page: bool, code: Option<&Code>) {
    let person = &c.contact;
    let name = person.name.as_str();
    let class = |out: &mut Vec<u8>, tag: &str, class: &str| {
        out.push(b'<');
        out.extend_from_slice(tag.as_bytes());
        if page {
            out.extend_from_slice(b" class=\"");
            out.extend_from_slice(class.as_bytes());
            out.push(b'"');
        }
        out.push(b'>');
    };
    out.extend_from_slice(b"<li>");
    if page {
        out.extend_from_slice(b"<article class=\"kontakt\"");
        if code.is_some() {
            out.extend_from_slice(format!(" data-uid=\"{}\"", c.uid).as_bytes());
        }
        out.extend_from_slice(b"><div class=\"uppgifter\">");
    } else {
        out.extend_from_slice(b"<article>");
    }
    out.extend_from_slice(b"<h3>");
    esc(out, name);
    out.extend_from_slice(b"</h3>\n");
    for (text, kind) in [(&person.role, "roll"), (&person.organisation, "org")] {
        if let Some(text) = text {
            class(out, "p", kind);
            esc(out, text);
            out.extend_from_slice(b"</p>\n");
        }
    }
    class(out, "ul", "vagar");
    for p in &person.phones {
        out.extend_from_slice(b"<li>");
        out.extend_from_slice(if p.is_mobile() {
            b"Mobil: "
        } else {
            b"Telefon: "
        });
        out.extend_from_slice(b"<a href=\"");
        esc(out, &tel_href(p));
        out.extend_from_slice(b"\">");
        esc(out, &p.phone.written);
        if let Some(ext) = &p.phone.extension {
            out.extend_from_slice(b" ankn. ");
            esc(out, ext);
        }
        if page {
            out.extend_from_slice(b"<span class=\"dold\"> (ring ");
            esc(out, name);
            out.extend_from_slice(b")</span>");
        }
        out.extend_from_slice(b"</a></li>\n");
    }
    for e in &person.emails {
        let address = e.email.address();
        out.extend_from_slice(b"<li>");
        out.extend_from_slice(b"E-post: <a href=\"");
        esc(out, &mailto_href(&address));
        out.extend_from_slice(b"\">");
        esc(out, &address);
        if page {
            out.extend_from_slice(b"<span class=\"dold\"> (skicka e-post till ");
            esc(out, name);
            out.extend_from_slice(b")</span>");
        }
        out.extend_from_slice(b"</a></li>\n");
    }
    out.extend_from_slice(if page {
        &b"</ul>\n</div>"[..]
    } else {
        b"</ul>\n"
    });
    let figure = match code {
        // The page sizes a code by its modules, so a dense one is drawn larger.
        Some(Code::Svg(svg, size)) => Some(html! {
            figure.qr style=(format!("--m:{size}")) {
                (svg)
                figcaption { "Skanna för att spara i telefonen" }
            }
        }),
        Some(Code::TooLong) => Some(html! {
            p.qr-saknas { "Kortet är för långt för en QR-kod; använd vCard-filen." }
        }),
        None => None,
    };
    if let Some(figure) = figure {
        // Writing into memory cannot fail.
        let _ = super::write_lines(&figure.into_string(), out);
    }
    out.extend_from_slice(b"</article>\n</li>\n");
}

/// The map's section: once, after the national level and before the first region.
fn write_map(export: &Export<'_>, codes: bool, out: &mut dyn Write) -> io::Result<()> {
    // A build runs only on a whole input, whose coverage is checked.
    let cover = map::cover(
        &export.directory.lan_claims,
        export.reference.lan.len(),
        true,
    );
    let map = html! {
        section.region #karta aria-labelledby="karta-rubrik" {
            h2 #karta-rubrik { "Vilken region täcker vilket län" }
            @if !codes {
                p { (format!("Katalogen har {} kontakter: QR-koderna visas när den har högst {QR_LIMIT}. Alla kort finns i vCard-filerna.", export.cards.len())) }
            }
            figure.kartfigur {
                (map::svg(export.reference, &cover, "kartans-forklaring"))
                figcaption { (map::legend(export.reference, &cover, "kartans-forklaring")) }
            }
        }
    };
    super::write_lines(&map.into_string(), out)
}

/// The directory's sections, written as they are made (a directory of 100,000 contacts is
/// never one string): the national level, the map (on the page), each region.
fn write_sections(
    export: &Export<'_>,
    sections: &[Section<'_>],
    page: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let codes = if page { codes(export) } else { None };
    let mut map_due = page;
    for section in sections {
        if map_due && !section.region.national {
            write_map(export, codes.is_some(), out)?;
            map_due = false;
        }
        let head = html! {
            h2 #(section.heading_id()) { (section.heading) }
            @if !section.region.national {
                @let lan = lan_of(export, section.r);
                p class=[page.then_some("lanlista")] {
                    strong { "Län: " }
                    @if lan.is_empty() { "inga" } @else { (lan.join(", ")) }
                }
            }
            @if section.cards.is_empty() {
                p { "Regionen har inga kontakter i katalogen." }
            }
        };
        // The section's ids are ASCII letters, digits and `-` (`safe_name`): nothing to escape.
        let class = if page { " class=\"region\"" } else { "" };
        write!(
            out,
            "<section{class} id=\"{}\" aria-labelledby=\"{}\">",
            section.anchor(),
            section.heading_id()
        )?;
        super::write_lines(&head.into_string(), out)?;
        if !section.cards.is_empty() {
            out.write_all(if page {
                b"<ul class=\"kontakter\">"
            } else {
                b"<ul>"
            })?;
            // One buffer for every item, written past the file's buffer 64 kB at a time.
            let mut item = Vec::with_capacity(1 << 17);
            for &i in &section.cards {
                let code = codes.as_ref().and_then(|codes| codes.get(i));
                write_contact(&mut item, &export.cards[i], page, code);
                if item.len() > 1 << 16 {
                    out.write_all(&item)?;
                    item.clear();
                }
            }
            out.write_all(&item)?;
            out.write_all(b"</ul>\n")?;
        }
        out.write_all(b"</section>\n")?;
    }
    if map_due {
        write_map(export, codes.is_some(), out)?;
    }
    Ok(())
}

/// `html/index.html`, written to `out`.
pub fn write_page(export: &Export<'_>, out: &mut dyn Write) -> io::Result<()> {
    let sections = sections(export);
    // The map's link where the map is: before the first region's.
    let map_at = sections
        .iter()
        .position(|s| !s.region.national)
        .unwrap_or(sections.len());
    let head = html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (TITLE) " – kontaktuppgifter" }
            style { (STYLE) (map::STYLE) }
        }
    };
    let top = html! {
        a.hoppa href="#innehall" { "Hoppa till kontaktuppgifterna" }
        header {
            h1 { (TITLE) }
            p { "Kontaktuppgifter till Jämställdhetsmyndigheten, stödtelefonen och regionkoordinatorerna." }
            @if let Some(date) = export.as_of {
                p.uppdaterad { "Senast uppdaterad " time datetime=(date) { (date) } }
            }
            nav aria-label="Innehåll" {
                ul {
                    @for (i, section) in sections.iter().enumerate() {
                        @if i == map_at {
                            li { a href="#karta" { "Karta över länen" } }
                        }
                        li { a href=(format!("#{}", section.anchor())) {
                            @if section.region.national { "Nationellt" } @else { "Region " (section.region.name) }
                        } }
                    }
                    @if map_at == sections.len() {
                        li { a href="#karta" { "Karta över länen" } }
                    }
                }
            }
        }
    };
    // `body` is opened and closed by hand: its sections are written as they are made.
    out.write_all(b"<!DOCTYPE html>\n<html lang=\"sv\">")?;
    super::write_lines(&head.into_string(), out)?;
    out.write_all(b"<body>")?;
    super::write_lines(&top.into_string(), out)?;
    out.write_all(b"<main id=\"innehall\">")?;
    write_sections(export, &sections, true, out)?;
    out.write_all(b"</main>\n")?;
    let footer = html! {
        footer {
            p { "Kartan bygger på Statistiska centralbyråns (SCB) digitala gränser för länen, öppna data (CC0)." }
            p { "Skapad av kontakt från regionernas filer." }
        }
    };
    super::write_lines(&footer.into_string(), out)?;
    out.write_all(b"</body></html>\n")
}

/// `html/kontaktuppgifter.html`, written to `out`: the sections alone, headings from `h2`, no
/// class, style, script, image or map, for pasting into a publishing system that has its own.
pub fn write_fragment(export: &Export<'_>, out: &mut dyn Write) -> io::Result<()> {
    if let Some(date) = export.as_of {
        let p = html! { p { "Senast uppdaterad " time datetime=(date) { (date) } } };
        super::write_lines(&p.into_string(), out)?;
    }
    write_sections(export, &sections(export), false, out)
}

/// The page's styles, screen and print. Text #1a1a1a and links #0b57a4 on white (17:1 and 7:1).
const STYLE: PreEscaped<&str> = PreEscaped(
    ":root{color:#1a1a1a;background:#fff;font:1rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}\
body{margin:0 auto;max-width:64rem;padding:0 .75rem 2rem}\
h1{font-size:1.6rem;line-height:1.25;margin:1.5rem 0 .5rem}\
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:2px solid #1a1a1a}\
h3{font-size:1.05rem;margin:0 0 .2rem}\
p{margin:.3rem 0}\
a{color:#0b57a4}\
a:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}\
.hoppa{position:absolute;left:-999rem}\
.hoppa:focus{position:static}\
.dold{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}\
.kontakter{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,24rem),1fr));gap:1rem}\
.kontakt{display:flex;flex-wrap:wrap;gap:.6rem;justify-content:space-between;border:1px solid #767676;border-radius:.4rem;padding:.7rem;height:100%;box-sizing:border-box}\
.vagar{list-style:none;padding:0;margin:.4rem 0 0}\
.vagar a{overflow-wrap:anywhere}\
.vagar a[href^=\"tel:\"]{white-space:nowrap}\
.uppgifter{flex:1 1 12rem;min-width:0;overflow-wrap:break-word}\
.roll,.org{color:#3d3d3d}\
.qr{margin:0;flex:0 0 auto;width:max(6.5rem,calc(var(--m)*.075rem));max-width:100%;text-align:center;font-size:.75rem;color:#3d3d3d}\
.qr svg{display:block;width:100%;height:auto}\
footer{margin-top:2rem;font-size:.9rem;color:#3d3d3d}\
@media print{\
:root{font-size:10pt}\
body{max-width:none;padding:0}\
nav,.hoppa{display:none}\
a{color:#1a1a1a;text-decoration:none}\
a[href]::after{content:none!important}\
.region{break-before:page}\
main>.region:first-child{break-before:auto}\
h2{border-top:0}\
.kontakt{break-inside:avoid}\
.qr{width:max(30mm,calc(var(--m)*.35mm))}\
.karta{max-height:230mm}\
footer{break-before:avoid}\
}",
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Phone};

    fn phone(ext: Option<&str>) -> PhoneEntry {
        PhoneEntry {
            phone: Phone {
                e164: "+46313679331".into(),
                written: "031-367 93 31".into(),
                kind: Kind::FixedLine,
                extension: ext.map(str::to_string),
            },
            mobile_column: false,
            at: crate::source::Location::file("x.csv", crate::source::FileKind::Text).at(2, 3),
        }
    }

    #[test]
    fn a_tel_link_dials_ascii_digits_only() {
        assert_eq!(tel_href(&phone(None)), "tel:+46313679331");
        assert_eq!(tel_href(&phone(Some("12"))), "tel:+46313679331;ext=12");
        assert_eq!(tel_href(&phone(Some("١٢"))), "tel:+46313679331");
    }

    #[test]
    fn a_mailto_link_encodes_what_separates_its_fields() {
        assert_eq!(mailto_href("a.b@x.se"), "mailto:a.b@x.se");
        assert_eq!(mailto_href("test=x@x.se"), "mailto:test%3Dx@x.se");
        assert_eq!(mailto_href("a+b@exämple.se"), "mailto:a+b@ex%C3%A4mple.se");
    }
}
