//! A diff as text for people (human), for tools (json) and for a pull-request comment or an
//! e-mail (markdown).

use std::fmt::Write;

use super::{Diff, LanMove, RegionChanges};
use crate::i18n::Lang;
use crate::report::markdown::escape;
use crate::tr;

/// A region's name, or "no region".
fn region_name(name: &Option<String>, lang: Lang) -> String {
    name.clone()
        .unwrap_or_else(|| tr!("diff-no-region").render(lang))
}

fn moved(m: &LanMove, lang: Lang) -> String {
    tr!(
        "diff-lan-moved",
        lan = &m.name,
        code = &m.code,
        from = region_name(&m.from_name, lang),
        to = region_name(&m.to_name, lang)
    )
    .render(lang)
}

/// A person as people read them: name and e-mail address (never kontakt's internal id).
pub fn person(name: &str, email: &Option<String>) -> String {
    match email {
        Some(e) => format!("{name} <{e}>"),
        None => name.to_string(),
    }
}

/// A changed field's name as people say it.
fn field(name: &str, lang: Lang) -> String {
    match name {
        "name" => tr!("diff-field-name"),
        "region" => tr!("diff-field-region"),
        "role" => tr!("diff-field-role"),
        "organisation" => tr!("diff-field-organisation"),
        "e-mail" => tr!("diff-field-email"),
        "phone" => tr!("diff-field-phone"),
        other => crate::i18n::Text::literal(other),
    }
    .render(lang)
}

/// The lines of one region's changes, each starting with `bullet`.
pub fn region_lines(r: &RegionChanges, bullet: &str, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = |text: crate::i18n::Text| lines.push(format!("{bullet}{}", text.render(lang)));
    if r.added {
        line(tr!("diff-region-added"));
    }
    if r.dropped {
        line(tr!("diff-region-dropped"));
    }
    for c in &r.contacts_added {
        line(tr!(
            "diff-contact-added",
            person = person(&c.name, &c.email)
        ));
    }
    for c in &r.contacts_removed {
        line(tr!(
            "diff-contact-removed",
            person = person(&c.name, &c.email)
        ));
    }
    for c in &r.contacts_changed {
        for f in &c.changes {
            line(tr!(
                "diff-field-changed",
                name = &c.name,
                field = field(f.field, lang),
                old = &f.old,
                new = &f.new
            ));
        }
    }
    for m in &r.lan_moved {
        line(crate::i18n::Text::literal(moved(m, lang)));
    }
    lines
}

fn counts(d: &Diff, lang: Lang) -> String {
    let sum = |f: fn(&RegionChanges) -> usize| d.regions.iter().map(f).sum::<usize>();
    let moved: std::collections::BTreeSet<&str> = d
        .regions
        .iter()
        .flat_map(|r| r.lan_moved.iter().map(|m| m.code.as_str()))
        .collect();
    tr!(
        "diff-counts",
        added = sum(|r| r.contacts_added.len()),
        removed = sum(|r| r.contacts_removed.len()),
        changed = sum(|r| r.contacts_changed.len()),
        moved = moved.len()
    )
    .render(lang)
}

pub fn human(d: &Diff, lang: Lang) -> String {
    if d.is_empty() {
        return format!("{}\n", tr!("diff-none").render(lang));
    }
    let mut out = String::new();
    for r in d.regions.iter().filter(|r| !r.is_empty()) {
        let _ = writeln!(out, "{}:", r.name);
        for line in region_lines(r, "  ", lang) {
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = writeln!(out, "{}", counts(d, lang));
    out
}

/// The heading `markdown` starts with.
pub fn markdown_heading(lang: Lang) -> String {
    format!("## {}\n\n", tr!("diff-heading").render(lang))
}

pub fn markdown(d: &Diff, lang: Lang) -> String {
    let mut out = markdown_heading(lang);
    if d.is_empty() {
        let _ = writeln!(out, "{}", tr!("diff-no-changes").render(lang));
        return out;
    }
    for r in d.regions.iter().filter(|r| !r.is_empty()) {
        let _ = writeln!(out, "### {}\n", escape(&r.name));
        for line in region_lines(r, "", lang) {
            let _ = writeln!(out, "- {}", escape(&line));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "**{}**", counts(d, lang));
    out
}

pub fn json(d: &Diff) -> String {
    let regions: Vec<&RegionChanges> = d.regions.iter().filter(|r| !r.is_empty()).collect();
    let doc =
        serde_json::json!({ "format_version": 1, "changed": !d.is_empty(), "regions": regions });
    let mut out = serde_json::to_string_pretty(&doc).expect("plain data");
    out.push('\n');
    out
}
