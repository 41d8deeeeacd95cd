//! `--format html`: the coordinator's monthly check as a page, the coverage map first (län no
//! region covers and län claimed twice marked), then every finding at its place with its help.

use std::io::{self, Write};

use maud::{DOCTYPE, PreEscaped, html};

use super::Report;
use crate::diagnostic::Severity;
use crate::export::html::map;
use crate::tr;

pub fn render(report: &Report<'_>, out: &mut dyn Write) -> io::Result<()> {
    let lang = report.lang;
    let reference = report.reference;
    let cover = map::cover(
        report.lan_claims,
        reference.lan.len(),
        report.coverage_checked,
    );
    let page = html! {
        (DOCTYPE)
        html lang=(lang.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (tr!("report-html-title").render(lang)) }
                style { (STYLE) (map::STYLE) }
            }
            body {
                header {
                    h1 { (tr!("report-html-title").render(lang)) }
                    p.summering { (report.summary.line(lang)) }
                }
                main {
                section aria-labelledby="karta-rubrik" {
                    h2 #karta-rubrik { (tr!("report-html-map").render(lang)) }
                    // The map's words are Swedish whatever the report's language.
                    figure.kartfigur lang="sv" {
                        (map::svg(reference, &cover, "kartans-forklaring"))
                        figcaption { (map::legend(reference, &cover, "kartans-forklaring")) }
                    }
                }
                section aria-labelledby="fynd-rubrik" {
                    h2 #fynd-rubrik { (tr!("report-html-findings").render(lang)) }
                    @if report.groups.is_empty() {
                        p { (tr!("report-html-none").render(lang)) }
                    } @else {
                        table {
                            thead { tr {
                                th scope="col" { (tr!("report-html-place").render(lang)) }
                                th scope="col" { (tr!("report-html-severity").render(lang)) }
                                th scope="col" { (tr!("report-html-finding").render(lang)) }
                            } }
                            tbody {
                                @for g in report.groups {
                                    @let f = g.finding;
                                    tr class=(class(f.severity)) {
                                        td.plats { @if let Some(at) = &f.location { (at.to_string()) } }
                                        td { (super::severity(f.severity, lang)) br; code { (f.code.as_str()) } }
                                        td {
                                            (f.message.render(lang))
                                            @if let Some(help) = &f.help {
                                                p.hjalp { (tr!("report-help").render(lang)) ": " (help.render(lang)) }
                                            }
                                            @if let Some(also) = super::also_line(g, lang) {
                                                p.hjalp { (also) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    @if report.summary.omitted > 0 {
                        p { (tr!("report-omitted", n = report.summary.omitted).render(lang)) }
                    }
                }
                }
            }
        }
    };
    out.write_all(page.into_string().as_bytes())?;
    out.write_all(b"\n")
}

fn class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "fel",
        Severity::Warning => "varning",
        Severity::Info => "notering",
    }
}

/// Black text on white; each severity marked by a border as well as a colour.
const STYLE: PreEscaped<&str> = PreEscaped(
    ":root{color:#1a1a1a;background:#fff;font:1rem/1.5 system-ui,sans-serif}\
body{margin:0 auto;max-width:70rem;padding:0 1rem 2rem}\
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem}\
table{border-collapse:collapse;width:100%}\
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #767676}\
td.plats{font-family:ui-monospace,monospace;overflow-wrap:anywhere}\
tr.fel td:first-child{border-left:6px solid #b3261e}\
tr.varning td:first-child{border-left:6px solid #8a5a00}\
tr.notering td:first-child{border-left:6px solid #0b57a4}\
.hjalp{margin:.2rem 0 0;color:#3d3d3d}\
figure{margin:0}",
);
