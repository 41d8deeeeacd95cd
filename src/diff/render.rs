//! A diff as text for people (human), for tools (json) and for a pull-request comment or an
//! e-mail (markdown).

use std::fmt::Write;

use super::{Diff, LanMove, RegionChanges};
use crate::report::markdown::escape;

fn region_name(id: &Option<String>) -> &str {
    id.as_deref().unwrap_or("ingen region")
}

fn moved(m: &LanMove) -> String {
    format!(
        "{} ({}): {} → {}",
        m.name,
        m.code,
        region_name(&m.from_name),
        region_name(&m.to_name)
    )
}

/// A person as people read them: name and e-mail address (never kontakt's internal id).
pub fn person(name: &str, email: &Option<String>) -> String {
    match email {
        Some(e) => format!("{name} <{e}>"),
        None => name.to_string(),
    }
}

/// The lines of one region's changes, each starting with `bullet`.
pub fn region_lines(r: &RegionChanges, bullet: &str) -> Vec<String> {
    let mut lines = Vec::new();
    if r.added {
        lines.push(format!("{bullet}region added"));
    }
    if r.dropped {
        lines.push(format!("{bullet}region dropped"));
    }
    for c in &r.contacts_added {
        lines.push(format!("{bullet}added: {}", person(&c.name, &c.email)));
    }
    for c in &r.contacts_removed {
        lines.push(format!("{bullet}removed: {}", person(&c.name, &c.email)));
    }
    for c in &r.contacts_changed {
        for f in &c.changes {
            lines.push(format!(
                "{bullet}{}: {} changed from \"{}\" to \"{}\"",
                c.name, f.field, f.old, f.new
            ));
        }
    }
    for m in &r.lan_moved {
        lines.push(format!("{bullet}län moved: {}", moved(m)));
    }
    lines
}

fn counts(d: &Diff) -> String {
    let sum = |f: fn(&RegionChanges) -> usize| d.regions.iter().map(f).sum::<usize>();
    let moved: std::collections::BTreeSet<&str> = d
        .regions
        .iter()
        .flat_map(|r| r.lan_moved.iter().map(|m| m.code.as_str()))
        .collect();
    format!(
        "{} added, {} removed, {} changed, {} län moved",
        sum(|r| r.contacts_added.len()),
        sum(|r| r.contacts_removed.len()),
        sum(|r| r.contacts_changed.len()),
        moved.len()
    )
}

pub fn human(d: &Diff) -> String {
    if d.is_empty() {
        return "no changes\n".into();
    }
    let mut out = String::new();
    for r in d.regions.iter().filter(|r| !r.is_empty()) {
        let _ = writeln!(out, "{}:", r.name);
        for line in region_lines(r, "  ") {
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = writeln!(out, "{}", counts(d));
    out
}

pub fn markdown(d: &Diff) -> String {
    let mut out = String::from("## Changes in the directory\n\n");
    if d.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    for r in d.regions.iter().filter(|r| !r.is_empty()) {
        let _ = writeln!(out, "### {}\n", escape(&r.name));
        for line in region_lines(r, "") {
            let _ = writeln!(out, "- {}", escape(&line));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "**{}**", counts(d));
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
