//! `kontakt notify`: wires check, diff, compose and send. Opens files and the network; the
//! composing is pure (`notify::compose`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::Deserialize;

use crate::app::{Fatal, Outcome, Settings, check_input, read_snapshot};
use crate::cli::NotifyArgs;
use crate::diagnostic::{Code, Finding, Severity};
use crate::diff::{self, Snapshot};
use crate::export::Export;
use crate::notify::compose::{self, RegionInput, SUMMARY};
use crate::notify::send::{self, Destination};
use crate::validate::contact::region_from_name;

/// `schemas/recipients.json`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Recipients {
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
    #[serde(default)]
    coordinator: Vec<String>,
    #[serde(default)]
    regions: BTreeMap<String, Vec<String>>,
}

fn recipients(args: &NotifyArgs) -> Result<Recipients, Fatal> {
    let path = match &args.recipients {
        Some(p) => p.clone(),
        None => args
            .schemas
            .clone()
            .unwrap_or_else(|| "schemas".into())
            .join("recipients.json"),
    };
    if args.recipients.is_none() && !path.exists() {
        return Ok(Recipients::default());
    }
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Fatal(format!("cannot read {}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| Fatal(format!("{}: {e}", path.display())))
}

fn previous(path: &Path) -> Result<Option<Snapshot>, Fatal> {
    if path.exists() {
        read_snapshot(path).map(Some)
    } else {
        Ok(None)
    }
}

pub fn notify(args: &NotifyArgs, out: &mut dyn Write) -> Result<Outcome, Fatal> {
    let date = send::month_date(&args.month).map_err(|e| Fatal(format!("--month: {e}")))?;
    let list = recipients(args)?;
    let coordinator: Vec<String> = if args.coordinator.is_empty() {
        list.coordinator.clone()
    } else {
        args.coordinator.clone()
    };
    let Some(from) = args.from.clone().or_else(|| coordinator.first().cloned()) else {
        return Err(Fatal(
            "no coordinator address: give --coordinator ADDR or list it in schemas/recipients.json"
                .into(),
        ));
    };
    let settings = Settings::load(&args.input, args.schemas.as_deref())?;
    let checked = check_input(&settings)?;
    let reference = &settings.reference;

    let export = Export::new(&checked.directory, reference, &checked.sources, None);
    let current = Snapshot::of(&export);
    let changes = previous(&args.previous)?
        .map(|old| diff::diff(&old, &current))
        .unwrap_or_default();

    // Each file belongs to the region of its first contact, else the one its name names.
    let mut file_region: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &checked.directory.contacts {
        file_region.entry(&c.source.file).or_insert(c.region);
    }
    let region_of = |f: &Finding| -> Option<usize> {
        let file = &f.location.as_ref()?.file;
        file_region
            .get(file.as_ref())
            .copied()
            .or_else(|| region_from_name(file, reference))
    };
    let reported: Vec<&Finding> = checked
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info && f.code != Code::Detected)
        .collect();
    let general: Vec<&Finding> = reported
        .iter()
        .copied()
        .filter(|f| region_of(f).is_none())
        .collect();
    let inputs: Vec<RegionInput> = reference
        .regions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let own: Vec<String> = checked
                .directory
                .contacts
                .iter()
                .filter(|c| c.region == i)
                .flat_map(|c| c.emails.iter().map(|e| e.email.address()))
                .collect();
            RegionInput {
                id: &r.id,
                name: &r.name,
                recipients: list.regions.get(&r.id).cloned().unwrap_or(own),
                findings: reported
                    .iter()
                    .copied()
                    .filter(|f| region_of(f) == Some(i))
                    .collect(),
                changes: changes.region(&r.id),
            }
        })
        .collect();
    let mails = compose::compose(&args.month, &inputs, &general, &coordinator);
    let chosen: Vec<&compose::Mail> = mails
        .iter()
        .filter(|m| args.only.is_empty() || args.only.contains(&m.key))
        .collect();
    if let Some(unknown) = args.only.iter().find(|k| {
        !mails.iter().any(|m| &m.key == *k) && *k != SUMMARY && reference.region(k).is_none()
    }) {
        return Err(Fatal(format!(
            "--only {unknown}: not a region id or {SUMMARY}"
        )));
    }
    let io = |e: std::io::Error| Fatal(format!("cannot write: {e}"));
    if args.dry_run {
        for m in &chosen {
            writeln!(
                out,
                "would send {}: to {}; cc {}; subject {:?}{}",
                m.key,
                list_or_none(&m.to),
                list_or_none(&m.cc),
                m.subject,
                m.attachment
                    .as_ref()
                    .map(|(n, _)| format!("; attachment {n}"))
                    .unwrap_or_default()
            )
            .map_err(io)?;
        }
        writeln!(
            out,
            "{} messages; nothing written or sent (--dry-run)",
            chosen.len()
        )
        .map_err(io)?;
        return Ok(Outcome::Clean);
    }
    let dest = match &args.smtp {
        Some(url) => Destination::Smtp(Box::new(
            send::smtp(url, args.starttls).map_err(|e| Fatal(format!("--smtp: {e}")))?,
        )),
        None => Destination::Outbox(args.outbox.clone()),
    };
    let mut failed = Vec::new();
    for m in &chosen {
        let result = send::message(m, &from, date)
            .and_then(|msg| send::deliver(&dest, &args.month, m, &msg));
        match result {
            Ok(how) => {
                writeln!(out, "ok     {}: {how} (to {})", m.key, list_or_none(&m.to)).map_err(io)?
            }
            Err(e) => {
                writeln!(out, "FAILED {}: {e}", m.key).map_err(io)?;
                failed.push(m.key.clone());
            }
        }
    }
    let sent = chosen.len() - failed.len();
    if failed.is_empty() {
        writeln!(out, "{sent} messages, none failed").map_err(io)?;
        Ok(Outcome::Clean)
    } else {
        writeln!(
            out,
            "{sent} messages went, {} failed; send the rest with --only {}",
            failed.len(),
            failed.join(",")
        )
        .map_err(io)?;
        Ok(Outcome::Failed)
    }
}

fn list_or_none(list: &[String]) -> String {
    if list.is_empty() {
        "nobody".into()
    } else {
        list.join(", ")
    }
}
