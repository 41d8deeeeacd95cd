//! The coverage map: Sweden's 21 län drawn from `schemas/lan-map.json` (SCB's boundaries,
//! simplified by `scripts/lan-map.sh`), each filled in the colour of the region that covers it
//! and labelled, with a legend that is also the map's text alternative.

use std::sync::OnceLock;

use maud::{Markup, PreEscaped, html};
use serde::Deserialize;

use crate::schemas::Reference;

/// The outlines as `scripts/lan-map.py` writes them.
#[derive(Debug, Deserialize)]
pub struct Outlines {
    #[serde(rename = "viewBox")]
    pub view_box: [u32; 2],
    pub lan: Vec<Outline>,
}

/// One län: its SCB code, its parts as rings of points, where its name goes.
#[derive(Debug, Deserialize)]
pub struct Outline {
    pub scb: String,
    pub label: [i32; 2],
    pub polygons: Vec<Vec<Vec<[i32; 2]>>>,
}

impl Outline {
    /// The SVG path of every part: each ring `M x y L … Z`, holes drawn even-odd.
    pub fn path(&self) -> String {
        let mut d = String::new();
        for ring in self.polygons.iter().flatten() {
            for (i, [x, y]) in ring.iter().enumerate() {
                d.push(if i == 0 { 'M' } else { 'L' });
                d.push_str(&format!("{x} {y}"));
            }
            d.push('Z');
        }
        d
    }
}

/// The outlines kontakt was built with (`None` only if the file is not what the script writes,
/// which a test rules out: the page is then written without its map).
pub fn outlines() -> Option<&'static Outlines> {
    static OUTLINES: OnceLock<Option<Outlines>> = OnceLock::new();
    OUTLINES
        .get_or_init(|| serde_json::from_str(include_str!("../../../schemas/lan-map.json")).ok())
        .as_ref()
}

/// The regions' colours, in the order of `schemas/regions.json`: light enough that dark text on
/// them passes WCAG AA (at least 7:1 against #1a1a1a), apart enough to tell neighbours apart.
const PALETTE: [&str; 7] = [
    "#8ec5e8", "#a6dba0", "#f6b26b", "#cdb9ea", "#f2df74", "#86d4c6", "#f4aabd",
];

/// The colour of a regional region (index into `Reference::regions`).
pub fn colour(reference: &Reference, region: usize) -> &'static str {
    let k = reference
        .regional()
        .position(|(i, _)| i == region)
        .unwrap_or(0);
    PALETTE[k % PALETTE.len()]
}

/// Who covers a län, as the map shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cover {
    /// One region (index into `Reference::regions`).
    Region(usize),
    /// No region.
    Uncovered,
    /// Two regions or more claim it.
    Twice(Vec<usize>),
    /// Nobody claims it in what was read, and coverage was not checked (one file).
    Unchecked,
}

/// Who covers each of `lan` län, from the regions that claim each (`Directory::lan_claims`);
/// a län nobody claims is `Unchecked` where coverage was not `checked` (one file alone).
pub fn cover(claims: &[Vec<usize>], lan: usize, checked: bool) -> Vec<Cover> {
    (0..lan)
        .map(|i| match claims.get(i).map(Vec::as_slice) {
            Some([r]) => Cover::Region(*r),
            None | Some([]) if checked => Cover::Uncovered,
            None | Some([]) => Cover::Unchecked,
            Some(many) => Cover::Twice(many.to_vec()),
        })
        .collect()
}

/// The SVG of the map, with `cover[i]` for `reference.lan[i]`. `described_by` is the id of the
/// element that lists each region's län (the legend).
pub fn svg(reference: &Reference, cover: &[Cover], described_by: &str) -> Markup {
    let Some(outlines) = outlines() else {
        return html! {};
    };
    let [w, h] = outlines.view_box;
    let marked = cover.iter().any(|c| !matches!(c, Cover::Region(_)));
    html! {
        svg.karta xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {w} {h}"))
            role="img" aria-labelledby="karta-titel" aria-describedby=(described_by) {
            title #karta-titel { "Karta över Sveriges 21 län, färgade efter region" }
            @if marked {
                defs {
                    pattern #saknas width="12" height="12" patternUnits="userSpaceOnUse"
                        patternTransform="rotate(45)" {
                        rect width="12" height="12" fill="#ffffff" {}
                        rect width="4" height="12" fill="#b3261e" {}
                    }
                    pattern #dubbel width="12" height="12" patternUnits="userSpaceOnUse"
                        patternTransform="rotate(-45)" {
                        rect width="12" height="12" fill="#fde7a9" {}
                        rect width="5" height="12" fill="#7a1f9a" {}
                    }
                }
            }
            g.lan {
                @for (i, lan) in reference.lan.iter().enumerate() {
                    @if let Some(o) = outlines.lan.iter().find(|o| o.scb == lan.scb) {
                        @let c = cover.get(i).cloned().unwrap_or(Cover::Uncovered);
                        @let (fill, region, tip) = describe(reference, &c, &lan.name);
                        path d=(o.path()) fill=(fill) data-lan=(lan.code) data-region=(region)
                            fill-rule="evenodd" {
                            title { (tip) }
                        }
                    }
                }
            }
            g.etiketter aria-hidden="true" {
                @for lan in &reference.lan {
                    @if let Some(o) = outlines.lan.iter().find(|o| o.scb == lan.scb) {
                        text x=(o.label[0]) y=(o.label[1]) { (lan.short) }
                    }
                }
            }
        }
    }
}

/// A län's fill, the region's id (or what is wrong) for `data-region`, and its tooltip.
fn describe(reference: &Reference, cover: &Cover, lan: &str) -> (String, String, String) {
    match cover {
        Cover::Region(r) => (
            colour(reference, *r).to_string(),
            reference.regions[*r].id.clone(),
            format!("{lan}: region {}", reference.regions[*r].name),
        ),
        Cover::Uncovered => (
            "url(#saknas)".into(),
            "saknas".into(),
            format!("{lan}: ingen region täcker länet"),
        ),
        Cover::Unchecked => (
            "#ffffff".into(),
            "okand".into(),
            format!("{lan}: inte kontrollerat (en enda fil)"),
        ),
        Cover::Twice(regions) => (
            "url(#dubbel)".into(),
            "dubbel".into(),
            format!(
                "{lan}: täcks av flera regioner ({})",
                regions
                    .iter()
                    .map(|&r| reference.regions[r].name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
    }
}

/// The legend: each region's colour and the län it covers, in words (the map's text
/// alternative), then the län no region covers and those claimed twice.
pub fn legend(reference: &Reference, cover: &[Cover], id: &str) -> Markup {
    let short = |pick: &dyn Fn(&Cover) -> bool| -> Vec<&str> {
        reference
            .lan
            .iter()
            .zip(cover)
            .filter(|(_, c)| pick(c))
            .map(|(l, _)| l.short.as_str())
            .collect()
    };
    let uncovered = short(&|c| *c == Cover::Uncovered);
    let twice = short(&|c| matches!(c, Cover::Twice(_)));
    let unchecked = short(&|c| *c == Cover::Unchecked);
    html! {
        ul.legend #(id) {
            @for (r, region) in reference.regional() {
                @let lan = short(&|c| *c == Cover::Region(r));
                li {
                    span.ruta style=(format!("background-color:{}", colour(reference, r))) {}
                    strong { (region.name) } ": "
                    @if lan.is_empty() { "inga län" } @else { (lan.join(", ")) }
                }
            }
            @if !uncovered.is_empty() {
                li.fel {
                    span.ruta.saknas {}
                    strong { "Ingen region" } ": " (uncovered.join(", "))
                }
            }
            @if !unchecked.is_empty() {
                li {
                    span.ruta style="background-color:#ffffff" {}
                    strong { "Inte kontrollerat (en enda fil)" } ": " (unchecked.join(", "))
                }
            }
            @if !twice.is_empty() {
                li.fel {
                    span.ruta.dubbel {}
                    strong { "Flera regioner" } ": " (twice.join(", "))
                }
            }
        }
    }
}

/// The styles of the map and its legend, for the page's `<style>`.
pub const STYLE: PreEscaped<&str> = PreEscaped(
    ".karta{display:block;width:100%;max-width:24rem;height:auto;flex:0 1 24rem}\
.karta path{stroke:#1a1a1a;stroke-width:.8;stroke-linejoin:round}\
.karta text{font:600 14px system-ui,sans-serif;fill:#1a1a1a;text-anchor:middle;\
dominant-baseline:middle;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}\
.legend{list-style:none;padding:0;margin:0}\
.kartfigur{margin:0;display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start}\
.kartfigur figcaption{flex:1 1 16rem}\
.legend li{margin:.3rem 0;padding-left:1.9rem;text-indent:-1.9rem}\
.ruta{display:inline-block;width:1.2rem;height:1.2rem;margin-right:.6rem;vertical-align:-.2rem;\
border:1px solid #1a1a1a}\
.ruta.saknas{background:repeating-linear-gradient(45deg,#fff 0 4px,#b3261e 4px 7px)}\
.ruta.dubbel{background:repeating-linear-gradient(-45deg,#fde7a9 0 4px,#7a1f9a 4px 8px)}",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lan_has_an_outline_and_a_label_inside_the_view() {
        let r = Reference::builtin().unwrap();
        let o = outlines().expect("schemas/lan-map.json parses");
        assert_eq!(o.lan.len(), 21);
        let [w, h] = o.view_box;
        for lan in &r.lan {
            let outline = o
                .lan
                .iter()
                .find(|x| x.scb == lan.scb)
                .unwrap_or_else(|| panic!("no outline for {}", lan.name));
            assert!(!outline.polygons.is_empty());
            let [x, y] = outline.label;
            assert!((0..=w as i32).contains(&x) && (0..=h as i32).contains(&y));
        }
    }

    #[test]
    fn each_lan_is_drawn_in_its_regions_colour_and_problems_are_marked() {
        let r = Reference::builtin().unwrap();
        let syd = r.region("Syd").unwrap();
        let vast = r.region("Väst").unwrap();
        let mut cover = vec![Cover::Region(syd); r.lan.len()];
        cover[r.lan("Gotland").unwrap()] = Cover::Uncovered;
        cover[r.lan("Halland").unwrap()] = Cover::Twice(vec![syd, vast]);
        let svg = svg(&r, &cover, "x").into_string();
        assert_eq!(svg.matches("<path ").count(), 21);
        assert_eq!(
            svg.matches(&format!("fill=\"{}\"", colour(&r, syd)))
                .count(),
            19
        );
        assert!(svg.contains("data-lan=\"I\" data-region=\"saknas\""));
        assert!(svg.contains("data-lan=\"N\" data-region=\"dubbel\""));
        assert!(svg.contains("<title>Hallands län: täcks av flera regioner (Syd, Väst)</title>"));
        let legend = legend(&r, &cover, "x").into_string();
        assert!(legend.contains("<strong>Ingen region</strong>: Gotland"));
        assert!(legend.contains("<strong>Flera regioner</strong>: Halland"));
        assert!(legend.contains("<strong>Väst</strong>: inga län"));
    }

    #[test]
    fn the_palette_passes_aa_with_the_text_colour() {
        // WCAG 2.1 relative luminance and contrast ratio.
        fn luminance(hex: &str) -> f64 {
            let c = |i: usize| {
                let v = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
                if v <= 0.03928 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
        }
        let text = luminance("#1a1a1a");
        for colour in PALETTE {
            let ratio = (luminance(colour) + 0.05) / (text + 0.05);
            assert!(ratio >= 7.0, "{colour}: {ratio:.1}");
        }
    }
}
